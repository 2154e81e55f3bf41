import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../test-helpers.ts';
import { authorLine, bylinesInText, creditsIn, parseByline, parseSignature } from './bylines.ts';
import { findOrganizations } from './organizations.ts';
import { findPeople } from './people.ts';
import { listHead } from './person-roles.ts';

/** The people of a short text, with their roles, sentence by sentence. */
function people(text: string, province?: string): Array<[string, string[]]> {
  const { sentences, ctx } = sentencesOf(text, province);
  return sentences.flatMap((s) =>
    findPeople(s, findOrganizations(s, ctx), ctx).map((p): [string, string[]] => [p.name, p.roles.map((r) => r.role)]),
  );
}

const names = (text: string): string[] => people(text).map((p) => p[0]);
/** The roles of one person of a short text. */
const roles = (text: string, name: string): string[] | undefined => people(text).find((p) => p[0] === name)?.[1];

describe('bylinesInText', () => {
  it('reads a reporter whose paper and site are joined by a double dash (工人日报——中工网记者 甲)', () => {
    expect(bylinesInText('中工网讯(工人日报——中工网记者 胡乐)近日,某公司工会举办活动。')).toEqual([
      { name: '胡乐', title: '工人日报——中工网记者' },
    ]);
  });

  it('reads a closing credit whose outlet stands apart from its reporter, with the outlet in the role', () => {
    expect(bylinesInText('发挥更加积极的作用。(江淮日报 记者 王某明 通讯员 李某)')).toEqual([
      { name: '王某明', title: '江淮日报记者' },
      { name: '李某', title: '通讯员' },
    ]);
  });

  it('reads two names a byline ran together, a re-photographed credit and a text-and-photo credit', () => {
    expect(bylinesInText('又讯(记者孙雯苗莹)12月9日,市总工会开展活动。').map((p) => p.name)).toEqual(['孙雯', '苗莹']);
    expect(bylinesInText('本报讯(记者欧阳明华)近日,市总工会开展活动。').map((p) => p.name)).toEqual(['欧阳明华']);
    // Five and six characters: two names of two and three, split where each part opens with a surname.
    expect(bylinesInText('本报讯(记者郝岚李昱森)近日,市总工会开展活动。').map((p) => p.name)).toEqual([
      '郝岚',
      '李昱森',
    ]);
    expect(bylinesInText('本报讯(记者肖玉林吴铎明)近日,市总工会开展活动。').map((p) => p.name)).toEqual([
      '肖玉林',
      '吴铎明',
    ]);
    expect(new Set(bylinesInText('期盼一起为劳工朋友打拼。(图/记者林悦翻摄,下同)').map((p) => p.name))).toEqual(
      new Set(['林悦']),
    );
    expect(bylinesInText('荣誉称号。(记者张文璟通讯员林黎阳文/图)').map((p) => p.name)).toEqual(['张文璟', '林黎阳']);
  });

  it('reads authors listed in brackets before a reporter with the role glued to the name (曾某、钟某、记者赵某靓)', () => {
    expect(bylinesInText('(曾崎、钟喆、记者赵礼靓)元宵节来临之际,市总工会开展活动。', true)).toEqual([
      { name: '曾崎', title: '作者' },
      { name: '钟喆', title: '作者' },
      { name: '赵礼靓', title: '记者' },
    ]);
  });

  it('does not take an outlet named as both source and author for a person', () => {
    expect(bylinesInText('时间:2025-04-30 来源:石榴云 作者:石榴云').map((p) => p.name)).toEqual([]);
    expect(bylinesInText('来源:东北网 作者:王哲').map((p) => p.name)).toEqual(['王哲']);
  });

  it('reads a closing byline whose bracket the page lost at the end of the text', () => {
    expect(bylinesInText('一并进行表彰。(记者 吴某静 通讯员 曾某龙').map((p) => p.name)).toEqual(['吴某静', '曾某龙']);
    // Open in the middle of a text, a bracket is no byline.
    expect(bylinesInText('(记者 吴某静 通讯员 曾某龙采访了职工,并一同参观。')).toEqual([]);
  });

  it('reads a two-character name set out with a space as one name (记者 张 宝, 通讯员 王 伟)', () => {
    expect(bylinesInText('中工网讯 (记者 张 宝)近日,某市总工会召开会议。')).toEqual([{ name: '张宝', title: '记者' }]);
    expect(bylinesInText('本报讯(通讯员 王 伟 李明)1月14日,县总工会开展慰问。').map((p) => p.name)).toEqual([
      '王伟',
      '李明',
    ]);
  });

  it('reads every author of a line joined by commas (作者:甲,乙), but no label after them (作者:甲,编辑:乙)', () => {
    expect(bylinesInText('作者:罗某,张某杰').map((p) => p.name)).toEqual(['罗某', '张某杰']);
    expect(bylinesInText('作者:张某,编辑:李某')).toContainEqual({ name: '张某', title: '作者' });
    expect(bylinesInText('作者:张某,编辑:李某').map((p) => p.name)).not.toContain('编辑');
  });

  it('ends an author at the next label run on with no space (作者:周琳来源:…)', () => {
    expect(bylinesInText('作者:周琳来源:湖北省邮政工会').map((p) => p.name)).toEqual(['周琳']);
    expect(bylinesInText('作者:程志雄来源:湖北省邮政工会').map((p) => p.name)).toEqual(['程志雄']);
  });

  it('reads names joined by 、 in brackets after a dateline as authors ((甲、乙)), not a role and names or a list elsewhere', () => {
    expect(bylinesInText('人民网西安6月3日电 (王晴垣、孙挺)6月2日,启动仪式举行。').map((p) => p.name)).toEqual([
      '王晴垣',
      '孙挺',
    ]);
    expect(bylinesInText('荆楚网讯(通讯员熊政纲、张婵娟)3月12日,工友们询问。').map((p) => p.title)).toEqual([
      '通讯员',
      '通讯员',
    ]);
    expect(bylinesInText('获奖者有两位(王某明、李某华)。')).toEqual([]);
  });

  it('reads a reporter’s bracketed byline with its role only ((记者 王鑫)), and names before a role as authors ((甲 通讯员 乙 丙))', () => {
    expect(bylinesInText('中工网讯(记者 王鑫)6月19日,推进会召开。')).toEqual([{ name: '王鑫', title: '记者' }]);
    expect(bylinesInText('相声表演欢声笑语。(张翀 通讯员 胡文辉 李健)').map((p) => [p.name, p.title])).toEqual([
      ['张翀', '作者'],
      ['胡文辉', '通讯员'],
      ['李健', '通讯员'],
    ]);
  });

  it('does not take a short outlet signing as author for a person (作者:阳湖网)', () => {
    expect(bylinesInText('时间:2025-03-24 来源:武进新闻 作者:阳湖网').map((p) => p.name)).toEqual([]);
  });

  it('reads one name in brackets opening the lead as its author ((甲)6月20日…), not inside a sentence', () => {
    expect(bylinesInText('(李欣慰)6月20日,市总工会开展活动。', true)).toEqual([{ name: '李欣慰', title: '作者' }]);
    expect(bylinesInText('(李欣慰)6月20日,市总工会开展活动。', false)).toEqual([]);
    expect(bylinesInText('市总工会表彰了劳模(李欣慰)等人。', true)).toEqual([]);
  });

  it('reads names in brackets after a dateline when the page sets a space inside the bracket (本报讯( 朱某))', () => {
    expect(bylinesInText('本报讯( 朱某滢),2月3日上午,市总工会召开会议。', false)).toEqual([
      { name: '朱某滢', title: '作者' },
    ]);
    expect(bylinesInText('本网讯(杜某满 )2011年12月,市总工会召开会议。', false)).toEqual([
      { name: '杜某满', title: '作者' },
    ]);
  });
});

