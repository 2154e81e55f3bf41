import { placePrefix } from '../entities/keys.ts';
import type { SearchableType, SearchEntry } from '../entities/search-entry.ts';
import { compareRank, type MatchKind, type RankKey, rankKey, type SearchHit, scoreOf } from './rank.ts';
import {
  dropAdminSuffixes,
  isCodeQuery,
  isPinyinQuery,
  isSubsequence,
  normalizeTerm,
  type Pinyin,
  type PinyinOf,
} from './text.ts';

/** An entry with its labels folded for matching. */
interface Indexed {
  entry: SearchEntry;
  name: string;
  aliases: { folded: string; text: string }[];
  /** The name and aliases without administrative suffixes, where that changes them. */
  shortened: { folded: string; text: string }[];
  pinyin?: Pinyin;
}

/** What matched and how. */
interface Match {
  match: MatchKind;
  label: string;
}

/**
 * The search index in memory: one entry per entity, with a posting list per character so that a
 * query looks only at entries holding all its characters, then ranks every match (exact name,
 * prefix, alias, variant, substring, abbreviation; more mentioned first) and merges hits of the
 * same type and name. Entries are applied as they change (a count of 0 removes one).
 *
 * @example
 * const index = new EntityIndex();
 * index.apply([{ ref: { type: 'Organization', id: 'o_1' }, name: '佛山市总工会', aliases: [], mentions: 3 }]);
 * index.match('佛山总工会')[0]; // → { id: 'o_1', match: 'variant', … }
 */
export class EntityIndex {
  private readonly entries = new Map<string, Indexed>();
  private readonly postings = new Map<string, Set<string>>();
  private readonly places = new Set<string>();
  private pinyinOf: PinyinOf | undefined;

  /** How many entities the index holds. */
  get size() {
    return this.entries.size;
  }

  /** Whether pinyin is computed for the entries (see `usePinyin`). */
  get hasPinyin() {
    return this.pinyinOf !== undefined;
  }

  /** Adds, replaces or (when no document mentions it any more) removes entries. */
  apply(entries: readonly SearchEntry[]) {
    for (const entry of entries) {
      const key = `${entry.ref.type}#${entry.ref.id}`;
      this.remove(key);
      if (entry.mentions > 0 && entry.name) this.add(key, entry);
    }
  }

  /** Forgets entities that are gone from the table (their entries were deleted). */
  forget(refs: readonly { type: string; id: string }[]) {
    for (const ref of refs) this.remove(`${ref.type}#${ref.id}`);
  }

  /** Computes pinyin for every entry, now and as entries are added. */
  usePinyin(pinyinOf: PinyinOf) {
    this.pinyinOf = pinyinOf;
    for (const ix of this.entries.values()) ix.pinyin ??= pinyinOf(ix.entry.name);
  }

  /**
   * Every entity matching the query, best first, with duplicates (same type and name) merged.
   *
   * @example
   * index.match('总工会', ['Organization']).map((h) => h.name) // → ['中华全国总工会', '广东省总工会', …]
   */
  match(text: string, types?: readonly SearchableType[]): SearchHit[] {
    return this.page(text, { types, first: Number.POSITIVE_INFINITY }).hits;
  }

  /**
   * One page of `match`: the `first` hits ranked after `after`, and how many hits there are in
   * all. Only the page is sorted (a bounded selection), so a query matching most of the index
   * costs one pass over its candidates.
   *
   * @example
   * index.page('工会', { first: 10 }) // → { hits: [10 hits], totalCount: 3970, hasNextPage: true }
   */
  page(text: string, options: { types?: readonly SearchableType[] | undefined; after?: RankKey; first: number }) {
    const groups = this.groups(text, options.types);
    const { after, first } = options;
    const top: Group[] = [];
    for (const group of groups.values()) {
      if (after && compareRank(after, group.best.rank) >= 0) continue;
      const last = top[top.length - 1];
      if (top.length > first && last && compareRank(group.best.rank, last.best.rank) >= 0) continue;
      top.splice(insertAt(top, group), 0, group);
      if (top.length > first + 1) top.pop();
    }
    const hits = top.slice(0, first).map(toMerged);
    return { hits, totalCount: groups.size, hasNextPage: top.length > first };
  }

  /** The matching entities, grouped by type and folded name, each group with its best hit. */
  private groups(text: string, types?: readonly SearchableType[]): Map<string, Group> {
    const groups = new Map<string, Group>();
    const q = normalizeTerm(text);
    if (!q) return groups;
    const short = dropAdminSuffixes(q);
    const query: Query = { q, short, abbreviable: [...q].length >= 2 && !isPinyinQuery(q) };
    for (const key of this.candidates(q, short)) {
      const ix = this.entries.get(key);
      if (!ix || (types && !types.includes(ix.entry.ref.type))) continue;
      const found = matchOf(ix, query);
      if (!found) continue;
      const hit = toHit(ix, found);
      const ranked = { hit, rank: rankKey(hit) };
      const groupKey = `${hit.type}#${ix.name}`;
      const group = groups.get(groupKey);
      if (!group) groups.set(groupKey, { best: ranked, others: [] });
      else if (compareRank(ranked.rank, group.best.rank) < 0) {
        group.others.push(group.best);
        group.best = ranked;
      } else group.others.push(ranked);
    }
    return groups;
  }

