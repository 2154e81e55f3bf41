import type { OrganizationKind } from '@reportgraph/contract';
import { Lexicon } from './lexicon.ts';

/**
 * The words that end an organization's name, with the kind they imply and how much they
 * say on their own that a name ends there:
 * - `strong`: a legal or formal ending that rarely closes anything but a name (有限公司, 总工会);
 * - `plain`: a name ending that is also an everyday noun (公司, 工会, 学校);
 * - `anchored`: a body only with a place, a national prefix or a parent body before it
 *   (局, 中心, 委员会, 医院: 结局, 服务中心 are words);
 * - `unit`: a part of a body, a name only right after its parent (…有限公司发电部, …分厂钣金二班).
 */
export type SuffixStrength = 'strong' | 'plain' | 'anchored' | 'unit';

export interface SuffixRule {
  suffix: string;
  kind: OrganizationKind;
  strength: SuffixStrength;
}

const rules = (kind: OrganizationKind, strength: SuffixStrength, words: string): SuffixRule[] =>
  words.split(' ').map((suffix) => ({ suffix, kind, strength }));

/**
 * A company's legal forms: a name always stands before one (钢铁联合有限责任公司), where 集团公司 may be
 * said of the group without its name (助推集团公司发展).
 */
export const LEGAL_FORMS: readonly string[] = ['股份有限公司', '有限责任公司', '有限公司'];
/** A group company (…集团公司), and the group as it is also written without its 公司 (…集团). */
export const GROUP_COMPANY = '集团公司';
export const GROUP = '集团';

/** A region's federation of trade unions, as its name ends (佛山市总工会). */
export const FEDERATION = '总工会';

