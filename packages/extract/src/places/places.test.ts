import { describe, expect, it } from 'vitest';
import { choosePlace, lookupPlace, placeByCode, placeEndingAt, placeStartingAt } from './places.ts';

describe('lookupPlace', () => {
  it('finds a county made a district by its former name, unless a county has that name', () => {
    expect(lookupPlace('密云县')?.candidates.map((p) => p.name)).toEqual(['密云区']);
    expect(lookupPlace('朝阳县')?.candidates.every((p) => p.name === '朝阳县')).toBe(true);
    expect(lookupPlace('从化市')?.candidates.map((p) => p.name)).toEqual(['从化区']);
    expect(lookupPlace('新北市')).toBeUndefined();
    expect(lookupPlace('西区')).toBeUndefined();
  });

  it('reads no place from a word for a part of any city (老城区, the old town; 安康, well-being)', () => {
    expect(lookupPlace('老城区')).toBeUndefined();
    expect(lookupPlace('安康')).toBeUndefined();
    expect(lookupPlace('安康市')?.candidates[0]?.code).toBe('610900');
  });

  it('reads no county from 会同 (together with), only from 会同县 written out', () => {
    expect(lookupPlace('会同')).toBeUndefined();
    expect(lookupPlace('会同县')?.candidates[0]?.code).toBe('431225');
  });

  it('finds full and short names with codes and parents', () => {
    const nanhai = lookupPlace('南海区')?.candidates[0];
    expect(nanhai?.code).toBe('440605');
    expect(nanhai?.parentCode).toBe('440600');
    expect(lookupPlace('佛山')?.candidates[0]?.code).toBe('440600');
    expect(lookupPlace('广东')?.full).toBe(false);
  });

  it('finds an autonomous county by its short name and 县, as pages write it (元江县, 长阳县)', () => {
    expect(lookupPlace('元江县')?.candidates.map((p) => p.name)).toEqual(['元江哈尼族彝族傣族自治县']);
    expect(lookupPlace('长阳县')?.candidates.map((p) => p.code)).toEqual(['420528']);
    expect(lookupPlace('元江县')?.full).toBe(true);
  });

  it('finds towns by full name', () => {
    expect(lookupPlace('大岭山镇')?.candidates.map((p) => p.code)).toContain('441900118');
  });
});

describe('choosePlace', () => {
  it('prefers the candidate inside the places the article is about', () => {
    const candidates = lookupPlace('鼓楼区')?.candidates ?? [];
    expect(candidates.length).toBeGreaterThan(1);
    expect(choosePlace(candidates, ['350100'])?.code).toBe('350102');
    expect(choosePlace(candidates, ['320300'])?.code).toBe('320302');
  });

  it('prefers the candidate inside more of the article’s places, not only its most named one (张家口市’s 桥西区)', () => {
    const candidates = lookupPlace('桥西区')?.candidates ?? [];
    // The province is named most; the city once: the district inside both is the one meant.
    expect(choosePlace(candidates, ['130000', '130700'])?.code).toBe('130703');
    expect(choosePlace(candidates, ['130000', '130100'])?.code).toBe('130104');
  });

  it('prefers a candidate the article names itself over one inside it (吉林 on a page of 吉林省, 长沙 of 长沙市)', () => {
    expect(choosePlace(lookupPlace('吉林')?.candidates ?? [], ['220000'])?.code).toBe('220000');
    expect(choosePlace(lookupPlace('长沙')?.candidates ?? [], ['430000', '430100'])?.code).toBe('430100');
  });
});

describe('placeEndingAt', () => {
  it('finds the longest place name ending at a position', () => {
    const text = '在珠海市斗门区白藤街道开展活动';
    expect(placeEndingAt(text, text.indexOf('开展'))?.text).toBe('白藤街道');
  });
});

describe('placeEndingAt › Taiwan', () => {
  it('reads no mainland county inside a Taiwan county’s name when it starts before it', () => {
    const text = '嘉义县总工会理事长致词';
    expect(placeEndingAt(text, 3)).toBeUndefined();
    expect(placeStartingAt(text, 1)).toBeUndefined();
  });

  it('reads the mainland county when it is written after its city', () => {
    const text = '锦州市义县总工会主席';
    expect(placeEndingAt(text, 5)?.candidates[0]?.code).toBe('210727');
  });
});

describe('placeByCode', () => {
  it('lists ancestors nearest first', () => {
    expect(placeByCode('441900118')?.ancestors).toEqual(['441900', '440000']);
  });
});

describe('lookupPlace › beyond the mainland lists', () => {
  it('knows Hong Kong, Macau and Taiwan as province-level regions', () => {
    expect(lookupPlace('香港')?.candidates[0]?.code).toBe('810000');
    expect(lookupPlace('澳门特别行政区')?.candidates[0]?.level).toBe('province');
  });

  it('knows an autonomous prefecture by its short name and as X州', () => {
    expect(lookupPlace('迪庆州')?.candidates[0]?.name).toBe('迪庆藏族自治州');
    expect(lookupPlace('迪庆')?.candidates[0]?.name).toBe('迪庆藏族自治州');
    // 海南 stays the province: a prefecture's short name never shadows another place's.
    expect(lookupPlace('海南')?.candidates.map((p) => p.name)).not.toContain('海南藏族自治州');
  });

  it('does not take generic words for towns (开发区, 工业园区)', () => {
    expect(lookupPlace('开发区')).toBeUndefined();
    expect(lookupPlace('工业园区')).toBeUndefined();
  });
});
