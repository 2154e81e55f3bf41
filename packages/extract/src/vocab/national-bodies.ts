import type { OrganizationKind } from '@reportgraph/contract';

/**
 * Nationally known bodies and the short forms everyone uses for them (全总 → 中华全国总工会,
 * 中宣部 → 中共中央宣传部), and the prefixes that make a name national (中国…, 中华…).
 */
export interface NationalBody {
  name: string;
  aliases: string[];
  kind: OrganizationKind;
}

export const NATIONAL_BODIES: readonly NationalBody[] = [
  { name: '中华全国总工会', aliases: ['全国总工会', '全总'], kind: 'union' },
  // The United Nations' labour agency, named on pages about exchanges and standards.
  { name: '国际劳工组织', aliases: [], kind: 'other' },
  // The national federation's union of the central bodies, and its foundation for workers.
  { name: '中央和国家机关工会联合会', aliases: ['中央和国家机关工会'], kind: 'union' },
  { name: '中国职工发展基金会', aliases: [], kind: 'association' },
  // The national federation's union of the energy, chemical and geology trades, and of the energy and chemical
  // trades under its earlier name, as written with 全国 too (全国能源化学工会制定的…条例).
  { name: '中国能源化学地质工会', aliases: ['全国能源化学地质工会'], kind: 'union' },
  { name: '中国能源化学工会', aliases: ['全国能源化学工会'], kind: 'union' },
  // The national federation's mutual insurance for workers (在中国职工保险互助会的指导下; 中互会陕西省办事处).
  { name: '中国职工保险互助会', aliases: ['中互会'], kind: 'association' },
  { name: '中共中央', aliases: ['党中央'], kind: 'party' },
  // The Central Committee's departments, written also without 中共 (中央宣传部、全国总工会发布…).
  { name: '中共中央宣传部', aliases: ['中宣部', '中央宣传部'], kind: 'party' },
  { name: '中共中央组织部', aliases: ['中组部', '中央组织部'], kind: 'party' },
  { name: '中共中央统一战线工作部', aliases: ['中央统战部', '中央统一战线工作部'], kind: 'party' },
  { name: '中共中央社会工作部', aliases: ['中央社会工作部'], kind: 'party' },
  { name: '国务院', aliases: [], kind: 'government' },
  { name: '全国人大常委会', aliases: [], kind: 'government' },
  // The supreme court and procuratorate, which issue opinions with the unions on labour disputes (一函两书).
  { name: '最高人民法院', aliases: ['最高法'], kind: 'government' },
  { name: '最高人民检察院', aliases: ['最高检'], kind: 'government' },
  // The State Council's ministries and commissions.
  { name: '国家发展和改革委员会', aliases: ['国家发展改革委', '国家发改委'], kind: 'government' },
  { name: '教育部', aliases: [], kind: 'government' },
  { name: '科学技术部', aliases: ['科技部'], kind: 'government' },
  { name: '工业和信息化部', aliases: ['工信部'], kind: 'government' },
  { name: '公安部', aliases: [], kind: 'government' },
  { name: '民政部', aliases: [], kind: 'government' },
  { name: '司法部', aliases: [], kind: 'government' },
  { name: '财政部', aliases: [], kind: 'government' },
  { name: '人力资源和社会保障部', aliases: ['人力资源社会保障部', '人社部'], kind: 'government' },
  // The ministry's centre that runs the national skills contests with the unions.
  { name: '中国就业培训技术指导中心', aliases: [], kind: 'government' },
  { name: '自然资源部', aliases: [], kind: 'government' },
  { name: '生态环境部', aliases: [], kind: 'government' },
  { name: '住房和城乡建设部', aliases: ['住房城乡建设部', '住建部'], kind: 'government' },
  { name: '交通运输部', aliases: [], kind: 'government' },
  { name: '水利部', aliases: [], kind: 'government' },
  { name: '农业农村部', aliases: [], kind: 'government' },
  { name: '商务部', aliases: [], kind: 'government' },
  { name: '文化和旅游部', aliases: ['文化旅游部', '文旅部'], kind: 'government' },
  { name: '国家卫生健康委员会', aliases: ['国家卫生健康委', '国家卫健委'], kind: 'government' },
  { name: '退役军人事务部', aliases: [], kind: 'government' },
  { name: '应急管理部', aliases: [], kind: 'government' },
  { name: '国务院国有资产监督管理委员会', aliases: ['国务院国资委'], kind: 'government' },
  { name: '国家市场监督管理总局', aliases: ['市场监管总局'], kind: 'government' },
  { name: '国家统计局', aliases: [], kind: 'government' },
  { name: '国家医疗保障局', aliases: ['国家医保局'], kind: 'government' },
  // The central government's offices in the special administrative regions.
  { name: '中央人民政府驻香港特别行政区联络办公室', aliases: ['香港中联办', '中央政府驻港联络办'], kind: 'government' },
  { name: '中央人民政府驻澳门特别行政区联络办公室', aliases: ['澳门中联办', '中央政府驻澳联络办'], kind: 'government' },
  // The Xinjiang Production and Construction Corps, a province-level body of its own, and its federation of unions,
  // which pages name 兵团总工会 (兵团 alone is always the Corps).
  { name: '新疆生产建设兵团', aliases: [], kind: 'government' },
  { name: '新疆生产建设兵团总工会', aliases: ['兵团总工会'], kind: 'union' },
  // The national people's organizations.
  { name: '共青团中央', aliases: ['团中央'], kind: 'association' },
  { name: '中华全国妇女联合会', aliases: ['全国妇联'], kind: 'association' },
  { name: '中华全国工商业联合会', aliases: ['全国工商联'], kind: 'association' },
  { name: '中国科学技术协会', aliases: ['中国科协'], kind: 'association' },
  { name: '中国企业联合会', aliases: ['中国企联'], kind: 'association' },
  // The democratic parties, usually named by their short forms.
  { name: '中国国民党革命委员会', aliases: ['民革'], kind: 'party' },
  { name: '中国民主同盟', aliases: ['民盟'], kind: 'party' },
  { name: '中国民主建国会', aliases: ['民建'], kind: 'party' },
  { name: '中国民主促进会', aliases: ['民进'], kind: 'party' },
  { name: '中国农工民主党', aliases: ['农工党'], kind: 'party' },
  { name: '中国致公党', aliases: ['致公党'], kind: 'party' },
  { name: '九三学社', aliases: [], kind: 'party' },
  { name: '台湾民主自治同盟', aliases: ['台盟'], kind: 'party' },
];