describe('findPeople', () => {
  it('gives a bare office after a role chain the body of the chain’s last role', () => {
    expect(people('江门市蓬江区人大常委会副主任、区总工会主席邝秋生,常务副主席滕美玲带队调研。')).toEqual([
      ['邝秋生', ['江门市蓬江区人大常委会副主任', '江门市蓬江区总工会主席']],
      ['滕美玲', ['江门市蓬江区总工会常务副主席']],
    ]);
  });

  it('gives a bare office no body cut from a bare 总工会 before it (…总工会主席甲,党委委员乙)', () => {
    const [, second] = people('党委委员、总工会主席邝秋生,党委委员滕美玲走进医院。');
    expect(second?.[1]).not.toContainEqual(expect.stringMatching(/^总/));
  });

  it('reads no name cut inside a word by a one-character verb (元宵制作区: 作 is 制作’s)', () => {
    expect(names('在得胜社区工会驿站,元宵制作区早已热闹起来。')).toEqual([]);
    expect(names('会上,王建作了工作报告。')).toEqual(['王建']);
  });

  it('reads no person from an office’s short name (党办主任高飞), and carries no honour’s level to the next office', () => {
    expect(names('工会主席高莉、党办主任高飞陪同慰问。')).toEqual(['高莉', '高飞']);
    expect(people('全国劳动模范、徐矿总医院主任医师荣良群出席会议。')).toEqual([
      ['荣良群', ['全国劳动模范', '徐矿总医院主任医师']],
    ]);
  });

  it('reads 代 as a surname (劳模代表代云鑫; 方家勇、代挺、张豪), not in the words it opens (代为办理)', () => {
    expect(people('看望慰问了省部级劳模代表代云鑫。')).toEqual([['代云鑫', ['省部级劳模代表']]]);
    expect(names('选手方家勇、代挺、张豪、李昂获得一等奖。')).toEqual(['方家勇', '代挺', '张豪', '李昂']);
    expect(names('一位老人要求中心代为在广州办理证件。')).toEqual([]);
  });

  it('reads a name after what a care story, award list or job fair says the person is (退伍军人, 新市民, 求职者)', () => {
    expect(people('困难职工、退伍军人李海波参加活动。')).toEqual([['李海波', ['困难职工', '退伍军人']]]);
    expect(names('表彰了新市民张传波、劳务派遣工孙雷和人民警察马春雨。')).toEqual(['张传波', '孙雷', '马春雨']);
    expect(names('外来务工者叶某军说,今年工资涨了。现场求职者黄某连表示满意。')).toEqual(['叶某军', '黄某连']);
  });

  it('reads a name after a service trade or grade of a model worker’s profile (售票员, 环卫女工, 技术总厨, 工长)', () => {
    expect(names('北京10路汽车售票员杨某莉、上海长柳轮服务员杨某远出席。')).toEqual(['杨某莉', '杨某远']);
    expect(people('重庆某餐饮管理公司技术总厨刘某平说。')).toEqual([['刘某平', ['重庆某餐饮管理公司技术总厨']]]);
    expect(names('齐齐哈尔车辆段工长陈佳,环卫女工韦青和陈红获奖。')).toEqual(['陈佳', '韦青', '陈红']);
  });

  it('reads 并 after a surname as the adverb (何并指…), not a given name', () => {
    expect(names('副理事长何炳德表示要注意安全。何并指,过年后开工亦要注意施工安全。')).toEqual(['何炳德']);
  });

  it('reads no name out of a slogan that shows a quality (职工展风采)', () => {
    expect(names('“一个统筹两手抓 濩泽职工展风采”第三届职工拔河争霸赛开幕。')).toEqual([]);
  });

  it('reads no name out of a vehicle word and its repair (燃油车维修师傅, 汽车维修)', () => {
    expect(names('他从传统的燃油车维修师傅转型为新能源汽修技师。')).toEqual([]);
    expect(names('他从事汽车维修已有10余年。')).toEqual([]);
  });

  it('reads no name out of a work word that starts with a surname (炼钢二厂冶炼三作业区)', () => {
    expect(names('有解决一线生产难题的太钢不锈炼钢二厂冶炼三作业区甲班作业长韩小强。')).not.toContain('冶炼三');
  });

  it('leaves a count of people out of a role (公司5位全国劳动模范孙玉庆), and gives a list of offices the body of the first (市残联党组书记甲、理事长乙)', () => {
    expect(people('市长慰问了公司5位全国劳动模范孙玉庆、蔡文成。')).toEqual([
      ['孙玉庆', ['全国劳动模范']],
      ['蔡文成', ['全国劳动模范']],
    ]);
    expect(people('上海市残联党组书记金放、理事长王爱芬巡视考场。').map((p) => p[1])).toEqual([
      ['上海市残联党组书记'],
      ['上海市残联理事长'],
    ]);
  });

  it('gives every listed name the office taken after 等N位同志 (…等4位同志当选为全总副主席)', () => {
    expect(people('李玉赋、张少琴、蔡振华等3位同志当选为全总副主席。')).toEqual([
      ['李玉赋', ['中华全国总工会副主席']],
      ['张少琴', ['中华全国总工会副主席']],
      ['蔡振华', ['中华全国总工会副主席']],
    ]);
  });

  it('gives listed names the kind counted after them without its description (等40位家喻户晓的大国工匠)', () => {
    expect(people('共推选出高凤林、竺士杰、艾爱国等40位家喻户晓的大国工匠。')).toEqual([
      ['高凤林', ['大国工匠']],
      ['竺士杰', ['大国工匠']],
      ['艾爱国', ['大国工匠']],
    ]);
  });

  it('reads secretaries and advisers as offices, not cutting 秘书长 (法律顾问甲, 总秘书乙)', () => {
    expect(people('会务顾问梁玉华、法律顾问李焕江出席。').map((p) => p[1])).toEqual([['会务顾问'], ['法律顾问']]);
    expect(people('副会长兼秘书长马光如出席。')[0]?.[1]).toEqual(['副会长', '秘书长']);
  });

  it('inherits no body into a seat in a legislature (工联会会长、立法会议员甲)', () => {
    expect(people('工联会会长、立法会议员吴秋北说。', '810000')[0]?.[1]).toEqual(['香港工会联合会会长', '立法会议员']);
  });

  it('reads the holders of an honour before 代表 as whom the representative stands for (…大奖获得者代表)', () => {
    expect(people('中华技能大奖获得者代表马某光、王某军和全国技术能手代表魏某云介绍了事迹。')).toEqual([
      ['马某光', ['中华技能大奖获得者代表']],
      ['王某军', ['中华技能大奖获得者代表']],
      ['魏某云', ['全国技术能手代表']],
    ]);
  });

  it('reads a worker after the trade of a mine, an oilfield or a survey (采油工, 工程测量工)', () => {
    expect(names('第三工程有限公司工程测量工陈某海,第六作业区48队采油工刘丽。')).toEqual(['陈某海', '刘丽']);
  });

  it('gives a deputy’s bare office after the office it deputizes the same sub-body (工会主席甲、副主席乙), not another', () => {
    expect(people('公司工会主席何某、副主席袁某纲出席。')).toEqual([
      ['何某', ['公司工会主席']],
      ['袁某纲', ['公司工会副主席']],
    ]);
    expect(people('公司党委书记何某、副书记袁某纲出席。')[1]?.[1]).toEqual(['公司党委副书记']);
    expect(people('公司工会主席何某、总经理袁某纲出席。')[1]?.[1]).toEqual(['公司总经理']);
  });

  it('leaves 现任 (now serving) out of the office it stands before', () => {
    expect(people('邀请现任立法会议员关某杏出席。')).toEqual([['关某杏', ['立法会议员']]]);
  });

  it('reads a name after the bearer of a heritage craft (非遗传承人)', () => {
    expect(names('活动邀请到非遗传承人游某婷进行宣讲。')).toEqual(['游某婷']);
  });

  it('reads a name after a title before the principle it holds to (工程师叶某依遵循…, 技师王某始终坚守)', () => {
    expect(names('公司工程师叶某依遵循座右铭。')).toEqual(['叶某依']);
    expect(names('高级技师王某华始终坚守一线。')).toEqual(['王某华']);
  });

  it('gives the offices after a meeting’s own office no body of the meeting (大会执行主席、公司纪委书记)', () => {
    expect(people('大会执行主席、公司纪委书记、工会主席朱某莉主持了闭幕式。')[0]?.[1]).toEqual([
      '大会执行主席',
      '公司纪委书记',
      '公司工会主席',
    ]);
  });

  it('writes the union office after a street’s or town’s party committee as the street’s (某街道党工委副书记、工会主席)', () => {
    expect(people('霞山区解放街道党工委副书记、工会主席陈某燕出席。')[0]?.[1]).toEqual([
      '湛江市霞山区解放街道党工委副书记',
      '湛江市霞山区解放街道工会主席',
    ]);
  });

  it('gives a meeting’s own office after a body’s no body (省委副书记、大会主席团常务主席)', () => {
    expect(people('某省总工会代表大会开幕。省委副书记、大会主席团常务主席杨某奇讲话。')[0]?.[1]).toEqual([
      '广东省委副书记',
      '大会主席团常务主席',
    ]);
  });

  it('reads a name after an office before a verb of organizing or praising (常务副主席沈霞组织…, …充分肯定)', () => {
    expect(names('县总工会常务副主席沈霞组织县级劳模代表参观学习。')).toEqual(['沈霞']);
    expect(names('市总工会常务副主席施文臻充分肯定了协会工作。')).toEqual(['施文臻']);
    expect(names('外卖骑手姚少济坐在里面吃早饭。')).toEqual(['姚少济']);
  });

  it('reads a name after an office before going, watching or submitting (主席某某赴…, …观看了决赛, …提交提案)', () => {
    expect(names('市总工会党组书记、主席雍建华赴金凤区慰问。')).toEqual(['雍建华']);
    expect(names('自治区总工会主席呼德明观看了决赛。')).toEqual(['呼德明']);
    expect(names('州总工会党组书记、常务副主席巫晓岚提交提案。')).toEqual(['巫晓岚']);
  });

  it('ends a name before 荣膺 and 赠送 (员工某某荣膺…, 主席某某赠送…), and reads no 向中心 as a name', () => {
    expect(people('港务集团员工黄立荣膺首届“长三角大工匠”。')).toEqual([
      ['黄立', ['港务集团员工', '首届“长三角大工匠”']],
    ]);
    expect(names('某院代表向西交大工会主席郑亮赠送飞机模型。')).toEqual(['郑亮']);
    expect(names('活动有120名会员参与,有会员向中心赠送了锦旗。')).toEqual([]);
  });

  it('ends a name before 随同 and before 共 opening a count (副主席某某随同调研, 甲、乙、丙共13名), and reads no 向一年', () => {
    expect(names('省总工会党组成员、副主席张卫随同调研。')).toEqual(['张卫']);
    expect(names('评选出曾某英、何某福、彭勇共13名同志。')).toContain('彭勇');
    expect(names('代表市总工会向一年来辛勤付出的劳动者致以问候。')).toEqual([]);
  });

  it('passes no office or field of work on as the next office’s unit (总经理助理、销售中心主任; 财务总监甲,副总经理乙)', () => {
    expect(roles('总经理助理、销售中心主任郑某昱出席。', '郑某昱')).toEqual(['总经理助理', '销售中心主任']);
    expect(roles('副董事长、财务总监张某艳,副总经理赵某出席。', '赵某')).toEqual(['副总经理']);
    expect(roles('公司办公室主任李某、副主任张某华出席。', '张某华')).toEqual(['公司办公室副主任']);
  });

  it('reads rare surnames that hardly occur in words (茆, 笪, 濮, 锺, 凃, 乜, 蹇)', () => {
    expect(names('公司党委书记、总经理茆某国在大会上讲话。')).toEqual(['茆某国']);
    expect(names('县人大副主任、县总工会主席凃斌主持活动并讲话。')).toEqual(['凃斌']);
    expect(names('市总工会党组成员、副主席乜某东出席。')).toEqual(['乜某东']);
    expect(names('财务资产部科长蹇某娟分别作了发言。')).toEqual(['蹇某娟']);
  });

  it('reads a name elected to an office as strongly as one after an office (于某成当选为经审委员会主任)', () => {
    expect(names('于子成当选为经审委员会主任。')).toEqual(['于子成']);
    expect(names('张晓明当选为工会副主席,梅昆当选为工会经费审查委员会主任。')).toEqual(['张晓明', '梅昆']);
  });

  it('reads a name that holds an office now (郭某义现任…主管) with the office after a body however long', () => {
    expect(people('郭明义现任鞍钢集团矿业公司齐大山铁矿生产技术室公路管理业务主管。')).toEqual([
      ['郭明义', ['鞍钢集团矿业公司齐大山铁矿生产技术室公路管理业务主管']],
    ]);
    expect(people('王小红现为佛山市总工会副主席。')).toEqual([['王小红', ['佛山市总工会副主席']]]);
  });

  it('gives a seat written once to every name listed after it, and no bare name after a comma the next one’s office', () => {
    expect(people('立法会议员郭伟强、梁子颖出席。').map((p) => p[1])).toEqual([['立法会议员'], ['立法会议员']]);
    expect(people('立法会议员关翠杏和李静仪出席。').map((p) => p[1])).toEqual([['立法会议员'], ['立法会议员']]);
    expect(people('市总工会主席李某和王某出席。').map((p) => p[1])[1]).toEqual([]);
    const elected = people('选举产生了工会委员边树泉、段富霞、王玉英,李萍当选工会主席。');
    expect(elected.find((p) => p[0] === '王玉英')?.[1]).not.toContain('工会主席');
  });

  it('starts no role with 连同 (连同副会长兼秘书长马光如)', () => {
    expect(people('理事长黄国,连同副会长兼秘书长马光如出席。')[1]?.[1]).toEqual(['副会长', '秘书长']);
  });

  it('reads 和 that opens a place as the place’s (汇报和田地委副书记), and no delegation word in a dotted name', () => {
    const found = people('听取销售情况汇报和田地委副书记艾则孜·木沙一行来到村里。');
    expect(found.map((p) => p[0])).toEqual(['艾则孜·木沙']);
    expect(found[0]?.[1]).toEqual(['和田地委副书记']);
    // Nor a verb right after it (艾则孜·木沙听取…).
    expect(names('行署专员艾则孜·木沙听取大蒜种植情况汇报。')).toEqual(['艾则孜·木沙']);
  });

  it('reads a dotted name with six characters either side of the dot (麦麦提尼亚孜·吐尔逊尼亚孜)', () => {
    expect(people('环卫工人麦麦提尼亚孜·吐尔逊尼亚孜说：“天气冷了。”')).toEqual([
      ['麦麦提尼亚孜·吐尔逊尼亚孜', ['环卫工人']],
    ]);
    expect(names('环卫工人阿不都热合曼·吐尔逊说,很好。')).toEqual(['阿不都热合曼·吐尔逊']);
  });

  it('gives a bare office after the next name listed the body of the one before (勞工處卓永興處長、梁振榮副處長)', () => {
    expect(people('成员包括香港劳工处卓永兴处长、梁振荣副处长。', '810000').map((p) => p[1])).toEqual([
      ['劳工处处长'],
      ['劳工处副处长'],
    ]);
  });

  it('keeps a list together across notes in brackets (王东进(兼)、苏立清…黄彦蓉(女)等11名同志当选副主席)', () => {
    const found = people('张俊九、王东进(兼)、张榕明(兼,女)、徐德明(满族)、黄彦蓉(女)等5名同志当选全总副主席。');
    expect(found.map((p) => p[0])).toEqual(['张俊九', '王东进', '张榕明', '徐德明', '黄彦蓉']);
    expect(found.every((p) => p[1].includes('中华全国总工会副主席'))).toBe(true);
    expect(people('张安华、陈勇珲、张海波(兼职)、王晓毅(挂职)、李光等出席会议。').map((p) => p[0])).toEqual([
      '张安华',
      '陈勇珲',
      '张海波',
      '王晓毅',
      '李光',
    ]);
  });

  it('gives listed names the kind of people after 等 without a count (…等困难劳模进行了慰问), not 等领导', () => {
    expect(people('县总工会分别对窦某林、张清本等困难劳模进行了慰问。')).toEqual([
      ['窦某林', ['困难劳模']],
      ['张清本', ['困难劳模']],
    ]);
    expect(people('副区长曹扶生、局长龚惠斌等领导出席。').flatMap((p) => p[1])).not.toContain('领导');
    // The list may open the sentence, or follow a verb of naming and its 了.
    expect(people('顾某军、常某芝等困难职工对区总工会满怀感激。')).toEqual([
      ['顾某军', ['困难职工']],
      ['常某芝', ['困难职工']],
    ]);
    expect(people('区总工会慰问了张某华、常某芝等困难职工。')).toEqual([
      ['张某华', ['困难职工']],
      ['常某芝', ['困难职工']],
    ]);
  });

  it('starts no role with a conjunction (而劳动部长许铭春)', () => {
    expect(people('政府将调高基本工资,而劳动部长许铭春日前接受访问时表示支持。')).toEqual([['许铭春', ['劳动部长']]]);
  });

  it('starts a role after a verb of sending (指派…中心主任某某)', () => {
    expect(people('市总工会当即指派巴中市农民工维权中心主任王晓荣一行赶赴济南。')).toContainEqual([
      '王晓荣',
      ['巴中市农民工维权中心主任'],
    ]);
  });

  it('reads a name an old person is called by after it (胥某生老人), and none in 空巢老人 or 留守老人', () => {
    expect(names('其中胥安生老人为迎接客人准备了茶水。')).toEqual(['胥安生']);
    expect(names('60岁的王云老人身患残疾。')).toEqual(['王云']);
    expect(names('工会看望空巢老人和留守老人。')).toEqual([]);
  });

  it('ends a name before a time word and its bracketed date, and starts none inside a title (主任吴先生)', () => {
    expect(people('工联会理事长黄国今日(7月15日)来到工人医疗所。').map(([n]) => n)).toEqual(['黄国']);
    expect(people('劳工权益及投诉主任吴先生:9699 6903')).toEqual([]);
    expect(people('工联会议员梁子颖联同沙田区议员陈善明视察。')).toContainEqual(['陈善明', ['沙田区议员']]);
  });

  it('reads a company’s bracket (仪电(集团)有限公司) as part of a role’s lead, and the company as its own body', () => {
    expect(people('工会主席、上海仪电(集团)有限公司职工董事顾文出席。')).toContainEqual([
      '顾文',
      ['工会主席', '上海仪电(集团)有限公司职工董事'],
    ]);
  });

  it('reads an honour won after 光荣当选 with its quotation closed', () => {
    expect(people('李晓宝、朱先波光荣当选2025年“大国工匠年度人物”。')).toEqual([
      ['李晓宝', ['2025年“大国工匠年度人物”']],
      ['朱先波', ['2025年“大国工匠年度人物”']],
    ]);
  });

  it('reads a name shortlisted (特聘教授甲入围) or named by an award (表彰命名乙等10名职工为…)', () => {
    expect(names('工匠学院特聘教授王某群入围提名人选。')).toEqual(['王某群']);
    expect(names('表彰命名鲍某珍等10名职工为“西宁工匠”。')).toEqual(['鲍某珍']);
  });

  it('reads no name whose given part is kin, a platform, a shop, a photo or a basin (职工和家属, 云平台, 肖像照, 江流域)', () => {
    expect(names('服务中心职工和家属接过理赔金。')).toEqual([]);
    expect(names('开通了服务职工云平台。')).toEqual([]);
    expect(names('为劳模拍摄一张劳模肖像照。')).toEqual([]);
    expect(names('生态环境部长江流域生态环境监督管理局参加。')).toEqual([]);
    expect(names('赤城新世纪商城执行经理作了发言。')).toEqual([]);
  });

  it('reads no name that is a verb taking people or an adverb, after a title too (委员包括5位, 学员简要介绍)', () => {
    expect(names('主席感谢离任委员,委员包括5位雇主代表。')).toEqual([]);
    expect(names('孙某向参训学员简要介绍了学校的发展历史。')).not.toContain('简要');
  });

  it('reads the last name of a 、-list joined on by 及 to what follows (领导甲、乙及来自…的职工)', () => {
    expect(names('市区领导杨某东、柴某龙及来自一线的环卫工人参加。')).toEqual(['杨某东', '柴某龙']);
  });

  it('reads the professional titles ending in 师 award lists give (高级工艺美术师, 副总飞行师) and 常任 before an office', () => {
    expect(people('某研究院高级工艺美术师潘某春等39人获此殊荣。')[0]?.[1]).toEqual(['某研究院高级工艺美术师']);
    expect(names('四川航空股份有限公司副总飞行师刘某健作报告。')).toEqual(['刘某健']);
    expect(names('劳福局常任秘书长刘某出席。')).toEqual(['刘某']);
  });

  it('reads a guest’s and a pupil’s name (男嘉宾甲说, 托管班学生乙) and 致词 as speaking', () => {
    expect(people('男嘉宾郑某明说他很高兴。')).toEqual([['郑某明', ['男嘉宾']]]);
    expect(names('爱心托管班学生王某丰说:好玩。')).toEqual(['王某丰']);
    expect(names('体委会主任阮某武致词表示感谢。')).toEqual(['阮某武']);
    expect(names('学生会主席出席。')).toEqual([]);
  });

  it('reads titled names joined by commas as a list (全国劳模甲,省劳模乙讲述…), not a word after a comma', () => {
    expect(names('节目中,全国劳模殷某,省劳模杨某标讲述故事。')).toEqual(['殷某', '杨某标']);
    expect(names('代表团由副主席魏某春率领,成员包括七名劳模。')).toEqual(['魏某春']);
  });

  it('ends a two-character name before 率 leading a group (王某率慰问组到…)', () => {
    expect(people('常务副主席王全率慰问组到琼海市慰问劳模。')).toEqual([['王全', ['常务副主席']]]);
  });

  it('reads no name from a place’s name before 共 (江苏共获13金), nor from 位 or 余 after a count (两位退休同志, 50余名女同志)', () => {
    expect(names('江苏共获13金12银10铜。')).toEqual([]);
    expect(names('区总工会常务副主席吕某共出席。')).toEqual(['吕某共']);
    // 两位退休同志: 位 after a numeral counts people.
    expect(names('郑某丽和刘某宾两位退休同志发表了退休感言。')).toEqual(['郑某丽', '刘某宾']);
    // 50余名女同志: 余 after a numeral is "more than".
    expect(names('机关50余名女同志分乘2辆大巴车前往。')).toEqual([]);
  });

  it('reads no name from everyday words opening on a surname (马上, 单身, 井下, 初选)', () => {
    expect(names('科右前旗总工会马上与这家快递公司相关负责人取得联系。')).toEqual([]);
    expect(names('广州花都“工会红娘”两年力促30对单身青年脱单。')).toEqual([]);
    expect(names('重点是煤矿井下作业,在安全生产工作中做出突出贡献的班组。')).toEqual([]);
    expect(names('共计35位收银选手经过企业内部初选走进决赛现场。')).toEqual([]);
    expect(names('她跟着几百名四川老乡一起回家,车厢里都是乡音。')).toEqual([]);
    expect(names('省去了挤车转车的麻烦,车上又都是熟人。')).toEqual([]);
  });

  it('reads no name after an office that runs on into a word (民主管理: 主管 of 民主 and 管理)', () => {
    expect(names('西安市总工会召开小型企业民主管理经验交流会。')).toEqual([]);
    expect(names('各单位要健全民主管理制度。')).toEqual([]);
  });

  it('reads no name from a mine named on a surname (马兰矿, 葛泉矿), as from a factory', () => {
    expect(names('马兰矿被评为“中国煤矿康居建设小康矿”。')).toEqual([]);
  });

  it('reads no name from everyday words opening on a surname (宣言, 应变, 牛奶, 游离, 资深, 劳保, 相聚, 任教)', () => {
    expect(names('特邀市委党校资深教授,市总工会相关部室负责人授课。')).toEqual([]);
    expect(names('此次培训邀请资深老师授课。')).toEqual([]);
    expect(names('检查职工劳保用品、发放、使用情况。')).toEqual([]);
    expect(names('近2000名干部职工相聚在运动场上。')).toEqual([]);
    expect(names('课程由专业导师任教。')).toEqual([]);
    expect(names('全院干警踊跃报名。对因病住院干警送上组织关怀。')).toEqual([]);
    expect(names('获奖选手和优秀裁判员合影。各位领导和战友参加。大家都认识他。')).toEqual([]);
    expect(names('向老同志致以节日的问候,祝愿老同志节日愉快。和老党员座谈。')).toEqual([]);
    expect(names('郑磊作为代表宣读了“苏州时代工匠”宣言。')).not.toContain('宣言');
    expect(names('理论知识、实操水平和临场应变进行了全方位比拼。')).toEqual([]);
    expect(names('发放水杯、牛奶、饼干等慰问品。')).toEqual([]);
    expect(names('近九成的建筑业农民工游离于工会组织之外。')).toEqual([]);
    // 县议员任内: during a term of office, right after the office.
    expect(names('感谢前理事长曾振炎在县议员任内积极反映劳工心声。')).toEqual(['曾振炎']);
    // 立法院修法: amending a law, right after the legislature that amends it.
    expect(people('在没有经过立法院修法以前,只有中华邮政才能发送信函。', '710000')).toEqual([]);
  });

  it('reads no name from festival fare made or a riddle guessed (包粽子, 边猜谜), though 包 and 边 are surnames', () => {
    expect(names('某公司工会组织职工包粽子。')).toEqual([]);
    expect(names('一位环卫工人大姐边猜谜,边称赞。')).toEqual([]);
    expect(names('副主席包某宗出席。')).toEqual(['包某宗']);
  });

  it('reads a name after a connective that opens a clause (最终王建国等10名…, 其中郑丽彬和谭浩然…)', () => {
    expect(names('经过层层筛选,最终王建国等10名技能大师脱颖而出。')).toEqual(['王建国']);
    expect(names('学校为他们续发奖学金,其中郑丽彬和谭浩然在上学年度取得最佳成绩。')).toEqual(['郑丽彬', '谭浩然']);
  });

  it('keeps a word that opens with 代表 in a role’s lead (代表团团长, 代表队领队, 代表性传承人)', () => {
    expect(people('湖南省总工会代表团团长张建国出席。')).toEqual([['张建国', ['湖南省总工会代表团团长']]]);
    expect(people('江苏代表队领队李明发言。')).toEqual([['李明', ['江苏代表队领队']]]);
    expect(people('国家级非遗代表性传承人吴笑梅现场指导。')).toEqual([['吴笑梅', ['国家级非遗代表性传承人']]]);
  });

  it('starts a role after a word of when or of a turn (随着工会副主席甲宣布, 会上校工会副主席乙, 但妇委主任丙指出)', () => {
    expect(people('随着集团工会主席吴少利宣布比赛开始，运动员入场。')).toEqual([['吴少利', ['集团工会主席']]]);
    expect(people('会上财务部长金海峰对经费使用进行讲解。')).toEqual([['金海峰', ['财务部长']]]);
    expect(people('但组织部长林锦仪指出，问题仍然存在。')).toEqual([['林锦仪', ['组织部长']]]);
  });

  it('starts a role after a word of the speakers’ order (接着财务部长甲, 最后组织部长乙)', () => {
    expect(people('接着财务部长金某对经费使用进行讲解。')).toEqual([['金某', ['财务部长']]]);
    expect(people('最后组织部长李某宁讲解了工会组建。')).toEqual([['李某宁', ['组织部长']]]);
  });

  it('reads the winners of a contest after their depot, calling or team (…工务段甲获…, 检测员乙获得, 丙一举夺魁)', () => {
    expect(names('金华高铁基础设施段胡乐获个人综合成绩第一名。')).toEqual(['胡乐']);
    expect(names('某水务公司水质检测员林立获得一等奖。')).toEqual(['林立']);
    expect(names('某运维所的郑和平拔得头筹。')).toEqual(['郑和平']);
    // A unit's last character alone, at a clause's start, is a surname (段某福一再叮嘱).
    expect(names('活动中,段荣福一再叮嘱职工们注意休息。')).not.toContain('荣福一');
  });

  it('starts a role after 产生 of an election (选举产生工会主席甲同志)', () => {
    expect(people('第一次全体会议选举产生工会主席胡乐同志。')).toEqual([['胡乐', ['工会主席']]]);
  });

  it('reads 作 opening a two-character given name (市委书记谭某钧), but not 作 as the verb after a name (张力作报告)', () => {
    expect(names('省委常委、市委书记胡作钧发表了讲话。')).toEqual(['胡作钧']);
    expect(names('工会主席张力作工作报告。')).toEqual(['张力']);
  });

  it('reads 镇 opening a two-character given name (主席黄某源), but not inside a town before a name (浦阳镇王女士)', () => {
    expect(names('镇总工会主席胡镇源带队来到企业。')).toEqual(['胡镇源']);
    expect(names('理赔金送到萧山区浦阳镇王女士手中。')).not.toContain('阳镇王');
  });

  it('reads a given name that is also a noun (先锋, 保安, 亚军) between an office and a verb, but not a conjunction and a noun', () => {
    expect(names('工会主席胡先锋主持会议。')).toEqual(['胡先锋']);
    expect(names('会议由上届工会主席胡保安主持。')).toEqual(['胡保安']);
    expect(names('一家物流公司经理胡亚军说,一大早就赶到市场。')).toEqual(['胡亚军']);
    expect(names('工会主席和职工代表参加。')).toEqual([]);
  });

  it('reads a name that is also a place between an office and a verb (常务副主席金山致闭幕词), but not a place after a verb of coming', () => {
    expect(names('市总工会党组书记、常务副主席金山致闭幕词。')).toEqual(['金山']);
    expect(names('随后,党组成员、副检察长沈阳通报了喜讯。')).toEqual(['沈阳']);
    expect(names('总书记来陕考察。')).toEqual([]);
    expect(names('技术高超的技术能手来新疆授课交流。')).toEqual([]);
  });

  it('ends an office taken at the next name taking its own (甲任工会主席、乙任经费审查委员), not at an office in 任 (、办公室主任)', () => {
    expect(people('其中,胡如意任工会主席、陈九龙任经费审查委员。')).toEqual([
      ['胡如意', ['工会主席']],
      ['陈九龙', ['经费审查委员']],
    ]);
    expect(people('胡如意任工会主席、办公室主任。')).toEqual([['胡如意', ['工会主席', '办公室主任']]]);
  });

  it('reads no name from a group named by its work (劳模宣讲团, 劳模关爱团代表), but 团 inside a name (吴团英)', () => {
    expect(names('劳模宣讲团共27名成员。')).toEqual([]);
    expect(names('邀请区总工会劳模关爱团代表参加。')).toEqual([]);
    expect(names('自治区总工会主席吴团英出席。')).toEqual(['吴团英']);
  });

  it('reads 和 after a title, a body or a quote as joining the next name (积极分子和叶某等3名), but 和 as a surname after an office', () => {
    expect(names('表彰张昕等20名优秀工会积极分子和叶彦等3名荣誉工会工作者。')).toContain('叶彦');
    expect(names('表彰张昕等20名优秀工会积极分子和叶彦等3名荣誉工会工作者。')).not.toContain('和叶彦');
    expect(names('市总工会党组书记、常务副主席和宝杰出席。')).toEqual(['和宝杰']);
  });

  it('reads no name from 和 and the others a list joins (司机和孩子, 领导和来宾, 省总工会和群团组织)', () => {
    expect(names('货运司机和孩子一起过节。')).toEqual([]);
    expect(names('市领导和来宾出席。')).toEqual([]);
    expect(names('分别代表省总工会和群团组织致辞。')).toEqual([]);
  });

  it('ends a name before listening, taking the stage or being engaged (主席甲倾听…, 劳模甲走上讲台, 工匠甲受聘…)', () => {
    expect(names('环卫所工会主席胡小蓓倾听工人们的心声。')).toEqual(['胡小蓓']);
    expect(names('劳模胡建芳走上讲台。')).toEqual(['胡建芳']);
    expect(names('闵行工匠胡少华受聘成为校外辅导员。')).toEqual(['胡少华']);
  });

  it('keeps a quoted honour in its holder’s title (全国“五一劳动奖章”获得者甲, 全国“五一”劳动奖章获得者乙)', () => {
    expect(people('全国“五一劳动奖章”获得者胡明义出席。')).toEqual([['胡明义', ['全国“五一劳动奖章”获得者']]]);
    expect(people('全国“五一”劳动奖章获得者胡文华出席。')).toEqual([['胡文华', ['全国“五一”劳动奖章获得者']]]);
  });

  it('reads no 记 of a profile’s subtitle into the title or the body (——记某某钢构有限公司总工程师甲)', () => {
    expect(people('——记中建钢构有限公司华南大区总工程师胡建新')).toEqual([
      ['胡建新', ['中建钢构有限公司华南大区总工程师']],
    ]);
  });

  it('ends a name before 手中 (从组长甲手中接过奖牌)', () => {
    expect(names('从省总工会纪检组长胡乐手中接过奖牌。')).toEqual(['胡乐']);
  });

  it('ends a name before 多次 and 接到 (主席甲多次采用…, 乡长乙接到通知)', () => {
    expect(names('某县总工会主席胡乐多次采用电话联系。')).toEqual(['胡乐']);
    expect(names('某乡乡长林立接到紧急通知。')).toEqual(['林立']);
  });

  it('keeps a role’s lead whole over 对接 and 有关 (诉调对接工作室负责人, 有关负责人), though 对 and 有 stop a lead', () => {
    expect(people('某区劳动争议诉调对接工作室负责人胡乐说。')).toEqual([
      ['胡乐', ['某区劳动争议诉调对接工作室负责人']],
    ]);
    expect(people('会上,有关负责人胡乐介绍了情况。')[0]?.[1]).toEqual(['有关负责人']);
  });

  it('reads an academician’s or a professor’s title written after the name as a role (肖序常院士, 王肖杰教授)', () => {
    expect(people('肖序常院士捐出4000元。')).toEqual([['肖序常', ['院士']]]);
    expect(people('会议邀请王肖杰教授作专题讲座。')).toEqual([['王肖杰', ['教授']]]);
    // 老师 and 师傅 are ways of addressing a person, no title.
    expect(people('会议邀请王肖杰老师作专题讲座。')).toEqual([['王肖杰', []]]);
  });

  it('starts a role after a verb of studying a leader’s words (贯彻落实总书记甲, 深刻领会甲总书记)', () => {
    expect(people('会议要求,深入贯彻落实总书记胡乐对技能人才工作的重要指示。')).toEqual([['胡乐', ['总书记']]]);
    expect(people('要深刻领会胡乐总书记重要指示精神。')).toEqual([['胡乐', ['总书记']]]);
  });

  it('reads names each followed by an office, joined by 、, as a list (甲院长、乙副院长), not offices alone', () => {
    expect(names('张某轩院长、牛某副院长陪同参观。')).toEqual(['张某轩', '牛某']);
    expect(names('市委书记、市长出席。')).toEqual([]);
  });

  it('reads quoted honours joined by 和 as two roles', () => {
    expect(people('吴洪波荣获“齐鲁大工匠”和“齐鲁工匠”称号。')).toEqual([['吴洪波', ['齐鲁大工匠', '齐鲁工匠']]]);
  });

  it('reads no name from a count after a surname-like character (由一名副主席带队)', () => {
    expect(people('区总工会由一名副主席带队进驻协会。')).toEqual([]);
  });

  it('reads no meta label as a byline name (作者:记者 某某 | 发布时间:…)', () => {
    expect(parseByline('记者 邵小桐 | 发布时间').map((p) => p.name)).toEqual(['邵小桐']);
  });

  it('reads no honour from a clause about others counted (率领…新当选的141名全国劳动模范)', () => {
    const [person] = people('省总工会主席戴玉林率领我省新当选的141名全国劳动模范赴京。');
    expect(person?.[1]).not.toContainEqual(expect.stringContaining('141'));
  });

  it('reads the names an election chose, after 选举出 or 选出, from the first of the list', () => {
    expect(names('共选举出张某帆、胡某梅、冯某华为工会委员。')).toEqual(['张某帆', '胡某梅', '冯某华']);
    expect(names('最终选出吴某飞、吴某蓓、宋某艳7位同志为新一届委员。')).toEqual(['吴某飞', '吴某蓓', '宋某艳']);
  });

  it('reads no first surname in a preposition before a list of names (副会长由黄国健、陈有海…)', () => {
    const names = people('会议推选吴秋北连任理事长,副会长由黄国健、陈有海、潘佩璆出任。').map(([n]) => n);
    expect(names).toContain('黄国健');
    expect(names).not.toContain('由黄国健');
  });

  it('gives 省 in a role no special region (省总工会常务副主席 on a page about Macau)', () => {
    const [person] = people('澳门工联总会访问团到访,省总工会常务副主席李长峰会见。', '820000');
    expect(person?.[1].join()).not.toContain('澳门特别行政区总工会');
  });

  it('reads no name from a surname and an office (林会长)', () => {
    expect(people('林会长表示,工会将继续争取。')).toEqual([]);
  });

  it('reads no name whose given part is a verb (市政府向受到表彰的…)', () => {
    expect(people('张军代表市委、市政府向受到表彰的先进集体表示祝贺。').map(([n]) => n)).toEqual(['张军']);
  });

  it('reads no name from a party named with 方 (局方续称, 警方表示, 处方会)', () => {
    expect(people('局方续称,按采购指引办理。')).toEqual([]);
    expect(names('局长孙某菡指处方会根据雇员提供的证据跟进。')).toEqual(['孙某菡']);
  });

  it('starts a role after a bracketed byline before it (〔记者某某/台中报导〕经济部长…)', () => {
    expect(people('〔記者黃旭磊/台中報導〕經濟部長龔明鑫1日上任。')).toContainEqual(['龚明鑫', ['经济部长']]);
  });

  it('reads a calling quoted as an honour before a name as its role (“最美职工”某某)', () => {
    expect(people('“最美职工”邝秋生在会上发言。')).toEqual([['邝秋生', ['最美职工']]]);
  });

  it('reads a specialist and a name before 组成 (技能专家某某, …组成宣讲团)', () => {
    expect(people('集团公司技能专家邝秋生,邮路投递员滕美玲组成宣讲团。')).toEqual([
      ['邝秋生', ['集团公司技能专家']],
      ['滕美玲', ['邮路投递员']],
    ]);
  });

  it('ends the offices taken at the next person’s election (甲当选为名誉会长、乙当选会长)', () => {
    expect(
      people('常州市劳动模范协会举行大会,邝秋生当选为名誉会长、滕美玲当选新一届会长。').map((p) => p[1].length),
    ).toEqual([1, 1]);
  });

  it('keeps 兼职 inside an office taken (当选某市总工会兼职副主席)', () => {
    expect(people('特级技师邝秋生当选上海市总工会兼职副主席。')[0]?.[1]).toContain('上海市总工会兼职副主席');
  });

  it('reads no name from a site named by its place and a dot (旺苍·中国红军城), or from 有史以来', () => {
    expect(names('旺苍·中国红军城被命名为职工思想教育基地。')).toEqual([]);
    expect(names('这是有史以来慰问金最高的一年。')).toEqual([]);
  });

  it('reads the honour granted after a count of 同志 as the role (授予甲等30名同志“某市劳动模范”称号)', () => {
    expect(people('市政府授予邝秋生等30名同志“某市劳动模范”荣誉称号。')).toEqual([['邝秋生', ['某市劳动模范']]]);
  });

  it('reads no name from a count of times (曾两次获得)', () => {
    expect(names('她曾两次获得全国先进工作者称号。')).toEqual([]);
  });

  it('reads no name from 有关/相关 (对有关事项提出意见)', () => {
    expect(names('职工代表对有关事项提出意见和建议。')).toEqual([]);
  });

  it('reads no name from a surname that ends a word (部门分管, 慰问金递给)', () => {
    expect(names('区直各部门分管负责同志出席。')).toEqual([]);
    expect(names('他把棉被和慰问金递给职工。')).toEqual([]);
  });

  it('reads a rider as a calling and no name from an honour (劳模和奖章获得者)', () => {
    expect(people('“感谢工会!”众包骑手邝秋生说道。')).toEqual([['邝秋生', ['众包骑手']]]);
    expect(names('尚未参加过疗休养的劳模和奖章获得者。')).toEqual([]);
  });

  it('reads 县上领导 as the county’s leaders', () => {
    expect(people('县上领导邝秋生、滕美玲出席会议。').map((p) => p[1])).toEqual([['县领导'], ['县领导']]);
  });

  it('does not run a role’s lead over a bracketed label, a wide colon or 然而', () => {
    expect(people('【本报消息】议员邝秋生表示支持。')).toEqual([['邝秋生', ['议员']]]);
    expect(people('主礼嘉宾︰财政司司长邝秋生致辞。')).toEqual([['邝秋生', ['财政司司长']]]);
  });

  it('reads a name after an age (50岁的某某)', () => {
    expect(names('58岁的邝秋生坐在台下。')).toEqual(['邝秋生']);
  });

  it('reads names before a count after a preposition or a list (对某等30名, 某、某共十人)', () => {
    expect(names('决定对邝秋生等30名职工授予荣誉称号。')).toEqual(['邝秋生']);
    expect(names('邝秋生、滕美玲、邬建东共三人获评工匠。')).toEqual(['邝秋生', '滕美玲', '邬建东']);
  });

  it('reads no name from everyday words that start or end on a surname (职工公寓, 队伍建设, 同事们)', () => {
    expect(names('前往集团职工公寓观摩。')).toEqual([]);
    expect(names('坚持以劳模精神引领队伍建设。')).toEqual([]);
    expect(names('非常感谢院领导和同事们的关心。')).toEqual([]);
    expect(names('报社原常务副总编辑邝秋生讲述了历史。')).toEqual(['邝秋生']);
  });

  it('reads a verb after an adverb of manner (认真交流, 亲切询问)', () => {
    expect(names('在车间,全国劳模邝秋生认真交流。')).toEqual(['邝秋生']);
  });

  it('gives a name two roles at two bodies from a role chain', () => {
    expect(people('清远市召开会议。清远市人大常委会副主任、市总工会主席周建华出席会议并讲话。')).toEqual([
      ['周建华', ['清远市人大常委会副主任', '清远市总工会主席']],
    ]);
  });

  it('reads the holder of a report (所作的) and stops a role’s lead at the verb before it', () => {
    expect(people('会议听取了公司总经理邢有农所作的行政工作报告。')).toEqual([['邢有农', ['公司总经理']]]);
    expect(people('会议听取工会主席王志刚的报告。')).toEqual([['王志刚', ['工会主席']]]);
  });

  it('ends a name before a conjunction that joins a second titled holder (董事长甲和总经理乙)', () => {
    expect(names('集团董事长王明和总经理李强出席会议。')).toEqual(['王明', '李强']);
    expect(names('公司董事长刘建和出席会议。')).toEqual(['刘建和']);
  });

  it('reads no name from a conjunction or preposition between two titles (职工代表和专业主持人, 组长由分管副区长)', () => {
    expect(names('现场有职工代表和专业主持人的朗诵。')).toEqual([]);
    expect(names('23名劳模和先进代表参加活动。')).toEqual([]);
    expect(names('协调小组组长由分管副区长担任。')).toEqual([]);
    expect(names('团队由种植、销售的专家和骨干组成。')).toEqual([]);
    // A form of address follows a name: 向 is the surname here.
    expect(names('会员代表向永林师傅等三人受邀参加座谈。')).toEqual(['向永林']);
    expect(people('晚会由主持人胡乐主持。')).toEqual([['胡乐', ['主持人']]]);
  });

  it('gives a part-time deputy’s office written once to each bare name listed after it (兼职副主席甲、乙、丙)', () => {
    expect(people('某市总工会兼职副主席胡乐、林立、郑和平出席会议。').map(([, roles]) => roles.length)).toEqual([
      1, 1, 1,
    ]);
  });

  it('gives a deputy’s office written once to each bare name listed after it with 、', () => {
    expect(people('佛山市总工会副主席林某江、丘某诚出席会议。')).toEqual([
      ['林某江', ['佛山市总工会副主席']],
      ['丘某诚', ['佛山市总工会副主席']],
    ]);
    // A head's office has one holder: the next bare name is not given it.
    expect(people('佛山市总工会主席张三、李四出席会议。')).toEqual([
      ['张三', ['佛山市总工会主席']],
      ['李四', []],
    ]);
  });

  it('keeps a federation whole in a role chain and gives a region’s 妇联 no other body', () => {
    expect(people('县总工会党组书记、副主席吴某康带队慰问。')).toEqual([
      ['吴某康', ['县总工会党组书记', '县总工会副主席']],
    ]);
    expect(people('群团工作部部长、总工会主席、妇联主席王某芳主持会议。')).toEqual([
      ['王某芳', ['群团工作部部长', '总工会主席', '妇联主席']],
    ]);
  });

  it('reads no name from a form of address (王阿姨, 李师傅)', () => {
    expect(names('环卫工人王阿姨欣慰地说道:“很暖心。”')).toEqual([]);
    expect(names('刚打扫完卫生的李师傅说:“现在能吹空调。”')).toEqual([]);
    expect(names('环卫工人王阿明欣慰地说。')).toEqual(['王阿明']);
  });

  it('reads an assistant’s office (校长助理, 助理处长) and a name before 用 or 致欢迎词', () => {
    expect(people('我校校长助理郭某红致欢迎词。')).toEqual([['郭某红', ['我校校长助理']]]);
    expect(people('获奖职工代表马某全用三个词表达了心情。')).toEqual([['马某全', ['获奖职工代表']]]);
  });

  it('gives names the calling counted after them, with no 等 or before a verb (三位市级劳模, 等6名劳模工匠参加)', () => {
    expect(people('区总工会看望慰问邱某明、罗某婷和张某清三位市级劳模。').map((p) => p[1])).toEqual([
      ['市级劳模'],
      ['市级劳模'],
      ['市级劳模'],
    ]);
    expect(roles('陈某寒、黄某江、李某等6名劳模工匠参加活动。', '李某')).toEqual(['劳模工匠']);
    // …三位老劳模家中: their homes may follow the calling.
    expect(roles('前往张某富、沈某坤和莫某中三位老劳模家中慰问。', '莫某中')).toEqual(['老劳模']);
  });

  it('reads two offices written with nothing between as two (党组书记常务副主席), not 人大常委副主任', () => {
    expect(roles('区总工会党组书记常务副主席臧某华出席会议。', '臧某华')).toEqual([
      '区总工会党组书记',
      '区总工会常务副主席',
    ]);
    expect(roles('市人大常委副主任、市总工会主席王某芬出席。', '王某芬')?.[0]).toBe('市人大常委副主任');
  });

  it('writes out an acting or the government’s place office (代县长 → 衡东县代县长, 政府副县长 → 裕民县副县长)', () => {
    expect(roles('衡东县召开会议,县委副书记、代县长袁立出席。', '袁立')).toEqual(['衡东县委副书记', '衡东县代县长']);
    expect(roles('裕民县召开会议,县委常委、政府副县长于涛出席。', '于涛')).toEqual(['裕民县委常委', '裕民县副县长']);
  });

  it('reads a newly filled office as the office (新任理事长甲, 新任全国人大代表乙)', () => {
    expect(roles('新任理事长许世勋从曾振炎手中接过印信。', '许世勋')).toEqual(['理事长']);
    expect(roles('新任全国人大代表袁国华表示。', '袁国华')).toEqual(['全国人大代表']);
  });

  it('gives the names after a colon, 还有 or 包括 the title before it, each the last one before it', () => {
    expect(people('出席会议的省领导还有:李光明、陈超群、范照亮。').map((p) => p[1])).toEqual([
      ['省领导'],
      ['省领导'],
      ['省领导'],
    ]);
    expect(roles('雇员代表:周明松、陈耀光、邓家文;雇主代表:何世明、麦建华、施荣生。', '何世明')).toEqual(['雇主代表']);
    expect(roles('理事长:陈家良、副理事长:莫伟成、周宜心、陆南德。', '周宜心')).toEqual(['副理事长']);
  });

  it('reads a reporter after a newsroom’s pen-name (乐工记者甲) and a county’s media brand (龙岗融媒记者 甲)', () => {
    expect(bylinesInText('本报讯(乐工记者向某文)8月8日,市总工会召开会议。')).toEqual([
      { name: '向某文', title: '记者' },
    ]);
    expect(bylinesInText('51网讯(夹工 记者 杨某波)12月18日,市总工会召开会议。')).toEqual([
      { name: '杨某波', title: '记者' },
    ]);
    expect(bylinesInText('(龙岗融媒记者 尹某)近日,区总工会召开会议。')).toEqual([
      { name: '尹某', title: '龙岗融媒记者' },
    ]);
    // An outlet holding 工 is no pen-name.
    expect(bylinesInText('(河南工人日报记者 胡某)近日,省总工会召开会议。')).toEqual([
      { name: '胡某', title: '河南工人日报记者' },
    ]);
  });

  it('reads short reporters’ roles (融媒记者), writers signed (甲/文) and a name after 消息 (…消息(甲))', () => {
    expect(bylinesInText('本报讯(融媒记者王某 丁某)近日,市总工会开展活动。')).toEqual([
      { name: '王某', title: '融媒记者' },
      { name: '丁某', title: '融媒记者' },
    ]);
    expect(bylinesInText('职工们回到各自岗位。(向修荣/文)')).toEqual([{ name: '向修荣', title: '作者' }]);
    expect(bylinesInText('四川在线泸州消息(翁大彬)近日,市总工会开展活动。')).toEqual([
      { name: '翁大彬', title: '作者' },
    ]);
  });

  it('reads no one from a graphics credit’s label ((文/甲 制图/乙))', () => {
    expect(bylinesInText('活动圆满结束。(文/刘映红 制图/张钊)').map((p) => p.name)).not.toContain('制图');
  });

  it('reads a magazine’s own reporters on an author line (作者:本刊记者 甲 乙 2025-05-19)', () => {
    expect(bylinesInText('《英才》半月刊 作者:本刊记者 胡乐 林立 2025-05-19')).toEqual([
      { name: '胡乐', title: '本刊记者' },
      { name: '林立', title: '本刊记者' },
    ]);
  });

  it('reads an author line that is a byline (作者: 全媒体记者甲 通讯员乙)', () => {
    expect(bylinesInText('作者: 全媒体记者汪某 通讯员万某芳 来源:某某日报 字数:379')).toEqual([
      { name: '汪某', title: '全媒体记者' },
      { name: '万某芳', title: '通讯员' },
    ]);
  });

  it('reads no name without a surname that is a phrase (干事创业激情, 秘书长披挂上阵)', () => {
    expect(names('充分调动广大职工干事创业激情,争当领头雁。')).toEqual([]);
    expect(names('县委常委、常务副县长达瓦次仁,出席会议。')).toEqual(['达瓦次仁']);
    // A married woman's name in Taiwan or Hong Kong opens with two surnames.
    expect(names('某县总工会理事长陈蒋某美,出席会议。')).toEqual(['陈蒋某美']);
  });

  it('reads no given name that is a time or an event noun (选手和近年入职的…, 保安康活动)', () => {
    expect(names('往届竞赛的种子选手和近年入职的新锐选手同台竞技。')).toEqual([]);
    expect(names('开展工会送清凉防暑保安康活动。')).toEqual([]);
  });

  it('reads no bare name from a clause of when or a committee’s name after an office (议员质询时表示, 执委会通过)', () => {
    expect(names('局长孙某菡昨日回覆议员质询时表示,会跟进。')).toEqual(['孙某菡']);
    expect(names('消息指,职工盟执委会通过启动解散程序。')).toEqual([]);
  });

  it('reads a transliterated name after an office or a calling, ending at a preposition or a conjunction too', () => {
    expect(people('色尼区委副书记米玛多吉在讲话中指出。')).toEqual([['米玛多吉', ['那曲市色尼区委副书记']]]);
    expect(people('正如参赛选手代表阿旺卓玛在发言中所说。')).toEqual([['阿旺卓玛', ['参赛选手代表']]]);
    expect(names('获奖选手热夏提说,感谢工会。')).toEqual(['热夏提']);
    // A phrase of such characters is no name after a group's calling with no verb after it.
    expect(names('职工代表和全体会员出席。')).toEqual([]);
  });

  it('ends a role chain at an office written after another name (代表甲理事长、…代表乙)', () => {
    expect(people('包括总工会代表陈某林理事长、大台南总工会代表郑某林理事长等人,拜会台南市长黄某哲。')).toEqual([
      ['陈某林', ['总工会代表']],
      ['郑某林', ['大台南总工会代表']],
      ['黄某哲', ['台南市长']],
    ]);
  });

  it('reads a name with a surname the lexicon lacks between an office and a verb (副主席卯某涛出席)', () => {
    expect(names('省总工会党组成员、副主席卯某涛出席会议并讲话。')).toEqual(['卯某涛']);
    expect(names('县总工会常务副主席娜布琪说。')).toEqual(['娜布琪']);
    expect(names('职工董事、职工监事候选人代表发言。')).toEqual([]);
    expect(names('主席团成员出席会议。')).toEqual([]);
  });

  it('reads a name after a skill grade, an honour, a candidacy or a trade (主任技能师刘某荣, 建功标兵童某丫, 副主席候选人邬某宇, 砌筑工李某均)', () => {
    expect(names('设备制造厂铣工、高级技师、主任技能师刘某荣也与代表进行了互动。')).toEqual(['刘某荣']);
    expect(names('表彰上海市巾帼建功标兵童某丫、五一劳动奖章获得者张某。')).toEqual(['童某丫', '张某']);
    expect(names('自治区总工会党组成员、副主席候选人邬某宇出席会议。')).toEqual(['邬某宇']);
    expect(names('金奖选手包括网约送餐员全某晓,建筑行业砌筑工李某均。')).toEqual(['全某晓', '李某均']);
  });

  it('reads names after a company’s short offices and a project’s command (维修副总张某, 总助薛某斌, 常务副指挥长陈某斌)', () => {
    expect(names('副总裁杨某伟、维修副总张某、总助薛某斌带领选手参赛。')).toEqual(['杨某伟', '张某', '薛某斌']);
    expect(names('会议由104国道改线工程常务副指挥长陈某斌主持。')).toEqual(['陈某斌']);
  });

  it('reads names before the verbs of sweeping a contest (包揽, 勇夺) and before 感动的说', () => {
    expect(names('经过激烈角逐,来自宜港集团的李某、李某奎、袁某包揽了三个项目一等奖。')).toEqual([
      '李某',
      '李某奎',
      '袁某',
    ]);
    expect(names('决赛中钳工陈某刚勇夺桂冠。')).toEqual(['陈某刚']);
    expect(names('快递小哥张某激动的说:“谢谢工会。”')).toEqual(['张某']);
  });

  it('reads a transliterated name after one person’s calling (牦牛育肥专家巴桑旺堆,), not words after a group’s (行业代表增加较多,)', () => {
    expect(names('研究所研究员、牦牛育肥专家巴桑旺堆,车间主任高某胜出席。')).toEqual(['巴桑旺堆', '高某胜']);
    expect(names('数字经济行业代表增加较多,占比提高。')).toEqual([]);
  });

  it('takes the title a counted group was named after 同志为 as their role (沈某玲等45名同志为…巾帼标兵)', () => {
    expect(people('沈某玲等45名同志为无锡市五一巾帼标兵。')).toEqual([['沈某玲', ['无锡市五一巾帼标兵']]]);
  });

  it('reads Amdo and Kham names, whose syllables differ from Lhasa’s (党组书记仁青永珍, 工会主席多杰冷青)', () => {
    expect(names('县劳动保障局党组书记仁青永珍,县总工会主席多杰冷青、办公室主任何某梅为劳模敬献哈达。')).toEqual([
      '仁青永珍',
      '多杰冷青',
      '何某梅',
    ]);
  });

  it('reads a four-character name of a name’s shape between an office and a verb (部长达瓦卓玛表示), and no four words', () => {
    expect(names('拉萨市总工会权益保障部部长达瓦卓玛表示,大赛取得了圆满成功。')).toEqual(['达瓦卓玛']);
    expect(names('工会主席创业激情表示感谢。')).toEqual([]);
  });

  it('reads a name after a calling when an adverb opens what the person did (律师栗某龙一起办案)', () => {
    expect(names('法律援助团队的资深律师栗某龙一起办案。')).toEqual(['栗某龙']);
    expect(names('市总工会干部学校讲师杨某芳分别围绕工会经费审查作辅导。')).toEqual(['杨某芳']);
  });

  it('reads a transliterated name listed among names, and none listed among brands', () => {
    expect(names('蒙某、布赫巴雅尔、宋某环、付某迪等23名职工荣获全国五一劳动奖章。')).toEqual([
      '蒙某',
      '布赫巴雅尔',
      '宋某环',
      '付某迪',
    ]);
    expect(names('长城、雪铁龙、长安、桑塔纳、大众等8个品牌参赛。')).toEqual([]);
  });

  it('stops a role’s lead at 代表, 感谢 and a date (8月中旬)', () => {
    expect(people('副秘书长张某春代表市长卢某燕致辞。')).toEqual([
      ['张某春', ['副秘书长']],
      ['卢某燕', ['市长']],
    ]);
    expect(people('8月中旬茂县县委常委周某鸿带队慰问。')).toEqual([['周某鸿', ['茂县县委常委']]]);
  });

  it('reads no name whose given name is a body’s suffix (各部门分会负责人)', () => {
    expect(names('各部门分会负责人参加培训。')).toEqual([]);
  });

  it('ends a name before a two-character adverb with 地 (王某高兴地说)', () => {
    expect(names('外卖小哥王某高兴地说:“真方便。”')).toEqual(['王某']);
  });

  it('reads a name after a familiar calling (环卫大姐任某芳)', () => {
    expect(people('环卫大姐任某芳激动地说道:“很方便。”')).toEqual([['任某芳', ['环卫大姐']]]);
  });

  it('gives a title no body that a stop stands between (…劳工局专门委员甲代表市长乙)', () => {
    expect(people('某市政府劳工局专门委员陈某菲代表市长卢某燕出席。')).toEqual([
      ['陈某菲', ['某市政府劳工局专门委员']],
      ['卢某燕', ['市长']],
    ]);
  });

  it('reads a speaker’s caption with its title spaced off (某公司员工 张某亮:)', () => {
    expect(people('四川某塑业有限公司员工 张某亮:感谢工会对我们的关心。')).toEqual([
      ['张某亮', ['四川某塑业有限公司员工']],
    ]);
  });

  it('reads a name before what craftsmen show (现场展示了), before 通过 (马某通过视频…) and after 年度人物', () => {
    expect(names('陆某平、许某斌现场展示了精湛技艺。')).toEqual(['陆某平', '许某斌']);
    expect(names('全国总工会党组成员马璐通过视频连线讲话。')).toEqual(['马璐']);
    expect(names('大国工匠年度人物李辉介绍经验。')).toEqual(['李辉']);
  });

  it('reads a Hong Kong legislator after the constituency the seat is for (劳工界李某), and the debate’s verbs', () => {
    expect(people('工联会、劳工界李广宇认为可以应用更多无人机。')).toEqual([['李广宇', ['劳工界']]]);
    expect(names('选委界伍焕杰问到。街工的梁耀忠则质疑。')).toEqual(['伍焕杰', '梁耀忠']);
  });

  it('starts a name right after 其中, which opens its clause (其中孙某文和孟某峰获…)', () => {
    expect(names('其中孙良文和孟祥峰获“某检测”赛项第2名和第5名。')).toEqual(['孙良文', '孟祥峰']);
  });

  it('reads no name from a slogan’s verb 强 (强基础、强服务, 职工强本领), but a titled 强 with a verb after it', () => {
    expect(names('坚持强引领、强对标、强统筹、强基础、强改革、强服务。')).toEqual([]);
    expect(names('为职工强本领、展技能、创佳绩。')).toEqual([]);
    expect(names('副市长强某东出席会议。')).toEqual(['强某东']);
  });

  it('reads no office across the place a body’s name opens with (重庆市|长江职业培训学校), so no name inside it', () => {
    expect(names('在重庆市长江职业培训学校中式烹调师竞赛现场,选手认真比赛。')).toEqual([]);
  });

  it('ends a name before 成功 and reads no name from 全数 or from 于 before an adverb (议员于会上提出)', () => {
    expect(names('理事长黄某成功连任。')).toEqual(['黄某']);
    expect(names('新当选的七位议员全数出席。')).toEqual([]);
    expect(names('周某松议员于会上提出以下关注。')).toEqual(['周某松']);
  });

  it('reads names with rare surnames whose characters hardly occur in words (贠, 撖, 幺)', () => {
    expect(names('区总工会党组书记、常务副主席撖某鹏出席。')).toEqual(['撖某鹏']);
    expect(names('市领导康某、贠某冬出席。')).toEqual(['康某', '贠某冬']);
  });

  it('reads a listed name before 携 (taking along): 副经理甲、乙携公司货车司机…', () => {
    expect(names('副经理王某亮、侯某祯携公司货车司机出席。')).toEqual(['王某亮', '侯某祯']);
  });

  it('ends a name before 感谢 (thanking), not with its 感', () => {
    expect(names('监事会主席、工会主席冯某感谢了市总工会。')).toEqual(['冯某']);
  });

  it('reads no name opening with an adverb (代表陆续前来) or ending in a word (选手和团体)', () => {
    expect(names('一批批代表陆续前来签到。')).toEqual([]);
    expect(names('并对获奖选手和团体通报表扬。')).toEqual([]);
  });

  it('ends a name before 第一时间 (主席陈某第一时间要求), not with its 第', () => {
    expect(names('工会主席陈颖第一时间要求工会应势而动。')).toEqual(['陈颖']);
  });

  it('ends a name before 一边 (快递员王某一边清点物资), not with its 一', () => {
    expect(names('快递员王胜一边清点物资一边说。')).toEqual(['王胜']);
  });

  it('reads a craft’s masters and apprentices as callings (名师甲, 徒弟乙, 中国烹饪大师丙), not 大师 alone', () => {
    expect(people('名师夏超授课。')).toEqual([['夏超', ['名师']]]);
    expect(people('中国烹饪大师尹亲林现场示范。')).toEqual([['尹亲林', ['中国烹饪大师']]]);
    expect(names('中华技能大奖获得者潘玉华大师、专委会副主任委员王军民出席。')).toEqual(['王军民']);
  });

  it('reads a given name that is also an adverb between an office and a verb (县委常委刘光荣宣读…)', () => {
    expect(names('县委常委刘光荣宣读了表扬通知。')).toEqual(['刘光荣']);
    expect(names('全体职工热情接待了来宾。')).toEqual([]);
  });

  it('reads a name its office follows after 由 or 以 (亦由黄某杉理事长代表出席), not after 也 (他也盛赞陈县长)', () => {
    expect(people('某县职业工会亦由黄某杉理事长代表出席。')).toEqual([['黄某杉', ['理事长']]]);
    expect(names('他也盛赞陈县长对县内景点如数家珍。')).toEqual([]);
  });

  it('reads no name from everyday words or a Taiwan city before its mayor (职工呼声, 学生公厕, 高雄市长)', () => {
    expect(names('积极倾听职工呼声和诉求。')).toEqual([]);
    expect(names('学生公厕还是旱厕,职工很关心。')).toEqual([]);
    expect(names('高雄市长陈其迈出席活动。')).toEqual(['陈其迈']);
    // A department's words (宣教部部长), a committee seat (文娱委员) and a salon (好书推荐沙龙) are no names.
    expect(names('市总工会宣教部部长、班级文娱委员参加好书推荐沙龙分享会。')).toEqual([]);
  });

  it('reads no office from a prefix alone (资深大律师, 比赛的名誉评判)', () => {
    expect(people('主席由郑某骅资深大律师出任。').flatMap(([, roles]) => roles)).not.toContain('资深');
    expect(people('由局长黄某雄担任比赛的名誉评判及颁奖嘉宾。')).toEqual([['黄某雄', ['局长']]]);
  });

  it('reads Hong Kong’s offices as titles (立法会议员, 民政事务专员)', () => {
    expect(names('立法会议员黄志明说,工会要维护劳工权益。观塘民政事务专员何国强出席。')).toEqual(['黄志明', '何国强']);
  });

  it('reads a contest’s chief referee as an office (裁判长, 总裁判长), not a company’s 总裁', () => {
    expect(people('赛事由裁判长陆某忠带队的专业团队执裁。')).toEqual([['陆某忠', ['裁判长']]]);
    expect(roles('本届大赛总裁判长许某超宣布比赛开始。', '许某超')).toEqual(['本届大赛总裁判长']);
  });

  it('reads Taiwan’s political deputy minister as a title (劳动部政务次长), not 次长 of 这次长荣航空', () => {
    expect(names('本次奖项由劳动部政务次长李某鸿亲自颁发。')).toEqual(['李某鸿']);
    expect(names('但这次长荣航空的争议引发关注。')).toEqual([]);
  });

  it('reads a list as like items: no name after goods, names after a name', () => {
    expect(names('同时,为他们送上茶叶、藿香正气水、花露水等慰问物品。')).toEqual([]);
    expect(names('市总工会主席张建华、李明等慰问了一线职工。')).toEqual(['张建华', '李明']);
  });

  it('reads a list of names on past an item that weighs little (于川) or that no candidate reads (李委)', () => {
    expect(names('市县领导崔某斌、于川、段某刚、贾某辉参加活动。')).toEqual(['崔某斌', '于川', '段某刚', '贾某辉']);
    expect(names('住建系统的王某俊、穆某银、李委、卢某祥、郑某勋荣获省五一劳动奖章。')).toEqual([
      '王某俊',
      '穆某银',
      '卢某祥',
      '郑某勋',
    ]);
  });

  it('reads a bare 总工会 in a role chain as the federation of the chain’s place, not a unit of its body', () => {
    expect(people('湖北省远安县委常委、宣传部长、总工会主席孙丽萍带队。')).toEqual([
      ['孙丽萍', ['湖北省远安县委常委', '湖北省远安县委宣传部长', '远安县总工会主席']],
    ]);
    // The offices after it are the federation's, not the congress's before it.
    expect(roles('远安县人大常委会党组成员、副主任、总工会党组书记、主席梅某菊主持会议。', '梅某菊')?.slice(2)).toEqual(
      ['远安县总工会党组书记', '远安县总工会主席'],
    );
  });

  it('reads an office written after a name, and a group named after a list', () => {
    expect(people('劳工事务局梁家豪局长、陈美玲副局长出席。').map(([name]) => name)).toEqual(['梁家豪', '陈美玲']);
    expect(names('分别对王建林、张清林等困难劳模进行了慰问。')).toEqual(['王建林', '张清林']);
  });

  it('does not take an honour named by pointing back for a role (荣获此荣誉称号)', () => {
    const [liao] = people('漳州第一技工学校廖如云等11名职工荣获此荣誉称号。');
    expect(liao?.[0]).toBe('廖如云');
    expect(liao?.[1]).not.toContain('此');
  });

  it('does not carry a body past a person and a conjunction, nor into a publication’s office', () => {
    expect(people('选举全国总工会副主席赵万里和全总书记处书记薛明远为名誉会长。').map(([n, r]) => [n, r[0]])).toEqual([
      ['赵万里', '中华全国总工会副主席'],
      ['薛明远', '中华全国总工会书记处书记'],
    ]);
    const [, liu] = people('改选宣教部副部长董文丽为会长;增选《工人日报》副总编辑刘新华为副会长。');
    expect(liu?.[1][0]).toBe('副总编辑');
    expect(names('全总宣教部以及有关方面负责人参加了会议。')).toEqual([]);
  });

  it('does not read an idiom that repeats its first character as a name (任劳任怨)', () => {
    expect(names('在任职期间,任劳任怨,身先士卒,1995年被评为自治区劳动模范。')).toEqual([]);
  });

  it('does not chain a calling that is a verb’s object across a comma, but does one that opens its clause', () => {
    expect(people('慰问农牧民工和八大群体会员,市总工会党组成员、副主席苏日娜出席活动。')[0]?.[1]).not.toContain(
      '八大群体会员',
    );
    expect(people('全国五一劳动奖章获得者,奇瑞汽车股份有限公司高级技师王学勇出席。')[0]?.[1]).toContain(
      '全国五一劳动奖章获得者',
    );
  });

  it('reads a name without a surname after an office when a day follows it, not a count', () => {
    expect(names('卡若区人力资源和社会保障局副局长次仁多吉26日称,培训中心已开办。')).toEqual(['次仁多吉']);
    expect(names('工会副理事长人数增至12人。')).toEqual([]);
  });

  it('reads a studio’s 领衔人 as a calling', () => {
    expect(names('黎明职业大学相关负责人、工作室领衔人陈加林参加活动。')).toContain('陈加林');
  });

  it('does not start a name on the last character of a body’s suffix (分公司代某同志)', () => {
    expect(names('浙江分公司司明远同志荣获五一劳动奖章。')).toEqual(['司明远']);
    expect(names('浙江分公司代明同志荣获五一劳动奖章。')).not.toContain('司代明');
  });

  it('carries a body over to the next title after 、', () => {
    expect(people('清远市总工会党组书记、常务副主席欧阳明主持会议。')).toEqual([
      ['欧阳明', ['清远市总工会党组书记', '清远市总工会常务副主席']],
    ]);
  });

  it('keeps a rank to the person, not to the body before it', () => {
    expect(people('清远市总工会办公室主任、一级调研员黄伟出席。')[0]?.[1]).toEqual([
      '清远市总工会办公室主任',
      '一级调研员',
    ]);
  });

  it('writes out the place of an office that heads it', () => {
    expect(people('东莞市召开大会。市长张建华出席。')).toEqual([['张建华', ['东莞市市长']]]);
  });

  it('needs a verb after a name that follows a calling such as 劳模', () => {
    expect(people('开展劳模宣讲等活动。')).toEqual([]);
    expect(people('参赛选手黄志坚坦言,比赛很难。')).toEqual([['黄志坚', ['参赛选手']]]);
  });

  it('reads 同志 and 总书记, but not a description before 同志', () => {
    expect(names('经选举,王立新同志当选为常务副主席。')).toEqual(['王立新']);
    expect(people('深入学习贯彻刘国强总书记的讲话精神。')).toEqual([['刘国强', ['总书记']]]);
    expect(people('省总工会相关负责同志到会指导。')).toEqual([]);
  });

  it('reads winners of a place or a prize, listed ones too', () => {
    expect(
      names('炼油一部的刘志远获得化工总控工项目第一名;维修中心的张丽萍、陈浩分获电工项目第一名和第二名。'),
    ).toEqual(['刘志远', '张丽萍', '陈浩']);
    expect(people('全区获得一等奖的企业有三家。')).toEqual([]);
  });

  it('does not end a name inside the verb after it', () => {
    expect(names('韶关市委常委、市总工会主席赵红陪同调研。')).toEqual(['赵红']);
  });

  it('reads a list of honoured people after their callings', () => {
    expect(people('全国劳动模范谭建军、湖南省劳动模范周敏等10余名劳模代表参加座谈。')).toEqual([
      ['谭建军', ['全国劳动模范']],
      ['周敏', ['湖南省劳动模范']],
    ]);
  });

  it('reads the speaker of a quotation, not a place that speaks', () => {
    expect(names('“管网一刻也不能停。”王海涛说。')).toEqual(['王海涛']);
    expect(names('王海涛表示,要坚持下去。')).toEqual(['王海涛']);
    expect(people('高明表示,要坚持下去。')).toEqual([]);
  });

  it('reads no name in a short quotation that holds a calling too (“工匠云直播”, “中国工人蓝沙发”)', () => {
    expect(names('每天组织“工匠云直播”活动,开展“中国工人蓝沙发”对话。')).toEqual([]);
    expect(names('“最美职工”李某出席。')).toEqual(['李某']);
    // Quoted speech that ends in a titled name is still speech.
    expect(names('他说:“这些年来我最想感谢的人就是劳模李某”。')).toEqual(['李某']);
  });

  it('reads no name in 于近期, 关于, 感谢老同志 or 主席和谭部长 (a conjunction, a surname and an office)', () => {
    expect(names('某公司华南事业部于近期组织开展专项检查工作。')).toEqual([]);
    expect(names('传达全总领导关于做好“五一”前后工作的重要批示精神。')).toEqual([]);
    expect(names('感谢老同志对公司做出的卓越贡献。')).toEqual([]);
    expect(names('接着,曹主席和谭部长作了热情洋溢的讲话。')).toEqual([]);
    expect(names('主席于某出席。谢某同志讲话。')).toEqual(['于某', '谢某']);
  });

  it('reads no name in 领导班子, 战时, 有利条件 or 时已 (an adverb’s 已), and ends one before 特 (县长甲特出席)', () => {
    expect(names('某市总工会领导班子带队慰问一线职工。')).toEqual([]);
    expect(names('战时化作堡垒,团结引导无数工人。')).toEqual([]);
    expect(names('同时机遇和有利条件也是前所未有。')).toEqual([]);
    expect(names('我刚才步入会场时已感受到现场的热闹气氛。')).toEqual([]);
    expect(names('县长林某溱特出席致贺。')).toEqual(['林某溱']);
    expect(names('市总工会领导班子成员王某出席。')).toEqual(['王某']);
  });

  it('reads no name in a verb of coming and a province’s short name after an office (总书记来陕考察)', () => {
    expect(names('深入学习贯彻习近平总书记来陕考察重要讲话精神。')).toEqual(['习近平']);
    expect(names('市委书记来京参加会议。')).toEqual([]);
    expect(names('副主席来某出席。')).toEqual(['来某']);
  });

  it('reads a name that is also a place when a space sets it off before its employer and title', () => {
    expect(names('获奖者有:\n上海:江源 华东师范大学第一附属中学教师')).toContain('江源');
    expect(names('高明安华陶瓷有限公司总经理出席。')).toEqual([]);
  });

  it('reads every name of a 、-list when one of them is a person, and shares a group calling', () => {
    expect(people('佛山市召开大会。市领导张伟、李强、王芳出席会议。')).toEqual([
      ['张伟', ['佛山市领导']],
      ['李强', ['佛山市领导']],
      ['王芳', ['佛山市领导']],
    ]);
  });

  it('does not read a list of everyday words as names', () => {
    expect(people('会议要求做到高效、安全、方便。')).toEqual([]);
    expect(people('主席向大家介绍了情况。')).toEqual([]);
  });

  it('gives listed workers their employers and the honour the list won', () => {
    expect(people('甲乙机械有限公司陈明、丙丁电子有限公司刘洋等5人荣获全国五一劳动奖章。')).toEqual([
      ['陈明', ['甲乙机械有限公司', '全国五一劳动奖章获得者']],
      ['刘洋', ['丙丁电子有限公司', '全国五一劳动奖章获得者']],
    ]);
  });

  it('reads the offices a clause elects, one to each name with 分别', () => {
    expect(people('会议选举产生新一届领导机构,林海、周洋分别当选主席及秘书长。').map((p) => p[1])).toEqual([
      ['主席'],
      ['秘书长'],
    ]);
  });

  it('reads names written with a middle dot and names without a known surname after an office', () => {
    expect(names('市总工会主席买买提·艾力将慰问品送到职工手中。')).toEqual(['买买提·艾力']);
    expect(names('县委常委、副县长扎西顿珠,县总工会负责人参加活动。')).toEqual(['扎西顿珠']);
  });

  it('ends a name before 以及 and reads an honour won after 荣获了', () => {
    expect(names('市委副书记、市长王刚以及市委领导参加了活动。')).toEqual(['王刚']);
    expect(people('创新团队成员贾学武、王雷分别荣获了“松原市经济技术创新能手”称号。')).toEqual([
      ['贾学武', ['创新团队成员', '松原市经济技术创新能手']],
      ['王雷', ['创新团队成员', '松原市经济技术创新能手']],
    ]);
  });

  it('does not read 市场 or 市政 at the start of a role as the city', () => {
    expect(people('长春市总工会消息。市场监管局局长王明讲话,市长李强出席。')).toEqual([
      ['王明', ['市场监管局局长']],
      ['李强', ['长春市市长']],
    ]);
  });

  it('reads a list of workers by the units they work in (铸造事业部杨某、工程研究院黄某)', () => {
    expect(people('他们分别为原五发厂张锦成、铸造事业部杨健、工程研究院黄志恩。')).toEqual([
      ['张锦成', ['原五发厂']],
      ['杨健', ['铸造事业部']],
      ['黄志恩', ['工程研究院']],
    ]);
  });

  it('reads an office with a note on its duty before the name, and a name before 相继', () => {
    expect(people('矿长刘某明,工会副主席(主持工作)吴大斌出席。')).toEqual([
      ['刘某明', ['矿长']],
      ['吴大斌', ['工会副主席']],
    ]);
    expect(names('职工代表胡军、苏同艳相继做了表态发言。')).toEqual(['胡军', '苏同艳']);
  });

  it('reads a three-character name before 获评 though its last character starts 荣获', () => {
    expect(names('五公司工会副主席陈大荣获评“优秀个人”。')).toEqual(['陈大荣']);
    expect(names('陈浩分获一等奖。')).toEqual(['陈浩']);
  });

  it('reads a name before an adverb and 了解, and no occupation after 和 as a name', () => {
    expect(names('县总工会副主席耿芳详细了解了他的生活现状。')).toEqual(['耿芳']);
    expect(names('困难职工代表和交警等一线职工代表参加。')).toEqual([]);
  });

  it('reads a person after a calling who signs or watches (学员刘某签订, 职工代表王某看着)', () => {
    expect(people('工匠杨某与学员刘某鑫签订了名师带徒协议。')).toContainEqual(['刘某鑫', ['学员']]);
    expect(people('职工代表王某勇看着新修的路面点赞。')).toEqual([['王某勇', ['职工代表']]]);
  });

  it('reads a name a prize list spaces off its unit (市民政局 宋某华 ;…), not a word spaced off a body', () => {
    expect(people('个人组二等奖:敦化市民政局 宋某华 ;敦化市人民法院吴某珊。')).toEqual([
      ['宋某华', ['敦化市民政局']],
      ['吴某珊', ['敦化市人民法院']],
    ]);
    expect(names('敦化市民政局 安全生产月启动。')).toEqual([]);
  });

  it('reads the person whose home is visited (在…李某家中), not 国家中心', () => {
    expect(people('在困难职工王建国家中,慰问组详细询问。')).toEqual([['王建国', ['困难职工']]]);
    expect(people('在困难职工代表郑某平家里,主席与他交流。')).toEqual([['郑某平', ['困难职工代表']]]);
    expect(names('积极投身郑州国家中心城市建设。')).toEqual([]);
  });

  it('does not read a word made an adverb by 地 as a name (高兴地)', () => {
    expect(names('农场负责人高兴地向镇总工会主席左兆东同志介绍。')).toEqual(['左兆东']);
    // 欣慰地叮嘱, 哽咽地说: an adverb with 地 before the verb, after a title, is no name either.
    expect(names('巨主席欣慰地叮嘱驿站工作人员。')).toEqual([]);
    expect(names('廖某琼书记哽咽地说,感谢工会。')).toEqual(['廖某琼']);
  });

  it('reads a list of candidates with each one’s body and office in brackets', () => {
    expect(
      people('获提名的候选人如下:\n•梁某庭(香港公务员工会联合会主席);\n•叶某明(香港民用航空事业职工总会副秘书长);'),
    ).toEqual([
      ['梁某庭', ['香港公务员工会联合会主席']],
      ['叶某明', ['香港民用航空事业职工总会副秘书长']],
    ]);
  });

  it('reads no party’s name as a person (国民党主席), and 执行长 as an office', () => {
    expect(people('國民黨主席馬英九指示行政院。')).toEqual([['马英九', ['国民党主席']]]);
    expect(people('廖峰國執行長表示。')).toEqual([['廖峰国', ['执行长']]]);
  });

  it('ends a name before the adverb 扼要', () => {
    expect(names('福禄镇党委书记李春扼要汇报了规划。')).toEqual(['李春']);
  });

  it('reads no name inside 确保安全 or from a team (行车班)', () => {
    expect(names('为职工确保安全度夏。')).toEqual([]);
    expect(names('铸造分厂行车班被评为四川省工人先锋号。')).toEqual([]);
  });

  it('writes 市总 in a role as the city’s federation of unions, and ends a name before 以', () => {
    expect(people('成都市总工会举办大赛。市总党组书记张余松出席。')).toEqual([['张余松', ['成都市总工会党组书记']]]);
    expect(names('中国男篮前主教练杜锋以视频形式为赛事祝福。')).toEqual(['杜锋']);
  });

  it('reads 任 before an office as the verb (张萍任主任), and no caption mark in a role', () => {
    expect(names('会议选举张萍任主任。')).toEqual(['张萍']);
    expect(people('△集团副总裁、工会主席石玉红总结发言。')).toEqual([['石玉红', ['集团副总裁', '集团工会主席']]]);
  });

  it('reads no name from a word without a title (相关负责同志), nor a bare name ending in a verb (吉林讲话)', () => {
    expect(names('县政协提案委、社法委相关负责同志参与调研。')).toEqual([]);
    expect(names('市总工会与市政协召开工作联席会 吉林讲话')).toEqual([]);
    expect(names('主任高峰出席。')).toEqual(['高峰']);
  });

  it('starts a chain’s unit again at a lead with a body of its own (…党工委书记、管委会主任; 中央军委)', () => {
    expect(people('上海市委常委、临港新片区党工委书记、管委会主任陈某山会见劳模。')[0]?.[1]).toEqual([
      '上海市委常委',
      '临港新片区党工委书记',
      '临港新片区管委会主任',
    ]);
    expect(people('中共中央总书记、国家主席、中央军委主席习某平出席。')[0]?.[1]).toContain('中央军委主席');
    expect(people('十堰市市委副书记、市纪委书记、总工会主席王某泉出席。')[0]?.[1]).toContain('十堰市总工会主席');
  });

  it('reads no name from 和各 (…负责人和各代表团团长) nor a role across a handshake (握住劳动监察员甲的手)', () => {
    expect(names('农场公司工会部门负责人和各代表团团长参加会议。')).toEqual([]);
    expect(people('李先生等3人紧紧握住劳动监察员孙某臻、薄某华的手。')[0]).toEqual(['孙某臻', ['劳动监察员']]);
  });

  it('reads 指 after a name as saying (Hong Kong papers), and no country as a name (乌克兰指…)', () => {
    expect(names('勞顧會勞方代表梁某庭指,本地公司要申請海外勞工。')).toEqual(['梁某庭']);
    expect(names('烏克蘭指美方提議。韩国称将回应。')).toEqual([]);
  });

  it('reads a name spaced off its title at the end of a list row (某有限公司 特级技师 崔某国)', () => {
    expect(
      people('分别是:\n某电机有限公司 水轮机装配特级技师 崔某国\n某重工集团股份有限公司 正高级工程师 张某坤'),
    ).toEqual([
      ['崔某国', ['水轮机装配特级技师']],
      ['张某坤', ['正高级工程师']],
    ]);
  });

  it('reads a dotted name with one character after the dot (努尔斯曼·周说), and no name after 一行 or a department', () => {
    expect(names('县总工会副主席努某斯曼·周说。')).toEqual(['努某斯曼·周']);
    expect(names('王某军一行来青调研劳模疗休养工作。')).toEqual(['王某军']);
    expect(names('攀枝花市中心医院普外科主任杨某弘荣获全国五一劳动奖章。')).toEqual(['杨某弘']);
  });

  it('reads a name after a calling and before 来 or 送, not one whose last character makes a word with them', () => {
    expect(names('外卖骑手赵某林来这里更换电瓶车电池。下午1点,外卖骑手李某东送完单来到驿站。')).toEqual([
      '赵某林',
      '李某东',
    ]);
    expect(names('快递小哥王某未来打算继续留在城里。')).not.toContain('王某未');
  });

  it('reads a name after a steelworks’ section chief (作业长, 总作业长)', () => {
    expect(names('炼铁总厂2号高炉总作业长王某宇,轧钢作业区倒班作业长宋某涛荣获省劳动模范称号。')).toEqual([
      '王某宇',
      '宋某涛',
    ]);
  });

  it('reads no name from a site word (工区机电), a verb’s object (强服务), affiliates (和属会) or a bureau (国教署)', () => {
    expect(names('第二检修工区机电作业区架工班班长李某林出席。')).toEqual(['李某林']);
    expect(names('聚焦职工强服务。工聯會和屬會代表出席。教育部國教署副署長戴某芬回應。')).toEqual(['戴某芬']);
    expect(names('同时展现新时代职工风采,是重要社会支柱。')).toEqual([]);
  });

  it('reads an office taken with 担当 (咨询师甲担当顾问), a team’s 队员 and an audience’s 观众 as callings', () => {
    expect(people('特邀国家二级心理咨询师胡乐担当顾问。')).toEqual([['胡乐', ['国家二级心理咨询师', '顾问']]]);
    expect(names('比赛吸引了队员和观众参加。')).toEqual([]);
  });

  it('reads a congress delegate’s seat taken after a name (当选全国人大代表), though 代表 alone is a calling', () => {
    expect(people('操作工胡乐再次当选全国人大代表。')).toEqual([['胡乐', ['操作工', '全国人大代表']]]);
  });

  it('reads an office elected after how the name is addressed (选举甲同志为主席, 乙、丙等同志为委员的…委员会)', () => {
    expect(people('会议选举胡乐同志为工会主席,林立、郑和平同志为工会副主席。')).toEqual([
      ['胡乐', ['工会主席']],
      ['林立', ['工会副主席']],
      ['郑和平', ['工会副主席']],
    ]);
    expect(people('选举产生了以胡乐同志为主席,林立、郑和平等同志为委员的新一届委员会。')).toEqual([
      ['胡乐', ['主席']],
      ['林立', ['委员']],
      ['郑和平', ['委员']],
    ]);
  });

  it('ends an office elected at the next name elected (选举丁某为主席、姚某为副主席), and reads no name from 和家长', () => {
    expect(people('会议选举丁某岗为主席、姚某强为副主席。')).toEqual([
      ['丁某岗', ['主席']],
      ['姚某强', ['副主席']],
    ]);
    expect(people('会议选举王某为主席、党组书记。')).toEqual([['王某', ['主席', '党组书记']]]);
    expect(names('资助学生代表和家长出席。')).toEqual([]);
  });

  it('gives no party’s name to an office elected elsewhere (民建聯主席甲當選委員會主席: a legislature’s committee)', () => {
    expect(people('民建聯主席譚耀宗當選委員會主席。', '810000')).toEqual([
      ['谭耀宗', ['民主建港协进联盟主席', '委员会主席']],
    ]);
  });

  it('reads a two-character name elected to a body’s office after 为, across the semicolons that part the committees', () => {
    expect(
      people('大会选举委员,魏某明当选主席;刘某为经费审查委员会主任,谢某为副主任;唐某为女职工委员会主任。'),
    ).toEqual([
      ['魏某明', ['主席']],
      ['刘某', ['经费审查委员会主任']],
      ['谢某', ['副主任']],
      ['唐某', ['女职工委员会主任']],
    ]);
    expect(people('选举陈丽为公司第一届工会主席,张贵书为副主席。')).toEqual([
      ['陈丽', ['公司第一届工会主席']],
      ['张贵书', ['副主席']],
    ]);
  });

  it('ends a role’s lead at a letter sent (去信) and reads 严正 as a word', () => {
    expect(people('工會日前去信九巴董事總經理李某昌,要求加薪。')).toEqual([['李某昌', ['九巴董事总经理']]]);
    expect(names('中華民國全國總工會嚴正表示反對。')).toEqual([]);
  });

  it('reads a treasurer (司库) and a board secretary (董事会秘书) as offices', () => {
    expect(people('醫管局員工陣線主席余某明、司庫張某祺出席。')[1]).toEqual(['张某祺', ['医管局员工阵线司库']]);
    expect(names('某银行董事会秘书熊某出席竞赛活动。')).toContain('熊某');
  });

  it('reads the Corps’ offices (兵团党委书记、政委) and 找到 as a verb after a name', () => {
    expect(people('兵团党委副书记、副政委孔某隆代表兵团党委致以问候。')).toEqual([
      ['孔某隆', ['兵团党委副书记', '兵团副政委']],
    ]);
    expect(names('无奈之下,张某找到了市总工会。')).toEqual(['张某']);
  });

  it('reads the rows of a table of names: rank, name, employer (4 秦某某 某某有限公司)', () => {
    expect(people('名次 姓名 工作单位\n1 汪某丽 西安纺织集团\n4 秦某文 威海瑞丰科技工业园有限公司')).toEqual([
      ['汪某丽', ['西安纺织集团']],
      ['秦某文', ['威海瑞丰科技工业园有限公司']],
    ]);
  });

  it('reads a name with where a photo shows it in digits (常某丽(左1))', () => {
    expect(names('二等奖3名:申某祥(左3)、李某燕(左4)')).toEqual(['申某祥', '李某燕']);
  });

  it('reads a name with where a photo shows it in brackets (岳某英(左二))', () => {
    expect(names('服务站站长岳琼英(左二)及工作站站长赵雨(左一)到企业看望农民工。')).toEqual(['岳琼英', '赵雨']);
  });

  it('starts a role after 率 (the leader, not the body)', () => {
    expect(people('副主席原成刚率农业工作部部长王秀生一行到访。')[1]).toEqual(['王秀生', ['农业工作部部长']]);
  });

  it('keeps a 和 before a bracket in the name (陈钦和(阿陈)), and reads no name from 应邀', () => {
    expect(names('前码头职工会主席陈钦和(阿陈)希望活动能唤醒记忆。')).toEqual(['陈钦和']);
    expect(names('28岁的农民工曾初一从106名选手中脱颖而出。')).toEqual(['曾初一']);
    expect(names('县政府温文英副县长应邀出席了会议。')).not.toContain('应邀');
  });

  it('does not read a room listed with others as a name (幼儿娱乐区、母婴室等)', () => {
    expect(names('部分区域设立幼儿娱乐区、母婴室等为女职工提供休息场所。')).toEqual([]);
  });

  it('reads 职工董事 as an office the next office shares its body with', () => {
    expect(people('集团职工董事、工会主席王某某参加开幕式。')).toEqual([['王某某', ['集团职工董事', '集团工会主席']]]);
  });

  it('reads the last name of a list that a count follows (张某、吴某10人荣获), not a word before a count', () => {
    expect(names('经过角逐,张某坡、刘某钊、吴某10人荣获“十佳绝活奖”。')).toEqual(['张某坡', '刘某钊', '吴某']);
    expect(names('全市10人获奖。')).toEqual([]);
    // A count in words, and a list led by someone (带领甲、乙、丙三位选手).
    expect(names('经理黄某磊带领王某东、彭某亮、李健三位年轻选手参赛。')).toEqual([
      '黄某磊',
      '王某东',
      '彭某亮',
      '李健',
    ]);
  });

  it('gives names listed after a deputy’s chain every office of the chain (党组成员、副总经理甲、乙)', () => {
    expect(people('集团公司党组成员、副总经理张某恒、杨某华出席。')[1]).toEqual([
      '杨某华',
      ['集团公司党组成员', '集团公司副总经理'],
    ]);
    expect(people('市领导张某恒、杨某华出席。')[1]).toEqual(['杨某华', ['市领导']]);
  });

  it('ends a role’s lead at a dash (为劳动者高歌——某公司董事长某某)', () => {
    expect(people('为劳动者高歌——美华建设(集团)董事长汤某兴获“南昌市五一劳动奖章”。')).toEqual([
      ['汤某兴', ['美华建设(集团)董事长', '南昌市五一劳动奖章获得者']],
    ]);
  });

  it('reads a supervisor (技术主管) and a journalist’s grade (高级编辑) as titles', () => {
    expect(people('某汽车销售服务有限公司技术主管程某东出席。')).toEqual([
      ['程某东', ['某汽车销售服务有限公司技术主管']],
    ]);
    expect(names('工人日报社副总编辑、高级编辑赵某萍出席。')).toEqual(['赵某萍']);
  });

  it('puts an office after a board (监事会主席、工会主席) in the company, and no second 工会 after a union', () => {
    expect(people('公司监事会主席、工会主席邢某熙出席。')).toEqual([['邢某熙', ['公司监事会主席', '公司工会主席']]]);
    expect(people('某管理局工会副主席、工会办公室主任吴某出席。')).toEqual([
      ['吴某', ['某管理局工会副主席', '某管理局工会办公室主任']],
    ]);
  });

  it('keeps an office taken by the name before a comma off the next name’s chain (由甲担任主任,乙…)', () => {
    const found = people('由某公司工会主席孙某玲担任工作委员会主任,某红岩工会主席蒋某华担任副主任。');
    expect(found.find((p) => p[0] === '蒋某华')?.[1]).toEqual(['某红岩工会主席', '副主任']);
  });

  it('reads no name from an everyday word after 的 (工会的温暖送到…, 煮好的姜茶)', () => {
    expect(names('把公司工会的温暖送到职工的心坎上。')).toEqual([]);
    expect(names('53岁的王某刚说。')).toEqual(['王某刚']);
  });

  it('reads an honour a body names people with (命名甲等30人“…”荣誉称号, 命名乙等同志为…劳动模范)', () => {
    expect(people('省妇联决定,命名胡乐等30人“江西省女创业带头人”荣誉称号。')).toEqual([
      ['胡乐', ['江西省女创业带头人']],
    ]);
    expect(people('市政府决定,命名林立等10名同志为哈尔滨市劳动模范。')).toEqual([['林立', ['哈尔滨市劳动模范']]]);
  });

  it('splits honours won together with 并 (第二名并获得“…技术能手”), and reads 个人 as no part of one', () => {
    expect(people('俞某娟获得了本届竞赛单项奖第二名并获得“全国针织行业技术能手”。')[0]?.[1]).toContain(
      '全国针织行业技术能手',
    );
    expect(people('授予卢某龙等149名个人江西省五一劳动奖章。')).toEqual([['卢某龙', ['江西省五一劳动奖章获得者']]]);
  });

  it('reads any medal won as an honour (巾帼奖章, 火车头奖章), and a bare 奖章 after a body’s 奖状 with its head', () => {
    expect(people('刘某等10名个人荣获全国五一巾帼奖章。')).toEqual([['刘某', ['全国五一巾帼奖章获得者']]]);
    expect(people('车站值班员姚某清荣获火车头奖章。')[0]?.[1]).toContain('火车头奖章获得者');
    expect(people('王某获全国五一劳动奖状、奖章。')).toEqual([['王某', ['全国五一劳动奖章获得者']]]);
  });

  it('does not read a name that is part of a body’s name', () => {
    expect(people('市总工会为张明创新工作室授牌。')).toEqual([]);
  });
});

