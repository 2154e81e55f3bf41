import type { NodeRef } from '../types.ts';

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
  /** Other names documents gave it (an organization's aliases; stored as their own alias entries). */
  aliases: string[];
  /** A place's division code. */
  code?: string;
  /** How many documents mention it; 0 when none does any more (the entry is then a tombstone). */
  mentions: number;
}

/** One alias of an entity as the search index holds it, with how many documents use it. */
export interface SearchAlias {
  ref: NodeRef<SearchableType>;
  alias: string;
  mentions: number;
}

/**
 * Reads a searchable node's search entry (sk `#node`) or a search alias item (sk `alias#…`).
 *
 * @example
 * readSearchItem({ sk: 'alias#市总工会', nodeType: 'Organization', nodeId: 'o_1', alias: '市总工会', mentions: 2 })
 * // → { ref: { type: 'Organization', id: 'o_1' }, alias: '市总工会', mentions: 2 }
 */
export function readSearchItem(item: Readonly<Record<string, unknown>>): SearchEntry | SearchAlias {
  if (String(item.sk ?? '').startsWith('alias#')) {
    return {
      ref: { type: item.nodeType as SearchableType, id: String(item.nodeId) },
      alias: String(item.alias ?? ''),
      mentions: Number(item.mentions ?? 0),
    };
  }
  return readSearchEntry(item);
}

/**
 * Reads the search entry a searchable node carries: its type and id, its label (`searchName`), a
 * place's code, and how many documents name it.
 *
 * @example
 * readSearchEntry({ type: 'Place', id: '440600', searchName: '佛山市', code: '440600', mentions: 3 })
 * // → { ref: { type: 'Place', id: '440600' }, name: '佛山市', aliases: [], code: '440600', mentions: 3 }
 */
export function readSearchEntry(item: Readonly<Record<string, unknown>>): SearchEntry {
  return {
    ref: { type: item.type as SearchableType, id: String(item.id) },
    name: String(item.searchName ?? ''),
    aliases: [],
    ...(item.type === 'Place' && typeof item.code === 'string' ? { code: item.code } : {}),
    mentions: Number(item.mentions ?? 0),
  };
}
