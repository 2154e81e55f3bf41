import { describe, expect, it } from 'vitest';
import { normalizePage } from './normalize.ts';
import { stripNumberPadding } from './padding.ts';

describe('stripNumberPadding', () => {
  it('removes the spaces padding a number between Han characters and maps back to the source', () => {
    const source = '开展 2026 年元旦活动,等 10 个单位,人均 2.5 万元';
    const { text, map } = stripNumberPadding(source);
    expect(text).toBe('开展2026年元旦活动,等10个单位,人均2.5万元');
    expect(map && [...map].map((o) => source[o] ?? '$').join('')).toBe(`${text}$`);
  });

  it('keeps the spaces of a number beside anything but Han characters', () => {
    for (const text of ['2020-07-30 来源:某某报', '第 3', 'APP 2 个', '记者 王五 摄']) {
      expect(stripNumberPadding(text)).toEqual({ text });
    }
  });
});

describe('stripNumberPadding › quotations', () => {
  it('removes the space a site sets between a word and its opening quote', () => {
    expect(stripNumberPadding('在林芝段開展 “中國夢·勞動美”勞動競賽').text).toBe('在林芝段開展“中國夢·勞動美”勞動競賽');
  });

  it('keeps the space before a quote after punctuation or a Latin word', () => {
    for (const text of ['圆满结束。 “今天的活动很好”', 'APP “一键入会”'])
      expect(stripNumberPadding(text)).toEqual({ text });
  });
});

describe('normalizePage', () => {
  it('points a padded number’s sentence at the source after both removals (gloss and padding)', () => {
    const source = '某區(qū)总工会开展 2026 年慰问活动。';
    const [block] = normalizePage(source);
    expect(block?.text).toBe('某區总工会开展2026年慰问活动。');
    expect(block && source.slice(block.offsets[0], block.offsets.at(-1))).toBe(source);
  });
});
