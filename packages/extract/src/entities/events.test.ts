import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../test-helpers.ts';
import { datesFromChronicle, eventKey, findEvents, isAboutEvent, partOf } from './events.ts';
import { findOrganizations } from './organizations.ts';
import { findPeople } from './people.ts';

/** The events of a short text, read as an article's lead (or, with `lead: false`, as a later paragraph). */
function drafts(text: string, { lead = true } = {}) {
  const { sentences, ctx } = sentencesOf(text);
  return sentences.flatMap((s) => {
    s.lead = lead;
    const orgs = findOrganizations(s, ctx);
    return findEvents(s, orgs, findPeople(s, orgs));
  });
}

function events(text: string, options: { lead?: boolean } = {}) {
  return drafts(text, options).map((e) => ({ title: e.title, type: e.type, day: e.day, location: e.location }));
}

const titles = (text: string, options: { lead?: boolean } = {}) => drafts(text, options).map((e) => e.title);

describe('findEvents', () => {
  it('reads a meeting held at a place on a date', () => {
    expect(events('6月12日,清远市职工技能提升工作推进会在清远市职工服务中心召开。')).toEqual([
      { title: '清远市职工技能提升工作推进会', type: 'meeting', day: 12, location: '清远市职工服务中心' },
    ]);
  });

  it('reads a title set off from its verb by a space, as pages written without stops set it (…表彰大会 在北京…举行)', () => {
    expect(titles('11月24日 某某表彰大会 在北京人民大会堂隆重举行 会上 1689人受到表彰')).toEqual(['某某表彰大会']);
  });

  it('reads 推进 right after the verb convening a meeting as opening its title (召开推进…联席会议)', () => {
    expect(titles('6月26日,康巴什区召开推进产业工人队伍建设改革暨思想政治工作联席会议第二次全体会议。')).toContain(
      '推进产业工人队伍建设改革暨思想政治工作联席会议第二次全体会议',
    );
  });

  it('reads who studies between the verb convening a meeting and its verb of studying as part of its title', () => {
    expect(titles('5月6日,省总工会召开全省工会系统、劳模工匠学习贯彻总书记重要指示精神座谈会。')).toEqual([
      '全省工会系统、劳模工匠学习贯彻总书记重要指示精神座谈会',
    ]);
    // Not across a stop (开展…主题教育、贯彻落实…全会 is background to the meeting).
    expect(titles('这次大会是在深入开展第二批主题教育、贯彻落实市委十届七次全会安排部署的关键时期召开的。')).toEqual(
      [],
    );
  });

  it('reads a reading festival, a matchmaking fair, a group wedding and a joint exhibition as events', () => {
    expect(titles('4月21日,市总工会职工读书节正式启动。')).toEqual(['市总工会职工读书节启动']);
    expect(titles('8月8日,县总工会举办单身青年相亲会。')).toEqual(['单身青年相亲会']);
    expect(titles('12月30日,市总工会举办集体婚典。')).toEqual(['集体婚典']);
    expect(titles('5月2日,省总工会举办职工书画摄影联展。')).toEqual(['职工书画摄影联展']);
    // The editions before this one, counted, are none of them.
    expect(titles('在前四届相亲会上,200多对青年牵手。')).toEqual([]);
  });

  it('reads no event from how one went, reviewed or asked about (…联谊活动开展情况, …培训情况)', () => {
    expect(titles('会议回顾了某区总工会2024年以来职工交友联谊活动开展情况。')).toEqual([]);
    expect(titles('1月6日,他详细了解救援队2024年公益活动开展情况。')).toEqual([]);
  });

  it('reads classes opening one after another (…托管班陆续开班) as held', () => {
    expect(titles('7月5日,市总工会职工子女暑期托管班陆续开班。')).toEqual(['市总工会职工子女暑期托管班']);
  });

  it('reads a scope pushing a reform on (全国推进…, 全市推进…) as the opening of the meeting’s name', () => {
    expect(titles('11月8日,全国推进产业工人队伍建设改革工作电视电话会议在京召开。')).toEqual([
      '全国推进产业工人队伍建设改革工作电视电话会议',
    ]);
    expect(titles('12月30日,全市推进产业工人队伍建设改革工作经验交流会议召开。')).toEqual([
      '全市推进产业工人队伍建设改革工作经验交流会议',
    ]);
  });

  it('reads whom an event is for, with 为 or 向 right after the verb holding it, as part of its title', () => {
    expect(titles('7月13日,市供热公司工会组织开展为一线职工“送清凉”活动。')).toEqual(['为一线职工“送清凉”活动']);
    expect(titles('5月12日,公司工会开展向地震灾区人民献爱心捐款活动。')).toEqual(['向地震灾区人民献爱心捐款活动']);
    // Not how long it ran, nor a bare noun after the preposition.
    expect(titles('工会开展为期两天收银技能竞赛。').join()).not.toContain('为期');
    expect(titles('省总工会向大会致贺信。')).toEqual([]);
  });

  it('reads like items listed between the verb convening a meeting and its noun as its title (召开…职工、会员大会)', () => {
    expect(titles('1月21日,某市政工程公司工会召开第一届第一次职工、会员大会。')).toEqual([
      '第一届第一次职工、会员大会',
    ]);
    expect(titles('4月28日,在会议室召开了某市公路局2015年度工会、老干、计生工作会。')).toEqual([
      '某市公路局2015年度工会、老干、计生工作会',
    ]);
    // Two events listed, each with its noun, stay two.
    expect(titles('3月5日,市总工会召开座谈会、培训会。')).toHaveLength(2);
  });

  it('reads a training class that starts its lessons (…培训班在市委党校开课) as held', () => {
    expect(titles('6月26日,某市基层工会干部培训班在市委党校开课。')).toEqual(['某市基层工会干部培训班']);
  });

  it('reads 继续教育学院 in the clause before a title as a school, not a plan (…继续教育学院承办的…培训班…开班)', () => {
    expect(titles('12月7日,浙江大学继续教育学院承办的某县工会干部专题培训班在华家池校区开班。')).toEqual([
      '某县工会干部专题培训班',
    ]);
    expect(titles('下一步,市总工会将继续举办工会干部培训班。')).toEqual([]);
  });

  it('reads no event from a class whose people are counted right after it (组织某托管班40名萌娃走进…)', () => {
    expect(titles('近日,某市总工会组织某某托管班40名萌娃走进纪念馆,开展红色教育研学实践活动。')).toEqual([
      '红色教育研学实践活动',
    ]);
  });

  it('does read a congress whose date or finished agenda a comma sets off (…第二次会议,于29日…闭幕)', () => {
    expect(titles('历时三天的某集团公司第二十八届职工代表大会第二次会议,于2月29日下午胜利闭幕。')).toEqual([
      '某集团公司第二十八届职工代表大会第二次会议',
    ]);
    expect(
      titles('某集团公司第二十八届职工代表大会第二次会议,在圆满完成会议的各项议程后,于2月29日下午胜利闭幕。'),
    ).toEqual(['某集团公司第二十八届职工代表大会第二次会议']);
  });

  it('reads a contest whose curtain goes up (…大赛在某学院正式启幕) dated by the news, not the issue (第A2版)', () => {
    expect(events('(2023年07月14日 第A2版)本报讯 7月7日,某区第十二届职工职业技能大赛在某职业学院正式启幕。')).toEqual([
      { title: '某区第十二届职工职业技能大赛', type: 'competition', day: 7, location: '某职业学院' },
    ]);
  });

  it('reads an event started everywhere at once (…送温暖活动全面启动) and a walk as no meeting (徒步大会)', () => {
    expect(events('1月12日,某市总工会2021年送温暖活动全面启动。').map((e) => [e.title, e.day])).toEqual([
      ['某市总工会2021年送温暖活动启动', 12],
    ]);
    expect(events('2015年某县徒步大会在县体育中心隆重举行。').map((e) => e.type)).toEqual(['activity']);
  });

  it('reads a round of visits on one subject (来宜开展“县级工会加强年”专项调研)', () => {
    expect(titles('2月20日,某调研组来宜开展“县级工会加强年”专项调研。')).toEqual(['“县级工会加强年”专项调研']);
  });

  it('reads a show staged (晚会…激情上演), a concert and a contest’s round (演唱会, 复赛), and no venue pointed at (在这里)', () => {
    expect(events('4月25日,某县“欢庆五一”戏曲晚会在县群众艺术中心激情上演。')).toEqual([
      { title: '某县“欢庆五一”戏曲晚会', type: 'activity', day: 25, location: '县群众艺术中心' },
    ]);
    expect(titles('10月20日晚,某某职工演唱会在国家图书馆举行。')).toEqual(['某某职工演唱会']);
    expect(titles('6月13日,某区职工歌咏合唱比赛复赛在文化宫影剧场举行。')).toEqual(['某区职工歌咏合唱比赛复赛']);
    expect(events('由某市总工会主办的第二届职工合唱大赛决赛在这里精彩上演。')[0]?.location).toBeUndefined();
    // 在京召开, 在邕隆重举行: a place written by its one-character short name is the place in full.
    expect(events('全国总工会7月10日在京召开十八届二次执委会议。')[0]?.location).toBe('北京');
    expect(events('精神文明建设表彰大会在邕隆重举行。')[0]?.location).toBe('南宁');
  });

  it('reads a title held on a day a Hong Kong, Macau or Taiwan paper writes in brackets (於今(4)日, 於昨(21)日)', () => {
    expect(titles('某產業總工會第五屆會員代表大會第一次會議於今(4)日圓滿閉幕。')).toEqual([
      '某產業總工會第五屆會員代表大會第一次會議',
    ]);
    expect(titles('工聯舉辦的「職工競技同樂日」,於昨(21)日下午假工人體育場舉行。')).toEqual(['「職工競技同樂日」']);
  });

  it('does read a congress that finished its agenda before its date and close (圆满完成各项议程,20日…闭幕)', () => {
    expect(events('某省工会第九次代表大会圆满完成各项议程,5月20日下午在长沙胜利闭幕。')).toEqual([
      { title: '某省工会第九次代表大会', type: 'meeting', day: 20, location: '长沙' },
    ]);
  });

  it('reads an event held by a verb before its title', () => {
    expect(events('近日,某县总工会举办了2025年基层工会主席培训班。').map((e) => [e.title, e.type, e.day])).toEqual([
      ['2025年基层工会主席培训班', 'training', undefined],
    ]);
  });

  it('reads a title past the short name given after it, and receptions and carnivals as activities', () => {
    expect(titles('粤港澳大湾区第四届职业技能大赛(以下简称“大赛”)12日在东莞落幕。')).toEqual([
      '粤港澳大湾区第四届职业技能大赛',
    ]);
    expect(events('工联上周五下午举行盛大酒会。').map((e) => [e.title, e.type])).toEqual([['酒会', 'activity']]);
  });

  it('starts a title with the body it opens with, and reads a founding congress as a meeting', () => {
    expect(titles('近日,思明区网约配送员联合工会第一届会员代表大会第一次全体会议召开。')).toEqual([
      '思明区网约配送员联合工会第一届会员代表大会第一次全体会议',
    ]);
    expect(events('35名代表参加了衢江区快递员联合工会成立大会。').map((e) => [e.title, e.type])).toEqual([
      ['衢江区快递员联合工会成立大会', 'meeting'],
    ]);
  });

  it('opens a title with the document it is about (《…》知识讲座)', () => {
    expect(titles('3月5日下午,分公司工会开展了《女职工劳动保护特别规定》知识讲座活动。')).toEqual([
      '《女职工劳动保护特别规定》知识讲座活动',
    ]);
  });

  it('reads two titles joined by 暨 whole when the first ends in a verb (…启动暨…交流会)', () => {
    expect(titles('6月2日,省总工会联合召开全省职工“安全生产月”启动暨“安康杯”竞赛经验交流会。')).toEqual([
      '全省职工“安全生产月”启动暨“安康杯”竞赛经验交流会',
    ]);
  });

  it('takes a quoted title whole', () => {
    expect(titles('近日,清远市总工会开展“技能护航 温暖同行”主题活动。')).toEqual(['“技能护航 温暖同行”主题活动']);
  });

  it('reads a quotation held by a verb after it whatever its last word', () => {
    expect(titles('3月8日,“巾帼心向党——2026年某区女职工故事会”在区文化馆开讲。')).toEqual([
      '“巾帼心向党——2026年某区女职工故事会”',
    ]);
  });

  it('ignores plans, habits and counts of recurring activities', () => {
    expect(events('会议要求,要举办职工技能大赛。')).toEqual([]);
    expect(events('下一步,区总工会将开展“送清凉”专项行动。')).toEqual([]);
    expect(events('今年以来,区总工会已开展宣讲活动40场。')).toEqual([]);
    expect(events('区总工会每季度常态化开展岗位练兵比武。')).toEqual([]);
    expect(events('自2010年以来,已连续举办九届职工技能大赛。')).toEqual([]);
  });

  it('reads a quoted title after a verb of holding and its 了 (开展了“货车司机入会集中行动”), and its edition’s year before it', () => {
    expect(titles('3月初开始,西宁市总工会在全市范围内开展了“货车司机入会集中行动”。')).toEqual([
      '“货车司机入会集中行动”',
    ]);
    expect(titles('学校工会在报告厅举行了“长春工程学院工会年度总结暨表彰大会”。')).toHaveLength(1);
    // 了 opening a verb holds nothing.
    expect(events('职工们了解“金秋助学行动”的政策。')).toEqual([]);
    // The year of the edition before the quotes is the title's.
    expect(titles('我市人社部门还启动了2022年“春风行动”。')).toEqual(['2022年“春风行动”']);
  });

  it('reads a title held already (已拉开序幕), and none held for a count of years or editions (已举办了四年, 开展3年来)', () => {
    expect(titles('2025年“南粤春暖”行动已拉开序幕。')).toEqual(['2025年“南粤春暖”行动']);
    expect(events('中国石化集团公司职业技能竞赛活动已举办了四年。')).toEqual([]);
    expect(events('“工会送岗位 乐业在江淮”就业援助行动开展3年来,各级工会帮扶了数万人。')).toEqual([]);
    // A year is no count of years.
    expect(titles('第三届职工技能大赛于2023年5月举行。')).toHaveLength(1);
  });

  it('ignores what a meeting asked for, with no comma after the asking verb (会议要求各级工会…,组织开展…)', () => {
    expect(events('会议要求全省各级工会上下联动,组织开展“万名工会干部进万家”大走访慰问活动。')).toEqual([]);
    expect(events('大会号召各级工会积极开展劳动竞赛活动。')).toEqual([]);
    // What was done at the meeting is held.
    expect(events('会上,举行了颁奖仪式。')).toHaveLength(1);
  });

  it('reads no event a clause’s plan governs, nor a frame of one (…将通过…,举办…比赛; 将在…晚会上亮相)', () => {
    expect(titles('此次阅读年活动,新区总工会将通过推选职工领读人,举办新区职工演讲比赛。')).toEqual([]);
    expect(titles('决赛获奖节目将在2025年无锡市职工春节联欢晚会上亮相。')).toEqual([]);
    // 将X与Y结合 combines, it plans nothing.
    expect(titles('区总工会还将交友活动与乡村振兴结合,开展“会聚良缘”系列活动21场。')).toEqual(['“会聚良缘”系列活动']);
  });

  it('reads a count of sessions before a title as a programme, not an event (组织了112期…培训)', () => {
    expect(titles('2018年至今,该区组织了112期就业创业培训。')).toEqual([]);
    expect(titles('近日,某县总工会举办了2025年基层工会主席培训班。')).toEqual(['2025年基层工会主席培训班']);
  });

  it('does not read a reference back as a new event', () => {
    expect(events('各乡镇工会干部共计80余人参加了此次培训。')).toEqual([]);
    expect(events('市总工会领导出席活动并讲话。')).toEqual([]);
    expect(events('学员代表在发言中衷心感谢商务部和研修学院举办本期培训班。')).toEqual([]);
  });

  it('reads an event named in a purpose clause as held elsewhere, not there', () => {
    expect(titles('为保障集团第二届第五次职工代表大会顺利召开,5月8日,集团召开代表团长联席会议。')).toEqual([
      '代表团长联席会议',
    ]);
  });

  it('reads a title joined with 暨 across a list of like items, and the contests its ceremony opens', () => {
    expect(
      titles('5月20日,清远市第三届职工技能大赛暨电工、焊工职业技能竞赛启动仪式在市体育馆举行。', { lead: false }),
    ).toEqual([
      '清远市第三届职工技能大赛暨电工、焊工职业技能竞赛启动仪式',
      '清远市第三届职工技能大赛',
      '电工、焊工职业技能竞赛',
    ]);
  });

  it('reads the contest a ceremony opens when the ceremony closes the first of two joined titles (…竞赛启动仪式暨…竞赛)', () => {
    expect(
      titles('4月22日,2024年金昌市10万职工劳动和技能竞赛启动仪式暨加油操作员技能竞赛在加油站举行。', { lead: false }),
    ).toEqual(['2024年金昌市10万职工劳动和技能竞赛启动仪式暨加油操作员技能竞赛', '2024年金昌市10万职工劳动和技能竞赛']);
  });

  it('takes the date between a title and its verb over a dateline', () => {
    const [event] = drafts('新华社北京3月2日电 中国某某工会第五届全国委员会第二次全体会议3月1日至2日在北京召开。');
    expect([event?.title, event?.month, event?.day]).toEqual(['中国某某工会第五届全国委员会第二次全体会议', 3, 1]);
  });

  it('reads a congress by its ordinal session, and a council’s numbered session with the council', () => {
    expect(titles('日前,某某集团隆重召开二届4次职工代表大会。', { lead: false })).toEqual(['二届4次职工代表大会']);
    expect(titles('本会第十届常务理事会昨晚举行第二次会议,并选出新一届负责人。', { lead: false })).toEqual([
      '本会第十届常务理事会第二次会议',
    ]);
  });

  it('reads a plenary or an enlarged meeting whole, not cut at 全委会 or 大会 inside it', () => {
    expect(titles('2月6日,某省总工会十五届六次全委会议在南昌召开。')).toEqual(['某省总工会十五届六次全委会议']);
    expect(titles('3月2日,某市总工会党组扩大会议召开。')).toEqual(['某市总工会党组扩大会议']);
  });

  it('reads an event that ended (圆满结束, 圆满收官) as held, and a press conference (记者会) as a meeting', () => {
    expect(events('6月12日,某镇女职工职业技能大赛在某毛纺厂圆满收官。')).toEqual([
      { title: '某镇女职工职业技能大赛', type: 'competition', day: 12, location: '某毛纺厂' },
    ]);
    expect(events('本会在4月24日举行记者会,公布调查结果。')).toEqual([
      { title: '记者会', type: 'meeting', day: 24, location: undefined },
    ]);
  });

  it('reads a title held after a date with its year or month only (于2025年11月在南昌召开)', () => {
    expect(titles('某集团工会第二次代表大会于2025年11月在南昌召开。')).toEqual(['某集团工会第二次代表大会']);
    expect(events('某省工会第八次代表大会于1998年7月14-16日召开。').map((e) => e.day)).toEqual([14]);
  });

  it('reads no venue from a scope (在我司, 在全市, 在各基层企业, 在…等行业) or an occasion (在…开幕式上)', () => {
    const at = (text: string) => events(text).map((e) => e.location);
    expect(at('10月23日,技能竞赛在我司举行。')).toEqual([undefined]);
    expect(at('近日,市总工会在全市开展了“爱心消费”活动。')).toEqual([undefined]);
    expect(at('先后在金融、信息化等行业开展技能大赛。')).toEqual([undefined]);
    expect(at('6月19日,桔香驿站启动仪式在该县举行。')).toEqual([undefined]);
    expect(at('近日,区总工会深入企业一线开展“金秋助学”活动。')).toEqual([undefined]);
    expect(at('“职工文艺轻骑兵送文化”活动在江苏新华机电设备制造有限公司火热开展。')).toEqual([
      '江苏新华机电设备制造有限公司',
    ]);
  });

  it('gives a generic title held by a named body to that body', () => {
    const [event] = drafts('省建设工会在广州召开工作会议。', { lead: false });
    expect([event?.title, event?.generic, event?.organizers.map((o) => o.name)]).toEqual([
      '工作会议',
      true,
      ['广东省建设工会'],
    ]);
    expect(drafts('各企业负责人参加活动。', { lead: false })).toEqual([]);
  });

  it('reads an award announced by a body, not an honour received', () => {
    expect(titles('近日,清远市总工会决定授予100名职工清远市五一劳动奖章。')).toEqual([
      '清远市总工会授予100名职工清远市五一劳动奖章',
    ]);
    expect(titles('全市200名劳动者被清远市人民政府授予劳动模范称号。')).toEqual([]);
    // 【…】 brackets a lead's headline: the award it names ends there.
    expect(titles('【市总工会表彰职工职业道德“双十佳”】12月17日,大会举行。')[0]).toBe(
      '市总工会表彰职工职业道德“双十佳”',
    );
  });

  it('reads no event inside a document’s name, nor a programme told over years looked back on', () => {
    expect(titles('州总工会印发《关于在全州广泛开展“当好主力军”劳动竞赛活动的实施方案》。')).toEqual([]);
    expect(titles('市总工会举办《女职工劳动保护特别规定》知识讲座。')).toEqual(['《女职工劳动保护特别规定》知识讲座']);
    expect(titles('近年来,市总工会联合市人社局开展了多形式的职工职业技能竞赛活动。')).toEqual([]);
    expect(titles('自2006年开始,全国总工会在金沙江流域开展水电工程劳动竞赛活动。')).toEqual([]);
    expect(titles('决定从2023年开始,每两年举办一次贵州省职工职业技能大赛。')).toEqual([]);
    // 活动长效机制: a standing mechanism the activity names, not the activity held.
    expect(titles('建立开展农村“干净整洁平安有序”活动长效机制。')).toEqual([]);
  });

  it('reads no award from an honour still to be asked for (将报请…授予, 报请…授予)', () => {
    expect(titles('前3名选手,将报请人力资源和社会保障部授予“全国技术能手”称号。')).toEqual([]);
    expect(titles('选手杨皓,报请云南省总工会授予“云南省五一劳动奖章”荣誉称号。')).toEqual([]);
  });

  it('reads a delegation received by an official', () => {
    expect(titles('省总工会副主席王丽华会见了澳门工会联合总会参访团。', { lead: false })[0]).toMatch(
      /会见澳门工会联合总会参访团$/,
    );
  });

  it('reads the host named before the venue and a long list of guests', () => {
    expect(
      titles(
        '2月29日,省总工会主席吕某升在广州会见港区全国人大代表、香港工联会会长吴某北和香港中联办社会工作部副部长钟某海等一行10人。',
      ),
    ).toEqual(['吕某升会见港区全国人大代表、香港工联会会长吴某北和香港中联办社会工作部副部长钟某海等一行10人']);
  });

  it('reads a funds review committee’s numbered sitting, an office meeting and a self-review meeting (一届五次经审会, 主席办公会, 民主生活会)', () => {
    expect(titles('3月31日上午,某区总工会一届五次经审会在龙泉大厦召开。')).toEqual(['某区总工会一届五次经审会']);
    expect(titles('5月8日,州总工会召开主席办公会。')).toEqual(['主席办公会']);
    expect(titles('2月27日下午,某市总工会党组召开民主生活会。')).toEqual(['民主生活会']);
    expect(titles('经审会主任袁某出席会议。')).toEqual([]);
  });

  it('reads no manner or purpose after the place into the location (在京隆重召开, …热闹开启, 在此火热举行)', () => {
    expect(events('1月5日,表彰大会在京隆重召开。')[0]?.location).toBe('北京');
    expect(events('1月20日,货车司机关爱活动在某物流有限公司热闹开启。')[0]?.location).toBe('某物流有限公司');
    expect(events('1月20日,职工羽毛球赛在此火热举行。')[0]?.location).toBeUndefined();
  });

  it('reads no weather, manner or chair after the place into it (在体育场冒雨举行, 在齐河同期举办, 在5楼会议室主持召开)', () => {
    expect(events('4月28日,运动会在体育场冒雨举行。')[0]?.location).toBe('体育场');
    expect(events('5月3日,工会干部培训班在齐河同期举办。')[0]?.location).toBe('齐河');
    expect(events('8月30日,某公司在5楼会议室主持召开首届工会会员大会。')[0]?.location).toBe('5楼会议室');
  });

  it('reads no scope or manner as the location (在全市范围内广泛开展, 在全市民营企业中广泛开展, 在全市率先开启)', () => {
    expect(events('1月5日,市总工会在全市范围内广泛开展“两节”送温暖活动。')[0]?.location).toBeUndefined();
    expect(events('1月5日,市总工会在全市民营企业中广泛开展“工人先锋号”创建活动。')[0]?.location).toBeUndefined();
    expect(events('1月5日,广州工会在全市率先开启全运会志愿服务培训。')[0]?.location).toBeUndefined();
  });

  it('types an honouring joined to a show as a ceremony (…表彰会暨职工文艺汇演, …颁奖典礼暨…展示活动)', () => {
    expect(events('4月28日,巴南区庆祝“五一”国际劳动节表彰会暨职工文艺演出在区行政中心举行。')[0]?.type).toBe(
      'ceremony',
    );
    expect(events('10月23日,某市第二届“某某工匠”表彰颁奖典礼暨劳模工匠风采展示活动举行。')[0]?.type).toBe('ceremony');
  });

  it('types a meeting held to honour as a ceremony, not one that studies an honouring', () => {
    expect(events('4月28日,湖南省庆祝“五一”国际劳动节暨表彰劳模和优秀工匠大会在长沙召开。')[0]?.type).toBe('ceremony');
    expect(events('3月17日,南投县总工会举办模范劳工表扬大会。')[0]?.type).toBe('ceremony');
    expect(events('4月28日,市总工会召开授牌大会。')[0]?.type).toBe('ceremony');
    expect(events('4月28日,市总工会召开学习全国劳模表彰大会精神座谈会。')[0]?.type).toBe('meeting');
  });

  it('reads a touring show where it goes or to whom it is brought (…慰问演出来到某工地, 送上了一场慰问演出)', () => {
    expect(titles('8月6日晚,某市总工会“情系职工”慰问演出来到夹河桥工地。')).toEqual(['某市总工会“情系职工”慰问演出']);
    expect(titles('12月10日,市总工会为工地的工友们送上了一场精彩的慰问演出。')).toEqual(['慰问演出']);
    expect(events('1月10日,分局为奋战在一线的公安民警送上了慰问品。')).toEqual([]);
  });

  it('reads an activity begun (…公益体检活动在某县隆重开启)', () => {
    expect(titles('7月24日,2025年度职工互助保障公益体检活动在宣城市泾县隆重开启。')).toEqual([
      '2025年度职工互助保障公益体检活动',
    ]);
    expect(titles('活动自开启以来,累计服务职工3000人次。')).toEqual([]);
  });

  it('reads labour protection and an event’s services inside a title as its words (劳动保障工作推进会, 服务保障…大赛)', () => {
    expect(titles('3月5日,西湖区召开劳动保障工作推进会。')).toEqual(['劳动保障工作推进会']);
    expect(titles('10月28日,服务保障第七届进博会职工技能大赛在上海举行。')).toEqual([
      '服务保障第七届进博会职工技能大赛',
    ]);
  });

  it('reads an inspection or an audit of a body’s work as a visit (巡察组对…进行了巡察, 审计局…进行了审计)', () => {
    expect(titles('2024年7月5日至9月4日,县委第五巡察组对通道侗族自治县总工会党组进行了巡察。')).toEqual([
      '县委第五巡察组对通道侗族自治县总工会党组进行了巡察',
    ]);
    expect(titles('大姚县审计局于6月3日起对县总工会本级预算资金进行了审计。')[0]).toContain('审计');
  });

  it('reads a service launched as a ceremony (…职工服务热线正式开通, …平台上线), not the span since (上线300多天来)', () => {
    expect(events('8月10日,淮安市总工会职工心理援助热线正式开通。')).toEqual([
      { title: '淮安市总工会职工心理援助热线开通', type: 'ceremony', day: 10 },
    ]);
    expect(titles('据统计,咸阳智慧工会平台上线300多天来,服务职工2万人次。')).toEqual([]);
    expect(titles('“海南工会云”APP和网上工会工作平台上线运行。')).toEqual([]);
  });

  it('reads a chess tournament as a competition (职工中国象棋赛, 围棋赛)', () => {
    expect(events('5月10日,全市职工中国象棋赛在市工人文化宫举行。')).toEqual([
      { title: '全市职工中国象棋赛', type: 'competition', day: 10, location: '市工人文化宫' },
    ]);
  });

  it('reads a dragon boat race as a competition (“建设交通杯”第四届龙舟赛)', () => {
    expect(titles('9月16日,市建设交通工会在淀山湖举办了“建设交通杯”第四届龙舟赛。')).toEqual([
      '“建设交通杯”第四届龙舟赛',
    ]);
  });

  it('keeps levels listed by one character each in the title (第一次区、街联席会议)', () => {
    expect(titles('1月18日上午,某区总工会召开2018年第一次区、街联席会议。')).toEqual(['2018年第一次区、街联席会议']);
  });

  it('reads the event a reporter learned the news at, dated the day before the dateline', () => {
    const [event] = drafts('东北网4月17日电 昨天,记者从全省劳动模范表彰大会上获悉,全省有800人获表彰。');
    expect([event?.title, event?.month, event?.day]).toEqual(['全省劳动模范表彰大会', 4, 16]);
  });

  it('reads no event from a quoted station, studio or body, but its unveiling (为“…工作室”揭牌)', () => {
    expect(titles('5月3日,市总工会为市“劳动争议诉调对接工作室”揭牌。')).toEqual(['市劳动争议诉调对接工作室揭牌']);
    expect(titles('5月3日,在“户外劳动者爱心驿站”开展“喜迎新春”关爱座谈活动。')).toEqual(['“喜迎新春”关爱座谈活动']);
  });

  it('opens no title with a day word, 随着 or a site’s dateline (今天…圆满召开, 温州网讯…昨天开幕)', () => {
    expect(titles('今天广州市快递行业工联会第一届第一次会员代表大会圆满召开。')).toEqual([
      '广州市快递行业工联会第一届第一次会员代表大会',
    ]);
    expect(titles('温州网讯温州市工会第十六次代表大会昨天开幕。')).toEqual(['温州市工会第十六次代表大会']);
  });

  it('opens the title of the event a reporter learned the news at after when and where it was held', () => {
    expect(titles('记者从近日召开的兰州市工会第十七次代表大会上了解到,全市工会工作取得新进展。')).toEqual([
      '兰州市工会第十七次代表大会',
    ]);
    expect(titles('记者从今天在京举行的“工会工作成就经验”新闻发布会上获悉,工作成就显著。')).toEqual([
      '“工会工作成就经验”新闻发布会',
    ]);
  });

  it('dates no event by the day a reporter learned the news (…日,记者从…获悉), but by a day the news gives', () => {
    const [vague] = drafts('4月23日,记者从成都市总工会获悉,成都市第一届建筑职业技能人才大赛日前在蓉落幕。');
    const [alone] = drafts('8月23日,某晚报记者从省能源局获悉,第五届煤炭行业职业技能大赛于21日在阳泉开幕。');
    const [at] = drafts('1月20日,记者从省总工会十三届五次全委会议上获悉,省总工会将继续抓好阵地建设。');
    expect([vague?.month, alone?.month, alone?.day, at?.month, at?.day]).toEqual([undefined, 8, 21, 1, 20]);
  });

  it('dates no event by a span the sentence names as a period (…是第21个宣传周), but by a day told after it', () => {
    const [later] = drafts('今年4月25日至5月1日是第21个《职业病防治法》宣传周,4月27日上午,某区总工会开展宣传活动。');
    const [vague] = drafts('2023年4月25日—5月1日是第21个《职业病防治法》宣传周,近日,某市城管局开展宣传周活动。');
    const [kept] = drafts('5月1日是第136个国际劳动节,市总工会举行庆祝大会。');
    expect([later?.month, later?.day, vague?.month, kept?.month, kept?.day]).toEqual([4, 27, undefined, 5, 1]);
  });

  it('reads the day a reporter learned the news inside the reporter’s clause too (记者4月27日从…获悉)', () => {
    const [later] = drafts('记者4月27日从中华全国总工会获悉,全国总工会将于4月28日召开全国五一劳动奖表彰大会。');
    const [vague] = drafts('记者6月27日从成都市总工会获悉,在职职工免费技能提升培训首期培训班近日在成都结业。');
    expect([later?.month, later?.day, vague?.month]).toEqual([4, 28, undefined]);
  });

  it('dates an event by the date glossed in brackets after a vague day (於日前(12月19日)圓滿結束)', () => {
    const [ended] = drafts('「2021穗港澳蓉青年技能競賽」於日前(12月19日)圓滿結束,並舉行了閉幕儀式。');
    expect([ended?.month, ended?.day]).toEqual([12, 19]);
    const [vague] = drafts('某某公司日前召开职工代表大会。');
    expect(vague?.month).toBeUndefined();
  });

  it('dates no event by its dateline when a credited paper and a vague day follow (…讯 据某日报报道 近日,…)', () => {
    const [event] = drafts('某某网11月23日讯 据某某日报报道 近日,思明区网约配送员联合工会第一届会员代表大会召开。');
    expect([event?.title, event?.month]).toEqual(['思明区网约配送员联合工会第一届会员代表大会', undefined]);
  });

  it('dates an event by a day written alone after the dateline and its byline, in the month before when later', () => {
    const [march] = drafts('某某网3月30日讯(某某日报记者 甲乙)28日,某省职工技能大赛启动仪式在某机场举行。');
    const [back] = drafts('某某网4月2日讯(记者 甲乙)30日上午,某省职工技能大赛启动仪式在某机场举行。');
    expect([march?.month, march?.day, back?.month, back?.day]).toEqual([3, 28, 3, 30]);
  });

  it('dates an event by a day written alone further on in the dateline’s sentence, not by a later one', () => {
    const [held] = drafts('某某网武汉3月4日讯   2022年某省劳动和技能竞赛启动大会3日上午在某某项目建设现场召开。');
    const [later] = drafts('某某网3月4日讯 某省劳动和技能竞赛启动大会在某某项目建设现场召开,报名截至28日,名额有限。');
    expect([held?.month, held?.day, later?.month, later?.day]).toEqual([3, 3, 3, 4]);
  });

  it('dates no event by its dateline when 近日 or 日前 tells it further on in the sentence', () => {
    const [event] = drafts('某某网合肥11月13日电 (记者 甲乙)皖台职工技能竞赛交流活动近日在某某职业技术学院举办。');
    expect([event?.title, event?.month]).toEqual(['皖台职工技能竞赛交流活动', undefined]);
  });

  it('dates an event by the first of two days written after the dateline (…讯(记者 甲)8日至9日 ,…)', () => {
    const [event] = drafts('某某网1月10日讯(记者 甲乙)8日至9日 ,全总送温暖慰问团一行来到某省开展送温暖慰问活动。');
    expect([event?.month, event?.day]).toEqual([1, 8]);
  });

  it('keeps who went where for an event held on a trip', () => {
    const [event] = drafts('1月21-22日,清远市总工会副主席李明率队到连州市开展春节送温暖慰问活动。');
    expect([event?.title, event?.day]).toEqual(['清远市总工会到连州市开展春节送温暖慰问活动', 21]);
  });

  it('reads a trip told before an activity held on it after 并 as a visit too, up to the 并', () => {
    expect(
      titles('9月26日至27日,省总工会副主席胡某平赴南漳县调研“县级工会加强年”工作并开展省工会十四大精神宣讲。'),
    ).toEqual(['省工会十四大精神宣讲', '省总工会副主席胡某平赴南漳县调研“县级工会加强年”工作']);
    // The trip only brings the meeting there: one event.
    expect(titles('9月4日,张某到某公司召开座谈会。')).toHaveLength(1);
  });

  it('reads a visit whose clause names no one as the sentence subject’s, and not one the clause opens otherwise', () => {
    expect(
      events(
        '本报讯 2月23日,全国总工会社会联络部部长杨某日,在福建省总工会副主席黄某华等陪同下来石,深入石狮市电商谷邻里中心开展“园区枫桥”工作调研。',
      ),
    ).toEqual([
      {
        title: '全国总工会社会联络部部长杨某日深入石狮市电商谷邻里中心开展“园区枫桥”工作调研',
        type: 'visit',
        day: 23,
        location: '石狮市电商谷邻里中心',
      },
    ]);
    expect(events('7月27日下午,市总工会主任周某凤,来到南昌工控公司,向在高温天气中坚守一线的农民工表示慰问。')).toEqual(
      [],
    );
  });

  it('reads an exhibition as an activity whatever it shows, and a headline’s bracketed title without what stands before it', () => {
    expect(events('1月8-10日,山西省总工会在山西省展览馆举办“五小”竞赛成果精品展。')).toEqual([
      { title: '“五小”竞赛成果精品展', type: 'activity', day: 8, location: '山西省展览馆' },
    ]);
    expect(titles('园区职工前往松江美术馆参观“新时代印记”松江区职工书画摄影展。')).toEqual([
      '“新时代印记”松江区职工书画摄影展',
    ]);
    expect(titles('中国梦劳动美【“中国梦·劳动美”淮北市职工书画摄影作品展开展】')).toEqual([
      '“中国梦·劳动美”淮北市职工书画摄影作品展',
    ]);
  });

  it('reads a memorial hall unveiled as a ceremony, past the short name it is called by after (…陈列馆(以下简称…)揭牌)', () => {
    expect(events('4月26日上午,刘某秀为石家庄工人运动历史陈列馆(以下简称工运史馆)揭牌。')).toEqual([
      { title: '石家庄工人运动历史陈列馆揭牌', type: 'ceremony', day: 26 },
    ]);
  });

  it('reads a body signing an agreement with another as a ceremony (A与B签订《…协议书》), but not a plan, a ground or a record', () => {
    expect(events('4月12日上午,重庆市总工会与河南省总工会签订《农民工维权合作协议书》。')).toEqual([
      { title: '重庆市总工会与河南省总工会签订《农民工维权合作协议书》', type: 'ceremony', day: 12 },
    ]);
    expect(titles('北汽集团工会与14家央企工会签订战略合作协议。')).toEqual([
      '北汽集团工会与14家央企工会签订战略合作协议',
    ]);
    expect(titles('市总工会计划与市图书馆签订合作协议。')).toEqual([]);
    expect(titles('根据某某工程有限公司与某某基础工程有限公司签署的《公司合并协议》,双方合并。')).toEqual([]);
    expect(titles('厦门市总工会近年来相继与台中市总工会、金门县总工会签订《交流合作协议书》。')).toEqual([]);
  });

  it('reads a plaque awarded to a studio or a station as a ceremony (为…劳模创新工作室授牌, 向…工作站授牌)', () => {
    expect(events('11月3日,某市总工会主席专程到某煤业有限公司为朱某劳模创新工作室授牌。')).toEqual([
      { title: '朱某劳模创新工作室授牌', type: 'ceremony', day: 3 },
    ]);
    expect(events('会上,市总工会向各工会法律援助工作站授牌。').map((e) => e.title)).toEqual([
      '各工会法律援助工作站授牌',
    ]);
    // Who gives the plaque names no site.
    expect(events('当天,由区工人文化宫授牌的首个职工文化活动阵地落户建岙村。')).toEqual([]);
  });

  it('reads a health check a union arranges for its members (健康体检, 免费体检) as an activity', () => {
    expect(events('5月10日,市总工会组织50名劳模进行健康体检。')).toEqual([
      { title: '健康体检', type: 'activity', day: 10 },
    ]);
    expect(titles('8月1日,参加完体检的职工表示感谢。')).toEqual([]);
  });

  it('reads the gatherings a union holds for its members (欢送会, 生日会, 故事会) as activities', () => {
    expect(events('1月6日,公司工会举行2023年度退休职工集体欢送会。')).toEqual([
      { title: '2023年度退休职工集体欢送会', type: 'activity', day: 6 },
    ]);
    expect(titles('3月8日,区总工会在职工之家举办职工集体生日会。')).toEqual(['职工集体生日会']);
  });

  it('reads an exhibition named by its theme or its people (主题展, 专题展, 风采展), not a 展 that opens a longer word', () => {
    expect(events('4月29日,保定市总工会“百年工人运动史”主题展在市总机关一楼举办。')).toEqual([
      { title: '保定市总工会“百年工人运动史”主题展', type: 'activity', day: 29, location: '市总机关一楼' },
    ]);
    expect(titles('7月11日上午,由海南省总工会主办的“致敬劳模不负时代”劳模风采展在海南省博物馆开幕。')).toEqual([
      '“致敬劳模不负时代”劳模风采展',
    ]);
    expect(titles('5月8日,市总工会推出劳模主题展览。')).toEqual(['劳模主题展览']);
    expect(titles('5月8日,市总工会在文化宫举办劳模风采展示会。')).toEqual([]);
  });

  it('reads an inspection visit told in the lead, with where it went', () => {
    expect(events('7月15日,江苏省总工会到苏州市调研高温天气劳动保护工作。')).toEqual([
      { title: '江苏省总工会到苏州市调研高温天气劳动保护工作', type: 'visit', day: 15, location: '苏州市' },
    ]);
    expect(events('会议要求,各级工会要深入基层调研。')).toEqual([]);
    expect(titles('6月11日下午,中华全国铁路总工会主席索河一行莅临中国铁物调研指导工作。')).toEqual([
      '中华全国铁路总工会主席索河一行莅临中国铁物调研指导工作',
    ]);
    expect(events('近日,宜昌市夷陵区总工会带队走访慰问一线环卫工人。').map((e) => [e.title, e.type])).toEqual([
      ['宜昌市夷陵区总工会带队走访慰问一线环卫工人', 'visit'],
    ]);
  });

  it('reads a visit a party makes with no trip told (甲一行调研…情况), and none shown by a photo’s caption', () => {
    expect(titles('7月3日,市总工会党组成员、副主席秦某一行调研集团上半年工会工作情况。')).toEqual([
      '秦某一行调研集团上半年工会工作情况',
    ]);
    expect(titles('省总周某斌(左二)、市总邓某章(右三)等一行考察冷钢调度室')).toEqual([]);
    expect(titles('县总工会党委及工会负责人一行慰问人员冒着酷暑赶赴一线。')).toEqual([]);
  });

  it('reads a visit told by whom or what it looked at, with no trip (…主席甲带领…人员对…驿站进行指导检查)', () => {
    const [visit, ...rest] = events(
      '8月15日上午,宜昌市夷陵区总工会副主席胡乐带领保障工作部人员对户外劳动者驿站进行指导检查。',
    );
    expect([visit?.type, visit?.title.endsWith('胡乐带领保障工作部人员对户外劳动者驿站进行指导检查'), rest]).toEqual([
      'visit',
      true,
      [],
    ]);
    expect(titles('8月15日上午,要对全市户外劳动者驿站进行指导检查。')).toEqual([]);
  });

  it('reads a visit whose clause opens with whom it called on, or follows a comma after the host’s place, as the subject’s', () => {
    const [visit] = events('2月6日,县总工会主席石聪带领党员干部一行,对部分困难职工和贫困户进行走访慰问。');
    expect([visit?.type, visit?.title.endsWith('对部分困难职工和贫困户进行走访慰问')]).toEqual(['visit', true]);
    const [research] = events('2月7日,省总工会党组成员、副主席胡甲文来我市,调研工会驿站建设情况。');
    expect([research?.type, research?.title.endsWith('调研工会驿站建设情况')]).toEqual(['visit', true]);
    expect(titles('2月6日,县总工会召开会议,对困难职工进行走访慰问作出部署。')).not.toContainEqual(
      expect.stringMatching(/走访慰问$/),
    );
  });

  it('reads a party’s call on a host (甲一行人到访香港工联会)', () => {
    const [visit] = events('广东省总工会副主席温某星一行人到访香港工联会,与会长座谈。');
    expect([visit?.type, visit?.title.endsWith('一行人到访香港工联会')]).toEqual(['visit', true]);
    expect(titles('该中心共接获85人次的电话求助及到访查询。')).toEqual([]);
  });

  it('reads a call on people by a visitor who led or sent a party first (带领工作人员走访慰问了, 组织工作人员,看望慰问了)', () => {
    const [led] = events('1月21日,县总工会主席王某带领工作人员走访慰问了困难职工。');
    expect([led?.type, led?.title.endsWith('带领工作人员走访慰问了困难职工')]).toEqual(['visit', true]);
    const [sent] = events('2月18日,武威市凉州区总工会组织工作人员,看望慰问了援助湖北医疗队员家属。');
    expect([sent?.type, sent?.title.endsWith('看望慰问了援助湖北医疗队员家属')]).toEqual(['visit', true]);
  });

  it('reads a call on people listed with 、, after an escort or by the union’s visiting group', () => {
    expect(titles('9月25日,某市总工会主席胡乐率队走访慰问了全国劳动模范林立、郑和平。')).toEqual([
      '胡乐率队走访慰问了全国劳动模范林立、郑和平',
    ]);
    expect(events('1月29日,某县副县长胡乐在县总工会主席林立的陪同下,走访慰问困难劳模。')[0]).toMatchObject({
      type: 'visit',
      day: 29,
    });
    expect(events('4月28日,远安县总工会慰问组走访慰问省、市劳动模范代表。')[0]).toMatchObject({
      type: 'visit',
      day: 28,
    });
    // Bodies listed are the rounds of an activity, not one visit.
    expect(titles('4月28日,某县总工会主席胡乐带队慰问了县交通运输局、县交警大队的一线职工。')).toEqual([]);
  });

  it('does read a call its leader leads across a comma (…主席倪某带队,走访慰问…)', () => {
    expect(titles('16日下午,市委常委、厦门市总工会主席倪某带队,走访慰问坚守抗疫一线的工作人员。')).toEqual([
      '厦门市总工会主席倪某带队,走访慰问坚守抗疫一线的工作人员',
    ]);
  });

  it('reads a study trip made on the spot (到…进行现场观摩学习) as a visit, with its place', () => {
    expect(events('10月30日上午,三亚市总工会副主席罗某带领培训班学员到“两中心”进行现场观摩学习。')).toEqual([
      {
        title: '三亚市总工会副主席罗某带领培训班学员到“两中心”进行现场观摩学习',
        type: 'visit',
        day: 30,
        location: '两中心',
      },
    ]);
  });

  it('reads a call by a body’s office with no name after it (…总工会主席一行走访了…, …总工会领导走访慰问…)', () => {
    expect(titles('6月26日下午,南门街道总工会主席一行走访了某某工业互联网有限公司。')).toEqual([
      '南门街道总工会主席一行走访了某某工业互联网有限公司',
    ]);
    expect(titles('2月20日,牡丹江市总工会领导走访慰问了15位援鄂医护人员家属。')).toEqual([
      '牡丹江市总工会领导走访慰问了15位援鄂医护人员家属',
    ]);
  });

  it('reads no visit from a rank named after a visit verb (一级调研员), but the visit after it', () => {
    const found = events(
      '4月1日上午,某市总工会副主席王某一行在青岛市总工会一级调研员姜某陪同下到城阳区调研基层工会建设工作。',
    );
    expect(found.map((e) => e.location)).toEqual(['城阳区']);
  });

  it('reads a visit to guide a place’s work (莅临…观摩指导) and a call at workers’ homes (一行上门慰问)', () => {
    expect(events('12月28日,市总工会主席张某德一行莅临西平县观摩指导工会工作。')[0]).toMatchObject({
      type: 'visit',
      day: 28,
      location: '西平县',
    });
    expect(events('1月5日下午,岳西县总工会一行上门慰问两名出险职工。')[0]).toMatchObject({ type: 'visit', day: 5 });
    expect(titles('副市长孙某到现场指导并宣布活动启动。').some((t) => t.includes('指导'))).toBe(false);
  });

  it('reads a presentation meeting (推介会) and a first issue’s ceremony (首发仪式)', () => {
    expect(events('昨天,某市总工会召开职工健身驿站建设工作推介会。')[0]).toMatchObject({ type: 'meeting' });
    expect(events('3月23日,某区总工会举行工会会员服务卡首发仪式。')[0]).toMatchObject({ type: 'ceremony', day: 23 });
  });

  it('reads meetings named 联席会, 评比会, 洽谈会 and 工作会', () => {
    expect(events('3月20日,某公司工会召开2024年度工会总结评比会。')[0]).toMatchObject({ type: 'meeting', day: 20 });
    expect(events('3月2日,区人民检察院与区总工会联合召开工作联席会。')[0]).toMatchObject({ type: 'meeting', day: 2 });
    expect(titles('劳务协作洽谈会在和平大酒店举行。')).toEqual(['劳务协作洽谈会']);
    expect(events('近日,某市总工会召开了劳动人事争议“调裁审”衔接工作会。')[0]).toMatchObject({ type: 'meeting' });
  });

  it('reads no meeting from its chair (组织部部长甲主持会议): 组织 of 组织部 holds nothing', () => {
    expect(titles('4月28日,某省五一劳动奖表彰大会在太原召开。省委常委、组织部部长胡乐主持会议。')).toEqual([
      '某省五一劳动奖表彰大会',
    ]);
  });

  it('keeps honours listed with 、 in a ceremony’s title (劳动模范、先进工作者和先进集体表彰大会)', () => {
    expect(titles('4月30日,河北省劳动模范、先进工作者和先进集体表彰大会在石家庄召开。')).toEqual([
      '河北省劳动模范、先进工作者和先进集体表彰大会',
    ]);
    expect(titles('4月30日,全市开展学习、宣传活动。')).toEqual([]);
  });

  it('reads a launch meeting (…联盟启动大会, …劳动竞赛启动会) as a meeting about what it launches', () => {
    expect(titles('10月21日,某集团创新工作室联盟启动大会在银川举行。')).toEqual(['某集团创新工作室联盟启动大会']);
    expect(new Set(events('4月1日,某公司召开清洁能源走廊建设劳动竞赛启动会。').map((e) => e.type))).toEqual(
      new Set(['competition', 'meeting']),
    );
  });

  it('reads a launch told as an activity as the launch’s ceremony (…大讲堂启动活动)', () => {
    expect(events('12月29日,某市劳模工匠大讲堂启动活动在某职业技术学院举行。')[0]).toMatchObject({
      type: 'ceremony',
      day: 29,
    });
  });

  it('reads a body’s session of its term (十四届全国人大一次会议), not a count of editions (举办七届…大赛)', () => {
    expect(titles('3月5日,十四届全国人大一次会议在北京开幕。')).toEqual(['十四届全国人大一次会议']);
    expect(titles('某市已连续成功举办七届职工职业技能大赛。')).toEqual([]);
  });

  it('reads a council’s numbered sitting as a meeting (五届二次理事会, 十七届五次执委会), not the council alone', () => {
    expect(events('12月30日,某市劳模协会在义乌召开五届二次理事会。')[0]).toMatchObject({ type: 'meeting', day: 30 });
    expect(titles('10月10日,全国总工会十七届五次执委会在京召开。')).toEqual(['全国总工会十七届五次执委会']);
    expect(titles('12月30日,某市劳模协会理事会召开。')).toEqual([]);
  });

  it('reads a visit whose place and object run long (到…街道…社区就…建设进行调研)', () => {
    expect(
      events('5月23日,某市总工会副主席胡乐带队到沙市区中山街道梅台巷社区就区域商圈共享职工之家建设进行调研。')[0],
    ).toMatchObject({ type: 'visit', day: 23, location: '沙市区中山街道梅台巷社区' });
    // The place is where the last trip went, not where the escort stood.
    expect(
      events('6月9日,某市总工会副主席胡乐一行在省总工会副主席李某等陪同下深入某钢铁集团进行专题调研。')[0]?.location,
    ).toBe('某钢铁集团');
  });

  it('reads a trip across a comma when a 在 inside whom it called on opens no visitor’s clause', () => {
    expect(
      titles('近日,某分公司工会主席胡乐一行多次深入一线基层单位,对坚守在工作一线的基层员工、困难职工等进行了慰问。'),
    ).toEqual(['胡乐一行多次深入一线基层单位,对坚守在工作一线的基层员工、困难职工等进行了慰问']);
  });

  it('reads a call across a comma its party was led to as a visit, dated or not (…带队到某县,走访慰问…)', () => {
    expect(events('某市总工会副主席陈某芳带队到某县,走访慰问了部分劳模和困难职工。')[0]?.type).toBe('visit');
    expect(events('某区总工会来到某站点,走访慰问了快递小哥。')).toEqual([]);
  });

  it('reads a dated or led trip, a comma, and what it brings whom as a visit (…一行来到某企业,为…工人送去…)', () => {
    const [visit] = events(
      '7月31日上午,赣州市经开区总工会率慰问组一行来到晶格新材,为奋战在高温一线的工人送去防暑降温物资。',
      {
        lead: true,
      },
    );
    expect([visit?.type, visit?.day, visit?.location]).toEqual(['visit', 31, '晶格新材']);
    // No day and no party led: a round of an activity told before.
    expect(events('随后,工作人员来到户外,为外卖骑手和交警送上饮品与雨衣。')).toEqual([]);
  });

  it('reads a dated call across a comma after a trip to several places (前往…企业、…站点等场所,看望慰问…)', () => {
    const [visit] = events(
      '1月12日,市总工会主席李某粮一行前往渌口区企业、户外劳动者服务站点、新就业形态劳动者之家等场所,看望慰问一线劳动者。',
      { lead: true },
    );
    expect([visit?.type, visit?.day]).toEqual(['visit', 12]);
  });

  it('ends a visit’s place before whom or what it looked at (到沙市区对…进行调研), and before 实地', () => {
    expect(events('5月23日,某市总工会副主席胡乐带队到沙市区对共享职工之家建设情况进行调研。')[0]?.location).toBe(
      '沙市区',
    );
    expect(events('8月30日,某市总工会副主席胡乐一行来到对口帮扶地阿拉山口市实地考察。')[0]?.location).toBe(
      '对口帮扶地阿拉山口市',
    );
  });

  it('reads a visit a party makes to the writer’s region (…一行来万年调研工会工作)', () => {
    expect(events('6月13日,某市总工会主席吴某一行来万年调研工会工作。')[0]).toMatchObject({
      type: 'visit',
      location: '万年',
    });
    expect(titles('近年来,一行来访者不少。')).toEqual([]);
    // …一行3人来娄星区督察…: a party counted comes the same way; 督察 and 督查 check how a task is done.
    expect(events('8月7日,某省总工会副巡视员田某一行3人来娄星区督察工会改革工作。')[0]).toMatchObject({
      type: 'visit',
      location: '娄星区',
    });
    expect(events('8月29日,某局工会副主席储某一行赴响水,对劳动竞赛工作开展督查。')[0]?.type).toBe('visit');
  });

  it('reads a trip to a place written by its one-character short form (来常调研, 赴京考察), not 来 after a verb or a speech', () => {
    expect(events('9月6日,省总工会副主席吴某率队来常调研职工创新创效工作。')).toEqual([
      { title: '省总工会副主席吴某率队来常调研职工创新创效工作', type: 'visit', day: 6, location: undefined },
    ]);
    expect(titles('1月2日,省总工会调研组来潍调研乡镇工会建设情况。')).toEqual([
      '省总工会调研组来潍调研乡镇工会建设情况',
    ]);
    expect(titles('3月5日,省总工会副主席李某赴京考察职工服务工作。')).toEqual([
      '省总工会副主席李某赴京考察职工服务工作',
    ]);
    expect(titles('12月29日,县总工会带着省总工会寄来的慰问金看望劳模。')).not.toContain(
      '县总工会带着省总工会寄来的慰问金',
    );
    expect(titles('8月8日,会议传达学习了习近平总书记来川视察重要指示精神。')).toEqual([]);
    expect(titles('8月8日,县总工会领导多次到场督导。')).toEqual([]);
    // …来鄞,就…开展实地考察: across a comma too.
    expect(titles('3月23日上午,省总工会调研组来鄞,就劳动争议多元化解工作开展实地考察。')).toEqual([
      '省总工会调研组来鄞,就劳动争议多元化解工作开展实地考察',
    ]);
  });

  it('reads a visit whose trip and look into something stand across a comma (到…,就…进行实地调研), and 核验', () => {
    // …,就…展开调研: any verb that opens a trip's work opens what it looked into.
    expect(titles('3月31日,番禺区总工会部长王某一行深入辖区企业工会,就职工之家建设情况展开调研。')).toEqual([
      '番禺区总工会部长王某一行深入辖区企业工会,就职工之家建设情况展开调研',
    ]);
    expect(titles('5月19日,调研组一行到羊场湾煤矿,就安全生产等情况进行实地调研。', { lead: true })).toEqual([]);
    expect(titles('5月19日,全国总工会调研组到羊场湾煤矿,就安全生产等情况进行实地调研。')).toEqual([
      '全国总工会调研组到羊场湾煤矿,就安全生产等情况进行实地调研',
    ]);
    expect(titles('2月13日,广西壮族自治区总工会到我市开展产业工人队伍建设改革工作实地核验。')).toEqual([
      '广西壮族自治区总工会到我市开展产业工人队伍建设改革工作实地核验',
    ]);
    expect(titles('今天,湖南省总工会组成调研组到衡阳市南岳区,调研职工疗养院建设情况。')).toEqual([
      '湖南省总工会组成调研组到衡阳市南岳区,调研职工疗养院建设情况',
    ]);
    // A trip, then a clause that does something else: no visit; one that calls on people is a visit only in a
    // lead that opens with its day (below).
    expect(titles('5月19日,全国总工会调研组到羊场湾煤矿,向一线职工发放慰问品。')).toEqual([]);
    expect(titles('长春新区总工会来到北湖环卫工休息站点,走访慰问一线环卫工人。')).toEqual([]);
  });

  it('reads a title that holds a span of years (2020年以来荣获…奖颁发仪式), 以来 being no purpose', () => {
    expect(titles('9月29日,安庆市总工会举行2020年以来荣获安徽省五一劳动奖颁发仪式。')).toEqual([
      '2020年以来荣获安徽省五一劳动奖颁发仪式',
    ]);
  });

  it('reads what was done at a meeting (会上,举行了…), not what a speaker there asked for', () => {
    expect(titles('3月5日,市总工会召开会议。会上,举行了颁奖仪式。')).toEqual(['颁奖仪式']);
    expect(titles('3月5日,市总工会召开会议。会上,主席强调,要举行颁奖仪式。')).toEqual([]);
  });

  it('titles a launch ceremony said to be launched by the ceremony alone (no …启动仪式启动)', () => {
    expect(titles('5月10日,“安康杯”竞赛活动启动仪式在某某公司启动。')).toContain('“安康杯”竞赛活动启动仪式');
    expect(titles('5月10日,“安康杯”竞赛活动启动仪式在某某公司启动。')).not.toContain('“安康杯”竞赛活动启动仪式启动');
  });

  it('titles a contest or campaign launched by its launch (…劳动竞赛启动), not a ceremony held for it', () => {
    expect(titles('6月21日,某省劳动竞赛——某灌区水利工程劳动竞赛在灌区施工现场正式启动。')).toEqual([
      '某省劳动竞赛——某灌区水利工程劳动竞赛启动',
    ]);
    expect(titles('5月30日,某市劳动和技能竞赛启动。')).toEqual(['某市劳动和技能竞赛启动']);
    // 启动仪式 names the ceremony: the contest keeps its own title beside it.
    expect(titles('7月28日,某区职工劳动和技能竞赛启动仪式在某镇举行。')).not.toContain(
      '某区职工劳动和技能竞赛启动启动仪式',
    );
  });

  it('keeps a bracketed note inside a title (…服务中心(湖州市·吴兴区援助)项目签约仪式)', () => {
    expect(titles('11月28日,两地在县总工会举行了青川县职工服务中心(湖州市·吴兴区援助)项目签约仪式。')).toEqual([
      '青川县职工服务中心(湖州市·吴兴区援助)项目签约仪式',
    ]);
  });

  it('names the body whose own meeting it is as its organizer', () => {
    const [event] = drafts('10月28日,南京市总工会十五届五次全委(扩大)会议召开。');
    expect(event?.organizers.map((o) => o.name)).toEqual(['南京市总工会']);
    // After the year and a quoted theme set off by a dash, too.
    const [party] = drafts('2月10日,“策马新征程”——2026年山西省总工会迎新春联谊会在机关会议厅举行。');
    expect(party?.organizers.map((o) => o.name)).toEqual(['山西省总工会']);
  });

  it('names no body gone to as an organizer (一行到…卫生院、…有限公司开展座谈)', () => {
    const [event] = drafts('近日,册亨县总工会一行到冗渡镇卫生院、贵州德隆水泥有限公司开展座谈会。');
    expect(event?.organizers.map((o) => o.name)).toEqual(['册亨县总工会']);
  });

  it('names no body gone to in the clause before, nor one inside a quotation, as an organizer', () => {
    const [visit] = drafts(
      '近期,珠海市高新区总工会一行来到美团官塘站点、饿了么下栅站点等新就业形态劳动者聚集地,对快递员开展走访慰问活动。',
    );
    expect(visit?.organizers.map((o) => o.name)).toEqual(['珠海市高新区总工会']);
    const [meeting] = drafts(
      '“成功推动顺丰、京东、滴滴等15家头部企业全部建会……”日前,在重庆市总工会全体会议上,市总工会亮出成绩单。',
    );
    expect(meeting?.organizers.map((o) => o.name)).not.toContain('顺丰速运');
  });

  it('reads a call on a host (拜会, 拜訪) as a visit, and no call in a 团拜会', () => {
    expect(events('台南五大總工會代表拜會台南市長黃某哲,期盼一起打拼。').map((e) => [e.title, e.type])).toEqual([
      ['台南五大總工會代表拜會台南市長黃某哲', 'visit'],
    ]);
    expect(events('2019年全国金融系统劳模(工匠)团拜会在北京职工之家举行。').map((e) => e.type)).toEqual(['activity']);
    // The call spoken of (今次拜訪活動) calls on no one.
    expect(events('雙方交換了意見,認同今次拜訪活動具有積極意義。')).toEqual([]);
  });

  it('reads the ceremonies, study meetings and new-year gatherings of Hong Kong, Macau and Taiwan (開幕禮, 研習會, 新春團拜)', () => {
    expect(events('9月3日,工會在會所舉行“聯合辦事處”開幕禮。').map((e) => e.type)).toEqual(['ceremony']);
    expect(events('2月1日,工聯會舉行新春團拜。').map((e) => e.title)).toEqual(['新春團拜']);
    expect(
      events('彰化縣總工會聯合舉辦的「中部縣市總工會第40期會務聯繫研習會」27、28日兩天登場。').map((e) => e.type),
    ).toEqual(['training']);
  });

  it('reads an event set for a named day as one, though still to come, and no intent without a day', () => {
    expect(events('12月13日,厦门市总工会将举行厦门市首届职工数字创新交流大会。').map((e) => [e.title, e.day])).toEqual([
      ['厦门市首届职工数字创新交流大会', 13],
    ]);
    expect(events('厦门市总工会将举办职工数字创新交流大会。')).toEqual([]);
  });

  it('reads a plain title held at a named place after it, 也 or 还 between (圆微心愿活动也在工会驿站举行), without a day opening it', () => {
    expect(titles('聚焦“小”困难,圆微心愿活动也在工会驿站举行。', { lead: false })).toEqual(['圆微心愿活动']);
    expect(titles('8月1日大赛决赛在唐钢举行。', { lead: false })).toEqual(['大赛决赛']);
    expect(titles('困难职工慰问活动也很重要。', { lead: false })).toEqual([]);
  });

  it('reads where an event was held, not when', () => {
    expect(events('在春节来临之际开展困难职工慰问活动。')[0]?.location).toBeUndefined();
    expect(events('代表团昨日抵港,展开为期四天的交流活动。').map((e) => e.title)).toEqual(['交流活动']);
  });

  it('does not take a venue or an invited speaker’s body as an organizer', () => {
    const [training] = drafts('近日,清远市总工会在清远职业技术学院举办2025年工会干部培训班。');
    expect(training?.organizers.map((o) => o.name)).toEqual(['清远市总工会']);
    const [lecture] = drafts('活动邀请广东省医师协会医师张伟走进清远市消防救援支队,开展急救专题培训。');
    expect(lecture?.organizers.map((o) => o.name)).not.toContain('广东省医师协会');
  });
});

