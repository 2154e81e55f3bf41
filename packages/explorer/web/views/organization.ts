import { gql } from '../api.ts';
import { html, type SafeHtml } from '../html.ts';
import { enumLabel, t } from '../i18n.ts';
import type { Neighbourhood } from '../neighbourhood.ts';
import { routeHash } from '../route.ts';
import {
  type Edges,
  eventMeta,
  graphSection,
  link,
  list,
  MENTIONS,
  METRIC_FIELDS,
  type MentionEdge,
  type MetricNode,
  metricCharts,
  notFound,
  section,
  sources,
  type View,
} from './common.ts';

interface Ref {
  __typename: string;
  id: string;
  name: string;
}
interface Org {
  __typename: 'Organization';
  id: string;
  name: string;
  kind: string | null;
  aliases: string[];
  place: { __typename: 'Place'; code: string; name: string } | null;
  parentUnion: Ref | null;
  childUnions: Edges<{ node: Ref }>;
  people: Edges<{ role: string | null; title: string | null; node: Ref }>;
  events: Edges<{ node: { __typename: 'Event'; id: string; title: string; date: string | null; type: string | null } }>;
  metrics: Edges<{ node: MetricNode }>;
  mentions: Edges<MentionEdge>;
}

const ORG = `query Org($id: ID!) { node(id: $id) { ... on Organization {
  __typename id name kind aliases
  place { __typename code name }
  parentUnion { __typename id name }
  childUnions(first: 50) { pageInfo { hasNextPage } edges { node { __typename id name } } }
  people(first: 50) { pageInfo { hasNextPage } edges { role title node { __typename id name } } }
  events(first: 50) { pageInfo { hasNextPage } edges { node { __typename id title date type } } }
  metrics(first: 50) { pageInfo { hasNextPage } edges { node { ${METRIC_FIELDS} } } }
  ${MENTIONS}
} } }`;

type Neighbour = Neighbourhood['neighbours'][number];
type PersonEdge = Org['people']['edges'][number];

/** The page body: heading and facts, people, events, sub-unions, the graph's place, metrics and sources. */
function organizationBody(org: Org, people: PersonEdge[], metrics: MetricNode[]): SafeHtml {
  return html`
      <h1>${org.name} <span class="badge Organization">${enumLabel(org.kind) || t('Organization')}</span></h1>
      <p class="facts">
        ${org.place ? html`${t('Place:')}${link(org.place)}` : ''}
        ${org.parentUnion ? html` · ${t('Part of')} ${link(org.parentUnion)}` : ''}
        ${org.aliases.length ? html` · ${t('Also called')} ${org.aliases.join('、')}` : ''}
      </p>
      <div class="columns">
        <div>
          ${section(
            'People',
            list(
              people.map((e) => html`${link(e.node)} <span class="muted">${e.role ?? e.title ?? ''}</span>`),
              'people',
            ),
            { more: org.people.pageInfo?.hasNextPage ?? false, id: 'people' },
          )}
          ${section(
            'Events',
            list(org.events.edges.map((e) => html`${link(e.node)} <span class="muted">${eventMeta(e.node)}</span>`)),
            { more: org.events.pageInfo?.hasNextPage ?? false },
          )}
          ${section('Unions beneath', list(org.childUnions.edges.map((e) => link(e.node))))}
        </div>
        <div>
          ${graphSection()}
        </div>
      </div>
      ${section('Metrics', metrics.length > 0 && metricCharts(metrics, (m) => `${m.subject}${m.year ? ` ${m.year}` : ''}`))}
      ${sources(org.mentions)}`;
}

/** The people of the organization as graph neighbours, each linked by their title. */
function peopleNeighbours(people: PersonEdge[]): Neighbour[] {
  return people.map((e) => ({
    id: e.node.id,
    label: e.node.name,
    type: 'Person',
    href: routeHash({ view: 'person', id: e.node.id }),
    edge: e.title ?? '',
    direction: 'in' as const,
  }));
}

/** The events the organization organized, as graph neighbours. */
function eventNeighbours(org: Org): Neighbour[] {
  return org.events.edges.map((e) => ({
    id: e.node.id,
    label: e.node.title,
    type: 'Event',
    href: routeHash({ view: 'event', id: e.node.id }),
    edge: t('organized'),
  }));
}

/** The parent union (when there is one), then the unions beneath, as graph neighbours. */
function unionNeighbours(org: Org): Neighbour[] {
  return [
    ...(org.parentUnion
      ? [
          {
            id: org.parentUnion.id,
            label: org.parentUnion.name,
            type: 'Organization',
            href: routeHash({ view: 'org', id: org.parentUnion.id }),
            edge: t('part of'),
          },
        ]
      : []),
    ...org.childUnions.edges.map((e) => ({
      id: e.node.id,
      label: e.node.name,
      type: 'Organization',
      href: routeHash({ view: 'org', id: e.node.id }),
      edge: t('part of'),
      direction: 'in' as const,
    })),
  ];
}

/** The organization's place as a graph neighbour, when it has one. */
function placeNeighbours(org: Org): Neighbour[] {
  return org.place
    ? [
        {
          id: `place:${org.place.code}`,
          label: org.place.name,
          type: 'Place',
          href: routeHash({ view: 'place', code: org.place.code }),
          edge: t('in'),
        },
      ]
    : [];
}

/** The first ten metrics as graph neighbours. */
function metricNeighbours(metrics: MetricNode[]): Neighbour[] {
  return metrics.slice(0, 10).map((m) => ({
    id: m.id,
    label: `${m.subject} ${m.text ?? ''}`,
    type: 'Metric',
    href: routeHash({ view: 'metric', id: m.id }),
    direction: 'in' as const,
  }));
}

/** The organization's neighbourhood: people, events, unions, place and metrics around it. */
function organizationGraph(org: Org, people: PersonEdge[], metrics: MetricNode[]): Neighbourhood {
  return {
    center: { id: org.id, label: org.name, type: 'Organization' },
    neighbours: [
      ...peopleNeighbours(people),
      ...eventNeighbours(org),
      ...unionNeighbours(org),
      ...placeNeighbours(org),
      ...metricNeighbours(metrics),
    ],
  };
}

/** An organization: its place and parent union, people with roles, events, metrics, sub-unions and sources. */
export async function organizationView(id: string): Promise<View> {
  const { node: org } = await gql<{ node: Org | null }>(ORG, { id });
  if (!org) return notFound();
  const people = org.people.edges;
  const metrics = org.metrics.edges.map((e) => e.node);
  return {
    title: org.name,
    body: organizationBody(org, people, metrics),
    graph: organizationGraph(org, people, metrics),
  };
}
