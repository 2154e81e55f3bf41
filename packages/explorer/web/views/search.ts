import { gql } from '../api.ts';
import { html, type SafeHtml } from '../html.ts';
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
    code?: string;
    title?: string;
  };
}

const SEARCH = `query Search($query: String!, $first: Int) { search(query: $query, first: $first) { edges { node {
  id score matched node { __typename
    ... on Organization { id name kind }
    ... on Person { id name roles }
    ... on Metric { id subject text }
    ... on Place { id code name }
    ... on Event { id title }
  } } } } }`;

const TYPE_LABELS: Record<string, string> = {
  Organization: 'organization',
  Person: 'person',
  Metric: 'metric',
  Place: 'place',
  Event: 'event',
};

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
        ? (n.kind ?? '').toLowerCase()
        : n.__typename === 'Metric'
          ? (n.text ?? '')
          : n.__typename === 'Place'
            ? (n.code ?? '')
            : '';
  return html`<a class="hit" href="${href}"><span class="badge ${n.__typename}">${TYPE_LABELS[n.__typename] ?? n.__typename}</span> <span class="hit-name">${hit.matched}</span> <span class="muted">${detail}</span></a>`;
}

/** The search results page. */
export async function searchView(query: string): Promise<View> {
  const hits = await search(query, 50);
  return {
    title: `Search: ${query}`,
    body: html`<h1>Search “${query}”</h1>${
      hits.length
        ? html`<ul class="hits">${hits.map((h) => html`<li>${hitItem(h)}</li>`)}</ul>`
        : html`<p>Nothing starts with “${query}”. Names are matched from their start: try 佛山 or 李.</p>`
    }`,
  };
}
