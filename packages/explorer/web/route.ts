/** A page of the explorer, read from the URL hash. */
export type Route =
  | { view: 'home' }
  | { view: 'search'; query: string }
  | { view: 'org' | 'person' | 'event' | 'metric' | 'doc'; id: string }
  | { view: 'place'; code: string };

const ENTITY_VIEWS = ['org', 'person', 'event', 'metric', 'doc'] as const;

/**
 * Reads the route from a location hash such as `#/org/T3Jn…` or `#/search/佛山`.
 *
 * @example
 * parseRoute('#/place/440600')   // → { view: 'place', code: '440600' }
 * parseRoute('#/search/%E4%BD%9B') // → { view: 'search', query: '佛' }
 * parseRoute('')                 // → { view: 'home' }
 */
export function parseRoute(hash: string): Route {
  const [, view, ...rest] = hash.replace(/^#/, '').split('/');
  let arg = '';
  try {
    arg = decodeURIComponent(rest.join('/'));
  } catch {
    return { view: 'home' };
  }
  if (!arg) return { view: 'home' };
  if (view === 'search') return { view: 'search', query: arg };
  if (view === 'place') return { view: 'place', code: arg };
  const entity = ENTITY_VIEWS.find((v) => v === view);
  return entity ? { view: entity, id: arg } : { view: 'home' };
}

/**
 * The hash of a route, the inverse of {@link parseRoute}.
 *
 * @example
 * routeHash({ view: 'org', id: 'T3Jn' }) // → '#/org/T3Jn'
 */
export function routeHash(route: Route): string {
  switch (route.view) {
    case 'home':
      return '#/';
    case 'search':
      return `#/search/${encodeURIComponent(route.query)}`;
    case 'place':
      return `#/place/${encodeURIComponent(route.code)}`;
    default:
      return `#/${route.view}/${encodeURIComponent(route.id)}`;
  }
}

/** A node as the API returns it, enough to link to its page. */
export interface Linkable {
  __typename?: string;
  id?: string;
  code?: string;
}

/**
 * The page of a node by its GraphQL type, or undefined for types without one.
 *
 * @example
 * hrefFor({ __typename: 'Person', id: 'UGVy' }) // → '#/person/UGVy'
 * hrefFor({ __typename: 'Place', code: '440600' }) // → '#/place/440600'
 */
export function hrefFor(node: Linkable): string | undefined {
  switch (node.__typename) {
    case 'Organization':
      return node.id ? routeHash({ view: 'org', id: node.id }) : undefined;
    case 'Person':
      return node.id ? routeHash({ view: 'person', id: node.id }) : undefined;
    case 'Event':
      return node.id ? routeHash({ view: 'event', id: node.id }) : undefined;
    case 'Metric':
      return node.id ? routeHash({ view: 'metric', id: node.id }) : undefined;
    case 'Document':
      return node.id ? routeHash({ view: 'doc', id: node.id }) : undefined;
    case 'Place':
      return node.code ? routeHash({ view: 'place', code: node.code }) : undefined;
    default:
      return undefined;
  }
}