describe('creditsIn', () => {
  it('reads a photographer credited on a line of its own with a slash and no role (林某余/摄)', () => {
    expect(creditsIn('林景余/摄')).toEqual([{ name: '林景余', title: '摄影' }]);
    expect(creditsIn('作者: 记者张隽 通讯员李莹 何少杰 信息来源: 武汉融媒体中心').map((p) => p.name)).toEqual([
      '张隽',
      '李莹',
      '何少杰',
    ]);
  });

  it('reads the photographer before 摄, not the photo agency after its slash (记者 张某辉 摄/视觉重庆)', () => {
    expect(creditsIn('5月1日,发布仪式举行。记者 张锦辉 摄/视觉重庆')).toEqual([{ name: '张锦辉', title: '记者' }]);
    // With no one credited before 摄, the name after it is the photographer's.
    expect(creditsIn('职工之家母婴室一隅。摄/吴秋楠')).toEqual([{ name: '吴秋楠', title: '摄影' }]);
  });
});

describe('findPeople › professional titles', () => {
  it('reads a name after a farming title or a farm manager’s calling (高级农艺师, 职业经理人)', () => {
    expect(names('合作社理事,高级农业职业经理人彭水平(女);射埠镇农业综合服务中心高级农艺师邓述东。')).toEqual([
      '彭水平',
      '邓述东',
    ]);
  });

  it('reads a name after a hospital’s or a university’s grade (主治医师, 运动康复师, 硕士生导师)', () => {
    expect(names('市体育运动学校主治医师、执业中药师、运动康复师陈珍玮获评“最受女职工欢迎的教师”。')).toEqual([
      '陈珍玮',
    ]);
    expect(names('文化研究院常务副院长、硕士生导师杨颖教授为大家讲授礼仪知识。')).toEqual(['杨颖']);
  });
});

