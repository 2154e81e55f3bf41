import { describe, expect, it } from 'vitest';
import { extract } from './extract.ts';
import { compileRegexesEagerly } from './regex-tiering.ts';

describe('compileRegexesEagerly', () => {
  it('leaves what the extractor finds unchanged when regexes compile at once', () => {
    const text =
      '佛山市总工会10月29日召开产业工人队伍建设改革工作推进会,市总工会主席李灿出席。全市技能人才达149.6万人。';
    const before = extract(text);
    compileRegexesEagerly();
    const fresh = /工会|总工会/u;
    expect(fresh.exec('佛山市总工会')?.[0]).toBe('总工会');
    expect(extract(text)).toEqual(before);
  });
});
