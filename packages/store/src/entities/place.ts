import type { PlaceLevel } from '../extraction.ts';
import { byCategoryKey, byPlaceKey, byTypeKey } from './keys.ts';
import { defineNode, type NodeRecord } from './node.ts';

/** A place's stored attributes: an administrative division from the gazetteer. */
export interface PlaceAttributes {
  /** Division code, also the node id: 6 digits (province, city, county) or 9 (town). */
  code: string;
  name: string;
  level?: PlaceLevel;
  /** Code of the division it lies within. */
  parentCode?: string;
}

/** A place node as read back. */
export type PlaceNode = NodeRecord<'Place', PlaceAttributes>;

/**
 * Places: listed by code (byType), and under their own code in byPlace, so a division's
 * subdivisions are one prefix Query.
 *
 * @example
 * placeEntity.key('440600') // → { pk: 'Place#440600', sk: '#node' }
 */
export const placeEntity = defineNode<'Place', PlaceAttributes>({
  type: 'Place',
  attributes: { code: 'string', name: 'string', level: 'string?', parentCode: 'string?' },
  indexes: {
    byType: (p) => byTypeKey('Place', [p.code]),
    byPlace: (p) => byPlaceKey('Place', p.code, [p.code]),
    // A division's children: the places whose parent it is.
    byCategory: (p) => (p.parentCode ? byCategoryKey('Place', 'parentCode', p.parentCode, [p.code]) : undefined),
  },
});