describe('findPeople › rarer surnames', () => {
  it('reads a name with a rarer surname (糜, 郦, 甯) after a calling', () => {
    expect(people('“江西省五一劳动奖章”获得者糜文宇将精神带进车间。').map(([n]) => n)).toEqual(['糜文宇']);
    expect(people('有建筑工程管理专家郦建俊等建筑领域精英。').map(([n]) => n)).toEqual(['郦建俊']);
  });
});

describe('findPeople › bodies in brackets', () => {
  it('reads names listed each with their body in brackets, the body as their role', () => {
    expect(
      people('本港劳工处选举。当选代表为:黄国健(船务从业员工会)、潘兆平(香港仓库运输员工协会)。', '810000'),
    ).toEqual([
      ['黄国健', ['香港船务从业员工会']],
      ['潘兆平', ['香港仓库运输员工协会']],
    ]);
  });

  it('reads names listed each with the body they stand for in brackets (甲(代表…商会))', () => {
    expect(people('僱主代表为:何某柱(代表香港中华总商会)、麦某华(代表香港雇主联合会)。', '810000')).toEqual([
      ['何某柱', ['香港中华总商会']],
      ['麦某华', ['香港雇主联合会']],
    ]);
  });

  it('does not read brands listed each with their company in brackets as names (万达(…)、永辉(…))', () => {
    expect(names('代表们先后参观了万达(宁夏仓储物流有限公司)、永辉(宁夏永辉超市有限公司)。')).toEqual([]);
  });

  it('leaves out how a list is ordered from the role its head gives (依得票率排名依次为)', () => {
    expect(listHead('五位当选代表依得票率排名依次为:黄国健、潘兆平。')?.role.role).toBe('当选代表');
    expect(listHead('10位“大国工匠年度人物”分别是:甲,乙')?.role.role).toBe('“大国工匠年度人物”');
  });
});

