import type { OrganizationKind } from '@reportgraph/contract';
import { HONOUR_TITLES } from './honours.ts';
import { HONG_KONG_CONSTITUENCIES } from './special-regions.ts';

/**
 * Titles a person is named by: offices held in a body (主席, 局长, 董事长), callings and
 * occupations (劳模, 选手, 钳工, 环卫工人), and the words around a name that mark it as one
 * (同志, 先生). General vocabulary of the genre, not anyone's title in particular; Hong Kong's
 * and Macau's offices too (行政长官, 立法会议员, 区议员, 民政事务专员, 特派员).
 */

/**
 * Words that open with an office but name a thing (主席台, the rostrum; 大使馆), or run on into another word (民主管理:
 * 主管 of 民主 and 管理): no office is read at their start.
 */
export const WORDS_OPENING_WITH_OFFICES: readonly string[] = ['主席台', '大使馆', '主管理'];

/** Offices: a post in a body. Prefixed forms (副, 常务副, 兼职副, 名誉 …) are built from TITLE_PREFIXES and 副. */
export const OFFICES = (
  '总理 主席 书记 党组书记 党组成员 分党组书记 分党组成员 党委书记 党委常委 党委委员 党支部书记 党总支书记 纪委书记 纪检组长 ' +
  '监察专员 常委 主任 局长 部长 厅长 处长 科长 司长 署长 秘书长 司库 巡视员 调研员 主任科员 董事长 董事 董事会秘书 职工董事 职工监事 执行长 总经理 经理 总裁 总监 ' +
  '艺术总监 技术总监 总工程师 总会计师 总经济师 首席执行官 院长 校长 所长 站长 社长 总编辑 主编 台长 馆长 团长 队长 ' +
  '组长 会长 理事长 理事 常务理事 监事长 监事 委员长 执委 主任委员 委员 负责人 干事 行长 检察长 庭长 厂长 矿长 ' +
  '政委 店长 护士长 车间主任 班组长 班长 工段长 作业长 总作业长 项目经理 主管 领队 教练 总领队 裁判长 总裁判长 主任医师 议员 专员 行政长官 特派员 助理 ' +
  '秘书 总秘书 顾问 法律顾问 会务顾问 新闻发言人 ' +
  // A company's officers as its news shortens them (维修副总, 总助 for 总经理助理), a project's
  // command (常务副指挥长).
  '副总 总助 总指挥 副总指挥 指挥长 副指挥长 总指挥长 ' +
  // Taiwan's ministries' political deputy heads (劳动部政务次长李某); not a bare 次长 (这次长荣航空的争议).
  '政务次长 ' +
  // An embassy's (驻巴基斯坦大使农融, 使馆临时代办王某, 经商处公参夏某); not a bare 代办 (代办手续).
  '大使 临时代办 参赞 公参'
).split(' ');

/** Seats in a body, held by many at once (立法会议员, 常委, 理事): a seat written once before a list is each name's. */
export const SHARED_SEATS = '议员 委员 常委 理事 监事 执委 成员 干事 顾问'.split(' ');

/** Words before an office that qualify it (副主席, 常务副主席, 一级调研员, 名誉会长). */
export const TITLE_PREFIXES =
  '常务 执行 第一 名誉 荣誉 兼职 专职 挂职 首席 一级 二级 三级 四级 高级 资深 助理 代理 署理 常任'.split(' ');

/** Offices that name their own body by its level (市长 heads the city, not the party committee). */
export const PLACE_OFFICES = new Set('省长 市长 区长 县长 镇长 乡长 州长 旗长'.split(' '));

