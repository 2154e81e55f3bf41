import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../test-helpers.ts';
import { divisionAt, furniturePlace, outletPlace, pageProvince, placeAt, writtenPlaceName } from './context.ts';
import { placeByCode } from './places.ts';

const placesOf = (text: string, province?: string): string[] =>
  sentencesOf(text, province).ctx.mentions.map((m) => m.place.name);

describe('articleContext', () => {
  it('does not take a place named in a competition or a quoted title for the place the text is about', () => {
    expect(placesOf('佛山市总工会开展“安康杯”竞赛。')).toEqual(['佛山市']);
    expect(placesOf('全市开展安康杯知识竞赛。')).toEqual([]);
  });

  it('reads a province’s short name as the province, not a district sharing it, even on that district’s region’s page', () => {
    expect(placesOf('杭锦旗总工会组织学习习近平在海南考察讲话精神。', '150000')).toContain('海南省');
    expect(placesOf('乌海市海南区总工会召开会议。', '150000')).toContain('海南区');
  });

  it('reads an ambiguous district name only inside the article’s places', () => {
    // 鼓楼区 is in Fuzhou, Nanjing, Xuzhou and Kaifeng: in a Fuzhou article it is Fuzhou's.
    expect(placesOf('福州市总工会在鼓楼区举办活动。', '350000')).toEqual(['福州市', '鼓楼区']);
    expect(sentencesOf('福州市总工会在鼓楼区举办活动。', '350000').ctx.mentions[1]?.place.code).toBe('350102');
  });

  it('reads a district written on its city’s level character as inside that city', () => {
    const { ctx } = sentencesOf('内江市中区总工会召开座谈会。');
    expect(ctx.mentions.map((m) => [m.place.name, m.place.code, m.joined ?? false])).toEqual([
      ['内江市', '511000', false],
      ['市中区', '511002', true],
    ]);
    // 广州市区 is the city's urban area: no district is named 市区.
    expect(placesOf('广州市区举办活动。')).toEqual(['广州市']);
  });

  it('reads 城区, 郊区 and 矿区 as districts only right after their city', () => {
    expect(placesOf('阳泉市矿区总工会召开会议。')).toEqual(['阳泉市', '矿区']);
    // The words, not the districts of 阳泉 or 晋城: the place the text is about stays the same.
    expect(placesOf('鹤岗市总工会主席徐某出席,矿区工会主席王某观摩。')).toEqual(['鹤岗市']);
    expect(placesOf('资阳市总工会在城区建立了100多个站点。')).toEqual(['资阳市']);
  });

  it('reads no place whose first character ends the word before it (莅临县, 部分乡镇), nor an acting head (代县长)', () => {
    expect(placesOf('台前县总工会召开会议。市总工会一行莅临县人大机关检查指导。')).toEqual(['台前县']);
    expect(placesOf('夏邑县总工会召开会议。调研组深入到我县部分乡镇实地察看。')).toEqual(['夏邑县']);
    expect(placesOf('合肥市各界隆重庆祝“五一”国际劳动节。')).toEqual(['合肥市']);
    expect(placesOf('虞城县总工会积极响应县委、县政府号召。')).toEqual(['虞城县']);
    expect(placesOf('助力滨海城市建设。代表走进企业、部门,和县乡人大代表座谈。')).toEqual([]);
    expect(placesOf('东莞市石龙镇在中山西社区设立分会场。')).toEqual(['东莞市', '石龙镇']);
    expect(placesOf('闽清县召开会议。县委副书记、代县长赵某荣主持。')).toEqual(['闽清县']);
    expect(placesOf('代县总工会召开会议。')).toEqual(['代县']);
    expect(placesOf('省总工会调研组来临沧市调研。')).toEqual(['临沧市']);
  });

  it('does not place an ambiguous town by its province alone', () => {
    // 板桥乡 is in five counties, one of them in Sichuan, but not in Qingchuan.
    expect(placesOf('青川县总工会走访慰问。板桥乡浮寨村困难群众收到慰问金。', '510000')).toEqual(['青川县']);
  });

  it('does not place a town known by one place only in a province the article names no place of', () => {
    // The gazetteer's only 石滩乡 is in Hunan; this one is in a Sichuan county the gazetteer lacks it for.
    expect(placesOf('巴中市南江县总工会走访慰问。帮扶对象住在石滩乡。县总工会送上慰问金。')).toEqual([
      '巴中市',
      '南江县',
    ]);
    expect(placesOf('帮扶对象住在石滩乡。')).toEqual(['石滩乡']);
  });

  it('records a Corps division written before its city', () => {
    expect(sentencesOf('八师石河子市召开会议。', '650000').ctx.mentions[0]?.division).toBe('第八师');
    expect(divisionAt('一师阿拉尔市总工会')).toEqual({ division: '第一师', length: 2 });
  });
});

