import { type Bar, barChart } from '../chart.ts';
import { html, raw, type SafeHtml } from '../html.ts';
import { countOf, enumLabel, t } from '../i18n.ts';
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
  return html`<section${options.id ? raw(` id="${options.id}"`) : ''}><h2>${t(title)}</h2>${content}${
    options.more ? html`<p class="more">${t('Only the first items are shown.')}</p>` : ''
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

/** The key metrics are compared under: the same subject in the same unit. */
const likeKey = (m: MetricNode) => `${m.subject}\u0000${m.unit}`;

/**
 * Metrics grouped by subject and unit: each group of two or more is charted on its own axis
 * (skilled workers are never drawn against volunteers, nor people against money); single
 * figures are listed.
 */
export function metricCharts(metrics: readonly MetricNode[], label: (m: MetricNode) => string): SafeHtml {
  const groups = new Map<string, MetricNode[]>();
  for (const m of metrics) groups.set(likeKey(m), [...(groups.get(likeKey(m)) ?? []), m]);
  const parts: SafeHtml[] = [];
  const singles: MetricNode[] = [];
  for (const group of [...groups.values()].sort((a, b) => b.length - a.length)) {
    const first = group[0] as MetricNode;
    if (group.length < 2) {
      singles.push(first);
      continue;
    }
    const bars: Bar[] = group
      .slice()
      .sort((a, b) => b.value - a.value)
      .slice(0, 25)
      .map((m) => ({
        label: label(m),
        value: m.value,
        text: `${m.text ?? `${m.value}${m.unit}`}${m.isTarget ? ` (${t('a target')})` : ''}`,
        href: hrefFor({ __typename: 'Metric', id: m.id }) ?? '',
      }));
    const caption = `${first.subject}（${first.unit}）`;
    parts.push(html`<figure><figcaption>${caption}</figcaption>${raw(barChart(bars, { title: caption }))}</figure>`);
  }
  const listed = list(
    singles.map(
      (m) =>
        html`${link({ __typename: 'Metric', id: m.id }, m.subject)} <span class="muted">${m.text ?? `${m.value}${m.unit}`}${
          m.year ? ` · ${m.year}` : ''
        }</span>`,
    ),
  );
  return html`${parts}${listed || ''}`;
}

/** A friendly page for an id or code that names nothing (a mistyped link, a deleted file). */
export function notFound(): View {
  return {
    title: t('Not found'),
    body: html`<div class="not-found"><h1>${t('Nothing here')}</h1><p>${t(
      'This page does not exist, or the item was removed when its file was deleted.',
    )}</p><p><a href="#/">${t('Back to the start page')}</a></p></div>`,
  };
}

/** A count with its noun in the reader's language (`3 篇文章`, `1 article`). */
export { countOf };

/** Formats an event's date and type for a list line. */
export function eventMeta(event: { date?: string | null; type?: string | null }): string {
  return [event.date, enumLabel(event.type)].filter(Boolean).join(' · ');
}

/** Node types the graph can show, in the order of its filter boxes. */
export const GRAPH_TYPES = ['Organization', 'Person', 'Event', 'Metric', 'Place'] as const;

/** The graph's section: the canvas, a filter box per node type and the two-hop switch. */
export function graphSection(): SafeHtml {
  return html`<section class="graph-section"><h2>${t('Neighbourhood')}</h2>
    <div class="graph-controls" role="group" aria-label="${t('Show types')}">
      ${GRAPH_TYPES.map(
        (type) =>
          html`<label class="type-filter"><input type="checkbox" name="type" value="${type}" checked /> <span class="dot ${type}"></span>${t(type)}</label>`,
      )}
      <label class="hops"><input type="checkbox" name="two-hops" /> ${t('Two hops')}</label>
    </div>
    <div id="graph" class="graph" aria-label="${t('Neighbourhood')}"></div>
    <p class="muted hint">${t('Click a node to open it; double-click to expand its neighbours here.')}</p>
  </section>`;
}
