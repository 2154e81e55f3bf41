import type { OrganizationKind } from '../extraction.ts';
import { byCategoryKey, byPlaceKey, byRankKey, byTypeKey, pinyinSort } from './keys.ts';
import { defineNode, type NodeRecord } from './node.ts';

/** An organization's stored attributes. */
export interface OrganizationAttributes {
  /** Fullest canonical name, region prefix resolved (市总工会 → 佛山市总工会). */
  name: string;
  /** Other names it goes by; a document-scoped set, each entry naming the document that says so. */
  aliases: string[];
  kind?: OrganizationKind;
  /** Division code of the place it belongs to. */
  placeCode?: string;
}

/** An organization node as read back. */
export type OrganizationNode = NodeRecord<'Organization', OrganizationAttributes>;

/**
 * Organizations: listed by name (byType), by place under their place code (byPlace), by kind
 * (byCategory) and by name in pinyin order (byRank).
 *
 * @example
 * organizationEntity.key('o_1') // → { pk: 'Organization#o_1', sk: '#node' }
 */
export const organizationEntity = defineNode<'Organization', OrganizationAttributes>({
  type: 'Organization',
  attributes: { name: 'string', aliases: 'valueSet', kind: 'string?', placeCode: 'string?' },
  indexes: {
    byType: (o) => byTypeKey('Organization', [o.name]),
    byPlace: (o) => (o.placeCode ? byPlaceKey('Organization', o.placeCode, [o.name]) : undefined),
    byCategory: (o) => (o.kind ? byCategoryKey('Organization', 'kind', o.kind, [o.name]) : undefined),
    byRank: (o) => byRankKey('Organization', 'pinyin', pinyinSort(o.name)),
  },
});
