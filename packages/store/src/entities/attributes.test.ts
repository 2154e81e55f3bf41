import { describe, expect, it } from 'vitest';
import { type AttributeSpec, plainValues, readAttributes } from './attributes.ts';

interface Sample {
  name: string;
  year?: number;
  done?: boolean;
  aliases: string[];
  counts?: Record<string, number>;
}
const spec: AttributeSpec<Sample> = {
  name: 'string',
  year: 'number?',
  done: 'boolean?',
  aliases: 'valueSet',
  counts: 'map?',
};

describe('readAttributes', () => {
  it('reads each declared attribute by its kind when the item has it', () => {
    const item = {
      name: '会',
      year: 2025,
      done: true,
      aliases: new Set(['b\u0001d_2', 'a\u0001d_1']),
      counts: { n: 1 },
    };
    expect(readAttributes(spec, item)).toEqual({
      name: '会',
      year: 2025,
      done: true,
      aliases: ['a', 'b'],
      counts: { n: 1 },
    });
  });

  it('reads an empty string as absent and a numeric string as a number, as the API always read them', () => {
    expect(readAttributes(spec, { name: '会', year: '2025', done: 'yes', counts: 'many' })).toEqual({
      name: '会',
      year: 2025,
      aliases: [],
    });
    expect(readAttributes<{ note?: string }>({ note: 'string?' }, { note: '' })).toEqual({});
  });

  it('gives a required attribute the empty value of its kind when the item lacks it', () => {
    expect(readAttributes(spec, {})).toEqual({ name: '', aliases: [] });
  });

  it('leaves out attributes the spec does not declare, such as keys and docs', () => {
    expect(readAttributes(spec, { pk: 'x', gsi2pk: 'y', docs: new Set(['d_1']), name: '会' })).toEqual({
      name: '会',
      aliases: [],
    });
  });
});

describe('plainValues', () => {
  it('drops the document part and duplicates when several documents state a value', () => {
    expect(plainValues(['市总工会\u0001d_2', '总工会\u0001d_1', '市总工会\u0001d_1'])).toEqual(['市总工会', '总工会']);
  });
});
