import { isNodeOf, type NodeOf, type NodeType } from '@reportgraph/store';
import type { Context } from '../builder.ts';

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
