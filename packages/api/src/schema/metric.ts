import { METRIC_QUALIFIERS } from '@reportgraph/contract';
import type { ListOptions, MetricNode } from '@reportgraph/store';
import { builder } from '../builder.ts';
import { enumValues, oneOf } from './attributes.ts';
import { connectionType, loadNode, nodePageConnection, pageArgs } from './connection.ts';
import { exclusive, placeCode, text } from './filters.ts';
import { entityMentionsField } from './mentions.ts';
import { nodeOptions } from './node.ts';
import { MetricRef, MetricScopeUnion } from './refs.ts';

const MetricQualifierEnum = builder.enumType('MetricQualifier', {
  description: "How a metric's number relates to the true quantity (多/余/近/超/不少于/以上 …).",
  values: enumValues(METRIC_QUALIFIERS, {
    exact: 'The number as stated.',
    approximate: 'About (近, 约, 左右).',
    atLeast: 'At least (多, 余, 超, 不少于, 以上).',
    atMost: 'At most (不超过, 以内).',
  }),
});

/** A plain list of metrics. */
export const MetricConnection = connectionType<MetricNode>('Metric', MetricRef, {
  description: 'A page of metrics.',
  nodeDescription: 'The metric.',
});

builder.node(MetricRef, {
  ...nodeOptions('Metric'),
  description: 'A stated quantity: a count, an amount of money, a percentage, a growth rate or a duration.',
  fields: (t) => ({
    value: t.exposeFloat('value', { description: 'The plain number after 万/亿/千 (149.6万 → 1496000).' }),
    unit: t.exposeString('unit', { description: 'Canonical unit, e.g. 人, 元, %.' }),
    qualifier: t.field({
      type: MetricQualifierEnum,
      nullable: true,
      description: 'How the number relates to the true quantity.',
      resolve: (n) => oneOf(METRIC_QUALIFIERS, n.qualifier),
    }),
    subject: t.exposeString('subject', { description: 'What is counted, e.g. 技能人才.' }),
    text: t.exposeString('text', { nullable: true, description: 'The number as written, e.g. 149.6万人.' }),
    isTarget: t.exposeBoolean('isTarget', {
      description: 'True for a goal (计划到2027年…) rather than an achievement.',
    }),
    isChange: t.boolean({
      description: 'True for growth or a share rather than a count (增长12%).',
      resolve: (n) => n.isChange ?? false,
    }),
    year: t.exposeInt('year', {
      nullable: true,
      description: 'The year the figure refers to or targets, when stated.',
    }),
    placeCode: t.exposeString('placeCode', {
      nullable: true,
      description: 'Division code of the place the figure describes, when it describes a place.',
    }),
    scope: t.field({
      type: MetricScopeUnion,
      nullable: true,
      description: 'What the figure describes: an organization, or else a place.',
      resolve: async (n, _args, ctx) => {
        const org = n.organizationId;
        const found = org ? await loadNode(ctx, { type: 'Organization', id: org }) : null;
        return found ?? loadNode(ctx, { type: 'Place', id: n.placeCode ?? '' });
      },
    }),
    mentions: entityMentionsField(t),
  }),
});

builder.queryFields((t) => ({
  metrics: t.field({
    type: MetricConnection,
    description:
      'Metrics in subject order, or by place. `subject` and `unit` match exactly and combine with each other and ' +
      'with `placeCode`; `subjectPrefix` cannot be combined with `placeCode`.',
    args: {
      subject: t.arg.string({ description: 'Only metrics counting exactly this, e.g. 技能人才.' }),
      subjectPrefix: t.arg.string({ description: 'Only metrics whose subject starts with this, e.g. 技能.' }),
      unit: t.arg.string({ description: 'Only metrics in this unit, e.g. 人 or 元.' }),
      placeCode: t.arg.string({ description: 'Only metrics about this division or beneath it, e.g. 440600.' }),
      ...pageArgs(t),
    },
    resolve: (_root, args, ctx) => {
      const subject = text(args.subject);
      const subjectPrefix = text(args.subjectPrefix);
      const unit = text(args.unit);
      const code = text(args.placeCode);
      exclusive({ subject, subjectPrefix });
      exclusive({ subjectPrefix, placeCode: code });
      const where: ListOptions<'Metric'>['where'] & object = {};
      if (unit) where.unit = unit;
      if (subject && code) where.subject = subject;
      // byType sorts metrics by `<subject>#<unit>`, so an exact subject is the key prefix `<subject>#`.
      const prefix = code ? undefined : subject ? `${subject}#` : (subjectPrefix ?? undefined);
      return nodePageConnection(ctx, args, (page) =>
        ctx.store.listNodes('Metric', {
          ...page,
          ...(code ? { placeCode: placeCode(code) } : {}),
          ...(prefix ? { prefix } : {}),
          ...(Object.keys(where).length ? { where } : {}),
        }),
      );
    },
  }),
}));
