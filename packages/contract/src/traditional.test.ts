import { describe, expect, it } from 'vitest';
import { foldText } from './fold.ts';
import { hasTraditional, toSimplified } from './traditional.ts';

describe('toSimplified', () => {
  it('folds traditional characters one for one', () => {
    expect(toSimplified('佛山市總工會召開會議')).toBe('佛山市总工会召开会议');
    expect(toSimplified('廣東省職工技能競賽')).toBe('广东省职工技能竞赛');
  });

  it('keeps length so offsets stay valid', () => {
    const text = '臺灣同胞參觀職工書屋，體驗閱讀';
    expect(toSimplified(text)).toHaveLength(text.length);
  });

  it('keeps a character simplified names write too (乾县, 乾安县), not 干县', () => {
    expect(toSimplified('乾县總工會')).toBe('乾县总工会');
  });

  it('folds a variant pages type that OpenCC’s table leaves out (陜 for 陝)', () => {
    expect(toSimplified('陜西省總工會')).toBe('陕西省总工会');
  });

  it('leaves simplified text untouched', () => {
    expect(hasTraditional('佛山市总工会')).toBe(false);
    expect(hasTraditional('佛山市總工會')).toBe(true);
  });
});

describe('foldText', () => {
  it('turns full-width punctuation and digits into ASCII', () => {
    expect(foldText('（２０２５年）５％，')).toBe('(2025年)5%,');
  });

  it('turns small form punctuation (﹔﹐﹕) into its usual form, keeping the length', () => {
    expect(foldText('培训﹔慰问﹐座谈﹕')).toBe('培训;慰问,座谈:');
  });

  it('turns the radical 丶 typed for the enumeration comma into 、, and 丨 typed for a bar into |', () => {
    expect(foldText('澳門市政署丶澳門基金會')).toBe('澳门市政署、澳门基金会');
    expect(foldText('记者丨肖某')).toBe('记者|肖某');
  });
});
