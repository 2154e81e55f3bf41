import { DATE_SOURCES, EVENT_TYPES } from '@reportgraph/contract';
import type { EventNode, OrganizationNode, PersonNode } from '@reportgraph/store';
import { builder } from '../builder.ts';
import { enumValues, oneOf } from './attributes.ts';
import {
  connectionType,
  edgeConnection,
  type ListFilter,
  listConnection,
  loadNode,
  pageArgs,
  plainEdge,
} from './connection.ts';
import { dateRange, placeCode, text } from './filters.ts';
import { entityMentionsField } from './mentions.ts';
import { nodeOptions } from './node.ts';
import { type PartEdge, partFields, toPartEdge } from './person.ts';
import { EventRef, OrganizationRef, PersonRef, PlaceRef } from './refs.ts';

export const EventTypeEnum = builder.enumType('EventType', {
  description: 'What kind of thing happened.',
  values: enumValues(EVENT_TYPES, {
    meeting: 'A meeting, congress or conference.',
    training: 'A training or lecture.',
    competition: 'A contest or competition.',
    ceremony: 'A ceremony (award, unveiling, flag presentation).',
    activity: 'Any other activity.',
    campaign: 'A campaign or special drive.',
    visit: 'An inspection or visit.',
  }),
});

const DateSourceEnum = builder.enumType('DateSource', {
  description: "How an event's date was decided.",
  values: enumValues(DATE_SOURCES, {
    text: 'The text states it.',
    published: "The year comes from the page's publication date.",
    page: 'Taken from the page header.',
    none: 'Unknown (近日, 日前).',
  }),
});

/** A plain list of events. */
export const EventConnection = connectionType<EventNode>('Event', EventRef, {
  description: 'A page of events.',
  nodeDescription: 'The event.',
});
const EventOrganizers = connectionType<OrganizationNode>('EventOrganizers', OrganizationRef, {
  description: 'Organizations that organized an event.',
  nodeDescription: 'The organizer.',
});
const EventParticipants = connectionType<PersonNode, PartEdge<PersonNode>>('EventParticipants', PersonRef, {
  description: 'People who took part in an event, with the part each played.',
  nodeDescription: 'The participant.',
  edgeFields: partFields,
});

builder.node(EventRef, {
  ...nodeOptions('Event'),
  description: 'Something that happened: a meeting, training, competition, ceremony, activity, campaign or visit.',
  fields: (t) => ({
    title: t.exposeString('title', { description: 'What the event is called.' }),
    date: t.exposeString('date', {
      nullable: true,
      description: 'ISO date (2025-10-29), `--10-29` when the year is unknown, null when the text gives none.',
    }),
    dateSource: t.field({
      type: DateSourceEnum,
      nullable: true,
      description: 'How the date was decided.',
      resolve: (n) => oneOf(DATE_SOURCES, n.dateSource),
    }),
    type: t.field({
      type: EventTypeEnum,
      nullable: true,
      description: 'What kind of event it is.',
      resolve: (n) => oneOf(EVENT_TYPES, n.eventType),
    }),
    location: t.exposeString('location', {
      nullable: true,
      description: 'Where it was held, as written (a venue or organization).',
    }),
    placeCode: t.exposeString('placeCode', {
      nullable: true,
      description: 'Division code of the place it was held in.',
    }),
    place: t.field({
      type: PlaceRef,
      nullable: true,
      description: 'The administrative division it was held in.',
      resolve: (n, _args, ctx) => loadNode(ctx, { type: 'Place', id: n.placeCode ?? '' }),
    }),
    organizers: t.field({
      type: EventOrganizers,
      description: 'Organizations that organized it.',
      args: pageArgs(t),
      resolve: (n, args, ctx) => edgeConnection(ctx, n, { edge: 'organizes', direction: 'in' }, args, plainEdge),
    }),
    participants: t.field({
      type: EventParticipants,
      description: 'People who took part, with the part each played.',
      args: pageArgs(t),
      resolve: (n, args, ctx) => edgeConnection(ctx, n, { edge: 'participates', direction: 'in' }, args, toPartEdge),
    }),
    mentions: entityMentionsField(t),
  }),
});

const EventOrderEnum = builder.enumType('EventOrder', {
  description: 'How a list of events is ordered.',
  values: {
    DATE: { value: 'date', description: 'Oldest first (undated events first); the default.' },
    DATE_DESC: { value: 'dateDesc', description: 'Newest first (undated events last).' },
  } as const,
});

/**
 * The events a list asks for: placeCode by byPlace (dates and type then filtered, and charged),
 * else type by byCategory, else byType, each with the date range on its sort key.
 */
function eventFilter(args: {
  type?: string | null;
  from?: string | null;
  to?: string | null;
  year?: number | null;
  placeCode?: string | null;
  orderBy?: string | null;
}): ListFilter<'Event'> {
  const code = text(args.placeCode);
  const range = dateRange(args);
  const filter: ListFilter<'Event'> = args.orderBy === 'dateDesc' ? { descending: true } : {};
  if (code) {
    filter.placeCode = placeCode(code);
    if (range) filter.whereBetween = { date: range };
    if (args.type) filter.where = { eventType: args.type as EventNode['eventType'] };
    return filter;
  }
  if (args.type) filter.category = { attribute: 'eventType', value: args.type };
  if (range) filter.between = range;
  return filter;
}

builder.queryFields((t) => ({
  events: t.field({
    type: EventConnection,
    description:
      'Events by date, oldest or newest first, filtered by any combination of type, date range (`from`/`to`, ' +
      'narrowed by `year`) and place (with `placeCode`, by division code, then date).',
    args: {
      type: t.arg({ type: EventTypeEnum, description: 'Only events of this type.' }),
      from: t.arg.string({ description: 'Only events on or after this ISO date, e.g. 2025-10-01.' }),
      to: t.arg.string({ description: 'Only events on or before this ISO date, e.g. 2025-10-31.' }),
      year: t.arg.int({ description: 'Only events in this year, e.g. 2025 (combines with from/to).' }),
      placeCode: t.arg.string({ description: 'Only events held in this division or beneath it, e.g. 440600.' }),
      orderBy: t.arg({ type: EventOrderEnum, description: 'The order: DATE (oldest first, default) or DATE_DESC.' }),
      ...pageArgs(t),
    },
    resolve: (_root, args, ctx) => listConnection(ctx, 'Event', args, eventFilter(args)),
  }),
}));