/** Callings and occupations: what a person is or does rather than a post in a body (honours included). */
export const CALLINGS = [
  ...HONOUR_TITLES,
  ...(
    '全国劳模 省劳模 市劳模 获得者 选手 参赛选手 冠军 亚军 季军 志愿者 社工 师傅 大姐 大哥 阿姨 大叔 院士 老师 教师 讲师 教授 副教授 研究员 ' +
    '医生 医师 护士 护师 药师 律师 工程师 高级工程师 高级编辑 主任编辑 高级记者 主任记者 技师 高级技师 技术员 技工 职工 员工 工人 农民工 困难职工 下岗职工 ' +
    '退休职工 一线职工 环卫工人 环卫工 快递员 外卖员 快递小哥 外卖小哥 网格员 驾驶员 司机 民警 社区民警 警官 辅警 ' +
    '消防员 演员 作家 营业员 收银员 柜员 店员 职员 业务员 销售员 保洁员 安全员 调度员 乘务员 邮递员 投递员 管理员 配送员 ' +
    '辅导员 监察员 劳动监察员 保安 厨师 焊工 电焊工 钳工 车工 铣工 电工 装配工 试验工 操作工 维修工 装调工 安装工 检修工 调试工 起重工 ' +
    '架子工 木工 管道工 巡检工 质检员 检验员 检测员 化验员 修复师 设计师 会计 会员 党员 务工人员 外籍务工人员 村民 居民 学员 ' +
    '代表 职工代表 劳模代表 能手 带头人 领衔人 创始人 主理人 讲解员 宣讲员 调解员 指导员 主播 领导 领导班子 成员 书法家 画家 艺术家 ' +
    '运动员 裁判 领袖 专家 骨干 技术骨干 业务骨干 骑手 外卖骑手 众包骑手 工作人员 队员 观众 青工 学子 老兵 ' +
    // Guests and hosts of an event and pupils of a union's class (特邀嘉宾甲, 男嘉宾乙说, 主持人丁, 托管班学生丙).
    '嘉宾 主持人 学生 ' +
    // Skill grades of state enterprises (首席技能师), honours (岗位标兵), an election's candidates
    // (副主席候选人), new trades (网约送餐员) and building trades (砌筑工).
    '技能师 首席技能师 主任技能师 标兵 候选人 送餐员 砌筑工 抹灰工 钢筋工 混凝土工 油漆工 ' +
    // The professional titles of farming and accounts beside 工程师 (高级农艺师), and a farm's manager (职业经理人).
    '农艺师 高级农艺师 畜牧师 兽医师 统计师 审计师 经理人 ' +
    // The other professional titles ending in 师 that award lists give (高级工艺美术师, 制版师, 副总飞行师).
    '工艺美术师 高级工艺美术师 美术师 经济师 高级经济师 会计师 高级会计师 建筑师 规划师 制版师 飞行师 副总飞行师 培训师 ' +
    // A hospital's and a university's grades and licences beside 医师 and 教授 (主治医师, 执业中药师,
    // 硕士生导师), and the therapists and counsellors of workers' services.
    '主治医师 副主任医师 执业医师 中药师 执业中药师 执业药师 康复师 运动康复师 营养师 心理咨询师 咨询师 导师 硕士生导师 博士生导师 ' +
    // A company's senior executives (集团高管甲、乙), a station's duty officer and a mine's gas inspector.
    '高管 值班员 车站值班员 瓦检员 ' +
    // Trades of mines, oilfields, mills, railways and surveying that worker-honour lists name
    // (采油工, 挡车工, 接触网工, 工程测量工).
    '测量工 工程测量工 采油工 采气工 采煤工 掘进工 挡车工 纺织工 机修工 钣金工 仪表工 配电工 锅炉工 司炉工 铸造工 锻造工 ' +
    '冲压工 涂装工 制冷工 巡线工 线路工 信号工 接触网工 钻井工 修井工 ' +
    // Bearers of an intangible heritage craft (非遗传承人), invited to teach or show it.
    '传承人 非遗传承人 ' +
    // A studio's leader and the builders of a project (创新工作室领军人甲, 电力建设者乙).
    '领军人 建设者 ' +
    // Households a union visits and helps (来到甲、乙等困难农户家中).
    '农户 困难农户 困难户 贫困户 ' +
    // Miners, train crews, a village's party secretary, a discipline inspector, a hall's guide, and
    // workers called by each other's word (工友甲、乙夫妇).
    '矿工 列车长 列车员 村支书 纪检员 解说员 工友 ' +
    // A civil servant's grade and the trades award lists name (派出所科员, 首席化验师, 值班调度长, 包装工), and referees.
    '科员 化验师 首席化验师 调度长 包装工 裁判员 ' +
    // What care stories and award lists say a person is (困难职工、退伍军人甲, 新市民乙, 劳务派遣工丙, 人民警察丁).
    '军人 退伍军人 退役军人 警察 人民警察 新市民 派遣工 劳务派遣工 ' +
    // Job seekers and migrant workers job fairs and return-home stories quote (求职者甲, 民工乙, 外来务工者丙).
    '求职者 民工 务工者 外来务工者 打工者 ' +
    // The service trades and grades of model workers' profiles (北京10路汽车售票员甲, 环卫女工乙, 技术总厨丙,
    // 综合工长丁, 项目探伤工戊), and the scholars and entrepreneurs named beside them.
    '售票员 服务员 售货员 导游员 导游 女工 环卫女工 临工 临时工 总厨 技术总厨 工长 综合工长 探伤工 学者 企业家 ' +
    // Trades of stores, hotels, steel mills and mines, and a school's leavers (促销员, 星评员, 炉长, 铲爆工, 副总工艺师, 毕业生).
    '促销员 星评员 炉长 铲爆工 工艺师 总工艺师 副总工艺师 毕业生 ' +
    // A craft's master and apprentice, a famed teacher, a master of a trade (师父甲, 徒弟乙, 名师丙, 中国烹饪大师丁: 大师
    // alone is often an honorific after the name, 潘某华大师), and a station's security checker.
    '师父 徒弟 名师 烹饪大师 工艺美术大师 雕刻大师 技能大师 安检员 ' +
    // A works' inspectors, a brewery's masters and a household's nurse (油料检验工甲, 总酿酒师乙, 月嫂丙).
    '检验工 酿酒师 总酿酒师 品酒师 月嫂'
  ).split(' '),
  ...HONG_KONG_CONSTITUENCIES,
];

