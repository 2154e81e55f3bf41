import {
  type AttributeValue,
  attributeText,
  cleanEdges,
  type EdgeType,
  type ExportGraph,
  type GraphEdge,
  type GraphNode,
} from './graph.ts';
import { type Connection, type GraphqlClient, paginate } from './graphql-client.ts';

type Ref = { id: string } | null;
type NestedConnection<TEdge> = Connection<TEdge>;

const PAGE_INFO = 'pageInfo { hasNextPage endCursor }';

const ORGANIZATIONS = `query($after: String) { organizations(first: 25, after: $after) { ${PAGE_INFO} edges { node {
  id name kind aliases placeCode parentUnion { id } place { id }
  people(first: 100) { ${PAGE_INFO} edges { role title node { id } } }
  events(first: 100) { ${PAGE_INFO} edges { node { id } } }
} } } }`;

const PEOPLE = `query($after: String) { people(first: 25, after: $after) { ${PAGE_INFO} edges { node {
  id name roles
  events(first: 100) { ${PAGE_INFO} edges { part node { id } } }
} } } }`;

const EVENTS = `query($after: String) { events(first: 100, after: $after) { ${PAGE_INFO} edges { node {
  id title date dateSource type location placeCode place { id }
} } } }`;

const METRICS = `query($after: String) { metrics(first: 100, after: $after) { ${PAGE_INFO} edges { node {
  id subject value unit text year isChange isTarget qualifier placeCode
  scope { __typename ... on Organization { id } ... on Place { id } }
} } } }`;

const PLACES = `query($after: String) { places(first: 100, after: $after) { ${PAGE_INFO} edges { node {
  id code name level parentCode parent { id }
} } } }`;

interface OrgNode {
  id: string;
  name: string;
  kind: string | null;
  aliases: string[];
  placeCode: string | null;
  parentUnion: Ref;
  place: Ref;
  people: NestedConnection<{ role: string | null; title: string | null; node: { id: string } }>;
  events: NestedConnection<{ node: { id: string } }>;
}
interface PersonNode {
  id: string;
  name: string;
  roles: string[];
  events: NestedConnection<{ part: string | null; node: { id: string } }>;
}
interface EventNode {
  id: string;
  title: string;
  date: string | null;
  dateSource: string | null;
  type: string | null;
  location: string | null;
  placeCode: string | null;
  place: Ref;
}
interface MetricNode {
  id: string;
  subject: string;
  value: number;
  unit: string;
  text: string | null;
  year: number | null;
  isChange: boolean;
  isTarget: boolean;
  qualifier: string | null;
  placeCode: string | null;
  scope: ({ __typename: string } & Partial<{ id: string }>) | null;
}
interface PlaceNode {
  id: string;
  code: string;
  name: string;
  level: string | null;
  parentCode: string | null;
  parent: Ref;
}

/** Progress of a collection: how many nodes of a type have been read. */
export type CollectProgress = (type: string, count: number) => void;

async function* rootEdges<TNode>(client: GraphqlClient, query: string, field: string): AsyncGenerator<TNode> {
  for await (const edge of paginate<Record<string, Connection<{ node: TNode }>>, { node: TNode }>(
    client,
    query,
    {},
    (data) => data[field],
  ))
    yield edge.node;
}

/**
 * All edges of a nested connection: the first page came with the parent; the rest are read
 * through `node(id:)` from its `endCursor` on.
 */
async function nestedEdges<TEdge>(
  client: GraphqlClient,
  parent: { id: string; typename: string; field: string; selection: string },
  first: NestedConnection<TEdge>,
): Promise<TEdge[]> {
  const edges = [...first.edges];
  if (!first.pageInfo.hasNextPage) return edges;
  const query = `query($id: ID!, $after: String) { node(id: $id) { ... on ${parent.typename} {
    ${parent.field}(first: 100, after: $after) { ${PAGE_INFO} edges { ${parent.selection} } } } } }`;
  let after = first.pageInfo.endCursor;
  while (after) {
    const data = await client.request<{ node: Record<string, NestedConnection<TEdge>> | null }>(query, {
      id: parent.id,
      after,
    });
    const page = data.node?.[parent.field];
    if (!page) break;
    edges.push(...page.edges);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  }
  return edges;
}

const attrs = (values: Record<string, unknown>): Record<string, AttributeValue> =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k, attributeText(v)]));

/**
 * Reads the whole graph through the API's connections: organizations, people, events,
 * metrics and places, every page, with the links between them (roles, organizers,
 * participants, parent unions, places, what each metric measures, place nesting).
 *
 * @example
 * const graph = await collectGraph(client);
 * console.log(graph.nodes.length, graph.edges.length);
 */
export async function collectGraph(client: GraphqlClient, onProgress?: CollectProgress): Promise<ExportGraph> {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const link = (
    source: string,
    target: string | undefined,
    type: EdgeType,
    attributes: Record<string, unknown> = {},
  ) => {
    if (target) edges.push({ source, target, type, attributes: attrs(attributes) });
  };
  const count = (type: string, n: number) => onProgress?.(type, n);

  let n = 0;
  for await (const o of rootEdges<OrgNode>(client, ORGANIZATIONS, 'organizations')) {
    nodes.push({
      id: o.id,
      type: 'Organization',
      label: o.name,
      attributes: attrs({ name: o.name, kind: o.kind, aliases: o.aliases, placeCode: o.placeCode }),
    });
    link(o.id, o.parentUnion?.id, 'SUBUNIT_OF');
    link(o.id, o.place?.id, 'LOCATED_IN');
    const ref = { id: o.id, typename: 'Organization' };
    for (const e of await nestedEdges(
      client,
      { ...ref, field: 'people', selection: 'role title node { id }' },
      o.people,
    ))
      link(e.node.id, o.id, 'HOLDS_ROLE', { role: e.role, title: e.title });
    for (const e of await nestedEdges(client, { ...ref, field: 'events', selection: 'node { id }' }, o.events))
      link(o.id, e.node.id, 'ORGANIZED');
    count('organizations', ++n);
  }
  n = 0;
  for await (const p of rootEdges<PersonNode>(client, PEOPLE, 'people')) {
    nodes.push({ id: p.id, type: 'Person', label: p.name, attributes: attrs({ name: p.name, roles: p.roles }) });
    const ref = { id: p.id, typename: 'Person', field: 'events', selection: 'part node { id }' };
    for (const e of await nestedEdges(client, ref, p.events)) link(p.id, e.node.id, 'TOOK_PART', { part: e.part });
    count('people', ++n);
  }
  n = 0;
  for await (const e of rootEdges<EventNode>(client, EVENTS, 'events')) {
    const { id, place, type, ...rest } = e;
    nodes.push({ id, type: 'Event', label: e.title, attributes: attrs({ ...rest, eventType: type }) });
    link(id, place?.id, 'HELD_IN');
    count('events', ++n);
  }
  n = 0;
  for await (const m of rootEdges<MetricNode>(client, METRICS, 'metrics')) {
    const { id, scope, ...rest } = m;
    nodes.push({ id, type: 'Metric', label: m.text ? `${m.subject} ${m.text}` : m.subject, attributes: attrs(rest) });
    link(id, scope?.id, 'MEASURES');
    count('metrics', ++n);
  }
  n = 0;
  for await (const p of rootEdges<PlaceNode>(client, PLACES, 'places')) {
    const { id, parent, ...rest } = p;
    nodes.push({ id, type: 'Place', label: p.name, attributes: attrs(rest) });
    link(id, parent?.id, 'WITHIN');
    count('places', ++n);
  }
  return cleanEdges({ nodes, edges });
}
