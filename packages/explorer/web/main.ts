import { html } from './html.ts';
import { parseRoute, type Route, routeHash } from './route.ts';
import type { View } from './views/common.ts';
import { documentView } from './views/document.ts';
import { eventView } from './views/event.ts';
import { homeView } from './views/home.ts';
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
  app.innerHTML = '<p class="muted">Loading…</p>';
  try {
    const view = await viewFor(route);
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
    app.innerHTML = html`<p class="error">${error instanceof Error ? error.message : String(error)}</p>`.value;
  } finally {
    if (token === rendering) app.removeAttribute('aria-busy');
  }
}

function hideSuggestions(): void {
  suggestions.hidden = true;
  suggestions.innerHTML = '';
}

let typing: ReturnType<typeof setTimeout> | undefined;
let asked = '';

async function suggest(query: string): Promise<void> {
  asked = query;
  const hits = await search(query, 8).catch(() => []);
  if (asked !== query || input.value.trim() !== query) return;
  suggestions.innerHTML = hits.length
    ? html`${hits.map((h) => html`<li>${hitItem(h)}</li>`)}`.value
    : html`<li class="muted">No match for “${query}”.</li>`.value;
  suggestions.hidden = false;
}

input.addEventListener('input', () => {
  clearTimeout(typing);
  const query = input.value.trim();
  if (!query) return hideSuggestions();
  typing = setTimeout(() => void suggest(query), 200);
});
input.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') hideSuggestions();
  if (event.key === 'Enter' && input.value.trim()) {
    location.hash = routeHash({ view: 'search', query: input.value.trim() });
  }
});
suggestions.addEventListener('click', () => hideSuggestions());
document.addEventListener('click', (event) => {
  if (!(event.target instanceof Node) || !input.parentElement?.contains(event.target)) hideSuggestions();
});

window.addEventListener('hashchange', () => void render());
void render();