export const SUFFIX_RULES: readonly SuffixRule[] = [
  ...rules('union', 'strong', '工会联合总会 工会联合会 工联总会 总工会 工会委员会 工会全国委员会'),
  // 鲁能大厦楼宇联合工会, 网络主播行业联合工会: the joint union of a building's or a trade's workplaces.
  ...rules('union', 'strong', '楼宇联合工会 行业联合工会'),
  // 枣阳市兴隆镇运输行业联合基层工会, 蓝光楼宇联合基层工会委员会: a joint union of small workplaces, one grassroots union.
  ...rules('union', 'strong', '联合基层工会 联合基层工会委员会'),
  ...rules('union', 'plain', '工联会 联合工会 工会 工作联盟'),
  // 越南劳动总联合会, 日本劳动组合总联合会 (连合), 韩国劳动组合总联盟: other countries' union federations, which
  // name a union 劳动组合 or their workers' federation 劳动总联合会.
  ...rules('union', 'strong', '劳动总联合会 劳动组合总联合会 劳动组合总连合会 劳动组合总联盟'),
  ...rules('union', 'anchored', '工委'),
  // …包装班工会小组, …客户服务中心工会分会: a unit's own union, named after the unit (模范职工小家 lists).
  ...rules('union', 'unit', '工会小组 工会分会'),
  ...rules('government', 'anchored', '人大常委会 人民政府 政府 委员会 管委会 办事处 局 厅 办公厅 办公室 新闻办'),
  ...rules('government', 'anchored', '人民法院 中级人民法院 法院 中院 人民检察院 检察院 派出所 监委 政协 立法会'),
  // 区劳动人事仲裁院: the labour disputes' arbitration court (its commission ends in 委员会).
  ...rules('government', 'anchored', '仲裁院'),
  // 广州海关, 南宁海关: the customs of a port city, named by it.
  ...rules('government', 'anchored', '海关'),
  // 市卫健委, 县卫计委, 市交通运输委, 市发改委, 区教委, 市建委, 宜昌市城管委: commissions as pages shorten them;
  // 市人大: the people's congress.
  ...rules(
    'government',
    'anchored',
    '卫健委 卫生健康委 卫计委 交通运输委 发改委 发展改革委 国资委 经信委 住建委 城乡建委 建委 建设交通委 教委 农委 城管委 人大',
  ),
  // 宜昌市环卫处, 区环卫处, 哈密市环卫处: a city's or a district's sanitation office, named by its place.
  ...rules('government', 'anchored', '环卫处'),
  // 陕西省金融办, 厦门市物流办, 市合作交流办: an office (办公室) as pages shorten it, named by its region.
  ...rules('government', 'anchored', '办'),
  // 凌河区公安分局, 县交警大队, 海城区消防救援大队: a district's or county's police and fire services.
  ...rules('government', 'anchored', '公安分局 交警大队 交警支队 城管大队 消防救援大队 消防救援支队'),
  // 绥化市劳动保障监察支队, 县劳动监察大队: a region's labour inspectors, who recover unpaid wages.
  ...rules('government', 'anchored', '监察大队 监察支队'),
  ...rules('government', 'unit', '分局'),
  // 四川省农民工工作领导小组, 全国厂务公开协调小组: a region's standing task groups.
  ...rules('government', 'anchored', '领导小组 协调小组'),
  // 宁波援疆指挥部, 广汉市对口帮扶金阳县前线指挥部, 南京地铁建设指挥部: a region's command of an aid or a
  // building campaign.
  ...rules('government', 'anchored', '指挥部'),
  // 福建省协调劳动关系三方会议, 省协调劳动关系三方会议决定…: a region's tripartite labour-relations council (the
  // government, the unions and the employers), as some regions name it instead of a 三方委员会.
  ...rules('government', 'anchored', '协调劳动关系三方会议'),
  // 晋江市委政法委, 州政法委: a party committee's commission for political and legal affairs, named by its committee or place.
  ...rules('party', 'anchored', '党支部 党总支 党委 党组 团委 纪委 纪委监委 政法委'),
  // 市直机关工委, 省直属机关工委, 街道纪工委: the party's work committees for a region's offices and its discipline,
  // not the 关工委 (关心下一代工作委员会) their last three characters spell.
  ...rules('party', 'anchored', '机关工委 纪工委'),
  ...rules('party', 'plain', '省委 市委 区委 县委 镇委 州委'),
  ...rules('company', 'strong', `${LEGAL_FORMS.join(' ')} 集团公司`),
  ...rules('company', 'plain', '集团 公司'),
  // 常州市卿卿针织厂, 国药太极涪陵制药厂, 通化矿务局机电总厂: a factory named as such.
  ...rules('company', 'plain', '厂 总厂'),
  // 金凤岭种植专业合作社, 诸暨市绿康果蔬专业合作社: farmers' cooperatives, named by their own words.
  ...rules('company', 'plain', '专业合作社'),
  // 大庆油田, 胜利油田工会, 由河南油田承办: the oil companies are named by their fields; 夹沟农场, 红旗林场, 东明牧场,
  // 敬亭山茶场: the state farms by theirs.
  ...rules('company', 'plain', '油田 农场 林场 牧场 茶场'),
  // 中国工人出版社, 南方日报出版社, 工人日报社: publishers and papers, named by their own words.
  ...rules('company', 'plain', '出版社 报社'),
  // 口岸国际大酒店, 广州东方宾馆, 柳州饭店, 华北商厦: hotels and stores, named by their own words.
  ...rules('company', 'plain', '大酒店 酒店 宾馆 饭店 商厦'),
  ...rules('company', 'anchored', '银行'),
  // …有限责任公司东曲矿: a company’s mines, named after it.
  ...rules('company', 'unit', '分公司 分厂 车间 项目部 事业部 业务部 营业部 中心店 营业点 分行 支行 中心支行 矿'),
  // 常村煤矿, 郭屯煤矿工会, 石店煤业, 西山煤电, 淮北矿业: coal mines and mining companies, named by their own words;
  // a coal mine's are its name (锦界煤矿荣获…, 考察了安源煤矿), as a company's legal form is.
  ...rules('company', 'strong', '煤矿'),
  ...rules('company', 'plain', '煤业 煤电 矿业'),
  // …西南油气田分公司重庆气矿, 川中气矿: a gas company's field units.
  ...rules('company', 'unit', '气矿'),
  // …供电局海霞供电营业所, 国网阿尔山市供电公司白狼供电所: a power company's local offices, named after it.
  ...rules('company', 'unit', '供电所 营业所'),
  // 杭州工务段, 济南机务段, 加格达奇车务段: a railway bureau's depots, named by their place.
  ...rules('company', 'anchored', '机务段 工务段 车务段 电务段 供电段 车辆段 客运段 焊轨段'),
  ...rules('school', 'plain', '大学 学院 职校 技校 学校 中学 中学校 小学 夜校 党校 幼儿园'),
  // …and the foundations (中远海运慈善基金会, 中国青少年发展基金会); 联合总会 and 联合总商会 whole, where 联合
  // alone would end the name (澳门妇女联合总会, 澳门中小型企业联合总商会), and 协进会 (香港友好协进会).
  ...rules(
    'association',
    'plain',
    '协会 学会 商会 研究会 促进会 联合会 联社 总会 联盟 基金会 联合总会 联合总商会 协进会',
  ),
  // 港九劳工社团联会, 香港特区政府公务人员联会: Hong Kong's federations of unions and societies.
  ...rules('association', 'plain', '联会'),
  // 青洲坊会, 台山坊众互助会, 广福安互助会: Macau's neighbourhood associations, and their federation (…坊会联合总会).
  ...rules('association', 'plain', '坊会 互助会 坊会联合总会'),
  // 县妇联, 镇关工委: the women's federation and the committee for the young, named by their place.
  ...rules('association', 'anchored', '妇联 残联 科协 侨联 文联 工商联 关工委'),
  // 上海企联, 省企联, 市企联: a region's federation of enterprises, the employers' side of its tripartite council.
  ...rules('association', 'anchored', '企联'),
  // 五华区红十字会, 海东市红十字会, 区慈善会, 市供销社: the Red Cross, the charities and the supply cooperatives, named by their place
  // (a province's or a city's union of them is its 供销合作总社 or 供销合作社联合社).
  ...rules('association', 'anchored', '红十字会 慈善会 供销社 供销合作社 供销合作社联合社 供销合作总社 供销总社'),
  // …职工维权律师志愿服务团, 市工会职工法律服务律师团: the lawyers' groups unions form; 全总文工团, 陕建文工团: the
  // federation's and companies' art troupes.
  ...rules('team', 'plain', '救援队 服务队 突击队 志愿队 宣讲团 艺术团 剧团 文工团 工作室 服务团 律师团'),
  // 宝安区工会志愿者总队, 乐山职工志愿服务分队: a union's volunteer corps and its detachments.
  ...rules('team', 'plain', '志愿者总队 志愿服务总队 志愿服务分队 志愿者分队'),
  // 隆林县代表队, 湖北代表队, 陕西省代表队, …机关工会代表队: a region's or a body's team in a contest, named by
  // it (18支代表队, 各代表队 name none).
  ...rules('team', 'anchored', '代表队'),
  // 苏尼特右旗乌兰牧骑, 察右后旗乌兰牧骑: Inner Mongolia's touring art troupes, named by their banner.
  ...rules('team', 'anchored', '乌兰牧骑'),
  // …有限公司运营处灌装班组, …二厂单晶集控组, …管理局森林消防大队一中队: a company's or a bureau's teams, named
  // after it (a bare 组 is 组织's too often: 精心组织).
  ...rules('team', 'unit', '班 班组 小组 集控组 车组 大队 中队'),
  // 国网河北电科院开关技术研究室, 上海市委党史研究室: a body's research office, named after it (not 工段: 职工段某 is
  // 职工 and a name on the surname 段).
  ...rules('team', 'unit', '研究室'),
  ...rules('other', 'plain', '文化宫 纪念馆 博物馆 疗养院 研究院 研究所 产业园区 产业园 总台'),
  // 呼和浩特市公路勘察设计院, 中铁大桥勘测设计院: design institutes, named by their place or their group.
  ...rules('other', 'plain', '设计院'),
  // 苏州农科院, 上海市社科院: a region's academies of agricultural and social sciences, as pages shorten them.
  ...rules('school', 'anchored', '农科院 社科院'),
  // 荣县公路段, 青川县公路养护管理段, 华亭公路段: a county's highway maintenance sections.
  ...rules('other', 'anchored', '公路段 养护段 公路养护管理段'),
  // 许昌中医院, 乐安县人民医院: a region's hospitals, named by the region and the kind of hospital.
  ...rules('other', 'plain', '中医院 人民医院'),
  ...rules('other', 'anchored', '服务中心 中心 工人俱乐部 驿站 医院 保健院 工作站 环卫站 群艺馆 所'),
  // 东峤镇卫生院, 华亭镇中心卫生院: a township's health centre, named by its town.
  ...rules('other', 'anchored', '卫生院'),
  ...rules('other', 'unit', '部'),
  // 营口市总工会劳动争议调解室, 西双版纳州工会劳动争议调解室: a union's mediation room, named after the union.
  ...rules('other', 'unit', '调解室'),
];