/**
 * A province's departments bear the ministries' names with 厅 for 部 (人力资源和社会保障厅, 人社厅):
 * written bare (自治区总工会联合农业农村厅、文化和旅游厅), one is the page province's.
 */
export const PROVINCIAL_DEPARTMENTS: readonly NationalBody[] = NATIONAL_BODIES.filter(
  (b) => b.kind === 'government' && b.name.endsWith('部') && !b.name.startsWith('国'),
).map((b) => ({
  name: `${b.name.slice(0, -1)}厅`,
  aliases: b.aliases.filter((a) => a.endsWith('部')).map((a) => `${a.slice(0, -1)}厅`),
  kind: b.kind,
}));

/**
 * Platforms and couriers of the new forms of employment, named by their brands (美团骑手, 货拉拉司机).
 * Read like national bodies, but a longer name around one (广西顺丰速运有限公司) is the body named.
 */
export const BRANDS: readonly NationalBody[] = [
  { name: '美团', aliases: ['美团外卖'], kind: 'company' },
  { name: '饿了么', aliases: [], kind: 'company' },
  { name: '滴滴出行', aliases: ['滴滴'], kind: 'company' },
  { name: '货拉拉', aliases: [], kind: 'company' },
  { name: '闪送', aliases: [], kind: 'company' },
  { name: '顺丰速运', aliases: ['顺丰'], kind: 'company' },
  { name: '京东物流', aliases: [], kind: 'company' },
  { name: '中通快递', aliases: ['中通'], kind: 'company' },
  { name: '圆通速递', aliases: ['圆通'], kind: 'company' },
  { name: '申通快递', aliases: ['申通'], kind: 'company' },
  { name: '韵达快递', aliases: ['韵达'], kind: 'company' },
  { name: '极兔速递', aliases: ['极兔'], kind: 'company' },
  { name: '德邦快递', aliases: ['德邦'], kind: 'company' },
  { name: '京东', aliases: [], kind: 'company' },
  { name: '顺丰同城', aliases: [], kind: 'company' },
  { name: '达达快送', aliases: [], kind: 'company' },
  { name: '盒马鲜生', aliases: ['盒马'], kind: 'company' },
  { name: '每日优鲜', aliases: [], kind: 'company' },
  { name: '叮咚买菜', aliases: [], kind: 'company' },
  { name: '中国邮政集团有限公司', aliases: ['中国邮政'], kind: 'company' },
  // Delivery and ride-hailing platforms whose riders and drivers unions organise (淘宝闪购骑手, 享道出行司机).
  { name: '淘宝闪购', aliases: [], kind: 'company' },
  { name: 'UU跑腿', aliases: [], kind: 'company' },
  { name: '享道出行', aliases: [], kind: 'company' },
  { name: '曹操出行', aliases: [], kind: 'company' },
  { name: 'T3出行', aliases: [], kind: 'company' },
  { name: '满帮', aliases: [], kind: 'company' },
  // Makers the country knows by a name of their own, which their unions' news writes without a suffix (比亚迪工会,
  // 三一重工技能大赛). Not those known by a short form of a group's name (徐工 for 徐工集团): their subsidiaries are
  // named from the short form (徐工机械), which a role would rewrite with the group's.
  { name: '比亚迪', aliases: [], kind: 'company' },
  { name: '华为', aliases: [], kind: 'company' },
  { name: '三一重工', aliases: [], kind: 'company' },
  { name: '中联重科', aliases: [], kind: 'company' },
  { name: '京东方', aliases: [], kind: 'company' },
  { name: '宁德时代', aliases: [], kind: 'company' },
  // 富士康工会, 走进富士康(廊坊)科技园: the contract maker labour news names by its brand alone.
  { name: '富士康', aliases: [], kind: 'company' },
];

