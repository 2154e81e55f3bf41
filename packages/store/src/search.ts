import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { StoreContext } from './context.ts';
import { record } from './meter.ts';
import { type Label, normalizeTerm, queryTerms, type SearchHit, scoreLabel, TERM_PREFIX } from './terms.ts';
import type { NodeType } from './types.ts';

/** How many term items one bigram Query reads at most: bounds the cost of a very common bigram. */
const TERM_READ_LIMIT = 1000;

/** Options for a search. */
export interface SearchOptions {
  first: number;
  /** Only these node types. */
  types?: readonly NodeType[];
}

/**
 * Finds nodes whose name, alias, title or subject contains the query (two characters or more),
 * ranked: exact, then prefix, then substring matches, by how much of the label the query covers.
 * Costs one Query per distinct bigram probed (at most three, in parallel); never a Scan.
 *
 * @example
 * await searchNodes(ctx, '市总工会', { first: 10 })
 * // → [{ type: 'Organization', id: 'o_…', label: '佛山市总工会', score: 0.667 }, …]
 */
export async function searchNodes(ctx: StoreContext, query: string, options: SearchOptions): Promise<SearchHit[]> {
  const q = normalizeTerm(query);
  const terms = queryTerms(q);
  if (terms.length === 0) return [];
  const pages = await Promise.all(
    terms.map(async (term) => {
      const out = await ctx.doc.send(
        new QueryCommand({
          TableName: ctx.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': `${TERM_PREFIX}${term}` },
          Limit: TERM_READ_LIMIT,
          ReturnConsumedCapacity: 'TOTAL',
        }),
      );
      record(ctx.meter, 'Query', out.ConsumedCapacity);
      return out.Items ?? [];
    }),
  );
  // A node must carry every probed bigram; then its label must really contain the query.
  const counts = new Map<string, number>();
  for (const page of pages) {
    for (const key of new Set(page.map((i) => `${i.nodeType}#${i.nodeId}`)))
      counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const best = new Map<string, SearchHit>();
  for (const item of pages[0] ?? []) {
    const key = `${item.nodeType}#${item.nodeId}`;
    if (counts.get(key) !== pages.length) continue;
    const type = item.nodeType as NodeType;
    if (options.types && !options.types.includes(type)) continue;
    for (const label of (item.labels as Label[] | undefined) ?? []) {
      const score = scoreLabel(label.text, q, Number(label.weight ?? 1));
      const prior = best.get(key);
      if (score > 0 && (!prior || score > prior.score)) {
        best.set(key, { type, id: String(item.nodeId), label: label.text, score });
      }
    }
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.label.length - b.label.length || a.label.localeCompare(b.label, 'zh'))
    .slice(0, options.first);
}
