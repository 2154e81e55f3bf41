import { describe, expect, it } from 'vitest';
import { differences } from './harness.ts';

describe('differences', () => {
  it('names each differing item with the attributes it differs on, and items only one dump has', () => {
    const expected = [
      { pk: 'Document#d_1', sk: '#node', status: 'DONE', size: 10 },
      { pk: 'Organization#o_1', sk: '#node', name: '甲' },
    ];
    const actual = [
      { pk: 'Document#d_1', sk: '#node', status: 'DONE', size: 12 },
      { pk: 'Person#p_1', sk: '#node', name: '乙' },
    ];
    expect(differences(actual, expected)).toEqual([
      'Document#d_1 #node (size: 10 → 12)',
      'Organization#o_1 #node (missing)',
      'Person#p_1 #node (extra)',
    ]);
  });

  it('finds nothing when the dumps agree', () => {
    const item = { pk: 'Document#d_1', sk: '#node', status: 'DONE' };
    expect(differences([item], [{ ...item }])).toEqual([]);
  });
});
