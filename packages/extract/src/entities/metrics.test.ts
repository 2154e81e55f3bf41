import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../test-helpers.ts';
import { findMetrics, metricScope } from './metrics.ts';

function metrics(text: string) {
  return sentencesOf(text).sentences.flatMap((s) =>
    findMetrics(s).map((m) => ({
      value: m.value,
      unit: m.unit,
      qualifier: m.qualifier,
      subject: m.subject,
      isTarget: m.isTarget,
    })),
  );
}

describe('findMetrics › how exact a figure is', () => {
  it('reads about before the verb that states a figure (约有400人, 約為1.76%, 約 5800人) as approximate', () => {
    expect(metrics('據警方統計約有400人參加遊行。')[0]?.qualifier).toBe('approximate');
    expect(metrics('明年CPI約為1.76%。')[0]?.qualifier).toBe('approximate');
    expect(metrics('工會會員人數約 5800人。')[0]?.qualifier).toBe('approximate');
  });

  it('reads 至少, 最少 and 多于 as at least, 少于 as at most but 不得少于 as at least, 大约是 as about', () => {
    expect(metrics('每月举办至少3场专场配对会。')[0]?.qualifier).toBe('atLeast');
    expect(metrics('每周工作时数少于20小时。')[0]?.qualifier).toBe('atMost');
    expect(metrics('裸车价格不得少于10万元。')[0]?.qualifier).toBe('atLeast');
    expect(metrics('新就业形态劳动者大约是8400万人。')[0]?.qualifier).toBe('approximate');
  });

  it('reads a bound (不应超过2人, 最高5万元) as at most, and keeps it out of the subject', () => {
    expect(metrics('各航班外籍组员不应超过2人。')[0]).toMatchObject({ qualifier: 'atMost', subject: '各航班外籍组员' });
    expect(metrics('一类项目最高5万元。')[0]).toMatchObject({ qualifier: 'atMost', subject: '一类项目' });
  });
});

describe('findMetrics › ranges', () => {
  it('reads a range whose first figure carries the unit too as one range (3000元至5000元), not a change (从…到…)', () => {
    const range = metrics('每个家庭分别得到了3000元至5000元的资金救助。');
    expect(range.map((m) => [m.value, m.qualifier])).toEqual([
      [3000, 'atLeast'],
      [5000, 'atMost'],
    ]);
    expect(metrics('工资从3000元到5000元。').map((m) => m.qualifier)).toEqual(['exact', 'exact']);
  });
});

describe('findMetrics › money given', () => {
  it('counts the funds, not the payer and the verb of giving (市总工会投入6万元, 基金会拨付100万元)', () => {
    expect(metrics('淮北市总工会投入6万元为每名受助职工办理意外伤害互助保险。')[0]?.subject).toBe('资金');
    expect(metrics('中国职工发展基金会拨付100万元。')[0]?.subject).toBe('资金');
    expect(metrics('全省各级工会将共同投入610万元。')[0]?.subject).toBe('资金');
    // What the money is for, before 投入, names it.
    expect(metrics('全市“四送”服务投入130多万元。')[0]?.subject).not.toBe('资金');
  });

  it('counts the funds when a total or an adverb stands between the payer and the verb (共筹集了, 已累计投入; 全区已投入)', () => {
    expect(metrics('今年市总工会共筹集了76.97万元,资助大学生180人。')[0]?.subject).toBe('资金');
    expect(metrics('省总工会已累计投入3899万元。')[0]?.subject).toBe('资金');
    // The region as a whole pays too.
    expect(metrics('全区已投入200余万元让3000余名一线职工参加疗休养。')[0]?.subject).toBe('资金');
  });

  it('keeps what funds are for (帮扶资金, 慰问经费), not the verb that moves them (筹集资金) nor who pays them', () => {
    expect(metrics('全省工会累计投入帮扶资金1254.8万元。')[0]?.subject).toBe('帮扶资金');
    expect(metrics('发放中央财政帮扶资金13.7万元。')[0]?.subject).toBe('中央财政帮扶资金');
    expect(metrics('各级工会共筹集资金2亿元。')[0]?.subject).toBe('资金');
    expect(metrics('积极争取到上级总工会帮扶资金20多万元。')[0]?.subject).toBe('帮扶资金');
    expect(metrics('并分别获得全国总工会支持建设资金10万元。')[0]?.subject).toBe('支持建设资金');
    expect(metrics('争取中央财政专项资金411万元。')[0]?.subject).toBe('中央财政专项资金');
  });

  it('counts the funds after 多方筹资, and what was won or given after 争取了 and 给予', () => {
    expect(metrics('沙坪坝区总工会多方筹资45万余元。')[0]?.subject).toBe('资金');
    expect(metrics('省总筹集1389万元。')[0]?.subject).toBe('资金');
    expect(metrics('市总工会积极争取了中央财政专项资金411.88万元。')[0]?.subject).toBe('中央财政专项资金');
    const given = metrics('为70名临时性困难职工给予资金救助6万多元。').find((m) => m.unit === '元');
    expect(given?.subject).toBe('资金救助');
  });
});

describe('findMetrics › what each one gets', () => {
  it('does end the counted noun at 每人, where what each one gets begins', () => {
    expect(metrics('为66名贫困学子每人发放助学金2000元。')[0]?.subject).toBe('贫困学子');
  });
});

describe('findMetrics › listed figures', () => {
  it('does give a figure listed right after another of its unit what that one counts', () => {
    expect(
      metrics('申索声请分别为343宗、380宗。人均年金收入和公积金收入分别达到6280元和4320元。').map((m) => m.subject),
    ).toEqual(['申索声请', '申索声请', '人均年金收入和公积金收入', '人均年金收入和公积金收入']);
  });

  it('gives an item that names only its level what the item before counts, at that level (省级6个)', () => {
    expect(metrics('其中国家级劳模创新工作室1个、省级6个、市级3个。').map((m) => m.subject)).toEqual([
      '国家级劳模创新工作室',
      '省级劳模创新工作室',
      '市级劳模创新工作室',
    ]);
    expect(metrics('晋升高级技师3人。').map((m) => m.subject)).toEqual(['晋升高级技师']);
  });

  it('ends a subject before 也 or 还 (诊断机构也达到了16家), and reads no time word after a place as one (福州今年约2万人)', () => {
    expect(metrics('市州级的职业病诊断机构也达到了16家。').map((m) => m.subject)).toEqual(['职业病诊断机构']);
    expect(metrics('福州今年约2万人被吸纳为工会会员。').map((m) => m.subject)).toEqual(['']);
  });

  it('reads a counted noun on over 中 opening a word (10位北美中文作家) and no head noun cut inside a word (项目部, 队伍, 竞赛科目, 活动中心, 意向)', () => {
    expect(metrics('刘某等10位北美中文作家走进某市。').map((m) => m.subject)).toEqual(['北美中文作家']);
    expect(metrics('某县20个建筑工程项目部工会正式成立。').map((m) => m.subject)).toEqual(['建筑工程项目部工会']);
    // 中心 and 基地 head what is counted; 意向 is one word (not 意 and the 向 of "towards").
    expect(metrics('援助库车市建成6家基层工会职工活动中心。').map((m) => m.subject)).toEqual(['基层工会职工活动中心']);
    expect(metrics('共命名50个职工文体活动示范基地。').map((m) => m.subject)).toEqual(['职工文体活动示范基地']);
    expect(metrics('共有10多个省市援助意向。').map((m) => m.subject)).toEqual(['省市援助意向']);
    // 队伍 is one word (not 队 and 伍); a contest's 科目 (its events) heads what is counted.
    expect(metrics('三支参赛队伍将代表河北省赛区参赛。').map((m) => m.subject)).toEqual(['参赛队伍']);
    expect(metrics('设置焊工技能、安全操作技能三项劳动竞赛科目。').map((m) => m.subject)).toEqual(['劳动竞赛科目']);
  });

  it('ends a counted noun at what the counted did (代表队会聚, 运动员高举, 兴趣小组悉数亮相, 雇员同样反映)', () => {
    expect(metrics('28个基层代表队会聚在奥体中心。').map((m) => m.subject)).toEqual(['基层代表队']);
    expect(metrics('558名运动员高举队旗入场。').map((m) => m.subject)).toEqual(['运动员']);
    expect(metrics('10个工会兴趣小组悉数亮相。').map((m) => m.subject)).toEqual(['工会兴趣小组']);
    expect(metrics('另有14名外地雇员同样反映工资问题。').map((m) => m.subject)).toEqual(['外地雇员']);
  });

  it('keeps an age band’s figures and a size class in a subject (30岁以下职工, 25至44岁受访者, 规模以上企业)', () => {
    const subjects = (text: string) => metrics(text).map((m) => m.subject);
    expect(subjects('30岁以下职工60人,30岁-40岁职工102人。')).toEqual(['30岁以下职工', '30岁-40岁职工']);
    expect(subjects('25至44岁受访者占比36.56%。')).toEqual(['25至44岁受访者占比']);
    expect(subjects('全区200多家规模以上企业参加。')).toEqual(['规模以上企业']);
    expect(subjects('其中34.13%的接受调查职工对职业有明确规划。')).toEqual(['接受调查职工']);
    expect(subjects('85%的被调查企业认为用工难。')).toEqual(['被调查企业']);
    expect(subjects('职工60人,其中30人参加。')[0]).toBe('职工');
  });

  it('leaves a date’s month out of a subject (9月份城镇调查失业率, 1—6月就业困难人员, 前9个月…)', () => {
    const subjects = (text: string) => metrics(text).map((m) => m.subject);
    expect(subjects('9月份城镇调查失业率5%。')).toEqual(['城镇调查失业率']);
    expect(subjects('1—6月就业困难人员85万人。')).toEqual(['就业困难人员']);
    expect(subjects('今年前9个月全国城镇调查失业率均值为5.2%。')).toEqual(['城镇调查失业率均值']);
    // A monthly wage with no date before it keeps its 月.
    expect(subjects('职工月工资3000元。')[0]).toContain('月工资');
  });

  it('takes the noun after 的 when a description closes the words after the count (别开生面的, 符合条件的)', () => {
    const subjects = (text: string) => metrics(text).map((m) => m.subject);
    expect(subjects('市总工会举办了两场别开生面的相亲交友活动。')).toEqual(['相亲交友活动']);
    expect(subjects('全市共有15支实力强劲的参赛队晋级。')).toEqual(['参赛队']);
    expect(subjects('评选出25个符合条件的企业。')).toEqual(['企业']);
    // A noun before 的 is what is counted, even one a describing verb's character opens (能源企业).
    expect(subjects('为10个街道的困难职工送去慰问。')).toEqual(['街道']);
    expect(subjects('全市10家能源企业的职工参加比赛。')).toEqual(['能源企业']);
  });

  it('takes the noun for people after 的 when the words after a count of people name none (新考取大学的困难职工子女)', () => {
    const subjects = (text: string) => metrics(text).map((m) => m.subject);
    expect(subjects('前往4名新考取大学的困难职工子女家中看望。')).toEqual(['困难职工子女']);
    // Words that name people before 的 are what is counted.
    expect(subjects('慰问了30名一线职工的家属。')).toEqual(['一线职工']);
  });

  it('ends the counted noun before a verb of going or visiting, or where on them (26名记者分赴, 19个慰问团分赴, 4名徒弟身上)', () => {
    const subjects = (text: string) => metrics(text).map((m) => m.subject);
    expect(subjects('此次采访活动中,26名记者分赴各地。')).toEqual(['记者']);
    expect(subjects('全总派出19个慰问团分赴全国各地。')).toEqual(['慰问团']);
    expect(subjects('前往两个劳教所看望本厂职工。')).toEqual(['劳教所']);
    expect(subjects('他把目光锁定在4名徒弟身上。')).toEqual(['徒弟']);
  });

  it('leaves out a 的 that closes the phrase before a count (上榜全国劳动模范的有45人, 获评“齐鲁工匠”的10人)', () => {
    const subjects = (text: string) => metrics(text).map((m) => m.subject);
    expect(subjects('福建上榜全国劳动模范的有45人。')).toEqual(['福建上榜全国劳动模范']);
    expect(subjects('此次获评“齐鲁工匠”的10人来自各行业。')).toEqual(['齐鲁工匠']);
  });

  it('reads a share listed after another by the noun after its own 的 (51.5%的奖状单位、40.3%的奖章个人)', () => {
    const subjects = (text: string) => metrics(text).map((m) => m.subject);
    expect(subjects('其中51.5%的奖状单位、40.3%的奖章个人、36.4%的先锋号集体来自基层一线。')).toEqual([
      '奖状单位',
      '奖章个人',
      '先锋号集体',
    ]);
    // A share told after a comma, with no noun after it, is of the figure before.
    expect(subjects('高技能人才11.5万人,占比30.1%。')).toEqual(['高技能人才', '高技能人才占比']);
  });

  it('reads no region the counted are within as what is counted (100名省内各行业工匠人才, 400余名全市…代表)', () => {
    const subjects = (text: string) => metrics(text).map((m) => m.subject);
    expect(subjects('遴选出100名省内各行业工匠人才。')).toEqual(['工匠人才']);
    expect(subjects('400余名全市基层工会职工代表参加会议。')).toEqual(['基层工会职工代表']);
  });

  it('reads a share of people or bodies named after its 的 by them (厂里70%的员工), not one a rate reached', () => {
    const subjects = (text: string) => metrics(text).map((m) => m.subject);
    expect(subjects('厂里70%的员工都是宜阳老乡。')).toEqual(['员工']);
    expect(subjects('比例在增长,77.6%的产业工人在一线。')).toEqual(['产业工人']);
    // A rate reached, or a target, is no noun for people or bodies.
    expect(subjects('团队成为首个达标率达到100%的班组。')).not.toContain('班组');
    expect(subjects('城镇登记失业率控制在5.5%的预期控制目标以内。')).not.toContain('预期控制目标');
  });

  it('keeps a trade or a body a counting verb names in the subject (家政服务业, 保安服务公司, 培训中心), not 业务', () => {
    const subjects = (text: string) => metrics(text).map((m) => m.subject);
    expect(subjects('全国保安服务公司发展到1.3万余家。')).toEqual(['保安服务公司']);
    expect(subjects('全省建成78个技能人才培训中心。')).toEqual(['技能人才培训中心']);
    expect(subjects('开展业务学习交流会议12场。')).toEqual(['业务学习交流会议']);
  });

  it('cuts no subject inside a word (服务时长, 有奖竞答, 慰问金和慰问品, 社会各界群众, 优秀共产党员; 培训后|就业率)', () => {
    const subjects = (text: string) => metrics(text).map((m) => m.subject);
    expect(subjects('累计服务时长达1.1万小时。')).toEqual(['服务时长']);
    expect(subjects('举办网上有奖竞答2次。')).toEqual(['网上有奖竞答']);
    expect(subjects('发放慰问金和慰问品共计6万元。')).toEqual(['慰问金和慰问品']);
    expect(subjects('发放金秋助学金819万元。')).toEqual(['金秋助学金']);
    expect(subjects('四千余名社会各界群众参加了活动。')).toEqual(['社会各界群众']);
    expect(subjects('表彰15名优秀共产党员。')).toEqual(['优秀共产党员']);
    expect(subjects('学员培训完成后就业率保持在90%以上。')).toEqual(['就业率']);
    expect(subjects('全市后勤人员达300人。')).toEqual(['后勤人员']);
  });

  it('leaves out of a subject the 将 of a change to come, a 今年底 by when, and the 可 of what may be reached', () => {
    expect(metrics('将贷款额度提高至50万元。').map((m) => m.subject)).toEqual(['贷款额度']);
    expect(metrics('争取今年底授信额度达到3亿元。').map((m) => m.subject)).toEqual(['授信额度']);
    expect(metrics('最高贷款额度可达50万元。').map((m) => m.subject)).toEqual(['最高贷款额度']);
    expect(metrics('新发放许可30个。').map((m) => m.subject)).toEqual(['许可']);
  });

  it('reads no head 集体 before the word it opens (集体协商, 集体合同), and 指导员 as people counted', () => {
    expect(metrics('全市87名工资集体协商指导员活跃在各行业。').map((m) => m.subject)).toEqual(['工资集体协商指导员']);
    expect(metrics('签订3个全网专项集体合同。').map((m) => m.subject)).toEqual(['全网专项集体合同']);
    expect(metrics('共有5个先进集体受到表彰。').map((m) => m.subject)).toEqual(['先进集体']);
  });

  it('reads no verb of drawing or receiving people as what is counted (吸引1.5万多人, 接待…300余人次)', () => {
    expect(metrics('吸引1.5万多人前来求职。').map((m) => m.subject)).toEqual(['']);
    expect(metrics('今年送温暖资金预计超2亿元。').map((m) => m.subject)).toEqual(['送温暖资金']);
  });

  it('reads a counted noun opening with 和 as a word (13家和谐企业), not the conjunction', () => {
    expect(metrics('共评选出13家和谐企业。').map((m) => m.subject)).toEqual(['和谐企业']);
  });

  it('counts people after a count of teams by what they do, not as the teams (9支代表队180人参加此次活动)', () => {
    expect(metrics('9支代表队180人参加此次活动。').map((m) => m.subject)).toEqual(['代表队', '参加此次活动']);
    expect(metrics('为18名困难职工发放慰问金2万元。').map((m) => m.subject)).toEqual(['困难职工', '慰问金']);
  });
});