describe('findPeople › markers', () => {
  it('ends a name at 博士 or 教授 after it, and reads no name into the marker', () => {
    expect(names('香港教育工作者联会秘书长崔剑博士主持。')).toEqual(['崔剑']);
    expect(names('特邀王某明博士作报告。')).toEqual(['王某明']);
    expect(names('中心主任王某明教授主持。')).toEqual(['王某明']);
    expect(names('在场的王女士说。')).toEqual([]);
  });

  it('reads no one from a street named after someone (马揸度博士大马路)', () => {
    expect(names('地址:澳门马揸度博士大马路221号。')).toEqual([]);
  });
});

describe('findPeople › roles', () => {
  it('reads the trades of stores, mills and mines and a school’s leavers before a name (促销员, 炉长, 铲爆工, 毕业生)', () => {
    expect(people('促销员刘某蓉说,这是我们的责任。')).toEqual([['刘某蓉', ['促销员']]]);
    expect(people('炼钢作业区炉长王某飞说,这是我们的责任。')).toEqual([['王某飞', ['炼钢作业区炉长']]]);
    expect(people('学院毕业生林某飞说,这是我们的责任。')).toEqual([['林某飞', ['学院毕业生']]]);
  });

  it('reads a name right after a workshop as its worker (耐压车间周某, 公司总装车间张某、孙某)', () => {
    expect(people('耐压车间周某沫说,这是我们的责任。')).toEqual([['周某沫', ['耐压车间']]]);
    expect(people('公司总装车间张某成、孙某伟参加比赛。').map(([name]) => name)).toEqual(['张某成', '孙某伟']);
  });

  it('puts a department after a department in one person’s chain in the body above it (…人力资源部部长、财务部部长)', () => {
    expect(roles('公司人力资源部部长、财务部部长张某出席。', '张某')).toEqual(['公司人力资源部部长', '公司财务部部长']);
    expect(roles('党委保卫部部长、保卫处处长宋某平出席。', '宋某平')).toEqual(['党委保卫部部长', '党委保卫处处长']);
    // The department's own party branch is in it.
    expect(roles('公司人力资源部部长、党支部书记张某出席。', '张某')).toEqual([
      '公司人力资源部部长',
      '公司人力资源部党支部书记',
    ]);
  });

  it('reads 三八红旗手 written with its 三八 quoted as an honour won (入选2018年度全国“三八”红旗手)', () => {
    expect(roles('评剧团团长咸某杰入选2018年度全国“三八”红旗手。', '咸某杰')).toContain('2018年度全国“三八”红旗手');
  });

  it('gives a title right after a body and its 的 that body (华为公司的工程师胡某宇), but not an honour (…的大国工匠)', () => {
    expect(people('著名的华为公司的工程师胡某宇说。')).toEqual([['胡某宇', ['华为公司工程师']]]);
    expect(roles('中车株洲车辆有限公司的大国工匠易某说。', '易某')).not.toContain('中车株洲车辆有限公司大国工匠');
  });

  it('reads a name before how the person met the help (劳模刘某新感动不已, 农民工韩某激动地…)', () => {
    expect(people('“工会一直惦记着我们!”劳模刘某新感动不已。')).toEqual([['刘某新', ['劳模']]]);
    expect(people('环卫工人乔某梅激动地握着他的手。')).toEqual([['乔某梅', ['环卫工人']]]);
  });

  it('reads a name before how its speaker spoke (李某明激动地说, 董某兰动情地说) with no title before it', () => {
    expect(names('他说。李某明激动地说:“谢谢工会。”')).toEqual(['李某明']);
    expect(names('董某兰动情地说,能够得到慰问,感到幸福。')).toEqual(['董某兰']);
  });

  it('gives each list of winners the honour that heads it with 的有 or 的是 (被命名为“…”的有10人,分别为…; 荣获…标兵的是:…)', () => {
    expect(
      people('此次被命名为“石狮名匠”的有10人,分别为某供电公司庄某清、某食品有限公司李某梁。').map(([n, r]) => [
        n,
        r.at(-1),
      ]),
    ).toEqual([
      ['庄某清', '石狮名匠'],
      ['李某梁', '石狮名匠'],
    ]);
    expect(roles('荣获全国五一巾帼标兵的是:某航空锻造有限责任公司严某英、某科学技术协会张某霞。', '严某英')).toContain(
      '全国五一巾帼标兵',
    );
  });

  it('gives each list of winners the honour its count heads it with (7名同志获得…,他们分别是…)', () => {
    const text =
      '7名同志获得“全国劳动模范”荣誉称号,他们分别是某公司电焊工张某华,某村第一书记李某君;' +
      '3名同志获得“全国先进工作者”荣誉称号,他们分别是某医院主任王某清。';
    expect(people(text).map(([name, r]) => [name, r.at(-1)])).toEqual([
      ['张某华', '全国劳动模范'],
      ['李某君', '全国劳动模范'],
      ['王某清', '全国先进工作者'],
    ]);
    expect(roles('共有3人当选为全国劳动模范,分别是公司员工蒋某、高某春。', '高某春')).toContain('全国劳动模范');
  });

  it('keeps the titles listed before the employer written before a name (全国劳动模范、某邮政支局甲)', () => {
    expect(roles('全国劳动模范、泰兴江平路邮政支局何某忠作报告。', '何某忠')).toEqual([
      '全国劳动模范',
      '泰兴江平路邮政支局',
    ]);
  });

  it('reads what a name is said to be after 是 or 现任 as its role, when a title ends the clause', () => {
    expect(roles('成某东是天津港一公司拖车队副队长。', '成某东')).toEqual(['天津港一公司拖车队副队长']);
    expect(roles('杜某庆是麦市镇黄龙小学语文教师,从教已达36年。', '杜某庆')).toEqual(['麦市镇黄龙小学语文教师']);
    expect(roles('副主席张某明是推动改革的带头人。', '张某明')).toEqual(['副主席']);
  });

  it('reads a body joined to the title by 的 after 是 as the body’s title (…是某公司的首席技师)', () => {
    expect(roles('车工王某森是中国航天科工集团有限公司的首席技师。', '王某森')).toContain(
      '中国航天科工集团有限公司首席技师',
    );
    expect(roles('陈某明是大田南湖针织有限公司的一名普通职工。', '陈某明')).toEqual(['大田南湖针织有限公司普通职工']);
  });

  it('gives a name included in a count of winners the honour they won (包括甲在内的3名选手被授予…)', () => {
    expect(roles('包括刘某柱在内的3名选手被授予“贵州五一劳动奖章”。', '刘某柱')).toEqual(['贵州五一劳动奖章获得者']);
  });

  it('reads a spokesperson as an office, so the chain after it keeps the body (全总新闻发言人、宣教部部长)', () => {
    expect(roles('全国总工会新闻发言人、宣教部部长刘某祥介绍情况。', '刘某祥')).toEqual([
      '中华全国总工会新闻发言人',
      '中华全国总工会宣教部部长',
    ]);
  });

  it('writes another sub-body’s office or the company’s own officer in a chain under the company (党委…、工会主席; 工会主席、副总经理)', () => {
    expect(roles('兰州某化公司党委常务副书记、工会主席贾某武发言。', '贾某武')).toEqual([
      '兰州某化公司党委常务副书记',
      '兰州某化公司工会主席',
    ]);
    expect(roles('某铁路局集团有限公司工会主席、副总经理张某克出席。', '张某克')).toEqual([
      '某铁路局集团有限公司工会主席',
      '某铁路局集团有限公司副总经理',
    ]);
    expect(roles('广东省总工会党组成员、纪检组组长廖某捷出席。', '廖某捷')).toEqual([
      '广东省总工会党组成员',
      '广东省总工会纪检组组长',
    ]);
  });

  it('writes an office whose lead opens with the brand of the body before under that lead (陕煤集团…、陕煤股份总经理)', () => {
    expect(roles('陕煤集团副总经理、陕煤股份总经理闵某出席。', '闵某')).toEqual(['陕煤集团副总经理', '陕煤股份总经理']);
    expect(roles('三一集团董事、三一重卡董事长梁某河出席。', '梁某河')).toEqual(['三一集团董事', '三一重卡董事长']);
    expect(roles('炎黄科技园副总经理、炎黄科技园企业联合工会委员会主席王某元出席。', '王某元')).toEqual([
      '炎黄科技园副总经理',
      '炎黄科技园企业联合工会委员会主席',
    ]);
  });

  it('writes an office after a party committee’s that the committee does not hold under the unit (党工委副书记、办事处主任)', () => {
    expect(roles('湛江市赤坎区沙湾街道党工委副书记、办事处主任黄某盛出席。', '黄某盛')).toEqual([
      '湛江市赤坎区沙湾街道党工委副书记',
      '湛江市赤坎区沙湾街道办事处主任',
    ]);
    expect(roles('夷陵经济开发区党工委书记、管委会主任程某锋出席。', '程某锋')).toEqual([
      '夷陵经济开发区党工委书记',
      '夷陵经济开发区管委会主任',
    ]);
    expect(roles('邵阳市第二人民医院党总支副书记兼院长唐某民出席。', '唐某民')).toEqual([
      '邵阳市第二人民医院党总支副书记',
      '邵阳市第二人民医院院长',
    ]);
    // A department of the party committee itself stays in it.
    expect(roles('长沙县委副书记、统战部部长郭某出席。', '郭某')).toEqual(['长沙县委副书记', '长沙县委统战部部长']);
    // Whatever the unit's name ends in; a branch written 支部 too; another sub-body's office named in it.
    expect(roles('石家庄市动物园党总支副书记、副主任任某茹出席。', '任某茹')).toEqual([
      '石家庄市动物园党总支副书记',
      '石家庄市动物园副主任',
    ]);
    expect(roles('代塘村支部书记、工会主席邢某意出席。', '邢某意')).toEqual(['代塘村支部书记', '代塘村工会主席']);
    expect(roles('川南煤业公司工会主席、纪委书记常某国出席。', '常某国')).toEqual([
      '川南煤业公司工会主席',
      '川南煤业公司纪委书记',
    ]);
  });

  it('does give a union office chained after a region’s congress or party committee to the region’s federation', () => {
    expect(roles('清徐县人大常委会副主任、工会主席阎某亮出席。', '阎某亮')).toEqual([
      '清徐县人大常委会副主任',
      '清徐县总工会主席',
    ]);
    expect(roles('清徐县委常委、工会主席张某出席。', '张某')).toEqual(['清徐县委常委', '清徐县总工会主席']);
    // A bureau and a company have unions of their own; a discipline group is a sub-body of its company.
    expect(roles('清徐县财政局副局长、工会主席王某出席。', '王某')).toEqual([
      '清徐县财政局副局长',
      '清徐县财政局工会主席',
    ]);
    expect(roles('公司纪检组组长、工会主席瞿某兵出席。', '瞿某兵')).toEqual(['公司纪检组组长', '公司工会主席']);
  });

  it('does give a civil servant’s rank after a body’s offices that body, but not a skill grade', () => {
    expect(people('中国金融工会党组成员、副主席王某光,副巡视员张某出席。')).toContainEqual([
      '张某',
      ['中国金融工会副巡视员'],
    ]);
    expect(people('某某科技股份有限公司董事长王某光,高级技师张某出席。')).toContainEqual(['张某', ['高级技师']]);
    expect(people('重庆市总工会副主席、一级巡视员韩某碧出席。')[0]?.[1]).toContain('重庆市总工会一级巡视员');
  });

  it('does write a union’s women workers’ committee in full when a title shortens it (省总女职委主任)', () => {
    expect(people('省总工会副主席,省总女职委主任饶某梅作报告。', '360000')).toEqual([
      ['饶某梅', ['江西省总工会副主席', '江西省总工会女职工委员会主任']],
    ]);
  });

  it('does write a place office with the government written before it, and none where none is written', () => {
    expect(people('宜城市人民政府副市长陈某总结2023年工作。')).toEqual([['陈某', ['宜城市人民政府副市长']]]);
    expect(people('安陆市召开大会。市政府副市长金某银出席。')).toContainEqual(['金某银', ['安陆市人民政府副市长']]);
    expect(people('南昌市西湖区召开大会。区长黄某燕出席。')).toContainEqual(['黄某燕', ['南昌市西湖区区长']]);
  });

  it('does give an office to the body quoted right before it (“职工盟”主席), as to one written bare', () => {
    expect(people('本港职工盟昨晚开会。会议由“职工盟”主席黄迺元主持。', '810000')).toEqual([
      ['黄迺元', ['香港职工会联盟主席']],
    ]);
  });

  it('does give a calling to every bare name listed after it, as an office is given to the first only', () => {
    expect(people('大国工匠李凯军、李万君、罗昭强受邀参加开幕式。')).toEqual([
      ['李凯军', ['大国工匠']],
      ['李万君', ['大国工匠']],
      ['罗昭强', ['大国工匠']],
    ]);
  });

  it('does keep 兼职 and 受助 whole in a role, where 兼 and 受 alone end one', () => {
    expect(people('兼职网格员代表尹小聪发言。受助学生代表李言言发言。')).toEqual([
      ['尹小聪', ['兼职网格员代表']],
      ['李言言', ['受助学生代表']],
    ]);
  });

  it('names a town’s or a street’s federation in a chain under the city the article places it in', () => {
    expect(people('东莞市总工会开展活动,莞城街道党工委委员、总工会主席曾某荣出席。')).toEqual([
      ['曾某荣', ['莞城街道党工委委员', '东莞市莞城街道总工会主席']],
    ]);
    expect(people('中山市坦洲镇人大主席、总工会主席李某伦出席。')[0]?.[1]).toContain('中山市坦洲镇总工会主席');
  });

  it('names the federation of the level a chain opens with at its political body (县人大副主任、总工会主席)', () => {
    expect(people('土默特左旗召开会议。旗政协副主席、总工会主席云某琴出席。')).toEqual([
      ['云某琴', ['土默特左旗政协副主席', '土默特左旗总工会主席']],
    ]);
    expect(people('县人大副主任、总工会主席李某英讲话。')).toEqual([['李某英', ['县人大副主任', '县总工会主席']]]);
  });

  it('names a development zone’s federation in a chain that opens with the zone’s own body (经开区党工委副书记、总工会主席)', () => {
    expect(people('松江经开区党工委副书记、总工会主席顾某磊出席。')).toEqual([
      ['顾某磊', ['松江经开区党工委副书记', '松江经开区总工会主席']],
    ]);
    // Read with the city the gazetteer holds, the zone is still the federation's, not the city.
    expect(people('包头市稀土高新区党工委副书记、总工会主席张某出席。')[0]?.[1]).toContain(
      '包头市稀土高新区总工会主席',
    );
  });

  it('names a county’s federation in a chain that opens with a county named alike nowhere else (赛罕区党组成员、总工会副主席)', () => {
    expect(people('赛罕区党组成员、总工会副主席刘某主持。', '150000')[0]?.[1]).toContain('赛罕区总工会副主席');
  });

  it('ends a role’s lead at 有 listing who was there, but not inside a word (就业平等司)', () => {
    expect(people('参加的有妇科肿瘤专家王某东,有系统集成技能标兵冯某勇。')).toEqual([
      ['王某东', ['妇科肿瘤专家']],
      ['冯某勇', ['系统集成技能标兵']],
    ]);
    expect(people('劳动部劳动条件及就业平等司司长黄某琛说,审议将继续。')).toEqual([
      ['黄某琛', ['劳动部劳动条件及就业平等司司长']],
    ]);
  });
});

