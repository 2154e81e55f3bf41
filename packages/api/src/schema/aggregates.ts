import { EVENT_TYPES, ORGANIZATION_KINDS, type PlaceLevel } from '@reportgraph/contract';
import { ListTooLargeError, type NodeType } from '@reportgraph/store';
import { builder, type Context } from '../builder.ts';
import { userError } from '../errors.ts';
import { oneOf } from './attributes.ts';
import { type ListFilter, loadNode } from './connection.ts';
import { EventTypeEnum } from './event.ts';
import { dateRange, keyText, placeCode, text } from './filters.ts';
import { OrganizationKindEnum } from './organization.ts';
import { PlaceLevelEnum } from './place.ts';
import { PlaceRef } from './refs.ts';

/** The most DynamoDB requests (1 MB each) one aggregate may read. */
export const MAX_AGGREGATE_REQUESTS = 20;

const AggregateEntityEnum = builder.enumType('AggregateEntity', {
  description: 'What an aggregate counts.',
  values: {
    ORGANIZATION: { value: 'Organization', description: 'Organizations (by place, kind).' },
    PERSON: {
      value: 'Person',
      description: 'People (a total only: a person has no place, year or kind of their own).',
    },
    EVENT: { value: 'Event', description: 'Events (by place, year, type).' },
    METRIC: { value: 'Metric', description: 'Metrics, counted and summed per unit (by place, year, subject).' },
  } as const,
});

const AggregateDimensionEnum = builder.enumType('AggregateDimension', {
  description: 'What an aggregate groups by.',
  values: {
    PLACE: {
      value: 'place',
      description: 'The division, at the level `placeLevel` gives (default: the place itself).',
    },
    YEAR: { value: 'year', description: "An event's year, a metric's year." },
    KIND: { value: 'kind', description: "An organization's kind." },
    TYPE: { value: 'type', description: "An event's type." },
    SUBJECT: { value: 'subject', description: "A metric's subject." },
  } as const,
});

type Dimension = 'place' | 'year' | 'kind' | 'type' | 'subject';
type Entity = Extract<NodeType, 'Organization' | 'Person' | 'Event' | 'Metric'>;

/** The dimensions each entity can be grouped by. */
const DIMENSIONS: Record<Entity, readonly Dimension[]> = {
  Organization: ['place', 'kind'],
  Person: [],
  Event: ['place', 'year', 'type'],
  Metric: ['place', 'year', 'subject'],
};

/** One group of an aggregate: its key along each dimension asked for, its count and (metrics) sum. */
interface Group {
  placeCode: string | null;
  year: number | null;
  kind: string | null;
  type: string | null;
  subject: string | null;
  unit: string | null;
  count: number;
  sum: number | null;
}

const AggregateGroupRef = builder.objectRef<Group>('AggregateGroup').implement({
  description:
    'One group of an aggregate: its key on each dimension grouped by (null on the others), its count and sum.',
  fields: (t) => ({
    placeCode: t.exposeString('placeCode', {
      nullable: true,
      description: 'The division code (when grouped by PLACE).',
    }),
    place: t.field({
      type: PlaceRef,
      nullable: true,
      description: 'The division (when grouped by PLACE and the graph has it).',
      resolve: (g, _args, ctx) => loadNode(ctx, { type: 'Place', id: g.placeCode ?? '' }),
    }),
    year: t.exposeInt('year', { nullable: true, description: 'The year (when grouped by YEAR).' }),
    kind: t.field({
      type: OrganizationKindEnum,
      nullable: true,
      description: 'The organization kind (when grouped by KIND).',
      resolve: (g) => oneOf(ORGANIZATION_KINDS, g.kind),
    }),
    type: t.field({
      type: EventTypeEnum,
      nullable: true,
      description: 'The event type (when grouped by TYPE).',
      resolve: (g) => oneOf(EVENT_TYPES, g.type),
    }),
    subject: t.exposeString('subject', {
      nullable: true,
      description: 'The metric subject (when grouped by SUBJECT).',
    }),
    unit: t.exposeString('unit', {
      nullable: true,
      description: 'The unit of a metric group (metrics always group by unit).',
    }),
    count: t.exposeInt('count', { description: 'How many items the group holds.' }),
    sum: t.exposeFloat('sum', { nullable: true, description: 'Metrics: the sum of the values (one unit per group).' }),
  }),
});

/** The code a place code rolls up to at a level (440605 → 440600 at city level); null when above the level. */
function rollUp(code: unknown, level: PlaceLevel | null): string | null {
  if (typeof code !== 'string' || !code) return null;
  if (!level) return code;
  const digits = { province: 2, city: 4, county: 6, town: 9 }[level];
  if (level === 'town') return code.length >= 9 ? code.slice(0, 9) : null;
  return code.slice(0, digits).padEnd(6, '0');
}

/** The year of an item: an event's date year, a metric's year. */
const yearOf = (row: Record<string, unknown>): number | null => {
  if (typeof row.year === 'number') return row.year;
  const match = typeof row.date === 'string' ? /^(\d{4})-/.exec(row.date) : null;
  return match ? Number(match[1]) : null;
};

interface AggregateArgs {
  entity: Entity;
  groupBy: readonly Dimension[];
  placeCode?: string | null;
  placeLevel?: PlaceLevel | null;
  year?: number | null;
  kind?: string | null;
  type?: string | null;
  unit?: string | null;
  subject?: string | null;
}

