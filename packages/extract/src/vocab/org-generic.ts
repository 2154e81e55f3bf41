import { Lexicon } from './lexicon.ts';

/**
 * Words that make a would-be organization name a category rather than a body: 各级工会,
 * 企业工会, 先行示范工联会, 工匠学院 name kinds of bodies. A name whose core is made only
 * of these (and has no place, national prefix or parent body before it) is generic.
 */
export const GENERIC_WORDS = new Set(
  (
    '各级 基层 上级 相关 有关 全体 所有 广大 链上 企业 产业 行业 社区 园区 村 新时代 先行示范 示范 示范性 模范 省级 市级 区级 县级 镇级 乡级 村级 ' +
    '国家级 全国 爱心 户外 劳动者 职工 工人 技术 创新 团队 人才 高技能 服务 志愿 志愿者 党群 妇女 青年 工匠 劳模 技能 大师 名师 培训 ' +
    '该 本 我 这 各 多 一 一家 多家 两家 母 子 分 联盟 集体 非公 民营 国有 外资 私营 中小 小微 龙头 骨干 重点 头部 电商 平台 ' +
    '农民工 本地 外地 地方 中介 物流 外卖 快递 家政 维权 法律 心理 关爱 帮扶 困难 单位 职能 成员 会员 部门 机关 事业 学校 医院 银行 工作 链 乡镇 镇 街道 区 市 县 省 ( ) 、 ' +
    '中职 高职 职业 中等 高等 技工 普通 公办 民办 优秀 先进 最美 模范职工 直辖市 系统 公司 集团 某 ' +
    // 国内煤矿, 重点产煤县乡镇煤矿: the country's mines, those of the coal counties.
    '国内 产煤 ' +
    // 工会驿站, 暖心驿站, 工会爱心驿站, 骑手驿站, 心灵驿站 (a counselling room), “红色驿站”: a kind of service
    // station, not one.
    '工会 暖心 幸福 温馨 骑手 心灵 红色 ' +
    // 市区两级总工会: the unions of two levels, not one; 各街镇总工会, 区属公司工会: of every town, of the
    // district's companies.
    '市区 地市 两级 三级 四级 街镇 镇街 区属 市属 省属 县属 ' +
    // 全省首家…工会联合会: the first of a kind, named by its kind.
    '首家 首个 首批 首期 新就业形态 新业态 灵活就业 ' +
    // 香港最大工会, 大型总工会: a union described by its size.
    '最大 大型 部分 独立 ' +
    // 各设区市总工会: the unions of every city with districts.
    '设区 ' +
    // 已登记雇员工会, 爱国工会, 港澳工会, 线上工会, 湾区内工会, 三亚全市工会: unions described by what they are.
    '登记 已登记 雇员 爱国 港澳 线上 网上 湾区 湾区内 全市 全区 全县 全省 全港 全澳 内地 ' +
    // 香港现时工会: the unions there now, not one named; 相关决策局, 各政策局: Hong Kong's policy bureaus in general.
    '现时 决策 政策 ' +
    // 县一级工会: the unions of a level, not one.
    '一级 ' +
    // 新时代文明实践中心: a kind of centre every county has (named by its place: …镇新时代文明实践中心).
    '文明实践 ' +
    // 股份公司工会批复: a company named by its legal form alone (the parent company), not by a name.
    '股份 控股 ' +
    // 当地工会, 双方总工会, 企事业工会主席, 大中型企业工会, 直管县总工会, 兄弟城市总工会, 留守工会主席, 建筑劳务公司工会:
    // the unions of a kind, of both sides, or of the place, not one named.
    '当地 双方 企事业 大中型 直管 兄弟 留守 劳务 ' +
    // 新时期工会主席, 天下工会是一家, 属下工会, 香港的主要工会, 省际间工会联动, 用人单位工会, 部属高校工会,
    // 产改企业工会, 小镇总工会: unions described by their time, place, rank or kind, not one named.
    '新时期 天下 属下 主要 省际 省际间 用人 部属 产改 小镇 ' +
    // 12家各星级酒店, 入住检疫酒店: hotels of a kind, not one named.
    '星级 检疫'
  ).split(' '),
);

/** The generic words as a trie: the longest one at a point, read without slicing. */
export const GENERIC_LEXICON = new Lexicon(GENERIC_WORDS);

/** Words after a region that count its bodies or people (市多家快递公司, 县部分企业, 高雄市多位工会代表): no one body. */
export const COUNTING_AFTER_REGION = ['多家', '多个', '多位', '多名', '部分', '一些', '若干', '各'];

/** Categories of bodies that stand as one item of a list before a named one (各企业及申远新材料有限公司). */
export const BODY_CATEGORIES = new Set('企业 单位 部门 机关 学校 医院 社区 行业 公司 集团'.split(' '));

/** Words that describe a body as the first of its kind (首个, 首家): a name holding one names no body. */
export const FIRSTS_OF_KIND = ['首个', '首家', '首批', '第一个', '第一家'];

/** The whole of an area a first of its kind is told in (全国首家金鱼行业工会联合会). */
export const AREA_SCOPES = ['全国', '全省', '全市', '全区', '全县', '全州'];

/** Words that name the unions' online platform before 工会 (智慧工会, 数字工会, 网上工会): a platform, never a body. */
export const PLATFORM_WORDS = ['智慧', '数字', '数智', '网上', '掌上', '云上', '指尖'];