describe('findEvents › regular meetings and endings', () => {
  it('reads a summer class for workers’ children that opens (暑期爱心托管班正式开班) as held that day', () => {
    expect(events('7月7日,二七区总工会主办的2025年暑期爱心托管班正式开班。')).toEqual([
      { title: '2025年暑期爱心托管班', type: 'activity', day: 7, location: undefined },
    ]);
    expect(titles('2月11日,为期一周的某区工会爱心“寒托班”圆满结束。')).toEqual(['“寒托班”']);
  });

  it('does read a regular meeting (例会), a summing-up meeting (总结会) and a contest that 鸣金收兵', () => {
    expect(titles('8月20日,官地矿召开基层工会主席例会。')).toEqual(['基层工会主席例会']);
    expect(titles('10月16日,公司召开技能大赛总结会。')).toEqual(['技能大赛总结会']);
    expect(titles('8月8日,第五届“河北钢铁杯”职业技能大赛鸣金收兵。')).toEqual(['第五届“河北钢铁杯”职业技能大赛']);
  });

  it('does read a …会 spelled out as …会议 whole (推进会议, 经验交流会议)', () => {
    expect(titles('12月30日,全市产改经验交流会议在市文化宫召开。')).toEqual(['全市产改经验交流会议']);
  });
});