/** A region's party committee or one of its departments (汕头市委, 铜川市委组织部): 中共's, formally written with it. */
export const PARTY_COMMITTEE_OR_DEPARTMENT = /[省市区县镇州旗]委(?:\p{Script=Han}{1,5}部)?$/u;

/**
 * State groups whose numbered bureaus are companies (中铁九局, 中建七局, 中交一航局), and the trades
 * whose bureaus are (电业局, 铁路局, 工程局, 邮政支局): a bureau of theirs is a company, not a government office.
 */
export const SOE_BUREAU_GROUPS = '中铁 中建 中交 中冶 中水 中电建 中国水电 中煤'.split(' ');
export const SOE_BUREAU_TRADES = '电业 铁路 工程 航务工程 邮政支 支'.split(' ');
/**
 * A state group's bureau named by its number alone (中铁一局, 中建三局, 中交二航局, 中交一公局): the number is
 * the bureau's own name.
 */
export const SOE_NUMBERED_BUREAU = new RegExp(
  `^(?:${SOE_BUREAU_GROUPS.join('|')})第?[一二三四五六七八九十]{1,3}(?:航|公|航务工程|工程)?局$`,
);

/**
 * Suffixes whose generic form is a grade conferred on many bodies, not a body: 常州市职工劳模创新工作室
 * and 浙江省高技能人才(劳模)创新工作室 are a region's category of studios. One studio is named by
 * its own words (…张永洁劳模创新工作室), so a place before a generic core does not name one.
 */
