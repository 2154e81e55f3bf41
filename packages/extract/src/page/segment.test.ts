import { describe, expect, it } from 'vitest';
import { normalizePage } from './normalize.ts';
import { readLead, segmentArticles } from './segment.ts';

describe('readLead', () => {
  it('reads the dateline and a parenthesised byline', () => {
    const lead = readLead('本报讯(全媒体记者王小明 通讯员李红)5月1日,某区总工会召开会议。');
    expect(lead.dateline).toBe('本报讯');
    expect(lead.byline).toBe('全媒体记者王小明 通讯员李红');
  });

  it('reads names alone before 报道 after the dateline', () => {
    expect(readLead('本报讯 刘某弦 邹某华报道:11月14日,某市羽毛球赛开幕。').byline).toBe('刘某弦 邹某华');
  });

  it('reads a byline set off by spaces after the dateline', () => {
    const lead = readLead('本报讯  全媒体记者王小明  通讯员李红  近日传来喜讯,某区总工会获奖。');
    expect(lead.byline).toBe('全媒体记者王小明  通讯员李红');
    // 记者从…获悉 is the sentence, not a byline.
    expect(readLead('本报讯 记者从某区总工会获悉,近日…').byline).toBeUndefined();
  });

  it('reads a dated dateline with its place (本报长沙4月28日电)', () => {
    const lead = readLead('本报长沙4月28日电(记者 罗丹)4月27日,长沙市总工会召开座谈会。');
    expect([lead.dateline, lead.byline]).toEqual(['本报长沙4月28日电', '记者 罗丹']);
  });

  it('reads a 记者…报道 byline without a dateline', () => {
    const lead = readLead('记者赵刚 通讯员钱芳报道 日前,某县总工会举办培训班。');
    expect(lead.dateline).toBeUndefined();
    expect(lead.byline).toBe('记者赵刚 通讯员钱芳');
  });
});

describe('segmentArticles', () => {
  const page = [
    '某市总工会召开全委会',
    '本报讯 5月10日,某市总工会召开第十届委员会第三次全体会议。',
    '会议强调,要做好今年工作。',
    '（某某工）',
    '乙县总工会',
    '举办技能竞赛',
    '本报讯 近日,乙县总工会举办职工技能竞赛。',
    '一、突出重点',
    '竞赛设置了多个项目。',
  ].join('\n\n');

  it('splits a page into articles at headlines followed by a dateline', () => {
    const articles = segmentArticles(normalizePage(page));
    expect(articles).toHaveLength(2);
    expect(articles[0]?.title).toBe('某市总工会召开全委会');
    expect(articles[0]?.signature).toBe('某某工');
    // The short line naming the body belongs to the headline below it.
    expect(articles[1]?.title).toBe('乙县总工会 举办技能竞赛');
    expect(articles[1]?.dateline).toBe('本报讯');
  });

  it('reads a deck between the headline and another outlet’s dated paragraph as part of the headline', () => {
    const text = [
      '全区劳动模范表彰大会举行',
      '时间:2025-04-30 来源:某某云',
      '王建国讲话 艾力·吐尔洪主持 祖丽·吾买尔 努尔·阿不都热合曼 何建军 张明 陈国强出席',
      '某某云/某某日报讯(记者 赵某报道)全区劳动模范表彰大会4月30日举行。王某出席并讲话。',
    ].join('\n\n');
    const [article] = segmentArticles(normalizePage(text));
    const texts = article?.blocks.filter((b) => b.kind === 'text').map((b) => b.text) ?? [];
    expect(texts[0]).toMatch(/^某某云\/某某日报讯/);
    expect(article?.blocks.some((b) => b.kind === 'heading' && b.text.startsWith('王建国讲话'))).toBe(true);
  });

  it('reads short lines of one sentence above the dated lead as the captions of its photos', () => {
    const text = [
      '中国金融工会首次组织技能大比武',
      '业务技能竞赛上选手们正在紧张比拼。',
      '集体合影。',
      '中工网讯  11月27日,全国金融系统综合业务技能竞赛决赛圆满结束。来自全国36个省的代表队参赛。',
    ].join('\n\n');
    const [article] = segmentArticles(normalizePage(text));
    expect(article?.blocks.map((b) => b.kind)).toEqual(['caption', 'caption', 'text']);
    // A paragraph of its own above the dated one is not a caption: the blocks stay as they are.
    const told = text.replace('集体合影。', '集体合影。当天共有来自全国各地的三百多名选手参加了本次比赛的各项决赛。');
    expect(segmentArticles(normalizePage(told))[0]?.blocks.filter((b) => b.kind === 'caption')).toEqual([]);
  });

  it('keeps a subheading inside its article', () => {
    const articles = segmentArticles(normalizePage(page));
    expect(articles[1]?.blocks.some((b) => b.kind === 'heading' && b.text === '一、突出重点')).toBe(true);
  });

  it('reads a headline broken after its verb as one title, under the page furniture', () => {
    const top = ['某某工会', '2025年11月5日 星期三', '责任编辑：王某', '甲市总工会召开', '十五届五次全委会议'];
    const articles = segmentArticles(normalizePage([...top, '本报讯 10月28日,甲市总工会召开全委会议。'].join('\n\n')));
    expect(articles).toHaveLength(1);
    expect(articles[0]?.title).toBe('甲市总工会召开十五届五次全委会议');
    expect(articles[0]?.subtitle).toBeUndefined();
  });

  it('reads a site’s date widget (今天是:) and its back link (返回主页) as furniture, not the title and the lead', () => {
    const top = ['返回主页', '今天是:', '某市总工会', '某市总工会召开推进会', '时间:2020-06-16'];
    const articles = segmentArticles(normalizePage([...top, '6月13日,某市总工会召开推进会。'].join('\n\n')));
    expect(articles[0]?.title).toBe('某市总工会 某市总工会召开推进会');
    expect(articles[0]?.blocks[0]?.norm).toBe('6月13日,某市总工会召开推进会。');
  });

  it('opens an article at a headline with a byline under it, with no dateline', () => {
    const text = [
      '甲市总工会召开会议',
      '本报讯 5月10日,甲市总工会召开会议。',
      '用心守护城市生命线',
      '记者 孙立',
      '凌晨三点,抢修队员接到电话。',
    ];
    const articles = segmentArticles(normalizePage(text.join('\n\n')));
    expect(articles.map((a) => [a.title, a.byline])).toEqual([
      ['甲市总工会召开会议', undefined],
      ['用心守护城市生命线', '记者 孙立'],
    ]);
  });
});

describe('segmentArticles › web pages', () => {
  it('keeps a headline and its original title together across the meta line, with the furniture aside', () => {
    const page = [
      '要闻 | 视频 | 图片 | 专题',
      '佛山市表彰劳动模范',
      '2020-05-09 17:24:43来源:某某日报编辑:甲乙',
      '原题:我市表彰劳动模范和先进集体',
      '为树立榜样,近日,某市总工会决定授予20个单位五一劳动奖状。',
    ].join('\n\n');
    const articles = segmentArticles(normalizePage(page));
    expect(articles).toHaveLength(1);
    expect(articles[0]?.title).toBe('佛山市表彰劳动模范');
    expect(articles[0]?.furniture.map((b) => b.text)).toEqual([
      '要闻 | 视频 | 图片 | 专题',
      '2020-05-09 17:24:43来源:某某日报编辑:甲乙',
    ]);
  });
});