describe('findPeople › what follows a name', () => {
  it('reads a name its office follows after 在, or after 和 when the item before is written so too', () => {
    expect(roles('方阵在吴某放副所长的带领下走过主席台。', '吴某放')).toEqual(['副所长']);
    expect(roles('孙某林书记和赵某副院长分别汇报了工作。', '赵某')).toEqual(['副院长']);
    expect(names('职工和家属参加活动。')).toEqual([]);
  });

  it('reads an embassy’s offices (驻巴基斯坦大使农融, 赵某远大使), and no 大使 inside 伟大使命', () => {
    expect(roles('中国驻巴基斯坦大使农融在活动现场发言。', '农融')).toEqual(['中国驻巴基斯坦大使']);
    expect(roles('10月1日,使馆临时代办王某光走访慰问项目部。', '王某光')).toEqual(['使馆临时代办']);
    expect(names('走访期间陈大使一行还深入企业。')).toEqual([]);
    expect(names('肩负时代赋予的伟大使命。')).toEqual([]);
  });

  it('reads no office in the rostrum (田径场主席台两侧), though an office before it stays one', () => {
    expect(names('瑞金市体育中心田径场主席台两侧悬挂横幅。')).toEqual([]);
    expect(roles('市总工会主席李明在主席台就座。', '李明')).toEqual(['市总工会主席']);
  });

  it('does end a name before 视频 or 线上, how one attended from afar (成员马某视频出席)', () => {
    expect(names('全国总工会党组成员马璐视频出席闭幕式。')).toEqual(['马璐']);
  });

  it('does end a name before 全程, 很是 or 十分 (主席葛某琴全程陪同, 甲和乙很是兴奋)', () => {
    expect(names('市总工会主席、党组书记葛某琴全程陪同交流考察。')).toEqual(['葛某琴']);
    expect(names('职工蔡某平和尹某秀很是兴奋。')).toEqual(['蔡某平', '尹某秀']);
  });

  it('does read a name opening with 王国 after an office (组织部长王国生,)', () => {
    expect(names('省委常委、组织部长王国生,省总工会主席张某出席。')).toEqual(['王国生', '张某']);
  });

  it('does end a name before 来说 and before what a person receives (拿到, 收到)', () => {
    expect(names('对于从业刚满1年的张咏来说,这是第一次。周伟拿到了赔偿金。')).toEqual(['张咏', '周伟']);
  });

  it('reads inspectors, brewers and maternity nurses as callings before a name (油料检验工凌曦, 总酿酒师孙金成, 月嫂王华强)', () => {
    expect(names('第五七一九工厂油料检验工凌曦、成都市某中心主任陈芬出席。')).toEqual(['凌曦', '陈芬']);
    expect(names('某啤酒股份有限公司总酿酒师孙金成被评为齐鲁工匠。')).toEqual(['孙金成']);
    expect(names('来自某家政服务中心的月嫂王华强获得了冠军。')).toEqual(['王华强']);
  });

  it('does end a listed name before 领取 and 见记者 (…代表马丙讯领取…, 议员郭某、梁子颖见记者)', () => {
    expect(names('劳模代表刘惜梅、奖章代表马丙讯领取劳动竞赛金钥匙。')).toEqual(['刘惜梅', '马丙讯']);
    expect(names('立法会议员郭伟强、梁子颖见记者回应事件。')).toEqual(['郭伟强', '梁子颖']);
  });

  it('does end a name before an adverb of two characters and a preposition (侯立一同为…, 侯立亲自为…)', () => {
    expect(names('新区工会主席李某江和公司董事长侯立一同为获奖职工颁奖。')).toEqual(['李某江', '侯立']);
    expect(names('公司董事长侯立亲自为获奖职工颁奖。')).toEqual(['侯立']);
    expect(names('工会主席张建新为获奖职工颁奖。')).toEqual(['张建新']);
  });

  it('ends a name before 正 (doing, now) and a verb, and keeps a given name ending in 正 (皮某勇正带领…, 王建正出席)', () => {
    expect(names('全国劳动模范皮志勇正带领青年团队攻关。')).toEqual(['皮志勇']);
    expect(names('市总工会主席王建正出席会议。')).toEqual(['王建正']);
    expect(names('副主席李正出席会议。')).toEqual(['李正']);
  });

  it('does read names after a company’s senior executives, a station’s duty officer and a mine’s gas inspector', () => {
    expect(names('在家的集团高管郑某强、康某全、赖某镰来到码头。')).toEqual(['郑某强', '康某全', '赖某镰']);
    expect(names('授予车务段车站值班员姚某清等720名先进个人奖章。')).toEqual(['姚某清']);
    expect(names('来自某寨煤矿的瓦检员胡某吉荣获一等奖。')).toEqual(['胡某吉']);
  });

  it('does read names after a miner, a train’s crew, a village’s party secretary, an inspector, a guide and 工友', () => {
    expect(names('42岁的矿工李某海在煤矿已经干了17年。')).toEqual(['李某海']);
    expect(names('G499次列车长黄某龙说,旅客多了。')).toEqual(['黄某龙']);
    expect(names('村支书黄某盛说,今年收成很好。')).toEqual(['黄某盛']);
    expect(names('专职纪检员向某豪、院工会主席安某国率队慰问。')).toEqual(['向某豪', '安某国']);
    expect(names('劳模馆解说员原某蕾为青年职工讲述劳模故事。')).toEqual(['原某蕾']);
    expect(names('天色微白,工友王某东说,活儿多了。')).toEqual(['王某东']);
  });

  it('does read names after a civil servant’s grade, the trades of award lists and a referee', () => {
    expect(names('派出所科员朱某源荣获全国五一劳动奖章。')).toEqual(['朱某源']);
    expect(names('综合管理室值班调度长王某民,公司首席化验师韩某霞。')).toEqual(['王某民', '韩某霞']);
    expect(names('篮协国家一级裁判员边某说,比赛很精彩。')).toEqual(['边某']);
  });

  it('does read a name with a note in brackets, then what the person did (甲(某物流)代表裁判组宣誓)', () => {
    expect(names('选手代表黄某铁(某港操作部岸桥司机)宣誓。')).toEqual(['黄某铁']);
    expect(names('何某强(某集物流)代表裁判组宣誓,朱某阳(某讯星)代表参赛司机宣誓。')).toEqual(['何某强', '朱某阳']);
    expect(names('大会(扩大)强调,会议(2025年)召开。')).toEqual([]);
  });

  it('does read a name before an office whose report follows (听取了高某科长作的报告), and no office alone', () => {
    expect(names('会议听取了高某波科长作的财务报告,审议通过了洪某葆副主席作的工作报告。')).toEqual([
      '高某波',
      '洪某葆',
    ]);
    expect(names('与会人员领学了陈某平主席所作的工作报告。')).toEqual(['陈某平']);
    expect(names('按照李某军副书记在省总全委会上所作的重要讲话要求。')).toEqual(['李某军']);
    expect(names('会议听取了党委书记作的报告。')).toEqual([]);
  });

  it('ends a name before the preposition 关于 (…常务副主席官庆军关于…的汇报)', () => {
    expect(names('检查组听取市总工会常务副主席官庆军关于厂务公开工作的情况汇报。')).toEqual(['官庆军']);
  });
});

