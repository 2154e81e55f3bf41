import { METRIC_QUALIFIERS } from '@reportgraph/contract';
import { type MetricNode, placePrefix } from '@reportgraph/store';
import { builder } from '../builder.ts';
import { userError } from '../errors.ts';
import { enumValues, oneOf } from './attributes.ts';
import { connectionType, type ListFilter, listConnection, loadNode, pageArgs } from './connection.ts';
import { exclusive, keyText, placeCode, text } from './filters.ts';
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

const MetricOrderEnum = builder.enumType('MetricOrder', {
  description: 'How a list of metrics is ordered.',
  values: {
    SUBJECT: { value: 'subject', description: 'By subject, then unit (the default).' },
    VALUE: { value: 'value', description: 'By value, smallest first; needs `unit` (values compare within a unit).' },
    VALUE_DESC: { value: 'valueDesc', description: 'By value, largest first; needs `unit`.' },
  } as const,
});

interface MetricArgs {
  subject?: string | null;
  subjectPrefix?: string | null;
  unit?: string | null;
  placeCode?: string | null;
  orderBy?: string | null;
}

/** Metrics by value within one unit (byRank), the other filters applied by DynamoDB. */
function metricValueFilter(args: MetricArgs, unit: string | null): ListFilter<'Metric'> {
  if (!unit) {
    throw userError(
      'orderBy VALUE and VALUE_DESC need `unit` (values compare within one unit), e.g. unit: "人".',
      'BAD_USER_INPUT',
    );
  }
  const subject = keyText('subject', args.subject);
  const subjectPrefix = keyText('subjectPrefix', args.subjectPrefix);
  const code = text(args.placeCode);
  const filter: ListFilter<'Metric'> = { rank: `value#${unit}`, descending: args.orderBy === 'valueDesc' };
  if (subject) filter.where = { subject };
  const begins: Record<string, string> = {};
  if (subjectPrefix) begins.subject = subjectPrefix;
  if (code) begins.placeCode = placePrefix(placeCode(code));
  if (Object.keys(begins).length) filter.whereBeginsWith = begins;
  return filter;
}

/**
 * The metrics a list asks for: placeCode by byPlace, else unit by byCategory, else byType, with
 * the subject (exact: the `<subject>#` key prefix) on the sort key where the index has it.
 */
function metricFilter(args: MetricArgs): ListFilter<'Metric'> {
  const unit = keyText('unit', args.unit);
  if (args.orderBy === 'value' || args.orderBy === 'valueDesc') return metricValueFilter(args, unit);
  const subject = keyText('subject', args.subject);
  const subjectPrefix = keyText('subjectPrefix', args.subjectPrefix);
  exclusive({ subject, subjectPrefix });
  const code = text(args.placeCode);
  // byType, byPlace and byCategory sort metrics by `<subject>#<unit>`: an exact subject is the prefix `<subject>#`.
  const prefix = subject ? `${subject}#` : subjectPrefix;
  if (code) {
    const filter: ListFilter<'Metric'> = { placeCode: placeCode(code) };
    if (unit) filter.where = { unit };
    if (subject) filter.where = { ...filter.where, subject };
    if (subjectPrefix) filter.whereBeginsWith = { subject: subjectPrefix };
    return filter;
  }
  return { ...(unit ? { category: { attribute: 'unit', value: unit } } : {}), ...(prefix ? { prefix } : {}) };
}

builder.queryFields((t) => ({
  metrics: t.field({
    type: MetricConnection,
    description:
      'Metrics by subject (or by value within a unit), filtered by any combination of subject or subject prefix, ' +
      'unit and place. Example: metrics(unit: "人", orderBy: VALUE_DESC, first: 10).',
    args: {
      subject: t.arg.string({ description: 'Only metrics counting exactly this, e.g. 技能人才.' }),
      subjectPrefix: t.arg.string({ description: 'Only metrics whose subject starts with this, e.g. 技能.' }),
      unit: t.arg.string({ description: 'Only metrics in this unit, e.g. 人 or 元.' }),
      placeCode: t.arg.string({ description: 'Only metrics about this division or beneath it, e.g. 440600.' }),
      orderBy: t.arg({ type: MetricOrderEnum, description: 'The order: SUBJECT (default), VALUE or VALUE_DESC.' }),
      ...pageArgs(t),
    },
    resolve: (_root, args, ctx) => listConnection(ctx, 'Metric', args, metricFilter(args)),
  }),
}));
