import { gql } from '../api.ts';
import { html } from '../html.ts';
import { type Edges, link, list, section, type View } from './common.ts';

type Entity =
  | { __typename: 'Organization' | 'Person'; id: string; name: string }
  | { __typename: 'Event'; id: string; title: string }
  | { __typename: 'Metric'; id: string; subject: string; text: string | null };

interface Doc {
  key: string;
  status: string | null;
  error: string | null;
  publishedDate: string | null;
  format: string | null;
  articles: Edges<{ node: { id: string; title: string; mentions: Edges<{ node: Entity }> } }>;
}

const DOC = `query Doc($id: ID!) { node(id: $id) { ... on Document {
  key status error publishedDate format
  articles(first: 50) { edges { node { id title mentions(first: 50) { edges { node { __typename
    ... on Organization { id name } ... on Person { id name } ... on Event { id title } ... on Metric { id subject text }
  } } } } } }
} } }`;

/** An uploaded file: its status and each article with what it mentions. */
export async function documentView(id: string): Promise<View> {
  const { node: d } = await gql<{ node: Doc | null }>(DOC, { id });
  if (!d) return { title: 'Not found', body: html`<h1>Not found</h1><p>No document with this id.</p>` };
  return {
    title: d.key,
    body: html`
      <h1>${d.key} <span class="badge status-${d.status ?? ''}">${d.status ?? ''}</span></h1>
      <p class="facts">${[d.format, d.publishedDate].filter(Boolean).join(' · ')}${d.error ? ` · ${d.error}` : ''}</p>
      ${d.articles.edges.map(({ node: a }) => {
        const seen = new Set<string>();
        const entities = a.mentions.edges.map((e) => e.node).filter((e) => !seen.has(e.id) && seen.add(e.id));
        return section(
          a.title,
          list(
            entities.map((e) => (e.__typename === 'Metric' ? link(e, `${e.subject} ${e.text ?? ''}`) : link(e))),
            'inline',
          ) || html`<p class="muted">Nothing extracted.</p>`,
        );
      })}`,
  };
}
