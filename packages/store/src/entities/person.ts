import { byRankKey, byTypeKey, pinyinSort } from './keys.ts';
import { defineNode, type NodeRecord } from './node.ts';

/** A person's stored attributes. */
export interface PersonAttributes {
  /** The name as written, e.g. 李灿. */
  name: string;
  /** Full roles (佛山市总工会主席); a document-scoped set, like an organization's aliases. */
  roles: string[];
}

/** A person node as read back. */
export type PersonNode = NodeRecord<'Person', PersonAttributes>;

/**
 * People: listed by name (byType) and in pinyin order (byRank). A person has no place of their own.
 *
 * @example
 * personEntity.indexKeys({ id: 'p_1', name: '李灿', roles: [] }) // → { gsi2pk: 'Person', gsi2sk: '李灿' }
 */
export const personEntity = defineNode<'Person', PersonAttributes>({
  type: 'Person',
  attributes: { name: 'string', roles: 'valueSet' },
  indexes: {
    byType: (p) => byTypeKey('Person', [p.name]),
    byRank: (p) => byRankKey('Person', 'pinyin', pinyinSort(p.name)),
  },
});
