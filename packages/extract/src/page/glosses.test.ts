import { describe, expect, it } from 'vitest';
import { stripGlosses } from './glosses.ts';
import { normalizePage } from './normalize.ts';

describe('stripGlosses', () => {
  it('removes tone-marked readings after characters and maps back to the source', () => {
    const source = '甲區(qū)總工會(huì)召开';
    const { text, map } = stripGlosses(source);
    expect(text).toBe('甲區總工會召开');
    expect(map && [...map].map((o) => source[o] ?? '$').join('')).toBe('甲區總工會召开$');
  });

  it('removes a gloss of several syllables, and one with a stray space', () => {
    expect(stripGlosses('某县总工会(xiànzǒnggōnghuì)组织工人(gōng rén)學(xué )习').text).toBe('某县总工会组织工人學习');
  });

  it('removes bare readings when a page prints many, and leaves a lone one', () => {
    expect(stripGlosses('中國工(gong)(gong)會推進(jin)產(chan)業(ye)職(zhi)工(gong)隊伍').text).toBe(
      '中國工會推進產業職工隊伍',
    );
    expect(stripGlosses('某公司(abc)成立').text).toBe('某公司(abc)成立');
  });

  it('leaves a text without glosses alone when parentheses hold Latin words or no tone marks', () => {
    expect(stripGlosses('中国工会(ACFTU)和(sticker)').map).toBeUndefined();
    expect(stripGlosses('(nóng)开头').text).toBe('(nóng)开头');
  });
});

describe('normalizePage', () => {
  it('reads a glossed page as written and keeps source offsets when glosses are removed', () => {
    const source = '某某縣總工會(huì)開展送溫(wēn)暖活動。';
    const [block] = normalizePage(source);
    expect(block?.norm).toBe('某某县总工会开展送温暖活动。');
    const offsets = block?.offsets ?? new Int32Array();
    expect(source.slice(offsets[5], (offsets[5] ?? 0) + 1)).toBe('會');
    expect(source.slice(offsets[6], (offsets[6] ?? 0) + 1)).toBe('開');
  });
});
