import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import type { StoreContext } from '../context.ts';
import { decodeCursor, encodeCursor, InvalidCursorError } from '../cursor.ts';
import { nodeKey } from '../entities/keys.ts';
import type { SearchableType } from '../entities/search-entry.ts';
import { record } from '../meter.ts';
import { EntityIndex } from './memory-index.ts';
import { type RankKey, rankKey, type SearchHit } from './rank.ts';
import { readEntryChanges } from './read-entries.ts';
import { isPinyinQuery, loadPinyin, normalizeTerm, type PinyinOf } from './text.ts';

/** Options for a search: a forward page, optionally of some types only. */
export interface SearchOptions {
  first: number;
  /** A cursor of a hit of the same query: the page starts after it. */
  after?: string | null;
  types?: readonly SearchableType[];
}

/** One page of a search, with a cursor per hit and the number of hits in all. */
export interface SearchPage {
  hits: SearchHit[];
  cursors: string[];
  totalCount: number;
  hasNextPage: boolean;
}

/**
 * What answers searches: the embedded index by default (`createEmbeddedSearch`); a search engine
 * (OpenSearch, Typesense…) would implement this over the same search entries.
 */
export interface SearchEngine {
  /**
   * One page of the entities matching the query, best first.
   *
   * @example
   * await engine.search(ctx, '佛山总工会', { first: 10 }) // → { hits: [{ name: '佛山市总工会', … }], totalCount: 3, … }
   */
  search(ctx: StoreContext, query: string, options: SearchOptions): Promise<SearchPage>;
}

/** How fresh the embedded index is kept. */
export interface EmbeddedSearchOptions {
  /** Read changes at most this often (ms); 0 reads them before every search. Default `SEARCH_REFRESH_MS` or 0. */
  refreshMs?: number;
  /**
   * How far before the latest change seen a refresh reads again (ms), for writers' clocks that
   * differ and index writes that land late. Default 2,000.
   */
  overlapMs?: number;
}

interface IndexState {
  index: EntityIndex;
  latest?: string;
  refreshedAt: number;
  refreshing?: Promise<void>;
}

let pinyin: Promise<PinyinOf> | undefined;

/**
 * The embedded search: the API process holds every search entry of a table in memory
 * (`EntityIndex`), loads them on the first search, then before a search reads only the entries
 * changed since (one Query per shard of bySearchChange), and checks that the page's entries still
 * exist (one BatchGetItem: a node goes with its last document, which no refresh sees). A
 * search therefore costs 4 Queries and 1 BatchGetItem whatever the size of the corpus.
 *
 * @example
 * const store = new GraphStore({ ...ctx, searchEngine: createEmbeddedSearch({ refreshMs: 1000 }) });
 */
export function createEmbeddedSearch(options: EmbeddedSearchOptions = {}): SearchEngine {
  const refreshMs = options.refreshMs ?? (Number(process.env.SEARCH_REFRESH_MS) || 0);
  const overlapMs = options.overlapMs ?? 2000;
  const states = new WeakMap<object, Map<string, IndexState>>();

  const stateOf = (ctx: StoreContext): IndexState => {
    const tables = states.get(ctx.doc) ?? new Map<string, IndexState>();
    states.set(ctx.doc, tables);
    const state = tables.get(ctx.tableName) ?? { index: new EntityIndex(), refreshedAt: 0 };
    tables.set(ctx.tableName, state);
    return state;
  };

  const refresh = async (ctx: StoreContext, state: IndexState) => {
    const since = state.latest && new Date(Date.parse(state.latest) - overlapMs).toISOString();
    const changes = await readEntryChanges(ctx, since);
    state.index.apply(changes.entries);
    // A writer whose clock runs ahead must not make the next refresh skip what others write meanwhile.
    const now = new Date().toISOString();
    const [latest = now] = [changes.latest, now].sort();
    if (!state.latest || latest > state.latest) state.latest = latest;
  };

  const fresh = async (ctx: StoreContext): Promise<EntityIndex> => {
    const state = stateOf(ctx);
    while (state.refreshing) await state.refreshing;
    if (state.refreshedAt === 0 || Date.now() - state.refreshedAt >= refreshMs) {
      state.refreshedAt = Date.now();
      state.refreshing = refresh(ctx, state).finally(() => {
        state.refreshing = undefined;
      });
      await state.refreshing;
    }
    return state.index;
  };

  return {
    async search(ctx, query, options) {
      const index = await fresh(ctx);
      const q = normalizeTerm(query);
      if (isPinyinQuery(q) && !index.hasPinyin) {
        pinyin ??= loadPinyin();
        index.usePinyin(await pinyin);
      }
      // Entries no document counts in are deleted, which a refresh cannot see: check the page's.
      for (let attempt = 0; ; attempt++) {
        const page = pageOf(index, q, options);
        const gone = await missingEntries(ctx, page.hits);
        if (gone.length === 0 || attempt >= 3) return page;
        index.forget(gone);
      }
    },
  };
}

/**
 * The hits whose entries are no longer in the table (the node is gone, or no document counts it
 * any more): one BatchGetItem of at most a page of keys, reading only the count.
 */
async function missingEntries(ctx: StoreContext, hits: readonly SearchHit[]): Promise<SearchHit[]> {
  if (hits.length === 0) return [];
  const out = await ctx.doc.send(
    new BatchGetCommand({
      RequestItems: {
        [ctx.tableName]: { Keys: hits.map((h) => ({ ...nodeKey(h) })), ProjectionExpression: 'pk, mentions' },
      },
      ReturnConsumedCapacity: 'TOTAL',
    }),
  );
  record(ctx.meter, 'BatchGetItem', out.ConsumedCapacity);
  // Keys DynamoDB left unprocessed are not known to be gone.
  const unsure = new Set((out.UnprocessedKeys?.[ctx.tableName]?.Keys ?? []).map((k) => String(k.pk)));
  const found = new Set(
    (out.Responses?.[ctx.tableName] ?? []).filter((item) => Number(item.mentions ?? 0) > 0).map((i) => String(i.pk)),
  );
  return hits.filter((h) => {
    const pk = nodeKey(h).pk;
    return !found.has(pk) && !unsure.has(pk);
  });
}

/** The page of ranked hits after the cursor. */
function pageOf(index: EntityIndex, q: string, options: SearchOptions): SearchPage {
  const after = options.after ? readCursor(options.after, q) : undefined;
  const { hits, totalCount, hasNextPage } = index.page(q, { types: options.types, after, first: options.first });
  return { hits, cursors: hits.map((h) => writeCursor(h, q)), totalCount, hasNextPage };
}

/** A hit's cursor: the query and where the hit sorts, so the next page holds when the index changes. */
function writeCursor(hit: SearchHit, q: string): string {
  const { tier, mentions, name, type, id } = rankKey(hit);
  const key = { q, tier: String(tier), mentions: String(mentions), name, type, id };
  return encodeCursor(key) ?? '';
}

function readCursor(cursor: string, q: string): RankKey {
  const key = decodeCursor(cursor) ?? {};
  const tier = Number(key.tier);
  const mentions = Number(key.mentions);
  if (key.q !== q || !Number.isInteger(tier) || !Number.isInteger(mentions)) throw new InvalidCursorError();
  return { tier, mentions, name: String(key.name ?? ''), type: String(key.type ?? ''), id: String(key.id ?? '') };
}

/** The engine stores use when their context names none: one embedded index per table, per process. */
export const defaultSearchEngine: SearchEngine = createEmbeddedSearch();
