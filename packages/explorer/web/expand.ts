import { gql } from './api.ts';
import { enumLabel, t } from './i18n.ts';
import type { GraphNode, Neighbourhood } from './neighbourhood.ts';
import { routeHash } from './route.ts';

type Neighbour = Neighbourhood['neighbours'][number];
interface Named {
  id: string;
  name: string;
}
interface PlaceRef {
  code: string;
  name: string;
}

const FIRST = 15;

const NODE = `query Expand($id: ID!) { node(id: $id) { __typename
  ... on Organization { place { code name } parentUnion { id name }
    childUnions(first: ${FIRST}) { edges { node { id name } } }
    people(first: ${FIRST}) { edges { title node { id name } } }
    events(first: ${FIRST}) { edges { node { id title } } } }
  ... on Person { organizations(first: ${FIRST}) { edges { title node { id name } } }
    events(first: ${FIRST}) { edges { part node { id title } } } }
  ... on Event { place { code name } organizers(first: ${FIRST}) { edges { node { id name } } }
    participants(first: ${FIRST}) { edges { part node { id name } } } }
  ... on Metric { scope { __typename ... on Organization { id name } ... on Place { code name } } }
} }`;

const PLACE = `query ExpandPlace($code: String!) {
  place(code: $code) { parent { code name } children(first: ${FIRST}) { edges { node { code name } } } }
  organizations(placeCode: $code, kind: UNION, first: ${FIRST}) { edges { node { id name } } }
}`;

const org = (o: Named, edge: string, direction?: 'in'): Neighbour => ({
  id: o.id,
  label: o.name,
  type: 'Organization',
  href: routeHash({ view: 'org', id: o.id }),
  edge,
  ...(direction ? { direction } : {}),
});
const person = (p: Named, edge: string): Neighbour => ({
  id: p.id,
  label: p.name,
  type: 'Person',
  href: routeHash({ view: 'person', id: p.id }),
  edge,
  direction: 'in',
});
const event = (e: { id: string; title: string }, edge: string): Neighbour => ({
  id: e.id,
  label: e.title,
  type: 'Event',
  href: routeHash({ view: 'event', id: e.id }),
  edge,
});
const place = (p: PlaceRef, edge: string, direction?: 'in'): Neighbour => ({
  id: `place:${p.code}`,
  label: p.name,
  type: 'Place',
  href: routeHash({ view: 'place', code: p.code }),
  edge,
  ...(direction ? { direction } : {}),
});

type Edges<T> = { edges: T[] };
interface Expanded {
  __typename: string;
  place?: PlaceRef | null;
  parentUnion?: Named | null;
  childUnions?: Edges<{ node: Named }>;
  people?: Edges<{ title: string | null; node: Named }>;
  events?: Edges<{ part?: string | null; node: { id: string; title: string } }>;
  organizations?: Edges<{ title: string | null; node: Named }>;
  organizers?: Edges<{ node: Named }>;
  participants?: Edges<{ part: string | null; node: Named }>;
  scope?: ({ __typename: 'Organization' } & Named) | ({ __typename: 'Place' } & PlaceRef) | null;
}

/** The neighbours of a node that is not a place, read through `node(id:)`. */
function neighboursOf(n: Expanded): Neighbour[] {
  const out: Neighbour[] = [];
  if (n.place) out.push(place(n.place, t('in')));
  if (n.parentUnion) out.push(org(n.parentUnion, t('part of')));
  for (const e of n.childUnions?.edges ?? []) out.push(org(e.node, t('part of'), 'in'));
  for (const e of n.people?.edges ?? []) out.push(person(e.node, e.title ?? ''));
  for (const e of n.organizations?.edges ?? []) out.push(org(e.node, e.title ?? ''));
  for (const e of n.events?.edges ?? []) out.push(event(e.node, e.part ? enumLabel(e.part) : t('organized')));
  for (const e of n.organizers?.edges ?? []) out.push(org(e.node, t('organized'), 'in'));
  for (const e of n.participants?.edges ?? []) out.push(person(e.node, enumLabel(e.part)));
  if (n.scope?.__typename === 'Place') out.push(place(n.scope, t('MEASURES')));
  if (n.scope?.__typename === 'Organization') out.push(org(n.scope, t('MEASURES')));
  return out;
}

/**
 * The neighbours of a graph node, read from the API: an organization's place, unions, people
 * and events; a person's organizations and events; an event's place, organizers and
 * participants; a metric's scope; a place's parent, divisions and unions.
 *
 * @example
 * await expandNode({ id: 'place:440600', label: '佛山市', type: 'Place' }) // → [{ id: 'T3Jn…', type: 'Organization', … }, …]
 */
export async function expandNode(node: GraphNode): Promise<Neighbour[]> {
  if (node.type === 'Place') {
    const code = node.id.replace(/^place:/, '');
    const data = await gql<{
      place: { parent: PlaceRef | null; children: Edges<{ node: PlaceRef }> } | null;
      organizations: Edges<{ node: Named }>;
    }>(PLACE, { code });
    return [
      ...(data.place?.parent ? [place(data.place.parent, t('in'))] : []),
      ...(data.place?.children.edges ?? []).map((e) => place(e.node, t('in'), 'in')),
      ...data.organizations.edges.map((e) => org(e.node, t('in'), 'in')),
    ];
  }
  if (!['Organization', 'Person', 'Event', 'Metric'].includes(node.type)) return [];
  const { node: n } = await gql<{ node: Expanded | null }>(NODE, { id: node.id });
  return n ? neighboursOf(n) : [];
}