export const CATEGORY_SUFFIXES: ReadonlySet<string> = new Set([
  '工作室',
  '农场',
  '林场',
  '牧场',
  '茶场',
  '大酒店',
  '酒店',
  '宾馆',
  '饭店',
  '商厦',
]);

/**
 * Suffixes of a region's own body, named by the region alone (温州市人大, 广州海关): words between the region and
 * the suffix (…金融工会系统人大代表联络站, 港区全国人大代表; …公司一级运行员刘海关, a name ending in 海关) make them
 * part of something else.
 */
export const REGION_ONLY_SUFFIXES: ReadonlySet<string> = new Set(['人大', '海关']);

/** Suffixes of bodies named by words of their own, never by their parent's name alone (…惠州油田, not …集团公司油田). */
export const OWN_NAME_SUFFIXES: ReadonlySet<string> = new Set(['油田']);

/**
 * One-character suffixes that often end an everyday word (班 of 加班, 部 of 全部, 所 of 场所, 厂 of 工厂):
 * standing alone before a conjunction, they end no other body's name.
 */
export const WORD_ENDING_SUFFIXES: ReadonlySet<string> = new Set(['班', '部', '所', '矿', '厂']);

/** A mine's suffix (西铭矿, 晋煤集团成庄矿): a unit, named by words of its own when no group stands before it. */
export const MINE_SUFFIX = '矿';

/**
 * Characters that make the words before a bare 矿 a kind of mine, a pointer or a verb rather than a mine's
 * own name: ores (铁矿, 稀土矿), 该矿 and 各矿, 露天矿, 采矿 and 选矿.
 */
