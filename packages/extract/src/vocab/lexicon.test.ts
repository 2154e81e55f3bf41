import { describe, expect, it } from 'vitest';
import { Lexicon } from './lexicon.ts';

describe('Lexicon', () => {
  const lexicon = new Lexicon(['主席', '副主席', '会见']);

  it('finds the longest word starting or ending at a position', () => {
    expect(lexicon.startingAt('副主席李灿', 0)).toBe('副主席');
    expect(lexicon.startingAt('副主席李灿', 1)).toBe('主席');
    expect(lexicon.startingAt('副主席李灿', 3)).toBeUndefined();
    expect(lexicon.endingAt('李灿副主席', 5)).toBe('副主席');
  });

  it('tells whether any word occurs in a text when it is anywhere in it', () => {
    expect(lexicon.occursIn('李灿会见了代表')).toBe(true);
    expect(lexicon.occursIn('会见')).toBe(true);
    expect(lexicon.occursIn('李灿和代表')).toBe(false);
    expect(lexicon.occursIn('')).toBe(false);
  });

  it('lists every word in a text leftmost and longest first, none overlapping', () => {
    const forms = new Lexicon(['全国总工会', '中华全国总工会', '总工会', '华润(集团)有限公司']);
    expect(forms.matchesIn('中华全国总工会和全国总工会、市总工会')).toEqual([
      { index: 0, text: '中华全国总工会' },
      { index: 8, text: '全国总工会' },
      { index: 15, text: '总工会' },
    ]);
    // A form is a word, not a pattern: its brackets are characters to match.
    expect(forms.matchesIn('华润(集团)有限公司')).toEqual([{ index: 0, text: '华润(集团)有限公司' }]);
    expect(forms.matchesIn('华润集团有限公司')).toEqual([]);
  });
});