describe('findMetrics › people named before their count', () => {
  it('counts talents numbered in 万 as people (高技能人才超过5000万)', () => {
    expect(metrics('其中高技能人才超过5000万。').map((m) => [m.value, m.unit, m.subject])).toEqual([
      [50000000, '人', '高技能人才'],
    ]);
  });

  it('does count people named first and numbered in 万 after 有, 达 or 超过 (农民工有2500万)', () => {
    expect(metrics('在职工队伍中,农民工有2500万,会员达2700万。月活司机超过90万。')).toEqual([
      { value: 25000000, unit: '人', qualifier: 'exact', subject: '农民工', isTarget: false },
      { value: 27000000, unit: '人', qualifier: 'exact', subject: '会员', isTarget: false },
      { value: 900000, unit: '人', qualifier: 'atLeast', subject: '司机', isTarget: false },
    ]);
  });

  it('does not count money named after the people (职工人均收入达5万元)', () => {
    expect(metrics('职工人均收入达5万元。').map((m) => m.unit)).toEqual(['元']);
  });
});

describe('findMetrics › not figures', () => {
  it('reads no figure from the parts an event is laid out in (四个环节, 三项议程), but counts what a count of 个 counts', () => {
    expect(metrics('比赛分为理论考试、实操等四个环节。大会共有三项议程。')).toEqual([]);
    expect(metrics('全市共有5个职工服务中心。')[0]?.subject).toBe('职工服务中心');
  });

  it('does not count the parts of an argument, an instruction (批示) or a filler 个 before a magnitude', () => {
    expect(
      metrics('从就业政策、创业政策4个方面作了详细分析。这三个数字说明问题。该两批示规定了办法。投入2.7个亿。'),
    ).toEqual([]);
  });
});

describe('findMetrics › ranges', () => {
  it('does read a range as at least its first and at most its second figure, of the topic before it', () => {
    expect(metrics('每人每天可多赚10至18元。涉款40至50萬元。')).toEqual([
      { value: 10, unit: '元', qualifier: 'atLeast', subject: '每人每天可多赚', isTarget: false },
      { value: 18, unit: '元', qualifier: 'atMost', subject: '每人每天可多赚', isTarget: false },
      { value: 400000, unit: '元', qualifier: 'atLeast', subject: '涉款', isTarget: false },
      { value: 500000, unit: '元', qualifier: 'atMost', subject: '涉款', isTarget: false },
    ]);
  });

  it('does not scale a first figure already larger than the second’s digits (5000到5万元)', () => {
    expect(metrics('可透支5000到5万元。').map((m) => m.value)).toEqual([5000, 50000]);
  });

  it('does not read a change as a range when a unit and a verb stand before 至', () => {
    expect(metrics('月薪从20,008元调涨至24,000元。').map((m) => m.qualifier)).toEqual(['exact', 'exact']);
  });
});