export const NOT_IN_MINE_NAMES: ReadonlySet<string> = new Set([
  ...'该本此这那每各全某其我贵兄弟自',
  ...'采选探找开进出挖建',
  // 工矿企业, 厂矿: industry and mining in general; 非法小矿, 大型矿, 省级矿, 各类矿, 一座矿: mines described or counted.
  ...'工厂非型级类座',
  ...'铁铜金银锡铅锌钨钼锑铝镍钾磷硫盐煤稀土露',
]);

/** Words that make what stands before 矿 no mine's name: 中国五矿 (a group's brand), 地质地矿 (geology and minerals). */
export const NOT_MINE_WORDS: readonly string[] = ['中国', '地质'];

/** Units whose suffix names them on its own (…有限责任公司业务部), unlike a bare 车间 or 班 of a company. */
export const SELF_NAMING_UNITS = new Set('项目部 事业部 业务部 营业部 中心店 营业点 工会小组 工会分会'.split(' '));

export const SUFFIX_BY_TEXT = new Map(SUFFIX_RULES.map((r) => [r.suffix, r]));

/** The suffixes as a trie: the suffix starting or ending at a point, read without slicing. */
export const SUFFIX_LEXICON = new Lexicon(SUFFIX_BY_TEXT.keys());

/** The last characters of the suffixes: a cheap test before looking for a suffix ending at a point. */
export const SUFFIX_ENDINGS: ReadonlySet<string> = new Set(
  SUFFIX_RULES.map((r) => r.suffix.charAt(r.suffix.length - 1)),
);

/** The longest suffix, for scans that look for a name ending at a point. */
export const LONGEST_SUFFIX = Math.max(...SUFFIX_RULES.map((r) => r.suffix.length));

/** For each first character, the suffixes that start with it, longest first. */
const SUFFIXES_BY_FIRST = new Map<number, string[]>();
for (const { suffix } of SUFFIX_RULES) {
  const list = SUFFIXES_BY_FIRST.get(suffix.charCodeAt(0)) ?? [];
  list.push(suffix);
  SUFFIXES_BY_FIRST.set(suffix.charCodeAt(0), list);
}
for (const list of SUFFIXES_BY_FIRST.values()) list.sort((a, b) => b.length - a.length);
/** 1 where a suffix starts with the character: one array read rules out most positions. */
const STARTS_SUFFIX = new Uint8Array(0x10000);
for (const code of SUFFIXES_BY_FIRST.keys()) STARTS_SUFFIX[code] = 1;

/**
 * The next suffix of the lexicon at or after `from`: the leftmost, and the longest there (what one
 * regex over every suffix, longest first, would match, without trying a hundred alternatives at
 * every character).
 *
 * @example
 * nextSuffix('佛山市总工会召开会议', 0) // → { index: 3, text: '总工会' }
 */
export function nextSuffix(norm: string, from: number): { index: number; text: string } | undefined {
  for (let i = from; i < norm.length; i++) {
    if (STARTS_SUFFIX[norm.charCodeAt(i)] === 0) continue;
    const suffixes = SUFFIXES_BY_FIRST.get(norm.charCodeAt(i)) as string[];
    // Compared in place: no substring is cut for the ~99% of tries that fail.
    for (const text of suffixes) if (norm.startsWith(text, i)) return { index: i, text };
  }
  return undefined;
}

/**
 * What follows a suffix when it is part of a longer word (救援队员, 中心组, 工会工作者, 工会理论, 局面).
 * 工会组织 is the noun (各级工会组织的关怀) unless whom it organizes follows (…集团工会组织女职工, …工会组织部分
 * 会员, 某镇工会组织镇村青年), or another item or a verb of doing (某医院工会组织、某局, 某工会组织进行调研,
 * 某公司工会组织召开…): there the union is named.
 */