describe('findEvents › attending', () => {
  it('reads no event from a person attending the one told before (组织部部长某出席活动)', () => {
    expect(titles('9月16日,职工疗休养交流活动在珠海举行。组织部部长覃春出席活动并作讲话。')).toEqual([
      '职工疗休养交流活动',
    ]);
  });
});

describe('findEvents › a venue set off by a comma', () => {
  it('reads a title whose venue a comma sets off before a verb of holding itself (…竞赛,在某工厂开幕)', () => {
    expect(titles('昨天,沧州市第三届“狮城工匠杯”劳动和技能竞赛,在北京现代沧州工厂开幕。')).toEqual([
      '沧州市第三届“狮城工匠杯”劳动和技能竞赛',
    ]);
  });

  it('does not read an object of 结合 or a slogan as held when 举办 or 开展 follows the comma', () => {
    expect(titles('镇总工会结合2025年“百千万工程”科普系列活动,在某公司举办亲子研学。')).not.toContain(
      '2025年“百千万工程”科普系列活动',
    );
  });
});

describe('findEvents › title words', () => {
  it('reads a union members’ congress as 工代会 and a team or exchange contest (团体赛, 交流赛) as events held', () => {
    expect(titles('4月23日,学院第四届工代会在学院报告厅召开。')).toEqual(['学院第四届工代会']);
    expect(titles('4月19日,第十一届教职工羽毛球团体赛在体育馆举行。')).toContain('第十一届教职工羽毛球团体赛');
    expect(titles('机关工会一分会举办了教职工气排球交流赛。')).toEqual(['教职工气排球交流赛']);
  });

  it('ends a founding joined with its congress at the congress’s noun (…工会联合会成立暨第一次会员代表大会顺利召开)', () => {
    // Read as a founding and as a congress held: one title, which the article's events then keep once.
    expect(new Set(titles('芜湖市物业行业工会联合会成立暨第一次会员代表大会顺利召开。'))).toEqual(
      new Set(['芜湖市物业行业工会联合会成立暨第一次会员代表大会']),
    );
  });

  it('reads a day in brackets with its month (某中心今天(7月10日)揭牌), as Hong Kong’s government writes it', () => {
    const [event] = drafts('职工志愿者之家今天(7月10日)揭牌。');
    expect([event?.title, event?.month, event?.day]).toEqual(['职工志愿者之家揭牌', 7, 10]);
  });

  it('reads 于 after a day as the mark of a venue (交接典礼今(9)日于某营业处举行)', () => {
    expect(events('理事长交接典礼今(9)日于某电力公司营业处隆重举行。')[0]?.location).toBe('某电力公司营业处');
  });

  it('reads 对接 inside a title as its word, not the preposition 对 (…诉调对接工作室揭牌仪式)', () => {
    expect(titles('6月30日上午,某县人民法院举行“法院+工会”劳动争议诉调对接工作室揭牌仪式。')).toEqual([
      '“法院+工会”劳动争议诉调对接工作室揭牌仪式',
    ]);
  });

  it('reads a collective wedding of workers as a ceremony held that day', () => {
    const [event] = drafts('1月12日,一场大型集体婚礼在某市举行,百名建设者喜结连理。');
    expect([event?.title, event?.type, event?.day]).toEqual(['大型集体婚礼', 'ceremony', 12]);
  });

  it('reads an event held with 辦理 (办理), as Taiwan’s pages write it, but none in 办理入会手续', () => {
    expect(titles('某市政府劳工局于昨(22)日下午办理「某市114年市长与工会有约」活动。')).toEqual([
      '「某市114年市长与工会有约」活动',
    ]);
    expect(titles('工会为职工办理入会手续。')).toEqual([]);
  });

  it('reads an event whose day in brackets follows a comma (…表扬活动,今(26)日上午在某展览馆举行)', () => {
    const [event] = drafts('某市模范劳工暨优良工会表扬活动,今(26)日上午在某展览馆举行,市长亲自颁奖。');
    expect([event?.title, event?.location]).toEqual(['某市模范劳工暨优良工会表扬活动', '某展览馆']);
  });

  it('reads 结对 (paired) inside a title, where 对 stops nothing (开展…结对帮创活动)', () => {
    const [event] = drafts('5月6日,某管委会干部在某村开展文明单位结对帮创活动。');
    expect(event?.title).toBe('文明单位结对帮创活动');
  });

  it('takes the union, not the congress its leader also sits in, for the host (人大常委会副主任、省总工会主席甲率…)', () => {
    const [event] = drafts('1月20日,省人大常委会副主任、省总工会主席陆某远率慰问团在海口开展送温暖活动。');
    expect(event?.organizers.map((o) => o.name)).toEqual(['广东省总工会']);
    // So for a visit the leader leads.
    const [visit] = drafts('12月30日,汕头市人大常委会副主任、市总工会主席马某一行深入到时代广场看望慰问环卫工人。');
    expect(visit?.organizers.map((o) => o.name)).toEqual(['汕头市总工会']);
  });

  it('reads an event held in a form (以视频会议形式召开) as held', () => {
    const [event] = drafts('1月29日,某省总工会第十届执行委员会第五次全体会议以电视电话会议形式召开。');
    expect([event?.title, event?.day]).toEqual(['某省总工会第十届执行委员会第五次全体会议', 29]);
  });

  it('reads a quiz against the clock (知识抢答赛) as a competition', () => {
    const [event] = drafts('6月21日,某区总工会在某中心举办2022年度“安康杯”知识抢答赛。');
    expect([event?.title, event?.type]).toEqual(['2022年度“安康杯”知识抢答赛', 'competition']);
  });

  it('reads a briefing (讲解会) as a meeting, as Macau’s bureaus and associations hold them', () => {
    const [event] = drafts('10月25日,劳工事务局联同法务局举办了一场“劳动关系权利与义务”讲解会。');
    expect([event?.title, event?.type]).toEqual(['“劳动关系权利与义务”讲解会', 'meeting']);
  });

  it('reads an event held together with 合办 (劳工处与职安局合办研讨会)', () => {
    expect(titles('劳工处与职安局合办研讨会,加强少数族裔职业安全。')).toEqual(['研讨会']);
  });

  it('reads an event whose theme is told with 主题为 (开展主题为“…”的…活动), not a purpose clause', () => {
    expect(titles('10月21日上午,公司工会开展主题为“强健体魄、快乐生活”金秋迎重阳系列活动。')).toEqual([
      '“强健体魄、快乐生活”金秋迎重阳系列活动',
    ]);
  });

  it('reads an event dated by a weekday of the news’s week between its title and verb (于上周五(5日)在…举行)', () => {
    expect(titles('第18届职业健康大奖分享会暨颁奖礼于上周五(5日)在香港会议展览中心举行。')).toEqual([
      '第18届职业健康大奖分享会暨颁奖礼',
    ]);
    expect(titles('第18届职业健康大奖分享会暨颁奖礼于昨日在香港会议展览中心举行。')).toHaveLength(1);
  });

  it('reads meetings that review, talk over and judge (形势分析会, 企业沟通会, 论文评选会), and 从严 inside a title', () => {
    expect(titles('昨日,省总工会召开第二季度党风廉政建设形势分析会。')).toEqual(['第二季度党风廉政建设形势分析会']);
    expect(titles('12月26日,工运理论研究论文评选会召开。')).toEqual(['工运理论研究论文评选会']);
    expect(titles('3月26日,慈溪市总工会召开全面从严治党工作会议。')).toEqual(['全面从严治党工作会议']);
  });

  it('reads an event whose quoted theme has a comma in it (以“金秋话重阳,共叙岁月情”为主题的…活动)', () => {
    expect(
      titles(
        '10月29日上午,学校组织离退休教职工前往飞凤山奥体主题公园开展以“金秋话重阳,共叙岁月情”为主题的重阳节活动。',
      ),
    ).toEqual(['重阳节活动']);
    // A quotation left open before the clause does not carry its plan (我将…) into it.
    expect(
      titles('“我将全力以赴,建设智慧铁路\n近日,某集团“当好主力军 建功新时代”劳动竞赛推进会在工地召开。'),
    ).toHaveLength(1);
  });

  it('reads a round of 专项检查 as a visit, not one planned', () => {
    expect(events('某事业部于近期组织开展劳动保护监督专项检查工作。')[0]).toMatchObject({
      title: '劳动保护监督专项检查',
      type: 'visit',
    });
    expect(titles('下一步将开展专项检查。')).toEqual([]);
  });

  it('reads a 调度会, a 开班式, a 沙龙 and a 月月赛 as events of their kinds', () => {
    expect(events('10月30日,某市总工会召开全市工会职工医疗互助调度会。')[0]).toMatchObject({ type: 'meeting' });
    expect(events('4月24日,某某工匠学院长沙分院开班式在长沙市职工服务中心举行。')[0]).toMatchObject({
      type: 'ceremony',
    });
    expect(titles('当天,某某工会同时举办首届全国快递行业工会工作沙龙。')).toEqual(['首届全国快递行业工会工作沙龙']);
    expect(events('10月30日下午,某市职工好声音月月赛正在举行。')[0]).toMatchObject({ type: 'competition' });
  });

  it('reads a purpose verb right after the verb holding the event as its title’s (举办了迎接农民工返乡仪式)', () => {
    expect(titles('2月10日,某总工会举办了迎接农民工平安返乡仪式。')).toEqual(['迎接农民工平安返乡仪式']);
    expect(titles('2月10日,某总工会举办了简朴而温馨的迎接农民工返乡仪式。')).toEqual(['迎接农民工返乡仪式']);
    expect(titles('为迎接党的二十大胜利召开,某总工会举办了职工书画展。')).toEqual(['职工书画展']);
  });

  it('reads a noun ending in a purpose verb (医疗互助保障, 权益保障) inside a title, not as a purpose clause', () => {
    expect(titles('10月30日,某市总工会召开全市工会职工医疗互助保障行动调度会。')).toEqual([
      '全市工会职工医疗互助保障行动调度会',
    ]);
    expect(titles('为保障某公司第一届职工代表大会顺利召开,公司工会举行了预备会议。')).toEqual(['预备会议']);
  });

  it('reads no event from one of a kind of events (…开展的重点项目系列活动之一)', () => {
    expect(titles('这也是市委、市政府开展的重点项目系列活动之一。')).toEqual([]);
  });

  it('reads a job fair (就业博览会) as an activity held', () => {
    expect(events('6月1日,劳工事务局举办青年就业博览会。')[0]).toMatchObject({ type: 'activity' });
  });

  it('reads a plenary session by its sitting (十八届三次全会) as a meeting, not one whose spirit is studied', () => {
    expect(events('2月27日,沈阳市总工会十八届三次全会召开。')[0]).toMatchObject({ type: 'meeting' });
    expect(titles('会议传达学习省委十五届九次全会精神。')).toEqual([]);
  });

  it('reads an event held at a hired venue (假…举行) after a clock time, as Hong Kong and Macau papers write it', () => {
    expect(events('“五一维护权益嘉年华”今日下午3时假氹仔花城公园侧空地举行。')[0]).toMatchObject({
      title: '“五一维护权益嘉年华”',
      location: '氹仔花城公园侧空地',
    });
    expect(events('“会庆文艺晚会”于6月3日晚上假座荃湾大会堂举行。')[0]?.location).toBe('荃湾大会堂');
    expect(titles('主办方昨日下午三时在工联大厦举行记者招待会。')).toEqual(['记者招待会']);
    expect(titles('在当天的两地工会联欢晚宴上,会长陈某鸣致辞。')).toEqual(['两地工会联欢晚宴']);
  });

  it('reads a tournament by its contest word (拔河争霸赛, 挑战赛) as a competition', () => {
    expect(events('9月28日晚,第三届职工拔河争霸赛在县体育中心拉开帷幕。')[0]).toMatchObject({
      title: '第三届职工拔河争霸赛',
      type: 'competition',
    });
  });

  it('reads a curtain idiom with 了 or 序幕 as holding the event named before it, but not after 为', () => {
    expect(events('9月18日上午,某县第三届职工技术运动会在县职专拉开了序幕。')[0]).toMatchObject({
      title: '某县第三届职工技术运动会',
      location: '县职专',
    });
    expect(titles('12月8日,某园区工会举办的拔河比赛在生活区空地拉开了帷幕。')).toEqual(['拔河比赛']);
    expect(titles('10月12日,某市职工乒乓球比赛在市体育馆落下了帷幕。')).toEqual(['某市职工乒乓球比赛']);
    // The meeting opened the year's contest: the contest named after 为 is not what was held.
    expect(titles('此次大会为全年劳动竞赛拉开了序幕。')).toEqual([]);
  });

  it('reads no event from a base named for what it hosts (培训基地, 竞赛基地)', () => {
    expect(titles('启动仪式后,一行还参观了某市装饰装修协会培训基地。')).toEqual([]);
    expect(titles('代表们参观了某区职工技能竞赛基地。')).toEqual([]);
    expect(titles('5月3日,某市总工会在职工培训基地举办技能培训班。')).toEqual(['技能培训班']);
  });

  it('reads a workers’ staged show (文艺汇演) as an activity', () => {
    expect(events('5月1日,婺城区举行职工文艺汇演。')[0]).toMatchObject({ title: '职工文艺汇演', type: 'activity' });
  });

  it('reads a meeting that pushes a task on (现场推动会) as a meeting, and none announced for later', () => {
    expect(events('8月31日,天津市行业性工资集体协商工作现场推动会召开。')[0]).toMatchObject({ type: 'meeting' });
    expect(titles('今年10月市总工会将召开竞赛活动现场推动会。')).toEqual([]);
  });

  it('reads an award ceremony as Hong Kong and Macau name it (頒獎禮)', () => {
    expect(events('1月17日下午在驛站舉辦「發揮您想像」頒獎禮。')[0]).toMatchObject({ type: 'ceremony' });
  });

  it('reads an enlarged sitting with its word in brackets (全委(扩大)会, 党组(扩大)会议)', () => {
    expect(events('5月24日,县总工会十六届十次全委(扩大)会召开。')[0]).toMatchObject({
      title: '县总工会十六届十次全委(扩大)会',
      type: 'meeting',
    });
    expect(titles('3月2日,市总工会召开党组(扩大)会议。')).toEqual(['党组(扩大)会议']);
  });

  it('reads a quoted title whose edition year follows its noun (「…頒獎禮2025」)', () => {
    expect(titles('某會今日(1日)舉行「新春聯歡會暨義務工作者頒獎禮2025」,表揚義工。')).toEqual([
      '「新春聯歡會暨義務工作者頒獎禮2025」',
    ]);
  });

  it('reads a ball game or a league as a competition (羽毛球赛, 联赛)', () => {
    expect(events('11月14日,某市2025年“工会杯”羽毛球赛在该市体育馆开幕。')[0]).toMatchObject({
      title: '某市2025年“工会杯”羽毛球赛',
      type: 'competition',
    });
  });

  it('reads what a body founds when the clause goes on to it (…总工会近日成立了…工作室)', () => {
    expect(titles('按照市总工会统一部署,东海县总工会近日成立了东海县集体协商指导工作室。')).toEqual([
      '东海县总工会成立东海县集体协商指导工作室',
    ]);
    expect(titles('东海县新材料产业链工会工作联盟成立。')).toEqual(['东海县新材料产业链工会工作联盟成立']);
    expect(titles('东海县总工会成立后,开展了大量工作。')).toEqual(['东海县总工会成立']);
  });

  it('reads a founding in a later paragraph that opens with its own day, as a lead tells it (7月26日,…正式成立)', () => {
    expect(titles('7月26日,扬州卫扬汽车服务有限公司工会委员会正式成立。', { lead: false })).toEqual([
      '扬州卫扬汽车服务有限公司工会委员会成立',
    ]);
    // A later paragraph with no day of its own tells no founding.
    expect(titles('扬州卫扬汽车服务有限公司工会委员会正式成立。', { lead: false })).toEqual([]);
  });

  it('reads no founding in an anniversary (庆祝…成立100周年)', () => {
    expect(titles('会议传达学习了庆祝中华全国总工会成立100周年大会的精神。')).not.toContain('中华全国总工会成立');
  });

  it('keeps a verb that opens an event noun inside a joined title (…改革推进会暨…表彰大会)', () => {
    expect(titles('9月10日,某区产业工人队伍建设改革推进会暨某奖和工人先锋号表彰大会在某市召开。')).toEqual([
      '某区产业工人队伍建设改革推进会暨某奖和工人先锋号表彰大会',
    ]);
  });

  it('reads sessions counted before a title as a programme, not an event (112期就业创业培训)', () => {
    expect(titles('该区组织了112期就业创业培训。其中探索组织1~2期省外职工疗休养活动。')).toEqual([]);
  });

  it('starts a title after a verb with 好 (开展好…活动)', () => {
    expect(titles('为扎实开展好全县工会干部“走基层、办实事、送温暖”活动,县总工会发放救助款。')).toEqual([
      '全县工会干部“走基层、办实事、送温暖”活动',
    ]);
  });

  it('keeps a word that opens with a one-character stop in the title (对口援藏, 在职)', () => {
    expect(titles('3月5日,全国工会对口援藏工作会议在拉萨召开。')).toEqual(['全国工会对口援藏工作会议']);
  });
});

