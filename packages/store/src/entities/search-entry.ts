import type { NodeRef } from '../types.ts';

/** The node types a search finds. */
export const SEARCHABLE_TYPES = ['Organization', 'Person', 'Event', 'Metric', 'Place'] as const;
/** A node type a search finds. */
export type SearchableType = (typeof SEARCHABLE_TYPES)[number];

/**
 * One entity as the search index holds it: one per entity, whatever the number of documents
 * that mention it.
 */
export interface SearchEntry {
  ref: NodeRef<SearchableType>;
  /** The canonical label: a name, an event's title, a metric's subject. */
  name: string;
  /** Other names documents gave it (an organization's aliases). */
  aliases: string[];
  /** A place's division code. */
  code?: string;
  /** How many documents mention it; 0 when none does any more (the entry is then a tombstone). */
  mentions: number;
}

/**
 * Reads a stored search entry (pk `search#<Type>#<id>`, sk `#entry`).
 *
 * @example
 * readSearchEntry({ nodeType: 'Place', nodeId: '440600', name: '佛山市', code: '440600', mentions: 3 })
 * // → { ref: { type: 'Place', id: '440600' }, name: '佛山市', aliases: [], code: '440600', mentions: 3 }
 */
export function readSearchEntry(item: Readonly<Record<string, unknown>>): SearchEntry {
  const aliases = item.aliases instanceof Set || Array.isArray(item.aliases) ? [...item.aliases].map(String) : [];
  return {
    ref: { type: item.nodeType as SearchableType, id: String(item.nodeId) },
    name: String(item.name ?? ''),
    aliases: aliases.sort(),
    ...(typeof item.code === 'string' ? { code: item.code } : {}),
    mentions: Number(item.mentions ?? 0),
  };
}
