import { describe, expect, it } from 'vitest';
import { isDocumentScoped, numberKey, pinyinKey, pinyinSort, placePrefix } from './keys.ts';

describe('placePrefix', () => {
  it('drops trailing zero pairs when the code names a province, city or county', () => {
    expect(placePrefix('440000')).toBe('44');
    expect(placePrefix('440600')).toBe('4406');
    expect(placePrefix('440605')).toBe('440605');
  });

  it('keeps a town code whole when it is longer than six digits', () => {
    expect(placePrefix('440605001')).toBe('440605001');
  });
});

describe('isDocumentScoped', () => {
  it('scopes search terms, articles and edges that touch an article to their document', () => {
    expect(isDocumentScoped({ pk: 'term#工会', sk: 'Organization#o_1#d_1#0' })).toBe(true);
    expect(isDocumentScoped({ pk: 'Article#a_1', sk: '#node' })).toBe(true);
    expect(isDocumentScoped({ pk: 'Article#a_1', sk: '#node' })).toBe(true);
    expect(isDocumentScoped({ pk: 'Organization#o_1', sk: 'mentionedIn#Article#a_1#0000012' })).toBe(true);
    expect(isDocumentScoped({ pk: 'Person#p_1', sk: 'reported#Article#a_1#记者' })).toBe(true);
  });

  it('leaves nodes and edges that several documents may state shared', () => {
    expect(isDocumentScoped({ pk: 'Organization#o_1', sk: '#node' })).toBe(false);
    expect(isDocumentScoped({ pk: 'Organization#o_1', sk: 'locatedIn#Place#440600#' })).toBe(false);
    expect(isDocumentScoped({ pk: 'Person#p_1', sk: 'holds#Organization#o_1#主席' })).toBe(false);
    // An edge whose qualifier mentions an article is not an edge to one.
    expect(isDocumentScoped({ pk: 'Event#e_1', sk: 'heldIn#Place#440600#Article#x' })).toBe(false);
  });
});

describe('pinyinKey', () => {
  it('orders names as pinyin does when they use common characters', () => {
    const byKey = (a: string, b: string) => (pinyinKey(a) < pinyinKey(b) ? -1 : 1);
    expect(['深圳', '广州', '佛山', '北京', '安徽'].sort(byKey)).toEqual(['安徽', '北京', '佛山', '广州', '深圳']);
    expect(['张伟', '李灿', '王芳', '陈明'].sort(byKey)).toEqual(['陈明', '李灿', '王芳', '张伟']);
  });

  it('keys each hanzi by its own GB2312 code, from the first row to the last', () => {
    // 啊 opens level 1, 座 ends it, 亍 opens level 2, 齄 ends GB2312: a decode out of step would shift them.
    expect(['啊', '座', '亍', '齄'].map(pinyinKey)).toEqual(['hb0a1', 'hd7f9', 'hd8a1', 'hf7fe']);
  });

  it('keys a character outside GB2312 by its code point, after every hanzi', () => {
    expect(pinyinKey('堃')).toBe('x005803');
  });

  it('sorts a name before the longer names it begins when ended for byRank', () => {
    expect(pinyinSort('中国').join('#') < pinyinSort('中国工会').join('#')).toBe(true);
  });
});

describe('numberKey', () => {
  it('sorts numbers as strings in numeric order, negatives first', () => {
    const values = [12.5, -5, 1_496_000, 0, -100, 3];
    expect(values.map(numberKey).sort()).toEqual([...values].sort((a, b) => a - b).map(numberKey));
  });
});
