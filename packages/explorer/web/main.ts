import { ApiError, GRAPHQL_URL } from './api.ts';
import { html } from './html.ts';
import { currentLang, setLang, t } from './i18n.ts';
import { parseRoute, type Route, routeHash } from './route.ts';
import type { View } from './views/common.ts';
import { notFound } from './views/common.ts';
import { documentView } from './views/document.ts';
import { eventView } from './views/event.ts';
import { homeView, loadMoreFiles } from './views/home.ts';
import { metricView } from './views/metric.ts';
import { organizationView } from './views/organization.ts';
import { personView } from './views/person.ts';
import { placeView } from './views/place.ts';
import { hitItem, search, searchView } from './views/search.ts';

const app = document.querySelector<HTMLElement>('#app') as HTMLElement;
const input = document.querySelector<HTMLInputElement>('#search') as HTMLInputElement;
const suggestions = document.querySelector<HTMLElement>('#suggestions') as HTMLElement;

function viewFor(route: Route): Promise<View> {
  switch (route.view) {
    case 'home':
      return homeView();
    case 'search':
      return searchView(route.query);
    case 'org':
      return organizationView(route.id);
    case 'person':
      return personView(route.id);
    case 'event':
      return eventView(route.id);
    case 'metric':
      return metricView(route.id);
    case 'doc':
      return documentView(route.id);
    case 'place':
      return placeView(route.code);
  }
}

let rendering = 0;

/** Renders the page the hash names; a newer navigation wins over a slower older one. */
async function render(): Promise<void> {
  const token = ++rendering;
  const route = parseRoute(location.hash);
  hideSuggestions();
  app.setAttribute('aria-busy', 'true');
  app.innerHTML = html`<p class="muted">${t('Loading…')}</p>`.value;
  try {
    // An id that is not one (a mistyped or stale link) gets the same page as one that names nothing.
    const view = await viewFor(route).catch((error: unknown) => {
      if (error instanceof ApiError && /id|not valid|code/i.test(error.message)) return notFound();
      throw error;
    });
    if (token !== rendering) return;
    document.title = `${view.title} · reportgraph`;
    app.innerHTML = view.body.value;
    const container = app.querySelector<HTMLElement>('#graph');
    if (view.graph && container) {
      const { renderNeighbourhood } = await import('./graph.ts');
      await renderNeighbourhood(container, view.graph);
      container.dataset.ready = 'true';
    }
  } catch (error) {
    if (token !== rendering) return;
    document.title = `${t('Error')} · reportgraph`;
    app.innerHTML =
      html`<h1>${t('Error')}</h1><p class="error">${t(error instanceof Error ? error.message : String(error))}</p>`.value;
  } finally {
    if (token === rendering) app.removeAttribute('aria-busy');
  }
}

function hideSuggestions(): void {
  suggestions.hidden = true;
  suggestions.innerHTML = '';
  input.setAttribute('aria-expanded', 'false');
  input.removeAttribute('aria-activedescendant');
}

let typing: ReturnType<typeof setTimeout> | undefined;
let asked = '';

async function suggest(query: string): Promise<void> {
  asked = query;
  const hits = await search(query, 8).catch(() => []);
  if (asked !== query || input.value.trim() !== query) return;
  suggestions.innerHTML = hits.length
    ? html`${hits.map((h, i) => html`<div class="suggestion" id="suggestion-${i}">${hitItem(h)}</div>`)}`.value
    : html`<div class="suggestion muted">${t('No match for')} “${query}”</div>`.value;
  suggestions.hidden = false;
  input.setAttribute('aria-expanded', 'true');
}

/** The suggestion links, and the one the arrow keys have chosen (-1: none). */
function options(): { links: HTMLAnchorElement[]; active: number } {
  const links = [...suggestions.querySelectorAll<HTMLAnchorElement>('a.hit')];
  return { links, active: links.findIndex((a) => a.getAttribute('aria-selected') === 'true') };
}

/** Moves the chosen suggestion by `step` (wrapping), marking it for screen readers. */
function moveChoice(step: number): void {
  const { links, active } = options();
  if (links.length === 0) return;
  const next = (active + step + links.length) % links.length;
  links.forEach((a, i) => {
    a.setAttribute('aria-selected', String(i === next));
  });
  input.setAttribute('aria-activedescendant', links[next]?.parentElement?.id ?? '');
  links[next]?.scrollIntoView({ block: 'nearest' });
}

input.addEventListener('input', () => {
  clearTimeout(typing);
  const query = input.value.trim();
  if (!query) return hideSuggestions();
  typing = setTimeout(() => void suggest(query), 200);
});
input.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    if (suggestions.hidden && input.value.trim()) void suggest(input.value.trim());
    else moveChoice(event.key === 'ArrowDown' ? 1 : -1);
    return;
  }
  if (event.key === 'Escape') hideSuggestions();
  if (event.key === 'Enter' && input.value.trim()) {
    const { links, active } = options();
    const chosen = links[active];
    location.hash = chosen
      ? (chosen.getAttribute('href') ?? '#/')
      : routeHash({ view: 'search', query: input.value.trim() });
    hideSuggestions();
  }
});
suggestions.addEventListener('click', () => hideSuggestions());
document.addEventListener('click', (event) => {
  if (!(event.target instanceof Node) || !input.parentElement?.contains(event.target)) hideSuggestions();
});

// Buttons and forms inside pages: more files, the upload form.
app.addEventListener('click', (event) => {
  const more = (event.target as Element).closest<HTMLButtonElement>('#more-files');
  if (more) void loadMoreFiles(more);
});
app.addEventListener('submit', (event) => {
  const form = (event.target as Element).closest<HTMLFormElement>('#upload-form');
  if (!form) return;
  event.preventDefault();
  void import('./upload.ts').then(({ uploadFromForm }) => uploadFromForm(form));
});

/** Puts the page chrome (search placeholder, language switch) in the reader's language. */
function localizeChrome(): void {
  const lang = currentLang();
  document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : 'en';
  input.placeholder = t('Search organizations, people, metrics, places… e.g. 佛山');
  input.setAttribute('aria-label', t('Search'));
  const toggle = document.querySelector<HTMLButtonElement>('#lang');
  if (toggle) toggle.textContent = lang === 'zh' ? 'English' : '中文';
}
document.querySelector('#lang')?.addEventListener('click', () => {
  setLang(currentLang() === 'zh' ? 'en' : 'zh');
  localizeChrome();
  void render();
});

/** While the local stack is still loading its samples, says so above the page (a deployed API has no /status). */
async function watchLoading(): Promise<void> {
  const banner = document.querySelector<HTMLElement>('#loading');
  // Only the local stack (the API on this page's origin) has /status.
  if (!banner || !GRAPHQL_URL.startsWith('/')) return;
  const status = await fetch('/status')
    .then((r) => (r.ok ? (r.json() as Promise<{ loading: boolean; done?: number; total?: number }>) : undefined))
    .catch(() => undefined);
  banner.hidden = !status?.loading;
  if (!status?.loading) return;
  banner.textContent = `${t('The graph is still loading')}: ${status.done ?? 0}/${status.total ?? '?'} ${t(
    'sample pages are in; answers are partial until all are.',
  )}`;
  setTimeout(() => void watchLoading(), 2000);
}

localizeChrome();
void watchLoading();
window.addEventListener('hashchange', () => void render());
void render();
