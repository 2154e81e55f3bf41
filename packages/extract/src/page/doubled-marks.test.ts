import { describe, expect, it } from 'vitest';
import { extract } from '../extract.ts';
import { stripDoubledMarks } from './doubled-marks.ts';

describe('stripDoubledMarks', () => {
  it('removes a comma doubled before 、 and maps back to the source', () => {
    const source = '县委副书记,、代县长赵某荣,县委常委，、县总工会主席黄某';
    const { text, map } = stripDoubledMarks(source);
    expect(text).toBe('县委副书记、代县长赵某荣,县委常委、县总工会主席黄某');
    expect(map && [...map].map((o) => source[o] ?? '$').join('')).toBe(`${text}$`);
  });

  it('keeps a comma before anything but 、', () => {
    expect(stripDoubledMarks('甲,乙、丙')).toEqual({ text: '甲,乙、丙' });
  });
});

describe('stripDoubledMarks › the page', () => {
  it('reads a chain of offices with doubled marks as one with 、 alone', () => {
    const { people } = extract('闽清县召开会议。县委副书记,、代县长赵某荣出席。');
    expect(people.find((p) => p.name === '赵某荣')?.positions.map((p) => p.role)).toEqual([
      '闽清县委副书记',
      '闽清县代县长',
    ]);
  });
});
