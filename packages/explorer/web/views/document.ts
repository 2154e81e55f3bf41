import { gql } from '../api.ts';
import { html } from '../html.ts';
import { countOf, enumLabel, t } from '../i18n.ts';
import type { Neighbourhood } from '../neighbourhood.ts';
import { hrefFor } from '../route.ts';
import { type Edges, graphSection, link, list, notFound, section, type View } from './common.ts';

type Entity =
  | { __typename: 'Organization' | 'Person'; id: string; name: string }
  | { __typename: 'Event'; id: string; title: string }
  | { __typename: 'Metric'; id: string; subject: string; text: string | null };

interface ArticleNode {
  id: string;
  index: number;
  title: string;
  mentions: Edges<{ node: Entity }>;
}

interface Doc {
  id: string;
  key: string;
  status: string | null;
  error: string | null;
  publishedDate: string | null;
  format: string | null;
  articles: Edges<{ node: ArticleNode }>;
}

const DOC = `query Doc($id: ID!) { node(id: $id) { ... on Document {
  id key status error publishedDate format
  articles(first: 50) { edges { node { id index title mentions(first: 50) { edges { node { __typename
    ... on Organization { id name } ... on Person { id name } ... on Event { id title } ... on Metric { id subject text }
  } } } } } }
} } }`;

const labelOf = (e: Entity) =>
  e.__typename === 'Metric' ? `${e.subject} ${e.text ?? ''}` : e.__typename === 'Event' ? e.title : e.name;

/** The distinct entities an article mentions, in the order it mentions them. */
function entitiesOf(article: ArticleNode): Entity[] {
  const seen = new Set<string>();
  return article.mentions.edges.map((e) => e.node).filter((e) => !seen.has(e.id) && seen.add(e.id));
}

/** The file's graph: its articles around it, and what each mentions around them. */
function documentGraph(d: Doc, articles: ArticleNode[]): Neighbourhood {
  const neighbours: Neighbourhood['neighbours'] = [];
  for (const a of articles) {
    neighbours.push({ id: a.id, label: a.title, type: 'Article', edge: `${t('Article')} ${a.index + 1}` });
    for (const e of entitiesOf(a).slice(0, 8))
      neighbours.push({ id: e.id, label: labelOf(e), type: e.__typename, href: hrefFor(e) ?? '', via: a.id });
  }
  return { center: { id: d.id, label: d.key, type: 'Document' }, neighbours };
}

/** An uploaded file: its status (and why it failed), each article in page order with what it mentions, and its graph. */
export async function documentView(id: string): Promise<View> {
  const { node: d } = await gql<{ node: Doc | null }>(DOC, { id });
  if (!d?.key) return notFound();
  const articles = d.articles.edges.map((e) => e.node).sort((a, b) => a.index - b.index);
  return {
    title: d.key,
    body: html`
      <h1>${d.key} <span class="badge status-${d.status ?? ''}">${enumLabel(d.status)}</span></h1>
      <p class="facts">${[
        d.format,
        d.publishedDate && `${t('Published')} ${d.publishedDate}`,
        countOf(articles.length, 'article'),
      ]
        .filter(Boolean)
        .join(' · ')}</p>
      ${d.error ? html`<p class="error" role="alert">${t('Error')}：${d.error}</p>` : ''}
      ${graphSection()}
      ${articles.map((a) =>
        section(
          `${a.index + 1}. ${a.title}`,
          list(
            entitiesOf(a).map((e) => (e.__typename === 'Metric' ? link(e, labelOf(e)) : link(e))),
            'inline',
          ) || html`<p class="muted">${t('Nothing extracted.')}</p>`,
        ),
      )}`,
    graph: documentGraph(d, articles),
  };
}
