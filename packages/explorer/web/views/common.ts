import { type Bar, barChart } from '../chart.ts';
import { html, raw, type SafeHtml } from '../html.ts';
import type { Neighbourhood } from '../neighbourhood.ts';
import { hrefFor, type Linkable } from '../route.ts';

/** What a view renders: the page title, its body, and optionally a neighbourhood graph. */
export interface View {
  title: string;
  body: SafeHtml;
  graph?: Neighbourhood;
}

/** A connection as the views read it. */
export interface Edges<TEdge> {
  edges: TEdge[];
  pageInfo?: { hasNextPage: boolean };
}

/** A mention edge: the article (and its document) and the sentence. */
export interface MentionEdge {
  sentence: string | null;
  node: { id: string; title: string; publishedDate: string | null; document: { id: string; key: string } | null };
}

/** The GraphQL selection of {@link MentionEdge}s. */
export const MENTIONS = `mentions(first: 20) { pageInfo { hasNextPage } edges { sentence node { id title publishedDate document { id key } } } }`;

/** A metric as the views read it. */
export interface MetricNode {
  __typename?: 'Metric';
  id: string;
  subject: string;
  value: number;
  unit: string;
  text: string | null;
  year: number | null;
  isTarget: boolean;
}

/** The GraphQL fields of {@link MetricNode}. */
export const METRIC_FIELDS = '__typename id subject value unit text year isTarget';

/** A link to a node's page (plain text when the type has none). */
export function link(node: Linkable & { name?: string; title?: string; label?: string }, text?: string): SafeHtml {
  const label = text ?? node.name ?? node.title ?? node.label ?? '?';
  const href = hrefFor(node);
  return href ? html`<a href="${href}">${label}</a>` : html`${label}`;
}

/** A titled section; empty when there is nothing to show. */
export function section(
  title: string,
  content: SafeHtml | false,
  options: { more?: boolean; id?: string } = {},
): SafeHtml {
  if (!content || content.value === '') return html``;
  return html`<section${options.id ? raw(` id="${options.id}"`) : ''}><h2>${title}</h2>${content}${
    options.more ? html`<p class="more">Only the first items are shown.</p>` : ''
  }</section>`;
}

/** A bulleted list; empty when there are no items. */
export function list(items: readonly SafeHtml[], className = ''): SafeHtml | false {
  if (items.length === 0) return false;
  return html`<ul class="${className}">${items.map((item) => html`<li>${item}</li>`)}</ul>`;
}

/** The sources of an entity: each article and the sentence it was read in. */
export function sources(mentions: Edges<MentionEdge>): SafeHtml {
  return section(
    'Sources',
    list(
      mentions.edges.map(
        (m) =>
          html`<q>${m.sentence ?? ''}</q> <span class="muted">— ${m.node.title}${
            m.node.publishedDate ? `, ${m.node.publishedDate}` : ''
          }${m.node.document ? html`, ${link({ __typename: 'Document', id: m.node.document.id }, m.node.document.key)}` : ''}</span>`,
      ),
      'sources',
    ),
    { more: mentions.pageInfo?.hasNextPage ?? false },
  );
}

/**
 * Metrics grouped by unit, each group of two or more charted as bars (one group per unit:
 * counts of people are not compared with amounts of money), the rest listed.
 */
export function metricCharts(metrics: readonly MetricNode[], label: (m: MetricNode) => string): SafeHtml {
  const byUnit = new Map<string, MetricNode[]>();
  for (const m of metrics) byUnit.set(m.unit, [...(byUnit.get(m.unit) ?? []), m]);
  const parts: SafeHtml[] = [];
  for (const [unit, group] of [...byUnit].sort((a, b) => b[1].length - a[1].length)) {
    const bars: Bar[] = group
      .slice()
      .sort((a, b) => b.value - a.value)
      .slice(0, 25)
      .map((m) => ({
        label: label(m),
        value: m.value,
        text: `${m.text ?? `${m.value}${m.unit}`}${m.isTarget ? ' (target)' : ''}`,
        href: hrefFor({ __typename: 'Metric', id: m.id }) ?? '',
      }));
    parts.push(
      html`<figure><figcaption>in ${unit}</figcaption>${raw(barChart(bars, { title: `Metrics in ${unit}` }))}</figure>`,
    );
  }
  return html`${parts}`;
}

/** Formats an event's date and type for a list line. */
export function eventMeta(event: { date?: string | null; type?: string | null }): string {
  return [event.date, event.type?.toLowerCase()].filter(Boolean).join(' · ');
}
