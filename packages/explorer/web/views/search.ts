import { gql } from '../api.ts';
import { html, type SafeHtml } from '../html.ts';
import { enumLabel, t } from '../i18n.ts';
import { hrefFor } from '../route.ts';
import type { View } from './common.ts';

/** One search hit as the explorer reads it. */
export interface SearchHit {
  id: string;
  score: number;
  matched: string;
  node: {
    __typename: 'Organization' | 'Person' | 'Metric' | 'Place' | 'Event';
    id: string;
    name?: string;
    kind?: string | null;
    roles?: string[];
    subject?: string;
    text?: string | null;
    year?: number | null;
    scope?: { name: string } | null;
    code?: string;
    title?: string;
  };
}

const SEARCH = `query Search($query: String!, $first: Int) { search(query: $query, first: $first) { edges { node {
  id score matched node { __typename
    ... on Organization { id name kind }
    ... on Person { id name roles }
    ... on Metric { id subject text year scope { __typename ... on Place { name } ... on Organization { name } } }
    ... on Place { id code name }
    ... on Event { id title }
  } } } } }`;

/** Searches the graph by name or subject prefix. */
export async function search(query: string, first = 20): Promise<SearchHit[]> {
  const found = await gql<{ search: { edges: { node: SearchHit }[] } }>(SEARCH, { query, first });
  return found.search.edges.map((e) => e.node);
}

/** One hit as a list item: type badge, linked name, and a detail (kind, roles, figure). */
export function hitItem(hit: SearchHit): SafeHtml {
  const n = hit.node;
  const href = hrefFor(n) ?? '#/';
  const detail =
    n.__typename === 'Person'
      ? (n.roles ?? []).join('、')
      : n.__typename === 'Organization'
        ? enumLabel(n.kind)
        : n.__typename === 'Metric'
          ? [n.scope?.name, n.year, n.text].filter(Boolean).join(' · ')
          : n.__typename === 'Place'
            ? (n.code ?? '')
            : '';
  return html`<a class="hit" role="option" href="${href}"><span class="badge ${n.__typename}">${t(n.__typename)}</span> <span class="hit-name">${hit.matched}</span> <span class="muted">${detail}</span></a>`;
}

/** The search results page. */
export async function searchView(query: string): Promise<View> {
  const hits = await search(query, 50);
  return {
    title: `${t('Search')}：${query}`,
    body: html`<h1>${t('Search results')}：“${query}”</h1>${
      hits.length
        ? html`<ul class="hits">${hits.map((h) => html`<li>${hitItem(h)}</li>`)}</ul>`
        : html`<p>${t('No match for')} “${query}”。${t('Names are matched from their start: try 佛山 or 李.')}</p>`
    }`,
  };
}