/**
 * The central state enterprises, by their full names and the short forms pages name them by (中国中铁,
 * 国铁集团, 中石化). Read like brands: a longer name around one (中国石化南化公司) is the body named.
 */
export const CENTRAL_ENTERPRISES: readonly NationalBody[] = [
  ['国家电网有限公司', '国家电网'],
  ['中国南方电网有限责任公司', '南方电网 南方电网公司'],
  ['中国石油化工集团有限公司', '中国石化 中石化'],
  ['中国石油天然气集团有限公司', '中国石油 中石油'],
  ['中国海洋石油集团有限公司', '中国海油 中海油'],
  ['中国国家铁路集团有限公司', '国铁集团'],
  ['中国中铁股份有限公司', '中国中铁'],
  ['中国铁建股份有限公司', '中国铁建'],
  ['中国建筑集团有限公司', '中国建筑'],
  ['中国交通建设集团有限公司', '中国交建 中交集团'],
  ['中国中车集团有限公司', '中国中车'],
  ['中国铁路通信信号股份有限公司', '中国通号'],
  ['中国铁路物资集团有限公司', '中国铁物'],
  ['中国电力建设集团有限公司', '中国电建'],
  ['中国能源建设集团有限公司', '中国能建'],
  ['中国移动通信集团有限公司', '中国移动'],
  ['中国电信集团有限公司', '中国电信'],
  ['中国联合网络通信集团有限公司', '中国联通'],
  ['中国铁塔股份有限公司', '中国铁塔'],
  ['国家能源投资集团有限责任公司', '国家能源集团'],
  ['中国华能集团有限公司', '中国华能'],
  ['中国大唐集团有限公司', '中国大唐'],
  ['中国华电集团有限公司', '中国华电'],
  ['国家电力投资集团有限公司', '国家电投'],
  ['中国长江三峡集团有限公司', '三峡集团'],
  ['中国第一汽车集团有限公司', '中国一汽'],
  ['东风汽车集团有限公司', '东风公司'],
  ['中国宝武钢铁集团有限公司', '中国宝武'],
  ['鞍钢集团有限公司', '鞍钢集团'],
  ['中国五矿集团有限公司', '中国五矿'],
  ['中国铝业集团有限公司', '中国铝业 中铝集团'],
  ['中国中化控股有限责任公司', '中国中化'],
  ['中国船舶集团有限公司', '中国船舶'],
  ['中国航天科技集团有限公司', '航天科技集团'],
  ['中国商用飞机有限责任公司', '中国商飞'],
  ['中国外运股份有限公司', '中国外运'],
  ['招商局集团有限公司', '招商局集团'],
  ['中粮集团有限公司', '中粮集团'],
  ['华润(集团)有限公司', '华润集团'],
  ['中国保利集团有限公司', '保利集团'],
  ['中国电子科技集团有限公司', '中国电科'],
  // The state banks, whose branches and unions the finance union's news names (农发行山东省分行); their
  // two-character forms (中行, 工行) are in BANK_SHORT_FORMS, being words only before a branch.
  ['中国工商银行股份有限公司', '中国工商银行 工商银行'],
  ['中国农业银行股份有限公司', '中国农业银行 农业银行'],
  ['中国建设银行股份有限公司', '中国建设银行 建设银行'],
  ['中国农业发展银行', '农发行'],
  ['国家开发银行', '国开行'],
  ['中国邮政储蓄银行股份有限公司', '中国邮政储蓄银行 邮储银行'],
  ['中国银行股份有限公司', '中国银行'],
  ['交通银行股份有限公司', '交通银行'],
].map(([name, aliases]) => ({ name: name as string, aliases: (aliases as string).split(' '), kind: 'company' }));

