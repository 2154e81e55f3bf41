import {
  isNodeOf,
  type MatchKind,
  type NodeOf,
  normalizeTerm,
  SEARCHABLE_TYPES,
  type SearchableType,
  type SearchHit,
} from '@reportgraph/store';
import { builder, type Context, encodeGlobalId } from '../builder.ts';
import { rethrowUserErrors, userError } from '../errors.ts';
import type { PageInfoShape } from './connection.ts';
import { SearchResultUnion } from './refs.ts';

/** The most hits one page of a search returns. */
export const MAX_SEARCH_RESULTS = 50;

type SearchableNode = NodeOf<SearchableType>;

/** A hit as the schema serves it: the store's hit, its node, and the query it answered. */
interface Hit extends SearchHit {
  node: SearchableNode;
  query: string;
}

interface SearchConnectionShape {
  edges: { cursor: string; node: Hit }[];
  pageInfo: PageInfoShape;
  /** The builder's `totalCount` field of every connection reads this. */
  totalCount: () => Promise<number>;
}

const SearchMatchEnum = builder.enumType('SearchMatch', {
  description: 'How a search hit matched, best first.',
  values: {
    EXACT: { value: 'exact', description: 'The whole name (or division code, or pinyin of the name).' },
    PREFIX: { value: 'prefix', description: 'The start of the name, of a division code or of the pinyin (foshan).' },
    ALIAS: { value: 'alias', description: 'Another name documents use (whole or its start), e.g. 区总工会.' },
    VARIANT: {
      value: 'variant',
      description: 'The name with an administrative suffix left out (佛山总工会), or the initials of its pinyin.',
    },
    SUBSTRING: { value: 'substring', description: 'Part of a name or an alias (a single character too).' },
    ABBREVIATION: { value: 'abbreviation', description: 'The characters of the name in order, as in 全总.' },
  } as const satisfies Record<string, { value: MatchKind; description: string }>,
});

const SearchTypeEnum = builder.enumType('SearchType', {
  description: 'The kinds of node a search finds.',
  values: {
    ORGANIZATION: { value: 'Organization', description: 'Organizations, by name and alias.' },
    PERSON: { value: 'Person', description: 'People, by name.' },
    EVENT: { value: 'Event', description: 'Events, by title.' },
    METRIC: { value: 'Metric', description: 'Metrics, by subject.' },
    PLACE: { value: 'Place', description: 'Places, by name and division code.' },
  } as const satisfies Record<string, { value: SearchableType; description: string }>,
});

const SearchHitRef = builder.objectRef<Hit>('SearchHit').implement({
  description: 'One search match: the node, the text that matched and how.',
  fields: (t) => ({
    id: t.id({
      description: 'Identifies this hit of this query (so client caches keep hits of different queries apart).',
      resolve: (h) => encodeGlobalId('SearchHit', `${h.query}:${h.type}:${h.id}`),
    }),
    node: t.field({ type: SearchResultUnion, description: 'The matching node.', resolve: (h) => h.node }),
    matched: t.exposeString('label', {
      description: 'The text that matched: a name, an alias, an event title, a metric subject or a division code.',
    }),
    match: t.field({ type: SearchMatchEnum, description: 'How the hit matched.', resolve: (h) => h.match }),
    score: t.exposeFloat('score', {
      description:
        'Relevance in (0, 1] by kind of match: 1 exact, 0.85 prefix, 0.7 alias, 0.55 variant, 0.4 substring, 0.25 abbreviation.',
    }),
    mentions: t.exposeInt('mentions', { description: 'How many documents mention the node: ranks hits of one kind.' }),
    mergedIds: t.idList({
      description:
        'Global ids of other nodes of the same type and name merged into this hit (six metrics whose subject is 职工 give one hit).',
      resolve: (h) => h.merged.map((m) => encodeGlobalId(m.type, m.id)),
    }),
  }),
});

// The relay plugin's connection (PageInfo, edges, cursor; the builder adds `totalCount`), as every list has.
const SearchConnection = builder.connectionObject(
  {
    type: SearchHitRef,
    name: 'SearchConnection',
    description: 'A page of search hits, best first, and how many there are in all (merged hits count once).',
  },
  {
    name: 'SearchEdge',
    description: 'One hit of SearchConnection with its cursor.',
    nodeField: { description: 'The hit.' },
  },
);

/** Validates `first` (1–50, default 10). */
function firstOf(first: number | null | undefined): number {
  const n = first ?? 10;
  if (!Number.isInteger(n) || n < 0) throw userError(`first must be 0 or more (got ${n}).`, 'BAD_USER_INPUT');
  if (n > MAX_SEARCH_RESULTS) {
    throw userError(`first must be at most ${MAX_SEARCH_RESULTS} (got ${n}).`, 'PAGE_TOO_LARGE', {
      max: MAX_SEARCH_RESULTS,
    });
  }
  return n;
}

/** One page of hits from the store's search, their nodes loaded in one batch (hits whose node is gone are left out). */
async function search(
  ctx: Context,
  query: string,
  args: { first: number; after: string | null; types?: readonly SearchableType[] },
): Promise<SearchConnectionShape> {
  const page = await ctx.store.search(query, args).catch(rethrowUserErrors);
  const nodes = await ctx.loaders.node.loadMany(page.hits.map((h) => ({ type: h.type, id: h.id })));
  const q = normalizeTerm(query);
  const edges = page.hits.flatMap((hit, i) => {
    const node = nodes[i];
    if (node instanceof Error) throw node;
    return isNodeOf(node, SEARCHABLE_TYPES)
      ? [{ cursor: page.cursors[i] ?? '', node: { ...hit, node, query: q } }]
      : [];
  });
  return {
    edges,
    totalCount: async () => page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: Boolean(args.after),
      startCursor: page.cursors[0] ?? null,
      endCursor: page.cursors[page.cursors.length - 1] ?? null,
    },
  };
}

builder.queryFields((t) => ({
  search: t.field({
    type: SearchConnection,
    description:
      'Finds organizations (by name or alias), people, events (by title), places (by name or division code) and ' +
      'metrics (by subject). Ranked: exact name, then prefix, alias, variant, substring, abbreviation; within each, ' +
      'the most mentioned first. Tolerates a left-out administrative suffix (佛山总工会), abbreviations (全总), ' +
      'single characters (灿), partial division codes (4406), pinyin (foshan, fsszgh) and traditional characters. ' +
      'Nodes of one type and name are merged into one hit. Example: search(query: "总工会", first: 10).',
    args: {
      query: t.arg.string({
        required: true,
        description: 'Text to find: a name or part of it, an abbreviation, pinyin or a division code, e.g. 总工会.',
      }),
      first: t.arg.int({
        defaultValue: 10,
        description: `How many hits to return (0–${MAX_SEARCH_RESULTS}, default 10).`,
      }),
      after: t.arg.string({ description: 'Return the hits after this cursor (an `endCursor` of the same query).' }),
      types: t.arg({ type: [SearchTypeEnum], description: 'Only nodes of these kinds (all when absent).' }),
    },
    resolve: (_root, args, ctx) => {
      const query = args.query.trim();
      if (!query) throw userError('query must not be empty.', 'BAD_USER_INPUT');
      if (query.length > 200) throw userError('query must be at most 200 characters.', 'BAD_USER_INPUT');
      const first = firstOf(args.first);
      return search(ctx, query, { first, after: args.after ?? null, ...(args.types ? { types: args.types } : {}) });
    },
  }),
}));
