import { PLACE_LEVELS } from '@reportgraph/contract';
import type { PlaceNode } from '@reportgraph/store';
import { builder } from '../builder.ts';
import { enumValues, oneOf } from './attributes.ts';
import { connectionType, edgeConnection, listConnection, loadNode, pageArgs, plainEdge } from './connection.ts';
import { EventConnection } from './event.ts';
import { placeCode, text } from './filters.ts';
import { MetricConnection } from './metric.ts';
import { nodeOptions } from './node.ts';
import { OrganizationConnection } from './organization.ts';
import { PlaceRef } from './refs.ts';

export const PlaceLevelEnum = builder.enumType('PlaceLevel', {
  description: 'The level of an administrative division.',
  values: enumValues(PLACE_LEVELS, {
    province: 'Province (省), e.g. 广东省 440000.',
    city: 'Prefecture-level city (市), e.g. 佛山市 440600.',
    county: 'County or district (区/县), e.g. 南海区 440605.',
    town: 'Town or street (镇/街道), 9-digit code.',
  }),
});

/** A plain list of places. */
export const PlaceConnection = connectionType<PlaceNode>('Place', PlaceRef, {
  description: 'A page of places.',
  nodeDescription: 'The place.',
});

builder.node(PlaceRef, {
  ...nodeOptions('Place'),
  description: "An administrative division of China with its code: the hub linking a city's union to its districts'.",
  fields: (t) => ({
    // The code is also the node's id: an item stored without one still has its code.
    code: t.string({ description: 'Division code, e.g. 440600.', resolve: (n) => n.code || n.id }),
    name: t.exposeString('name', { description: 'Name, e.g. 佛山市.' }),
    level: t.field({
      type: PlaceLevelEnum,
      nullable: true,
      description: 'Province, city, county or town.',
      resolve: (n) => oneOf(PLACE_LEVELS, n.level),
    }),
    parentCode: t.exposeString('parentCode', {
      nullable: true,
      description: 'Code of the division it lies within.',
    }),
    parent: t.field({
      type: PlaceRef,
      nullable: true,
      description: 'The division it lies within (南海区 → 佛山市).',
      resolve: (n, _args, ctx) => loadNode(ctx, { type: 'Place', id: n.parentCode ?? '' }),
    }),
    children: t.field({
      type: PlaceConnection,
      description: 'Divisions directly within it that appear in the graph.',
      args: pageArgs(t),
      resolve: (n, args, ctx) =>
        listConnection(ctx, 'Place', args, { category: { attribute: 'parentCode', value: n.code } }),
    }),
    organizations: t.field({
      type: OrganizationConnection,
      description:
        'Organizations located in exactly this division (for everything beneath it use `organizations(placeCode:)`).',
      args: pageArgs(t),
      resolve: (n, args, ctx) => edgeConnection(ctx, n, { edge: 'locatedIn', direction: 'in' }, args, plainEdge),
    }),
    events: t.field({
      type: EventConnection,
      description: 'Events held in exactly this division.',
      args: pageArgs(t),
      resolve: (n, args, ctx) => edgeConnection(ctx, n, { edge: 'heldIn', direction: 'in' }, args, plainEdge),
    }),
    metrics: t.field({
      type: MetricConnection,
      description: 'Metrics stated about this division.',
      args: pageArgs(t),
      resolve: (n, args, ctx) =>
        edgeConnection(ctx, n, { edge: 'describes', direction: 'in', otherType: 'Metric' }, args, plainEdge),
    }),
  }),
});

builder.queryFields((t) => ({
  place: t.field({
    type: PlaceRef,
    nullable: true,
    description: 'The division with this code, e.g. 440600; null when the graph has none.',
    args: { code: t.arg.string({ required: true, description: 'A 6- or 9-digit division code.' }) },
    resolve: (_root, args, ctx) => loadNode(ctx, { type: 'Place', id: placeCode(args.code.trim()) }),
  }),
  places: t.field({
    type: PlaceConnection,
    description: 'Places in code order: all of them, those directly within `parentCode`, and/or those of one `level`.',
    args: {
      parentCode: t.arg.string({ description: 'Only divisions directly within this one, e.g. 440600.' }),
      level: t.arg({ type: PlaceLevelEnum, description: 'Only divisions of this level.' }),
      ...pageArgs(t),
    },
    resolve: (_root, args, ctx) => {
      const parent = text(args.parentCode);
      return listConnection(ctx, 'Place', args, {
        // A division's children are one byCategory partition, in code order.
        ...(parent ? { category: { attribute: 'parentCode', value: placeCode(parent) } } : {}),
        ...(args.level ? { where: { level: args.level } } : {}),
      });
    },
  }),
}));