/** What follows 老 when it names old people (老同志, 老领导, 老党员, 老干部, 老劳模), not a given name. */
export const OLD_PEOPLE = ['同志', '领导', '党员', '干部', '职工', '劳模', '工人', '战士', '朋友', '年人'];

/**
 * Callings said of a group after 等 (甲、乙等困难职工, 甲等为代表): the names listed before them are
 * people. (Every calling written before bare names is shared by them: `isGroupCalling`.)
 */
export const GROUP_CALLINGS = new Set(
  '领导 劳模 劳动模范 代表 职工代表 劳模代表 工人 职工 员工 困难职工 务工人员 外籍务工人员 选手 参赛选手 获得者 成员 会员 志愿者 村民 居民 学员 农户 困难户 贫困户'.split(
    ' ',
  ),
);

/** Markers after a name that are the person's title as written (习近平总书记, 肖序常院士, 王立教授). */
export const TITLE_MARKERS = ['总书记', '院士', '教授'];
/** Words right after a name that mark it as one (余华涛同志, 胡国康先生, 习近平总书记). */
// 在省劳动模范李某家中: a home visited is a person's.
export const NAME_MARKERS = [
  '同志',
  '先生',
  '女士',
  ...TITLE_MARKERS,
  '烈士',
  '老师',
  '师傅',
  '博士',
  '老人',
  '家中',
  '家里',
];

/** 国家中心城市, 国家中小企业: 家中 read on into a word, no home. */
export const NOT_A_HOME = /^家中[心小医央学级]/;

/** 马揸度博士大马路, 罗理基博士大马路: a marker before a road's word names a street after someone, no one there. */
export const STREET_AFTER_MARKER = /^\p{Script=Han}{2}(?:大马路|马路|大道|大街|路(?![过上口线])|街(?!道)|巷)/u;

/** A meeting written before an office it gives (大会执行主席, 会议主持人): the meeting's office, no body's. */
export const MEETING_LEADS = ['大会', '会议', '论坛', '年会'];

/** Notes in brackets between an office and its holder's name: 副主席(主持工作)吴某, 副局长(正处级)李某. */
export const OFFICE_NOTES = /^\((?:主持工作|负责日常工作|[正副][处科厅局部县]级|挂职|兼职|兼)\)$/;

/** Marks in brackets right after a name: 田得梅(女), and where a photo shows them: 岳某英(左二), 常某(左1). */
const NAME_MARK = '女|男|[\\p{Script=Han}]{1,3}族|兼职|挂职|兼';
/** Regex source (no anchors, no flags but `u`) of such a note: 张榕明(兼,女), 徐德明(满族). */
export const NAME_NOTE_SOURCE = `\\((?:${NAME_MARK}|[前后中]?排?[左右中][一二三四五六七八九起\\d]?)(?:[,，、](?:${NAME_MARK}))*\\)`;
export const NAME_BRACKET_NOTES = new RegExp(`^${NAME_NOTE_SOURCE}`, 'u');