/**
 * The state banks' two-character forms, read only right before a branch of theirs (工行湛江分行, 中行钟祥支行,
 * 交行常州分行): elsewhere the characters sit inside words (集中行动, 农行业).
 */
export const BANK_SHORT_FORMS: ReadonlyMap<string, string> = new Map([
  ['工行', '中国工商银行股份有限公司'],
  ['农行', '中国农业银行股份有限公司'],
  ['建行', '中国建设银行股份有限公司'],
  ['中行', '中国银行股份有限公司'],
  ['交行', '交通银行股份有限公司'],
]);

/** How a bank's branches end (省分行, 钟祥支行, 市中心支行). */
export const BANK_BRANCHES: readonly string[] = ['中心支行', '分行', '支行'];

/** A union's departments whose names end in a ministry's (宣传教育部 is no 教育部). */
export const DEPARTMENTS_ENDING_IN_MINISTRIES = ['宣传教育部', '文化教育部', '职工教育部', '法律保障部'];

/**
 * Prefixes that give a name national scope, as a place prefix gives a region’s (中国金融工会, 中央广播电视总台,
 * 国网衡水供电公司 of the State Grid), and the short names of state groups whose bureaus are named after them
 * (中建三局, 中铁四局, 中交四航局).
 */
export const NATIONAL_PREFIX = /^(?:中华全国|中国|中华|中央|国家|国网|南网|中建|中铁|中交|中冶|中核|中船)/;

/** Bodies that write their name before the region of their committee (共青团遵义市委员会, 中共某县委员会). */
export const NAMED_BEFORE_REGION = /^(?:共青团|中共|民革|民盟|民建|民进|农工党|致公党|九三学社)/;

/** What stands before the 党 of other parties' names (民进党, 国民党, 民众党, 亲民党): no 党中央 of the CPC there. */
export const PARTIES_BEFORE_DANG = ['民进', '国民', '民众', '亲民'];

/** Of those, the ones whose committee is not the Communist Party's (共青团郑州市委 is no 郑州市委). */
export const OTHER_THAN_PARTY = new RegExp(NAMED_BEFORE_REGION.source.replace('|中共', ''));

/**
 * The central enterprises' short brands a company's name opens with (中建二局, 中铁十局, 中石化). A
 * district written right before one is where the company works (通州区中建二局…); a city may be
 * its registered name's (长春中车轨道车辆有限公司).
 */
export const CENTRAL_BRANDS =
  '中建 中铁 中交 中冶 中核 中航 中电 中化 中粮 中船 中煤 中车 中石化 中石油 中海油 中广核'.split(' ');

/** A body known by a short form in its own region (工联会 on a Hong Kong page is the 香港工会联合会). */
export interface RegionalBody extends NationalBody {
  /** Code of the region whose pages use the short forms. */
  region: string;
}

/** A region's government body, found by its name and its short forms. */
function regionalGovernment(region: string, name: string, short: readonly string[]): RegionalBody {
  return { region, name, aliases: [name, ...short], kind: 'government' };
}

