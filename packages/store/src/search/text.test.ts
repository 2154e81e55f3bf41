import { describe, expect, it } from 'vitest';
import { dropAdminSuffixes, isCodeQuery, isPinyinQuery, isSubsequence, loadPinyin, normalizeTerm } from './text.ts';

describe('normalizeTerm', () => {
  it('does fold traditional, full-width and upper-case text and drop spaces', () => {
    expect(normalizeTerm('佛山市 總工會')).toBe('佛山市总工会');
    expect(normalizeTerm('ＡＰＰ　Foshan')).toBe('appfoshan');
  });
});

describe('dropAdminSuffixes', () => {
  it('does drop 省, 市, 区 and 县 after a place name and keep them at the start or end', () => {
    expect(dropAdminSuffixes('佛山市南海区总工会')).toBe('佛山南海总工会');
    expect(dropAdminSuffixes('广东省总工会')).toBe('广东总工会');
    expect(dropAdminSuffixes('台山县总工会')).toBe('台山总工会');
    expect(dropAdminSuffixes('市总工会')).toBe('市总工会');
    expect(dropAdminSuffixes('佛山市')).toBe('佛山市');
  });
});

describe('isSubsequence', () => {
  it('does accept an abbreviation whose characters come in order and refuse them out of order', () => {
    expect(isSubsequence('全总', '中华全国总工会')).toBe(true);
    expect(isSubsequence('总全', '中华全国总工会')).toBe(false);
  });
});

describe('query kinds', () => {
  it('does read Latin letters as pinyin and 2–12 digits as a division code', () => {
    expect(isPinyinQuery('foshan')).toBe(true);
    expect(isPinyinQuery('佛山')).toBe(false);
    expect(isCodeQuery('4406')).toBe(true);
    expect(isCodeQuery('4')).toBe(false);
  });
});

describe('loadPinyin', () => {
  it('does give the toneless pinyin of a name and its initials', async () => {
    const pinyinOf = await loadPinyin();
    expect(pinyinOf('佛山市总工会')).toEqual({ full: 'foshanshizonggonghui', initials: 'fsszgh' });
    expect(pinyinOf('吕梁')).toEqual({ full: 'lvliang', initials: 'll' }); // ü typed as v
  });
});