/** The list an aggregate reads: the narrowest index its filters allow (as the list fields choose). */
function aggregateFilter(args: AggregateArgs): ListFilter<NodeType> {
  const code = text(args.placeCode);
  const filter: ListFilter<NodeType> = code ? { placeCode: placeCode(code) } : {};
  const where: Record<string, string> = {};
  if (args.entity === 'Organization' && args.kind) where.kind = args.kind;
  if (args.entity === 'Event' && args.type) where.eventType = args.type;
  const unit = keyText('unit', args.unit);
  const subject = keyText('subject', args.subject);
  if (args.entity === 'Metric' && unit) where.unit = unit;
  if (args.entity === 'Metric' && subject) where.subject = subject;
  if (args.entity === 'Event') {
    const range = dateRange({ year: args.year ?? null });
    if (range && code) filter.whereBetween = { date: range };
    else if (range) filter.between = range;
  }
  if (args.entity === 'Metric' && args.year != null) (where as Record<string, unknown>).year = args.year;
  if (Object.keys(where).length) filter.where = where as ListFilter<NodeType>['where'];
  return filter;
}

/** Groups rows along the dimensions asked for, counting (and summing metric values per unit). */
function groupRows(rows: Record<string, unknown>[], args: AggregateArgs): Group[] {
  const by = new Set(args.groupBy);
  const groups = new Map<string, Group>();
  for (const row of rows) {
    const key: Omit<Group, 'count' | 'sum'> = {
      placeCode: by.has('place') ? rollUp(row.placeCode, args.placeLevel ?? null) : null,
      year: by.has('year') ? yearOf(row) : null,
      kind: by.has('kind') ? ((row.kind as string) ?? null) : null,
      type: by.has('type') ? ((row.eventType as string) ?? null) : null,
      subject: by.has('subject') ? ((row.subject as string) ?? null) : null,
      unit: args.entity === 'Metric' ? ((row.unit as string) ?? null) : null,
    };
    const id = JSON.stringify(key);
    const group = groups.get(id) ?? { ...key, count: 0, sum: args.entity === 'Metric' ? 0 : null };
    group.count += 1;
    if (group.sum !== null) group.sum += typeof row.value === 'number' ? row.value : 0;
    groups.set(id, group);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

/** Answers an aggregate from a bounded read of the list it covers (a COUNT for an ungrouped total). */
async function aggregate(ctx: Context, args: AggregateArgs): Promise<Group[]> {
  const wrong = args.groupBy.filter((d) => !DIMENSIONS[args.entity].includes(d));
  if (wrong.length) {
    const allowed = DIMENSIONS[args.entity].join(', ').toUpperCase() || 'nothing';
    throw userError(
      `${args.entity} cannot be grouped by ${wrong.join(', ').toUpperCase()}; group it by ${allowed}.`,
      'BAD_USER_INPUT',
    );
  }
  const filter = aggregateFilter(args);
  if (args.groupBy.length === 0 && args.entity !== 'Metric') {
    const count = await ctx.store.countNodes(args.entity, filter);
    return [{ placeCode: null, year: null, kind: null, type: null, subject: null, unit: null, count, sum: null }];
  }
  const attributes = ['placeCode', 'kind', 'eventType', 'date', 'year', 'subject', 'unit', 'value'];
  try {
    const rows = await ctx.store.readList(args.entity, filter, { attributes, maxRequests: MAX_AGGREGATE_REQUESTS });
    return groupRows(rows, args);
  } catch (error) {
    if (!(error instanceof ListTooLargeError)) throw error;
    throw userError(
      `The aggregate would read more than ${error.maxRequests} MB; narrow it with placeCode, year, kind, type, unit or subject.`,
      'QUERY_TOO_COSTLY',
    );
  }
}

builder.queryFields((t) => ({
  aggregate: t.field({
    type: [AggregateGroupRef],
    description:
      'Counts organizations, people or events, or counts and sums metrics (per unit), grouped by place (at any ' +
      'level), year, kind, type or subject, in one query: e.g. unions per city, aggregate(entity: ORGANIZATION, ' +
      'kind: UNION, groupBy: [PLACE], placeLevel: CITY); the sum of a metric by province and year, aggregate(entity: ' +
      'METRIC, subject: "技能人才", groupBy: [PLACE, YEAR], placeLevel: PROVINCE). Groups are largest first. Read from ' +
      `the list's index in at most ${MAX_AGGREGATE_REQUESTS} requests; narrow larger ones with the filters.`,
    args: {
      entity: t.arg({ type: AggregateEntityEnum, required: true, description: 'What to count.' }),
      groupBy: t.arg({
        type: [AggregateDimensionEnum],
        required: true,
        description: 'The dimensions to group by ([] for a total).',
      }),
      placeLevel: t.arg({
        type: PlaceLevelEnum,
        description: 'The level PLACE groups at (PROVINCE, CITY, COUNTY, TOWN).',
      }),
      placeCode: t.arg.string({ description: 'Only items in this division or beneath it, e.g. 440600.' }),
      year: t.arg.int({ description: 'Only events dated, or metrics stated for, this year.' }),
      kind: t.arg({ type: OrganizationKindEnum, description: 'Only organizations of this kind.' }),
      type: t.arg({ type: EventTypeEnum, description: 'Only events of this type.' }),
      unit: t.arg.string({ description: 'Only metrics in this unit, e.g. 人.' }),
      subject: t.arg.string({ description: 'Only metrics counting exactly this, e.g. 技能人才.' }),
    },
    resolve: (_root, args, ctx) => aggregate(ctx, args as AggregateArgs),
  }),
}));
