import { describe, expect, it } from 'vitest';
import {
  filedOn,
  findDate,
  findDayOnly,
  findGluedDate,
  hasRelativeDate,
  isoDate,
  pageYear,
  publishedOn,
} from './dates.ts';

describe('findDate', () => {
  it('reads a date whose figures are spaced off their characters (2 月 6 日)', () => {
    expect(findDate('2 月 6 日,某县总工会开展招聘活动')).toMatchObject({ month: 2, day: 6 });
  });

  it('reads 元月 as the first month (元月12日)', () => {
    expect(findDate('元月12日,区总工会举行启动仪式')).toMatchObject({ month: 1, day: 12 });
  });

  it('reads a day written in numerals with 廿 or 卅, as Hong Kong and Macau papers do (二月廿二日)', () => {
    expect(findDate('某會於二月廿二日舉辦新春聯歡晚會')).toMatchObject({ month: 2, day: 22 });
    expect(findDate('十月卅一日')).toMatchObject({ month: 10, day: 31 });
  });

  it('reads month and day, with the year when written', () => {
    expect(findDate('本报讯 6月8日,某区召开会议')).toMatchObject({ month: 6, day: 8 });
    expect(findDate('2024年12月3日,会议召开')).toMatchObject({ year: 2024, month: 12, day: 3 });
    // Taiwan's ROC years: 107年 is 2018; a three-digit number that is no such year gives no year.
    expect(findDate('107年8月16日第33次基本工資審議會議')).toMatchObject({ year: 2018, month: 8, day: 16 });
    expect(findDate('500年3月5日')?.year).toBeUndefined();
    expect(findDate('十月二十九日上午')).toMatchObject({ month: 10, day: 29 });
  });

  it('reads a day written with 号, or with a day part in place of 日 (5月28午, 9月14晚)', () => {
    expect(findDate('5月28号,会议召开')).toMatchObject({ month: 5, day: 28 });
    expect(findDate('5月28午,大会召开')).toMatchObject({ month: 5, day: 28 });
    expect(findDate('9月14晚,仪式举行')).toMatchObject({ month: 9, day: 14 });
    expect(findDate('3月5项任务')).toBeUndefined();
  });

  it('reads the first day of a span that writes 日 once (10月15至18日, 6月19-20日, 1月19、20日), not a count after a month', () => {
    expect(findDate('10月15至18日,竞赛在某油田举行')).toMatchObject({ month: 10, day: 15 });
    expect(findDate('6月19-20日,竞赛举行')).toMatchObject({ month: 6, day: 19 });
    expect(findDate('1月19、20日,公司工会主席带队走访慰问')).toMatchObject({ month: 1, day: 19 });
    expect(findDate('3月5至6项任务')).toBeUndefined();
  });

  it('ignores impossible dates', () => {
    expect(findDate('13月40日')).toBeUndefined();
  });
});

describe('findDayOnly', () => {
  it('reads a day written alone at the start of a clause or after a body, a range’s first day', () => {
    expect(findDayOnly('本报讯(记者谭熙)21日,市总工会举办启动仪式。')).toBe(21);
    expect(findDayOnly('22至24日,调研组赴川开展调研活动。')).toBe(22);
    expect(findDayOnly('中国教科文卫体工会5日在京举行座谈会。')).toBe(5);
    expect(findDayOnly('广东省副省长何某友15日在欢迎仪式上称,合作处于新的起点。')).toBe(15);
    expect(findDayOnly('“湾区服务20周年联欢会”23日在广州举行。')).toBe(23);
    expect(findDayOnly('新北市劳工局与交通局27日共同举办表扬活动。')).toBe(27);
    expect(findDayOnly('新春招聘会于28日正式启动。')).toBe(28);
    expect(findDayOnly('全总主席王某30日率慰问团赴河北送温暖。')).toBe(30);
    expect(findDayOnly('劳工顾问委员会今(10日)举行雇员代表换届选举。')).toBe(10);
    expect(findDayOnly('李某宇今(23)举行记招,总结立法会工作。')).toBe(23);
    expect(findDayOnly('工联会今日(16日)举行新春联欢会。')).toBe(16);
    expect(findDayOnly('劳工处今天(7月10日)起展开巡查。')).toBe(10);
    expect(findDayOnly('外卖员休息室服务今午(29日)在教育中心举行启用仪式。')).toBe(29);
    // In Chinese numerals, as Taiwan's and Macau's papers write a day.
    expect(findDayOnly('2014海峡两岸工会论坛十五日在北京举行。')).toBe(15);
    expect(findDayOnly('二十五日晚上,决赛在工联青年活动中心举行。')).toBe(25);
    expect(findDayOnly('比赛历时三日在某地举行。')).toBeUndefined();
    // Right after the subject and before the verb that holds the event.
    expect(findDayOnly('新华社北京12月16日电 中华全国总工会16日启动送温暖活动。')).toBe(16);
    expect(findDayOnly('澳门工会联合总会29日举行庆祝大会。')).toBe(29);
  });

  it('reads no day from a span of days or a month’s date', () => {
    expect(findDayOnly('活动历时3日,共有200人参加。')).toBeUndefined();
    expect(findDayOnly('培训为期共5日在职工学校进行。')).toBeUndefined();
    expect(findDayOnly('巡查连续3日开展,覆盖全市。')).toBeUndefined();
    expect(findDayOnly('5月21日,市总工会举办启动仪式。')).toBeUndefined();
  });
});