describe('findEvents › the scene of a clause', () => {
  it('reads no place in a day (在1月11日全面启动) or in how an event was carried on (深入开展, 广泛深入持久开展)', () => {
    expect(events('“送温暖”活动在1月11日全面启动。')[0]?.location).toBeUndefined();
    expect(events('某区总工会深入开展送温暖慰问活动。')[0]?.location).toBeUndefined();
    expect(events('各级工会广泛深入持久开展主题劳动和技能竞赛。')[0]?.location).toBeUndefined();
    expect(events('9月2日,某市总工会在市工人文化宫举行职工书画展。')[0]?.location).toBe('市工人文化宫');
  });

  it('reads a call to bring warmth or coolness as a visit (率慰问团赴…送温暖), with no quotation as its place', () => {
    expect(events('12月30日,王某明率全总慰问团赴河北雄安新区送温暖。')[0]).toMatchObject({
      type: 'visit',
      location: '河北雄安新区',
    });
    expect(events('某社区工联会深入开展“夏季送清凉”活动,走访慰问一线劳动者。')[0]?.location).toBeUndefined();
  });

  it('reads a title a clause opens with (在…大会上,) as held, and no speech referred to', () => {
    expect(titles('4月30日上午,在某市第五届劳动模范表彰大会上,55名劳动者受到表彰。')).toEqual([
      '某市第五届劳动模范表彰大会',
    ]);
    expect(titles('会议传达了总书记在全国劳模和先进工作者表彰大会上的重要讲话精神。', { lead: false })).toEqual([]);
  });

  it('reads 职代会 as a congress, and a congress’s delegates (代表大会代表) as no congress held', () => {
    expect(titles('某铁路局第十二届三次职代会于9月22日召开。')).toEqual(['某铁路局第十二届三次职代会']);
    expect(titles('6月18日,集团工会召开选举产生旗工会第十一次代表大会代表的会议。')).toEqual([]);
  });

  it('starts a quoted title at its quote after a verb with 到 (参与到“…”公益行动)', () => {
    expect(titles('某某积极参与到“一瓶水接力”公益行动。')).toEqual(['“一瓶水接力”公益行动']);
  });

  it('reads no founding from 成立以来 (since it was founded), and starts a title after 开展好', () => {
    expect(titles('这是某市公路局工会成立以来荣获的最高荣誉。')).toEqual([]);
    expect(titles('开展好“走基层、转作风、改文风”活动。')).toEqual(['“走基层、转作风、改文风”活动']);
  });

  it('reads no event from a bare 大赛 that refers back', () => {
    expect(titles('5日,省钻机工职业技能竞赛在淮北开幕。主席刘杰宣布大赛开幕。')).toEqual(['省钻机工职业技能竞赛']);
  });

  it('dates an event by the day told after a dateline that ends in 消息 or 资讯', () => {
    expect(events('某网5月5日资讯,4月27日,全国总工会在北京召开2023年全国五一劳动奖表彰大会。')[0]?.day).toBe(27);
  });
});