  private candidates(q: string, short: string): Iterable<string> {
    if (isPinyinQuery(q)) return this.entries.keys();
    const found = new Set(this.withAllChars(short));
    if (isCodeQuery(q)) for (const key of this.places) found.add(key);
    return found;
  }

  /** The entries holding every character of the text: the intersection of their posting lists. */
  private withAllChars(text: string): string[] {
    const lists = [...new Set(text)].map((ch) => this.postings.get(ch));
    if (lists.some((l) => !l)) return [];
    const sorted = (lists as Set<string>[]).sort((a, b) => a.size - b.size);
    const [smallest, ...rest] = sorted;
    return [...(smallest ?? [])].filter((key) => rest.every((l) => l.has(key)));
  }

  private add(key: string, entry: SearchEntry) {
    const name = normalizeTerm(entry.name);
    const texts = [...new Set(entry.aliases)].filter((a) => a !== entry.name);
    const aliases = texts.sort().map((text) => ({ folded: normalizeTerm(text), text }));
    const shortened = [{ folded: name, text: entry.name }, ...aliases]
      .map((l) => ({ folded: dropAdminSuffixes(l.folded), text: l.text, was: l.folded }))
      .filter((l) => l.folded !== l.was)
      .map(({ folded, text }) => ({ folded, text }));
    const ix: Indexed = { entry, name, aliases, shortened };
    if (this.pinyinOf) ix.pinyin = this.pinyinOf(entry.name);
    this.entries.set(key, ix);
    if (entry.code) this.places.add(key);
    for (const ch of new Set([name, ...aliases.map((a) => a.folded)].join(''))) {
      const list = this.postings.get(ch) ?? new Set<string>();
      this.postings.set(ch, list);
      list.add(key);
    }
  }

  private remove(key: string) {
    const ix = this.entries.get(key);
    if (!ix) return;
    this.entries.delete(key);
    this.places.delete(key);
    for (const ch of new Set([ix.name, ...ix.aliases.map((a) => a.folded)].join(''))) {
      const list = this.postings.get(ch);
      list?.delete(key);
      if (list?.size === 0) this.postings.delete(ch);
    }
  }
}

/** A folded query, without its administrative suffixes, and whether it can be an abbreviation. */
interface Query {
  q: string;
  short: string;
  abbreviable: boolean;
}

/** The best way an entry matches the folded query (and the query without suffixes), if any. */
function matchOf(ix: Indexed, { q, short, abbreviable }: Query): Match | undefined {
  const { name, entry } = ix;
  const code = entry.code;
  if (name === q || ix.pinyin?.full === q) return { match: 'exact', label: entry.name };
  if (code && (code === q || placePrefix(code) === q)) return { match: 'exact', label: code };
  if (name.startsWith(q) || ix.pinyin?.full.startsWith(q)) return { match: 'prefix', label: entry.name };
  if (code?.startsWith(q)) return { match: 'prefix', label: code };
  const alias = ix.aliases.find((a) => a.folded.startsWith(q));
  if (alias) return { match: 'alias', label: alias.text };
  const variant = ix.shortened.find((l) => l.folded.startsWith(short));
  if (variant || ix.pinyin?.initials.startsWith(q)) return { match: 'variant', label: variant?.text ?? entry.name };
  if (name.includes(q) || ix.pinyin?.full.includes(q)) return { match: 'substring', label: entry.name };
  const part = ix.aliases.find((a) => a.folded.includes(q)) ?? ix.shortened.find((l) => l.folded.includes(short));
  if (part) return { match: 'substring', label: part.text };
  if (!abbreviable) return undefined;
  if (isSubsequence(q, name)) return { match: 'abbreviation', label: entry.name };
  const abbreviated = ix.aliases.find((a) => isSubsequence(q, a.folded));
  return abbreviated ? { match: 'abbreviation', label: abbreviated.text } : undefined;
}

function toHit(ix: Indexed, found: Match): SearchHit {
  const { ref, name, mentions } = ix.entry;
  return { ...ref, name, label: found.label, match: found.match, score: scoreOf(found.match), mentions, merged: [] };
}

/** A hit with its rank key, computed once. */
interface Ranked {
  hit: SearchHit;
  rank: RankKey;
}

/** Hits of one type and name (six metrics whose subject is 职工): the best, and the others merged into it. */
interface Group {
  best: Ranked;
  others: Ranked[];
}

/** Where a group goes in a list sorted by rank (binary search). */
function insertAt(sorted: readonly Group[], group: Group): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareRank((sorted[mid] as Group).best.rank, group.best.rank) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The best hit of a group, listing the others (best first). */
function toMerged(group: Group): SearchHit {
  const others = [...group.others].sort((a, b) => compareRank(a.rank, b.rank));
  return { ...group.best.hit, merged: others.map(({ hit }) => ({ type: hit.type, id: hit.id })) };
}
