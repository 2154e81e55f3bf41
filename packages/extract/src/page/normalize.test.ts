import { describe, expect, it } from 'vitest';
import { normalizePage, pairQuotes } from './normalize.ts';

const kinds = (text: string) => normalizePage(text).map((b) => [b.kind, b.text]);

describe('normalizePage', () => {
  it('joins a sentence split by a caption and its photo credit dropped mid-sentence', () => {
    const page =
      '会议要求,要以更大力度推动产业工人队伍建设改革和职工素质提升工程\n\n■活动现场为志愿服务队授旗。\n\n记者张明/摄\n\n全面落地见效。';
    expect(kinds(page)).toEqual([
      ['text', '会议要求,要以更大力度推动产业工人队伍建设改革和职工素质提升工程全面落地见效。'],
      ['caption', '■活动现场为志愿服务队授旗。'],
      ['credit', '记者张明/摄'],
    ]);
  });

  it('joins hard-wrapped lines of a narrow column when most lines share one width', () => {
    const lines = [
      '近年来，某某区总工会紧紧围绕产业工人',
      '思想引领、建功立业、素质提升等重点任',
      '务扎实开展工作，合力推进改革各项工作',
      '落地见效，全区职工队伍建设取得新成效',
      '。今年以来，区总工会联合人社部门开展',
      '技能竞赛二十场，参赛职工达到三千余人',
      '次，有效激发了广大职工的创新创造活力',
      '，营造了比学赶超的浓厚氛围，受到职工',
      '群众的广泛好评，为全区高质量发展注入',
      '强劲动能，职工获得感幸福感不断增强。',
    ];
    const blocks = normalizePage(lines.join('\n\n'));
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.text).toBe(lines.join(''));
  });

  it('keeps a short headline line apart from the paragraph after it', () => {
    expect(kinds('某市总工会召开全委会\n\n本报讯 5月10日,某市总工会召开全委会。')).toEqual([
      ['heading', '某市总工会召开全委会'],
      ['text', '本报讯 5月10日,某市总工会召开全委会。'],
    ]);
  });

  it('drops a line that repeats the headline with a picture’s number, so it does not run on', () => {
    const text =
      '某市总工会第六次会员大会顺利召开\n\n4月22日,某市总工会第六次会员大会顺利召开。\n\n某市总工会第六次会员大会顺利召开82\n\n  大会在庄严的国歌中开幕。';
    expect(kinds(text)).toEqual([
      ['heading', '某市总工会第六次会员大会顺利召开'],
      ['text', '4月22日,某市总工会第六次会员大会顺利召开。'],
      ['furniture', '某市总工会第六次会员大会顺利召开82'],
      ['text', '大会在庄严的国歌中开幕。'],
    ]);
  });

  it('maps every character back to its offset in the source', () => {
    const page = '第一行文字很长很长很长很长很长很长很长很长很长很长很长很长\n\n第二行。';
    const [block] = normalizePage(page);
    expect(block?.text.endsWith('第二行。')).toBe(true);
    const i = block?.text.indexOf('第二行') ?? -1;
    expect(page.slice(block?.offsets[i], (block?.offsets[i] ?? 0) + 3)).toBe('第二行');
  });

  it('folds traditional characters and full-width punctuation for matching but keeps the text as written', () => {
    const [block] = normalizePage('佛山市總工會召開會議（擴大），研究工作。');
    expect(block?.text).toBe('佛山市總工會召開會議（擴大），研究工作。');
    expect(block?.norm).toBe('佛山市总工会召开会议(扩大),研究工作。');
  });

  it('reads a byline line and a trailing signature as their own blocks', () => {
    expect(kinds('文章正文在这里结束了。\n\n■全媒体记者王小明 通讯员李红\n\n（某某工）').map((k) => k[0])).toEqual([
      'text',
      'byline',
      'signature',
    ]);
  });

  it('keeps a column-wide headline apart from the dateline paragraph that follows it', () => {
    const page = [
      '某某市某某区工会第十六次代表大会召开',
      '',
      '本报讯(全媒体记者甲乙丙 通讯员丁戊',
      '己)10月27日,某某区工会第十六次代',
      '表大会在区小礼堂召开,会议选举产生了',
      '新一届委员会。大会听取并审议通过了第',
      '十五届委员会工作报告、财务工作报告及',
      '经费审查委员会工作报告,明确了未来五',
      '年全区工会工作的总体思路和目标任务,',
      '号召全区广大职工团结奋斗、建功立业。',
    ];
    const [heading, text] = kinds(page.join('\n'));
    expect(heading).toEqual(['heading', page[0]]);
    expect(text).toEqual(['text', page.slice(2).join('')]);
  });

  it('starts a paragraph at an indent and keeps a headline wrapped over two lines one heading', () => {
    const page = [
      '\u3000\u3000某某市总工会召开十五届五次全委',
      '会议',
      '\u3000\u3000本报讯 10月28日,某某市总工会',
      '十五届五次全委(扩大)会议召开。会议',
      '总结了今年以来的工作。',
      '\u3000\u3000会议要求,各级工会要持续深化',
      '产业工人队伍建设改革,围绕中心、服务',
      '大局,团结动员广大职工建功新时代,推',
      '动全市工会工作高质量发展再上新台阶',
      '。会议还对下一阶段工作作出了部署。',
      '\u3000\u3000会议强调,要加强组织领导。',
    ];
    const paragraph = (from: number, to: number) =>
      page
        .slice(from, to)
        .join('')
        .replace(/\u3000/g, '');
    expect(kinds(page.join('\n'))).toEqual([
      ['heading', paragraph(0, 2)],
      ['text', paragraph(2, 5)],
      ['text', paragraph(5, 10)],
      ['text', paragraph(10, 11)],
    ]);
  });

  it('reads a 文/图 credit line as a byline', () => {
    expect(kinds('会议强调,要加强组织领导。\n\n文/图 本报记者 罗丹')).toEqual([
      ['text', '会议强调,要加强组织领导。'],
      ['byline', '文/图 本报记者 罗丹'],
    ]);
  });

  it('reads a byline line whose next role follows a name with no space (记者甲通讯员乙) as a byline', () => {
    expect(kinds('会议强调,要加强组织领导。\n工人日报-中工网记者陈某通讯员杨某忠')).toEqual([
      ['text', '会议强调,要加强组织领导。'],
      ['byline', '工人日报-中工网记者陈某通讯员杨某忠'],
    ]);
  });

  it('reads a byline line marked with ◎ (◎某时报记者 甲 乙) as a byline', () => {
    expect(kinds('◎星沙时报记者 胡乐 林立')).toEqual([['byline', '◎星沙时报记者 胡乐 林立']]);
  });

  it('reads a byline line whose two names ran together (记者柳某姗彭某) as a byline', () => {
    expect(kinds('工人日报-中工网记者柳珊姗彭雪通讯员许翔宁')).toEqual([
      ['byline', '工人日报-中工网记者柳珊姗彭雪通讯员许翔宁'],
    ]);
  });

  it('reads a byline line with a colon after each role as a byline', () => {
    expect(kinds('会议强调,要加强组织领导。\n记者:柯某某 通讯员:王小明')).toEqual([
      ['text', '会议强调,要加强组织领导。'],
      ['byline', '记者:柯某某 通讯员:王小明'],
    ]);
  });

  it('reads a byline line whose first role carries its outlet as a byline (工人日报-中工网记者 甲 乙, 川观新闻记者 甲)', () => {
    expect(kinds('工人日报-中工网记者 马某礼 李某楠 通讯员 田某彬\n6月26日,县总工会开展慰问。')[0]).toEqual([
      'byline',
      '工人日报-中工网记者 马某礼 李某楠 通讯员 田某彬',
    ]);
    expect(kinds('川观新闻记者 郝某\n1月5日,省总工会开展慰问。')[0]).toEqual(['byline', '川观新闻记者 郝某']);
    // A bar between the role and the name (融媒体记者 | 甲, 记者: | 甲 |), as some sites set it.
    expect(kinds('融媒体记者 | 朱某芳\n1月5日,省总工会开展慰问。')[0]?.[0]).toBe('byline');
    expect(kinds('记者: | 向某玉 |\n1月5日,省总工会开展慰问。')[0]?.[0]).toBe('byline');
    // An app's outlet (客户端), and a space between the outlet and the role.
    expect(kinds('工人日报客户端记者 郝赫\n1月5日,省总工会开展慰问。')[0]).toEqual([
      'byline',
      '工人日报客户端记者 郝赫',
    ]);
    expect(kinds('工人日报客户端 记者 张世光\n1月5日,省总工会开展慰问。')[0]?.[0]).toBe('byline');
  });

  it('reads a byline line marked with □ as a byline', () => {
    expect(kinds('□记者王某君\n\n本报讯 日前,大赛决赛圆满落幕。')[0]).toEqual(['byline', '□记者王某君']);
  });

  it('reads a byline line in traditional characters as a byline', () => {
    expect(kinds('會議要求持續深化改革。\n\n通訊員李晨豪、毛金俊')).toEqual([
      ['text', '會議要求持續深化改革。'],
      ['byline', '通訊員李晨豪、毛金俊'],
    ]);
  });
});