describe('pageProvince', () => {
  const provinceOf = (text: string) => pageProvince(sentencesOf(text).sentences);

  it('takes the province its unambiguous places fall in most often', () => {
    expect(provinceOf('佛山市总工会召开会议。南海区总工会出席。')).toBe('440000');
  });

  it('takes the mainland province over Taiwan named more often on a cross-strait page', () => {
    expect(provinceOf('台湾劳工团体代表与台湾工会负责人来访。福建省总工会与台湾工会座谈。')).toBe('350000');
    expect(provinceOf('台湾工会代表团访问台北、高雄各地。')).toBe('710000');
    // 中国台湾网 (a mainland outlet's name), 台湾 named alone: none of Taiwan's own words, no Taiwanese page.
    expect(provinceOf('中国台湾网移动版。全总:“十三五”期间工会劳动和技能竞赛成效显著。')).toBeUndefined();
    // A district name that is also a mainland county's (东区) does not outweigh the region's own words.
    expect(provinceOf('工聯會港島東辦事處開幕,東區民政事務專員出席。')).toBe('810000');
    // A Taiwanese page that names no mainland place: its cities and legislators say where it is.
    expect(provinceOf('新竹縣總工會理事長致詞,立委到場關心。')).toBe('710000');
    // …or its cabinet and its Ministry of Labor, where no city is named.
    expect(provinceOf('勞動部召開最低工資審議會議,後續將送行政院核定。')).toBe('710000');
    expect(provinceOf('三明市总工会劳动部负责人出席。')).toBe('350000');
  });

  it('takes Hong Kong or Macau when its own words outnumber the mainland places a page names in passing', () => {
    expect(provinceOf('工聯總會北區服務中心協助本澳居民辦理珠海社保。本澳居民踴躍參與。')).toBe('820000');
    expect(provinceOf('广东省总工会在广州市接待澳门工联总会代表团,深圳市总工会参加。')).toBe('440000');
  });

  it('reads Hong Kong or Macau from the region’s own words when a page names no mainland place', () => {
    expect(provinceOf('工联会举行劳动节探访大行动,到全港各区探访前线工友。')).toBe('810000');
    expect(provinceOf('工聯會九龍東辦事處在觀塘舉辦活動。')).toBe('810000');
    expect(provinceOf('工联总会为本澳雇员争取权益。')).toBe('820000');
    expect(provinceOf('青洲坊眾互助會副會長楊某出席。')).toBe('820000');
    expect(provinceOf('工聯總會會長出席活動。')).toBe('820000');
    // A mainland place outweighs the words; a page with neither has no province.
    expect(provinceOf('东莞市沙田镇总工会走访全港企业。')).toBe('440000');
    expect(provinceOf('工会举办培训班。')).toBeUndefined();
  });
});

describe('writtenPlaceName', () => {
  it('writes a prefecture as the article does', () => {
    const { ctx } = sentencesOf('红河州举办职工运动会。', '530000');
    const honghe = ctx.mentions[0]?.place;
    const foshan = placeByCode('440600');
    expect(honghe && writtenPlaceName(ctx, honghe)).toBe('红河州');
    expect(foshan && writtenPlaceName(ctx, foshan)).toBe('佛山市');
  });
});

describe('placeAt', () => {
  it('falls back on the place named last before the statement', () => {
    const { sentences, ctx } = sentencesOf('湖州市举办大赛。共有30名选手参赛。', '330000');
    const s = sentences[1];
    expect(s && placeAt(ctx, s.index)?.name).toBe('湖州市');
  });
});

describe('outletPlace', () => {
  it('reads the place a page’s outlet is named after, not a national paper’s', () => {
    expect(outletPlace(['来源: 沧州日报  作者:赵宁'])?.name).toBe('沧州市');
    expect(outletPlace(['来源:工人日报'])).toBeUndefined();
    expect(outletPlace(['来源:山西工人报'])?.name).toBe('山西省');
  });
});

describe('outletPlace › county papers', () => {
  it('reads a county-level city’s paper by its short name (高邮日报 → 高邮市)', () => {
    expect(outletPlace(['当前报纸名称:高邮日报'])?.name).toBe('高邮市');
  });
});

describe('outletPlace › district papers', () => {
  it('reads a district’s paper by its short name (宝安日报 → 宝安区, 武进新闻 → 武进区)', () => {
    expect(outletPlace(['来源:宝安日报'])?.name).toBe('宝安区');
    expect(outletPlace(['来源:武进新闻'])?.name).toBe('武进区');
  });

  it('reads no district from a paper the text places in another province, nor from a national paper', () => {
    // 濠江日报 is a Macau paper, not Shantou's 濠江区.
    expect(outletPlace(['濠江日报'], () => '820000')).toBeUndefined();
    expect(outletPlace(['来源:光明日报'])).toBeUndefined();
    expect(outletPlace(['来源:新民晚报'])).toBeUndefined();
  });
});

describe('outletPlace › publishers', () => {
  it('reads the city whose federation a source line names by the city’s short name (来源:岳阳总工会 → 岳阳市)', () => {
    expect(outletPlace(['来源:岳阳总工会'])?.name).toBe('岳阳市');
  });

  it('reads the region whose body a source line names in full (来源: 牟平区人民政府 → 牟平区)', () => {
    expect(outletPlace(['日期:2023-05-01 来源: 牟平区人民政府'])?.name).toBe('牟平区');
    expect(outletPlace(['来源:溧阳市总工会'])?.name).toBe('溧阳市');
  });

  it('does not read a place from a source line that writes none in full (来源:市总工会, 来源:辽宁(营口)沿海产业基地)', () => {
    expect(outletPlace(['来源:市总工会'])).toBeUndefined();
    expect(outletPlace(['来源:辽宁(营口)沿海产业基地'])).toBeUndefined();
  });
});

describe('furniturePlace', () => {
  it('reads the county a site’s furniture names, a town’s county for a town', () => {
    expect(furniturePlace(['首页 > 新闻', '上一条: 大溪河镇纪委:为秸秆禁烧保驾护航'])?.name).toBe('凤阳县');
    expect(furniturePlace(['首页 > 新闻'])).toBeUndefined();
  });
});
