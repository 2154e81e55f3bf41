import { describe, expect, it } from 'vitest';
import { displayWidth, formatTable, truncate } from './table.ts';

describe('displayWidth', () => {
  it('does count Chinese characters as two columns when mixed with ASCII', () => {
    expect(displayWidth('佛山ab')).toBe(6);
  });
});

describe('truncate', () => {
  it('does cut with an ellipsis when the text is wider than the limit', () => {
    expect(truncate('佛山市总工会', 7)).toBe('佛山市…');
    expect(truncate('abc', 7)).toBe('abc');
  });
});

describe('formatTable', () => {
  it('does align columns by display width when cells hold Chinese text', () => {
    const table = formatTable(
      ['name', 'n'],
      [
        ['佛山', '12'],
        ['ab', '3'],
      ],
      { alignRight: [1] },
    );
    expect(table.split('\n')).toEqual(['name   n', '----  --', '佛山  12', 'ab     3']);
  });
});
