import { ORGANIZATION_KINDS } from '@reportgraph/contract';
import {
  type EventNode,
  type MetricNode,
  type OrganizationNode,
  type PersonNode,
  placePrefix,
  type StoredEdge,
} from '@reportgraph/store';
import { builder, type FieldBuilder } from '../builder.ts';
import { enumValues, oneOf } from './attributes.ts';
import {
  connectionType,
  type EdgeShape,
  edgeConnection,
  type ListFilter,
  listConnection,
  loadNode,
  pageArgs,
  plainEdge,
} from './connection.ts';
import { keyText, placeCode, text } from './filters.ts';
import { entityMentionsField } from './mentions.ts';
import { nodeOptions } from './node.ts';
import { EventRef, MetricRef, OrganizationRef, PersonRef, PlaceRef } from './refs.ts';

export const OrganizationKindEnum = builder.enumType('OrganizationKind', {
  description: 'What kind of body an organization is.',
  values: enumValues(ORGANIZATION_KINDS, {
    union: 'A trade union (总工会, 工会, 工联会).',
    government: "A government body or people's congress.",
    party: 'A party committee.',
    company: 'A company.',
    school: 'A school, college or academy.',
    association: 'An association or society.',
    team: 'A named team or studio (救援队, 劳模创新工作室).',
    other: 'Any other body.',
  }),
});

/** A person's role at an organization: the link's title and full role. */
export interface RoleEdge<N> extends EdgeShape<N> {
  title: string | null;
  role: string | null;
}

/**
 * Person ↔ Organization role edges carry the title (the qualifier, when the data has none).
 *
 * @example
 * edgeConnection(ctx, org, { edge: 'holds', direction: 'in' }, args, toRoleEdge);
 */
export const toRoleEdge = <N>(edge: StoredEdge<'holds'>, node: N, cursor: string): RoleEdge<N> => ({
  cursor,
  node,
  title: edge.data.title ?? (edge.qualifier || null),
  role: edge.data.role ?? null,
});

const roleFields = <N>(t: FieldBuilder<RoleEdge<N>>) => ({
  title: t.string({
    nullable: true,
    description: 'The bare title held, e.g. 主席.',
    resolve: (e) => e.title,
  }),
  role: t.string({
    nullable: true,
    description: 'The full role as a reader would write it, e.g. 佛山市总工会主席.',
    resolve: (e) => e.role,
  }),
});

const OrganizationPeople = connectionType<PersonNode, RoleEdge<PersonNode>>('OrganizationPeople', PersonRef, {
  description: 'People holding a role at an organization, with the title they hold.',
  nodeDescription: 'The person holding the role.',
  edgeFields: roleFields,
});

/** Person → organizations, same edge fields. */
export const PersonOrganizations = connectionType<OrganizationNode, RoleEdge<OrganizationNode>>(
  'PersonOrganizations',
  OrganizationRef,
  {
    description: 'Organizations a person holds a role at, with the title held.',
    nodeDescription: 'The organization.',
    edgeFields: roleFields,
  },
);

/** A plain list of organizations. */
export const OrganizationConnection = connectionType<OrganizationNode>('Organization', OrganizationRef, {
  description: 'A page of organizations.',
  nodeDescription: 'The organization.',
});
const EventList = connectionType<EventNode>('OrganizationEvents', EventRef, {
  description: 'Events an organization organized, in id order.',
  nodeDescription: 'The event.',
});
const MetricList = connectionType<MetricNode>('OrganizationMetrics', MetricRef, {
  description: 'Metrics stated about an organization.',
  nodeDescription: 'The metric.',
});

/** An organization's own attributes. */
const organizationAttributes = (t: FieldBuilder<OrganizationNode>) => ({
  name: t.exposeString('name', {
    description: 'Fullest canonical name, region prefix resolved (市总工会 → 佛山市总工会).',
  }),
  aliases: t.exposeStringList('aliases', { description: 'Other names the organization goes by in the text.' }),
  kind: t.field({
    type: OrganizationKindEnum,
    nullable: true,
    description: 'What kind of body it is.',
    resolve: (n) => oneOf(ORGANIZATION_KINDS, n.kind),
  }),
  placeCode: t.exposeString('placeCode', {
    nullable: true,
    description: 'Division code of the place it belongs to (e.g. 440600 for 佛山市).',
  }),
  place: t.field({
    type: PlaceRef,
    nullable: true,
    description: 'The place (administrative division) it belongs to.',
    resolve: (n, _args, ctx) => loadNode(ctx, { type: 'Place', id: n.placeCode ?? '' }),
  }),
});

/** The unions above and below an organization. */
const unionFields = (t: FieldBuilder<OrganizationNode>) => ({
  parentUnion: t.field({
    type: OrganizationRef,
    nullable: true,
    description: 'The union this one is a subunit of (南海区总工会 → 佛山市总工会).',
    resolve: async (n, _args, ctx) => {
      const page = await edgeConnection(ctx, n, { edge: 'subunitOf', direction: 'out' }, { first: 1 }, plainEdge);
      return page.edges[0]?.node ?? null;
    },
  }),
  childUnions: t.field({
    type: OrganizationConnection,
    description: 'Unions that are subunits of this one.',
    args: pageArgs(t),
    resolve: (n, args, ctx) => edgeConnection(ctx, n, { edge: 'subunitOf', direction: 'in' }, args, plainEdge),
  }),
});

