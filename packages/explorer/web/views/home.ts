import { gql } from '../api.ts';
import { html, type SafeHtml } from '../html.ts';
import { countOf, enumLabel, t } from '../i18n.ts';
import { type Edges, link, list, section, type View } from './common.ts';

/** A file as the start page lists it. */
export interface HomeDocument {
  __typename: 'Document';
  id: string;
  key: string;
  status: string | null;
  error: string | null;
  counts: { articles: number } | null;
}

interface Home {
  documents: Edges<{ node: HomeDocument }> & { pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  places: Edges<{ node: { __typename: 'Place'; code: string; name: string } }>;
  organizations: Edges<{ node: { __typename: 'Organization'; id: string; name: string } }>;
}

/** Files per page of the start page's list. */
export const FILES_PER_PAGE = 15;

const DOCUMENT_FIELDS = '__typename id key status error counts { articles }';

const HOME = `query Home($first: Int) {
  documents(first: $first) { pageInfo { hasNextPage endCursor } edges { node { ${DOCUMENT_FIELDS} } } }
  places(level: CITY, first: 30) { edges { node { __typename code name } } }
  organizations(kind: UNION, first: 40) { edges { node { __typename id name } } }
}`;

const MORE_FILES = `query MoreFiles($first: Int, $after: String) {
  documents(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ${DOCUMENT_FIELDS} } } }
}`;

/** One file line: its key (a link), status, article count, and the reason when it failed. */
export function fileItem(d: HomeDocument): SafeHtml {
  return html`${link(d, d.key)} <span class="badge status-${d.status ?? ''}">${enumLabel(d.status)}</span> <span class="muted">${
    d.counts ? countOf(d.counts.articles, 'article') : ''
  }</span>${d.error ? html`<div class="error small">${d.error}</div>` : ''}`;
}

/** The "more files" button, carrying the cursor of the next page. */
function moreButton(cursor: string | null): SafeHtml {
  return cursor
    ? html`<button type="button" id="more-files" data-after="${cursor}">${t('More files')}</button>`
    : html``;
}

/**
 * Reads the next page of files after `after` and appends it to the list, replacing the button
 * (called when the reader presses "more files").
 */
export async function loadMoreFiles(button: HTMLButtonElement): Promise<void> {
  button.disabled = true;
  const data = await gql<Pick<Home, 'documents'>>(MORE_FILES, { first: FILES_PER_PAGE, after: button.dataset.after });
  const listEl = document.querySelector('#files ul');
  listEl?.insertAdjacentHTML(
    'beforeend',
    html`${data.documents.edges.map((e) => html`<li>${fileItem(e.node)}</li>`)}`.value,
  );
  button.outerHTML = moreButton(data.documents.pageInfo.hasNextPage ? data.documents.pageInfo.endCursor : null).value;
}

/** The start page: search hint, the cities and unions in the graph, the files with their status, page by page. */
export async function homeView(): Promise<View> {
  const data = await gql<Home>(HOME, { first: FILES_PER_PAGE });
  const { pageInfo } = data.documents;
  return {
    title: t('Explore the report graph'),
    body: html`
      <h1>${t('Explore the report graph')}</h1>
      <p>${t('Search an organization, a person, a metric or a division code above, e.g.')} <a href="#/search/佛山">佛山</a>
        ${t('or')} <a href="#/search/李">李</a>${t('.')}</p>
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
          <section id="files"><h2>${t('Files')}</h2>
            ${list(data.documents.edges.map((e) => fileItem(e.node))) || ''}
            ${moreButton(pageInfo.hasNextPage ? pageInfo.endCursor : null)}
          </section>
          <section id="upload-section"><h2>${t('Upload a page')}</h2>
            <form id="upload-form">
              <label>${t('File')} <input type="file" name="file" accept=".txt,.text,.htm,.html,.docx,.pdf" required /></label>
              <label>${t('Publication date')} <input type="date" name="published" /></label>
              <button type="submit">${t('Upload')}</button>
              <p id="upload-status" class="muted" role="status" aria-live="polite"></p>
            </form>
          </section>
        </div>
      </div>`,
  };
}
