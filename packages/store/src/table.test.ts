import { describe, expect, it } from 'vitest';
import { ACCESS_PATTERNS, keyAttributes, PHYSICAL_INDEXES } from './entities/indexes.ts';
import { byPlacePk, byStatusPk } from './entities/keys.ts';
import { tableDefinition } from './table.ts';

describe('tableDefinition', () => {
  it('declares the key attributes of every index an access pattern uses, and only those', () => {
    const used = Object.keys(ACCESS_PATTERNS).flatMap((pattern) => {
      const { partitionKey, sortKey } = keyAttributes(pattern as keyof typeof ACCESS_PATTERNS);
      return [partitionKey, sortKey];
    });
    expect(Object.keys(tableDefinition.attributes).sort()).toEqual([...new Set(used)].sort());
    expect(Object.keys(tableDefinition.globalIndexes)).toEqual(
      Object.keys(PHYSICAL_INDEXES).filter((i) => i !== 'table'),
    );
  });

  it('serves byPlace and byStatus from one index whose partition keys cannot collide', () => {
    expect(ACCESS_PATTERNS.byPlace).toBe(ACCESS_PATTERNS.byStatus);
    expect(byStatusPk('DONE')).toBe('Document@status#DONE');
    expect(byPlacePk('Document')).not.toBe(byStatusPk('DONE'));
  });
});
