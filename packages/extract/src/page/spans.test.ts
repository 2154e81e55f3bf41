import { describe, expect, it } from 'vitest';
import { enclosureAt, unquote } from './spans.ts';

describe('unquote', () => {
  it('removes the quotation marks that enclose a whole title', () => {
    expect(unquote('「甲辰年新春聯歡晚會」')).toBe('甲辰年新春聯歡晚會');
    expect(unquote('“爱心互助行动”')).toBe('爱心互助行动');
  });

  it('keeps a quotation inside a title, and two quotations side by side', () => {
    expect(unquote('“安康杯”知识竞赛')).toBe('“安康杯”知识竞赛');
    expect(unquote('“会聚良缘”暨“高明青年营”')).toBe('“会聚良缘”暨“高明青年营”');
  });
});

describe('enclosureAt', () => {
  it('reads a position inside a quotation or a book title', () => {
    expect(enclosureAt('打造“12635”产业体系', 4).quote).toBe(true);
    expect(enclosureAt('学习《工会法》精神', 3).book).toBe(true);
    expect(enclosureAt('打造“12635”产业体系', 9).quote).toBe(false);
  });

  it('reads nothing enclosed by a mark no closing one follows (a typo)', () => {
    const text = '组织开展了市第二届“工匠杯职工技能竞赛,共有25个工种。';
    expect(enclosureAt(text, text.indexOf('25')).quote).toBe(false);
    const book = '新修改的《工会法、新修改的《安全生产法》,共有8支代表队进入决赛。';
    expect(enclosureAt(book, book.indexOf('8支')).book).toBe(false);
  });
});
