import { EVENT_PARTS, type EventPart } from '@reportgraph/contract';
import type { ArticleNode, EventNode, PersonNode, StoredEdge } from '@reportgraph/store';
import { builder, type FieldBuilder } from '../builder.ts';
import { enumValues, oneOf } from './attributes.ts';
import {
  connectionType,
  type EdgeShape,
  edgeConnection,
  type ListFilter,
  listConnection,
  pageArgs,
} from './connection.ts';
import { keyText } from './filters.ts';
import { entityMentionsField } from './mentions.ts';
import { nodeOptions } from './node.ts';
import { NameOrderEnum, PersonOrganizations, toRoleEdge } from './organization.ts';
import { ArticleRef, EventRef, PersonRef } from './refs.ts';

export const EventPartEnum = builder.enumType('EventPart', {
  description: "A person's part in an event.",
  values: enumValues(EVENT_PARTS, {
    chaired: 'Chaired or hosted it.',
    spoke: 'Spoke or gave a lecture.',
    attended: 'Attended.',
    won: 'Won a prize or title at it.',
  }),
});

/** Person ↔ Event edges carry the part the person played. */
export interface PartEdge<N> extends EdgeShape<N> {
  part: EventPart | null;
}

/**
 * Builds a participation edge from a `participates` link (the part is also its qualifier).
 *
 * @example
 * edgeConnection(ctx, event, { edge: 'participates', direction: 'in' }, args, toPartEdge);
 */
export const toPartEdge = <N>(edge: StoredEdge<'participates'>, node: N, cursor: string): PartEdge<N> => ({
  cursor,
  node,
  part: oneOf(EVENT_PARTS, edge.data.part ?? edge.qualifier),
});

/** Edge fields of participation connections. */
export const partFields = <N>(t: FieldBuilder<PartEdge<N>>) => ({
  part: t.field({
    type: EventPartEnum,
    nullable: true,
    description: 'The part the person played in the event.',
    resolve: (e) => e.part,
  }),
});

const PersonEvents = connectionType<EventNode, PartEdge<EventNode>>('PersonEvents', EventRef, {
  description: 'Events a person took part in, with the part played.',
  nodeDescription: 'The event.',
  edgeFields: partFields,
});

/** A byline link between a person and an article, with the title it gives. */
export interface BylineEdge<N> extends EdgeShape<N> {
  title: string | null;
}

/**
 * Builds a byline edge from a `reported` link (the title is also its qualifier).
 *
 * @example
 * edgeConnection(ctx, article, { edge: 'reported', direction: 'in' }, args, toBylineEdge);
 */
export const toBylineEdge = <N>(edge: StoredEdge<'reported'>, node: N, cursor: string): BylineEdge<N> => ({
  node,
  cursor,
  title: edge.data.title ?? (edge.qualifier || null),
});

/** The fields of a byline edge, seen from either end. */
export const bylineFields = <N>(t: FieldBuilder<BylineEdge<N>>) => ({
  title: t.string({
    nullable: true,
    description: 'The byline title, e.g. 全媒体记者 or 通讯员.',
    resolve: (e) => e.title,
  }),
});
const PersonReported = connectionType<ArticleNode, BylineEdge<ArticleNode>>('PersonReported', ArticleRef, {
  description: 'Articles a person is named in the byline of (reporter, correspondent).',
  nodeDescription: 'The article.',
  edgeFields: bylineFields,
});

/** A plain list of people. */
export const PersonConnection = connectionType<PersonNode>('Person', PersonRef, {
  description: 'A page of people.',
  nodeDescription: 'The person.',
});

builder.node(PersonRef, {
  ...nodeOptions('Person'),
  description: 'A named person: an official, reporter, worker, speaker or competitor.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The name as written, e.g. 李灿.' }),
    roles: t.exposeStringList('roles', {
      description: 'Every full role the text gives the person, e.g. 佛山市总工会主席.',
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
      resolve: (n, args, ctx) => edgeConnection(ctx, n, { edge: 'reported', direction: 'out' }, args, toBylineEdge),
    }),
    mentions: entityMentionsField(t),
  }),
});

builder.queryFields((t) => ({
  people: t.field({
    type: PersonConnection,
    description: 'People in name order or pinyin order, optionally by name prefix.',
    args: {
      namePrefix: t.arg.string({ description: 'Only people whose name starts with this, e.g. 李.' }),
      orderBy: t.arg({ type: NameOrderEnum, description: 'The order: NAME (default) or NAME_PINYIN.' }),
      ...pageArgs(t),
    },
    resolve: (_root, args, ctx) => {
      const prefix = keyText('namePrefix', args.namePrefix);
      const filter: ListFilter<'Person'> =
        args.orderBy === 'pinyin'
          ? { rank: 'pinyin', ...(prefix ? { whereBeginsWith: { name: prefix } } : {}) }
          : prefix
            ? { prefix }
            : {};
      return listConnection(ctx, 'Person', args, filter);
    },
  }),
}));
