import { describe, expect, it } from 'vitest';
import { placePrefix } from './keys.ts';

describe('Function: placePrefix', () => {
  it('drops trailing zero pairs when the code names a province, city or county', () => {
    expect(placePrefix('440000')).toBe('44');
    expect(placePrefix('440600')).toBe('4406');
    expect(placePrefix('440605')).toBe('440605');
  });

  it('keeps a town code whole when it is longer than six digits', () => {
    expect(placePrefix('440605001')).toBe('440605001');
  });
});
