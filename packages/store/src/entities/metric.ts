import type { MetricQualifier } from '../extraction.ts';
import { byCategoryKey, byPlaceKey, byRankKey, byTypeKey, numberKey } from './keys.ts';
import { defineNode, type NodeRecord } from './node.ts';

/** A metric's stored attributes. */
export interface MetricAttributes {
  /** The plain number after 万/亿/千 (149.6万 → 1496000). */
  value: number;
  unit: string;
  qualifier?: MetricQualifier;
  /** What is counted, e.g. 技能人才. */
  subject: string;
  /** The number as written, e.g. 149.6万人. */
  text?: string;
  isTarget: boolean;
  year?: number;
  isChange?: boolean;
  /** The organization the figure describes, when it describes one. */
  organizationId?: string;
  /** The place the figure describes, when it describes one. */
  placeCode?: string;
}

/** A metric node as read back. */
export type MetricNode = NodeRecord<'Metric', MetricAttributes>;

/** The byType order of metrics: subject, then unit (so `<subject>#` selects one subject). */
const bySubject = (m: MetricAttributes) => [m.subject, m.unit];

/**
 * Metrics: listed by subject and unit (byType), by the place they describe (byPlace), by unit
 * (byCategory) and by value within a unit (byRank).
 *
 * @example
 * metricEntity.indexKeys({ id: 'm_1', subject: '技能人才', unit: '人', value: 3, isTarget: false })
 * // → { gsi2pk: 'Metric', gsi2sk: '技能人才#人' }
 */
export const metricEntity = defineNode<'Metric', MetricAttributes>({
  type: 'Metric',
  attributes: {
    value: 'number',
    unit: 'string',
    qualifier: 'string?',
    subject: 'string',
    text: 'string?',
    isTarget: 'boolean',
    year: 'number?',
    isChange: 'boolean?',
    organizationId: 'string?',
    placeCode: 'string?',
  },
  indexes: {
    byType: (m) => byTypeKey('Metric', bySubject(m)),
    byPlace: (m) => (m.placeCode ? byPlaceKey('Metric', m.placeCode, bySubject(m)) : undefined),
    byCategory: (m) => byCategoryKey('Metric', 'unit', m.unit, bySubject(m)),
    byRank: (m) => byRankKey('Metric', `value#${m.unit}`, [numberKey(m.value), m.subject]),
  },
});