describe('findPeople › lists closed by 等', () => {
  it('does read the name before 等 as the list’s last, whatever follows 等', () => {
    expect(names('公司成立以员工张黎明、冯世运、孙伯伟等命名的创新工作室。')).toEqual(['张黎明', '冯世运', '孙伯伟']);
    expect(names('济南机务段技师邱为峥等一批技术尖子受到表彰。')).toEqual(['邱为峥']);
  });
});

describe('findPeople › callings', () => {
  it('does read a name after 工作人员, 青工, 学子 or 老兵 when a verb follows', () => {
    expect(names('驿站工作人员陈桂梅说,车站青工张芳喜表示,学子方鑫从小立志,参战老兵陈永清说。')).toEqual([
      '陈桂梅',
      '张芳喜',
      '方鑫',
      '陈永清',
    ]);
  });

  it('does read names before 拿着, 突发 or 而言, and after 领军人, 建设者 or 主任科员', () => {
    expect(names('环卫工人程某珍拿着慰问金激动地说。工人王某国突发疾病不幸离世。')).toEqual(['程某珍', '王某国']);
    expect(names('对网约车司机罗某晓而言,这种机会格外珍贵。')).toEqual(['罗某晓']);
    expect(names('该公司创新工作室领军人黄某鑫为与会人员介绍。')).toEqual(['黄某鑫']);
    expect(names('某某建设工程有限公司电力建设者毛某锋作为返乡工友代表讲话。')).toEqual(['毛某锋']);
    expect(names('区总工会三级主任科员黎某生、镇总工会主席谢某斌出席。')).toEqual(['黎某生', '谢某斌']);
  });

  it('does read a name after 配送员 or an honour of 先进个人 (…疫情先进个人汪某)', () => {
    expect(names('某区饿了么配送员陈某远开心地告诉记者。全国抗击疫情先进个人汪某、北京快递员代表齐某南发言。')).toEqual(
      ['陈某远', '汪某', '齐某南'],
    );
  });

  it('does weigh a calling held at a body named before it as an office (某某有限公司工程师洪某,)', () => {
    expect(names('全国劳动模范、湖北瑞丰生物科技发展有限公司工程师洪某,另一位是王某。')).toContain('洪某');
  });

  it('does read a list of names after 来到 closed by 等 and the households they head (来到甲、乙等困难农户家中)', () => {
    expect(people('先后来到许某富、吴某龙、许某进等困难农户家中。')).toEqual([
      ['许某富', ['困难农户']],
      ['吴某龙', ['困难农户']],
      ['许某进', ['困难农户']],
    ]);
    expect(people('来到张家港、常熟等地调研。')).toEqual([]);
    // After 前往, closed by a count of people after the last joined by 和.
    expect(names('前往张某富、沈某坤和莫某中三位老劳模家中。')).toEqual(['张某富', '沈某坤', '莫某中']);
    expect(names('前往广州、深圳两地调研。')).toEqual([]);
  });

  it('does read a count right after a titled name as the list’s total (焊工王某强三位劳模工匠)', () => {
    expect(names('荆楚工匠、焊工王某强三位劳模工匠进行宣讲。')).toEqual(['王某强']);
    // 为 before the count governs it: the name ends before it.
    expect(names('街道总工会副主席黄某为20位小候鸟送上大礼包。')).toEqual(['黄某']);
  });
});

describe('parseByline', () => {
  it('reads a role or a label closed by the underscore some sites set there (记者_甲 通讯员_乙, 文_甲 乙)', () => {
    expect(parseByline('记者_许某 通讯员_傅某琳 文图')).toEqual([
      { name: '许某', title: '记者' },
      { name: '傅某琳', title: '通讯员' },
    ]);
    expect(parseByline('文_江某科 晏某').map((p) => p.name)).toEqual(['江某科', '晏某']);
  });

  it('reads names alone before the first role as authors (甲 本报记者 乙)', () => {
    expect(parseByline('孙某钥 本报记者 夏某霞')).toEqual([
      { name: '孙某钥', title: '作者' },
      { name: '夏某霞', title: '本报记者' },
    ]);
    expect(parseByline('工人日报记者 张某 李某').map((p) => p.title)).toEqual(['工人日报记者', '工人日报记者']);
  });

  it('reads the writer labelled 撰文 as an author (撰文:某某)', () => {
    expect(parseByline('撰文:庄某南')).toEqual([{ name: '庄某南', title: '作者' }]);
  });

  it('reads no name from a credit word in a signature (刘某 王某 文摄)', () => {
    expect(parseSignature('邝秋生 滕美玲 文摄').map((p) => p.name)).toEqual(['邝秋生', '滕美玲']);
  });

  it('reads a reporter’s name run into the place a report was filed from (记者陈某长台中报导), and no place as a name', () => {
    expect(parseByline('记者陈某长台中报导').map((p) => p.name)).toEqual(['陈某长']);
    expect(parseByline('中央社记者黄某宗台北二十九日电').map((p) => p.name)).toEqual(['黄某宗']);
    expect(parseByline('记者陈某立/高雄').map((p) => p.name)).toEqual(['陈某立']);
    expect(parseByline('记者欧阳中山').map((p) => p.name)).toEqual(['欧阳中山']);
  });

  it('reads 特约通讯员 as one role, not 特约 as a name (记者刘友婷 特约通讯员杜南星)', () => {
    expect(parseByline('记者刘友婷 特约通讯员杜南星').map((p) => [p.name, p.title])).toEqual([
      ['刘友婷', '记者'],
      ['杜南星', '特约通讯员'],
    ]);
  });

  it('reads a paper’s own video or app channel after a dot as part of the outlet (大河报·豫视频记者)', () => {
    expect(parseByline('大河报·豫视频记者 李红勋 实习生 康志豪 通讯员 吕占伟').map((p) => [p.name, p.title])).toEqual([
      ['李红勋', '大河报·豫视频记者'],
      ['康志豪', '实习生'],
      ['吕占伟', '通讯员'],
    ]);
  });

  it('reads a reporter stationed in a place (驻昆山记者 周函)', () => {
    expect(parseByline('驻昆山记者 周函 通讯员 昆高轩').map((p) => [p.name, p.title])).toEqual([
      ['周函', '驻昆山记者'],
      ['昆高轩', '通讯员'],
    ]);
  });

  it('reads no name from a credit word between names (记者 张伟婷 报道 刘汯林 摄影)', () => {
    expect(parseByline('记者 张伟婷 报道 刘汯林 摄影').map((p) => p.name)).toEqual(['张伟婷', '刘汯林']);
  });

  it('reads an outlet joined to its site by a dash or a dot as the role’s outlet (工人日报—中工网记者, 大众网·海报新闻记者)', () => {
    expect(parseByline('工人日报—中工网记者丛民 通讯员刘晓林').map((p) => [p.name, p.title])).toEqual([
      ['丛民', '工人日报—中工网记者'],
      ['刘晓林', '通讯员'],
    ]);
    expect(parseByline('大众网·海报新闻记者 黄勇').map((p) => p.title)).toEqual(['大众网·海报新闻记者']);
  });

  it('reads an outlet joined to its app by a slash, but not a credit’s 文/ (青岛日报/观海新闻记者 刘某)', () => {
    expect(bylinesInText('试点单位已有3家。(青岛日报/观海新闻记者 刘某 通讯员 杨某召)')).toEqual([
      { name: '刘某', title: '青岛日报/观海新闻记者' },
      { name: '杨某召', title: '通讯员' },
    ]);
    expect(parseByline('文/广州日报·新花城记者 邓某丽').map((p) => p.title)).toEqual(['广州日报·新花城记者']);
  });

  it('reads 列席 as what a person does (工会主席苗某春列席会议)', () => {
    expect(names('集团公司党委副书记、工会主席苗某春列席会议。')).toEqual(['苗某春']);
  });

  it('gives a deputy after a union committee’s head the committee (经审委主任甲、副主任乙), not another office', () => {
    expect(people('郑州市总工会经审委主任胡乐、副主任林立出席。').map((p) => p[1])).toEqual([
      ['郑州市总工会经审委主任'],
      ['郑州市总工会经审委副主任'],
    ]);
    expect(people('郑州市总工会经审委主任胡乐、副主席林立出席。').map((p) => p[1])).toEqual([
      ['郑州市总工会经审委主任'],
      ['郑州市总工会副主席'],
    ]);
  });

  it('gives a deputy after the head of a sub-body written alone that sub-body (工会主席甲、副主席乙)', () => {
    expect(people('工会主席杨建勤、副主席吴新华出席会议。').map((p) => p[1])).toEqual([['工会主席'], ['工会副主席']]);
    // Another office is no deputy's.
    expect(people('工会主席杨建勤、总经理吴新华出席会议。').map((p) => p[1])).toEqual([['工会主席'], ['总经理']]);
  });

  it('gives a union committee’s office after an office in a union that union’s committee (工会主席甲、女职工委员会主任乙)', () => {
    expect(people('郑州园区工会主席段科然、副主席陈红梅、女职工委员会主任杨改玲出席。').map((p) => p[1])).toEqual([
      ['郑州园区工会主席'],
      ['郑州园区工会副主席'],
      ['郑州园区工会女职工委员会主任'],
    ]);
    expect(people('局工会副主席、女职工委员会主任张爱娣出席。').map((p) => p[1])).toEqual([
      ['局工会副主席', '局工会女职工委员会主任'],
    ]);
    // No union before it: the committee is left as written.
    expect(people('公司总经理王强、女职工委员会主任李娜出席。').map((p) => p[1])).toEqual([
      ['公司总经理'],
      ['女职工委员会主任'],
    ]);
  });

  it('gives a department’s office after another person’s the body before (市总工会副主席甲、女工部部长乙、副部长丙)', () => {
    expect(people('常州市总工会副主席蒋炜、女工部部长张小萍、副部长周凌虹一行来到钟楼区。').map((p) => p[1])).toEqual([
      ['常州市总工会副主席'],
      ['常州市总工会女工部部长'],
      ['常州市总工会女工部副部长'],
    ]);
    expect(
      people('中国机械冶金建材工会全国委员会主席李睿祎、建材工作部部长解绍伟、机械工作部部长翟敏出席。').map(
        (p) => p[1][0],
      ),
    ).toEqual([
      '中国机械冶金建材工会全国委员会主席',
      '中国机械冶金建材工会全国委员会建材工作部部长',
      '中国机械冶金建材工会全国委员会机械工作部部长',
    ]);
  });

  it('reads 组织部长 after another person’s office as the body’s department, not a government’s 部长 (a ministry)', () => {
    expect(people('武昌区总工会常务副主席周某、组织部长严某忠出席。').map((p) => p[1][0])).toEqual([
      '武汉市武昌区总工会常务副主席',
      '武汉市武昌区总工会组织部长',
    ]);
    expect(people('台中市政府劳工局长吴某志、劳动部长许某春出席。').map((p) => p[1][0])).toEqual([
      '台中市政府劳工局长',
      '劳动部长',
    ]);
  });

  it('reads a sub-body or department after another person’s department office as its sibling (财务部部长甲、工会副主席乙)', () => {
    expect(people('公司财务部部长张某、工会副主席李某参加。').map((p) => p[1][0])).toEqual([
      '公司财务部部长',
      '公司工会副主席',
    ]);
    expect(people('护理部主任张某歌、工会主席赵某敏参加。').map((p) => p[1][0])).toEqual(['护理部主任', '工会主席']);
    expect(people('市总工会女工部部长张某、副部长李某参加。').map((p) => p[1][0])).toEqual([
      '市总工会女工部部长',
      '市总工会女工部副部长',
    ]);
  });

  it('reads a committee after a department office in one chain as the department’s sibling (…部部长、经审委主任)', () => {
    expect(people('赤城县总工会法律保障部部长、经审委主任樊某东出席。')[0]?.[1]).toEqual([
      '赤城县总工会法律保障部部长',
      '赤城县总工会经审委主任',
    ]);
    expect(people('赤城县总工会法律保障部部长、副部长樊某东出席。')[0]?.[1]).toEqual([
      '赤城县总工会法律保障部部长',
      '赤城县总工会法律保障部副部长',
    ]);
  });

  it('reads a 及 joining words of one office’s name as part of it (劳工及福利局长), not one joining people', () => {
    expect(people('劳工及福利局长罗某光出席。')).toEqual([['罗某光', ['劳工及福利局长']]]);
    expect(people('香港中华煤气有限公司安全及环保总经理张某坚分享。')[0]?.[1]).toEqual([
      '香港中华煤气有限公司安全及环保总经理',
    ]);
    expect(people('候任会长陈某斌、钟某松及候任理事长周某浩出席。').find((p) => p[0] === '周某浩')?.[1]).toEqual([
      '候任理事长',
    ]);
  });

  it('reads the body before a spaced title in a row of a list as the title’s (某有限公司 高级技师 甲)', () => {
    expect(people('东方电气集团东方电机有限公司 水轮机装配特级技师 崔某国')).toEqual([
      ['崔某国', ['东方电气集团东方电机有限公司水轮机装配特级技师']],
    ]);
    expect(people('水轮机装配特级技师 崔某国')).toEqual([['崔某国', ['水轮机装配特级技师']]]);
  });

  it('passes a body written with its place on to its own office’s deputy only (某街工委书记丙,副书记丁)', () => {
    const roles = people('区总工会副主席杨某、组织部长严某忠;中南路街工委书记葛某凯,副书记罗某出席。');
    expect(roles.find((p) => p[0] === '罗某')?.[1]).toEqual(['中南路街工委副书记']);
    expect(people('山东省环科院院长边兴玉、副院长尹作成出席。').map((p) => p[1])).toEqual([
      ['山东省环科院院长'],
      ['山东省环科院副院长'],
    ]);
    // Another office is no deputy's: it is left as written.
    expect(people('山东省环科院院长边兴玉、总工程师尹作成出席。').map((p) => p[1])).toEqual([
      ['山东省环科院院长'],
      ['总工程师'],
    ]);
  });

  it('reads no name from a word that opens on a surname (商讨后, 海鲜菜, 相扑手)', () => {
    expect(names('不同工会商讨后,决定联合提出建议。')).toEqual([]);
    expect(names('海鲜菜馆长表示生意转淡。')).toEqual([]);
  });

  it('reads a titled name before 的 (全国劳动模范宫某红的徒弟) and before 接过/宣誓/领读, not a verb after a calling (职工信赖的)', () => {
    expect(names('全国劳动模范宫艳红的徒弟获得一等奖。')).toEqual(['宫艳红']);
    expect(names('在困难职工黄恨修的家中,他详细询问。')).toEqual(['黄恨修']);
    expect(names('8月1日,困难女职工刘双红接过慰问金。')).toEqual(['刘双红']);
    expect(names('工会成为职工信赖的娘家人。')).toEqual([]);
    expect(names('推动高质量的发展。')).toEqual([]);
    // 某县总工会王某梅的《抬龙王》: a name after its body, before the work an award list names.
    expect(names('获奖作品有:郓城县总工会王某梅的《抬龙王》。')).toEqual(['王某梅']);
  });

  it('ends a two-character name before a word its next character opens (陶某回顾, 陈某为主讲人, 李某领学, 郭某围绕)', () => {
    expect(names('副总经理兼董事会秘书陶骏回顾了公司的历程。')).toEqual(['陶骏']);
    expect(names('西南医科大学教授陈屹为主讲人。')).toEqual(['陈屹']);
    expect(names('大会副主席刘伟致闭幕词。')).toEqual(['刘伟']);
    expect(names('市总工会副主席周波接受采访。')).toEqual(['周波']);
    expect(names('刘伟任代表团副团长和临时党支部副书记。')).toEqual(['刘伟']);
    expect(names('以“大国工匠”刘丽为代表的高技能人才群体。')).toEqual(['刘丽']);
    expect(names('支部宣传委员李平领学了《条例》。')).toEqual(['李平']);
    expect(names('工会副主席郭鹏围绕工会是什么作了讲解。')).toEqual(['郭鹏']);
  });

  it('reads no name from a credit word after a role (通讯员投稿)', () => {
    expect(parseByline('通讯员投稿').map((p) => p.name)).toEqual([]);
  });

  it('reads no name from a building and a verb of holding (员工楼举行)', () => {
    expect(names('法律服务活动在广州市萝岗区黄陂员工楼举行。')).toEqual([]);
  });

  it('reads no name from luggage (把行李装上车, 边装行李边说)', () => {
    expect(names('外来务工人员正忙着把行李装上车。员工杜桂珍边装行李边说。')).not.toContain('李装');
  });

  it('reads a slogan line as no line of names (战疫情 强技能 保安全 促发展)', () => {
    expect(authorLine('战疫情 强技能 保安全 促发展', false)).toEqual([]);
    expect(authorLine('秋冰 许一铭', false).map((p) => p.name)).toEqual(['许一铭']);
  });

  it('reads no name from a high score or vote won (以210分的高分荣获第一名, 以高票当选)', () => {
    expect(names('良木集团以210分的高分荣获团体第一名。')).toEqual([]);
  });

  it('reads no name from coming to a city (一行来杭调研) or a meeting addressed (向大会致贺词)', () => {
    expect(names('全总调研组一行来杭开展专题调研。')).toEqual([]);
    expect(names('武警部队代表向大会致贺词。')).toEqual([]);
  });

  it('ends a role’s lead at an honour’s holder before it (奖章获得者宁国市胡乐国有林场彭军)', () => {
    expect(people('为省五一劳动奖章获得者宁国市胡乐国有林场彭军同志颁奖。')[0]?.[1]).toContain('宁国市胡乐国有林场');
  });

  it('reads no name from a roster (查阅农民工花名册)', () => {
    expect(names('执法人员查阅农民工花名册和工资支付凭证。')).toEqual([]);
  });

  it('ends a byline’s names at the place reported from (通讯员甲 杭州报道)', () => {
    expect(parseByline('记者 聂某君 通讯员 邝秋生 杭州').map((p) => p.name)).toEqual(['聂某君', '邝秋生']);
  });

  it('reads reporters and correspondents, skipping newsroom pen-names', () => {
    expect(parseByline('全媒体记者陈晓 通讯员清工宣 林芳、何丽')).toEqual([
      { name: '陈晓', title: '全媒体记者' },
      { name: '林芳', title: '通讯员' },
      { name: '何丽', title: '通讯员' },
    ]);
  });

  it('reads a photo credit', () => {
    expect(parseByline('记者梁子健/摄')).toEqual([{ name: '梁子健', title: '记者' }]);
  });

  it('keeps the outlet a role is written with', () => {
    expect(parseByline('江城晚报记者罗明通讯员许文')).toEqual([
      { name: '罗明', title: '江城晚报记者' },
      { name: '许文', title: '通讯员' },
    ]);
  });
});

