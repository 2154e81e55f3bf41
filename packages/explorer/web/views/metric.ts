import { gql } from '../api.ts';
import { barChart } from '../chart.ts';
import { comparisonBars } from '../compare.ts';
import { html, raw } from '../html.ts';
import {
  type Edges,
  link,
  MENTIONS,
  METRIC_FIELDS,
  type MentionEdge,
  type MetricNode,
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
  if (!m) return { title: 'Not found', body: html`<h1>Not found</h1><p>No metric with this id.</p>` };
  const same = await gql<{ metrics: Edges<{ node: Metric }> }>(SAME_SUBJECT, { subject: m.subject, unit: m.unit });
  const { mode, bars } = comparisonBars(same.metrics.edges.map((e) => e.node));
  return {
    title: m.subject,
    body: html`
      <h1>${m.subject}: ${m.text ?? `${m.value}${m.unit}`} <span class="badge Metric">metric</span></h1>
      <p class="facts">${m.scope ? html`Of ${link(m.scope)}` : ''}${m.year ? ` · ${m.year}` : ''}${m.isTarget ? ' · a target' : ''}${
        m.isChange ? ' · a change' : ''
      }${m.qualifier && m.qualifier !== 'EXACT' ? ` · ${m.qualifier.toLowerCase().replace('_', ' ')}` : ''}</p>
      ${section(
        mode === 'time' ? `${m.subject} over time` : `${m.subject} across places and organizations`,
        bars.length > 0 && html`<figure>${raw(barChart(bars, { title: m.subject }))}</figure>`,
      )}
      ${sources(m.mentions)}`,
  };
}
