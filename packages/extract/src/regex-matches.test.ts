import { describe, expect, it } from 'vitest';
import { matchesOf } from './regex-matches.ts';

/** What matchAll yields, as plain data (match, groups, index) to compare with. */
const shape = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => ({ all: [...m], index: m.index }));

describe('matchesOf', () => {
  it('finds what matchAll finds, groups and indexes included', () => {
    const re = /(\d+)(人|名)/g;
    const text = '3人和5名,共8人';
    expect(shape(matchesOf(re, text))).toEqual(shape(text.matchAll(re)));
    expect(matchesOf(re, text).map((m) => m[1])).toEqual(['3', '5', '8']);
  });

  it('starts from the beginning whatever lastIndex a previous use left', () => {
    const re = /工会/g;
    re.lastIndex = 5;
    expect(matchesOf(re, '工会和工会').map((m) => m.index)).toEqual([0, 3]);
  });

  it('steps over empty matches as matchAll does, a surrogate pair as one character under u', () => {
    const text = 'a𠀋b';
    expect(shape(matchesOf(/(?=)/gu, text))).toEqual(shape(text.matchAll(/(?=)/gu)));
    expect(shape(matchesOf(/(?=)/g, text))).toEqual(shape(text.matchAll(/(?=)/g)));
  });

  it('throws a TypeError when the regex is not global', () => {
    expect(() => matchesOf(/工会/, '工会')).toThrow(TypeError);
  });
});
