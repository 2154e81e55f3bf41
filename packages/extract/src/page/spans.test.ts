import { describe, expect, it } from 'vitest';
import { unquote } from './spans.ts';

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
