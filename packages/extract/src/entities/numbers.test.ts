import { describe, expect, it } from 'vitest';
import { applyMagnitude, parseChineseNumeral, parseNumberToken } from './numbers.ts';

describe('parseChineseNumeral', () => {
  it('reads tens, hundreds and thousands', () => {
    expect(parseChineseNumeral('十六')).toBe(16);
    expect(parseChineseNumeral('二十')).toBe(20);
    expect(parseChineseNumeral('一百二十三')).toBe(123);
    // Tens as one character, as Taiwan and Hong Kong write them.
    expect(parseChineseNumeral('六万三千二百卅二')).toBe(63232);
    expect(parseChineseNumeral('廿五')).toBe(25);
    expect(parseChineseNumeral('三卅')).toBeUndefined();
    expect(parseChineseNumeral('三千五百')).toBe(3500);
    expect(parseChineseNumeral('两')).toBe(2);
  });

  it('reads a bare magnitude as one of it', () => {
    expect(parseChineseNumeral('万')).toBe(10_000);
    expect(parseChineseNumeral('百万')).toBe(1_000_000);
  });

  it('refuses digit runs that are names, not numbers', () => {
    expect(parseChineseNumeral('十四五')).toBeUndefined();
    expect(parseChineseNumeral('')).toBeUndefined();
  });
});

describe('applyMagnitude', () => {
  it('multiplies without float noise', () => {
    expect(applyMagnitude(149.6, '万')).toBe(1_496_000);
    expect(applyMagnitude(26.5, '万')).toBe(265_000);
    expect(applyMagnitude(3, '亿')).toBe(300_000_000);
  });
});

describe('parseNumberToken', () => {
  it('reads Arabic decimals and Chinese numerals', () => {
    expect(parseNumberToken('84.0')).toBe(84);
    expect(parseNumberToken('九')).toBe(9);
  });

  it('applies 亿 to a decimal without float noise', () => {
    expect(applyMagnitude(579.2, '亿')).toBe(57_920_000_000);
  });

  it('reads digits grouped by three with spaces or commas', () => {
    expect(parseNumberToken('15 084')).toBe(15_084);
    expect(parseNumberToken('1,477,336')).toBe(1_477_336);
    expect(parseNumberToken('5 085.8')).toBe(5085.8);
    expect(parseNumberToken('18万3,222')).toBe(183_222);
  });

  it('reads a Chinese numeral’s decimals after 点, digit by digit', () => {
    expect(parseNumberToken('三十七点五')).toBe(37.5);
    expect(parseNumberToken('零点五')).toBe(0.5);
    expect(parseNumberToken('二点')).toBeUndefined();
  });

  it('adds the ten thousands below the hundred millions, not multiplies (二十亿三千三百万, 1亿5千万)', () => {
    expect(parseNumberToken('二十亿三千三百万')).toBe(2_033_000_000);
    expect(parseNumberToken('十三亿一千万')).toBe(1_310_000_000);
    expect(parseNumberToken('1亿5千万')).toBe(150_000_000);
    expect(parseNumberToken('6亿242万')).toBe(602_420_000);
    expect(parseNumberToken('三万亿')).toBe(3_000_000_000_000);
  });
});