export const FALSE_SUFFIX_FOLLOWERS: Readonly<Record<string, RegExp>> = {
  // 美团外卖工会驿站, 为民办实事项目工会驿站: a union's service station for outdoor workers, named after its host, is a
  // venue; no union of the host is named.
  // …发电厂职工会议室, 工会议题: 会议 after 职工 or 工会 is a meeting, not a union. 工会第十五次代表大会 is
  // the congress of a region's unions (after the region's name, its federation's: see regionCongress in
  // organizations.ts); 某公司工会第一届委员会 is the union's own term.
  工会: /^(?:员|会员|法|干部|经费|积极分子|之友|发展道路|理论|组织(?!职工|女职|会员|干部|机关|劳模|全体|广大|开展|举办|进行|召开|部分|各|一线|所属|下基层|镇村|、)|工作者|会计|小组|议|工作|系统|事业|界|行动|协作|合作|融合|交流|第(?![一二三四五六七八九十\d]+届)|[一二三四五六七八九十]+大|力量|声音|智慧|温暖|娘家|活动|阵地|驿站)/,
  // 总工会界别: the federation's seats in a political consultative conference.
  总工会: /^(?:员|界)/,
  // 市政协会议: the conference's session, not an association (协会).
  协会: /^议/,
  // 提案办理, 办法, 办事: 办 opens a verb or a noun there, not closing an office's name.
  办: /^(?:理|法|事|好|完|成|的|证|学|班|公|实事|结|妥|得|不|案)/,
  救援队: /^员/,
  队: /^(?:伍|列|形)/,
  服务队: /^员/,
  中心: /^(?:组|城区|城市|区域|任务|工作|环节|思想|位置|地位|内容|主任|项目)/,
  局: /^(?:面|势|限|部)/,
  // 矿井, 矿区, 矿工, 矿长, 矿车: the mine as a place, its people or its carts, not a company's mine named.
  矿: /^(?:井|区|山|工|长|上|下|业|务|石|产|场|泉|物|难|车)/,
  // 西安煤矿机械厂: the machines for mines, which a longer name goes on to; 煤矿群监员, 国内煤矿百万吨死亡率: the mines'
  // safety watchers and their rates.
  煤矿: /^(?:井|区|工|长|企业|职工|安全|行业|机|设备|群监|百万)/,
  // 矿业分公司, 矿业公司: a group's mining arm, named by what it does; 矿业工会: its union.
  矿业: /^(?:分公司|公司|集团|工会|有限|股份|行业|企业|职工|安全)/,
  煤业: /^(?:分公司|公司|集团|工会|有限|股份|行业|企业|职工|安全)/,
  煤电: /^(?:分公司|公司|集团|工会|有限|股份|行业|企业|职工|安全)/,
  委员会: /^界/,
  学院: /^(?:派|风|士)/,
  公司: /^(?:法|制)/,
  // 酒店及旅游学院, 酒店管理, 酒店前厅运作, …酒店集团, …酒店有限公司: the trade or its work, or a longer name it opens.
  酒店: /^(?:及|和|与|业|管理|服务|前厅|保安|房务|行业|用品|集团|有限|股份)/,
  饭店: /^(?:及|和|与|业|管理|服务|行业|分会|集团|有限|股份)/,
  宾馆: /^(?:及|和|与|业|管理|服务|集团|有限|股份)/,
  // 厂务公开, 厂区, 厂长, 厂房: the factory's affairs, grounds, head and buildings, not a factory named.
  厂: /^(?:务|区|长|房|内|外|级|里|家|商|址|籍|庆|规|纪|矿|部|休)/,
  集团: /^(?:化|军)/,
  部: /^(?:分|门|署|队|长|件|位|《)/,
  所: /^(?:走|联系|经历|面临|未|措|以|有|在|属|谓|得|需|述|说|长|做|能|作|涉|辖|要|学|用|处|经|取|获|带|提|面|遇|承|受|见|想|知|讲|写|反|付|担|控|采|收|造|引|导|决|依|掌|拥|形|构|持|支|认|喜|熟|闻|思|感|盼|急|愁|求)/,
  班: /^(?:子|组|长|次|车)/,
  党委: /^(?:委员|书记|副书记|常委|副)/,
  党组: /^(?:书记|副书记|成员|副|第)/,
  // 参选地区委员会: 区委 inside 地区委员会.
  省委: /^员/,
  市委: /^员/,
  区委: /^员/,
  县委: /^员/,
  中学: /^生/,
  // 山东科技大学校队, 西湖大学校园: 校 opens the university's team or grounds, and the name ends at 大学.
  学校: /^(?:长|园|队|友|区|训|庆|医|史|歌|徽)/,
  中学校: /^长/,
  小学: /^生/,
  大学: /^生/,
  政府: /^(?:部门|机关)/,
  // 杰出管理人大奖, 年度个人大奖: a grand prize (大奖) after a word ending in 人, not a people's congress.
  人大: /^奖/,
};