describe('findEvents › what was not held', () => {
  it('reads no meeting from a verb of receiving quoted in a game’s name (“快速会晤”等互动游戏)', () => {
    expect(titles('青年职工通过“击鼓传花”“快速会晤”等互动游戏积极展现自我。')).toEqual([]);
  });

  it('reads a count of classes held in all (托管班共计19期) as no event', () => {
    expect(titles('今年暑期,区总工会在10个点位举办暑期子女托管班共计19期。')).toEqual([]);
    expect(titles('今年,区总工会在10个点位举办职工培训班共计19期。')).toEqual([]);
  });

  it('reads nothing held in a sentence that opens with what is to come (今后,…)', () => {
    expect(titles('今后,省总工会组织重大活动、安排重大事项,都要听取职工意见。')).toEqual([]);
  });

  it('reads no event from a purpose clause (为深入开展“…”实践活动,…), and the event held after it', () => {
    expect(titles('为深入开展“岗位建功”实践活动,11月15日,某市总工会举办了职工技能大赛启动仪式。')).not.toContain(
      '“岗位建功”实践活动',
    );
    expect(titles('11月15日,某市总工会深入开展“岗位建功”实践活动。')).toEqual(['“岗位建功”实践活动']);
  });

  it('does not run a title back over 是 or 今年 (走访慰问是院工会…系列活动)', () => {
    expect(titles('对困难职工进行走访慰问是院工会“三八”节系列活动之一。')).not.toContain(
      '走访慰问是院工会“三八”节系列活动',
    );
  });

  it('reads a named event that frames what happened in it (在…竞赛中, 在今年“…”活动中), not a bare one or a centre', () => {
    expect(titles('在2018年中国技能大赛暨第八届某某集团职业技能竞赛中,他获得一等奖。')).toContain(
      '2018年中国技能大赛暨第八届某某集团职业技能竞赛',
    );
    expect(titles('在今年“金秋助学”活动中,共资助学生50名。')).toContain('“金秋助学”活动');
    // Nor the verb that held it.
    expect(titles('在开展“金秋助学”活动中,共资助学生50名。')).toEqual(['“金秋助学”活动']);
    expect(titles('在活动中,职工们积极参与。')).toEqual([]);
    expect(titles('决赛在湖南省邮政培训中心举行。')).not.toContain('湖南省邮政培训');
  });

  it('reads a plain title framed by a clause that holds it (在…召开的…座谈会上)', () => {
    expect(titles('在随后召开的文化体育活动座谈会上,各单位作了汇报。')).toEqual(['文化体育活动座谈会']);
    expect(titles('马某秋是在28日交通运输部举行的专题新闻发布会上作此表述的。')).toEqual(['专题新闻发布会']);
    expect(titles('他在工作会议上说,要抓好落实。')).toEqual([]);
  });

  it('reads a wage negotiation meeting (…工资集体协商会) as a meeting, and 协商会议 whole', () => {
    expect(titles('9月28日,温岭市新河镇总工会召开雅雀村工业园小微企业工资集体协商会。')).toContain(
      '雅雀村工业园小微企业工资集体协商会',
    );
  });

  it('keeps an anniversary in a title (三周年集中宣传活动), not a duration before it (为期三周的)', () => {
    expect(titles('4月26日,江西省《保障农民工工资支付条例》实施三周年集中宣传活动在萍乡市广场启动。')).toContain(
      '三周年集中宣传活动启动',
    );
  });

  it('does not run a title back over a word of when (正值…召开之际)', () => {
    expect(titles('正值中国工会第十八次全国代表大会隆重召开之际,我们举办竞赛。')).not.toContain(
      '正值中国工会第十八次全国代表大会',
    );
  });

  it('reads no event from what kind of thing something is (…开展的一项群众性竞赛活动)', () => {
    expect(events('该竞赛是由市总工会在全市企业中开展的一项群众性安全生产竞赛活动。', { lead: false })).toEqual([]);
    expect(titles('市总工会举办的一场职工篮球赛在体育馆举行。')).toEqual(['职工篮球赛']);
  });

  it('reads the unveiling of a site or studio that is no recognised body', () => {
    expect(events('10月25日,某某县首个职工爱心驿站揭牌。')).toEqual([
      { title: '某某县首个职工爱心驿站揭牌', type: 'ceremony', day: 25, location: undefined },
    ]);
    expect(titles('近日,某某市首个网约车行业“妇女之家”在三水区正式揭牌。')).toEqual([
      '某某市首个网约车行业妇女之家揭牌',
    ]);
    expect(titles('23日,启东市总工会领导共同为爱心驿站揭牌。')).toEqual(['爱心驿站揭牌']);
  });

  it('reads a job fair’s session (…京津冀专场), a jobs festival (春季就业节) and a fair (洽谈会) as activities', () => {
    expect(events('7月6日,某某市总工会举办“工会帮就业”京津冀专场。').map((e) => [e.type, e.day])).toEqual([
      ['activity', 6],
    ]);
    expect(events('2月22日,某某县举行春季就业节。').map((e) => e.type)).toEqual(['activity']);
    expect(events('3月1日,某某市总工会举办招聘洽谈会。').map((e) => e.type)).toEqual(['activity']);
  });

  it('reads a march or a rally held (举行游行示威, 参与集会), but no event said not to have been held', () => {
    expect(events('某某劳工团体10月1日举行游行示威。').map((e) => [e.type, e.day])).toEqual([['activity', 1]]);
    expect(titles('被问到今年没有举办「五一游行」的原因,会长表示会考虑。')).toEqual([]);
    expect(titles('5月1日,某某工会未能召开职工代表大会。')).toEqual([]);
  });

  it('reads no venue from 在 inside a word (早在5月), a month, or the scene itself (在现场)', () => {
    const where = (text: string) => events(text)[0]?.location;
    expect(where('某某总工会早在5月就启动了“工会帮就业”活动。')).toBeUndefined();
    expect(where('5月1日,各区县在现场开展了“直播带岗”活动。')).toBeUndefined();
    expect(where('5月1日,某某总工会在某某体育馆举办职工篮球赛。')).toBe('某某体育馆');
  });

  it('reads a workers’ cultural palace opened or unveiled as an event', () => {
    expect(titles('4月25日,某某市某某工人文化宫正式启用。')).toEqual(['某某市某某工人文化宫启用']);
    expect(titles('某某市工人文化宫今天正式揭牌。')).toEqual(['某某市工人文化宫揭牌']);
  });

  it('reads a site opened for use (…司机之家正式启用), not the time since it opened (启用以来)', () => {
    expect(titles('10月16日,设置在某物流有限公司的某区工会司机之家正式启用。')).toEqual(['某区工会司机之家启用']);
    expect(titles('某街道职工之家启用以来,已服务职工3000人次。')).toEqual([]);
  });

  it('reads the opening of a hall or an office (…展馆在长沙开馆, …办事处今天揭幕), not one planned', () => {
    expect(titles('今天上午,湖湘劳模工匠主题展馆在长沙开馆,这是我省首个。')).toEqual(['湖湘劳模工匠主题展馆开馆']);
    expect(titles('两位议员的联合办事处今天揭幕。')).toEqual(['联合办事处揭幕']);
    expect(titles('展览馆预计将于2022年12月10日全面开馆试运营。')).toEqual([]);
  });

  it('opens a title with the verbs of carrying out right after the verb holding it (举行落实…推进会)', () => {
    expect(titles('8月22日,连州市总工会举行落实“县级工会加强年”专项工作推进会。')).toEqual([
      '落实“县级工会加强年”专项工作推进会',
    ]);
    expect(titles('要求各级工会落实好工作推进会精神。')).toEqual([]);
  });

  it('reads no visit from what a visit gives (领到了市总工会送来的慰问金)', () => {
    expect(titles('近日,职工王某庆领到了市总工会送来的1000元春节慰问金。')).toEqual([]);
  });

  it('reads a workers’ arts festival opened as an event, but not again before its award ceremony', () => {
    expect(titles('6月2日,某市第三届职工文化艺术节在市工人文化宫盛大开幕。')).toEqual(['某市第三届职工文化艺术节']);
    expect(titles('9月28日,迎国庆职工文艺展演暨某市第七届职工文化艺术节颁奖典礼在市工人文化宫举办。')).not.toContain(
      '某市第七届职工文化艺术节',
    );
  });

  it('reads a seminar course held (举办…专题研讨班, …干部研修班…开班)', () => {
    expect(titles('干部培训中心于4月13日至14日举办“创建和谐企业与工会”专题研讨班。')).toEqual([
      '“创建和谐企业与工会”专题研讨班',
    ]);
    expect(titles('10月10日上午,吉林省工会干部研修班在某干部学校顺利开班。')).toEqual(['吉林省工会干部研修班']);
  });

  it('reads a title held on the day already told (…代表大会于当天上午在北京开幕, 当天在厦门举办)', () => {
    expect(
      events('10月17日是值得欢庆的日子,中国工会第十五次全国代表大会于当天上午在北京开幕。').map((e) => [
        e.title,
        e.day,
      ]),
    ).toEqual([['中国工会第十五次全国代表大会', 17]]);
    expect(titles('厦门市工会第十四次代表大会当天在厦门举办。')).toEqual(['厦门市工会第十四次代表大会']);
  });

  it('reads an event held on the grounds of a plan or a request (根据…培训计划,…举行; 按照…规划要求,…召开)', () => {
    expect(
      titles('根据省总工会干部培训计划,由省林业工会举办的全省林业系统工会主席培训班于2014年5月5日在福州举行。'),
    ).toEqual(['全省林业系统工会主席培训班']);
    expect(titles('按照集团工会三年工作规划要求,12月24日,集团工会组织召开了第四期工会主席培训班。')).toEqual([
      '第四期工会主席培训班',
    ]);
    // A plan still to come is none.
    expect(titles('市总工会计划,于明年举办职工技能大赛。')).toEqual([]);
  });

  it('reads a meeting that hears how a task went and a show of workers’ acts (汇报会, 文艺会演)', () => {
    expect(titles('1月27日,市交通重点工程劳动竞赛汇报会在某会议中心召开。')).toEqual(['市交通重点工程劳动竞赛汇报会']);
    expect(titles('七厂家工会联合举办第二届《厂际之春》文艺会演。')).toEqual(['第二届《厂际之春》文艺会演']);
    expect(titles('师市老年体协持杖操专委会演员刘某说。')).toEqual([]);
  });

  it('reads an awards ceremony and a video meeting (颁奖会, 表彰视频会)', () => {
    expect(titles('4月28日,某自治区庆祝五一国际劳动节颁奖会在某大剧院举行。')).toEqual([
      '某自治区庆祝五一国际劳动节颁奖会',
    ]);
    expect(titles('4月28日,某市召开庆祝“五一”劳动奖表彰视频会。')).toEqual(['庆祝“五一”劳动奖表彰视频会']);
  });

  it('reads a talk on a plenary session held (十九届五中全会精神宣讲报告会), but no count of editions (举办七届…大赛)', () => {
    expect(titles('12月1日,党的十九届五中全会精神宣讲报告会在某市举行。')).toEqual(['十九届五中全会精神宣讲报告会']);
    expect(titles('近年来,市总工会已举办七届职工职业技能大赛。')).toEqual([]);
  });

  it('reads no event from a programme looked back on since the year it began, but one since a day', () => {
    expect(titles('自2005年“金秋助学”活动启动以来,全省各级工会共筹集资金1.3亿元。')).toEqual([]);
    expect(titles('自今年7月1日“振兴杯”竞赛启动以来,各单位踊跃参赛。')).toEqual(['“振兴杯”竞赛']);
  });

  it('reads no event from a vague bare title (陪同参加有关活动)', () => {
    expect(titles('2月13日,市人大常委会副主任刘某陪同参加有关活动。')).toEqual([]);
  });

  it('reads no unveiling from a plan, or from a clause told before the site', () => {
    expect(titles('从明天起,“某某区农民工法律援助工作站”将正式挂牌。')).toEqual([]);
    expect(titles('柴某作为劳模代表参加并见证了工作室揭牌。')).toEqual([]);
  });

  it('reads no visit from a list of those visited', () => {
    expect(titles('1月21日,县总工会主席栗某某带队慰问了县交通运输局、县交警大队的一线职工。')).toEqual([]);
  });

  it('ends a venue before a word of holding together (在某县联合开展) and a trip’s place before its opener (展开为期四日的考察)', () => {
    expect(events('3月5日,鹤城市总工会与某某公司在宣城泾县联合开展主题党日活动。')[0]?.location).toBe('宣城泾县');
    expect(events('5月3日,鹤城市总工会代表团赴北京、天津展开为期四日的考察交流。')[0]?.location).toBe('北京、天津');
  });

  it('reads no founding from a year a body was set up in (…工会小组成立于2016年)', () => {
    expect(titles('据介绍,鹤城集团劳务总队工会小组成立于2016年。', { lead: true })).toEqual([]);
  });

  it('reads a study trip to see a place’s work (前往…参观, 赴…参观考察) as a visit, up to its place', () => {
    expect(events('11月25日,鹤城市总工会邀请33位劳模前往重点项目参观。')).toMatchObject([
      { type: 'visit', day: 25, location: '重点项目' },
    ]);
  });

  it('reads a trip told from the host’s side as a visit (来我县调研), not 来 elsewhere (来自)', () => {
    expect(titles('11月27日,市总工会副主席殷某红来我县调研指导县工人文化宫项目建设。')).toEqual([
      '市总工会副主席殷某红来我县调研指导县工人文化宫项目建设',
    ]);
    expect(titles('11月27日,来自各县的代表调研指导工作。')).toEqual([]);
  });

  it('reads a trip to one place to call on kinds of people listed there as one visit, but not a list of bodies', () => {
    expect(titles('1月15日上午,市总工会副主席吴某来到某某区看望慰问困难劳模、困难职工。')).toEqual([
      '市总工会副主席吴某来到某某区看望慰问困难劳模、困难职工',
    ]);
    expect(titles('1月21日,县总工会主席栗某某来到城关镇慰问了县交通运输局、县交警大队的一线职工。')).toEqual([]);
  });

  it('reads a call across a comma after a trip as the visit of a lead that opens with its day, not elsewhere', () => {
    expect(titles('8月4日,仙游县总工会前往仙游县供电公司枫林供电所,慰问抢险救灾一线的电力职工。')).toEqual([
      '仙游县总工会前往仙游县供电公司枫林供电所,慰问抢险救灾一线的电力职工',
    ]);
    expect(titles('仙游县总工会前往仙游县供电公司枫林供电所,慰问抢险救灾一线的电力职工。')).toEqual([]);
  });

  it('reads a visit whose topic lists several kinds of work, up to 等', () => {
    expect(
      titles('4月17日,州总工会主席张丽率考察团一行到昆明市工人文化宫学习考察疗休养基地建设、服务阵地建设等工作。'),
    ).toEqual(['州总工会主席张丽率考察团一行到昆明市工人文化宫学习考察疗休养基地建设、服务阵地建设']);
  });

  it('reads a visit after a purpose clause that looks ahead (为…,进一步提升…,)', () => {
    expect(titles('为进一步提升职工生活品质,4月17日,州总工会主席张丽一行到昆明市工人文化宫考察。')).toHaveLength(1);
    expect(titles('州总工会将于近日,到昆明市工人文化宫考察。')).toEqual([]);
  });

  it('reads a delegation’s trip, titled from the delegation, in a lead', () => {
    expect(events('5月6日,市总工会代表团一行12人赴深圳进行工会业务交流参访。')).toEqual([
      { title: '市总工会代表团一行12人赴深圳进行工会业务交流参访', type: 'visit', day: 6, location: '深圳' },
    ]);
    expect(titles('该会组织“职工梦”交流团一行300余人到昆明考察交流。')).toEqual([
      '“职工梦”交流团一行300余人到昆明考察交流',
    ]);
    expect(titles('“五一代表团”昨日早上经机场出发,赴北京、天津展开为期三日的考察交流行程。')).toEqual([
      '“五一代表团”昨日早上经机场出发,赴北京、天津展开为期三日的考察交流',
    ]);
  });

  it('reads a delegation that came to the host’s place (考察团来湖州访问), dated after a dateline filed from a place (…网4月11日湖州消息)', () => {
    expect(events('某某网4月11日湖州消息 4月10日,台湾苗栗县总工会考察团来湖州访问。')).toEqual([
      { title: '台湾苗栗县总工会考察团来湖州访问', type: 'visit', day: 10, location: '湖州' },
    ]);
  });

  it('reads no delegation’s trip from a welcome, a plan or a later paragraph', () => {
    expect(titles('副市长致辞欢迎代表团到访本市。')).toEqual([]);
    expect(titles('代表团将于下月赴北京参观访问。')).toEqual([]);
    expect(titles('市总工会代表团赴深圳交流参访。', { lead: false })).toEqual([]);
  });

  it('ends a visit at its verb when the visit only dates something else (调研时的指示精神)', () => {
    expect(titles('会议传达贯彻市委书记郭文海到市总工会调研时的指示精神。')).toEqual(['郭文海到市总工会调研']);
  });
});