const longestFirst = (words: Iterable<string>): string => [...words].sort((a, b) => b.length - a.length).join('|');

/**
 * Offices, by rank, another office may follow with nothing written between them (党组书记常务副主席,
 * 党委常委副校长, 党委委员副主任): a party post before the unit's own.
 */
export const GLUED_FIRST_OFFICES = ['书记', '党委常委', '党委委员', '党组成员'];

/** Verbs that may follow a calling counted after names (…等6名劳模工匠参加活动, 三位劳模走进校园). */
export const COUNTED_THEN = '参加 出席 参与 走进 来到 分享 讲述 发言 登台 获得 荣获 代表'.split(' ');

/** Every calling, as a regex alternation (longest first). */
export const CALLING_SOURCE = longestFirst(CALLINGS);

/** The last character of a body's name (…研究院, …公司, …剧团, a railway's …工务段) or a workshop's (耐压车间, 运行工区): a run ending in one before a name is an employer. */
export const UNIT_ENDS = '院 所 司 厂 局 部 队 站 校 会 馆 团 社 行 店 场 矿 室 处 科 委 段 中心 车间 工区'.split(' ');

/**
 * Words a role may open with for the body an article is about (集团工会主席, 公司党委书记, 学校党委书记,
 * 院党委书记), each with the endings that body's name may have.
 */
export const GENERIC_BODY_LEADS: ReadonlyMap<string, readonly string[]> = new Map([
  ['集团公司', ['集团公司', '集团', '集团有限公司', '集团股份有限公司']],
  ['集团', ['集团', '集团公司', '集团有限公司', '集团股份有限公司']],
  ['公司', ['公司']],
  ['学校', ['学校', '学院', '大学', '中学', '小学']],
  // 校工会主席, 校党委书记: the school written by its last character.
  ['校', ['学校', '学院', '大学', '中学', '小学']],
  // 医院工会主席 in a 妇幼保健院's article: a 保健院 or a 卫生院 is a hospital.
  ['医院', ['医院', '保健院', '卫生院']],
  // 院党组书记、检察长 in a 人民检察院's article: a court or a procuratorate too (a government's, see KINDED_ENDINGS).
  ['院', ['医院', '学院', '研究院', '法院', '检察院']],
  ['中心', ['中心']],
  ['所', ['研究所']],
  // 局党组书记、局长甲 in a 水务局's article: the bureau the article names.
  ['局', ['局']],
  // 总工会理事长周某 after 香港建造业总工会 was named: the federation the article names (a union, unlike the rest).
  ['总工会', ['总工会']],
]);

/**
 * The writer's own body in a role (我司副总经理, 我校党委书记, 本会会长), with the endings of the names it
 * may stand for: the article's body of that kind when it names one, else the office alone.
 */
export const OWN_BODY_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['我公司', ['公司']],
  ['我司', ['公司']],
  ['我集团', ['集团', '集团公司', '集团有限公司', '集团股份有限公司']],
  ['我校', ['学校', '学院', '大学', '中学', '小学']],
  ['我院', ['医院', '保健院', '卫生院', '学院', '研究院']],
  ['我厂', ['厂']],
  ['我局', ['局']],
  ['本会', ['会']],
]);

/**
 * Offices whose holder's body is of the kind the office names (校长 a school's, 院长 a hospital's,
 * college's or court's), with the endings of such bodies' names: written bare, the office is that of the
 * article's one body whose name ends so (with two such bodies, of neither).
 */
export const KIND_OFFICES: ReadonlyMap<string, readonly string[]> = new Map([
  ['校长', ['学校', '小学', '中学', '大学', '学院', '职校', '技校', '党校']],
  ['院长', ['医院', '保健院', '卫生院', '学院', '研究院', '疗养院', '法院', '检察院']],
  // 副厂长冯某, 所长甲, 段长助理乙, 站长丙, 矿长丁: a factory's, an institute's, a depot's, a station's or a mine's
  // head in an article about one.
  ['厂长', ['厂', '总厂', '分厂']],
  ['所长', ['研究所', '设计所', '派出所', '司法所']],
  ['段长', ['段']],
  ['站长', ['站']],
  ['矿长', ['矿', '煤矿']],
]);