/** The people, events and metrics linked to an organization. */
const linkFields = (t: FieldBuilder<OrganizationNode>) => ({
  people: t.field({
    type: OrganizationPeople,
    description: 'People holding a role here, with the title each holds.',
    args: pageArgs(t),
    resolve: (n, args, ctx) => edgeConnection(ctx, n, { edge: 'holds', direction: 'in' }, args, toRoleEdge),
  }),
  events: t.field({
    type: EventList,
    description: 'Events this organization organized.',
    args: pageArgs(t),
    resolve: (n, args, ctx) => edgeConnection(ctx, n, { edge: 'organizes', direction: 'out' }, args, plainEdge),
  }),
  metrics: t.field({
    type: MetricList,
    description: 'Metrics stated about this organization.',
    args: pageArgs(t),
    resolve: (n, args, ctx) =>
      edgeConnection(ctx, n, { edge: 'describes', direction: 'in', otherType: 'Metric' }, args, plainEdge),
  }),
  mentions: entityMentionsField(t),
});

builder.node(OrganizationRef, {
  ...nodeOptions('Organization'),
  description: 'A named body: a trade union, government body, party committee, company, school, association or team.',
  fields: (t) => ({ ...organizationAttributes(t), ...unionFields(t), ...linkFields(t) }),
});

/** The orders a list of named nodes can be read in. */
export const NameOrderEnum = builder.enumType('NameOrder', {
  description: 'How a list of names is ordered.',
  values: {
    NAME: { value: 'name', description: 'By name in code-point order (the default; `namePrefix` reads this order).' },
    NAME_PINYIN: {
      value: 'pinyin',
      description: 'By name in pinyin order, as a Chinese reader sorts (北京 before 佛山 before 广州).',
    },
  } as const,
});

/**
 * The organizations a list asks for, each filter served by an index: placeCode by byPlace, kind by
 * byCategory (with a name prefix on its sort key), a name prefix by byType, pinyin order by byRank;
 * the filters the chosen index cannot key on are DynamoDB filters, and what they read is charged.
 */
function organizationFilter(args: {
  kind?: string | null;
  placeCode?: string | null;
  namePrefix?: string | null;
  orderBy?: string | null;
}): ListFilter<'Organization'> {
  const prefix = keyText('namePrefix', args.namePrefix);
  const code = text(args.placeCode);
  const kind = args.kind ?? null;
  const filter: ListFilter<'Organization'> = {};
  if (args.orderBy === 'pinyin' || code) {
    if (args.orderBy === 'pinyin') filter.rank = 'pinyin';
    if (code && args.orderBy === 'pinyin') filter.whereBeginsWith = { placeCode: placePrefix(placeCode(code)) };
    else if (code) filter.placeCode = placeCode(code);
    if (kind) filter.where = { kind: kind as OrganizationNode['kind'] };
    if (prefix) filter.whereBeginsWith = { ...filter.whereBeginsWith, name: prefix };
    return filter;
  }
  if (kind) filter.category = { attribute: 'kind', value: kind };
  if (prefix) filter.prefix = prefix;
  return filter;
}

builder.queryFields((t) => ({
  organizations: t.field({
    type: OrganizationConnection,
    description:
      'Organizations in name order (or pinyin order), filtered by any combination of kind, place and name prefix. ' +
      '`placeCode` includes everything beneath the place (440600 includes 440605).',
    args: {
      kind: t.arg({ type: OrganizationKindEnum, description: 'Only organizations of this kind.' }),
      placeCode: t.arg.string({ description: 'Only organizations in this division or beneath it, e.g. 440600.' }),
      namePrefix: t.arg.string({ description: 'Only organizations whose name starts with this, e.g. 佛山市.' }),
      orderBy: t.arg({
        type: NameOrderEnum,
        description: 'The order: NAME (default) or NAME_PINYIN. With `placeCode`, NAME lists by division code first.',
      }),
      ...pageArgs(t),
    },
    resolve: (_root, args, ctx) => listConnection(ctx, 'Organization', args, organizationFilter(args)),
  }),
  organizationByName: t.field({
    type: OrganizationRef,
    nullable: true,
    description: 'The organization with exactly this canonical name, e.g. 佛山市总工会; null when there is none.',
    args: { name: t.arg.string({ required: true, description: 'The exact canonical name.' }) },
    resolve: async (_root, args, ctx) => {
      const name = keyText('name', args.name);
      if (!name) return null;
      // Names sharing the prefix sort after the exact name, so the first items decide.
      const conn = await listConnection(ctx, 'Organization', { first: 5 }, { prefix: name });
      return conn.edges.find((e) => e.node.name === name)?.node ?? null;
    },
  }),
}));
