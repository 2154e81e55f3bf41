import { createMeter, type GraphStore, type MeterBudget } from '@reportgraph/store';
import type { Context } from './builder.ts';
import { createLoaders, type LoaderOptions } from './loaders.ts';

/**
 * A request's context: a fresh meter (with the request's budget: a ceiling on DynamoDB requests
 * and a deadline), the store viewed through it, and fresh loaders (so no data is shared between
 * requests).
 *
 * @example
 * const ctx = createContext(GraphStore.fromEnv());
 * await ctx.loaders.node.load({ type: 'Place', id: '440600' });
 * ctx.meter.requests // → 1
 */
export function createContext(baseStore: GraphStore, options: LoaderOptions = {}, budget: MeterBudget = {}): Context {
  const meter = createMeter(budget);
  const store = baseStore.withMeter(meter);
  return { meter, store, loaders: createLoaders(store, options) };
}
