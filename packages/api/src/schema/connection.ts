import type { ArgBuilder, FieldMap, ObjectRef, OutputRef } from '@pothos/core';
import {
  type Direction,
  type EdgeName,
  type GraphNode,
  isEdge,
  isNodeOf,
  type ListOptions,
  type NodeOf,
  type NodeRef,
  type NodeType,
  type OtherEnd,
  otherEndTypes,
  type Page,
  type PageRequest,
  type StoredEdge,
} from '@reportgraph/store';
import { type BuilderTypes, builder, type Context, type FieldBuilder } from '../builder.ts';
import { rethrowUserErrors, userError } from '../errors.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../limits.ts';
import { primeNodes } from '../loaders.ts';

export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE };

/** Relay page info. */
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

/** A connection: a page of edges, where it sits, and its list's size (read only when asked). */
export interface ConnectionShape<E> {
  edges: E[];
  pageInfo: PageInfoShape;
  totalCount: () => Promise<number>;
}

type Types = BuilderTypes;

/**
 * Defines `<name>Connection` and `<name>Edge` types over a node type with the Relay plugin's
 * `connectionObject` (PageInfo, edges, cursor and node come from it; `totalCount` is added to
 * every connection by the builder), with optional fields on the edge (the link's own data: a
 * title, a part, a sentence).
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
  const ref = builder.connectionObject(
    { type: nodeRef, name: `${name}Connection`, description: options.description },
    {
      name: `${name}Edge`,
      description: `One item of ${name}Connection with its cursor.`,
      nodeField: { description: options.nodeDescription ?? 'The item.' },
      // The edge's parent is the edge shape E built by the resolver; Pothos types it as {cursor, node}.
      fields: (t) => options.edgeFields?.(t as unknown as FieldBuilder<E>) ?? {},
    },
  );
  return ref as unknown as ObjectRef<Types, ConnectionShape<E>>;
}

/** Connection arguments every list takes: Relay's `first`/`after` and `last`/`before`. */
export const pageArgs = (t: { arg: ArgBuilder<Types> }) => ({
  first: t.arg.int({
    description: `How many items to return from the start or after \`after\` (0–${MAX_PAGE_SIZE}; default ${DEFAULT_PAGE_SIZE} when \`last\` is not given).`,
  }),
  after: t.arg.string({ description: 'Return the items after this cursor (`endCursor` or an edge `cursor`).' }),
  last: t.arg.int({
    description: `How many items to return from the end or before \`before\` (0–${MAX_PAGE_SIZE}).`,
  }),
  before: t.arg.string({ description: 'Return the items before this cursor (`startCursor` or an edge `cursor`).' }),
});