describe('normalizePage › web pages', () => {
  it('drops site furniture and reads the line over the meta line as the headline', () => {
    const page = [
      '首页 | 要闻 | 视频 | 图片',
      '某省总工会公布二〇二五年劳模创新工作室名单 某集团五家工作室入选',
      '来源: 时间:2026年01月22日 浏览次数: 【字体: 打印',
      '北京讯 近日,某省总工会公布名单,某集团五家工作室入选。',
    ].join('\n\n');
    expect(kinds(page).map((k) => k[0])).toEqual(['furniture', 'heading', 'furniture', 'text']);
  });

  it('keeps a bulleted title apart from a summary cut mid-sentence', () => {
    const page = [
      '  • 某市举办职工运动会',
      '    摘要:9月26日,某市第三届职工运动会在市体育中心开幕,来自全市各行业的三百多名选手同台竞技,比赛项目包括',
      '  • 某县开展送温暖活动',
    ].join('\n\n');
    expect(kinds(page).map((k) => k[0])).toEqual(['heading', 'text', 'heading']);
  });

  it('keeps a meta line that ends in a date and its clock time apart from the lead under it', () => {
    const page = [
      '某市打造竞赛升级版',
      '张某群 刘某芳 杜某 王某   某某工人报   2026-03-13 12:06:32',
      '3月10日,记者从某市工会工作会议上获悉,市总工会将聚焦“材料谷”建设,着力推进产业工人队伍建设改革,打造竞赛升级版。',
    ].join('\n\n');
    const blocks = kinds(page);
    expect(blocks.at(-1)?.[1]).toMatch(/^3月10日/);
  });

  it('keeps a sub-headline apart from a lead that opens with its day alone (20日上午,…)', () => {
    const page = [
      '某省“春风行动”启动',
      '发布时间:2022-01-21 16:39:00',
      '  稳岗留工、促进返岗就业、举行特色招聘会、展开省内劳务协作',
      '  20日上午,某省“春风行动”启动仪式在长沙举行。',
    ].join('\n\n');
    expect(kinds(page).at(-1)?.[1]).toMatch(/^20日上午/);
  });

  it('reads a caption credited to a reporter as a caption', () => {
    expect(kinds('选手正在比赛。某某网记者 张明摄')[0]?.[0]).toBe('caption');
  });
});

describe('pairQuotes', () => {
  it('reads straight double quotes paired on a line as Chinese quotes, and leaves an odd count', () => {
    expect(pairQuotes('开展"送温暖"活动,发放"暖心包"')).toBe('开展“送温暖”活动,发放“暖心包”');
    expect(pairQuotes('他说:"以前中午只能休息')).toBe('他说:"以前中午只能休息');
    expect(pairQuotes('舉辦「模範勞工表揚大會」')).toBe('舉辦“模範勞工表揚大會”');
  });
});