/** 前 or 原 ("former") opening a body's name: the holder's past office (前保安局局长, 原市总工会主席), not the body's. */
export const FORMER_MARKS = ['前', '原'];

/** Words opening with 前 or 原 that name things (前海管理局, 前进街道, 前纺车间, 原子能), where it is no "former". */
export const WORDS_OPENING_WITH_FORMER = [
  '前海',
  '前进',
  '前卫',
  '前沿',
  '前线',
  '前门',
  '前纺',
  '前湾',
  '原子',
  '原料',
  '原创',
];

/** Words that describe a body by its size (香港最大工会): with a place too, they name none. */
export const SIZES_OF_KIND = ['最大', '大型', '最小'];

/**
 * Words a scan may leave at the start of a name that only say which or how many (全市各级…, 各…),
 * a span of years (过去五年县总工会…, 十年来…), 大陆 before a national body in Hong Kong's and Taiwan's
 * news (大陸中國職工對外交流中心), and the 及 that joins the last item of a list
 * (…服务处、及…议员办事处): 及 stays inside a name (劳工及福利局), never at its start.
 */
export const LEAD_WORDS =
  /^(?:全市|全区|全县|全省|全镇|全州|各级|各|及|(?:[一二三四五六七八九十两]{1,3}|\d{1,2})年(?:来|间)?|大陆(?=中[国华]|国家))/;

/**
 * The rest of the words 总 opens (总体, 总人口, 总经理; 总工会 is read whole as a name): 省总 and
 * 市总 before them are not 省总工会 or 市总工会.
 */
export const NOT_UNION_AFTER_ZONG =
  '工 书 经理 经济 经营 经销 经费 经办 体 结 量 数 额 计 值 监 裁 部 队 医 院 局 社 人口 面积 投资 收入 支出 长度 规划 成绩'.split(
    ' ',
  );

/**
 * Words a bare 市总 (县总, 区总) may follow as the body they govern (由市总, 根据市总要求, 通过市总验收):
 * after any other character, 市 ends a word (全市总人口, 城市总体).
 */
export const REGION_UNION_GOVERNORS =
  '由 向 在 和 与 及 据 经 对 从 将 被 到 为 请 受 是 让 通过 根据 按照 代表 协助 配合 联合 支持 感谢 得到'.split(' ');

/** Words that open with a region's level character but are no region (市场, 区域, 县域, 省份; 区外大学: outside it). */
export const NOT_REGION_WORDS =
  '市场 市民 市容 区域 区块 区间 县域 省份 市区 市内 区内 县内 省内 省外 区外 县外 市外'.split(' ');

/**
 * Departments whose name opens with 民 (民政局, 民宗局, 民族宗教事务委员会): after 市 they are the
 * city's, not 市民 (citizens).
 */
const MIN_DEPARTMENTS = '民政 民宗 民族 民营'.split(' ');

/**
 * A name or role opening with one of NOT_REGION_WORDS (市民 only before no department opening
 * with 民), or with 市政 (municipal works) that is no 市政府 or 市政协.
 */
export const NOT_REGION_START = new RegExp(
  `^(?:${NOT_REGION_WORDS.filter((w) => w !== '市民').join('|')}|市民(?!${MIN_DEPARTMENTS.map((w) => w.slice(1)).join('|')})|市政(?![府协]))`,
);

/** The character that stands for a name a report leaves out (某公司, 张某). */
export const ANONYMOUS = '某';
/** What opens a name a page keeps anonymous (某混凝土有限公司, 某某科技公司, as rights cases are told): no body named. */
export const ANONYMOUS_OPENING = new RegExp(`^${ANONYMOUS}`);

/** Words before a region's short form that make it every region of that level or an unnamed one (各区总工会, 某市总工会, 各市、州总工会, 相关市总工会). */
export const EVERY_BEFORE = /[各诸某]$|各[省市区县州旗镇乡]、$|(?:相关|有关)$/;

/** Characters before levels listed before one 总工会 that make them every region's (各省、市总工会, 全省、市…): no one federation. */
export const EVERY_LEVEL_BEFORE = '各全每本该两';

/** Words right before a name that make it every body of a kind (县直各委局工会, 诸工会): no one body. */
export const EVERY_KIND_BEFORE = /[各诸]$/;

/** A count right before a name (18个铁路局集团公司, 5家建筑公司): that many bodies of a kind, no one body. */
export const COUNT_OF_KIND_BEFORE = /(?:\d+|[一两三四五六七八九十百千]+)(?:多|余)?[个家所]$/;

/** Words that open a generic item of a list of bodies (各县民政局, 有关部门, 其他单位): no body named. */
export const GENERIC_ITEM_OPENERS = ['各', '有关', '相关', '其他', '其它'];

/** A count before a region's short form: that many regions (11个市煤炭工业局, 两县总工会), not one. */
export const COUNT_BEFORE = /(?:\d+|[两三四五六七八九十]+)(?:多|余)?个?$/;

/**
 * A region's level word used as a category, not as the region (市级, 镇街, 县区, 市(区), 县两级), or one of
 * a list of levels (省、市和新区党委).
 */
export const LEVEL_CATEGORY =
  /^(?:直辖市|[市区县镇省乡州旗]级|[市区县镇乡旗][一两三四]级|乡镇|镇街|县区|区县|市县|省市|市旗|旗县|盟市|[市区县镇乡旗]\(|街道\(|[省市区县镇乡州旗][和及与、])/;
