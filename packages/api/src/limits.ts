import { createComplexityRule, type FieldComplexityValue } from '@pothos/plugin-complexity';
import { type DocumentNode, type GraphQLSchema, validate } from 'graphql';

/** Page size when neither `first` nor `last` is given. */
export const DEFAULT_PAGE_SIZE = 20;
/** The largest page a client may ask for. */
export const MAX_PAGE_SIZE = 100;

/** Limits an operation must stay within, before it runs and while it runs. */
export interface QueryLimits {
  /** Field nesting depth, every level counted (`edges` and `node` too); introspection is not walked. */
  maxDepth: number;
  /** Estimated cost: every field 1, times the page sizes of the lists above it (see {@link fieldComplexity}). */
  maxCost: number;
  /** Aliases in one operation, fragments counted once per spread (GraphQL Armor's max-aliases). */
  maxAliases: number;
  /** Lexical tokens in one document (GraphQL Armor's max-tokens). */
  maxTokens: number;
  /** Bytes of one request body; a larger one is refused with 413 before it is parsed. */
  maxBodyBytes: number;
  /** DynamoDB requests one GraphQL request may send; the request fails past it. */
  maxRequests: number;
  /** Wall-clock budget of one GraphQL request in milliseconds; reads still running then are aborted. */
  timeoutMs: number;
}

/**
 * Defaults: four linked levels of 20 items with a few fields each pass; a fifth does not. The
 * standard introspection query (depth 14) costs 1: introspection reads the schema, not the table.
 */
export const DEFAULT_LIMITS: QueryLimits = {
  maxDepth: 16,
  maxCost: 100_000,
  maxAliases: 100,
  maxTokens: 5_000,
  // 5,000 tokens and 100 ids fit in a few kB; a megabyte leaves room for long variables.
  maxBodyBytes: 1_000_000,
  maxRequests: 500,
  timeoutMs: 10_000,
};

/** A page size as the cost counts it: the argument clamped to what a list can return. */
const pageSize = (value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(Math.max(Math.trunc(value), 1), MAX_PAGE_SIZE) : 0;

/**
 * The cost of one field for Pothos' complexity plugin, the one pricing rule of the schema: every
 * field costs 1, and a list multiplies what is selected beneath it by the items it may return
 * (`first`, `last`, the `ids` of `nodes`, else the default page); plain lists (`edges`, `aliases`)
 * multiply by 1, since the connection above them already did.
 *
 * @example
 * fieldComplexity({ first: 5 }) // → { field: 1, multiplier: 5 }
 * fieldComplexity({})           // → { field: 1, multiplier: 1 } (no page arguments: not a list)
 */
export function fieldComplexity(
  args: Record<string, unknown>,
  _ctx?: unknown,
  field?: { args: readonly { name: string }[] },
): FieldComplexityValue {
  if (Array.isArray(args.ids)) return { field: 1, multiplier: Math.max(args.ids.length, 1) };
  const isList = 'first' in args || 'last' in args || field?.args.some((a) => a.name === 'first' || a.name === 'last');
  if (!isList) return { field: 1, multiplier: 1 };
  const size = pageSize(args.first) || pageSize(args.last) || DEFAULT_PAGE_SIZE;
  return { field: 1, multiplier: size };
}

/** How big an operation is before it runs. */
export interface QueryMeasure {
  /** Field nesting depth, every level counted; introspection fields count 1. */
  depth: number;
  /** The estimated cost (see {@link fieldComplexity}). */
  cost: number;
}

/**
 * Measures an operation's depth and cost with Pothos' complexity rule (variables resolved,
 * each fragment's selection measured once per type, so nested spreads cannot blow the walk up).
 * Invalid variables measure as zero: execution reports them.
 *
 * @example
 * measureOperation(schema, parse('{ organizations(first: 10) { edges { node { name } } } }'))
 * // → { depth: 4, cost: 1 + 10 * (1 + 1 + 1) }
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string | null,
  variables?: Record<string, unknown> | null,
  context: object = {},
): QueryMeasure {
  const measure: QueryMeasure = { depth: 0, cost: 0 };
  const rule = createComplexityRule({
    context,
    variableValues: variables ?? {},
    ...(operationName ? { operationName } : {}),
    validate: (state) => {
      measure.depth = Math.max(measure.depth, state.depth);
      measure.cost = Math.max(measure.cost, state.complexity);
    },
  });
  validate(schema, document, [rule]);
  return measure;
}

/** Measures kept per document: a busy operation's variable sets, bounded so varied variables cannot grow memory. */
const MEASURES_PER_DOCUMENT = 64;

/**
 * {@link measureOperation} remembered per parsed document, operation name and variables. Yoga's
 * parser cache hands every request with the same query text the same document object, so a
 * repeated operation is measured once instead of walked by a validation pass on every request
 * (4–6 % of the API's CPU under a `node(id)` load).
 *
 * @example
 * const measure = memoizedMeasure();
 * measure(schema, document, null, { id: 'T3JnYW5pemF0aW9uOm9fMQ' }); // walks the document
 * measure(schema, document, null, { id: 'T3JnYW5pemF0aW9uOm9fMQ' }); // remembered
 */
export function memoizedMeasure(): typeof measureOperation {
  const byDocument = new WeakMap<DocumentNode, Map<string, QueryMeasure>>();
  return (schema, document, operationName, variables, context) => {
    let measures = byDocument.get(document);
    if (!measures) {
      measures = new Map();
      byDocument.set(document, measures);
    }
    const key = `${operationName ?? ''}\n${JSON.stringify(variables ?? {})}`;
    const known = measures.get(key);
    if (known) return known;
    const measure = measureOperation(schema, document, operationName, variables, context);
    if (measures.size >= MEASURES_PER_DOCUMENT) measures.clear();
    measures.set(key, measure);
    return measure;
  };
}
