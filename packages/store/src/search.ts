import type { StoreContext } from './context.ts';
import { defaultSearchEngine, type SearchOptions, type SearchPage } from './search/engine.ts';

export type { SearchEngine, SearchOptions, SearchPage } from './search/engine.ts';

/**
 * Finds entities by name, alias, title, subject, division code or pinyin, ranked best first
 * (exact name, prefix, alias, variant, substring, abbreviation; then the most mentioned), with
 * entities of the same type and name merged into one hit. Answered by the context's search
 * engine, the embedded index by default: a few Queries for what changed since the last search,
 * whatever the size of the corpus; never a Scan.
 *
 * @example
 * await searchNodes(ctx, '佛山总工会', { first: 10 })
 * // → { hits: [{ type: 'Organization', id: 'o_…', name: '佛山市总工会', match: 'variant', … }], totalCount: 1, … }
 */
export function searchNodes(ctx: StoreContext, query: string, options: SearchOptions): Promise<SearchPage> {
  return (ctx.searchEngine ?? defaultSearchEngine).search(ctx, query, options);
}
