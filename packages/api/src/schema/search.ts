import { isNodeOf, type NodeOf } from '@reportgraph/store';
import { builder, type Context } from '../builder.ts';
import { userError } from '../errors.ts';
import { primeNodes } from '../loaders.ts';
import { loadNode } from './connection.ts';
import { SearchResultUnion } from './refs.ts';

/** The most hits one search returns. */
export const MAX_SEARCH_RESULTS = 50;

/** The node types a search finds (those of `SearchResult`). */
const SEARCHABLE = ['Organization', 'Person', 'Metric', 'Place', 'Event'] as const;
type SearchableNode = NodeOf<(typeof SEARCHABLE)[number]>;

interface Hit {
  node: SearchableNode;
  score: number;
  matched: string;
}

/**
 * Scores a match: an exact match is 1, a prefix match the share of the text it covers.
 *
 * @example
 * score('佛山市总工会', '佛山市') // → 0.5
 */
export function score(label: string, query: string): number {
  if (!label.startsWith(query)) return 0;
  return query.length / label.length;
}

/** Nodes whose term index labels contain the query, loaded in one BatchGetItem. */
async function termHits(ctx: Context, query: string, first: number): Promise<Hit[]> {
  const found = await ctx.store.search(query, { first });
  const nodes = await Promise.all(found.map((h) => loadNode(ctx, { type: h.type, id: h.id })));
  return found.flatMap((h, i) => {
    const node = nodes[i];
    return isNodeOf(node, SEARCHABLE) ? [{ node, matched: h.label, score: h.score }] : [];
  });
}

/** Nodes of one type whose byType sort key (a name, a subject) starts with the query. */
async function prefixHits<T extends 'Organization' | 'Person' | 'Metric'>(
  ctx: Context,
  type: T,
  query: string,
  first: number,
  label: (node: NodeOf<T>) => string,
): Promise<Hit[]> {
  const page = await ctx.store.listNodes(type, { first, prefix: query });
  primeNodes(ctx.loaders, page.items);
  return page.items.map((node) => ({ node, matched: label(node), score: score(label(node), query) }));
}

/**
 * Finds nodes whose name, alias, title or subject contains the query through the store's term
 * index (one Query per probed bigram, in parallel), then loads them in one BatchGetItem. A
 * one-character query falls back to name prefixes; a division code finds its place.
 */
async function search(ctx: Context, query: string, first: number): Promise<Hit[]> {
  const hits: Hit[] = [];
  if ([...query].length >= 2) hits.push(...(await termHits(ctx, query, first)));
  else {
    const lists = await Promise.all([
      prefixHits(ctx, 'Organization', query, first, (n) => n.name),
      prefixHits(ctx, 'Person', query, first, (n) => n.name),
      prefixHits(ctx, 'Metric', query, first, (n) => n.subject),
    ]);
    hits.push(...lists.flat());
  }
  if (/^\d{6}(\d{3})?$/.test(query)) {
    const place = await loadNode(ctx, { type: 'Place', id: query });
    if (place) hits.push({ node: place, matched: place.name || query, score: 1 });
  }
  return hits
    .filter((h) => h.score > 0)
    .sort((a, b) => b.score - a.score || a.matched.localeCompare(b.matched, 'zh') || a.node.id.localeCompare(b.node.id))
    .slice(0, first);
}

const SearchHit = builder.objectRef<Hit>('SearchHit').implement({
  description: 'One search match and how well it matched.',
  fields: (t) => ({
    node: t.field({ type: SearchResultUnion, description: 'The matching node.', resolve: (h) => h.node }),
    score: t.exposeFloat('score', {
      description:
        'Relevance in (0, 1]: 1 for an exact match, 0.5–0.95 for a prefix, up to 0.45 for a substring, ' +
        'by the share of the matched text the query covers; aliases, titles and subjects weigh less than names.',
    }),
    matched: t.exposeString('matched', {
      description: 'The text that matched: a name, an alias, an event title or a metric subject.',
    }),
  }),
});

builder.queryFields((t) => ({
  search: t.field({
    type: [SearchHit],
    description:
      'Finds organizations (by name or alias), people, events (by title), places (by name or code) and metrics ' +
      '(by subject) whose text contains the query; ranked best first: exact matches, then prefixes, then ' +
      'substrings, by how much of the text the query covers. Traditional characters match simplified. ' +
      'Example: search(query: "市总工会").',
    args: {
      query: t.arg.string({
        required: true,
        description: 'Text to find in names, aliases, titles and subjects, e.g. 总工会 or 李灿.',
      }),
      first: t.arg.int({
        defaultValue: 10,
        description: `How many results to return (1–${MAX_SEARCH_RESULTS}, default 10).`,
      }),
    },
    resolve: (_root, args, ctx) => {
      const query = args.query.trim();
      const first = args.first ?? 10;
      if (!query) throw userError('query must not be empty.', 'BAD_USER_INPUT');
      if (!Number.isInteger(first) || first < 1 || first > MAX_SEARCH_RESULTS) {
        throw userError(`first must be between 1 and ${MAX_SEARCH_RESULTS} (got ${first}).`, 'PAGE_TOO_LARGE', {
          max: MAX_SEARCH_RESULTS,
        });
      }
      return search(ctx, query, first);
    },
  }),
}));
