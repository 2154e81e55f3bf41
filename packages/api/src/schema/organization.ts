import type { StoredEdge, StoredNode } from '@reportgraph/store';
import { builder } from '../builder.ts';
import { oneOf, str, strs } from './attributes.ts';
import {
  connectionType,
  type EdgeShape,
  edgeConnection,
  loadNode,
  nodePageConnection,
  pageArgs,
} from './connection.ts';
import { exclusive, placeCode, text } from './filters.ts';
import { entityMentionsField } from './mentions.ts';
import { nodeOptions } from './node.ts';
import { EventRef, MetricRef, OrganizationRef, PersonRef, PlaceRef } from './refs.ts';

export const ORGANIZATION_KINDS = [
  'union',
  'government',
  'party',
  'company',
  'school',
  'association',
  'team',
  'other',
] as const;

export const OrganizationKindEnum = builder.enumType('OrganizationKind', {
  description: 'What kind of body an organization is.',
  values: {
    UNION: { value: 'union', description: 'A trade union (总工会, 工会, 工联会).' },
    GOVERNMENT: { value: 'government', description: "A government body or people's congress." },
    PARTY: { value: 'party', description: 'A party committee.' },
    COMPANY: { value: 'company', description: 'A company.' },
    SCHOOL: { value: 'school', description: 'A school, college or academy.' },
    ASSOCIATION: { value: 'association', description: 'An association or society.' },
    TEAM: { value: 'team', description: 'A named team or studio (救援队, 劳模创新工作室).' },
    OTHER: { value: 'other', description: 'Any other body.' },
  } as const,
});

/** A person's role at an organization: the link's title and full role. */
export interface RoleEdge extends EdgeShape<StoredNode> {
  title: string | null;
  role: string | null;
}

/** Person ↔ Organization role edges carry the title. */
export const toRoleEdge = (edge: StoredEdge, node: StoredNode, cursor: string): RoleEdge => ({
  cursor,
  node,
  title: str(edge.data, 'title') ?? (edge.qualifier || null),
  role: str(edge.data, 'role'),
});

const roleFields = (t: PothosSchemaTypes.ObjectFieldBuilder<import('../builder.ts').BuilderTypes, RoleEdge>) => ({
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

const OrganizationPeople = connectionType<StoredNode, RoleEdge>('OrganizationPeople', PersonRef, {
  description: 'People holding a role at an organization, with the title they hold.',
  nodeDescription: 'The person holding the role.',
  edgeFields: roleFields as never,
});

/** Person → organizations, same edge fields. */
export const PersonOrganizations = connectionType<StoredNode, RoleEdge>('PersonOrganizations', OrganizationRef, {
  description: 'Organizations a person holds a role at, with the title held.',
  nodeDescription: 'The organization.',
  edgeFields: roleFields as never,
});

/** A plain list of organizations. */
export const OrganizationConnection = connectionType<StoredNode>('Organization', OrganizationRef, {
  description: 'A page of organizations.',
  nodeDescription: 'The organization.',
});
const EventList = connectionType<StoredNode>('OrganizationEvents', EventRef, {
  description: 'Events an organization organized, in id order.',
  nodeDescription: 'The event.',
});
const MetricList = connectionType<StoredNode>('OrganizationMetrics', MetricRef, {
  description: 'Metrics stated about an organization.',
  nodeDescription: 'The metric.',
});

builder.node(OrganizationRef, {
  ...nodeOptions('Organization'),
  description: 'A named body: a trade union, government body, party committee, company, school, association or team.',
  fields: (t) => ({
    name: t.string({
      description: 'Fullest canonical name, region prefix resolved (市总工会 → 佛山市总工会).',
      resolve: (n) => str(n, 'name') ?? '',
    }),
    aliases: t.stringList({
      description: 'Other names the organization goes by in the text.',
      resolve: (n) => strs(n, 'aliases'),
    }),
    kind: t.field({
      type: OrganizationKindEnum,
      nullable: true,
      description: 'What kind of body it is.',
      resolve: (n) => oneOf(ORGANIZATION_KINDS, str(n, 'kind')),
    }),
    placeCode: t.string({
      nullable: true,
      description: 'Division code of the place it belongs to (e.g. 440600 for 佛山市).',
      resolve: (n) => str(n, 'placeCode'),
    }),
    place: t.field({
      type: PlaceRef,
      nullable: true,
      description: 'The place (administrative division) it belongs to.',
      resolve: (n, _args, ctx) => loadNode(ctx, { type: 'Place', id: str(n, 'placeCode') ?? '' }),
    }),
    parentUnion: t.field({
      type: OrganizationRef,
      nullable: true,
      description: 'The union this one is a subunit of (南海区总工会 → 佛山市总工会).',
      resolve: async (n, _args, ctx) => {
        const page = await edgeConnection(
          ctx,
          n,
          { edge: 'subunitOf', direction: 'out' },
          { first: 1 },
          (_e, node, cursor) => ({
            node,
            cursor,
          }),
        );
        return page.edges[0]?.node ?? null;
      },
    }),
    childUnions: t.field({
      type: OrganizationConnection,
      description: 'Unions that are subunits of this one.',
      args: pageArgs(t),
      resolve: (n, args, ctx) =>
        edgeConnection(ctx, n, { edge: 'subunitOf', direction: 'in' }, args, (_e, node, cursor) => ({ node, cursor })),
    }),
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
      resolve: (n, args, ctx) =>
        edgeConnection(ctx, n, { edge: 'organizes', direction: 'out' }, args, (_e, node, cursor) => ({ node, cursor })),
    }),
    metrics: t.field({
      type: MetricList,
      description: 'Metrics stated about this organization.',
      args: pageArgs(t),
      resolve: (n, args, ctx) =>
        edgeConnection(
          ctx,
          n,
          { edge: 'describes', direction: 'in', otherType: 'Metric' },
          args,
          (_e, node, cursor) => ({
            node,
            cursor,
          }),
        ),
    }),
    mentions: entityMentionsField(t),
  }),
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
      return conn.edges.find((e) => str(e.node, 'name') === name)?.node ?? null;
    },
  }),
}));