describe('partOf', () => {
  it('reads whether a person chaired, spoke, won or attended', () => {
    expect(partOf('市总工会主席李灿出席会议并讲话。', '李灿')).toBe('spoke');
    expect(partOf('会议由副主席王强主持。', '王强')).toBe('chaired');
    expect(partOf('选手刘洋获得一等奖。', '刘洋')).toBe('won');
    expect(partOf('副市长陈明出席。', '陈明')).toBe('attended');
    expect(partOf('陈明表示,要抓好落实。', '陈明')).toBeUndefined();
  });
});

describe('eventKey', () => {
  it('folds a quoted title with or without 系列 to one key', () => {
    expect(eventKey('“温暖送万家”系列活动')).toBe(eventKey('“温暖送万家”活动'));
    expect(eventKey('全市第八届职工技能大赛')).toBe('第八届职工技能大赛');
    expect(eventKey('职工技能大赛')).not.toBe(eventKey('职工技能大赛决赛'));
  });
});

describe('isAboutEvent', () => {
  it('tells a ceremony held for an event from another name of it', () => {
    expect(isAboutEvent('省职工技能大赛开幕式', '省职工技能大赛')).toBe(true);
    expect(isAboutEvent('2025年省职工技能大赛', '省职工技能大赛')).toBe(false);
  });

  it('tells a contest held within games of many (…工人运动会啦啦操竞赛) from the games, not a final from its contest', () => {
    expect(isAboutEvent('某市第十三届工人运动会啦啦操竞赛', '某市第十三届工人运动会')).toBe(true);
    expect(isAboutEvent('某省职工职业技能大赛决赛', '某省职工职业技能大赛')).toBe(false);
  });
});

describe('datesFromChronicle', () => {
  it('dates a chronicle’s items by the day they open with', () => {
    const events = drafts('10  省工业工会在惠州召开工作会议。', { lead: false });
    datesFromChronicle(events, '广东省总工会3月要事');
    expect([events[0]?.month, events[0]?.day]).toEqual([3, 10]);
    const other = drafts('10  省工业工会在惠州召开工作会议。', { lead: false });
    datesFromChronicle(other, '省工业工会召开工作会议');
    expect(other[0]?.undated).toBe(true);
  });
});
