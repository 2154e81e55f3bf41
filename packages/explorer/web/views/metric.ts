import { gql } from '../api.ts';
import { barChart } from '../chart.ts';
import { comparisonBars } from '../compare.ts';
import { html, raw } from '../html.ts';
import { enumLabel, t } from '../i18n.ts';
import type { Neighbourhood } from '../neighbourhood.ts';
import { routeHash } from '../route.ts';
import {
  type Edges,
  graphSection,
  link,
  MENTIONS,
  METRIC_FIELDS,
  type MentionEdge,
  type MetricNode,
  notFound,
  section,
  sources,
  type View,
} from './common.ts';

type Scope =
  | { __typename: 'Organization'; id: string; name: string }
  | { __typename: 'Place'; code: string; name: string };
type Metric = MetricNode & { qualifier: string | null; isChange: boolean; scope: Scope | null };

const METRIC = `query Metric($id: ID!) { node(id: $id) { ... on Metric {
  ${METRIC_FIELDS} qualifier isChange
  scope { __typename ... on Organization { id name } ... on Place { code name } }
  ${MENTIONS}
} } }`;

const SAME_SUBJECT = `query Compare($subject: String!, $unit: String!) {
  metrics(subject: $subject, unit: $unit, first: 100) { edges { node {
    ${METRIC_FIELDS} qualifier isChange scope { __typename ... on Organization { id name } ... on Place { code name } } } } }
}`;

/** A metric: its figure and what it describes, compared with every metric of the same subject and unit. */
export async function metricView(id: string): Promise<View> {
  const { node: m } = await gql<{ node: (Metric & { mentions: Edges<MentionEdge> }) | null }>(METRIC, { id });
  if (!m) return notFound();
  const same = await gql<{ metrics: Edges<{ node: Metric }> }>(SAME_SUBJECT, { subject: m.subject, unit: m.unit });
  // Like with like: the same subject and unit, and a target only with targets, a change only with changes.
  const alike = same.metrics.edges
    .map((e) => e.node)
    .filter((x) => x.isTarget === m.isTarget && x.isChange === m.isChange);
  const { mode, bars } = comparisonBars(alike);
  return {
    title: m.subject,
    body: html`
      <h1>${m.subject}: ${m.text ?? `${m.value}${m.unit}`} <span class="badge Metric">${t('Metric')}</span></h1>
      <p class="facts">${m.scope ? html`${t('Of')}：${link(m.scope)}` : ''}${m.year ? ` · ${m.year}` : ''}${
        m.isTarget ? ` · ${t('a target')}` : ''
      }${m.isChange ? ` · ${t('a change')}` : ''}${m.qualifier && m.qualifier !== 'EXACT' ? ` · ${enumLabel(m.qualifier)}` : ''}</p>
      ${section(
        `${m.subject}（${m.unit}）${mode === 'time' ? t('over time') : t('across places and organizations')}`,
        bars.length > 1 && html`<figure>${raw(barChart(bars, { title: m.subject }))}</figure>`,
      )}
      ${graphSection()}
      ${sources(m.mentions)}`,
    graph: metricGraph(m, alike),
  };
}

/** The node a metric's scope is in the graph. */
function scopeNode(scope: Scope): Neighbourhood['neighbours'][number] {
  return scope.__typename === 'Place'
    ? {
        id: `place:${scope.code}`,
        label: scope.name,
        type: 'Place',
        href: routeHash({ view: 'place', code: scope.code }),
      }
    : { id: scope.id, label: scope.name, type: 'Organization', href: routeHash({ view: 'org', id: scope.id }) };
}

/** The metric's graph: what it measures, and the same figure elsewhere with what each measures. */
function metricGraph(m: Metric, alike: Metric[]): Neighbourhood {
  const neighbours: Neighbourhood['neighbours'] = m.scope ? [{ ...scopeNode(m.scope), edge: t('MEASURES') }] : [];
  for (const other of alike.filter((x) => x.id !== m.id).slice(0, 12)) {
    neighbours.push({
      id: other.id,
      label: `${other.text ?? other.value}${other.year ? ` ${other.year}` : ''}`,
      type: 'Metric',
      href: routeHash({ view: 'metric', id: other.id }),
      edge: m.subject,
    });
    if (other.scope) neighbours.push({ ...scopeNode(other.scope), via: other.id, edge: t('MEASURES') });
  }
  return { center: { id: m.id, label: `${m.subject} ${m.text ?? ''}`, type: 'Metric' }, neighbours };
}
