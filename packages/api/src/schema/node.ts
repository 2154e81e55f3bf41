import type { NodeType, StoredNode } from '@reportgraph/store';
import type { Context } from '../builder.ts';

/**
 * The Relay node options every graph type shares: its local id, batched loading through the
 * request's node loader (one BatchGetItem per tick across types), and a type check for unions.
 *
 * @example
 * builder.node(PersonRef, { ...nodeOptions('Person'), description: '…', fields: (t) => ({}) });
 */
export function nodeOptions(type: NodeType) {
  return {
    id: { resolve: (node: StoredNode) => node.id },
    isTypeOf: (value: unknown) => (value as StoredNode | null)?.type === type,
    loadManyWithoutCache: async (ids: string[], ctx: Context) => {
      const nodes = await ctx.loaders.node.loadMany(ids.map((id) => ({ type, id })));
      return nodes.map((n) => {
        if (n instanceof Error) throw n;
        return n ?? null;
      });
    },
  };
}
