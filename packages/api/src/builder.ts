import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import RelayPlugin from '@pothos/plugin-relay';
import { type CostMeter, type GraphStore, NODE_TYPES, type NodeType } from '@reportgraph/store';
import { userError } from './errors.ts';
import { fieldComplexity } from './limits.ts';
import type { Loaders } from './loaders.ts';
import type { UploadConfig } from './uploads.ts';

/** What every resolver gets: the request's metered store, its loaders and its meter. */
export interface Context {
  store: GraphStore;
  loaders: Loaders;
  meter: CostMeter;
  /** Where `createUploadUrl` writes; absent when uploads are off. */
  uploads?: UploadConfig;
}

/** A UTF-16 surrogate without its pair: not encodable as UTF-8, so never part of a key. */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The most ids one `nodes` call takes. */
export const MAX_NODES = 100;

/**
 * Global ids are `base64url("<Type>:<id>")`: opaque to clients, decodable without a lookup.
 *
 * @example
 * encodeGlobalId('Organization', 'o_3k2') // → 'T3JnYW5pemF0aW9uOm9fM2sy'
 */
export function encodeGlobalId(type: string, id: string | number | bigint): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

/**
 * Decodes a global id, or throws a `GraphQLError` with code `INVALID_ID`.
 *
 * @example
 * decodeGlobalId(encodeGlobalId('Person', 'p_1')) // → { typename: 'Person', id: 'p_1' }
 */
export function decodeGlobalId(globalId: string): { typename: NodeType; id: string } {
  const text = /^[A-Za-z0-9_-]+={0,2}$/.test(globalId) ? Buffer.from(globalId, 'base64url').toString('utf8') : '';
  const at = text.indexOf(':');
  const typename = text.slice(0, at) as NodeType;
  const id = text.slice(at + 1);
  // An id is part of a DynamoDB key (at most 1 KB) and must be well-formed text.
  const usable = !LONE_SURROGATE.test(id) && Buffer.byteLength(id) <= 512;
  if (at < 1 || !id || !usable || !NODE_TYPES.includes(typename)) {
    throw userError(`"${globalId}" is not a valid id: use the \`id\` of a node this API returned.`, 'INVALID_ID');
  }
  return { typename, id };
}

/**
 * The Pothos schema builder (Relay plugin: `Node` interface, global ids, `node`/`nodes`).
 * Fields are non-null unless marked `nullable`.
 */
export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  /** Every connection knows its list's size, read only when `totalCount` is selected. */
  Connection: { totalCount: () => Promise<number> };
}>({
  plugins: [RelayPlugin, ComplexityPlugin],
  defaultFieldNullability: false,
  // Prices every field for the cost limit (checked before execution by `useLimits`, not here).
  complexity: { fieldComplexity },
  relay: {
    encodeGlobalID: (typename, id) => encodeGlobalId(typename, id),
    decodeGlobalID: (globalId) => decodeGlobalId(globalId),
    cursorType: 'String',
    edgesFieldOptions: { nullable: false, description: 'The items of this page, in list order.' },
    nodeFieldOptions: { nullable: false },
    cursorFieldOptions: {
      description: 'Opaque position of this item; pass it as `after` or `before` to page from it.',
    },
    pageInfoFieldOptions: { description: 'Where this page sits in its list.' },
    pageInfoTypeOptions: {
      description:
        'Where a page sits in its list. Page forward with `first` and `after: endCursor`, backward with ' +
        '`last` and `before: startCursor`.',
    },
    hasNextPageFieldOptions: { description: 'True when more items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'True when items precede this page.' },
    startCursorFieldOptions: {
      description: 'Cursor of the first item; pass it as `before` to read the page before. Null when empty.',
    },
    endCursorFieldOptions: {
      description: 'Cursor of the last item; pass it as `after` to read the next page. Null when empty.',
    },
    nodeTypeOptions: { description: 'An object with a global id that `node(id:)` can fetch again.' },
    idFieldOptions: { description: 'Global, opaque id of this object; pass it to `node(id:)` to fetch it again.' },
    nodeQueryOptions: {
      description: 'Fetches any object by its global id; null when it no longer exists.',
      args: { id: { description: 'A global id returned by this API.' } },
    },
    // `nodes` is defined in schema/node.ts: it answers each malformed id at its own index.
    nodesQueryOptions: false,
  },
});

builder.queryType({ description: 'Entry points into the report graph.' });

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description:
      'How many items the whole list holds (all pages, same filters): counted in the index, or from the ' +
      "node's own summary of its links, never by reading the items.",
    resolve: (connection) => connection.totalCount(),
  }),
);

/** The builder's resolved type parameters, for helpers that take field builders. */
export type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
/** A field builder for objects of shape `Shape` (a node type, an edge of a connection …). */
export type FieldBuilder<Shape> = PothosSchemaTypes.ObjectFieldBuilder<BuilderTypes, Shape>;
