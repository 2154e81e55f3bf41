import type { StoredEdge, StoredNode } from '@reportgraph/store';
import { type BuilderTypes, builder } from '../builder.ts';
import { oneOf, str, strs } from './attributes.ts';
import { connectionType, type EdgeShape, edgeConnection, nodePageConnection, pageArgs } from './connection.ts';
import { text } from './filters.ts';
import { entityMentionsField } from './mentions.ts';
import { nodeOptions } from './node.ts';
import { PersonOrganizations, toRoleEdge } from './organization.ts';
import { ArticleRef, EventRef, PersonRef } from './refs.ts';

export const EVENT_PARTS = ['chaired', 'spoke', 'attended', 'won'] as const;

export const EventPartEnum = builder.enumType('EventPart', {
  description: "A person's part in an event.",
  values: {
    CHAIRED: { value: 'chaired', description: 'Chaired or hosted it.' },
    SPOKE: { value: 'spoke', description: 'Spoke or gave a lecture.' },
    ATTENDED: { value: 'attended', description: 'Attended.' },
    WON: { value: 'won', description: 'Won a prize or title at it.' },
  } as const,
});

/** Person ↔ Event edges carry the part the person played. */
export interface PartEdge extends EdgeShape<StoredNode> {
  part: (typeof EVENT_PARTS)[number] | null;
}

/** Builds a participation edge from a `participates` link. */
export const toPartEdge = (edge: StoredEdge, node: StoredNode, cursor: string): PartEdge => ({
  cursor,
  node,
  part: oneOf(EVENT_PARTS, str(edge.data, 'part') ?? edge.qualifier),
});

/** Edge fields of participation connections. */
export const partFields = (t: PothosSchemaTypes.ObjectFieldBuilder<BuilderTypes, PartEdge>) => ({
  part: t.field({
    type: EventPartEnum,
    nullable: true,
    description: 'The part the person played in the event.',
    resolve: (e) => e.part,
  }),
});

const PersonEvents = connectionType<StoredNode, PartEdge>('PersonEvents', EventRef, {
  description: 'Events a person took part in, with the part played.',
  nodeDescription: 'The event.',
  edgeFields: partFields as never,
});

/** A byline link between a person and an article, with the title it gives. */
export interface BylineEdge extends EdgeShape<StoredNode> {
  title: string | null;
}
/** The fields of a byline edge, seen from either end. */
export const bylineFields = (t: PothosSchemaTypes.ObjectFieldBuilder<BuilderTypes, BylineEdge>) => ({
  title: t.string({
    nullable: true,
    description: 'The byline title, e.g. 全媒体记者 or 通讯员.',
    resolve: (e) => e.title,
  }),
});
const PersonReported = connectionType<StoredNode, BylineEdge>('PersonReported', ArticleRef, {
  description: 'Articles a person is named in the byline of (reporter, correspondent).',
  nodeDescription: 'The article.',
  edgeFields: bylineFields as never,
});

/** A plain list of people. */
export const PersonConnection = connectionType<StoredNode>('Person', PersonRef, {
  description: 'A page of people.',
  nodeDescription: 'The person.',
});

builder.node(PersonRef, {
  ...nodeOptions('Person'),
  description: 'A named person: an official, reporter, worker, speaker or competitor.',
  fields: (t) => ({
    name: t.string({ description: 'The name as written, e.g. 李灿.', resolve: (n) => str(n, 'name') ?? '' }),
    roles: t.stringList({
      description: 'Every full role the text gives the person, e.g. 佛山市总工会主席.',
      resolve: (n) => strs(n, 'roles'),
    }),
    organizations: t.field({
      type: PersonOrganizations,
      description: 'Organizations the person holds a role at, with the title held.',
      args: pageArgs(t),
      resolve: (n, args, ctx) => edgeConnection(ctx, n, { edge: 'holds', direction: 'out' }, args, toRoleEdge),
    }),
    events: t.field({
      type: PersonEvents,
      description: 'Events the person took part in, with the part played.',
      args: pageArgs(t),
      resolve: (n, args, ctx) => edgeConnection(ctx, n, { edge: 'participates', direction: 'out' }, args, toPartEdge),
    }),
    reported: t.field({
      type: PersonReported,
      description: 'Articles the person reported or corresponded for (named in the byline).',
      args: pageArgs(t),
      resolve: (n, args, ctx) =>
        edgeConnection(ctx, n, { edge: 'reported', direction: 'out' }, args, (e, node, cursor) => ({
          node,
          cursor,
          title: str(e.data, 'title') ?? (e.qualifier || null),
        })),
    }),
    mentions: entityMentionsField(t),
  }),
});

builder.queryFields((t) => ({
  people: t.field({
    type: PersonConnection,
    description: 'People in name order.',
    args: {
      namePrefix: t.arg.string({ description: 'Only people whose name starts with this, e.g. 李.' }),
      ...pageArgs(t),
    },
    resolve: (_root, args, ctx) => {
      const prefix = text(args.namePrefix);
      return nodePageConnection(ctx, args, (page) =>
        ctx.store.listNodes('Person', { ...page, ...(prefix ? { prefix } : {}) }),
      );
    },
  }),
}));
