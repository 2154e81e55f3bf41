import { placePrefix } from '../entities/keys.ts';
import type { SearchAlias, SearchableType, SearchEntry } from '../entities/search-entry.ts';
import { compareRank, type MatchKind, rankKey, type SearchHit, scoreOf } from './rank.ts';
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
  /** The aliases of each entity, as their entries arrive (before or after the entity's own). */
  private readonly aliasesOf = new Map<string, Set<string>>();
  private pinyinOf: PinyinOf | undefined;

  /** How many entities the index holds. */
  get size() {
    return this.entries.size;
  }

  /** Whether pinyin is computed for the entries (see `usePinyin`). */
  get hasPinyin() {
    return this.pinyinOf !== undefined;
  }

  /** Adds, replaces or (when no document mentions it any more) removes entries and aliases. */
  apply(entries: readonly (SearchEntry | SearchAlias)[]) {
    for (const entry of entries) {
      const key = `${entry.ref.type}#${entry.ref.id}`;
      if ('alias' in entry) {
        const aliases = this.aliasesOf.get(key) ?? new Set<string>();
        if (entry.mentions > 0) aliases.add(entry.alias);
        else aliases.delete(entry.alias);
        this.aliasesOf.set(key, aliases);
        const current = this.entries.get(key)?.entry;
        if (current) this.apply([current]);
        continue;
      }
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
    const q = normalizeTerm(text);
    if (!q) return [];
    const short = dropAdminSuffixes(q);
    const query: Query = { q, short, abbreviable: [...q].length >= 2 && !isPinyinQuery(q) };
    const hits: Ranked[] = [];
    for (const key of this.candidates(q, short)) {
      const ix = this.entries.get(key);
      if (!ix || (types && !types.includes(ix.entry.ref.type))) continue;
      const found = matchOf(ix, query);
      if (found) {
        const hit = toHit(ix, found);
        hits.push({ hit, rank: rankKey(hit), folded: ix.name });
      }
    }
    return mergeDuplicates(hits.sort((a, b) => compareRank(a.rank, b.rank)));
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
    const texts = [...new Set([...entry.aliases, ...(this.aliasesOf.get(key) ?? [])])].filter((a) => a !== entry.name);
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

/** A hit with its rank key and folded name, computed once for sorting and merging. */
interface Ranked {
  hit: SearchHit;
  rank: ReturnType<typeof rankKey>;
  folded: string;
}

/** Hits of one type and name (six metrics whose subject is 职工) become one: the best, listing the others. */
function mergeDuplicates(sorted: Ranked[]): SearchHit[] {
  const first = new Map<string, SearchHit>();
  const out: SearchHit[] = [];
  for (const { hit, folded } of sorted) {
    const key = `${hit.type}#${folded}`;
    const kept = first.get(key);
    if (kept) kept.merged.push({ type: hit.type, id: hit.id });
    else {
      first.set(key, hit);
      out.push(hit);
    }
  }
  return out;
}