/** The page arguments as clients send them. */
export interface PageArgsInput {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** One page size argument, validated: negative or fractional is BAD_USER_INPUT, too large PAGE_TOO_LARGE. */
function pageSize(name: 'first' | 'last', value: number): number {
  if (!Number.isInteger(value) || value < 0) {
    throw userError(`${name} must be 0 or more (got ${value}); pass how many items you want.`, 'BAD_USER_INPUT');
  }
  if (value > MAX_PAGE_SIZE) {
    throw userError(
      `${name} must be between 0 and ${MAX_PAGE_SIZE} (got ${value}); page through larger lists with cursors.`,
      'PAGE_TOO_LARGE',
      { max: MAX_PAGE_SIZE },
    );
  }
  return value;
}

/**
 * Validates the page arguments: `first` with `after` reads forward, `last` with `before`
 * backward; mixing directions is a BAD_USER_INPUT error, a page too large PAGE_TOO_LARGE, not a
 * silent cut.
 *
 * @example
 * pageOf({ first: 500 }) // throws GraphQLError 'first must be between 0 and 100 (got 500); …'
 * pageOf({ last: 5 })    // → { first: 0, last: 5, before: null }
 */
export function pageOf(args: PageArgsInput): PageRequest {
  const { first, after, last, before } = args;
  if (first != null && last != null) {
    throw userError('Pass either `first` (forward) or `last` (backward), not both.', 'BAD_USER_INPUT');
  }
  if (last != null || before) {
    if (after)
      throw userError('`after` pages forward: use it with `first`, or use `before` with `last`.', 'BAD_USER_INPUT');
    if (first != null) throw userError('`before` pages backward: use it with `last`, not `first`.', 'BAD_USER_INPUT');
    return { first: 0, last: pageSize('last', last ?? DEFAULT_PAGE_SIZE), before: before || null };
  }
  return { first: pageSize('first', first ?? DEFAULT_PAGE_SIZE), after: after || null };
}

function pageInfo(result: Page<unknown>, page: PageRequest): PageInfoShape {
  const { cursors } = result;
  return {
    hasNextPage: result.hasNextPage,
    hasPreviousPage: result.hasPreviousPage ?? Boolean(page.after),
    startCursor: cursors[0] ?? null,
    endCursor: cursors[cursors.length - 1] ?? null,
  };
}

/** A count read once, when `totalCount` is first asked for. */
function lazyCount(count: () => Promise<number>): () => Promise<number> {
  let pending: Promise<number> | undefined;
  return () => {
    pending ??= count().catch(rethrowUserErrors);
    return pending;
  };
}

/**
 * A connection from a page of nodes the store listed (the nodes arrive with the page), with the
 * list's count read only when `totalCount` is selected.
 *
 * @example
 * return nodePageConnection(ctx, args, (p) => ctx.store.listNodes('Person', { ...p, prefix }), () => ctx.store.countNodes('Person', { prefix }));
 */
export async function nodePageConnection<N extends GraphNode>(
  ctx: Context,
  args: PageArgsInput,
  read: (page: PageRequest) => Promise<Page<N>>,
  count: () => Promise<number>,
): Promise<ConnectionShape<EdgeShape<N>>> {
  const page = pageOf(args);
  const result = await read(page).catch(rethrowUserErrors);
  primeNodes(ctx.loaders, result.items);
  return {
    edges: result.items.map((node, i) => ({ node, cursor: result.cursors[i] ?? '' })),
    pageInfo: pageInfo(result, page),
    totalCount: lazyCount(count),
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
 * edgeConnection(ctx, place, { edge: 'locatedIn', direction: 'in' }, args, plainEdge);
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
  args: PageArgsInput,
  toEdge: EdgeBuilder<E, OtherEnd<E, D>, R>,
): Promise<ConnectionShape<R>> {
  const page = pageOf(args);
  const ref = { type: from.type, id: from.id };
  const result = await ctx.loaders.edges.load({ ref, ...spec, ...page }).catch(rethrowUserErrors);
  const types = otherEndTypes(spec.edge, spec.direction);
  const nodes = await ctx.loaders.node.loadMany(result.items.map((e) => otherEnd(e, spec.direction)));
  const edges: R[] = [];
  result.items.forEach((edge, i) => {
    const node = nodes[i];
    if (node instanceof Error) throw node;
    if (isEdge(edge, spec.edge) && isNodeOf(node, types)) edges.push(toEdge(edge, node, result.cursors[i] ?? ''));
  });
  return {
    edges,
    pageInfo: pageInfo(result, page),
    totalCount: lazyCount(() => ctx.loaders.edgeCounts.load({ ref, ...spec })),
  };
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

/** What a root list reads, the page aside: the same options page and count. */
export type ListFilter<T extends NodeType> = Omit<ListOptions<T>, keyof PageRequest>;

/**
 * A root list's connection: a page of `listNodes` with the filter, and its count with the same
 * filter when `totalCount` is asked for.
 *
 * @example
 * return listConnection(ctx, 'Person', args, { prefix: '李' });
 */
export function listConnection<T extends NodeType>(
  ctx: Context,
  type: T,
  args: PageArgsInput,
  filter: ListFilter<T>,
): Promise<ConnectionShape<EdgeShape<NodeOf<T>>>> {
  return nodePageConnection(
    ctx,
    args,
    (page) => ctx.store.listNodes(type, { ...filter, ...page }),
    () => ctx.store.countNodes(type, filter),
  );
}
