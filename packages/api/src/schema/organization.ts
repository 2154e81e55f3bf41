import { ORGANIZATION_KINDS } from '@reportgraph/contract';
import type { EventNode, MetricNode, OrganizationNode, PersonNode, StoredEdge } from '@reportgraph/store';
import { builder, type FieldBuilder } from '../builder.ts';
import { enumValues, oneOf } from './attributes.ts';
import {
  connectionType,
  type EdgeShape,
  edgeConnection,
  loadNode,
  nodePageConnection,
  pageArgs,
  plainEdge,
} from './connection.ts';
import { exclusive, placeCode, text } from './filters.ts';
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

builder.queryFields((t) => ({
  organizations: t.field({
    type: OrganizationConnection,
    description:
      'Organizations in name order, or by place. `placeCode` includes everything beneath the place ' +
      '(440600 includes 440605). `namePrefix` cannot be combined with `placeCode`.',
    args: {
      kind: t.arg({ type: OrganizationKindEnum, description: 'Only organizations of this kind.' }),
      placeCode: t.arg.string({ description: 'Only organizations in this division or beneath it, e.g. 440600.' }),
      namePrefix: t.arg.string({ description: 'Only organizations whose name starts with this, e.g. 佛山市.' }),
      ...pageArgs(t),
    },
    resolve: (_root, args, ctx) => {
      const prefix = text(args.namePrefix);
      const code = text(args.placeCode);
      exclusive({ namePrefix: prefix, placeCode: code });
      return nodePageConnection(ctx, args, (page) =>
        ctx.store.listNodes('Organization', {
          ...page,
          ...(code ? { placeCode: placeCode(code) } : {}),
          ...(prefix ? { prefix } : {}),
          ...(args.kind ? { where: { kind: args.kind } } : {}),
        }),
      );
    },
  }),
  organizationByName: t.field({
    type: OrganizationRef,
    nullable: true,
    description: 'The organization with exactly this canonical name, e.g. 佛山市总工会; null when there is none.',
    args: { name: t.arg.string({ required: true, description: 'The exact canonical name.' }) },
    resolve: async (_root, args, ctx) => {
      const name = text(args.name);
      if (!name) return null;
      // Names sharing the prefix sort after the exact name, so the first items decide.
      const conn = await nodePageConnection(ctx, { first: 5 }, (page) =>
        ctx.store.listNodes('Organization', { ...page, prefix: name }),
      );
      return conn.edges.find((e) => e.node.name === name)?.node ?? null;
    },
  }),
}));
