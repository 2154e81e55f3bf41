import { gql } from '../api.ts';
import { html } from '../html.ts';
import { enumLabel, t } from '../i18n.ts';
import { routeHash } from '../route.ts';
import {
  type Edges,
  eventMeta,
  graphSection,
  link,
  list,
  MENTIONS,
  type MentionEdge,
  notFound,
  section,
  sources,
  type View,
} from './common.ts';

interface Person {
  id: string;
  name: string;
  roles: string[];
  organizations: Edges<{
    role: string | null;
    title: string | null;
    node: { __typename: string; id: string; name: string };
  }>;
  events: Edges<{
    part: string | null;
    node: { __typename: string; id: string; title: string; date: string | null; type: string | null };
  }>;
  reported: Edges<{ title: string | null; node: { id: string; title: string; publishedDate: string | null } }>;
  mentions: Edges<MentionEdge>;
}

const PERSON = `query Person($id: ID!) { node(id: $id) { ... on Person {
  id name roles
  organizations(first: 50) { pageInfo { hasNextPage } edges { role title node { __typename id name } } }
  events(first: 50) { pageInfo { hasNextPage } edges { part node { __typename id title date type } } }
  reported(first: 20) { edges { title node { id title publishedDate } } }
  ${MENTIONS}
} } }`;

/** A person: roles, the organizations they hold them at, events with the part played, sources. */
export async function personView(id: string): Promise<View> {
  const { node: p } = await gql<{ node: Person | null }>(PERSON, { id });
  if (!p) return notFound();
  return {
    title: p.name,
    body: html`
      <h1>${p.name} <span class="badge Person">${t('Person')}</span></h1>
      ${p.roles.length ? html`<p class="facts">${p.roles.join('、')}</p>` : ''}
      <div class="columns">
        <div>
          ${section(
            'Roles',
            list(p.organizations.edges.map((e) => html`${e.title ?? e.role ?? ''} · ${link(e.node)}`)),
          )}
          ${section(
            'Events',
            list(
              p.events.edges.map(
                (e) =>
                  html`${link(e.node)} <span class="muted">${[enumLabel(e.part), eventMeta(e.node)].filter(Boolean).join(' · ')}</span>`,
              ),
            ),
            { more: p.events.pageInfo?.hasNextPage ?? false },
          )}
          ${section(
            'Reported',
            list(
              p.reported.edges.map(
                (e) => html`${e.node.title} <span class="muted">${e.title ?? ''} ${e.node.publishedDate ?? ''}</span>`,
              ),
            ),
          )}
        </div>
        <div>${graphSection()}</div>
      </div>
      ${sources(p.mentions)}`,
    graph: {
      center: { id: p.id, label: p.name, type: 'Person' },
      neighbours: [
        ...p.organizations.edges.map((e) => ({
          id: e.node.id,
          label: e.node.name,
          type: 'Organization',
          href: routeHash({ view: 'org', id: e.node.id }),
          edge: e.title ?? '',
        })),
        ...p.events.edges.map((e) => ({
          id: e.node.id,
          label: e.node.title,
          type: 'Event',
          href: routeHash({ view: 'event', id: e.node.id }),
          edge: e.part?.toLowerCase() ?? '',
        })),
      ],
    },
  };
}
