import { type GraphNode, isNodeOf, type NodeOf, type NodeType } from '@reportgraph/store';
import { builder, type Context, decodeGlobalId, MAX_NODES } from '../builder.ts';
import { userError } from '../errors.ts';

/**
 * The Relay node options every graph type shares: its local id, batched loading through the
 * request's node loader (one BatchGetItem per tick across types), and a type check for unions.
 *
 * @example
 * builder.node(PersonRef, { ...nodeOptions('Person'), description: '…', fields: (t) => ({}) });
 */
export function nodeOptions<T extends NodeType>(type: T) {
  return {
    id: { resolve: (node: NodeOf<T>) => node.id },
    isTypeOf: (value: unknown) => typeof value === 'object' && value !== null && 'type' in value && value.type === type,
    loadManyWithoutCache: async (ids: string[], ctx: Context): Promise<(NodeOf<T> | null)[]> => {
      const nodes = await ctx.loaders.node.loadMany(ids.map((id) => ({ type, id })));
      return nodes.map((n) => {
        if (n instanceof Error) throw n;
        return isNodeOf(n, type) ? n : null;
      });
    },
  };
}

/**
 * One `nodes` entry: its node, null when it no longer exists, or (for a malformed id) the
 * INVALID_ID error, which GraphQL reports at the entry's own index while the others resolve.
 */
async function nodeOrError(ctx: Context, globalId: string): Promise<GraphNode | null | Error> {
  let ref: { typename: NodeType; id: string };
  try {
    ref = decodeGlobalId(globalId);
  } catch (error) {
    return error as Error;
  }
  return (await ctx.loaders.node.load({ type: ref.typename, id: ref.id })) ?? null;
}

builder.queryField('nodes', (t) =>
  t.field({
    type: [builder.nodeInterfaceRef()],
    nullable: { list: false, items: true },
    description:
      'Fetches several objects by global id in one batched read, in the order given: null for those that no ' +
      'longer exist, and null with an INVALID_ID error at its index for an id this API did not issue.',
    args: {
      ids: t.arg.idList({ required: true, description: `Global ids returned by this API (at most ${MAX_NODES}).` }),
    },
    resolve: (_root, args, ctx) => {
      if (args.ids.length > MAX_NODES) {
        throw userError(
          `nodes takes at most ${MAX_NODES} ids (got ${args.ids.length}); split the list.`,
          'PAGE_TOO_LARGE',
          {
            max: MAX_NODES,
          },
        );
      }
      // Every entry's load starts in this tick, so the valid ones share one BatchGetItem.
      return Promise.all(args.ids.map((id) => nodeOrError(ctx, String(id)))) as Promise<(GraphNode | null)[]>;
    },
  }),
);