/**
 * Who a union office written bare (工会主席, 工会副主席) may be of: no federation of unions, whose officers are written
 * with its name (…总工会, …工会联合会, …联合总会, 港九…联会); else the union of a company, a school or a hospital.
 */
export const UNION_OFFICE_BODIES = {
  federationEnds: ['总工会', '联合会', '总会', '联会'],
  holderKinds: ['company', 'school'],
  hospitalEnds: ['医院', '卫生院', '保健院'],
} as const;

/**
 * The generic leads that stand for a body of one kind: a union (总工会理事长), a government's bureau (局党组书记、局长 in
 * a 水务局's article). The others stand for a company, school or hospital.
 */
export const KINDED_LEADS: ReadonlyMap<string, OrganizationKind> = new Map([
  ['总工会', 'union'],
  ['局', 'government'],
]);

/** Endings of a generic lead's bodies that are the government's, though the lead's others are not (法院 of 院). */
export const KINDED_ENDINGS: ReadonlyMap<string, OrganizationKind> = new Map([
  ['法院', 'government'],
  ['检察院', 'government'],
]);

/**
 * Words a role may open with that point back to a body named before (该公司工会主席, 该校校长,
 * 该会秘书长), each with the endings the name it points to may have. A region pointed back to
 * (该镇党委委员, 该市副市长) is the article's place of that level, as a bare 镇/市 is.
 */
export const BODY_ANAPHORS: ReadonlyMap<string, readonly string[]> = new Map([
  ['该公司', ['公司']],
  ['该集团', ['集团', '集团公司', '集团有限公司', '集团股份有限公司']],
  ['该企业', ['公司', '集团', '厂']],
  ['该厂', ['厂']],
  ['该矿', ['矿']],
  ['该校', ['校', '学', '学院']],
  ['该院', ['院']],
  ['该局', ['局']],
  ['该会', ['会']],
  ['该所', ['所']],
  ['该站', ['站']],
  ['该中心', ['中心']],
]);

/**
 * Bodies inside a unit (党委, 纪委, 工会): an office in one is in the unit named before it. 支部 and 总支 as pages
 * shorten a party branch (代塘村支部书记, 某公司总支委员); 团支部 is the youth league's, read whole.
 */
export const SUB_BODIES =
  '党委 党工委 党组 分党组 纪委 纪检组 党支部 党总支 团支部 总支 支部 工会 行政 团委 董事会 监事会'.split(' ');

/**
 * A company's own officers (董事长, 副总经理, 总工程师): after an office in one of its sub-bodies
 * (…公司工会主席、副总经理) they are the company's, not the sub-body's.
 */
export const COMPANY_OFFICES = '董事长 副董事长 总经理 副总经理 总工程师 总会计师 总经济师 总法律顾问'.split(' ');

/**
 * A region's people's congress, consultative conference and party committee: bodies with no union of
 * their own, so a union office chained after one of theirs is the region's federation's
 * (区人大常委会副主任、工会主席).
 */
export const REGION_POLITICAL_BODIES = ['人大常委会', '人大', '政协', '委'];
/**
 * A unit's party committees (某医院党总支, 某街道党工委): the offices they hold are a secretary's or a member's, so
 * an office after one of theirs that is neither (院长, 副主任) is the unit's.
 */
export const PARTY_COMMITTEES = ['党委', '党工委', '党组', '党支部', '党总支', '总支', '支部'];
/** How a party committee's offices end (党委副书记, 党工委委员, 党委常委). */
export const PARTY_OFFICE_ENDS = ['书记', '委员', '常委', '成员'];
/** A street's or a zone's administration, the counterpart of its party committee (街道党工委 and 办事处). */
export const ADMINISTRATIONS = ['办事处', '管委会'];
/** A street's and a town's party committees (某街道党工委, 某镇党委), and the levels they are at. */
export const TOWN_PARTY_COMMITTEES = ['党工委', '党委'];
export const TOWN_LEVELS = ['街道', '镇', '乡'];

/**
 * A union's committees as the genre shortens them in a title (省总女职委主任): a role names the
 * committee in full, as its organization is named. (经审委 stays as written: the gold keeps it short.)
 */
export const SHORT_COMMITTEES: ReadonlyMap<string, string> = new Map([['女职委', '女职工委员会']]);

/**
 * A union's committees written between it and an office (市总工会经审委主任甲、副主任乙): a deputy of the
 * same office listed next sits in the same committee.
 */
