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

interface Event {
  id: string;
  title: string;
  date: string | null;
  type: string | null;
  location: string | null;
  place: { __typename: 'Place'; code: string; name: string } | null;
  organizers: Edges<{ node: { __typename: string; id: string; name: string } }>;
  participants: Edges<{ part: string | null; node: { __typename: string; id: string; name: string } }>;
  mentions: Edges<MentionEdge>;
}

const EVENT = `query Event($id: ID!) { node(id: $id) { ... on Event {
  id title date type location place { __typename code name }
  organizers(first: 50) { edges { node { __typename id name } } }
  participants(first: 50) { edges { part node { __typename id name } } }
  ${MENTIONS}
} } }`;

/** An event: date, place, organizers, participants with their part, sources. */
export async function eventView(id: string): Promise<View> {
  const { node: e } = await gql<{ node: Event | null }>(EVENT, { id });
  if (!e) return notFound();
  return {
    title: e.title,
    body: html`
      <h1>${e.title} <span class="badge Event">${t('Event')}</span></h1>
      <p class="facts">${eventMeta(e)}${e.location ? ` · ${e.location}` : ''}${e.place ? html` · ${link(e.place)}` : ''}</p>
      <div class="columns">
        <div>
          ${section('Organizers', list(e.organizers.edges.map((o) => link(o.node))))}
          ${section(
            'Participants',
            list(
              e.participants.edges.map((p) => html`${link(p.node)} <span class="muted">${enumLabel(p.part)}</span>`),
            ),
          )}
        </div>
        <div>${graphSection()}</div>
      </div>
      ${sources(e.mentions)}`,
    graph: {
      center: { id: e.id, label: e.title, type: 'Event' },
      neighbours: [
        ...e.organizers.edges.map((o) => ({
          id: o.node.id,
          label: o.node.name,
          type: 'Organization',
          href: routeHash({ view: 'org', id: o.node.id }),
          edge: t('organized'),
          direction: 'in' as const,
        })),
        ...e.participants.edges.map((p) => ({
          id: p.node.id,
          label: p.node.name,
          type: 'Person',
          href: routeHash({ view: 'person', id: p.node.id }),
          edge: enumLabel(p.part),
          direction: 'in' as const,
        })),
      ],
    },
  };
}