export const REGIONAL_BODIES: readonly RegionalBody[] = [
  { region: '810000', name: '香港工会联合会', aliases: ['工联会'], kind: 'union' },
  { region: '810000', name: '香港职工会联盟', aliases: ['职工盟'], kind: 'union' },
  { region: '810000', name: '港九劳工社团联会', aliases: ['劳联'], kind: 'union' },
  { region: '810000', name: '香港教育专业人员协会', aliases: ['教协'], kind: 'union' },
  // The parties of its legislature, by the short forms its papers use.
  { region: '810000', name: '民主建港协进联盟', aliases: ['民建联'], kind: 'party' },
  { region: '810000', name: '香港经济民生联盟', aliases: ['经民联'], kind: 'party' },
  { region: '810000', name: '社会民主连线', aliases: ['社民连'], kind: 'party' },
  { region: '810000', name: '自由党', aliases: ['自由党'], kind: 'party' },
  { region: '810000', name: '公民党', aliases: ['公民党'], kind: 'party' },
  // The legislature, 立法會 alone on the regions' pages (立法會三讀通過, 在立法會會議上).
  { region: '810000', name: '香港特别行政区立法会', aliases: ['立法会'], kind: 'government' },
  { region: '820000', name: '澳门特别行政区立法会', aliases: ['立法会'], kind: 'government' },
  // The government's labour bodies, named without a place on the region's pages.
  { region: '810000', name: '劳工处', aliases: ['劳工处'], kind: 'government' },
  { region: '810000', name: '劳工及福利局', aliases: ['劳福局'], kind: 'government' },
  // The labour advisory board, whose employee seats the unions elect (勞顧會僱員代表選舉), and the teachers' union
  // the region's papers call 教聯會.
  { region: '810000', name: '劳工顾问委员会', aliases: ['劳顾会'], kind: 'government' },
  { region: '810000', name: '香港教育工作者联会', aliases: ['教联会'], kind: 'union' },
  // The statutory body for safety at work, 職安局 on the region's labour pages.
  { region: '810000', name: '职业安全健康局', aliases: ['职安局'], kind: 'government' },
  // The government's departments and statutory bodies the region's labour news names (入境處, 社署, 勞審處, 醫管局),
  // by their names and short forms; none carries the region's name. (政務司 and 財政司 are named in their secretaries'
  // titles, 政務司司長, where a body is optional.)
  ...[
    ['政府统计处'],
    ['入境事务处', '入境处'],
    ['社会福利署', '社署'],
    ['劳资审裁处', '劳审处'],
    ['小额薪酬索偿仲裁处'],
    ['职工会登记局'],
    ['律政司'],
    ['卫生署'],
    ['民政事务总署'],
    ['香港警务处', '警务处'],
    ['雇员再培训局', '再培训局'],
    ['强制性公积金计划管理局', '积金局'],
    ['医院管理局', '医管局'],
    ['康乐及文化事务署', '康文署'],
    ['民政及青年事务局', '民青局'],
    ['财经事务及库务局', '财库局'],
    ['公务员事务局'],
  ].map(([name, ...short]) => regionalGovernment('810000', name as string, short)),
  // And Macau's (社工局, 教青局).
  ...[
    ['社会工作局', '社工局'],
    ['教育及青年发展局', '教青局'],
    ['经济及科技发展局', '经科局'],
    ['统计暨普查局'],
    ['治安警察局'],
  ].map(([name, ...short]) => regionalGovernment('820000', name as string, short)),
  // The central government's liaison office, 中联办 on the region's own pages.
  { region: '810000', name: '中央人民政府驻香港特别行政区联络办公室', aliases: ['中联办'], kind: 'government' },
  { region: '820000', name: '中央人民政府驻澳门特别行政区联络办公室', aliases: ['中联办'], kind: 'government' },
  { region: '820000', name: '澳门工会联合总会', aliases: ['工联总会', '工联'], kind: 'union' },
  // The government's labour bureau, 勞工局 for short on the region's pages.
  { region: '820000', name: '劳工事务局', aliases: ['劳工局'], kind: 'government' },
  { region: '820000', name: '澳门街坊会联合总会', aliases: ['街总', '街坊总会'], kind: 'association' },
  { region: '710000', name: '中华民国全国总工会', aliases: ['全国总工会', '全总'], kind: 'union' },
  { region: '710000', name: '全国产业总工会', aliases: ['全产总'], kind: 'union' },
  { region: '710000', name: '全国教师工会总联合会', aliases: ['全教总'], kind: 'union' },
  { region: '710000', name: '全国金融业工会联合总会', aliases: ['全金联'], kind: 'union' },
  { region: '710000', name: '劳动部', aliases: ['劳动部'], kind: 'government' },
  // Taiwan's five branches (院), the ministries its labour news names and its top courts, written alone on its
  // pages (立法院三读通过, 经交通部协调, 最高行政法院判决); no mainland body bears these names now.
  ...[
    ['行政院'],
    ['立法院'],
    ['司法院'],
    ['考试院'],
    ['监察院'],
    ['交通部'],
    ['经济部'],
    ['内政部'],
    ['卫生福利部', '卫福部'],
    ['最高行政法院'],
    ['最高法院'],
  ].map(([name, ...short]) => regionalGovernment('710000', name as string, short)),
];