/** What stands right before a suffix when the suffix is part of a longer word (格局, 干部, 培训班, 报告厅). */
export const FALSE_SUFFIX_LEADERS: Readonly<Record<string, RegExp>> = {
  // 政局 is the political situation, but 民政局, 财政局 and 邮政局 are bureaus.
  局: /(?:格|布|大|全|结|开|当|时|(?<![民财邮])政|赛|饭|骗|残|僵|定|终|败|胜|变|新|棋|牌|邮|药|书|局)$/,
  厅: /(?:报告|会议|宴会|功能|展|大|餐|客|门|舞|歌|前|厅)$/,
  工会: /(?:系统|组织|加入)$/,
  // 法治政府建设: government under the law, the policy's name, not a government.
  政府: /法治$/,
  // 工事全总工会评论 (a site's menu run together): 全总 is the federation's whole short name, no …全总工会.
  总工会: /全$/,
  // 上大学, 考大学: going to college, not a college.
  大学: /[上考读念]$/,
  // 人民币银行结算账户: the currency, not a bank.
  银行: /人民币$/,
  部: /(?:内|全|外|东|西|南|北|中|局|干|头|底|顶|上|下|前|后|背|面|腰|胸|腹|俱乐|总|本|支|各|营|部)$/,
  中心: /(?:为|以|城市|市|县|区|镇|副)$/,
  委员会: /(?:筹备|评审|专家)$/,
  分局: /(?:大|中)$/,
  总会: /(?:分|大|年|晚|联欢|夜|舞|酒|歌|音乐|俱乐部)$/,
  学校: /(?:各|本|该|所|中小)$/,
  公司: /(?:母|子|各|本|该|属)$/,
  // 进厂, 全厂, 该厂, 工厂: going to the works, or the works spoken of, not one named.
  厂: /(?:工|全|本|该|各|进|出|建|办|回|到|入|返|离|下|驻|一|两|多|几|大|小|老|新|分|总)$/,
  所: /(?:场|住|厕|哪|无|有|之|其|各|为|处|一)$/,
  // 培训班, 托管班, 开班, 工作专班: a course, a day-care class or a task force, not a team (女子投递班,
  // 钣金二班 are teams, named after their company).
  班: /(?:培训|学习|训|修|辅导|读书|兴趣|示范|研讨|提高|专题|先锋|托管|托|管|开|专|课|值|上|下|加|早|晚|夜|中|(?<!焊)接|跟|交|排|换|领|航|留|插|同|各|本|该|全|每)$/,
  // 主办, 承办, 举办, 督办, 民办: what is done or run, not an office.
  办: /(?:主|承|协|举|创|督|开|合|联|兴|包|代|筹|试|申|经|查|交|批|接|转|照|来|去|要|好|难|怎|就|会|能|可|公|民|官|私|操|置|买|补|新|首|再|别|快|速|领|特)$/,
};

/**
 * Short forms that stand for a longer name only for a mainland region's body: 厦门市政府 is the
 * 厦门市人民政府, where 香港特别行政区政府 and 台北市政府 are the official names.
 */
export const MAINLAND_SHORT_FORMS: ReadonlyArray<[short: string, full: string]> = [
  ['政府', '人民政府'],
  // 县法院, 武昌区法院, 市中级法院: a region's people's court (not 海事法院 or 铁路运输法院, which carry no 人民).
  ...['县', '区', '市', '州', '旗', '中级', '高级'].map((level): [string, string] => [
    `${level}法院`,
    `${level}人民法院`,
  ]),
];

