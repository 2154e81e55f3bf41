import type { SearchableType } from '../entities/search-entry.ts';
import type { NodeRef } from '../types.ts';

/**
 * How a hit matched, best first: the whole name (or code, or pinyin); the start of the name (or
 * of a code, or of the pinyin); an alias (whole or its start); the name with an administrative
 * suffix left out (佛山总工会 for 佛山市总工会) or its pinyin initials; part of a name, an alias
 * or the pinyin; an abbreviation (the query's characters in order: 全总 for 中华全国总工会).
 */
export const MATCH_KINDS = ['exact', 'prefix', 'alias', 'variant', 'substring', 'abbreviation'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

/** A search hit: an entity, the label that matched, how, and the entities merged into it. */
export interface SearchHit {
  type: SearchableType;
  id: string;
  /** The label that matched: the name, an alias, or a code. */
  label: string;
  /** The entity's name. */
  name: string;
  match: MatchKind;
  /** In (0, 1]: 1 for an exact name, less for each weaker kind of match. */
  score: number;
  /** How many documents mention the entity. */
  mentions: number;
  /** Other entities of the same type and name, merged into this hit (most mentioned first). */
  merged: NodeRef[];
}

/**
 * The score of a kind of match: 1, 0.85, 0.7 …
 *
 * @example
 * scoreOf('prefix') // → 0.85
 */
export const scoreOf = (match: MatchKind) => Math.round((1 - MATCH_KINDS.indexOf(match) * 0.15) * 100) / 100;

/** Where a hit sorts: by kind of match, then more mentions, a shorter name, the name, type and id. */
export interface RankKey {
  tier: number;
  mentions: number;
  name: string;
  type: string;
  id: string;
}

/**
 * The rank key of a hit.
 *
 * @example
 * rankKey(hit) // → { tier: 0, mentions: 6, name: '中华全国总工会', type: 'Organization', id: 'o_…' }
 */
export const rankKey = (hit: SearchHit): RankKey => ({
  tier: MATCH_KINDS.indexOf(hit.match),
  mentions: hit.mentions,
  name: hit.name,
  type: hit.type,
  id: hit.id,
});

/**
 * Orders two rank keys (negative when `a` ranks first). Organizations mentioned in many
 * documents (provincial and national unions) rank above rarely named ones with the same match.
 *
 * @example
 * compareRank({ tier: 3, mentions: 40, … }, { tier: 3, mentions: 2, … }) // → negative
 */
export function compareRank(a: RankKey, b: RankKey): number {
  return (
    a.tier - b.tier ||
    b.mentions - a.mentions ||
    a.name.length - b.name.length ||
    codePointOrder(a.name, b.name) ||
    codePointOrder(a.type, b.type) ||
    codePointOrder(a.id, b.id)
  );
}

const codePointOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
