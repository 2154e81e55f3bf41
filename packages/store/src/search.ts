import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { StoreContext } from './context.ts';
import { keyAttributes } from './entities/indexes.ts';
import { nodePk, termPk } from './entities/keys.ts';
import { readTerm } from './entities/term.ts';
import { record } from './meter.ts';
import { normalizeTerm, queryTerms, type SearchHit, scoreLabel } from './terms.ts';
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
  const pages = await Promise.all(terms.map((term) => readTermItems(ctx, term)));
  const best = bestHits(pages, q, options.types);
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.label.length - b.label.length || a.label.localeCompare(b.label, 'zh'))
    .slice(0, options.first);
}

/** The term items of one bigram: one Query, at most TERM_READ_LIMIT items. */
async function readTermItems(ctx: StoreContext, term: string) {
  const { partitionKey } = keyAttributes('byTerm');
  const out = await ctx.doc.send(
    new QueryCommand({
      TableName: ctx.tableName,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': partitionKey },
      ExpressionAttributeValues: { ':pk': termPk(term) },
      Limit: TERM_READ_LIMIT,
      ReturnConsumedCapacity: 'TOTAL',
    }),
  );
  record(ctx.meter, 'Query', out.ConsumedCapacity);
  return (out.Items ?? []).map(readTerm);
}

/**
 * The best-scoring label of each node found under every probed bigram (a node must carry all of
 * them), whose label really contains the query.
 */
function bestHits(pages: ReturnType<typeof readTerm>[][], query: string, types?: readonly NodeType[]) {
  const counts = new Map<string, number>();
  for (const page of pages) {
    for (const key of new Set(page.map((t) => nodePk(t.node)))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const best = new Map<string, SearchHit>();
  for (const { node, labels } of pages[0] ?? []) {
    const key = nodePk(node);
    if (counts.get(key) !== pages.length) continue;
    if (types && !types.includes(node.type)) continue;
    for (const label of labels) {
      const score = scoreLabel(label.text, query, label.weight);
      const prior = best.get(key);
      if (score > 0 && (!prior || score > prior.score)) best.set(key, { ...node, label: label.text, score });
    }
  }
  return best;
}