/** An office written short at the end of a department's name (国资办, 金融办), read as one only in a list of departments. */
export const OFFICE_SHORT_SUFFIX = '办';

/** Short forms of a suffix that stand for a longer one (澳门工联总会 → 澳门工会联合总会). */
export const SUFFIX_SHORT_FORMS: ReadonlyArray<[short: string, full: string]> = [
  ['工联总会', '工会联合总会'],
  ['工联会', '工会联合会'],
  // 市总工会女工委: a federation's women workers' committee, as pages shorten it.
  ['女工委', '女职工委员会'],
  ['人社局', '人力资源和社会保障局'],
  ['人社厅', '人力资源和社会保障厅'],
  // A region's commissions and bureaus as pages shorten them (市发改委, 省工信厅, 区市场监管局).
  ['发改委', '发展和改革委员会'],
  ['发改局', '发展和改革局'],
  ['工信局', '工业和信息化局'],
  ['工信厅', '工业和信息化厅'],
  ['经信委', '经济和信息化委员会'],
  ['经信局', '经济和信息化局'],
  ['卫健委', '卫生健康委员会'],
  ['卫生健康委', '卫生健康委员会'],
  ['卫健局', '卫生健康局'],
  ['卫计委', '卫生和计划生育委员会'],
  ['住建局', '住房和城乡建设局'],
  ['住建委', '住房和城乡建设委员会'],
  ['住建厅', '住房和城乡建设厅'],
  ['文旅局', '文化和旅游局'],
  ['文旅厅', '文化和旅游厅'],
  ['市场监管局', '市场监督管理局'],
  ['应急局', '应急管理局'],
  ['安监局', '安全生产监督管理局'],
  ['教体局', '教育和体育局'],
  // Chongqing's bureau as the city itself shortens it (市人力社保局).
  ['人力社保局', '人力资源和社会保障局'],
  ['国资委', '国有资产监督管理委员会'],
  // (发展改革委 and 建设交通委 are the commissions' own short names, kept as written: 青海省发展改革委.)
  ['城乡建委', '城乡建设委员会'],
  ['建委', '建设委员会'],
  ['教委', '教育委员会'],
  ['农委', '农业委员会'],
  ['城管委', '城市管理委员会'],
  ['企联', '企业联合会'],
  ['检察院', '人民检察院'],
  // 西安中院, 鹤岗中院: a city's intermediate court as pages shorten it.
  ['中院', '中级人民法院'],
];

/** Suffixes of a body's departments and offices (…工作部, 办公室, 经审办, 书记处): a union's are the union's own. */
export const DEPARTMENT_SUFFIXES: readonly string[] = ['部', '办公室', '办公厅', '办事处', '办', '处', '书记处', '室'];

/**
 * Units that are companies or offices of their own, with their own unions (中国电信某市分公司工会,
 * 工商银行某支行工会, 某区税务分局工会), unlike a department or a workshop of one.
 */
export const BRANCH_SUFFIXES: readonly string[] = ['分公司', '分行', '支行', '中心支行', '分局'];

/**
 * A numbered middle school as its place's pages write it (福清一中 for 福清第一中学, 亳州十八中): the numerals,
 * and the characters after 中 that make it another word's first character (一中心, 二中全会, 三中队, 十中旬).
 */
export const NUMBERED_SCHOOL = {
  numerals: '一二三四五六七八九十',
  notBefore: '全央国华心学等期旬午部型间层队组时的段企微班幅区城小',
};

/**
 * An embassy or consulate of China, named by the country it is in after 驻 (中国驻巴基斯坦大使馆, 驻肯尼亚使馆):
 * the country's name is the body's own, and no suffix reading knows every country.
 */
export const EMBASSY = {
  openers: ['中华人民共和国', '中国'],
  mark: '驻',
  endings: ['大使馆', '总领事馆', '领事馆', '使馆'],
  /** An embassy's office for trade, named after it (驻埃塞俄比亚大使馆经商处). */
  offices: ['经济商务处', '经商处'],
};
