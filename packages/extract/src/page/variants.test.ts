import { describe, expect, it } from 'vitest';
import { foldVariants, foldZhe } from './variants.ts';

describe('foldZhe', () => {
  it('reads 著 after a verb as the particle 着', () => {
    expect(foldZhe('作家王震带著新书走进书屋,随著活动开展')).toBe('作家王震带着新书走进书屋,随着活动开展');
  });

  it('keeps 著 in 著名, 显著 and at a line start', () => {
    expect(foldZhe('著名劳模成效显著,编著一书')).toBe('著名劳模成效显著,编著一书');
  });
});

describe('foldVariants', () => {
  it('writes a variant character as the genre’s form (陜西 → 陕西)', () => {
    expect(foldVariants('陜西省总工会')).toBe('陕西省总工会');
  });
});