describe('filedOn', () => {
  it('reads the day a dateline files its news on, at the start of the line', () => {
    expect(filedOn('新华社北京12月16日电(记者樊某)中华全国总工会16日启动…')).toEqual({ month: 12, day: 16 });
    expect(filedOn('湖南日报2月13日讯(全媒体记者 彭某)')).toEqual({ month: 2, day: 13 });
    expect(filedOn('中国台湾网6月15日厦门消息 论坛今天在厦门举行')).toEqual({ month: 6, day: 15 });
  });

  it('reads no filing day from the day of the news told', () => {
    expect(filedOn('本报讯 5月3日,市总工会举办活动。')).toBeUndefined();
    expect(filedOn('近日,市总工会于5月3日讯问了…')).toBeUndefined();
  });
});

describe('hasRelativeDate', () => {
  it('spots 近日 and 日前', () => {
    expect(hasRelativeDate('本报讯 近日,某镇举办活动')).toBe(true);
    expect(hasRelativeDate('本报讯 5月1日,某镇举办活动')).toBe(false);
  });
});

describe('isoDate', () => {
  it('writes --MM-DD without a year', () => {
    expect(isoDate(3, 7)).toBe('--03-07');
    expect(isoDate(3, 7, 2026)).toBe('2026-03-07');
  });
});

describe('pageYear', () => {
  it('takes the latest year that is not a target or the end of a span', () => {
    expect(pageYear('总结2024年工作,部署2025年任务,计划到2027年完成,《方案(2025—2028年)》')).toBe(2025);
  });

  it('takes a year after a dash that sets off a title (致敬劳动者——2026年…), which ends no span', () => {
    expect(pageYear('召开2025年度述职测评大会。致敬劳动者——2026年“送万福 进万家”书法公益活动举办。')).toBe(2026);
    expect(pageYear('召开2025年度述职测评大会,部署2025-2026年工作。')).toBe(2025);
  });
});

describe('publishedOn', () => {
  it('reads a date stamped with its clock time anywhere in a head line (…编辑:某某 2024-12-25 09:36:18)', () => {
    expect(publishedOn('标题\n来源:某某融媒体中心 编辑:某某 2024-12-25 09:36:18\n12月23日,…2025年度工作…')).toEqual({
      year: 2024,
      month: 12,
      day: 25,
    });
    expect(publishedOn('//www.example.cn2014-10-24 15:23:28来源: 某某网')?.year).toBe(2014);
    // With dots or 年月日 between the figures (…/宜蘭報導 2017.05.02 00:00, …sina.com.cn 2006年02月12日11:41).
    expect(publishedOn('台灣好新聞/記者張某豪/宜蘭報導 2017.05.02 00:00\n…')).toEqual({ year: 2017, month: 5, day: 2 });
    expect(publishedOn('http://www.example.com.cn 2006年02月12日11:41 某某晨报\n…')).toEqual({
      year: 2006,
      month: 2,
      day: 12,
    });
  });

  it('reads a Taiwanese (ROC) year in a meta line (發布日期:100-04-27)', () => {
    expect(publishedOn('发布日期:100-04-27\n新竹县…')).toEqual({ year: 2011, month: 4, day: 27 });
  });

  it('reads the year of a site meta line, ahead of the years the prose reports on', () => {
    expect(publishedOn('来源:某某工人报  发布时间:2024-01-18  浏览次数:3\n2023年全市工会…')?.year).toBe(2024);
    expect(publishedOn('时间:2026年01月22日 来源:某某网')?.year).toBe(2026);
    // Other labels sites print: 发表日期, 更新时间, a paper's 出版日期.
    expect(publishedOn('活动开展\n发表日期:2026-01-15 11:05\n该驿站于2016年改造投用。')?.year).toBe(2026);
    expect(publishedOn('标题\n更新时间:2020-11-14 11:45:00点击次数:7048次')?.year).toBe(2020);
    expect(publishedOn('陕西工人报 出版日期:2003年09月29日 头版')?.year).toBe(2003);
  });

  it('reads the year of a bare date line in the page head, ahead of the years the prose names', () => {
    expect(publishedOn('青浦启动职工劳动和技能竞赛\n2020-07-30\n\n为2019年度“青浦工匠”颁发奖杯。')?.year).toBe(2020);
    expect(publishedOn('标题\n2024-05-24 08:07:58  来源:三秦都市报\n2023年全市…')?.year).toBe(2024);
    expect(publishedOn('标题\n2026.01.12\n正文')?.year).toBe(2026);
    expect(publishedOn('标题\n2022年11月24日 19:50\n正文')).toEqual({ year: 2022, month: 11, day: 24 });
    // Day first with its time, as some portals print it; a figure with dots and no time is no date.
    expect(publishedOn('标题\n\n28.04.2016  18:40\n\n正文')).toEqual({ year: 2016, month: 4, day: 28 });
    expect(publishedOn('标题\n3.5.2016版\n正文')).toBeUndefined();
    // A date in figures further down is a related item's, not the page's.
    expect(publishedOn(`标题\n${'正文。\n'.repeat(10)}2019-01-01 相关新闻`)).toBeUndefined();
  });

  it('reads nothing when the page prints no publication date', () => {
    expect(publishedOn('会议时间为两小时。2023年全市工会…')).toBeUndefined();
  });
});

describe('findGluedDate', () => {
  it('reads a date whose 月 the source lost every way its figures allow', () => {
    expect(findGluedDate('428日,某公司开展劳动竞赛')).toEqual([{ month: 4, day: 28 }]);
    expect(findGluedDate('记者 张某)111日,省总工会')).toEqual([
      { month: 1, day: 11 },
      { month: 11, day: 1 },
    ]);
    expect(findGluedDate('108日上午,')).toEqual([{ month: 10, day: 8 }]);
  });

  it('reads no date from a day, a year or a span', () => {
    for (const text of ['12日,', '2023日,', '活动历时10日,']) expect(findGluedDate(text)).toEqual([]);
  });
});