describe('findMetrics', () => {
  it('counts visits named before a figure in 万 or 亿 (服务人次突破三百一十一万), in 人次', () => {
    const [found] = metrics('平台职工学习培训人次累计达到1.86亿。');
    expect([found?.value, found?.unit, found?.subject]).toEqual([186_000_000, '人次', '平台职工学习培训人次']);
    expect(metrics('去年服务人次突破三百一十一万。')[0]?.value).toBe(3_110_000);
  });

  it('reads ten thousands and the rest grouped by a comma as one figure (18万3,222人)', () => {
    expect(metrics('外地雇员人数为18万3,222人。')[0]?.value).toBe(183_222);
  });

  it('names people counted with no noun by the outcome after them (354人成功获聘, 约1.6万人次完成课程)', () => {
    expect(metrics('354人成功获聘。约一万六千五百人次完成课程。').map((m) => m.subject)).toEqual([
      '成功获聘',
      '完成课程',
    ]);
  });

  it('reads 配对 as one word of a counted noun, not a stop at its 对 (13场行业专场配对会)', () => {
    expect(metrics('为各行各业举办13场行业专场配对会。')[0]?.subject).toBe('行业专场配对会');
  });

  it('counts award-winning projects and results by the noun 获奖 opens (共计100个获奖项目受到表彰)', () => {
    expect(metrics('共计100个获奖项目受到表彰,评出45个获奖成果。').map((m) => m.subject)).toEqual([
      '获奖项目',
      '获奖成果',
    ]);
  });

  it('reads an honour handed out (颁发…奖章) but no certificate, and a bracket’s own subject (7万元(捐民政1万元))', () => {
    const found = metrics(
      '向闫某等247人颁发济南市五一劳动奖章,为20名职工颁发荣誉证书。泽州县总工会7万元(捐民政1万元)。',
    );
    expect(found.map((m) => m.subject)).toEqual(['济南市五一劳动奖章', '职工', '泽州县总工会', '捐民政']);
    expect(metrics('当选代表有:工会工作者(30人)、专业技术人员(1人)。')[0]?.subject).toBe('工会工作者');
  });

  it('reads no count in a quoted list numbered one up (“一个发展愿景、两个发展方向、三个发展阶段”)', () => {
    expect(metrics('确立“一个发展愿景、两个发展方向、三个发展阶段、四项发展措施”发展战略。')).toEqual([]);
    expect(metrics('紧盯“一网融合、两个覆盖、三网并用”目标。')).toEqual([]);
    expect(metrics('共建成一个中心、两个站点。').map((m) => m.value)).toEqual([2]);
  });

  it('reads no count in a slogan that counts a number (‘三个十’劳动竞赛), and opens no subject with 以及', () => {
    expect(metrics('建功平江县‘三个十’劳动竞赛活动启动。')).toEqual([]);
    expect(metrics('建成3个一线班组。').map((m) => m.value)).toEqual([3]);
    expect(metrics('部分企业负责人,以及总工会全体工作人员共计100余人参加。')[0]?.subject).toBe('总工会全体工作人员');
  });

  it('reads hours counted with 个 as hours (8个小时), and the subject before a totalled verb (活动共开展3场)', () => {
    expect(metrics('抢修工人每天工作达8个小时。').map((m) => [m.value, m.unit])).toEqual([[8, '小时']]);
    expect(metrics('活动共开展3场,接待户外劳动者133人次。')[0]?.subject).toBe('活动');
  });

  it('reads no noun for people as the head of what money, documents or courses count (57份代表提案, 16门职工业余课程)', () => {
    expect(metrics('工会提案委员会收集整理了57份代表提案。')[0]?.subject).toBe('代表提案');
    expect(metrics('获得省总工会提供的2万元职工创新补助资金。')[0]?.subject).toBe('职工创新补助资金');
    expect(metrics('职工学校开设16门职工业余课程。')[0]?.subject).toBe('职工业余课程');
    // People counted keep their head noun (30名一线职工代表).
    expect(metrics('30名一线职工代表参加座谈。')[0]?.subject).toBe('一线职工代表');
  });

  it('keeps a noun for people that closes the counted noun after a body’s head (33名工作室领衔人, 60多名所辖单位负责人)', () => {
    expect(metrics('33名工作室领衔人中有全国劳模7人。')[0]?.subject).toBe('工作室领衔人');
    expect(metrics('全区60多名企业负责人参加会议。')[0]?.subject).toBe('企业负责人');
    expect(metrics('200余名职工全员参与。')[0]?.subject).toBe('职工');
  });

  it('joins no item its own count follows to the counted noun before it (男队17支队伍、女队12支队伍)', () => {
    expect(metrics('男队17支队伍、女队12支队伍参赛。').map((m) => m.subject)).toEqual(['队伍', '队伍']);
    expect(metrics('所属7家单位参赛选手教练、领队62人出席开幕式。')[0]?.subject).toBe('单位');
    expect(metrics('全市10家节能环保、能源管理重点企业参加。')[0]?.subject).toBe('节能环保、能源管理重点企业');
  });

  it('reads a league of the bodies a head names as one noun (5个工作室联盟), not cut at the head', () => {
    expect(metrics('全市已组建“装备制造工作室联盟”等5个工作室联盟。')[0]?.subject).toBe('工作室联盟');
  });

  it('reads the subject before a verb held so long or so well (大赛已连续举办12届, 活动至今已成功举办15届)', () => {
    expect(metrics('全市职工技能大赛已经连续举办12届。')[0]?.subject).toBe('职工技能大赛');
    expect(metrics('绍兴市职工读书月活动至今已成功举办15届。')[0]?.subject).toBe('职工读书月活动');
    expect(metrics('粤港澳大湾区职业技能大赛截至目前已成功举办四届。')[0]?.subject).toBe('粤港澳大湾区职业技能大赛');
    expect(metrics('全县农产品直销网点已建成100多个。')[0]?.subject).toBe('农产品直销网点');
  });

  it('ends the counted noun before a verb of coming to be (18个产业工人赋能站陆续落成, 13家基地位列其中)', () => {
    expect(metrics('全市18个产业工人赋能站陆续落成。').map((m) => m.subject)).toEqual(['产业工人赋能站']);
    expect(metrics('我市13家职工疗休养基地位列其中。').map((m) => m.subject)).toEqual(['职工疗休养基地']);
    expect(metrics('组织38名一线职工前往宁夏工人疗养院。').map((m) => m.subject)).toEqual(['一线职工']);
  });

  it('ends the counted noun before the verb after it (两项成果成功入选, 7名选手克服了…, 572项优秀成果经过层层选拔)', () => {
    expect(metrics('油田两项成果成功入选全国工会创新案例。')[0]?.subject).toBe('成果');
    expect(metrics('7名选手克服了竞赛项目多的困难。')[0]?.subject).toBe('选手');
    expect(metrics('572项优秀成果经过层层选拔闯入决赛。')[0]?.subject).toBe('优秀成果');
  });

  it('ends the counted noun before an adverb of time or manner (11家学校还…, 6家工匠学院始终聚焦…, 22名能人顺利通过)', () => {
    expect(metrics('11家学校还组织师生观看。')[0]?.subject).toBe('学校');
    expect(metrics('6家工匠学院始终聚焦重点产业发展。')[0]?.subject).toBe('工匠学院');
    expect(metrics('22名“能人”顺利通过筛选。')[0]?.subject).toBe('能人');
    expect(metrics('四个“创新工作室”不仅有荣誉，更有担当。')[0]?.subject).toBe('创新工作室');
    expect(metrics('16位提案陈述人利用5分钟陈述提案。')[0]?.subject).toBe('提案陈述人');
    // 还 ending a word of giving back is no adverb.
    expect(metrics('全市工会共拨付852万元返还经费。')[0]?.subject).toBe('返还经费');
  });

  it('ends the counted noun at 工种, the trades a contest is held in (六个竞赛工种), not at the contest before it', () => {
    expect(metrics('本次比赛设电子装调工、叉车工等六个竞赛工种。')[0]?.subject).toBe('竞赛工种');
    expect(metrics('共设置钳工、焊工、砌筑工6个决赛工种。')[0]?.subject).toBe('决赛工种');
  });

  it('reads the noun after a word of praise and its 的 (10个重要的创新成果), but a body before 的 (3个部门的负责人)', () => {
    expect(metrics('评选出10个重要的创新成果。')[0]?.subject).toBe('创新成果');
    expect(metrics('3个部门的负责人参加。')[0]?.subject).toBe('部门');
  });

  it('reads the noun after a word of kind and what it sorts by (7家不同行业的企业), but not after praise and a noun (近110处重要点位的…)', () => {
    expect(metrics('走访了7家不同行业的企业。')[0]?.subject).toBe('企业');
    expect(metrics('展出20余件不同类别的商品。')[0]?.subject).toBe('商品');
    expect(metrics('标注近110处重要点位的工运地图。')[0]?.subject).toBe('重要点位');
  });

  it('gives figures listed in one unit the noun after the last one’s 的 (3000元、2000元、1000元的奖金), not items with nouns of their own', () => {
    expect(metrics('分别为他们颁发了3000元、2000元和1000元的奖金。').map((m) => m.subject)).toEqual([
      '奖金',
      '奖金',
      '奖金',
    ]);
    expect(metrics('一等奖3000元、二等奖2000元。').map((m) => m.subject)).toEqual(['一等奖', '二等奖']);
  });

  it('keeps a counting verb that makes a noun with 对象 (救助对象585人)', () => {
    expect(metrics('今年共确定救助对象585人。')[0]?.subject).toContain('救助对象');
  });

  it('reads what lasted a stay of days and nights (培训为期三天两夜), not the nights', () => {
    expect(metrics('培训为期三天两夜。')[0]?.subject).toBe('培训');
    expect(metrics('本期暑托班为期10天。')[0]?.subject).toBe('本期暑托班');
  });

  it('counts a span of one day after 为期 (培训班为期一天), not a lone 一 elsewhere (一天下来)', () => {
    expect(metrics('本次培训班为期一天。').map((m) => [m.value, m.unit, m.subject])).toEqual([[1, '天', '培训班']]);
    expect(metrics('一天下来,大家都很累。')).toEqual([]);
  });

  it('reads the half a span of time ends in (会期四天半, 为期一天半的角逐)', () => {
    expect(metrics('本次大会会期四天半。').map((m) => [m.value, m.subject])).toEqual([[4.5, '大会会期']]);
    expect(metrics('经过为期一天半的激烈角逐。').map((m) => [m.value, m.subject])).toEqual([[1.5, '激烈角逐']]);
  });

  it('leaves the change told before a figure out of its subject (招生人数同比增加30人, 比去年增加)', () => {
    expect(metrics('今年招生人数同比增加30人。')[0]?.subject).toBe('招生人数');
    expect(metrics('会员人数比去年增加500人。')[0]?.subject).toBe('会员人数');
  });

  it('ends a counted noun before a verb of coming or of organizing (2500名义工来到广东, 2个联合工会组织起来)', () => {
    expect(metrics('组织超过2500名义工来到广东。')[0]?.subject).toBe('义工');
    expect(metrics('将2个联合工会组织起来。')[0]?.subject).toBe('联合工会');
  });

  it('reads 中心 after a count as part of what is counted, not a locative 中 (4个职工心理健康分中心)', () => {
    expect(metrics('进一步完善4个职工心理健康分中心。')[0]?.subject).toBe('职工心理健康分中心');
    expect(metrics('设立三个咨询服务中心。')[0]?.subject).toBe('咨询服务中心');
  });

  it('ends a subject before an adverb of how much (会员就突破12万人, 企业一共就24家), but keeps 人才', () => {
    expect(metrics('实名登记会员就突破了12万人。')[0]?.subject).toBe('实名登记会员');
    expect(metrics('辖区餐饮企业一共就24家。')[0]?.subject).toBe('辖区餐饮企业');
    expect(metrics('全省高技能人才超过600万人。')[0]?.subject).toBe('高技能人才');
  });

  it('ends a subject before an adverb of each (合格率均为100%), but keeps 人均', () => {
    expect(metrics('工程项目的质量合格率均为100%。')[0]?.subject).toBe('质量合格率');
    expect(metrics('全市职工人均为5000元。')[0]?.subject).toBe('职工人均');
  });

  it('reads a worth told after a comma as the worth of what the clause before handed out', () => {
    expect(metrics('县总工会为346名户外劳动者送去慰问物资,价值近3万元。')[1]?.subject).toBe('物资');
    expect(metrics('为困难职工发放了慰问品,总价值达10万元。')[0]?.subject).toBe('慰问品');
    expect(metrics('送上价值2万余元的御寒保暖物品。')[0]?.subject).toBe('御寒保暖物品');
  });

  it('keeps a level bounded by 以上 in the counted noun (156名市级以上劳模), but not a count’s own 以上', () => {
    expect(metrics('为全县156名市级以上劳模进行了免费体检。')[0]?.subject).toBe('市级以上劳模');
    expect(metrics('组织46名自治区级以上劳模进行健康体检。')[0]?.subject).toBe('自治区级以上劳模');
    expect(metrics('共有100名以上职工参加。')[0]?.subject).toBe('职工');
  });

  it('reads no figure from a threshold describing a noun (2000万元以上的企业, 百人以上企业), but a share (93%以上的…)', () => {
    expect(metrics('其中产值2000万元以上的企业16家。').map((m) => m.value)).toEqual([16]);
    expect(metrics('将15人以下的小微企业吸纳入会。')).toEqual([]);
    // Times held are counted, over a threshold or not.
    expect(metrics('全年开展1000场次以上的基层职工技能竞赛。').map((m) => [m.value, m.qualifier])).toEqual([
      [1000, 'atLeast'],
    ]);
    expect(metrics('开展百人以上企业建会专项行动,25人以上单位全部建会。')).toEqual([]);
    expect(metrics('百人以上建会企业集体合同签订率保持稳定,对接百人以上大型物流企业。')).toEqual([]);
    expect(metrics('93%以上的外贸运输任务是通过海运完成的。').map((m) => m.value)).toEqual([93]);
  });

  it('reads no count of people from a number’s digits (以两位数的水平增长)', () => {
    expect(metrics('从2018年开始,工资以两位数的水平增长。')).toEqual([]);
  });

  it('reads a percentage written in words and a Chinese numeral with decimals (百分之二点八, 三十七点五元)', () => {
    expect(metrics('失业率维持在百分之二点八。')).toMatchObject([{ value: 2.8, unit: '%', subject: '失业率' }]);
    expect(metrics('工资调升约百分之四。')).toMatchObject([{ value: 4, unit: '%', qualifier: 'approximate' }]);
    expect(metrics('最低工资将提升至每小时三十七点五元。')).toMatchObject([{ value: 37.5, unit: '元' }]);
  });

  it('leaves a whole word of total or time out of a subject before the figure (共计拉动消费, 已经续保单位)', () => {
    expect(metrics('推出满减福利,共计拉动消费超1100万元。')[0]?.subject).toBe('拉动消费');
    expect(metrics('今年,我区已经续保单位63个。')[0]?.subject).toBe('续保单位');
  });

  it('names people counted with no noun by what they did after (共有4.6万人参赛, 共计350余人参加开幕式)', () => {
    expect(metrics('共有4.6万人参赛、累计答题133.1万次。')[0]?.subject).toBe('参赛');
    expect(metrics('各参赛队伍领队、选手等共计350余人参加开幕式。')[0]?.subject).toBe('参加开幕式');
    expect(metrics('腾讯等平台同步直播,100余万人在线观看。')[0]?.subject).toBe('在线观看');
  });

  it('reads 上 before a bare magnitude as upwards of it (上万所), not after a verb it completes (送上万元)', () => {
    expect(metrics('带动全省建设小屋上万所。').map((m) => [m.subject, m.value, m.qualifier])).toEqual([
      ['小屋', 10000, 'atLeast'],
    ]);
    expect(metrics('为困难职工送上万元慰问金。').map((m) => m.qualifier)).toEqual(['exact']);
  });

  it('gives both figures of a change from one to another to its topic (年产值由…增加到…)', () => {
    expect(metrics('企业年产值由1998年不足10亿元增加到35亿多元。').map((m) => m.subject)).toEqual([
      '企业年产值',
      '企业年产值',
    ]);
    expect(metrics('而第五个百分位数则由41元微升至42.4元。').map((m) => m.subject)).toEqual([
      '第五个百分位数',
      '第五个百分位数',
    ]);
    // Raised (调高, 涨) from the figure now in force (目前的, 现行).
    expect(metrics('月薪由目前的2万6400元调高至2万7470元。').map((m) => m.subject)).toEqual(['月薪', '月薪']);
  });

  it('cuts the verb before a figure off its subject, keeping what the figure is reckoned per (标准为每月800元, 占到)', () => {
    expect(metrics('技术岗位最低工资标准为每月800元。').map((m) => m.subject)).toEqual(['技术岗位最低工资标准每月']);
    expect(metrics('最低工资应提高到每小时42.5元。').map((m) => m.subject)).toEqual(['最低工资每小时']);
    expect(metrics('一线快递员占到84.28%。').map((m) => m.subject)).toEqual(['一线快递员']);
    expect(metrics('保洁工每月工资涨至1750元。').map((m) => m.subject)).toEqual(['保洁工每月工资']);
  });

  it('names a share of a whole by what comes before 占, or by the figure before it (占代表总数的75%)', () => {
    expect(metrics('共产生正式代表321名,约占全校教职工人数的11.4%。').map((m) => m.subject)).toEqual([
      '正式代表',
      '正式代表占比',
    ]);
    expect(metrics('女职工占职工总数的45%。').map((m) => m.subject)).toEqual(['女职工占比']);
    expect(metrics('市场占有率35%。').map((m) => m.subject)).toEqual(['市场占有率']);
    // The whole counted by a figure of its own, or cut off by a verb (占7.5亿就业人员的26%, 占办理…总数的45.9%).
    expect(metrics('全国技能劳动者超过2亿人,占7.5亿就业人员的26%。').map((m) => m.subject)).toEqual([
      '技能劳动者',
      '就业人员',
      '技能劳动者占比',
    ]);
    expect(metrics('农民工工资纠纷案件占办理民事案件总数的45.9%。').map((m) => m.subject)).toEqual([
      '农民工工资纠纷案件占比',
    ]);
  });

  it('keeps 全国 opening a national honour and 共 or 有 opening a word (共青团员, 有效答卷)', () => {
    expect(metrics('今年共评出全国五一劳动奖状4个,全国工人先锋号29个。').map((m) => m.subject)).toEqual([
      '全国五一劳动奖状',
      '全国工人先锋号',
    ]);
    expect(metrics('中共党员57名,共青团员1名。').map((m) => m.subject)).toEqual(['中共党员', '共青团员']);
    expect(metrics('共收到有效答卷1.5万余份。').map((m) => m.subject)).toEqual(['有效答卷']);
    expect(metrics('全国职工人数达3亿人。').map((m) => m.subject)).toEqual(['职工人数']);
  });

  it('reads no figure in a clock time or a ratio, a time pointed at (这两天) or a team’s size (三人篮球赛)', () => {
    expect(metrics('2006年07月30日09:01 天津日报')).toEqual([]);
    expect(metrics('按照1:2名额进行推荐。')).toEqual([]);
    expect(metrics('北京这两天的降雪影响了出行。')).toEqual([]);
    expect(metrics('新闻 8小时前 工联会发声明')).toEqual([]);
    expect(metrics('举办职工三人篮球赛和五人制足球赛。')).toEqual([]);
    expect(metrics('设有2人3足、五人六足和四人气排球等项目。')).toEqual([]);
    expect(metrics('活动为期两天,共有3人获奖。').map((m) => m.value)).toEqual([2, 3]);
  });

  it('reads the noun after the count over the verb before it (派发1194份中秋福包, 慰问142名在榕台湾职工)', () => {
    expect(metrics('共派发一千一百九十四份中秋福包。').map((m) => m.subject)).toEqual(['中秋福包']);
    expect(metrics('共表彰30名中华技能大奖获得者。').map((m) => m.subject)).toEqual(['中华技能大奖获得者']);
    expect(metrics('走访慰问142名在榕务工人员。').map((m) => m.subject)).toEqual(['务工人员']);
    expect(metrics('李某等17人在天津市蓟州区万达广场干活。').map((m) => m.subject)).not.toEqual(['万达广场干活']);
  });

  it('reads the noun of a relative clause after 由 (由95人组成的委员会), and leaves a year’s 时 out (1998年时职工…)', () => {
    expect(metrics('选举产生了由95人组成的委员会。').map((m) => m.subject)).toEqual(['委员会']);
    expect(metrics('1998年时职工平均月工资不足1000元。').map((m) => m.subject)).toEqual(['职工平均月工资']);
  });

  it('counts people written in 万 with no measure word (全市150万职工), not a bare magnitude (百万职工)', () => {
    expect(metrics('全区640多万职工踊跃参与。')).toEqual([
      { value: 6400000, unit: '人', qualifier: 'atLeast', subject: '职工', isTarget: false },
    ]);
    expect(metrics('代表全市150万职工来看望劳模。').map((m) => m.subject)).toEqual(['职工']);
    expect(metrics('甘肃省百万职工劳动和技能竞赛启动。')).toEqual([]);
    // Which of them may stand between: 8万多返乡农民工, 7万油田职工 (not 5万元职工慰问金, money).
    expect(metrics('已为8万多返乡农民工提供免费服务。').map((m) => [m.value, m.subject])).toEqual([
      [80000, '返乡农民工'],
    ]);
    expect(metrics('与7万油田职工一道。').map((m) => [m.value, m.unit])).toEqual([[70000, '人']]);
    expect(metrics('全年新增5.2万新就业形态劳动者加入工会。').map((m) => m.subject)).toEqual(['新就业形态劳动者']);
    expect(metrics('去年超5万新就业形态劳动者入会。').map((m) => m.qualifier)).toEqual(['atLeast']);
    // Truck drivers, those out of work, a trade's workers.
    expect(metrics('全市12.5万货车司机将受益。').map((m) => [m.value, m.subject])).toEqual([[125000, '货车司机']]);
    expect(metrics('全国250万失业人员实现再就业。').map((m) => m.subject)).toEqual(['失业人员']);
  });

  it('counts people by the vehicle or trade they work in with no measure word (17万网约车司机, 20万货运行业从业人员)', () => {
    expect(metrics('这标志着该市17万网约车司机有了“娘家”。').map((m) => [m.value, m.subject])).toEqual([
      [170000, '网约车司机'],
    ]);
    expect(metrics('全市20万货运行业从业人员有了“娘家”。').map((m) => [m.value, m.unit, m.subject])).toEqual([
      [200000, '人', '货运行业从业人员'],
    ]);
  });

  it('counts people with no measure word after a rough figure (近1500职工, 300余职工), not after a plain one', () => {
    expect(metrics('近1500职工参加比赛。')).toEqual([
      { value: 1500, unit: '人', qualifier: 'approximate', subject: '职工', isTarget: false },
    ]);
    expect(metrics('300余快递员参加活动。').map((m) => [m.value, m.qualifier, m.subject])).toEqual([
      [300, 'atLeast', '快递员'],
    ]);
    expect(metrics('2024职工运动会开幕。')).toEqual([]);
  });

  it('reads 优等 and 甲等 inside the counted noun, ends it before 一起, and leaves the plural out after a clause', () => {
    expect(metrics('表扬200家优等工会、88家甲等工会。').map((m) => m.subject)).toEqual(['优等工会', '甲等工会']);
    expect(metrics('他这次是和70名同事一起来的。').map((m) => m.subject)).toEqual(['同事']);
    expect(metrics('与100名坚守岗位的建设者们一起过年。').map((m) => m.subject)).toEqual(['建设者']);
  });

  it('reads a share in tenths written in figures or stated with 达, and its hundredths (投票率达8成, 逾六成八)', () => {
    expect(metrics('投票率达8成。').map((m) => [m.value, m.qualifier])).toEqual([[80, 'exact']]);
    expect(metrics('工资与资遣费争议合计逾六成八。').map((m) => [m.value, m.qualifier])).toEqual([[68, 'atLeast']]);
  });

  it('reads a share in tenths bounded before or after (超过六成打工仔, 七成以上的企业) as a percentage, not 八成 alone', () => {
    expect(metrics('调查显示,超过六成打工仔在风球下仍要上班。')).toEqual([
      { value: 60, unit: '%', qualifier: 'atLeast', subject: '打工仔', isTarget: false },
    ]);
    expect(metrics('七成以上的企业建立了工会。').map((m) => [m.value, m.qualifier])).toEqual([[70, 'atLeast']]);
    expect(metrics('货车司机占近六成。').map((m) => [m.value, m.subject])).toEqual([[60, '货车司机']]);
    expect(metrics('他八成是忘了。')).toEqual([]);
  });

  it('reads a survey’s share in tenths before whom it asked (7成受访者), or with hundredths (8成8), unbounded', () => {
    expect(metrics('结果显示7成受访者曾失业、8成8受访者收入减少。').map((m) => [m.value, m.unit])).toEqual([
      [70, '%'],
      [88, '%'],
    ]);
    expect(metrics('当中有七成一表示检讨周期应改为一年。').map((m) => m.value)).toEqual([71]);
    expect(metrics('这八成是误会。')).toEqual([]);
  });

  it('takes the people a survey asked, right after a percentage, as what it is of (当中有17%受访者)', () => {
    expect(metrics('当中有17%受访者从事饮食业。').map((m) => m.subject)).toEqual(['受访者']);
    expect(metrics('投票率达85%。').map((m) => m.subject)).toEqual(['投票率']);
  });

  it('reads yuan in funds numbered in 万 that close their clause with no 元 (筹集助学金35万)', () => {
    expect(metrics('今年,市级工会共筹集助学金35万,资助困难职工子女。')).toEqual([
      { value: 350000, unit: '元', qualifier: 'exact', subject: '助学金', isTarget: false },
    ]);
    expect(metrics('预计筹集“金秋助学”资金超过600万。')).toEqual([
      { value: 6000000, unit: '元', qualifier: 'atLeast', subject: '金秋助学资金', isTarget: true },
    ]);
    // Made up: the figure runs on into what it counts, so it is no sum of money.
    expect(metrics('筹集资金帮扶3万职工。').map((m) => m.unit)).toEqual(['人']);
  });

  it('counts every like item listed before a total (正式代表、特邀代表、列席代表共计28人), the last alone without one', () => {
    expect(metrics('出席会议的正式代表、特邀代表、列席代表共计28人。').map((m) => m.subject)).toEqual([
      '正式代表、特邀代表、列席代表',
    ]);
    expect(metrics('一线职工、支局长、大堂经理、客户经理90人。').map((m) => m.subject)).toEqual(['客户经理']);
    // One-character items, and levels before a level, share the last item's head (金、银、铜奖; 省、市各类竞赛).
    expect(metrics('采油工竞赛金、银、铜奖各7人。').map((m) => m.subject)).toEqual(['金、银、铜奖']);
    expect(metrics('承接和承办省、市各类竞赛12场次。').map((m) => m.subject)).toEqual(['省、市各类竞赛']);
    expect(metrics('确定国家、省、市级劳模470人。').map((m) => m.subject)).toEqual(['国家、省、市级劳模']);
    expect(metrics('潍坊市、菏泽1家。').map((m) => m.subject)).toEqual(['菏泽']);
  });

  it('reads the noun a describing clause leads to (56个跨企业、跨行业的…联盟, 7名包括…在内的…), not a list of things', () => {
    expect(metrics('已构建起56个跨企业、跨行业、跨地域的创新工作室联盟。').map((m) => m.subject)).toEqual([
      '创新工作室联盟',
    ]);
    expect(metrics('共有7名包括工会干部在内的三级心理咨询师。').map((m) => m.subject)).toEqual(['三级心理咨询师']);
    expect(metrics('全市5个县区的职工参加。').map((m) => m.subject)).toEqual(['县区']);
    expect(metrics('举办100场领读活动、线上成果展等一系列丰富多彩的活动。').map((m) => m.subject)).toEqual([
      '领读活动',
    ]);
  });

  it('reads hours with 多 inside the classifier as at least that many hours (3个多小时)', () => {
    expect(metrics('在历时3个多小时的活动中,大家尽兴而归。').map((m) => [m.value, m.unit, m.qualifier])).toEqual([
      [3, '小时', 'atLeast'],
    ]);
  });

  it('reads the counted after where they come from (三位来自生产一线的全国劳动模范) and 在外务工人员 whole', () => {
    expect(metrics('三位来自生产一线的全国劳动模范当选。')[0]?.subject).toBe('全国劳动模范');
    expect(metrics('座谈会上,70名在外务工人员代表领取了慰问金。')[0]?.subject).toBe('在外务工人员代表');
  });

  it('reads no count in a street numbered across (东铁营横七条12号)', () => {
    expect(metrics('地址:北京市丰台区东铁营横七条12号。')).toEqual([]);
  });

  it('reads a post taken after a count at length (84名同志当选…代表大会代表)', () => {
    expect(metrics('马某等84名同志当选河南省出席中国工会第十八次全国代表大会代表。')[0]?.subject).toBe(
      '河南省出席中国工会第十八次全国代表大会代表',
    );
  });

  it('ends the counted noun at 受表彰 (40名先进个人受表彰)', () => {
    expect(metrics('来自全县各条战线40名先进个人受表彰。')[0]?.subject).toBe('先进个人');
  });

  it('reads what people became after a bare count (17人成为上海工匠)', () => {
    expect(metrics('6年来,17人成为上海工匠。')[0]?.subject).toBe('上海工匠');
  });

  it('reads the people listed before 等 and a count without the 等 (成员代表等60余人)', () => {
    expect(metrics('联盟成员代表等60余人参加了会议。')[0]?.subject).toBe('联盟成员代表');
    // 获得者: a verb before 者 is part of the noun for people (not where the subject starts after it).
    expect(metrics('重庆市五一劳动奖章获得者等40余人参加会议。')[0]?.subject).toBe('五一劳动奖章获得者');
    expect(metrics('顺丰、中通、圆通等19家在新余开展业务的快递企业参加。')[0]?.subject).toBe('快递企业');
  });

  it('reads no figure from a document in triplicate (一式三份)', () => {
    expect(metrics('应将集体合同文本一式三份报送劳动行政部门。')).toEqual([]);
  });

  it('reads what was set up after 建立 without the verb (已建立…联合工会135家)', () => {
    expect(metrics('截至目前,全市已建立乡镇(街道)灵活就业人员联合工会135家。')[0]?.subject).toBe(
      '乡镇(街道)灵活就业人员联合工会',
    );
  });

  it('reads what was won or came forth after 取得 and 涌现出 without the verb (取得专利4300多项)', () => {
    expect(metrics('全省劳模创新工作室取得专利4300多项。')[0]?.subject).toBe('专利');
    expect(metrics('其中涌现出省技术能手2人。')[0]?.subject).toBe('省技术能手');
  });

  it('reads people gathered (聚首一堂) by the noun before their count', () => {
    expect(metrics('多个服务机构的会员约八百人聚首一堂。')[0]?.subject).toBe('会员');
  });

  it('reads what was awarded after 获颁 without the verb (获颁奖金3500元)', () => {
    expect(metrics('多名工友获颁“专业发展计划”奖金3500元。')[0]?.subject).toBe('专业发展计划奖金');
  });

  it('keeps a word with 等 in it whole before a count (技能等级认定1005人, 高等院校12所)', () => {
    expect(metrics('基地组织技能等级认定1005人。')[0]?.subject).toBe('技能等级认定');
    expect(metrics('全省共有高等院校12所。')[0]?.subject).toBe('高等院校');
  });

  it('counts people a clause listing like items leads to (101名来自甲、乙等企业的女工)', () => {
    expect(metrics('101名来自海澜集团、强力化纤等企业的女工齐聚赛场。')[0]?.subject).toBe('女工');
  });

  it('reads an institute’s number (在33所, 513所、514所) as no count, and schools counted as one', () => {
    const found = metrics(
      '在33所,领导调研了工作室。513所、514所等单位准备了饮品。全国有航海院校53所,另有3所学校获奖。',
    );
    expect(found.map((m) => `${m.subject}=${m.value}`)).toEqual(['航海院校=53', '学校=3']);
  });

  it('cuts a verb of having before the figure off the noun that stands before it (企业现有9637家)', () => {
    expect(metrics('全市通过工商登记的企业现有9637家。')[0]?.subject).toBe('企业');
  });

  it('ends the counted noun at a verb of joining, feeling or handing over (携手, 满怀, 交到, 榜上有名)', () => {
    expect(metrics('12对新人携手踏上婚礼舞台。')[0]?.subject).toBe('新人');
    expect(metrics('380多位离退休老同志满怀喜悦之情参加活动。')[0]?.subject).toBe('离退休老同志');
    expect(metrics('工会将200份春节大礼包交到职工手中。')[0]?.subject).toBe('春节大礼包');
    expect(metrics('全省三个协会榜上有名。')[0]?.subject).toBe('协会');
  });

  it('reads an institute numbered after its academy or before its own body (八院802所, 十七所工会) as no count', () => {
    const found = metrics('日前,集团八院802所第六届职工运动会如期举办,十七所工会承办。新建医院3所。');
    expect(found.map((m) => `${m.subject}=${m.value}`)).toEqual(['医院=3']);
  });

  it('reads the activity a span of time measures, after its year and up to the activity’s noun (为期三天的…培训班)', () => {
    expect(metrics('新华区总工会举办了为期三天的2024年基层工会干部业务培训班。')[0]?.subject).toBe(
      '基层工会干部业务培训班',
    );
    expect(metrics('经过为期2天的全国行业职业技能竞赛采油工总决赛,选手们展示了技能。')[0]?.subject).toBe(
      '全国行业职业技能竞赛',
    );
  });

  it('reads the kind of people a list after the count sums up with 等 (500余名保安、快递员…等新就业形态劳动者)', () => {
    expect(metrics('为辖区内500余名保安、快递员、网约车司机等新就业形态劳动者提供体检。')[0]?.subject).toBe(
      '新就业形态劳动者',
    );
    expect(metrics('近千名商场信息员、收银员等为代表的职工参加。')[0]?.subject).not.toBe('为代表');
    expect(metrics('开展了演讲、朗诵等20余项活动。')[0]?.subject).not.toBe('活动项目');
  });

  it('reads no count from a range of places won (第2~10名选手, 分获四至六名), but a range of people sent is one', () => {
    expect(metrics('第2~10名选手将授予“技术能手”称号。')).toEqual([]);
    expect(metrics('第十工会小组等代表队分获四至六名。')).toEqual([]);
    expect(metrics('对获得决赛6至15名的选手给予奖励。')).toEqual([]);
    expect(metrics('每组选派3至5名选手参赛。').map((m) => m.value)).toEqual([3, 5]);
  });

  it('reads a long quoted honour its 称号 closes as what is counted, with no figure inside it (授予4人“2011年度…”称号)', () => {
    const found = metrics('会议授予4人“2011年度广东省十项工程劳动竞赛模范企业家”称号,授予17人“模范工人”称号。');
    expect(found.map((m) => `${m.subject}=${m.value}`)).toEqual(['广东省十项工程劳动竞赛模范企业家=4', '模范工人=17']);
  });

  it('reads a quoted honour after 同志 without its 荣誉称号 (115名同志“某市五一劳动奖章”荣誉称号)', () => {
    expect(metrics('授予汤某等115名同志“南昌市五一劳动奖章”荣誉称号。')[0]?.subject).toBe('南昌市五一劳动奖章');
    // 46个单位“…奖状”, 50个集体“…先锋号”: so after a kind of recipient, the honour is what is counted.
    expect(metrics('授予某分公司等46个单位“合肥市五一劳动奖状”。')[0]?.subject).toBe('合肥市五一劳动奖状');
    expect(metrics('授予某车间等50个集体“合肥市工人先锋号”称号。')[0]?.subject).toBe('合肥市工人先锋号');
  });

  it('ends the counted noun at a verb after it (5个专业代表逐一接过了, 4个工序设置了赛事)', () => {
    const found = metrics('5个专业代表逐一接过了旗帜,在4个工序设置了赛事,从三个方面出发提出要求。');
    // 从三个方面: the parts of an argument, no figure.
    expect(found.map((m) => m.subject)).toEqual(['专业代表', '工序']);
  });

  it('applies 万 and reads the subject after the number', () => {
    expect(metrics('目前,全市共有技能人才58.3万人。')).toEqual([
      { value: 583_000, unit: '人', qualifier: 'exact', subject: '技能人才', isTarget: false },
    ]);
  });

  it('reads digits grouped by three as one number, and no list enumerator (三是) in a subject', () => {
    expect(metrics('三是投资5 085.8万元,共有4,000名职工参加。').map((m) => [m.subject, m.value])).toEqual([
      ['投资', 50_858_000],
      ['职工', 4000],
    ]);
  });

  it('reads no count from a list of phases (一、二期), and no 近 of the next figure in a subject', () => {
    expect(metrics('参加了一、二期40万吨项目的筹建。')).toEqual([]);
    expect(metrics('13家国有煤炭集团近400名选手参赛。').map((m) => m.subject)).toEqual(['国有煤炭集团', '选手']);
  });

  it('counts the people who won, not a bare 表彰 or 奖励, and no subject from 颁奖 or 喜获', () => {
    expect(metrics('共有来自14个赛区的57名选手获得表彰。').map((m) => m.subject)).toEqual(['赛区', '选手']);
    expect(metrics('为10名“金牌工人”颁奖,3名个人喜获表彰。').map((m) => m.subject)).toEqual(['金牌工人', '个人']);
  });

  it('counts the villagers and riders a relative clause after the count leads to', () => {
    expect(metrics('共有2000多名来自当地和外地的务工农民加入工会。').map((m) => m.subject)).toEqual(['务工农民']);
  });

  it('reads the classes counted, not the people they are for (4期农民工创业培训班)', () => {
    expect(metrics('连续举办4期农民工创业培训班,近80名骑手正式入会。').map((m) => m.subject)).toEqual([
      '农民工创业培训班',
      '骑手',
    ]);
  });

  it('reads the kind a listed count sums up after it (圆通等19家…的快递企业), and no 首次 or 举办 in a subject', () => {
    expect(metrics('顺丰、中通、圆通等19家在新余开展业务的快递企业组建了工会。').map((m) => m.subject)).toEqual([
      '快递企业',
    ]);
    expect(metrics('业务收入首次突破1亿元,在三个乡镇街道举办了学习班。').map((m) => m.subject)).toEqual([
      '业务收入',
      '乡镇街道',
    ]);
  });

  it('reads no count of people from a name opening with 人道 (612人道支援基金)', () => {
    expect(metrics('612人道支援基金将于下月底结束营运。')).toEqual([]);
  });

  it('reads ten thousands and thousands written out (1万5千人), and a Chinese count as the next figure', () => {
    expect(metrics('人数已经超过1万5千人。').map((m) => m.value)).toEqual([15_000]);
    expect(metrics('會員人數14萬5000人。').map((m) => m.value)).toEqual([145_000]);
    expect(metrics('资助困难职工子女入学2万2千人次。').map((m) => m.value)).toEqual([22_000]);
    expect(metrics('本次大赛由42家金融机构近万名选手参加,两个单项第一名。').map((m) => m.subject)).toEqual([
      '金融机构',
      '选手',
      '单项第一名',
    ]);
  });

  it('reads no span in a campaign’s battle cry (决战百天, “鏖战一百天”), though days worked are one', () => {
    expect(metrics('青年突击队发出了“决战百天,确保枢纽工程通车”的号召。')).toEqual([]);
    expect(metrics('广大建设者决战100天、决胜全年度。')).toEqual([]);
    expect(metrics('项目部召开“鏖战一百天 献礼二十大”动员大会。')).toEqual([]);
    expect(metrics('职工连续奋战30天完成抢修。').map((m) => m.value)).toEqual([30]);
  });

  it('reads the contestants’ nouns whole though 参赛 opens them (28支参赛队, 10名女参赛选手, 30多家参赛企业)', () => {
    expect(metrics('来自全国各地的28支参赛队参加比赛。').map((m) => m.subject)).toEqual(['参赛队']);
    expect(metrics('各工会组派出10名女参赛选手参加比赛。').map((m) => m.subject)).toEqual(['女参赛选手']);
    expect(metrics('北京建工、河北交投等30多家参赛企业参加比赛。').map((m) => m.subject)).toEqual(['参赛企业']);
    // After a verb of having too: the contestants are counted, not what they did.
    expect(metrics('本届大赛共有200名参赛选手参加比赛。').map((m) => m.subject)).toEqual(['参赛选手']);
  });

  it('reads 积极分子 whole and ends a counted noun at 授牌, and skips 年度内 before one', () => {
    expect(metrics('黄某等20位优秀工会积极分子,为15家疗休养基地授牌。').map((m) => m.subject)).toEqual([
      '优秀工会积极分子',
      '疗休养基地',
    ]);
    expect(metrics('年度内拟建职工暖心驿站不少于100家。').map((m) => m.subject)).toEqual(['拟建职工暖心驿站']);
  });

  it('keeps 中 inside a word of the counted noun (44个大中型企业)', () => {
    expect(metrics('44个大中型企业参加。').map((m) => m.subject)).toEqual(['大中型企业']);
  });

  it('reads the honour granted after 同志 and 特等, and keeps 年度 and 年内 in a subject', () => {
    expect(metrics('授予李某等30名同志白山市特等劳动模范称号。').map((m) => m.subject)).toEqual(['白山市特等劳动模范']);
    expect(metrics('年内新发展货车司机会员90.64万人,完成年度任务的140%。').map((m) => m.subject)).toEqual([
      '新发展货车司机会员',
      '年度任务',
    ]);
  });

  it('starts a subject after a previous figure with 余 (为50余名困难职工送去…)', () => {
    const subjects = metrics('为50余名保洁人员追回拖欠工资20余万元。').map((m) => m.subject);
    expect(subjects[0]).toBe('保洁人员');
    expect(subjects[1]?.startsWith('余')).toBe(false);
  });

  it('keeps a rate whole where its verb counts (覆盖率提升至50%), and drops the verb of the change', () => {
    expect(metrics('住院综合保障活动覆盖率提升至50%以上。')[0]?.subject).toBe('住院综合保障活动覆盖率');
    expect(metrics('非公企业工会组织覆盖率和职工入会率均达到96%以上。')[0]?.subject).toBe('覆盖率和职工入会率');
  });

  it('keeps the 对 of 对口 (paired aid) at a subject’s start, where a bare 对 is dropped', () => {
    expect(metrics('分期拨付对口援藏项目资金283.9万元。')[0]?.subject).toBe('对口援藏项目资金');
  });

  it('drops a modal before the figure from its subject (企业要达到78%, 调幅至少要3%以上)', () => {
    expect(metrics('签订工资集体协议的企业要达到78%。')[0]?.subject).toBe('企业');
    expect(metrics('明年最低工资调幅至少要3%以上。')[0]?.subject).toBe('明年最低工资调幅');
    expect(metrics('目前注册会员已经达到了1.5万人。')[0]?.subject).toBe('注册会员');
  });

  it('starts a subject after a previous figure with 万 (为54万名农民工追索劳动报酬68亿元)', () => {
    const subjects = metrics('全省工会为54万名农民工追索劳动报酬68亿元。').map((m) => m.subject);
    expect(subjects[1]?.startsWith('名')).toBe(false);
  });

  it('skips 这样的 before the counted noun (7家这样的“新家”)', () => {
    expect(metrics('高陵区7家这样的“新家”正式启用。').map((m) => m.subject)).toEqual(['新家']);
  });

  it('ends a counted noun at 全部 and 表示', () => {
    expect(metrics('该市250个村全部组建了村级工会,对20名“最美劳动者”表示祝贺。').map((m) => m.subject)).toEqual([
      '村',
      '最美劳动者',
    ]);
  });

  it('reads a prize named by its rank as the counted noun (2个一等奖)', () => {
    expect(metrics('斩获2个一等奖、3个二等奖。').map((m) => m.subject)).toEqual(['一等奖', '二等奖']);
  });

  it('reads no span from the hours off work (职工8小时以外的生活), but one from a working day', () => {
    expect(metrics('丰富职工8小时以外的文化生活,向8小时之外延伸服务。')).toEqual([]);
    expect(metrics('环卫工人每天工作8小时。').map((m) => m.value)).toEqual([8]);
  });

  it('reads no count from 二次 before what it qualifies (二次医保, 二次报销), but one from 两次', () => {
    expect(metrics('擦亮“工会二次医保”品牌,提供医疗二次报销。')).toEqual([]);
    expect(metrics('开展义诊两次。').map((m) => m.value)).toEqual([2]);
  });

  it('reads no count from a list of ranks opened by 第 (第11、13、22和28名)', () => {
    expect(metrics('四名选手分别获得个人第11、13、22和28名。').map((m) => m.subject)).toEqual(['选手']);
  });

  it('reads no count from a place whose name opens with a numeral (三门峡, 五家渠)', () => {
    expect(metrics('交流活动在三门峡职工之家举办,7家单位作了发言。').map((m) => m.subject)).toEqual(['单位']);
    expect(metrics('由五家渠市总工会主办的启动仪式举行。')).toEqual([]);
    // A district's short name before an area's word (三元经济开发区), not 三元 of money.
    expect(metrics('三明市三元经济开发区工会成立。')).toEqual([]);
    expect(metrics('每人补助三元。').map((m) => m.value)).toEqual([3]);
  });

  it('counts the people a short clause after the count leads to (4名考上大学的困难职工子女)', () => {
    expect(metrics('活动为4名考上大学的困难职工子女发放助学金。').map((m) => m.subject)).toEqual(['困难职工子女']);
    expect(metrics('慰问团慰问了10名坚守生产一线的职工代表。').map((m) => m.subject)).toEqual(['职工代表']);
    // A clause leading to something other than people keeps the words after the count.
    expect(metrics('全市建成工会驿站315个。').map((m) => m.subject)).toEqual(['工会驿站']);
  });

  it('ends a subject at its head noun and reads the party a leader brings (带领…一行5人)', () => {
    expect(metrics('石屏县总工会与31位劳动模范亲切交流。').map((m) => m.subject)).toEqual(['劳动模范']);
    expect(metrics('主席王某带领区工会干部一行5人深入街道慰问。').map((m) => m.subject)).toEqual(['区工会干部']);
  });

  it('reads the noun after levels listed before it, and keeps the levels of an honour won', () => {
    expect(metrics('共20名全国、省、市劳动模范代表参加座谈。').map((m) => m.subject)).toEqual(['劳动模范代表']);
    expect(metrics('与6家省、市级创业园签订协议。').map((m) => m.subject)).toEqual(['创业园']);
    expect(metrics('3家企业荣获全国、省“五一劳动奖状”。').map((m) => m.subject)).toEqual(['全国、省五一劳动奖状']);
  });

  it('reads what is added as more of what the figure before counts (又新增5家)', () => {
    expect(metrics('在已建成127家工会驿站的基础上,今年以来又新增5家。').map((m) => m.subject)).toEqual([
      '工会驿站',
      '工会驿站',
    ]);
  });

  it('reads a count right after 一行 as the size of the party before it, not of where it went or whom it called on', () => {
    expect(metrics('省总工会代表团一行9人赴台湾进行交流。')[0]?.subject).toBe('省总工会代表团');
    expect(metrics('主席甲某、副主席乙某等一行三人走访慰问一线的工作人员。')[0]?.subject).toBe('一行');
    expect(metrics('某工会一行三十八位理监事前往广州。')[0]?.subject).toBe('理监事');
  });

  it('reads both figures of a rise from one to the other as the topic before 从 or 由', () => {
    expect(
      metrics('从业人员从去年的60多人增加到130多人,交易额也从去年的每月400万元,增加到今年的每月近700万元。').map(
        (m) => m.subject,
      ),
    ).toEqual(['从业人员', '从业人员', '交易额', '交易额']);
    expect(metrics('全市工会会员由2020年的50万人发展到80万人。').map((m) => m.subject)).toEqual([
      '全市工会会员',
      '全市工会会员',
    ]);
    // By how much between the verb and 至, and the year of the second figure after it.
    expect(metrics('职业伤亡个案由2006年的46900多宗,减少24%至2015年的35800多宗。').map((m) => m.subject)).toEqual([
      '职业伤亡个案',
      '职业伤亡个案',
      '职业伤亡个案',
    ]);
  });

  it('ends an honour won at a space, as pages written without stops set their phrases apart', () => {
    expect(
      metrics('会上 1689人被授予全国劳动模范称号 804人被授予全国先进工作者称号 某钢厂').map((m) => m.subject),
    ).toEqual(['全国劳动模范', '全国先进工作者']);
  });

  it('leaves the 时 of a clause of when out of the noun (接过…69.5万余元血汗钱时,), not the 时 of 工时', () => {
    expect(metrics('赵某接过69.5万余元血汗钱时,很是激动。')[0]?.subject).toBe('血汗钱');
    expect(metrics('累计培训职工500个工时,完成任务。')[0]?.subject).toBe('工时');
  });

  it('leaves the 后 of a clause of when out of the noun (领到…2万余元辛苦钱后,, 达成15项协议之后,)', () => {
    expect(metrics('他领到自己挣来的2万余元辛苦钱后,非常高兴。')[0]?.subject).toBe('辛苦钱');
    expect(metrics('直至劳资双方达成15项协议之后,她仍会到场。')[0]?.subject).toBe('协议');
  });

  it('reads the gift goods listed after a worth’s 的 sum up as what the money is worth (价值2万元的牛奶、面包等慰问物资)', () => {
    expect(metrics('送去价值2万元的牛奶、面包等慰问物资。')[0]?.subject).toBe('慰问物资');
    expect(metrics('为困难职工发放价值30余万元的米、面、油慰问品。')[0]?.subject).toBe('米、面、油慰问品');
    expect(metrics('向每户困难家庭送上3000元慰问金及米、面、油等慰问品。')[0]?.subject).toBe('慰问金');
  });

  it('reads a document’s title before its count as what is counted (发出《…提示函》1088份、《…意见书》152份)', () => {
    expect(
      metrics('共发出《工会劳动法律监督提示函》1088份、《工会劳动法律监督意见书》152份。').map((m) => m.subject),
    ).toEqual(['工会劳动法律监督提示函', '工会劳动法律监督意见书']);
    expect(metrics('印发《农民工应知应会维权知识20题》宣传册300份。')[0]?.subject).toBe('宣传册');
  });

  it('reads a job fair’s figures whole (达成就业意向154人, 观看直播的人数, 12支代表团)', () => {
    expect(
      metrics('达成初步就业意向154人。当天观看直播的人数超过23万人次。12支代表团参加开幕式。').map((m) => m.subject),
    ).toEqual(['初步就业意向', '观看直播的人数', '代表团']);
  });

  it('leaves the plural and a friendly 朋友们 out of what is counted (279名农牧民工朋友们)', () => {
    expect(metrics('为279名农牧民工朋友们送去慰问品。')[0]?.subject).toBe('农牧民工');
  });

  it('reads money totalled after a comma (…送去米面等慰问品,共计2.97万元) as the goods the clause handed out', () => {
    expect(metrics('为279名农牧民工送去米面等慰问品,共计2.97万元。')[1]?.subject).toBe('慰问品');
    expect(metrics('为困难职工每人发放慰问金500元,共计9.35万元。')[1]?.subject).toBe('慰问金');
  });

  it('reads the passengers a railway carries after 发送 (预计发送旅客4.8亿人次)', () => {
    expect(metrics('陕西铁路预计发送旅客1567万人次。')[0]?.subject).toBe('旅客');
  });

  it('reads the members a union gains after 新发展 (新发展农民工会员50029人), with the verb that says which', () => {
    expect(metrics('新建工会组织427家,新发展农民工会员50029人。').map((m) => m.subject)).toEqual([
      '工会组织',
      '新发展农民工会员',
    ]);
  });

  it('reads the prizes, entries and returns of an innovation contest after their verbs (评审出, 决出, 申报, 创经济效益)', () => {
    expect(
      metrics('共评审出一等奖20个,决出优秀成果100个,申报创新成果1900余项,创经济效益19.5亿元。').map((m) => m.subject),
    ).toEqual(['一等奖', '优秀成果', '创新成果', '经济效益']);
  });

  it('counts people joined to people together (困难职工及农民工子女), not people joined to a body', () => {
    expect(metrics('慰问50余名困难职工及农民工子女。')[0]?.subject).toBe('困难职工及农民工子女');
    expect(metrics('组织10名职工与企业签订合同。')[0]?.subject).toBe('职工');
  });

  it('goes on past 在读 or 在职 inside a counted noun (两名大学在读子女), not past 在岗 (职工在岗位上)', () => {
    expect(metrics('对两名困难职工家庭的大学在读子女发放救助金。')[0]?.subject).toBe('大学在读子女');
    expect(metrics('500名职工在岗位上坚守。')[0]?.subject).toBe('职工');
  });

  it('reads batches counted as 批次 (分四批次组织) whole, and ends a counted noun before 安排', () => {
    const [batches] = metrics('将分四批次组织100名劳模疗休养。');
    expect(batches).toMatchObject({ value: 4, unit: '批' });
    expect(batches?.subject).not.toMatch(/^次/);
    expect(metrics('计划在7个外省疗养院安排疗休养活动。')[0]?.subject).toBe('外省疗养院');
  });

  it('reads the wages a legal-aid story recovers (追回欠薪, 讨回工资, 挽回经济损失) after its verb', () => {
    expect(metrics('为232名农民工追回欠薪493万元,为企业挽回经济损失300万元。').map((m) => m.subject)).toEqual([
      '农民工',
      '欠薪',
      '经济损失',
    ]);
  });

  it('reads figures after a quotation mark that never closes (a typo), in its sentence and the next', () => {
    expect(
      metrics('组织开展了市第二届“工匠杯职工技能竞赛和群众性经济技术创新活动。竞赛共设25个工种,10人获得称号。').map(
        (m) => m.value,
      ),
    ).toEqual([25, 10]);
  });

  it('reads 人民币 after 元 as the currency, not what the money is (讨回工资超过2.1亿元人民币)', () => {
    expect(metrics('为农民工讨回工资超过2.1亿元人民币。')[0]?.subject).toBe('工资');
    // …and before a figure in 元, as Macau, Taiwan and court pages write it (津贴澳門幣3,000元, 罚锾新台币50万元).
    expect(metrics('企业工作实习津贴澳門幣7,000元。')[0]?.subject).toBe('企业工作实习津贴');
    expect(metrics('员工工资合计人民币317232元。')[0]?.subject).toBe('员工工资');
  });

  it('reads a measure named before the figure (会员人数) as what it counts, though 的 and a noun follow', () => {
    expect(metrics('拥有180个成员组织、会员人数超过13万人的跨行业劳工团体。')[1]?.subject).toBe('会员人数');
    expect(metrics('送去价值5万元的慰问品。')[0]?.subject).toBe('慰问品');
  });

  it('reads a noun opening with 中 after a count (24 000名中高龄人士, 200名中老年职工)', () => {
    expect(metrics('已录得超过24 000名中高龄人士参加,慰问200名中老年职工。').map((m) => m.subject)).toEqual([
      '中高龄人士',
      '中老年职工',
    ]);
  });

  it('reads the funds a body allocates (安排…资金) and a noun opening with 中央 after the figure', () => {
    expect(
      metrics('全总将安排专项送温暖资金8590万元,并提前下拨3.9亿元中央财政专项帮扶资金。').map((m) => m.subject),
    ).toEqual(['专项送温暖资金', '中央财政专项帮扶资金']);
  });

  it('reads a plaque received (获授牌) as no honour: the noun before is what is counted', () => {
    expect(metrics('15家劳模(工匠)创新工作室获授牌。').map((m) => m.subject)).toEqual(['劳模(工匠)创新工作室']);
  });

  it('does not count a bracket inside the counted noun towards its length (传统工艺(手艺)大师创新工作室)', () => {
    expect(metrics('支持李某传统工艺(手艺)大师创新工作室等10个传统工艺(手艺)大师创新工作室。')[0]?.subject).toBe(
      '传统工艺(手艺)大师创新工作室',
    );
  });

  it('reads 块 counting medals or boards (金银铜牌各62块, 12块展板) as no money, but 块 alone as yuan', () => {
    expect(metrics('产生金银铜牌各62块。制作宣传展板12块,更换12块电子屏。')).toEqual([]);
    expect(metrics('每人每月多挣800块。').map((m) => [m.value, m.unit])).toEqual([[800, '元']]);
  });

  it('reads round the clock (24小时驿站) as no duration, but 24小时以上 as one', () => {
    expect(metrics('已建成24小时驿站5家,开通24小时服务热线。').map((m) => m.value)).toEqual([5]);
    expect(metrics('区里第九家24小时“不打烊”驿站揭牌。')).toEqual([]);
    expect(metrics('志愿服务时长达24小时以上。').map((m) => m.value)).toEqual([24]);
  });

  it('reads no connective opening a subject (其中, 同时, 则), even before a body’s suffix', () => {
    expect(metrics('共有会员2000人,其中工会会员58.9万人。').map((m) => m.subject)).toEqual(['会员', '工会会员']);
    // (The company union as payer and its verb of giving leave the funds.)
    expect(metrics('同时公司工会投资4万多元。').map((m) => m.subject)).toEqual(['资金']);
  });

  it('keeps what an amount or a quota is of (资助金额, 补助标准, 表彰名额), as a bare measure needs', () => {
    expect(metrics('区外大学资助金额为70.8万元,区内大学资助金额为17.2万元。').map((m) => m.subject)).toEqual([
      '区外大学资助金额',
      '区内大学资助金额',
    ]);
    expect(metrics('补助金额达130多万元。').map((m) => m.subject)).toEqual(['补助金额']);
  });

  it('keeps the verb that says which people are counted (参与职工, 惠及职工), not a verb of holding (开展…活动)', () => {
    expect(metrics('参与职工超251万人次,惠及职工48.3万人次。').map((m) => m.subject)).toEqual(['参与职工', '惠及职工']);
    expect(metrics('全年新发展会员近5000人。').map((m) => m.subject)).toEqual(['新发展会员']);
    expect(metrics('全年开展宣讲活动75场。').map((m) => m.subject)).toEqual(['宣讲活动']);
  });

  it('reads the honour conferred on a kind of recipient counted (授予N个单位X称号, 命名N名个人为X) as what is counted', () => {
    expect(metrics('授予1986个单位全国巾帼文明岗称号、1000名个人全国巾帼建功标兵称号。').map((m) => m.subject)).toEqual(
      ['全国巾帼文明岗', '全国巾帼建功标兵'],
    );
    expect(metrics('命名799名个人为全国优秀工会积极分子。').map((m) => m.subject)).toEqual(['全国优秀工会积极分子']);
    // A verb of winning after the kind is read by the honour rule; no honour conferred, no honour counted.
    expect(metrics('授予5个单位荣获市五一劳动奖状。').map((m) => m.subject)).toEqual(['市五一劳动奖状']);
    expect(metrics('共有10个单位参加比赛。').map((m) => m.subject)).toEqual(['单位']);
  });

  it('reads the honour conferred on recipients named before 等 and on the next item after a comma (授予某医院等20个单位X, …,100名职工Y)', () => {
    expect(
      metrics('决定授予某传染病医院等20个单位长春市五一劳动奖状;授予某公司聂某等100名职工长春市五一劳动奖章。').map(
        (m) => m.subject,
      ),
    ).toEqual(['长春市五一劳动奖状', '长春市五一劳动奖章']);
    expect(
      metrics('授予49个单位省五一劳动奖状,100名职工省五一劳动奖章,49个集体省工人先锋号。').map((m) => m.subject),
    ).toEqual(['省五一劳动奖状', '省五一劳动奖章', '省工人先锋号']);
    // No verb that confers: a recommendation (推荐…申报) counts the recipients, and 职工 before a quote is what is counted.
    expect(
      metrics('推荐3个单位申报全国五一劳动奖状,18名个人申报全国五一劳动奖章。').map((m) => m.subject),
    ).not.toContain('申报全国五一劳动奖章');
    expect(metrics('为7600多名职工“送清凉”。').map((m) => m.subject)).toEqual(['职工']);
  });

  it('reads the honour won after 荣获了, and no count from a list of ranks (包揽一、二、三名)', () => {
    expect(metrics('有13位职工荣获了全国劳动模范荣誉称号。').map((m) => m.subject)).toEqual(['全国劳动模范']);
    expect(metrics('选手包揽一、二、三名。')).toEqual([]);
  });

  it('opens a counted noun with a status word in 在 (在档困难职工, 在职职工)', () => {
    expect(metrics('工会干部先后为五名在职困难职工送去慰问金。').map((m) => m.subject)).toEqual(['在职困难职工']);
  });

  it('counts the people a longer clause leads to, unless people are named right after the count', () => {
    expect(metrics('150多名来自全国各级教科文卫体工会的委员出席。').map((m) => m.subject)).toEqual(['委员']);
    expect(metrics('11名选手是从20名初赛选手中脱颖而出的优秀代表。').map((m) => m.subject)).toEqual([
      '选手',
      '初赛选手',
    ]);
  });

  it('reads 合共 as a total before the figure (工人及市民合共约八百人)', () => {
    expect(metrics('劳联带同工人及其他市民合共约八百人集会。').map((m) => m.subject)).not.toContainEqual(
      expect.stringContaining('合共'),
    );
  });

  it('ends a counted noun before 联合承办', () => {
    expect(metrics('该县两个快递服务公司联合承办。').map((m) => m.subject)).toEqual(['快递服务公司']);
  });

  it('reads no count from a format (5人制足球场)', () => {
    expect(metrics('新建5人制足球场1个。').map((m) => m.value)).toEqual([1]);
  });

  it('takes the honour the counted won as the subject', () => {
    expect(metrics('目前,12家企业获评省市级“模范职工之家”。').map((m) => [m.value, m.subject])).toEqual([
      [12, '省市级模范职工之家'],
    ]);
  });

  it('keeps who a bare measure counts, and a change after a bracket keeps the subject before it', () => {
    expect(metrics('近五年来,职工参与人数达2万人。').map((m) => m.subject)).toEqual(['职工参与人数']);
    expect(metrics('全市技能人才总量达71万人,同比产改前(2020年)增长73.2%。').map((m) => [m.value, m.subject])).toEqual([
      [710_000, '技能人才总量'],
      [73.2, '技能人才总量'],
    ]);
  });

  it('reads a share as the share of the figure before it', () => {
    expect(metrics('其中高技能人才11.5万人,占比30.1%。').map((m) => m.subject)).toEqual([
      '高技能人才',
      '高技能人才占比',
    ]);
  });

  it('skips a number only guessed at (几十, 数百), not one given as approximate', () => {
    expect(metrics('工会复印了几十份报纸,数百名职工传阅。')).toEqual([]);
    expect(metrics('发展会员近20万人。').map((m) => [m.value, m.qualifier])).toEqual([[200000, 'approximate']]);
  });

  it('starts a subject after the figure before it, its magnitude included (62.93万职工…73.62亿元)', () => {
    expect(
      metrics('为62.93万职工讨要被拖欠工资73.62亿元。')
        .map((m) => m.subject)
        .slice(1),
    ).toEqual(['职工讨要被拖欠工资']);
  });

  it('skips 万家 and 千家 as words (工会进万家, 万家寨, 温暖千万家) but keeps 超千名', () => {
    expect(metrics('开展温暖千万家行动。')).toEqual([]);
    expect(metrics('开展“工会进万家”活动,黄河万家寨电管局参加。')).toEqual([]);
    expect(metrics('培育工匠梯队超千名。').map((m) => m.value)).toEqual([1000]);
  });

  it('reads what is counted past its clause when a preposition stands before the count', () => {
    expect(metrics('市总工会向1497名新加入工会组织的新就业形态劳动者发放了礼包。').map((m) => m.subject)).toEqual([
      '新就业形态劳动者',
    ]);
  });

  it('skips percentage points', () => {
    expect(metrics('帮扶资金较上年提高12个百分点。')).toEqual([]);
  });

  it('reads what a figure counts after 有', () => {
    expect(metrics('目前,他所在的班组有队员12人。').map((m) => [m.value, m.subject])).toEqual([[12, '队员']]);
  });

  it('reads what a figure measures after 的', () => {
    expect(metrics('为环卫工人送去价值5万元的慰问品。').map((m) => [m.value, m.subject])).toEqual([[50_000, '慰问品']]);
  });

  it('reads the subject before the number when nothing follows it', () => {
    expect(metrics('开展送温暖活动32场,投入资金15万元。').map((m) => [m.value, m.unit, m.subject])).toEqual([
      [32, '场', '送温暖活动'],
      [150_000, '元', '资金'],
    ]);
  });

  it('maps qualifiers, 近 (nearly) as approximate', () => {
    expect(metrics('吸引600余名职工参加,覆盖近40家企业,不少于12项,约30人。').map((m) => m.qualifier)).toEqual([
      'atLeast',
      'approximate',
      'atLeast',
      'approximate',
    ]);
  });

  it('marks targets and percentages', () => {
    const [m] = metrics('计划到2028年,全市高技能人才占比超过40%。');
    expect(m).toMatchObject({ value: 40, unit: '%', isTarget: true, subject: '高技能人才占比' });
  });

  it('marks no target for 将近 (nearly), 将 before a figure (as 把), 截至 (as of) or 争取了 (won)', () => {
    const targets = (text: string) => metrics(text).map((m) => m.isTarget);
    expect(targets('初赛共选拔出将近300人参加决赛。')).toEqual([false]);
    expect(targets('李主席一行将600元慰问金送到困难职工手中。')).toEqual([false]);
    expect(targets('截至2020年,市总工会累计帮助8877名困难职工子女。')).toEqual([false]);
    expect(targets('市总工会积极争取了中央财政专项资金411.88万元。')).toEqual([false]);
    expect(targets('明年将投入资金500万元。')).toEqual([true]);
  });

  it('marks no target for a span ending in a year (2014年3月至2017年7月, 由2001年至2021年), though 到2025年 alone is one', () => {
    const targets = (text: string) => metrics(text).map((m) => m.isTarget);
    expect(targets('2014年3月至2017年7月,他带着20名工友从事混凝土施工。')).toEqual([false]);
    expect(targets('由2001年至2021年,对冲总金额超过567亿元。')).toEqual([false]);
    expect(targets('到2025年,全市培养高技能人才5万人。')).toEqual([true]);
  });

  it('marks no target for 将至 (is near) nor for 将 before a demonstrative (将该公司…, 将这些食品…: 将 as 把)', () => {
    const targets = (text: string) => metrics(text).map((m) => m.isTarget);
    expect(targets('春节将至,市总工会募集善款80万元。')).toEqual([false]);
    expect(targets('工会已将这些食品面向27家企业发放。')).toEqual([false]);
    expect(targets('协议确定将该公司扫道工每月工资涨至1950元。')).toEqual([false]);
    expect(targets('明年工会将向27家企业发放慰问品。')).toEqual([true]);
  });

  it('marks no target after a plan named as a noun (…保障计划,…; 根据…培训计划,), though a bare 按计划, is one', () => {
    const targets = (text: string) => metrics(text).map((m) => m.isTarget);
    expect(targets('已落实职工大病住院医疗保障计划,保险金额为50元。')).toEqual([false]);
    expect(targets('根据省总工会干部培训计划,共有50人参加培训。')).toEqual([false]);
    expect(targets('按计划,全市共建设维权站点192个。')).toEqual([true]);
    expect(targets('全年计划安排1000名一线职工疗休养。')).toEqual([true]);
  });

  it('skips dates, ordinals, names in quotes and 一 used as an article', () => {
    expect(metrics('10月8日,第十二届“1+3+N”体系一个缩影,召开二届三次全委会。')).toEqual([]);
  });

  it('reads Chinese numerals', () => {
    expect(metrics('现场设置了两个摊位。')).toEqual([
      { value: 2, unit: '个', qualifier: 'exact', subject: '摊位', isTarget: false },
    ]);
  });

  it('skips sessions, countdowns, months, ranks and project phases', () => {
    expect(metrics('某集团召开二届4次职工代表大会,十届三次全委会同日举行。')).toEqual([]);
    expect(metrics('距大赛开幕还有10天,筹备历时3个月。')).toEqual([]);
    expect(metrics('承诺在5个工作日内筹措资金。')).toEqual([]);
    expect(metrics('怀孕少于28个星期的雇员。')).toEqual([]);
    expect(metrics('成绩前5名的选手进入决赛,二期项目现场同日开工。')).toEqual([]);
    // A congress's or a plenum's number (中国工会十八次全国代表大会, 二十届四中全会), and 离…还有.
    expect(metrics('学习中国工会十八次全国代表大会、十八届五次主席团会议精神。')).toEqual([]);
    expect(metrics('学习贯彻中共二十届四中全会精神。')).toEqual([]);
    // A body's numbered plenum after its term and name (十九届中央纪委六次全会).
    expect(metrics('深入学习十九届中央纪委六次全会和省委十三届八次、九次全会精神。')).toEqual([]);
    expect(metrics('离春节还有5天,职工们忙碌着。')).toEqual([]);
  });

  it('skips the phase of a port, line or park (南沙港三期, 地铁1号线三期, 软件园三期) and 四期保护', () => {
    expect(metrics('学员在南沙港三期邮轮码头开营。')).toEqual([]);
    expect(metrics('参与地铁1号线三期建设。')).toEqual([]);
    expect(metrics('加强女职工四期保护。')).toEqual([]);
    expect(metrics('共举办培训班3期。').map((m) => m.value)).toEqual([3]);
  });

  it('skips numbered watchwords (八项规定, 两个维护, 四个意识)', () => {
    expect(metrics('严格遵守中央八项规定精神。')).toEqual([]);
    expect(metrics('增强四个意识、坚定四个自信、做到两个维护。')).toEqual([]);
    expect(metrics('为企业的两个文明建设做出了突出的贡献。')).toEqual([]);
    expect(metrics('制定了3项规定,评出两个文明单位。').map((m) => m.value)).toEqual([3, 2]);
  });

  it('ends the counted noun after the figure at what the counted did (同步联动打造…, 脱颖而出, 办理了…)', () => {
    expect(metrics('全市12个县区同步联动打造工会新媒体平台矩阵。')[0]?.subject).toBe('县区');
    expect(metrics('最终五支队伍脱颖而出。')[0]?.subject).toBe('队伍');
    expect(metrics('2700多名快递哥办理了工会会员证。')[0]?.subject).toBe('快递哥');
  });

  it('ends the counted noun at its last head noun, a body count at a body', () => {
    expect(metrics('全年共有近300名职工技能水平得到提升。').map((m) => m.subject)).toEqual(['职工']);
    expect(metrics('全市16个市级工人先锋号集体受到表彰。').map((m) => m.subject)).toEqual(['市级工人先锋号集体']);
    expect(metrics('另有5家优胜单位代表出席。').map((m) => m.subject)).toEqual(['优胜单位']);
  });

  it('leaves 达至, as Hong Kong writes 达到, out of the subject before the figure', () => {
    expect(metrics('工联会属会的会员人数达至43万6千余人。').map((m) => m.subject)).toEqual(['会员人数']);
  });

  it('reads 人(次), as some reports bracket the 次, as 人次', () => {
    expect(metrics('慰问困难职工56万多人(次)。').map((m) => [m.value, m.unit, m.qualifier])).toEqual([
      [560000, '人次', 'atLeast'],
    ]);
  });

  it('counts editions after a counting word', () => {
    expect(metrics('该市已连续举办六届职工技能大赛。').map((m) => [m.value, m.unit])).toEqual([[6, '届']]);
    expect(metrics('全国总工会举办了3届全国职工职业技能大赛。').map((m) => [m.value, m.unit])).toEqual([[3, '届']]);
  });

  it('counts people in 亿 before 就业人员 with no measure word (占7.5亿就业人员的26%)', () => {
    expect(metrics('技能劳动者占7.5亿就业人员的26%。').map((m) => [m.value, m.unit])).toContainEqual([750000000, '人']);
  });

  it('reads a place opening the subject as its scope, not part of it', () => {
    expect(metrics('截至去年底,东莞技能人才达98.5万人。').map((m) => m.subject)).toEqual(['技能人才']);
    // A place naming a body or an honour stays in the name.
    expect(metrics('广州市劳动模范60名。').map((m) => m.subject)).toEqual(['广州市劳动模范']);
  });

  it('reads what a count is after 是 or 为, and the honour after 被…授予', () => {
    expect(metrics('获奖的8个单位中,6个是民营企业。').map((m) => m.subject)).toEqual(['单位', '民营企业']);
    expect(metrics('其中25人为省级技术能手。').map((m) => m.subject)).toEqual(['省级技术能手']);
    expect(metrics('另有17人被市总工会授予市五一劳动奖章。').map((m) => m.subject)).toEqual(['市五一劳动奖章']);
  });

  it('ends the counted noun before a preposition or a verb of giving', () => {
    expect(metrics('组成9个走访小组对36家企业进行慰问。').map((m) => m.subject)).toEqual(['走访小组', '企业']);
    expect(metrics('对32名优秀职工予以表彰。').map((m) => m.subject)).toEqual(['优秀职工']);
    expect(metrics('为120名帮扶对象送去慰问品。').map((m) => m.subject)).toEqual(['帮扶对象']);
  });

  it('reads things counted with 个 to their own head, past a people noun (118个户外职工爱心接力站)', () => {
    expect(metrics('在全区118个户外职工爱心接力站发放。').map((m) => m.subject)).toEqual(['户外职工爱心接力站']);
  });

  it('ends a counted noun at 并, 仍 and a verb of gathering (外卖小哥仍坚守, 员工齐聚一堂)', () => {
    expect(metrics('全市2000多名外卖小哥仍坚守岗位。').map((m) => m.subject)).toEqual(['外卖小哥']);
    expect(metrics('商厦600名员工齐聚一堂。').map((m) => m.subject)).toEqual(['员工']);
  });

  it('ends a counted noun at an adverb or verb after it (行业争相, 成果累计, 城市之一, 项目集中)', () => {
    expect(metrics('全省328个行业争相承办。').map((m) => m.subject)).toEqual(['行业']);
    expect(metrics('267项创新成果累计为企业创造价值。').map((m) => m.subject)).toEqual(['创新成果']);
    expect(metrics('全国20个试点城市之一。').map((m) => m.subject)).toEqual(['试点城市']);
    expect(metrics('11个重点项目集中签约。').map((m) => m.subject)).toEqual(['重点项目']);
    expect(metrics('六家航空公司达成四点决议。').map((m) => m.subject)).toContain('航空公司');
  });

  it('names people counted after a verb of having, or after 另 or 结果, by what they did (共有100余人参赛, 另有45人报名)', () => {
    const subjects = (text: string) => metrics(text).map((m) => m.subject);
    expect(subjects('本次大赛共有100余人参赛,有30人进入决赛。')).toEqual(['参赛', '进入决赛']);
    expect(subjects('另有45人报名参选理事。')).toEqual(['报名参选理事']);
    expect(subjects('结果高达220人报名。')).toEqual(['报名']);
    expect(subjects('全市共有会员50万人。')).toEqual(['会员']);
  });

  it('reads the rate named after a percentage and its 的 as what it measures (以95%的得票率当选)', () => {
    expect(metrics('他在143位出席代表中获得136位的支持,以95%的得票率,高票当选理事长。').at(-1)?.subject).toBe('得票率');
    expect(metrics('以百分之百的得票率高票当选。')[0]?.subject).toBe('得票率');
  });

  it('keeps a head of people after a head of another kind (青年教师, 技能竞赛状元), not one inside a longer word', () => {
    const subjects = (text: string) => metrics(text).map((m) => m.subject);
    expect(subjects('共有161名青年教师参加比赛。')).toEqual(['青年教师']);
    expect(subjects('4名技能竞赛状元获得表彰。')).toEqual(['技能竞赛状元']);
    expect(subjects('11名满意护士长受到表彰。')).toEqual(['满意护士长']);
  });

  it('reads modifiers listed with 、 before the head the last item ends in as the noun’s (节能环保、能源管理重点企业)', () => {
    const subjects = (text: string) => metrics(text).map((m) => m.subject);
    expect(subjects('评选出10家节能环保、能源管理重点企业。')).toEqual(['节能环保、能源管理重点企业']);
    expect(subjects('建成97个边境县乡、口岸职工之家。')).toEqual(['边境县乡、口岸职工之家']);
    expect(subjects('30名劳模、工匠代表参加。')).toEqual(['劳模']);
  });

  it('goes on over a word of every kind or level inside the counted noun (48名在职各级劳模代表, 400家各行各类商家)', () => {
    const subjects = (text: string) => metrics(text).map((m) => m.subject);
    expect(subjects('48名在职各级劳模代表参加座谈。')).toEqual(['在职劳模代表']);
    expect(subjects('吸引400家各行各类商家参与。')).toEqual(['商家']);
    expect(subjects('8个街道各配置2名专职人员。')[0]).toBe('街道');
  });

  it('reads what a range measures after its spread (260元至500元不等的救助金, 一百至三百小时不等之培训, 5000到5万元不等额度)', () => {
    const subjects = (text: string) => metrics(text).map((m) => m.subject);
    expect(subjects('分别发放了260元至500元不等的救助金。')).toEqual(['救助金', '救助金']);
    expect(subjects('经过约一百至三百小时不等之培训后上岗。')).toEqual(['培训', '培训']);
    expect(subjects('此卡可透支5000到5万元不等额度。')).toEqual(['额度', '额度']);
  });

  it('ends a counted noun at the list it is in (100家…工匠学院名单), and reads a 年度 year off the subject before', () => {
    const subjects = (text: string) => metrics(text).map((m) => m.subject);
    expect(subjects('公布100家重点支持工匠学院名单。')).toEqual(['重点支持工匠学院']);
    expect(subjects('经市政府批准,2021年度烟台市首席技师53人名单公布。')).toEqual(['首席技师']);
  });

  it('ends a counted noun before a verb done with 了, one character long after a head noun', () => {
    expect(metrics('社区卫生服务中心14名医务职员表演了舞蹈。').map((m) => m.subject)).toEqual(['医务职员']);
    expect(metrics('在22个乡镇汽车站都设立了服务站。').map((m) => m.subject)).toEqual(['乡镇汽车站']);
    expect(metrics('帮助1906名困难职工子女圆了大学梦。').map((m) => m.subject)).toEqual(['困难职工子女']);
    expect(metrics('帮助7318名贫困学子圆了上学梦。').map((m) => m.subject)).toEqual(['贫困学子']);
    expect(metrics('200名一线职工了解了情况。').map((m) => m.subject)).toEqual(['一线职工']);
  });

  it('strips a verb of keeping a level, and its adverbs, from the subject before the figure', () => {
    expect(metrics('劳动保障监察案件按期办结率持续保持100%。').map((m) => m.subject)).toEqual([
      '劳动保障监察案件按期办结率',
    ]);
    expect(metrics('群众满意度稳定在90%以上。').map((m) => m.subject)).toEqual(['群众满意度']);
    expect(metrics('建会企业职工入会率均动态保持95%以上。').map((m) => m.subject)).toEqual(['建会企业职工入会率']);
    expect(metrics('本港失业率仍维持3.8%。').map((m) => m.subject)).toEqual(['本港失业率']);
  });

  it('reads no month’s or year’s end into a subject (9月底组建率, 年底突破92%), nor 年均 of a change', () => {
    expect(metrics('力争在9月底组建率达到88%,年底突破92%。').map((m) => m.subject)).toEqual(['组建率', '组建率']);
    expect(metrics('全市劳动纠纷诉讼量年均增长超过20%。').map((m) => m.subject)).toEqual(['劳动纠纷诉讼量']);
  });

  it('ends a counted noun at 就 and at 每日', () => {
    expect(metrics('36位农民工就企业欠薪问题反映情况。').map((m) => m.subject)).toEqual(['农民工']);
    expect(metrics('两个智慧工会服务驿站每日开放。').map((m) => m.subject)).toEqual(['智慧工会服务驿站']);
  });

  it('ends a counted noun at 并 (筹措资金406万元并足额划拨)', () => {
    expect(metrics('区总工会筹措专项资金406万元并足额划拨。').map((m) => m.subject)).toEqual(['专项资金']);
  });

  it('reads places counted by their level alone, and 各 as the end of the noun after it', () => {
    expect(metrics('来自12个市的选手参赛。').map((m) => m.subject)).toEqual(['市']);
    expect(metrics('为全区8个街道各配置绿豆。').map((m) => m.subject)).toEqual(['街道']);
    expect(metrics('邀请4名各领域专家参加座谈。').map((m) => m.subject)).toEqual(['领域专家']);
  });

  it('reads the people counted after the places they come from and work in', () => {
    expect(metrics('慰问了86名湖南在粤困难农民工。').map((m) => m.subject)).toEqual(['困难农民工']);
    expect(metrics('首批320名四川、贵州籍务工人员踏上返乡路。').map((m) => m.subject)).toEqual(['务工人员']);
    expect(metrics('为70名遵义市在穗务工人员送去慰问。').map((m) => m.subject)).toEqual(['务工人员']);
  });

  it('reads no honour from a demonstrative or a clause cut short after 的', () => {
    expect(metrics('共有25名技术骨干获此殊荣。').map((m) => m.subject)).toEqual(['技术骨干']);
    expect(metrics('最终43名职工获得各项目的一、二、三等奖。').map((m) => m.subject)).toEqual(['职工']);
  });

  it('strips a verb of reaching or taking a share from the subject before the figure', () => {
    expect(metrics('累计走访慰问职工达 3200 余人。').map((m) => m.subject)).toEqual(['慰问职工']);
    expect(metrics('其中女职工参与率占35%。').map((m) => m.subject)).toEqual(['女职工参与率']);
    expect(metrics('答题正确率接近98%。').map((m) => m.subject)).toEqual(['答题正确率']);
  });

  it('reads a midline ellipsis as a break (完成培训13.4万人次⋯⋯)', () => {
    expect(metrics('完成职业技能培训 13.4 万人次⋯⋯河南工会做实做细服务').map((m) => m.subject)).toEqual([
      '职业技能培训',
    ]);
  });

  it('reads no count from a magazine’s issue (2017年11期)', () => {
    expect(metrics('中国工人 2017年11期')).toEqual([]);
  });

  it('reads no count from a number after a Latin letter (a train, a model)', () => {
    expect(metrics('务工人员乘坐G1234次列车返乡。')).toEqual([]);
  });

  it('gives a change told alone (比上期增加8460元) the subject of the figure before in its unit', () => {
    expect(metrics('互助金2306万元,比上期增加8460元。').map((m) => m.subject)).toEqual(['互助金', '互助金']);
    // Made up: a change in another unit is not of the figure before.
    expect(metrics('会员20万人,比上期增加500家。')[1]?.subject).not.toBe('会员');
  });

  it('gives a total without a subject of its own the subject of the figure before', () => {
    expect(metrics('每户发放慰问金800元,共计4.8万元。').map((m) => m.subject)).toEqual(['慰问金', '慰问金']);
  });

  it('reads a growth since a base year as a change in the year of the figure', () => {
    const [level, growth] = metrics2('2024年全市高技能人才达12万人,比2019年增长40%。');
    expect([level?.year, growth?.year, growth?.isChange]).toEqual([2024, 2024, true]);
  });
});

function metrics2(text: string) {
  return sentencesOf(text).sentences.flatMap((s) => findMetrics(s));
}

describe('metricScope', () => {
  const scopeOf = (text: string) => {
    const { sentences, ctx } = sentencesOf(text);
    const last = sentences.at(-1);
    const [m] = last ? findMetrics(last) : [];
    return m ? metricScope(m, ctx, []).place?.name : undefined;
  };

  it('scopes 全区 to the district the article is about', () => {
    expect(scopeOf('佛山市南海区总工会发布方案。方案提出,全区技能人才总量将突破20万人。')).toBe('南海区');
  });

  it('scopes 全市 to the city the article is about', () => {
    expect(scopeOf('佛山市南海区总工会发布方案。方案提出,全市技能人才总量将突破20万人。')).toBe('佛山市');
  });

  it('scopes a figure to the place its subject opened with', () => {
    expect(scopeOf('广东省总工会召开会议。目前,佛山技能人才达149万人。')).toBe('佛山市');
  });
});
