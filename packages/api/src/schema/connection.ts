import type { ArgBuilder, FieldMap, ObjectRef, OutputRef } from '@pothos/core';
import {
  type Direction,
  type EdgeName,
  type GraphNode,
  isEdge,
  isNodeOf,
  type NodeOf,
  type NodeRef,
  type NodeType,
  type OtherEnd,
  otherEndTypes,
  type Page,
  type StoredEdge,
} from '@reportgraph/store';
import { type BuilderTypes, builder, type Context, type FieldBuilder } from '../builder.ts';
import { rethrowUserErrors, userError } from '../errors.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../limits.ts';
import { primeNodes } from '../loaders.ts';

export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE };

/** Relay page info: forward pagination only (`first`/`after`). */
export interface PageInfoShape {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** One edge of a connection: the node, its cursor and any fields of the link itself. */
export interface EdgeShape<N> {
  cursor: string;
  node: N;
}

export interface ConnectionShape<E> {
  edges: E[];
  pageInfo: PageInfoShape;
}

export const PageInfo = builder.objectRef<PageInfoShape>('PageInfo').implement({
  description: 'Where a page sits in its list. Lists page forward: pass `endCursor` as `after` for the next page.',
  fields: (t) => ({
    hasNextPage: t.exposeBoolean('hasNextPage', { description: 'True when more items follow this page.' }),
    hasPreviousPage: t.exposeBoolean('hasPreviousPage', {
      description: 'True when this page was read with `after` (items precede it).',
    }),
    startCursor: t.exposeString('startCursor', {
      nullable: true,
      description: 'Cursor of the first item; null when empty.',
    }),
    endCursor: t.exposeString('endCursor', {
      nullable: true,
      description: 'Cursor of the last item; pass it as `after` to read the next page. Null when empty.',
    }),
  }),
});

type Types = BuilderTypes;

/**
 * Defines `<name>Connection` and `<name>Edge` types over a node type, with optional fields on
 * the edge (the link's own data: a title, a part, a sentence).
 *
 * @example
 * const MembersConnection = connectionType<PersonNode, RoleEdge<PersonNode>>('OrganizationPeople', PersonRef, {
 *   description: 'People holding a role in the organization.',
 *   edgeFields: (t) => ({ title: t.exposeString('title', { nullable: true, description: 'The role title.' }) }),
 * });
 */
export function connectionType<N extends GraphNode, E extends EdgeShape<N> = EdgeShape<N>>(
  name: string,
  nodeRef: OutputRef<N>,
  options: {
    description: string;
    nodeDescription?: string;
    edgeFields?: (t: FieldBuilder<E>) => FieldMap;
  },
): ObjectRef<Types, ConnectionShape<E>> {
  // Pothos cannot check a resolver against a still-generic node shape, so the node field is
  // typed as any graph node; `E` (whose `node` is an N) keeps callers to the right type.
  const anyNodeRef: OutputRef<GraphNode> = nodeRef;
  const Edge = builder.objectRef<E>(`${name}Edge`).implement({
    description: `One item of ${name}Connection with its cursor.`,
    fields: (t) => ({
      cursor: t.string({
        description: 'Opaque position of this item; pass it as `after` to continue after it.',
        resolve: (edge) => edge.cursor,
      }),
      node: t.field({
        type: anyNodeRef,
        description: options.nodeDescription ?? 'The item.',
        resolve: (edge) => edge.node,
      }),
      ...options.edgeFields?.(t),
    }),
  });
  return builder.objectRef<ConnectionShape<E>>(`${name}Connection`).implement({
    description: options.description,
    fields: (t) => ({
      edges: t.field({
        type: [Edge],
        description: 'The items of this page, in list order.',
        resolve: (c) => c.edges,
      }),
      pageInfo: t.field({ type: PageInfo, description: 'Whether more items follow.', resolve: (c) => c.pageInfo }),
    }),
  });
}

/** Connection arguments every list takes. */
export const pageArgs = (t: { arg: ArgBuilder<Types> }) => ({
  first: t.arg.int({
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `How many items to return (0–${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE}).`,
  }),
  after: t.arg.string({ description: 'Return the items after this cursor (`endCursor` or an edge `cursor`).' }),
});

/** The forward-page arguments, validated. */
export interface PageArgs {
  first: number;
  after: string | null;
}

/**
 * Validates `first`/`after`: a page too large is a `PAGE_TOO_LARGE` error, not a silent cut.
 *
 * @example
 * pageOf({ first: 500 }) // throws GraphQLError 'first must be between 0 and 100 (got 500).'
 */
export function pageOf(args: { first?: number | null; after?: string | null }): PageArgs {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw userError(`first must be between 0 and ${MAX_PAGE_SIZE} (got ${first}).`, 'PAGE_TOO_LARGE', {
      max: MAX_PAGE_SIZE,
    });
  }
  return { first, after: args.after || null };
}

