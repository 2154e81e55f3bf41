import { gql } from '../api.ts';
import { html } from '../html.ts';
import { enumLabel, t } from '../i18n.ts';
import { routeHash } from '../route.ts';
import {
  type Edges,
  eventMeta,
  graphSection,
  link,
  list,
  METRIC_FIELDS,
  type MetricNode,
  metricCharts,
  notFound,
  section,
  type View,
} from './common.ts';

interface PlaceRef {
  __typename: 'Place';
  code: string;
  name: string;
}
interface Union {
  __typename: 'Organization';
  id: string;
  name: string;
  place: { name: string } | null;
  people: Edges<{ title: string | null; node: { __typename: 'Person'; id: string; name: string } }>;
}
interface PlaceData {
  place: {
    code: string;
    name: string;
    level: string | null;
    parent: PlaceRef | null;
    children: Edges<{ node: PlaceRef }>;
    events: Edges<{
      node: { __typename: 'Event'; id: string; title: string; date: string | null; type: string | null };
    }>;
  } | null;
  unions: Edges<{ node: Union }>;
  metrics: Edges<{ node: MetricNode & { scope: { __typename: string; name: string } | null } }>;
}

const PLACE = `query Place($code: String!) {
  place(code: $code) { code name level parent { __typename code name }
    children(first: 50) { edges { node { __typename code name } } }
    events(first: 30) { pageInfo { hasNextPage } edges { node { __typename id title date type } } } }
  unions: organizations(placeCode: $code, kind: UNION, first: 100) { pageInfo { hasNextPage } edges { node {
    __typename id name place { name } people(first: 5) { edges { title node { __typename id name } } } } } }
  metrics(placeCode: $code, first: 100) { pageInfo { hasNextPage } edges { node {
    ${METRIC_FIELDS} scope { __typename ... on Organization { name } ... on Place { name } } } } }
}`;

/** A place: the unions in and beneath it with their leading people, its divisions, events and figures charted. */
export async function placeView(code: string): Promise<View> {
  const data = await gql<PlaceData>(PLACE, { code });
  const p = data.place;
  if (!p) return notFound();
  const unions = data.unions.edges.map((e) => e.node);
  const metrics = data.metrics.edges.map((e) => e.node);
  return {
    title: p.name,
    body: html`
      <h1>${p.name} <span class="badge Place">${enumLabel(p.level) || t('Place')}</span></h1>
      <p class="facts">${t('Code')} ${p.code}${p.parent ? html` · ${t('within')} ${link(p.parent)}` : ''}</p>
      <div class="columns">
        <div>
          ${section(
            'Unions',
            list(
              unions.map(
                (u) =>
                  html`${link(u)}${
                    u.people.edges.length
                      ? html` <span class="muted">${u.people.edges.map((e, i) => html`${i ? '、' : ''}${link(e.node)}${e.title ? ` ${e.title}` : ''}`)}</span>`
                      : ''
                  }`,
              ),
            ),
            { more: data.unions.pageInfo?.hasNextPage ?? false },
          )}
          ${section('Divisions', list(p.children.edges.map((e) => link(e.node))))}
          ${section(
            'Events',
            list(p.events.edges.map((e) => html`${link(e.node)} <span class="muted">${eventMeta(e.node)}</span>`)),
          )}
        </div>
        <div>${graphSection()}</div>
      </div>
      ${section(
        'Figures',
        metrics.length > 0 &&
          metricCharts(metrics, (m) => `${metrics.find((x) => x.id === m.id)?.scope?.name ?? ''} ${m.subject}`),
        { more: data.metrics.pageInfo?.hasNextPage ?? false },
      )}`,
    graph: {
      center: { id: `place:${p.code}`, label: p.name, type: 'Place' },
      neighbours: [
        ...unions.map((u) => ({
          id: u.id,
          label: u.name,
          type: 'Organization',
          href: routeHash({ view: 'org', id: u.id }),
          direction: 'in' as const,
        })),
        ...p.children.edges.map((e) => ({
          id: `place:${e.node.code}`,
          label: e.node.name,
          type: 'Place',
          href: routeHash({ view: 'place', code: e.node.code }),
          direction: 'in' as const,
        })),
        ...(p.parent
          ? [
              {
                id: `place:${p.parent.code}`,
                label: p.parent.name,
                type: 'Place',
                href: routeHash({ view: 'place', code: p.parent.code }),
              },
            ]
          : []),
      ],
    },
  };
}
