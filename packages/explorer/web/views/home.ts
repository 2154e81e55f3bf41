import { gql } from '../api.ts';
import { html } from '../html.ts';
import { type Edges, link, list, section, type View } from './common.ts';

interface Home {
  documents: Edges<{
    node: {
      __typename: 'Document';
      id: string;
      key: string;
      status: string | null;
      counts: { articles: number } | null;
    };
  }>;
  places: Edges<{ node: { __typename: 'Place'; code: string; name: string } }>;
  organizations: Edges<{ node: { __typename: 'Organization'; id: string; name: string } }>;
}

const HOME = `{
  documents(first: 15) { edges { node { __typename id key status counts { articles } } } }
  places(level: CITY, first: 30) { edges { node { __typename code name } } }
  organizations(kind: UNION, first: 40) { edges { node { __typename id name } } }
}`;

/** The start page: search hint, the cities and unions in the graph, the latest files. */
export async function homeView(): Promise<View> {
  const data = await gql<Home>(HOME);
  return {
    title: 'reportgraph explorer',
    body: html`
      <h1>Explore the report graph</h1>
      <p>Search an organization, a person, a metric or a division code above, e.g. <a href="#/search/佛山">佛山</a>
        or <a href="#/search/李">李</a>.</p>
      <div class="columns">
        <div>
          ${section(
            'Cities',
            list(
              data.places.edges.map((e) => link(e.node)),
              'inline',
            ),
          )}
          ${section(
            'Unions',
            list(
              data.organizations.edges.map((e) => link(e.node)),
              'inline',
            ),
          )}
        </div>
        <div>
          ${section(
            'Files',
            list(
              data.documents.edges.map(
                ({ node: d }) =>
                  html`${link(d, d.key)} <span class="badge status-${d.status ?? ''}">${d.status ?? ''}</span> <span class="muted">${
                    d.counts ? `${d.counts.articles} articles` : ''
                  }</span>`,
              ),
            ),
          )}
        </div>
      </div>`,
  };
}