describe('bylinesInText', () => {
  it('reads a credit in square brackets as in round ones ([文:甲/图:乙], 【文/甲】)', () => {
    expect(bylinesInText('[文:陈某/图:梁某慧]')).toEqual([
      { name: '陈某', title: '作者' },
      { name: '梁某慧', title: '摄影' },
    ]);
    expect(bylinesInText('【文/张某明】')).toEqual([{ name: '张某明', title: '作者' }]);
  });

  it('reads a credit in brackets with a reviewer in it (文:甲 / 图:乙 / 审核:丙), and the writer of 采写: and 作者/通讯员:', () => {
    expect(bylinesInText('(文:宋某华 / 图:李某 / 审核: 张某林)').slice(0, 2)).toEqual([
      { name: '宋某华', title: '作者' },
      { name: '李某', title: '摄影' },
    ]);
    expect(creditsIn('采写:夏某英')).toEqual([{ name: '夏某英', title: '作者' }]);
    expect(bylinesInText('作者/通讯员:胡某感 | 来源:校工会')).toEqual([{ name: '胡某感', title: '作者' }]);
  });

  it('reads a credit in brackets by its labels: writers, photographers, no editors (文字:甲 摄影:乙)', () => {
    expect(bylinesInText('共同实现幸福愿景。”(文 姚某丽 张某蓉)')).toEqual([
      { name: '姚某丽', title: '作者' },
      { name: '张某蓉', title: '作者' },
    ]);
    expect(bylinesInText('(文字:王某峰 摄影:刘某)')).toEqual([
      { name: '王某峰', title: '作者' },
      { name: '刘某', title: '摄影' },
    ]);
    expect(bylinesInText('(图/彭某 文/梁某珊 编辑/林某敏)')).toEqual([
      { name: '彭某', title: '摄影' },
      { name: '梁某珊', title: '作者' },
    ]);
    expect(bylinesInText('(文/图 杨某清)')).toEqual([{ name: '杨某清', title: '作者' }]);
    expect(bylinesInText('(文化艺术)(图文由某市人民检察院提供)')).toEqual([]);
  });

  it('reads labels closed by the bar of new-media pages as by a colon (责编 | 甲, 作者 | 乙)', () => {
    expect(bylinesInText('编辑 | 张某明 审核 | 李某伟')).toEqual([
      { name: '张某明', title: '编辑' },
      { name: '李某伟', title: '审核' },
    ]);
    expect(bylinesInText('作者 | 王某明')).toEqual([{ name: '王某明', title: '作者' }]);
    expect(bylinesInText('首页 | 编辑 | 投稿')).toEqual([]);
  });

  it('reads the writer a sign-off line labels as editors are (撰稿人:甲, 拟稿人:乙, 供稿:丙, 文稿:丁)', () => {
    expect(bylinesInText('撰稿人:杨某月 核稿:王某')).toEqual([
      { name: '杨某月', title: '撰稿人' },
      { name: '王某', title: '核稿' },
    ]);
    expect(bylinesInText('拟稿人:李某敏')).toEqual([{ name: '李某敏', title: '拟稿人' }]);
    // Who supplied the piece, and its text.
    expect(bylinesInText('供稿:陈某君')).toEqual([{ name: '陈某君', title: '供稿' }]);
    expect(bylinesInText('文稿:王某杰')).toEqual([{ name: '王某杰', title: '文稿' }]);
    // The body that supplied it, spaced off before the writer's name; not a label read as a name.
    expect(bylinesInText('供稿:永寿县总工会  张某丽')).toEqual([{ name: '张某丽', title: '供稿' }]);
    expect(bylinesInText('编辑:权益保障部 审核:王某')).toEqual([{ name: '王某', title: '审核' }]);
  });

  it('reads each editor on a line of labels, the next label ending the names before it (责编:甲 编审:乙)', () => {
    expect(bylinesInText('责编:黄某娅 编审:陈某党 终审:汪某东')).toEqual([
      { name: '黄某娅', title: '责编' },
      { name: '陈某党', title: '编审' },
      { name: '汪某东', title: '终审' },
    ]);
  });

  it('reads a byline in brackets or before 报道 inside a paragraph', () => {
    expect(bylinesInText('江城网5月3日电 (记者陶然)5月2日,市总工会召开会议。')).toEqual([
      { name: '陶然', title: '记者' },
    ]);
    expect(bylinesInText('【江城日报讯】记者龚明报道:代表团昨日抵达。')).toEqual([{ name: '龚明', title: '记者' }]);
  });

  it('reads a byline with no brackets that opens a line, its roles and names spaced apart, up to the story', () => {
    expect(bylinesInText('工人日报客户端 记者 张某光  实习生 汪某    3月31日,哈尔滨市总工会召开会议。')).toEqual([
      { name: '张某光', title: '记者' },
      { name: '汪某', title: '实习生' },
    ]);
    expect(bylinesInText('孝感日报讯  全媒体记者佘某  通讯员李某琴  7月13日,大赛落幕。')).toEqual([
      { name: '佘某', title: '全媒体记者' },
      { name: '李某琴', title: '通讯员' },
    ]);
    expect(bylinesInText('2020-09-24 来源:南方工报 记者:王某 通讯员:刘某太 吴某佩')).toEqual([
      { name: '王某', title: '记者' },
      { name: '刘某太', title: '通讯员' },
      { name: '吴某佩', title: '通讯员' },
    ]);
    expect(bylinesInText('本报记者 刘某汝 本报通讯员 冷某')).toEqual([
      { name: '刘某汝', title: '本报记者' },
      { name: '冷某', title: '本报通讯员' },
    ]);
    // A role and its name on a line of their own, a label mark between (记者/甲, 记者:乙).
    expect(bylinesInText('记者/赵某祖')).toEqual([{ name: '赵某祖', title: '记者' }]);
    expect(bylinesInText('记者:丁某华')).toEqual([{ name: '丁某华', title: '记者' }]);
    // The outlet written on the role opens the byline too.
    expect(bylinesInText('工人日报客户端记者 田某垒 通讯员 刘某龙 葛某普 1月6日上午,送温暖活动启动。')).toEqual([
      { name: '田某垒', title: '工人日报客户端记者' },
      { name: '刘某龙', title: '通讯员' },
      { name: '葛某普', title: '通讯员' },
    ]);
    // The site's summary that repeats the lead keeps its byline after its label.
    expect(bylinesInText('导读:工人日报客户端 记者 刘某婷 实习生 朱某燕 近日,大赛启动。')).toEqual([
      { name: '刘某婷', title: '记者' },
      { name: '朱某燕', title: '实习生' },
    ]);
    // A reporter in the story, not a byline: the line does not open with the role.
    expect(bylinesInText('他对记者 说,今天很好。')).toEqual([]);
  });

  it('reads 视频 as a byline role, not a name (通讯员 甲 视频 乙)', () => {
    expect(bylinesInText('长沙讯(全媒体记者 王某芳 通讯员 廖某 视频 王某芳)今天上午,展馆开馆。')).toEqual([
      { name: '王某芳', title: '全媒体记者' },
      { name: '廖某', title: '通讯员' },
      { name: '王某芳', title: '视频' },
    ]);
  });

  it('reads a bracketed byline whose outlet is a press group or a county media centre', () => {
    expect(bylinesInText('本报讯 (宁夏日报报业集团全媒体记者 陈某梅)4月28日,自治区总工会召开会议。')).toEqual([
      { name: '陈某梅', title: '宁夏日报报业集团全媒体记者' },
    ]);
    expect(bylinesInText('(永宁县融媒体中心记者 马某)日前,县总工会召开会议。')).toEqual([
      { name: '马某', title: '永宁县融媒体中心记者' },
    ]);
  });

  it('reads a photographer credited in brackets inside the text ((袁金秀摄), (廖雁雄攝))', () => {
    expect(bylinesInText('市总工会开展健步走活动,800名职工参加。(袁金秀摄)')).toEqual([
      { name: '袁金秀', title: '摄影' },
    ]);
  });

  it('reads every role and name of a byline that ends in one 报道 (记者 甲 通讯员 乙 实习生丙报道)', () => {
    expect(bylinesInText('荆楚网消息 记者 包东喜 通讯员 刘长胜 实习生尹玉婷报道:昨日,活动启动。')).toEqual([
      { name: '包东喜', title: '记者' },
      { name: '刘长胜', title: '通讯员' },
      { name: '尹玉婷', title: '实习生' },
    ]);
  });

  it('reads no outlet holding 由 in a credit of photos (本组图片由本报记者 甲 摄)', () => {
    expect(bylinesInText('(本组图片由本报记者 刘某强 摄)')).toEqual([{ name: '刘某强', title: '本报记者' }]);
  });

  it('reads a Taiwanese byline in 〔〕 with the place reported from, and one with 图:/文: labels', () => {
    expect(bylinesInText('〔记者杨绵杰/台北报导〕劳动部今拍板。')).toEqual([{ name: '杨绵杰', title: '记者' }]);
    // In 【】, and on a line of its own without brackets (made-up names).
    expect(bylinesInText('【记者陈某敏/苗栗报导】苗栗县政府昨天举办表扬大会。')).toEqual([
      { name: '陈某敏', title: '记者' },
    ]);
    expect(bylinesInText('记者林某霄/南投报导')).toEqual([{ name: '林某霄', title: '记者' }]);
    expect(bylinesInText('(图:记者罗沛德,文:记者钟丽华)劳团昨到政院陈情。')).toEqual([
      { name: '罗沛德', title: '记者' },
      { name: '钟丽华', title: '记者' },
    ]);
  });

  it('reads authors from 作者: and from names alone in brackets', () => {
    expect(bylinesInText('来源:江城网 作者:郑和平')).toEqual([{ name: '郑和平', title: '作者' }]);
    expect(bylinesInText('会议圆满结束。(李明 王芳 赵丽)')).toEqual([
      { name: '李明', title: '作者' },
      { name: '王芳', title: '作者' },
      { name: '赵丽', title: '作者' },
    ]);
    expect(bylinesInText('会议在市职工服务中心(江城)举行。')).toEqual([]);
  });

  it('reads a two-character name set out with a space in brackets as one name (王 某), not a photo credit', () => {
    expect(bylinesInText('会议圆满结束。(王 程 李某芳)')).toEqual([
      { name: '王程', title: '作者' },
      { name: '李某芳', title: '作者' },
    ]);
    expect(bylinesInText('会议现场。(苏某 摄)')).toEqual([{ name: '苏某', title: '摄影' }]);
  });
});

describe('creditsIn', () => {
  it('reads a photographer’s label and a name closing a caption or a subhead (…致辞 摄影 曾某雄)', () => {
    expect(creditsIn('区总工会主席郑某飞致辞 摄影 曾某雄', true)).toEqual([{ name: '曾某雄', title: '摄影' }]);
    expect(creditsIn('精彩纷呈的节目表演 摄影 曾某雄')).toEqual([{ name: '曾某雄', title: '摄影' }]);
    expect(creditsIn('他热爱摄影 摄影作品', true)).toEqual([]);
  });

  it('reads the writers a 文/ label credits, with the photographer after them', () => {
    expect(creditsIn('文/李锦 朱晓莉 摄影/于小川')).toEqual([
      { name: '李锦', title: '作者' },
      { name: '朱晓莉', title: '作者' },
      { name: '于小川', title: '摄影记者' },
    ]);
  });

  it('reads a credit with an outlet and a credit without a role', () => {
    expect(creditsIn('选手正在比赛。江城网记者 林峰摄')).toEqual([{ name: '林峰', title: '江城网记者' }]);
    expect(creditsIn('■会议现场。 苏文 摄')).toEqual([{ name: '苏文', title: '摄影' }]);
  });

  it('reads every photographer listed before 摄影报道', () => {
    expect(creditsIn('毛朝阳、方秀琴 摄影报道')).toEqual([
      { name: '毛朝阳', title: '摄影' },
      { name: '方秀琴', title: '摄影' },
    ]);
  });

  it('reads a photographer named after 摄/, and no body credited as one', () => {
    expect(creditsIn('“职工之家”母婴室一隅。摄/吴秋楠')).toEqual([{ name: '吴秋楠', title: '摄影' }]);
    expect(creditsIn('图:全员合影 摄影:昆明航空')).toEqual([]);
  });
});

describe('findPeople › a profile’s apposition', () => {
  it('reads the office or calling after a comma as the role of the name that opens a profile', () => {
    expect(people('袁某伟,某某港口控股集团有限公司东方港务分公司高级工程师,某大学校友。')).toEqual([
      ['袁某伟', ['某某港口控股集团有限公司东方港务分公司高级工程师']],
    ]);
    expect(people('张某华,男,汉族,1975年出生,中共党员,某某机械有限公司高级技师。')[0]?.[1]).toEqual([
      '某某机械有限公司高级技师',
    ]);
    expect(people('李某,你好。')).toEqual([]);
  });
});

describe('findPeople › a region’s union passed on down a list', () => {
  it('gives a deputy listed after the head of a region’s union that union, its region unresolved (市总工会主席甲、副主席乙)', () => {
    expect(people('市总工会主席张某明、副主席李某华出席。')).toEqual([
      ['张某明', ['市总工会主席']],
      ['李某华', ['市总工会副主席']],
    ]);
    // A party committee of a place passes on nothing: its deputy is written with it.
    expect(people('县委书记张某明、副县长李某华出席。')[1]).toEqual(['李某华', ['副县长']]);
  });
});

describe('findPeople › offices after listed names', () => {
  it('gives the last name of a list joined by 及 the body of the names before it (甲局长、乙副局长及丙副局长)', () => {
    expect(people('劳工事务局孙某雄局长、林某美副局长及陈某良副局长与代表团会面。', '820000')).toEqual([
      ['孙某雄', ['劳工事务局局长']],
      ['林某美', ['劳工事务局副局长']],
      ['陈某良', ['劳工事务局副局长']],
    ]);
  });
});

describe('authorLine', () => {
  it('reads a line of names alone, not a headline', () => {
    expect(authorLine('秋水 许明', true)).toEqual([{ name: '许明', title: '作者' }]);
    // A page's editors and reviewers take their own labels, not 作者.
    expect(authorLine('编辑 曾某慧 二审 朱某 三审 吴某林', false)).toEqual([
      { name: '曾某慧', title: '编辑' },
      { name: '朱某', title: '二审' },
      { name: '吴某林', title: '三审' },
    ]);
    expect(authorLine('高质量发展', false)).toEqual([]);
  });

  it('reads no author from a medal heading a list of winners after the last paragraph (银牌)', () => {
    expect(authorLine('银牌', true)).toEqual([]);
  });

  it('does read a line the paper marks with a box as its authors’, wherever it stands, without the credit’s tail', () => {
    expect(authorLine('□王某新 陈某星', false).map((p) => p.name)).toEqual(['王某新', '陈某星']);
    expect(authorLine('□曹某露 孙某健 文/图', false).map((p) => p.name)).toEqual(['曹某露', '孙某健']);
    expect(authorLine('□王某新', false).map((p) => p.name)).toEqual(['王某新']);
    expect(authorLine('□工作动态 下一步', false)).toEqual([]);
    // ◎ marks a commentary's author, or a county paper's reporters.
    expect(authorLine('◎ 胡乐', false).map((p) => p.name)).toEqual(['胡乐']);
  });
});

describe('parseSignature › regions', () => {
  it('reads no region’s name in a site’s menu as a signature', () => {
    expect(parseSignature('南投县 云林县 高雄市')).toEqual([]);
  });
});

describe('parseSignature › photographers', () => {
  it('reads a signature closed by 摄 as the photographers’ credit, not the authors’ (杨某勇 摄)', () => {
    expect(parseSignature('(杨某勇 摄)')).toEqual([{ name: '杨某勇', title: '摄影' }]);
    expect(parseSignature('杨某勇 李某')).toEqual([
      { name: '杨某勇', title: '作者' },
      { name: '李某', title: '作者' },
    ]);
  });
});

describe('parseSignature', () => {
  it('keeps authors and drops pen-names', () => {
    expect(parseSignature('黄敏 罗杰').map((p) => p.name)).toEqual(['黄敏', '罗杰']);
    expect(parseSignature('南沙工')).toEqual([]);
  });
});