function pageInfo(cursors: string[], page: PageArgs, hasNextPage: boolean): PageInfoShape {
  return {
    hasNextPage,
    hasPreviousPage: Boolean(page.after),
    startCursor: cursors[0] ?? null,
    endCursor: cursors[cursors.length - 1] ?? null,
  };
}

/**
 * A connection from a page of nodes the store listed (the nodes arrive with the page).
 *
 * @example
 * return nodePageConnection(ctx, pageArgs, (p) => ctx.store.listNodes('Person', { ...p, prefix }));
 */
export async function nodePageConnection<N extends GraphNode>(
  ctx: Context,
  args: { first?: number | null; after?: string | null },
  read: (page: PageArgs) => Promise<Page<N>>,
): Promise<ConnectionShape<EdgeShape<N>>> {
  const page = pageOf(args);
  const result = await read(page).catch(rethrowUserErrors);
  primeNodes(ctx.loaders, result.items);
  return {
    edges: result.items.map((node, i) => ({ node, cursor: result.cursors[i] ?? '' })),
    pageInfo: pageInfo(result.cursors, page, result.hasNextPage),
  };
}

/**
 * Which edges of a node a connection follows: an edge name, a direction, and optionally the one
 * type at the other end (when the edge reaches several, e.g. an article's mentions of people).
 */
export interface EdgeSpec<E extends EdgeName, D extends Direction> {
  edge: E;
  direction: D;
  otherType?: OtherEnd<E, D>;
}

/**
 * The node at the other end of an edge followed in a direction.
 *
 * @example
 * otherEnd(holds, 'in') // → the person holding the role
 */
export const otherEnd = <E extends EdgeName>(edge: StoredEdge<E>, direction: Direction): NodeRef =>
  direction === 'out' ? edge.to : edge.from;

/** Builds one edge of a connection from the link, the node at its other end and its cursor. */
export type EdgeBuilder<E extends EdgeName, T extends NodeType, R> = (
  edge: StoredEdge<E>,
  node: NodeOf<T>,
  cursor: string,
) => R;

/**
 * The plain edge of a connection: the node and its cursor (for links that carry no data).
 *
 * @example
 * edgeConnection(ctx, place, { edge: 'within', direction: 'in' }, args, plainEdge);
 */
export const plainEdge = <N>(_edge: unknown, node: N, cursor: string): EdgeShape<N> => ({ node, cursor });

/**
 * A connection along a node's edges: one Query for the page (batched per tick with its
 * siblings), then one BatchGetItem per tick for the nodes at the other ends. Links to nodes that
 * no longer exist are left out. Edges and nodes are checked to be of the name and types asked for.
 *
 * @example
 * return edgeConnection(ctx, org, { edge: 'holds', direction: 'in' }, args, toRoleEdge);
 */
export async function edgeConnection<E extends EdgeName, D extends Direction, R>(
  ctx: Context,
  from: NodeRef,
  spec: EdgeSpec<E, D>,
  args: { first?: number | null; after?: string | null },
  toEdge: EdgeBuilder<E, OtherEnd<E, D>, R>,
): Promise<ConnectionShape<R>> {
  const page = pageOf(args);
  const result = await ctx.loaders.edges
    .load({ ref: { type: from.type, id: from.id }, ...spec, first: page.first, after: page.after })
    .catch(rethrowUserErrors);
  const types = otherEndTypes(spec.edge, spec.direction);
  const nodes = await ctx.loaders.node.loadMany(result.items.map((e) => otherEnd(e, spec.direction)));
  const edges: R[] = [];
  result.items.forEach((edge, i) => {
    const node = nodes[i];
    if (node instanceof Error) throw node;
    if (isEdge(edge, spec.edge) && isNodeOf(node, types)) edges.push(toEdge(edge, node, result.cursors[i] ?? ''));
  });
  return { edges, pageInfo: pageInfo(result.cursors, page, result.hasNextPage) };
}

/**
 * Loads one node by reference (batched), or null when there is none of that type.
 *
 * @example
 * await loadNode(ctx, { type: 'Place', id: '440600' }) // → PlaceNode | null
 */
export async function loadNode<T extends NodeType>(ctx: Context, ref: NodeRef<T> | null): Promise<NodeOf<T> | null> {
  if (!ref?.id) return null;
  const node = await ctx.loaders.node.load(ref);
  return isNodeOf(node, ref.type) ? node : null;
}