export const UNION_COMMITTEES = '经审委 经审会 经审委员会 经费审查委员会 女工委 女职委 女职工委员会'.split(' ');

/** A delegate's seat in a congress, taken by election (全国人大代表, 市党代会代表, 中国工会十八大代表). */
export const DELEGATE_SEAT = /(?:人大|党代会|大)代表$/;

/** A region's own mass bodies (总工会, 妇联, 科协): an office in one is the region's, not a unit's. */
export const REGION_BODIES = '总工会 妇联 工商联 科协 残联 文联 侨联'.split(' ');

/** The offices a union's or association's congress elects (王某当选为主席): held in that body when written bare. */
export const ELECTED_OFFICES =
  '主席 副主席 会长 副会长 理事长 副理事长 监事长 副监事长 秘书长 副秘书长 执委 常委 委员'.split(' ');

/**
 * A civil servant's ranks (一级调研员, 副巡视员): held in the body that employs him, so one after that
 * body's offices in a chain is in that body (中国金融工会副主席王某,副巡视员张某).
 */
export const CIVIL_RANKS = ['调研员', '巡视员', '主任科员'];
/** Ranks and grades (一级调研员, 高级技师): a grade is a person's, not a post in the body named before it. */
export const RANKS = [...CIVIL_RANKS, ...'技师 工程师 经济师 会计师 高级编辑 主任编辑 高级记者 主任记者'.split(' ')];

/** Words a body's name opens with from the country down (中国金融工会): a body of its own. */
export const NATIONAL_PREFIXES = '中国 中华 全国 国家'.split(' ');

/** What a department's name ends with (劳动关系部, 办公室): a department right before a name is an employer. */
export const DEPARTMENT_ENDS = '办公室 部 处 科 室 中心'.split(' ');
/**
 * A body's general office, written bare after its officers (市总工会主席甲、副主席乙,办公室主任丙): that body's, as
 * a department written with its name is (女工部部长).
 */
export const GENERAL_OFFICE = '办公室';

/** A department head's titles that share the department's 部 when written after it (组织部长 for 组织部部长). */
export const SHARED_BU_TITLES = new Set(['部长', '副部长']);

/** The offices that head or serve a body (a subset of OFFICES): after a would-be name they show it names a body. */
const HEAD_OFFICES =
  '主席 书记 会长 理事长 院长 校长 局长 主任 董事长 总经理 经理 部长 所长 站长 厂长 秘书长 队长 行长 社长 台长 馆长'.split(
    ' ',
  );

/**
 * The offices of a union's or an association's own leadership: written bare in a sentence the body
 * opens (…总工会一行…在理事长某的带领下), they are that body's.
 */
export const MEMBERSHIP_BODY_OFFICES = new Set(
  '主席 副主席 常务副主席 理事长 副理事长 常务副理事长 会长 副会长 常务副会长 秘书长 副秘书长 监事长'.split(' '),
);

/** The head offices as words: an organization name read leftwards does not run over one (…工联会秘书长黄国及…). */
export const HEAD_TITLES: ReadonlySet<string> = new Set(HEAD_OFFICES);

/** A head's office right after a would-be name shows it names a body (四川省教科文卫工会主席王俊兵, 金隅集团党委副书记). */
export const HEAD_TITLE_AFTER = new RegExp(
  `^(?:党组|党委|常务)?(?:副|执行|名誉|兼职副?|代理|署理)?(?:${HEAD_OFFICES.join('|')})`,
);

/**
 * Notes a profile gives between a name and its office (张某,男,汉族,1975年出生,中共党员,某公司高级技师):
 * sex, people, birth and party, as a regex source.
 */
export const PROFILE_NOTE_SOURCE =
  '男|女|\\p{Script=Han}{1,3}族|\\d{4}年(?:\\d{1,2}月)?(?:出生|生)|中共党员|中共预备党员|群众';

/**
 * Fields of a company's work written before an officer's title (财务总监, 营销副总监, 生产副总经理): the
 * field the officer heads, not a department the next title in a chain is in.
 */
export const WORK_FIELD_WORDS = [
  '财务',
  '营销',
  '销售',
  '生产',
  '技术',
  '行政',
  '运营',
  '经营',
  '市场',
  '商务',
  '工程',
];
