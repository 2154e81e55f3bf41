import type { NodeRef } from '../types.ts';
import { plainValues } from './attributes.ts';

/** The node types a search finds. */
export const SEARCHABLE_TYPES = ['Organization', 'Person', 'Event', 'Metric', 'Place'] as const;
/** A node type a search finds. */
export type SearchableType = (typeof SEARCHABLE_TYPES)[number];

/**
 * One entity as the search index holds it: one per entity, whatever the number of documents
 * that mention it, stored on the entity's node.
 */
export interface SearchEntry {
  ref: NodeRef<SearchableType>;
  /** The canonical label: a name, an event's title, a metric's subject. */
  name: string;
  /** Other names documents gave it (an organization's aliases, read from its node). */
  aliases: string[];
  /** A place's division code. */
  code?: string;
  /** How many documents mention it; 0 when none does any more (the entry is then a tombstone). */
  mentions: number;
}

/**
 * Reads the search entry a searchable node carries: its type and id, its label (`searchName`),
 * the other names documents gave it (its `aliases`), a place's code, and how many documents
 * name it.
 *
 * @example
 * readSearchEntry({ type: 'Place', id: '440600', searchName: '佛山市', code: '440600', mentions: 3 })
 * // → { ref: { type: 'Place', id: '440600' }, name: '佛山市', aliases: [], code: '440600', mentions: 3 }
 */
export function readSearchEntry(item: Readonly<Record<string, unknown>>): SearchEntry {
  const name = String(item.searchName ?? '');
  const aliases = item.aliases instanceof Set ? plainValues(item.aliases as Set<string>) : [];
  return {
    ref: { type: item.type as SearchableType, id: String(item.id) },
    name,
    aliases: aliases.filter((a) => a !== name),
    ...(item.type === 'Place' && typeof item.code === 'string' ? { code: item.code } : {}),
    mentions: Number(item.mentions ?? 0),
  };
}
