import type { OrganizationKind } from '@reportgraph/contract';
import { BOUNDARY, charSet, inCharSet, isAllHan, isHan } from '../page/chars.ts';
import type { Sentence } from '../page/sentences.ts';
import { enclosureAt, stripQuotes, wordEndingAt } from '../page/spans.ts';
import { type ArticleContext, divisionAt, type PlaceMention, writtenPlaceName } from '../places/context.ts';
import {
  choosePlace,
  fullPlaceEndingAt,
  isMainland,
  isMunicipality,
  isSpecialRegion,
  isWithin,
  lookupPlace,
  type Place,
  placeByCode,
  placeEndingAt,
  placeStartingAt,
  provinceCodeOf,
} from '../places/places.ts';
import { matchesOf } from '../regex-matches.ts';
import { defineRules, fired, on, type Rule } from '../rules/registry.ts';
import { HELD_AFTER_VERBS, TRAVEL_WORDS, VENUE_MARK, VISIT_VERBS } from '../vocab/events.ts';
import { Lexicon } from '../vocab/lexicon.ts';
import {
  BANK_BRANCHES,
  BANK_SHORT_FORMS,
  BRANDS,
  CENTRAL_ENTERPRISES,
  DEPARTMENTS_ENDING_IN_MINISTRIES,
  NATIONAL_BODIES,
  NATIONAL_PREFIX,
  PARTIES_BEFORE_DANG,
  PROVINCIAL_DEPARTMENTS,
  REGIONAL_BODIES,
  type RegionalBody,
} from '../vocab/national-bodies.ts';
import {
  ANONYMOUS,
  ANONYMOUS_OPENING,
  AREA_SCOPES,
  COUNT_BEFORE,
  COUNT_OF_KIND_BEFORE,
  COUNTING_AFTER_REGION,
  EVERY_BEFORE,
  EVERY_KIND_BEFORE,
  EVERY_LEVEL_BEFORE,
  FIRSTS_OF_KIND,
  FORMER_MARKS,
  GENERIC_ITEM_OPENERS,
  GENERIC_LEXICON,
  LEAD_WORDS,
  LEVEL_CATEGORY,
  NOT_REGION_START,
  NOT_UNION_AFTER_ZONG,
  PLATFORM_WORDS,
  REGION_UNION_GOVERNORS,
  SIZES_OF_KIND,
  WORDS_OPENING_WITH_FORMER,
} from '../vocab/org-generic.ts';
import {
  ACTING_AFTER,
  ACTING_FOR,
  CONJUNCTIONS,
  FORMING_VERBS,
  HONOUR_BEFORE,
  HONOUR_GIVERS,
  INVITATION_AFTER,
  INVITATION_MARK,
  LIST_END_AFTER,
  ORG_STOP_WORDS,
  RECIPIENT_AFTER,
  SUBJECT_ACTION_VERBS,
  SUBJECT_ADVERBS,
} from '../vocab/org-stops.ts';
import {
  BRANCH_SUFFIXES,
  CATEGORY_SUFFIXES,
  DEPARTMENT_SUFFIXES,
  EMBASSY,
  FALSE_SUFFIX_FOLLOWERS,
  FALSE_SUFFIX_LEADERS,
  FEDERATION,
  GROUP,
  GROUP_COMPANY,
  LEGAL_FORMS,
  LONGEST_SUFFIX,
  MAINLAND_SHORT_FORMS,
  MINE_SUFFIX,
  NOT_IN_MINE_NAMES,
  NOT_MINE_WORDS,
  NUMBERED_SCHOOL,
  nextSuffix,
  OFFICE_SHORT_SUFFIX,
  OWN_NAME_SUFFIXES,
  PARTY_COMMITTEE_OR_DEPARTMENT,
  REGION_ONLY_SUFFIXES,
  SELF_NAMING_UNITS,
  SOE_BUREAU_GROUPS,
  SOE_BUREAU_TRADES,
  SOE_NUMBERED_BUREAU,
  SUFFIX_BY_TEXT,
  SUFFIX_ENDINGS,
  SUFFIX_LEXICON,
  SUFFIX_RULES,
  SUFFIX_SHORT_FORMS,
  type SuffixRule,
  type SuffixStrength,
} from '../vocab/org-suffixes.ts';
import { SETTLEMENT_WORDS } from '../vocab/place-words.ts';
import { TAIWAN_CITIES, TAIWAN_CODE } from '../vocab/special-regions.ts';
import { surnameLength, WORDS_LIKE_NAMES } from '../vocab/surnames.ts';
import { GENERIC_BODY_LEADS, HEAD_TITLE_AFTER, OFFICES, REGION_BODIES, TITLE_PREFIXES } from '../vocab/titles.ts';
import {
  isGenericCore,
  ownBodyStart,
  parseChain,
  qualifiedPlaceName,
  qualifyFirst,
  regionShort,
  resolveRegion,
  scanLeft,
  suffixEndsAt,
} from './org-names.ts';

/**
 * Organization mentions, found as candidates and kept by score. Every suffix of the lexicon
 * (有限公司, 总工会, 学院, 车间 …) proposes a name, read leftwards to where a verb, a
 * preposition or punctuation ends it; the evidence for and against each candidate is weighed
 * (WEIGHTS) and the candidates reaching THRESHOLD are kept. Evidence: what the suffix says on
 * its own, a place, national or parent-body prefix, a distinctive core, quotes, a person the
 * studio is named after, a kept name next to it in a list, a title after it (…主席), a count
 * of units after it (等20个单位); against: a place and a suffix with nothing between
 * (横琴深合区学校), a conferred honour (被评为…). A generic core (企业工会) carries no evidence,
 * so it stays below the threshold. Short forms then get their region (市总工会 in a Foshan
 * article → 佛山市总工会) and national bodies their full names (全总 → 中华全国总工会).
 */
export interface OrgMention {
  /** Canonical name (region prefix resolved, quotes removed). */
  name: string;
  /** As written, folded (quotes removed). */
  written: string;
  /** As written in the source (traditional characters and quotes kept). */
  original: string;
  kind: OrganizationKind;
  /** Deepest known place of the name. */
  place?: Place;
  /** A region union (the name is only a place and 总工会/工会): merged by place. */
  regionUnion: boolean;
  /** The body this one is a unit of, as written (…有限公司 of …有限公司发电部). */
  parent?: string;
  sentence: Sentence;
  from: number;
  to: number;
}

const R = defineRules({
  suffix: {
    id: 'orgs.suffix',
    does: 'proposes a name read leftwards from a suffix of the lexicon (有限公司, 总工会, 学院, 车间 …)',
    example: 'r1_09: 哈尔滨三精制药股份有限公司; 000: 广东联盟科技实业有限公司工会',
    counterexample: 'r3_08: 推动公司高质量发展 (a verb and 公司: too little evidence, not kept)',
  },
  placedBranch: {
    id: 'orgs.placed-branch',
    does: 'a company’s or an office’s branch (分公司, 分行, 分局) whose name opens with its city or county in full needs no parent before it',
    example: 'x4_10 (set K): 乌海市邮政分公司党委班子深入基层; l4_10 (set L): 达州市大竹邮政分公司张某的征文',
    counterexample: '各分公司负责人参加 (no place: a generic branch)',
  },
  namedMine: {
    id: 'orgs.named-mine',
    does: 'a mine named by two to four words of its own before a bare 矿 needs no group before it',
    example:
      'outside pages of two coal groups’ news: 在西铭矿,调研组参观了… (xsmd.com.cn); 到陶二礦送“清涼” (m.cltuan.cn)',
    counterexample: '该矿职工, 铁矿石, 露天矿 (a kind of mine or a word, not a mine named)',
  },
  brandBranch: {
    id: 'orgs.brand-branch',
    does: 'a national company’s branch named by the brand and its place (中国移动福清分公司, 中国联通河北省分公司) needs no other parent before it',
    example: 'outside pages of two telecom unions: 中国电信某市分公司工会, 中国移动某县分公司',
    counterexample: '中国移动发布新套餐 (no place and no branch: the national company)',
  },
  ownBranch: {
    id: 'orgs.own-branch',
    does: 'a branch (分公司, 分行, 支行, 分局) named before its own union is kept as a body too, as a company before its union is',
    example: 'r1_04: 中国二十二冶集团石家庄分公司工会 (gold keeps the branch); outside pages: 中国电信某市分公司工会',
    counterexample: '…维保中心工会 of …事业部 (a department, not a branch: not kept)',
  },
  youthLeague: {
    id: 'orgs.youth-league',
    does: '团 before a region’s 市委/县委 names the Youth League’s committee of the region (团市委 → 共青团某市委), not the party’s',
    example:
      'outside pages: 市委社工部、市司法局、团市委、市律师协会相关负责人; 由高新区、市人社局、市总工会、团市委…联合举办',
    counterexample: '市委常委、宣传部长 (no 团: the party committee)',
  },
  placeBeforeLevel: {
    id: 'orgs.place-before-level',
    does: 'a place’s name before its level character is no loose word to trim off a name attested bare elsewhere (通州|区总工会)',
    example:
      'outside page: 通州区总工会开始推动…建会。…区总工会将进一步… (通州 names the district, though two cities have one)',
    counterexample: '深入推进区总工会… (推进 is no place: trimmed to 区总工会)',
  },
  industryAfter: {
    id: 'orgs.industry-after',
    does: 'a national company’s name that opens an industry’s (和…行业, 和…工业) or a hometown’s (之乡) names no company',
    example:
      'outside pages: 荣获“中国石油和化工行业优秀思想政治工作者”称号; 中国石油和化学工业联合会; 再到“中国建筑之乡”',
    counterexample: '中国石油大港油田 (the company’s unit: the company stays)',
  },
  countedCompanies: {
    id: 'orgs.counted-companies',
    does: 'the items of a list a count of companies closes are companies, though named by brands (…、海信宽带4家重点企业)',
    example:
      'outside pages: 海信电子、中烟摩迪、天地壹号、海信宽带4家重点企业工会; 西南油气、中原油田、河南油田、江苏油田4家单位',
    counterexample: '北京、上海等地企业 (places: no companies); 国有、民营企业 (kinds)',
  },
  unionDepartment: {
    id: 'orgs.union-department',
    does: 'a union’s department or office (…总工会劳动和经济工作部, …总工会办公室) is typed as the union’s',
    example: 'r1_08: 长春市总工会劳动和经济工作部 (gold: union); outside pages: 江西省总工会办公室印发…',
    counterexample: '…总工会疗养院, …职工交流中心 (an institution of its own: other)',
  },
  subjectAdverbs: {
    id: 'orgs.subject-adverbs',
    does: 'a name opening its clause acts as a body when adverbs or a 为 of whom it acts for stand before its verb',
    example: 'outside pages: 金鸡滩煤矿工会精心为职工准备节日慰问品; …公司工会积极开展…',
    counterexample: '一线职工为企业发展… (a kind of people, no own words of a body’s)',
  },
  organizedBy: {
    id: 'orgs.organized-by',
    does: 'after 由 and a name, 工会组织 is a union and the verb it did (由某公司工会组织,…), not the general word',
    example: 'outside pages: 此次活动由轩岗煤电公司工会组织,统筹规划; 本次比赛由国联研究院工会组织',
    counterexample: '企业建立工会组织, (no 由: the general word)',
  },
  shortCountyOffice: {
    id: 'orgs.short-county-office',
    does: 'a county’s short name before an office written short is the county (永善法院 → 永善县人民法院)',
    example: 'outside pages: 大田法院开展春节走访慰问… (大田县人民法院); 秦州公安分局, 莱芜环保局, 开阳供电局',
    counterexample:
      '长白山管委会, 乐清湾大桥…指挥部, 嫩江农场管理局 (the place or a body of its own naming, kept as written)',
  },
  shortFederation: {
    id: 'orgs.short-federation',
    does: 'a region’s own federation written from the region’s short name (佛山总工会, 威海总工会) is named in full',
    example:
      'outside pages: 分别与济南、青岛…威海总工会代表签订 (威海市总工会); 成都总工会主席专门赶来祝贺 (成都市总工会)',
    counterexample:
      '香港总工会 (a special region’s unions carry its short name); 佛山快递行业工会 (not the region’s own)',
  },
  listedFederations: {
    id: 'orgs.listed-federations',
    does: 'regions of any level listed before one region’s 总工会, the last joined by 和, each have theirs',
    example: 'outside page: 会同北京市、天津市、河北省和南京市总工会 (four federations)',
    counterexample: '广东省、深圳市宝安区总工会 (a longer name: only regions of its own tier share it)',
  },
  chainProvince: {
    id: 'orgs.chain-province',
    does: 'a bare 省 in one person’s chain of offices is the province the chain named in full before it, not the page’s',
    example: 'outside page (Hangzhou): 湖南省人大常委会副主任、省总工会主席周某一行来我区考察 (湖南省总工会)',
    counterexample: '湖南省总工会代表团与省总工会座谈 (与 joins two bodies: the host is the page’s province)',
  },
  listEnd: {
    id: 'orgs.list-end',
    does: 'the last department of a list written once with its region ends where its people or a joint act follow it (…、保监局有关负责人)',
    example: 'outside page: 陕西省金融办、银监局、证监局、保监局有关领导 (陕西省保监局)',
    counterexample: '省人社厅、财政厅有关处室 (有关 after the list: no third item)',
  },
  committeeDepartment: {
    id: 'orgs.committee-department',
    does: 'a department after a region’s party committee written without 中共 (市委组织部, 区委社会工作部) has the committee for its parent',
    example: 'm4_08 (set M): 铜川市委组织部、市人社局…联合主办; m1_04 (set M): 徐汇区委社会工作部',
    counterexample: '组织部 alone (no committee before it: a bare unit, not kept)',
  },
  placePrefix: {
    id: 'orgs.place-prefix',
    does: 'a place of the gazetteer, or 市/区/省 standing for the article’s, starts the name',
    example: 'r2_07: 市中级人民法院 → 芜湖市中级人民法院; r3_15: 百色快递协会',
    counterexample: 'r4_14: 横琴深合区学校 (a place and a bare 学校 is not a name)',
  },
  every: {
    id: 'orgs.every',
    does: 'vetoes a name read right after 各 or 诸: every body of that kind, not one (县直各委局工会)',
    example: 'made up: 县直各委局工会主席、部分基层工会主席参加',
    counterexample: 'made up: 市总工会各部门负责人 (the body before 各 stays)',
  },
  countedKind: {
    id: 'orgs.counted-kind',
    does: 'vetoes a name read right after a count of bodies (18个铁路局集团公司, 5家…公司): that many of a kind, not one',
    example: 'outside pages: 来自18个铁路局集团公司的54名参赛选手',
    counterexample: 'made up: 全市18家单位中,某某集团公司… (the count ends its clause)',
  },
  anonymous: {
    id: 'orgs.anonymous',
    does: 'vetoes a name that opens with 某, or whose own words after its place do: the page keeps the body anonymous; weighs down one with 某 later in its own words or read right after 某 (常州某建筑劳务有限公司, 某项目部)',
    example:
      'u3_04 (set J): 在某混凝土有限公司干活的农民工李先生等3人; outside pages: 在宁夏银川某服装厂从事室内装修; 厅调查常州某建筑劳务有限公司; 张某与某公司; 中铁四局建筑公司某项目部',
    counterexample: 'none in the corpus, which has no 某; 中铁四局建筑公司 before 某项目部 stays a body',
  },
  nationalPrefix: {
    id: 'orgs.national-prefix',
    does: 'a national prefix (中国, 中华, 中央, 国家) starts the name',
    example: 'r4_03: 中国金融工会; r4_07: 中央广播电视总台',
    counterexample: 'r3_01: 中国工会十八大 (the movement, not a body: empty core)',
  },
  numberedBureau: {
    id: 'orgs.numbered-bureau',
    does: 'a state group’s bureau written by its number alone is named by it (中铁一局, 中建三局, 中交二航局)',
    example: 'outside pages: 由中铁一局主办、城轨公司承办的; 中建三局第一届优秀农民工评选工作正在开展',
    counterexample: 'made up: 市交通局 (a number-less bureau of a region: its place names it)',
  },
  corpsUnit: {
    id: 'orgs.corps-unit',
    does: 'a Production and Construction Corps division or regiment opening a name places it, as a region does (七师工会)',
    example:
      'outside pages: 与七师工会召开援疆座谈会; 听取了兵团第五师工会工作情况汇报; 三师四十八团工会、团委联合组织',
    counterexample: 'made up: 一饮食集团 (one body of a kind, no division)',
  },
  unionPartyGroup: {
    id: 'orgs.union-party-group',
    does: 'a federation of unions (…总工会) named before 党组: the party group is the federation’s own, a body as the federation is',
    example:
      'outside pages: 全国总工会党组已研究通过…; 按照全国总工会党组最新工作部署 (r4_02 gold: 中华全国总工会党组)',
    counterexample: 'a party group under no federation (…公司党组) needs its place or more evidence as before',
  },
  parentBody: {
    id: 'orgs.parent-body',
    does: 'a body named right before a unit of it (…有限公司发电部工会, …公安局闵行分局浦锦路派出所)',
    example: 'r3_09: 大唐华银攸县能源有限公司发电部工会; r2_09: 上海市公安局闵行分局浦锦路派出所',
    counterexample: 'r1_07: 人力资源部相关负责人 (a unit with no parent named)',
  },
  specialRegion: {
    id: 'orgs.special-region',
    does: 'on a Hong Kong or Macau page a body needs no place (职业训练局); a union there is the region’s',
    example: 'r4_11: 職業訓練局; r4_13: 建造業總工會 → 香港建造业总工会',
    counterexample: 'r2_07: 市司法局 on a mainland page (resolved to the city instead)',
  },
  specialBareUnion: {
    id: 'orgs.special-bare-union',
    does: 'against: a bare 工会 after Hong Kong, Macau or Taiwan (香港工会青年交流团, 代表台湾工会): the region’s unions in general',
    example: 'outside pages: 侯某凤代表台湾工会在开幕式上致辞; 香港工会青年交流团; 与香港、澳门工会的合作交流',
    counterexample: 'r4_13: 建造業總工會 → 香港建造业总工会 (a union with its own name)',
  },
  companyUnionAsRegistered: {
    id: 'orgs.company-union-as-registered',
    does: 'a company’s union keeps the company’s name as registered, a county’s short name in it not written in full',
    example:
      'outside pages: 福州市总工会…到连江清禄鞋业有限公司工会 (not 福州市连江县清禄鞋业…); 玉溪…红塔集团工会 (not 红塔区集团工会)',
    counterexample:
      'outside page: 米易快递行业工会 beside 米易县总工会 (a trade union of the county: 攀枝花市米易县快递行业工会)',
  },
  ownBody: {
    id: 'orgs.own-body',
    does: 'a region’s own body or institution: a place and a suffix with nothing between (市总工会, 区政府)',
    example: 'r2_12: 西湖区政府; r2_11: 泉港区后龙镇环卫站',
    counterexample: 'r3_05: 中国工会新闻 (the national movement, not a region’s body)',
  },
  distinctCore: {
    id: 'orgs.distinct-core',
    does: 'words between prefix and suffix: not all generic, or any after a place (市职工服务中心)',
    example: 'r1_09: 哈尔滨轴承集团公司 (轴承); r2_02: 江苏洛克电气有限公司',
    counterexample: 'r4_08: 全国劳模工匠创新工作室 (劳模, 工匠, 创新: generic)',
  },
  quoted: {
    id: 'orgs.quoted',
    does: 'the name stands in quotation marks (“劳模工匠技术服务队”)',
    example: '001: “劳模工匠技术服务队”; 001: “百千万工程”职工宣讲团',
    counterexample: 'r3_06: “香港会计业总会和…参访团” (a name inside a quoted title is not quoted itself)',
  },
  category: {
    id: 'orgs.category',
    does: 'against: a grade of studio conferred on many, a place or nothing before generic words (常州市职工劳模创新工作室)',
    example: 'h2_02: 创建常州市职工劳模创新工作室11个; m1_01: 第九批浙江省高技能人才(劳模)创新工作室',
    counterexample: 'r4_08: 中铁四局周国锋创新工作室 (named after its leader); 001: 叶茂盛劳模和工匠人才创新工作室',
  },
  personTrade: {
    id: 'orgs.person-trade',
    does: 'a studio named after a person and a trade (杨某平焊接技能大师工作室, 陆某东机器人教学工匠创新工作室)',
    example: 'e4_05: 王軍平火車頭勞模創新工作室; m1_05: 陆梅东机器人教学工匠创新工作室',
    counterexample: '常州市职工劳模创新工作室 (a place, not a person, before the generic words)',
  },
  acting: {
    id: 'orgs.acting',
    does: 'for: the name hosts or backs an event, fields a team, or is where one is held (一东公司承办, 在某公司召开)',
    example: 'f2_03: 龙鼎工贸公司代表队; h2_08: 一东公司承办; w4_06: 在威龙投资公司召开座谈会',
    counterexample: '推动公司发展 (a verb for its words); 在该公司召开 (no words of its own)',
  },
  workCommitteeKind: {
    id: 'orgs.work-committee-kind',
    does: 'a 工委 is the kind of what it is the work committee of: a union’s after 工会, the party’s after 中共, a congress’s after 人大',
    example:
      'outside pages: 吉林省直机关工会工委代表团 (union); 中共长白山保护开发区工委 (party); 长淮街道人大工委主任 (government)',
    counterexample: '街道党工委, 两新工委 (the party’s, by their own words)',
  },
  namedGroup: {
    id: 'orgs.named-group',
    does: 'for: a group (集团) named by two to four words of its own and written twice in its article',
    example: 'outside pages: 古井集团周口区域经理代表古井集团…捐赠; 来自威高集团的…, 威高集团工会',
    counterexample: '开展了元旦春节集团领导家访 (words that run into 集团 once); 企业集团 (a kind)',
  },
  namedSettlement: {
    id: 'orgs.named-settlement',
    does: 'a community or a village named by words of its own (勤德家园社区, 狮子口村) opening its clause and acting has a body of its own, as a name of its own words does',
    example: 'outside pages: 勤德家园社区工联会开展慰问活动; 人民家园社区工会…; 獅子口村工會已有會員170多人',
    counterexample: '各社区工会开展…, 示范社区工会… (a kind: no words of its own)',
  },
  clauseSubject: {
    id: 'orgs.clause-subject',
    does: 'for: a name of its own words opens its clause and acts (…工会组织, …厂举办, …公司开展)',
    example: 'outside pages: 10月30日上午,西固煤业公司工会组织女工家协员…; 近日,龙选厂举办…',
    counterexample: '推动公司高质量发展 (no clause opens on it); 基层工会组织开展 (no words of its own)',
  },
  visited: {
    id: 'orgs.visited',
    does: 'for: a visit goes to the name (到…协会慰问, 走进…公司调研), when its own words name it',
    example: 'made up: 到天中劳模之家公益协会慰问看望劳模代表; 走进恒达精密机械公司调研',
    counterexample: 'made up: 到基层工会调研 (no words of its own: a kind of body)',
  },
  visitedClause: {
    id: 'orgs.visited-clause',
    does: 'for: a company gone to (来到, 走进, 深入) that closes its clause is visited as one before a visit’s verb is',
    example: 'outside pages: 邱某一行来到武钢集团,了解武钢工会…; 走进中山港航集团,集团工会主席…陪同',
    counterexample:
      'outside pages: 困境怎么办, 新闻中心, 城区部分医院 (not companies: other suffixes need a visit’s verb)',
  },
  personNamed: {
    id: 'orgs.person-named',
    does: 'a studio or team named after a person (…周国锋创新工作室, 叶茂盛劳模和工匠人才创新工作室)',
    example: 'r4_08: 中铁四局周国锋创新工作室; 001: 叶茂盛劳模和工匠人才创新工作室',
    counterexample: 'r4_08: 全国劳模工匠创新工作室 (全国 is not a name)',
  },
  listSibling: {
    id: 'orgs.list-sibling',
    does: 'a kept name stands next to it in a 、-list',
    example: 'r1_02: 天津纺织工会、印刷工会、海员工会; r4_06: …职工技协、金隅集团相关部门',
    counterexample: 'r2_03: 集团行政、工会 (generic words in a list)',
  },
  fieldsJoined: {
    id: 'orgs.fields-joined',
    does: 'a department’s name without the 和 joining its two fields is a short form of the name with it (one body)',
    example: 'an outside page: 市人力资源社会保障局二级巡视员… beside 市人社局 (人力资源和社会保障局); 住房城乡建设局',
    counterexample: 'made up: 和平区总工会 (和 opening a name is no joining word)',
  },
  levelDroppedInside: {
    id: 'orgs.level-dropped-inside',
    does: 'a name that drops the level of a place inside it (南漳 for 南漳县, 福建 for 福建省) is the same body',
    example: 'outside pages: 国网南漳供电公司 beside 国网南漳县供电公司; 福建乐达 beside 福建省乐达',
    counterexample: 'made up: 南漳供电公司 and 南漳县总工会 (the words after the place differ: two bodies)',
  },
  legalFormDropped: {
    id: 'orgs.legal-form-dropped',
    does: 'a unit named after its parent without the parent’s legal form is the same unit (…集团工会, …集团有限公司工会)',
    example: 'outside pages: 恒天纤维集团工会 beside …集团有限公司工会; 山东高速集团工会 beside …集团有限公司工会',
    counterexample: 'made up: 某集团有限公司 and 某集团工会 (a company and its union: kinds differ)',
  },
  likeList: {
    id: 'orgs.like-list',
    does: 'three or more school names in a row, each with words of its own, joined by 、 (the last may be by 和): a list of schools',
    example:
      'outside pages: 银星学校、双江小学、华虹小学、育苗小学…分获团体前八名 (a district’s schools); 甲乙小学、丙丁中学和戊己学校',
    counterexample:
      'an outside page: 楼宇工会、市场工会、外来务工人员集居地工会等组建形式 (kinds of unions: only schools count); 中学、小学、幼儿园 (kinds alone)',
  },
  repeatedName: {
    id: 'orgs.repeated-name',
    does: 'a group (集团) named three times or more, each time opening its clause (徐矿集团…。徐矿集团…)',
    example: 'outside pages: 徐矿集团重奖两名全国劳模, 晋能集团代表队参加…',
    counterexample: 'outside pages: 供电公司 said three times is a kind of company, so 公司 never counts (only 集团)',
  },
  headTitle: {
    id: 'orgs.head-title',
    does: 'a title of the body’s head right after the name (…工会主席, …集团党委副书记)',
    example: 'r3_01: 四川省教科文卫工会主席王俊兵; r4_06: 金隅集团党委副书记姜长禄',
    counterexample: 'r2_12: 区人大常委会副主任、工会主席陈绍国 (a bare 工会 stays generic)',
  },
  unresolvedUnion: {
    id: 'orgs.unresolved-union',
    does: 'a region’s federation written bare (县总工会, 市总工会, 省总工会) on a page that never names the region is kept as written, as a body of that page only',
    example: 'outside pages: 县总工会召开十二届九次全委(扩大)会议; 9月16日,市总工会在市交通学校举行…授牌仪式',
    counterexample: '000: 市总工会 in a Foshan article (the region is named: 佛山市总工会)',
  },
  recipientCount: {
    id: 'orgs.recipient-count',
    does: 'a recipient followed by 等N个单位/集体, or an item of a list closed by 等单位 (with or without a count)',
    example:
      'r1_08: 长春市传染病医院等20个单位; r2_11: 市纪委监委等9个单位; an outside page: 丁家小学、…、东关幼儿园、盛和小学等单位',
    counterexample: 'r1_09: 東北輕合金有限責任公司銷售公司等38个集体 (its start is 共有, not part of it)',
  },
  emptyCore: {
    id: 'orgs.empty-core',
    does: 'against: a prefix and a suffix with nothing between that is no region’s own body',
    example: 'r4_14: 横琴深合区学校; r3_05: 中国工会新闻',
    counterexample: 'r2_11: 泉港区后龙镇环卫站 (a town’s station is named by its place)',
  },
  ownName: {
    id: 'orgs.own-name',
    does: 'against: a body named only by words of its own (an oilfield) read with its parent’s name alone, or a region’s own body (人大) read with words of its own',
    example:
      'made up: 前往北京中国石化集团公司油田事业部 (no 中国石化集团公司油田); outside pages: 某市金融工会系统人大代表联络站, 港区全国人大代表',
    counterexample: 'outside pages: 南海东部石油管理局惠州油田 (惠州 is the field’s own name)',
  },
  conjoined: {
    id: 'orgs.conjoined',
    does: 'against: words of its own that end in a conjunction right before the suffix (…竞赛和集团公司, …故居及纪念馆): it joins something else to a bare kind of body',
    example:
      'outside pages: 中央企业群众工作会议和集团公司, “三最”问题调查和集团公司, 国家二级采油工职业技能竞赛和集团公司, 中国工会十七大精神和集团公司',
    counterexample:
      'outside pages: 合和集团 (two characters of a name); 人力资源和社会保障局 (the name goes on after 和)',
  },
  honour: {
    id: 'orgs.honour',
    does: 'against: an honour being conferred (被评为…劳模创新工作室)',
    example: '001: 培育为高明区劳模和工匠人才创新工作室; r3_09: 湖南省工会“百优驿站”称号',
    counterexample: 'r1_08: 授予长春市传染病医院等20个单位 (授予 names the recipient)',
  },
  honourGiver: {
    id: 'orgs.honour-giver',
    does: 'a federation or a government after a verb of winning gave the honour; it is none (荣获…总工会表彰)',
    example:
      'outside pages: 先后获得某省总工会模范职工之家; 荣获中华全国总工会和某省总工会“…标兵岗”; 获评2025年某省总工会职工书屋',
    counterexample: 'r3_09: 荣获…“百优驿站”称号 (the honour itself, still vetoed)',
  },
  attested: {
    id: 'orgs.attested-start',
    does: 'a name the article writes elsewhere with a clean start cuts a longer reading (保障本钢集团有限公司)',
    example: 'r1_07: 为保障本钢集团有限公司 → 本钢集团有限公司; r1_04: 汽车中国二十二冶集团…',
    counterexample: '002: 汕头市总工会 (a place before 市总工会 is part of the name)',
  },
  companyReference: {
    id: 'orgs.company-reference',
    does: '公司工会/集团党委/医院工会 of an article about a company, hospital or school is the union or committee of that body',
    example:
      'r2_03: 集团工会 → 江苏仁禾中衡集团工会; r3_08: 公司工会 → 东风汽车集团有限公司工会; m4_09 (set M): 医院工会',
    counterexample: '003: 企业工会 (no company named in the article)',
  },
  registeredParent: {
    id: 'orgs.registered-parent',
    does: 'a company named by its legal form (…有限公司) at the start of a longer name is a body of its own too',
    example: 'r2_11: 福建省三星电气股份有限公司技术研发中心; r1_08: 华润吉林医药有限公司物流中心',
    counterexample: 'r2_09: 沪东中华造船(集团)有限公司 (no legal form before the rest: one company)',
  },
  listPlace: {
    id: 'orgs.list-place',
    does: 'a union listed right after one with a place prefix is of that place (…纺织工会、印刷工会)',
    example: 'r1_02: 天津纺织工会、印刷工会、海员工会 → 天津印刷工会',
    counterexample: 'r4_09: 浙江农林大学茶文化学院 (not a union list: a school keeps its own name)',
  },
  listedRegions: {
    id: 'orgs.listed-regions',
    does: 'places listed with 、 right before a region’s body share the rest of its name (银川市、平罗县、青铜峡市总工会)',
    example: 'outside pages: 银川市、平罗县、青铜峡市总工会被评为…; 福建省泉州市、石狮市总工会',
    counterexample: 'made up: 四川省、成都市、青羊区三级总工会 (three levels counted: no body of each)',
  },
  listedBodies: {
    id: 'orgs.listed-bodies',
    does: 'bare departments listed with 、 right after a region’s department are that region’s (市经信局、民政局、人社局)',
    example: 'f3_04 (held out): 市经信局、民政局、国资办、人社局、工商联等…; outside: 区信访局、人社局',
    counterexample: 'made up: 市总工会、民政局 (a union first: no list of one region’s departments)',
  },
  listedFederation: {
    id: 'orgs.listed-federation',
    does: 'a bare 总工会 closing a list of a region’s departments is the region’s federation of unions',
    example: 'outside pages: 山西省住建厅、人社厅、教育厅、总工会联合举办; 郑州市人社局、财政局、总工会联合印发',
    counterexample: 'made up: 市总工会、民政局 (a union first: no list of one region’s departments)',
  },
  nationalBody: {
    id: 'orgs.national-body',
    does: 'a nationally known body or its short form (全总, 中宣部, 香港中联办)',
    example: 'r2_11: 中华全国总工会; r2_06: 中宣部 → 中共中央宣传部',
    counterexample: '001: 人社部门 (a ministry’s short form inside a longer word)',
  },
  provinceUnion: {
    id: 'orgs.province-union',
    does: '省总/省总工会 without a place is the page province’s federation',
    example: '002: 省总工会 → 广东省总工会; r2_12: 省总领导班子',
    counterexample: 'r3_06: 省总工会女职工委员会 (省总 before 工: the suffix reading names it)',
  },
  provinceDepartment: {
    id: 'orgs.province-department',
    does: 'a department written bare (财政厅, 人社厅) after a boundary or a joining word is the page province’s',
    example: 'pages outside the corpus: 自治区总工会联合农业农村厅、文化和旅游厅; 山西省总工会与应急管理厅、卫生健康委',
    counterexample: '广东省财政厅 (a place before it: the suffix reading names it); 报告厅 (not a ministry’s name)',
  },
  cityUnion: {
    id: 'orgs.city-union',
    does: 'a named city’s 市总 (宁波市总承担…) is its federation of unions',
    example: 'pages outside the corpus: 费用由宁波市总承担三分之一; 衢州工匠学院的建设是衢州市总贯彻落实…',
    counterexample: '城市总体规划, 全市总人口 (no named city before 总, or a word after it)',
  },
  embassy: {
    id: 'orgs.embassy',
    does: 'China’s embassy or consulate in a country, named after 驻 (中国驻巴基斯坦大使馆, 驻肯尼亚使馆), is a government body',
    example:
      'outside pages: 中国驻巴基斯坦大使馆举办…颁奖仪式; 驻肯尼亚使馆为…员工举办开放日; 驻埃塞俄比亚大使馆经商处公参',
    counterexample: 'made up: 使馆区 (no country after 驻)',
  },
  numberedSchool: {
    id: 'orgs.numbered-school',
    does: 'a city’s or county’s numbered middle school written short (福清一中, 亳州十八中) is a school',
    example: 'outside pages: 到福清一中验收职工之家; 瑞金二中举行…; 随着亳州十八中党总支书记、校长…',
    counterexample: 'made up: 贯彻党的二十届四中全会精神 (a plenary session: no place before it)',
  },
  listedRegionUnions: {
    id: 'orgs.listed-region-unions',
    does: 'places listed before one 总工会 (石家庄、沧州、辛集总工会; 东城、朝阳等区总工会) each name their federation',
    example: 'outside pages: 石家庄、沧州、衡水、邢台、邯郸、定州、辛集总工会; 走进了东城、朝阳、丰台等区总工会',
    counterexample: 'made up: 佛山市总工会 (one place, no list)',
  },
  committeeGovernment: {
    id: 'orgs.committee-government',
    does: 'a bare 政府 listed right after a region’s party committee, or glued to it, is the same region’s government (自治区党委、政府; 县委政府)',
    example:
      'outside pages: 西藏自治区党委、政府历来高度重视; 受到自治区党委、政府的表彰; 围绕县委政府中心工作; 来宾市委政府',
    counterexample: 'made up: 公司党委、工会 (no region’s committee; 工会 is no government)',
  },
  listedLevelUnions: {
    id: 'orgs.listed-level-unions',
    does: 'levels listed before one 总工会 (省、市总工会; 市、县总工会) each name their region’s federation',
    example: 'outside pages: 根据省、市总工会的要求 (甘肃省总工会, 酒泉市总工会); 积极响应省、市总工会的号召',
    counterexample: 'outside pages: 市、区两级总工会 (the unions of two levels, no one federation named)',
  },
  bareRegionUnion: {
    id: 'orgs.bare-region-union',
    does: 'a bare 市总 (县总, 区总) opening its phrase is the region’s federation of unions, resolved as 市总工会 is',
    example: 'outside pages: 从2015年开始,市总要求各级工会…; 通过市总验收; 市总李某副主席带队到…检查',
    counterexample: '全市总人口, 城市总体规划 (市 inside a word before 总, or a word after it)',
  },
  definedShort: {
    id: 'orgs.defined-short',
    does: 'a short name the text defines (以下简称“西乡中心工联会”) stands for the body',
    example: '000: (以下简称“西乡中心工联会”)',
    counterexample: 'r1_12: (以下简称《方案》) (a document, after no body)',
  },
  nationalUnionUnit: {
    id: 'orgs.national-union-unit',
    does: 'the national federation’s unit named by its short form is named by its full name (全总女职工部 → 中华全国总工会女职工部)',
    example: 'r4_02: 全总党组和书记处 (gold: 中华全国总工会党组, …书记处); outside: 全国总工会宣传教育部, 全总办公厅',
    counterexample: 'r4_14: 香港中联办社会工作部 (another national body’s unit keeps its short form)',
  },
  partyPlace: {
    id: 'orgs.party-place',
    does: 'a party or Youth League committee written with 中共 or 共青团 is placed by the place after the mark',
    example: 'outside pages: 中共甘州区委宣传部, 中共西宁市委员会, 共青团晋城市委 (no place code before)',
    counterexample: '中共中央 (no place after the mark)',
  },
  regionUnionInFull: {
    id: 'orgs.region-union-in-full',
    does: 'a region’s 工会 is its federation of unions, named in full (常州工会 → 常州市总工会)',
    example: 'r2_02: 常州工会 (gold alias of 常州市总工会); 000: 广州市花都区工会 (alias of 广州市花都区总工会)',
    counterexample: '香港海员工会, 台湾石油工会 (a special region’s or a trade’s union keeps its name)',
  },
  regionCongress: {
    id: 'orgs.region-congress',
    does: 'a region’s 工会 before 第N次代表大会 is its federation holding the congress (奇台县工会第八次代表大会)',
    example:
      '000: 广州市花都区工会第十六次代表大会 (gold alias of 广州市花都区总工会); outside: 迪庆藏族自治州工会第七次代表大会',
    counterexample: '公司工会第三次会员代表大会 (no region: a union’s own congress, named elsewhere)',
  },
  former: {
    id: 'orgs.former',
    does: '前 or 原 ("former") opening a name before a body is the office-holder’s, not the body’s (前保安局局长 → 保安局)',
    example:
      'outside pages of Hong Kong and Macau papers: 前保安局局長李某光, 前運輸及房屋局局長, 前工会联合总会理事长',
    counterexample:
      '前锋区政协, 前海管理局 (前 opens a place or a word of the name); 鄂前旗, 前纺车间 (前 inside a name)',
  },
  sloganBeforePlace: {
    id: 'orgs.slogan-before-place',
    does: 'a quotation opening a name right before a place in full is a headline’s slogan, not the name’s (“娘家人”青岛市…联合会)',
    example:
      'outside pages: 当好“娘家人”青岛市家庭服务业工会联合会成立; “警消携手筑平安”市劳动者艺术团 (no place: kept)',
    counterexample: '“百姓学习之星”评选委员会 (no place after the quotation)',
  },
  platformUnion: {
    id: 'orgs.platform-union',
    does: 'a union named by its online platform (智慧工会, 数字工会, 网上工会) is the platform, not a body, with a place too',
    example: 'outside pages of Shenzhen’s and Liaoning’s unions: 深圳智慧工会平台九大应用场景; 辽宁“数字工会”已建成',
    counterexample: '辽宁省总工会 (a federation named by its place)',
  },
});

/**
 * What each kind of evidence weighs; a candidate is kept at THRESHOLD (3) or more. Chosen on
 * the 45-page corpus so that one strong signal and one weak one make a name: a place and a
 * plain suffix (佛山市+学院), a legal form and its own words (立新科技+有限公司), a plain suffix,
 * its own words and a head's title after it (金隅+集团+党委副书记). A plain suffix and its own
 * words alone (推动+公司) stay at 2; an honour conferred (−4) sinks anything.
 */
const SUFFIX_WEIGHT: Readonly<Record<SuffixStrength, number>> = { strong: 2, plain: 1, anchored: 0, unit: 0 };
const WEIGHTS = {
  place: 2,
  national: 2,
  parent: 2,
  specialRegion: 2,
  ownBody: 1,
  distinctCore: 1,
  quoted: 2,
  personNamed: 2,
  visited: 2,
  listSibling: 1,
  repeatedName: 1,
  headTitle: 1,
  recipientCount: 2,
  emptyCore: -2,
  ownName: -4,
  category: -2,
  honour: -4,
} as const;
const THRESHOLD = 3;
/** A federation's party group (市总工会党组): see `unionPartyGroup`. */
const PARTY_GROUP = '党组';
/**
 * The rest of a 、-list after an item, closed by a count of bodies (、宜港集团和汉江港投3家单位) or by
 * 等 and a word for bodies (、东关幼儿园、盛和小学等单位); or that closing right after the item.
 */
const LIST_COUNTED_AFTER =
  /^(?:[、和及][^,，。;；:：]{2,60}?)?(?:等(?:(?:\d+|[一二两三四五六七八九十]+)(?:个|家|所))?|(?:\d+|[一二两三四五六七八九十]+)(?:个|家|所))(?:单位|集体|企业|学校)/;

type Anchor = 'place' | 'region' | 'national' | 'special';

/** One reading of a span as a name, with the evidence weighed for it. */
interface Candidate {
  sentence: Sentence;
  from: number;
  to: number;
  rule: SuffixRule;
  name: string;
  written: string;
  kind: OrganizationKind;
  place?: Place;
  regionUnion: boolean;
  anchor?: Anchor;
  /** The canonical place prefix (佛山市 of 佛山市总工会). */
  prefix: string;
  /** Between the prefix and the suffix. */
  core: string;
  /** Length of a parent body at the start of the core (…有限公司 of …有限公司发电部). */
  parent: number;
  evidence: Array<{ rule: Rule; weight: number }>;
  score: number;
}

/** A legislature and its seat (立法会议员). */
const LEGISLATURE = '立法会';
const LEGISLATOR = '议员';
/** Suffixes of a region's legislature and government, which no other body's name runs into. */
const LEGISLATURES = new Set(['立法会', '政府']);
/** A region's bodies by their short forms of three characters or more (工联会, 工联总会). */
const REGIONAL_ALIASES = REGIONAL_BODIES.flatMap((b) => b.aliases.filter((a) => a.length >= 3));
/** The regional bodies by their region's code, in the list's order: a page's sentences read only its region's. */
const REGIONAL_BODIES_BY_REGION = new Map<string, RegionalBody[]>();
for (const body of REGIONAL_BODIES) {
  const list = REGIONAL_BODIES_BY_REGION.get(body.region);
  if (list) list.push(body);
  else REGIONAL_BODIES_BY_REGION.set(body.region, [body]);
}
const NATIONAL_FORMS = new Map(
  [...NATIONAL_BODIES, ...BRANDS, ...CENTRAL_ENTERPRISES].flatMap((n) =>
    [n.name, ...n.aliases].map((f) => [f, n] as const),
  ),
);
/** Bodies read from their known forms; a name read leftwards onto one of them (落力推广工联会) yields to it. */
const NATIONAL_NAMES = new Set([...NATIONAL_BODIES, ...REGIONAL_BODIES].map((n) => n.name));
const LONGEST_NATIONAL_FORM = Math.max(...[...NATIONAL_FORMS.keys()].map((f) => f.length));
/** Every national form in one pass, longest first (中华全国总工会 before 全国总工会). */
const NATIONAL_LEXICON = new Lexicon(NATIONAL_FORMS.keys());
/** A branch's own words after a bank's short form: no list word or mark (建行各支行 names no branch). */
const BRANCH_WORDS = '(?:(?![各等和与及辖属下])\\p{Script=Han}){1,6}?';
const BANK_SHORT = [...BANK_SHORT_FORMS.keys()].join('|');
/** A state bank's short form that opens a branch's name (工行湛江分行): the bank, as its parent. */
const BANK_BEFORE_BRANCH = new RegExp(`(${BANK_SHORT})(?=${BRANCH_WORDS}(?:${BANK_BRANCHES.join('|')}))`, 'gu');
/** The same, read back from where a branch's kind starts (工行湛江|分行). */
const BANK_OPENS_BRANCH = new RegExp(`(?:${BANK_SHORT})${BRANCH_WORDS}$`, 'u');
const SUFFIX_FIRST_CHARS = charSet(SUFFIX_RULES.map((r) => r.suffix.charAt(0)));
/**
 * A national body's name or short form, which may stand before a unit of its own as its parent (全总女职工部);
 * not a party's (民进党中央党部 holds 党中央).
 */
const NATIONAL_BODY_FORM = new RegExp(
  NATIONAL_BODIES.filter((b) => b.kind !== 'party')
    .flatMap((b) => [b.name, ...b.aliases])
    .join('|'),
);

/** Brands and central enterprises by every form pages name them by (顺丰速运, 顺丰, 中石化). */
const BRAND_FORMS = new Set([...BRANDS, ...CENTRAL_ENTERPRISES].flatMap((n) => [n.name, ...n.aliases]));
const BRAND_WORDS = new Lexicon(BRAND_FORMS);
/**
 * Last characters of a suffix, a national body's name or short form or a brand's form: each may end a
 * parent (顺丰速运 of 顺丰速运工会, 全总 of 全总女职工部).
 */
const SUFFIX_LAST_CHARS = new Set(
  [...SUFFIX_ENDINGS, ...NATIONAL_BODIES.flatMap((n) => [n.name, ...n.aliases]), ...BRAND_FORMS].map((f) =>
    f.charAt(f.length - 1),
  ),
);
const ORDINAL = /届|第(?:[一二三四五六七八九十]+|\d+)(?:次|届|期|批|季|轮|名|号|场|天|个)|\d/;
const OWN_BODY = new Set<OrganizationKind>(['union', 'government', 'party']);
/** Own bodies named by their places alone; a party body also carries its party (中共佛山市委). */
const PLACE_NAMED = new Set<OrganizationKind>(['union', 'government']);

/** True when a name of some kind ends right at `end` (so a conjunction before a name separates two names). */
function nameEndsAt(norm: string, end: number): boolean {
  for (let len = 2; len <= Math.max(LONGEST_SUFFIX, 7) && len <= end; len++) {
    const tail = norm.slice(end - len, end);
    if (SUFFIX_BY_TEXT.has(tail) || NATIONAL_FORMS.has(tail)) return true;
  }
  return false;
}

/** Whether the suffix at [start, end) is part of a longer word (局面, 干部, 培训班, 工会经费). */
function suffixIsWord(norm: string, start: number, end: number, suffix: string): boolean {
  if (
    FALSE_SUFFIX_FOLLOWERS[suffix]?.test(norm.slice(end, end + 4)) &&
    !regionCongress(norm, start, end, suffix) &&
    !organizedBy(norm, start, end)
  )
    return true;
  const before = norm.slice(Math.max(0, start - 6), start);
  return FALSE_SUFFIX_LEADERS[suffix]?.test(before) === true;
}

/**
 * 此次活动由轩岗煤电公司工会组织, 由某研究院工会组织的比赛: after 由 and a name, 组织 is the verb the union did, not
 * the 工会组织 (union organizations) of the general word.
 */
function organizedBy(norm: string, start: number, end: number): boolean {
  return (
    on(R.organizedBy) &&
    norm.startsWith(ORGANIZED, end) &&
    ORGANIZED_END.test(norm.charAt(end + ORGANIZED.length)) &&
    BY_NAME_BEFORE.test(norm.slice(Math.max(0, start - 20), start))
  );
}
const ORGANIZED = '组织';
/** What ends the verb 组织 after 由 and a union: the clause, or the 的 of what was organized. */
const ORGANIZED_END = /^(?:[,，。;；的]|$)/;
/** 由 and a name's own words before its 工会 (由轩岗煤电公司|工会). */
const BY_NAME_BEFORE = /由[\p{Script=Han}]{2,18}$/u;

/**
 * 奇台县工会第八次代表大会, 广州市花都区工会第十六次代表大会: a region's unions in congress, held by its federation
 * (the region's 工会 is read as its 总工会), where 工会第… is elsewhere a term of a union's own.
 */
/**
 * A region of the mainland whose 工会 is its federation: a province, city or county (not Hong Kong's, Macau's or
 * Taiwan's own unions, nor a town's, whose 工会 is often its 工会委员会).
 */
function regionsOwnUnion(place: Place | undefined): boolean {
  return (
    on(R.regionUnionInFull) &&
    place !== undefined &&
    place.level !== 'town' &&
    !isSpecialRegion(place) &&
    place.code !== TAIWAN_CODE
  );
}

/**
 * 四川省广元市工会: a lower region written under its province keeps its name, as the page writes it (the
 * region's federation named without the province is the node's name).
 */
function underProvinceWritten(c: Candidate): boolean {
  const province = c.place && c.place.level !== 'province' ? placeByCode(provinceCodeOf(c.place)) : undefined;
  return province !== undefined && c.name.startsWith(province.name);
}

function regionCongress(norm: string, start: number, end: number, suffix: string): boolean {
  if (suffix !== '工会' || !on(R.regionCongress) || !REGION_CONGRESS.test(norm.slice(end, end + 12))) return false;
  return fullPlaceEndingAt(norm, start, 12) !== undefined;
}
const REGION_CONGRESS = /^第[一二三四五六七八九十\d]+次(?:会员)?代表大会/;

/**
 * Finds the organizations named in one sentence (a one-sentence article).
 *
 * @example
 * findOrganizations(sentence('佛山市人大常委会副主任、市总工会主席李灿出席。'), ctx).map((o) => o.name)
 * // → ['佛山市人大常委会', '佛山市总工会']
 */
export function findOrganizations(sentence: Sentence, ctx: ArticleContext): OrgMention[] {
  return findArticleOrganizations([sentence], ctx).get(sentence) ?? [];
}

/**
 * Finds the organizations of an article, sentence by sentence. Article-wide evidence counts:
 * a name written elsewhere with a clean start, a kept name next in a list, the company a
 * 公司工会 belongs to, the place a list of unions names once, and short names the text defines.
 *
 * @example
 * findArticleOrganizations(sentences, ctx).get(sentences[0]!)?.map((o) => o.name) // → ['本钢集团有限公司']
 */
export function findArticleOrganizations(
  sentences: readonly Sentence[],
  ctx: ArticleContext,
): Map<Sentence, OrgMention[]> {
  const candidates = sentences.flatMap((s) => suffixCandidates(s, ctx));
  trimToAttested(candidates, ctx);
  addArticleEvidence(candidates);
  const kept = candidates.filter((c) => c.score >= THRESHOLD);
  resolveBodyReferences(candidates, kept);
  inheritListPlaces(kept);
  const out = new Map<Sentence, OrgMention[]>();
  const defined = new Map<string, OrgMention>();
  const keptIn = new Map<Sentence, OrgMention[]>();
  for (const c of kept) {
    const list = keptIn.get(c.sentence);
    if (list) list.push(toMention(c));
    else keptIn.set(c.sentence, [toMention(c)]);
  }
  for (const s of sentences) {
    const found = [
      ...nationalBodies(s, ctx),
      ...provinceUnions(s, ctx),
      ...provinceDepartments(s, ctx),
      ...cityUnions(s, ctx),
      ...listedRegionUnions(s, ctx),
      ...listedLevelUnions(s, ctx),
      ...bareRegionUnions(s, ctx),
      ...numberedSchools(s),
      ...embassies(s),
      ...(keptIn.get(s) ?? []),
    ];
    let orgs = dropNested(preferNational(found));
    const listed = listedRegionBodies(s, orgs, ctx);
    if (listed.length > 0) orgs = [...orgs, ...listed].sort((a, b) => a.from - b.from);
    const departments = [
      ...listedDepartments(s, orgs, ctx),
      ...committeeGovernments(s, orgs),
      ...countedListCompanies(s, orgs),
    ];
    if (departments.length > 0) orgs = [...orgs, ...departments].sort((a, b) => a.from - b.from);
    if (defined.size > 0) orgs = applyAbbreviations(orgs, s, defined);
    for (const [short, target] of definedAbbreviations(s, orgs)) defined.set(short, target);
    out.set(s, orgs);
  }
  for (const c of kept) traceCandidate(c);
  return out;
}

/**
 * 海信电子、中烟摩迪、天地壹号、海信宽带4家重点企业, 西南油气、中原油田、河南油田、江苏油田4家单位: the items of a
 * list that a count of companies closes are companies, though named by their brands alone.
 */
function countedListCompanies(sentence: Sentence, orgs: readonly OrgMention[]): OrgMention[] {
  const norm = sentence.norm;
  // Most sentences count no companies: one quick test before the list pattern.
  if (!on(R.countedCompanies) || !COMPANIES_COUNTED.test(norm)) return [];
  const out: OrgMention[] = [];
  for (const m of matchesOf(COUNTED_COMPANIES, norm)) {
    const items = (m[1] as string).split(LIST_JOIN);
    let at = m.index;
    const found: OrgMention[] = [];
    let clean = items.length >= 2;
    items.forEach((item, i) => {
      let from = at;
      if (i === 0) from = scanLeft(norm, at + item.length, () => false);
      // 一汽-大众: a hyphen joins a brand's two parts.
      if (i === 0 && norm[from - 1] === '-') from = scanLeft(norm, from - 1, () => false);
      const name = norm.slice(from, at + item.length);
      at += item.length + 1;
      if (name.length < 2 || name.length > 8 || !COMPANY_ITEM.test(name) || isGenericCore(name)) clean = false;
      else if (placeStartingAt(name, 0)?.text === name) clean = false;
      else if (!orgs.some((o) => o.from < from + name.length && o.to > from))
        found.push(mention(sentence, from, from + name.length, name, 'company', undefined, false));
    });
    // 4个局办及下属50家企业: a list opening with a count is of kinds, not names.
    const first = found[0]?.from ?? m.index;
    if (!clean || LIST_COUNTED_BEFORE.test(norm.slice(Math.max(0, first - 3), first))) continue;
    for (const o of found) fired(R.countedCompanies, 'organization', o.name);
    out.push(...found);
  }
  return out;
}
/** A count of companies and their word (4家重点企业, 五大主机厂). */
const COMPANIES_COUNTED = /(?:家|大)(?:重点|骨干|龙头|大型|主要|央属|国有)?(?:企业|公司|主机厂|单位)/;
/** The items of a list, then 等 or not, and the count of companies (…、海信宽带4家重点企业, …五大主机厂). */
const COUNTED_COMPANIES = new RegExp(
  `((?:[\\p{Script=Han}-]{2,8}[、和及]){1,8}[\\p{Script=Han}-]{2,8}?)等?(?:\\d+|[一二两三四五六七八九十]+)${COMPANIES_COUNTED.source}`,
  'gu',
);
const LIST_JOIN = /[、和及]/;
const LIST_COUNTED_BEFORE = /[\d一二两三四五六七八九十][个家名所]$/;
/** A brand-like item: Han characters only, a hyphen allowed inside (一汽-大众). */
const COMPANY_ITEM = /^[\p{Script=Han}][\p{Script=Han}-]*[\p{Script=Han}]$/u;

/** 银川市、平罗县、青铜峡市总工会: the bodies of the places listed before a region's body, named like it. */
function listedRegionBodies(sentence: Sentence, orgs: readonly OrgMention[], ctx: ArticleContext): OrgMention[] {
  if (!on(R.listedRegions)) return [];
  const norm = sentence.norm;
  const here = ctx.mentions.filter((m) => m.sentence === sentence.index && m.full);
  const out: OrgMention[] = [];
  for (const org of orgs) {
    const own = org.place && here.find((m) => m.pos === org.from && m.place.code === org.place?.code);
    const rest = own ? norm.slice(own.pos + own.text.length, org.to) : '';
    if (!own || rest.length < 2 || !org.name.endsWith(rest)) continue;
    // 北京市、天津市、河北省和南京市总工会: a region's own federation may close a list of regions of any
    // level, the last joined by 和; a longer name (…市宝安区总工会) lists only regions of its own tier.
    const federation = rest === FEDERATION && on(R.listedFederations);
    // 金台区、渭滨区总工会 read as 宝鸡市渭滨区总工会: the city that qualifies the last qualifies its siblings.
    const ownName = org.name.slice(0, org.name.length - rest.length);
    const qualifier = ownName.endsWith(own.place.name) ? ownName.slice(0, ownName.length - own.place.name.length) : '';
    for (let end = org.from; joinsListedRegion(norm[end - 1], end === org.from && federation); ) {
      const prev = here.find((m) => m.pos + m.text.length === end - 1 && (federation || sameTier(m.place, own.place)));
      if (!prev) break;
      const sibling = qualifier !== '' && prev.place.parentCode === own.place.parentCode;
      const name = `${sibling ? qualifier : ''}${prev.place.name}${rest}`;
      fired(R.listedRegions, 'organization', name);
      const m = mention(sentence, prev.pos, end - 1, name, org.kind, prev.place, org.regionUnion);
      // Written as the list implies it (平罗县总工会), not as the bare place the span holds.
      m.written = `${prev.text}${rest}`;
      m.original = `${sentence.text.slice(prev.pos, end - 1)}${sentence.text.slice(own.pos + own.text.length, org.to)}`;
      out.push(m);
      end = prev.pos;
    }
  }
  return out;
}

/**
 * 市经信局、民政局、国资办、人社局、工商联: bare departments listed right after a region's department
 * are the same region's, as the list writes the region once.
 */
function listedDepartments(sentence: Sentence, orgs: readonly OrgMention[], ctx: ArticleContext): OrgMention[] {
  if (!on(R.listedBodies)) return [];
  const norm = sentence.norm;
  const out: OrgMention[] = [];
  for (const org of orgs) {
    // A town's or a street's office is one of a list of like offices (某街道办事处、某街道办事处), not their region.
    // A region's federation of unions opens such a list too (海拉尔区总工会、教育局).
    const regional = org.kind === 'government' || (org.kind === 'union' && org.regionUnion);
    if (!regional || !org.place || org.place.level === 'town' || norm[org.to] !== '、') continue;
    const prefix = regionPrefixOf(org, ctx);
    if (!prefix) continue;
    for (let at = org.to; norm[at] === '、'; ) {
      const listed = LIST_ITEM.exec(norm.slice(at + 1))?.[0];
      const item = (listed && suffixRuleOf(listed) ? listed : lastListItem(norm, at + 1)) || (listed ?? '');
      const from = at + 1;
      const to = from + item.length;
      // 国资办, 金融办: an office written short, a department in such a list.
      const rule = suffixRuleOf(item);
      const kind = item.endsWith(OFFICE_SHORT_SUFFIX) && item.length >= 3 ? 'government' : rule?.kind;
      // 山西省住建厅、人社厅、教育厅、总工会: the region's federation of unions, written bare, closes such a list too.
      if (item === FEDERATION && on(R.listedFederation)) {
        const name = `${prefix}${FEDERATION}`;
        fired(R.listedFederation, 'organization', name);
        out.push(mention(sentence, from, to, name, 'union', org.place, true));
        break;
      }
      // A region's own body is its suffix alone (工商联, 妇联); any other needs a word before its suffix.
      const bare = rule !== undefined && item === rule.suffix && rule.strength !== 'anchored';
      if ((kind !== 'government' && kind !== 'association') || bare || item.length < 2) break;
      // 团市委联合主办: the suffix is part of a verb (主办), the list has ended.
      if (rule && suffixIsWord(norm, to - rule.suffix.length, to, rule.suffix)) break;
      if (placeStartingAt(norm, from) || LEVEL_OPENING.test(item) || orgs.some((o) => o.from < to && o.to > from))
        break;
      const name = expandShortSuffix(`${prefix}${item}`, true, org.place);
      fired(R.listedBodies, 'organization', name);
      out.push(mention(sentence, from, to, name, kind, org.place, false));
      at = to;
    }
  }
  return out;
}

/** 自治区党委、政府, 奎屯市委、政府: a bare 政府 right after a region's party committee is the same region's government. */
function committeeGovernments(sentence: Sentence, orgs: readonly OrgMention[]): OrgMention[] {
  if (!on(R.committeeGovernment)) return [];
  const norm = sentence.norm;
  const out: OrgMention[] = [];
  for (const org of orgs) {
    if (org.kind !== 'party' || !org.place || org.place.level === 'town' || !REGION_PARTY_COMMITTEE.test(org.name))
      continue;
    // 县委政府, 市委政府: the government may follow its committee with no 、, the level written once for both.
    const from = norm[org.to] === '、' ? org.to + 1 : org.to;
    const to = from + GOVERNMENT_WORD.length;
    if (!norm.startsWith(GOVERNMENT_WORD, from) || orgs.some((o) => o.from < to && o.to > from)) continue;
    const name = expandShortSuffix(`${org.name.replace(COMMITTEE_ENDING, '')}${GOVERNMENT_WORD}`, true, org.place);
    fired(R.committeeGovernment, 'organization', name);
    out.push(mention(sentence, from, to, name, 'government', org.place, false));
  }
  return out;
}
/** A region's party committee written with its place (西藏自治区党委, 阿坝州委). */
const REGION_PARTY_COMMITTEE = /(?:党委|[省市县区州]委)$/;
/** What a region's party committee adds to the region's name (西藏自治区|党委, 奎屯市|委). */
const COMMITTEE_ENDING = /党?委$/;
const GOVERNMENT_WORD = '政府';

/**
 * The last item of a list of departments when no separator closes it: the shortest run ending in a
 * body's suffix that its people or a joint act follow (…、保监局有关负责人, …和区文体局联合主办).
 */
function lastListItem(norm: string, from: number): string {
  if (!on(R.listEnd)) return '';
  for (let to = from + 2; to <= Math.min(norm.length, from + 8); to++) {
    if (!SUFFIX_LAST_CHARS.has(norm[to - 1] as string) || !LIST_END_AFTER.test(norm.slice(to, to + 4))) continue;
    const item = norm.slice(from, to);
    if (isAllHan(item) && suffixRuleOf(item)) return item;
  }
  return '';
}

/** An item of a list: the characters up to the next separator, 等, or a conjunction that closes the list. */
const LIST_ITEM = new RegExp(`^[\\p{Script=Han}]{2,8}?(?=[、,，。;；]|等|${[...CONJUNCTIONS].join('|')}|$)`, 'u');
/** (市场监督管理局: 市 of 市场, the market, is no level.) */
const LEVEL_CHAR = /^(?!市场)[省市区县州旗镇乡]/;
/** A list's item with a level or a generic word of its own (区人社局, 各县人社局): no bare department. */
const LEVEL_OPENING = new RegExp(`${LEVEL_CHAR.source}|^(?:${GENERIC_ITEM_OPENERS.join('|')})`);

/** The suffix rule a name ends in, the longest. */
function suffixRuleOf(name: string): SuffixRule | undefined {
  const length = SUFFIX_LEXICON.lengthEndingAt(name, name.length);
  return length > 0 ? SUFFIX_BY_TEXT.get(name.slice(name.length - length)) : undefined;
}

/** The region a body's name opens with as written out (安庆市 of 安庆市经信局 written 市经信局). */
function regionPrefixOf(org: OrgMention, ctx: ArticleContext): string | undefined {
  const place = ctx.mentions.find((m) => m.sentence === org.sentence.index && m.pos === org.from && m.full);
  const written = place
    ? org.written.slice(place.text.length)
    : LEVEL_CHAR.test(org.written)
      ? org.written.slice(1)
      : '';
  // 市经信局 is named 安庆市经济和信息化局: its own words as the name writes them.
  const own = expandShortSuffix(written, true, org.place);
  return written.length >= 2 && org.name.endsWith(own) ? org.name.slice(0, org.name.length - own.length) : undefined;
}

/** Whether `ch` joins a listed region to the next: 、, or 和/及/与 before the last one. */
function joinsListedRegion(ch: string | undefined, last: boolean): boolean {
  return ch === '、' || (last && (ch === '和' || ch === '及' || ch === '与'));
}

/** Places a list may join: of one level, or cities and counties together (银川市、平罗县). */
function sameTier(a: Place, b: Place): boolean {
  const local = (p: Place) => p.level === 'city' || p.level === 'county';
  return a.level === b.level || (local(a) && local(b));
}

function traceCandidate(c: Candidate): void {
  fired(R.suffix, 'organization', c.name);
  for (const e of c.evidence) if (e.weight >= 0) fired(e.rule, 'organization', c.name);
}

function toMention(c: Candidate): OrgMention {
  const m = mention(c.sentence, c.from, c.to, c.name, c.kind, c.place, c.regionUnion);
  m.written = c.written;
  if (c.parent > 0) m.parent = parentName(c);
  return m;
}

/** Every name a suffix of the lexicon proposes in a sentence, read and weighed. */
function suffixCandidates(sentence: Sentence, ctx: ArticleContext): Candidate[] {
  const norm = sentence.norm;
  const out: Candidate[] = [];
  if (!on(R.suffix)) return out;
  const ends: number[] = [];
  let pos = 0;
  for (let m = nextSuffix(norm, 0); m; m = nextSuffix(norm, pos)) {
    const suffixStart = m.index;
    const end = suffixStart + m.text.length;
    pos = end;
    // 女职工委员会: 工委 overlaps a longer suffix (委员会) that ends later; read that one instead.
    const later = overlappingLonger(norm, suffixStart, end);
    if (later !== undefined) {
      pos = later;
      continue;
    }
    const rule = SUFFIX_BY_TEXT.get(m.text);
    if (!rule || suffixIsWord(norm, suffixStart, end, rule.suffix)) continue;
    if (officeAfterName(norm, suffixStart, end)) continue;
    const readStart = () =>
      brandStart(
        norm,
        scanLeft(norm, suffixStart, (e) => nameEndsAt(norm, e)),
      );
    // A unit needs a parent body before it: some other suffix ended shortly before; or, for a
    // company's or an office's branch, its city or county in full (乌海市邮政分公司, 达州万源市邮政分公司).
    let start: number | undefined;
    // A national body's short form counts as such a suffix (全总女职工部).
    if (
      rule.strength === 'unit' &&
      !ends.some((e) => e <= suffixStart && e > suffixStart - 30) &&
      !NATIONAL_BODY_FORM.test(norm.slice(Math.max(0, suffixStart - 30), suffixStart)) &&
      !BANK_OPENS_BRANCH.test(norm.slice(Math.max(0, suffixStart - 8), suffixStart))
    ) {
      start = readStart();
      if (!placedBranch(rule, norm, start, suffixStart)) continue;
    }
    ends.push(end);
    if (enclosureAt(norm, suffixStart).book) continue;
    const c = readCandidate(sentence, ctx, start ?? readStart(), end, rule);
    if (c) out.push(c);
  }
  return out;
}

/**
 * Where a name really starts when the scan stopped inside a brand (饿了么's 了 is a stop word): a brand
 * that straddles the scan's start opens the name (饿了么(福州)外卖配送联合工会).
 */
function brandStart(norm: string, from: number): number {
  // A brand of at most six characters starting at k reaches past `from` when the longest one does.
  for (let k = Math.max(0, from - 4); k < from; k++) if (BRAND_WORDS.lengthStartingAt(norm, k, 6) > from - k) return k;
  return from;
}

/** Kinds whose units are branches that a place names on their own (a company's 分公司, an office's 分局). */
const BRANCH_KINDS: ReadonlySet<OrganizationKind> = new Set(['company', 'government']);

/** Whether a unit's name from `start` to `end` is a branch named by its city or county in full. */
function placedBranch(rule: SuffixRule, norm: string, start: number, end: number): boolean {
  if (rule.strength !== 'unit' || !BRANCH_KINDS.has(rule.kind)) return false;
  if (rule.suffix === MINE_SUFFIX && on(R.namedMine) && namedMine(norm.slice(start, end))) return true;
  if (on(R.placedBranch) && opensWithFullPlace(norm, start, end)) return true;
  return rule.kind === 'company' && on(R.brandBranch) && brandThenPlaces(norm, start, end);
}

/**
 * Whether the words before a bare 矿 name a mine of their own (西铭矿, 官地矿, 陶二矿, 石屏一矿): two to four
 * characters, none of which makes it a kind of mine or another word (铁矿, 该矿, 露天矿, 采矿).
 */
function namedMine(stem: string): boolean {
  if (stem.length < 2 || stem.length > 4 || !isAllHan(stem)) return false;
  return !NOT_MINE_WORDS.some((w) => stem.includes(w)) && ![...stem].some((ch) => NOT_IN_MINE_NAMES.has(ch));
}

/** Whether the name from `start` to `end` is a national company's form and places (中国移动福清, 中国电信河北省). */
function brandThenPlaces(norm: string, start: number, end: number): boolean {
  for (let len = Math.min(LONGEST_NATIONAL_FORM, end - start - 2); len >= 2; len--) {
    if (NATIONAL_FORMS.get(norm.slice(start, start + len))?.kind !== 'company') continue;
    return placesOnly(norm, start + len, end);
  }
  return false;
}

/** Whether places, written in full or short, fill the text from `start` to `end` (福清, 河北省). */
function placesOnly(norm: string, start: number, end: number): boolean {
  let k = start;
  while (k < end) {
    const place = placeStartingAt(norm, k);
    if (!place || k + place.text.length > end) return false;
    k += place.text.length;
  }
  return k === end && end > start;
}

/** Whether the name from `start` to `end` opens with places, one of them written in full (达州万源市, 乌海市). */
function opensWithFullPlace(norm: string, start: number, end: number): boolean {
  for (let k = start; k < end; ) {
    const place = placeStartingAt(norm, k);
    if (!place) return false;
    if (place.full) return true;
    k += place.text.length;
  }
  return false;
}

/**
 * A suffix that is the start of an office written after a name (劳工事务局梁家豪局长, 陈美玲副局长,
 * as Hong Kong, Macau and Taiwan papers write them): 局 and 长 make 局长, and what stands before is
 * 副 or a name right after another body's suffix. 公安局长 (a body's office, contracted) stays a body.
 * So is an office after a word that qualifies it (劳工局代理局长, 名誉会长).
 */
function officeAfterName(norm: string, start: number, end: number): boolean {
  if (norm[end] !== '长' || !OFFICE_WORDS.has(`${norm[end - 1]}长`)) return false;
  if (norm[start - 1] === '副' || TITLE_PREFIX_WORDS.endingAt(norm, start)) return true;
  // 青阳支局支局长, 公安局局长: the body's last words said again before 长 make its head's office.
  for (let k = 1; k <= 2; k++) if (norm.slice(end - 2 * k, end - k) === norm.slice(end - k, end)) return true;
  for (const length of [2, 3]) {
    const name = start - length;
    if (name > 0 && surnameLength(norm.slice(name, start)) > 0 && suffixEndsAt(norm, name)) return true;
  }
  return false;
}
const OFFICE_WORDS = new Set(OFFICES);
const GOVERNMENTS = new Set(['政府', '人民政府']);
/** 市民及政府, 年轻人就业和政府: a bare 政府 listed after other words is the government in general. */
const BARE_GOVERNMENT_LISTED = /[和及与、]政府$/;
const PLATFORM_UNION = new RegExp(`^(?:${PLATFORM_WORDS.join('|')})工会$`);
const FIRST_OF_KIND = new RegExp([...FIRSTS_OF_KIND, ...SIZES_OF_KIND].join('|'));
const FIRST_OF_KIND_OPENING = new RegExp(
  `^(?:${AREA_SCOPES.join('|')})?(?:${[...FIRSTS_OF_KIND, ...SIZES_OF_KIND].join('|')})`,
);
const TITLE_PREFIX_WORDS = new Lexicon(TITLE_PREFIXES);

/** Where a suffix starts that overlaps [start, end) and ends after it, if one does. */
function overlappingLonger(norm: string, start: number, end: number): number | undefined {
  for (let q = start + 1; q < end; q++) {
    if (!inCharSet(SUFFIX_FIRST_CHARS, norm, q)) continue;
    for (let len = Math.min(LONGEST_SUFFIX, norm.length - q); q + len > end; len--) {
      const text = norm.slice(q, q + len);
      if (SUFFIX_BY_TEXT.has(text) && !suffixIsWord(norm, q, q + len, text)) return q;
    }
  }
  return undefined;
}

/** 前 or 原 opening a name as "former": not a word of a name (前海, 原子能) nor a place's first character (前锋区, 原平市). */
function formerBody(written: string): boolean {
  return !WORDS_OPENING_WITH_FORMER.some((w) => written.startsWith(w)) && placeStartingAt(written, 0) === undefined;
}

/** Where a name opening with a quotation goes on after it with a place in full (“娘家人”青岛市…), else 0. */
function sloganBeforePlace(text: string): number {
  if (!text.startsWith('“')) return 0;
  const close = text.indexOf('”');
  return close > 1 && placeStartingAt(text, close + 1)?.full ? close + 1 : 0;
}

/** Reads [from, to) as a name ending in `rule`'s suffix; undefined when it cannot be one at all. */
function readCandidate(
  sentence: Sentence,
  ctx: ArticleContext,
  from: number,
  to: number,
  rule: SuffixRule,
): Candidate | undefined {
  const norm = sentence.norm;
  let start = from;
  let written = stripQuotes(norm.slice(start, to));
  // Lead words that survived the scan (全市各级…) are not part of a name; nor is 应 before a host
  // that invites (应…中心邀请).
  const invited = written.startsWith(INVITATION_MARK) && INVITATION_AFTER.test(norm.slice(to));
  // 前保安局局长, 原市总工会主席: 前 or 原 ("former") opening a body's name is the holder's, not the body's.
  const former = FORMER_MARKS.find((m) => written.startsWith(m) && formerBody(written) && on(R.former));
  const lead = LEAD_WORDS.exec(written)?.[0] ?? (invited ? INVITATION_MARK : (former ?? ''));
  if (lead) {
    start += lead.length;
    written = written.slice(lead.length);
  }
  // 团市委: the region's committee is read as any, then named the Youth League's (see youthLeague).
  const youth = written.startsWith(YOUTH_LEAGUE_MARK) && REGION_COMMITTEE.test(written.slice(1)) && on(R.youthLeague);
  if (youth) {
    start += 1;
    written = written.slice(1);
  }
  // 某混凝土有限公司: a body the page keeps anonymous is not named.
  if (on(R.anonymous) && ANONYMOUS_OPENING.test(written)) return undefined;
  if (on(R.every) && EVERY_KIND_BEFORE.test(norm.slice(Math.max(0, start - 1), start))) return undefined;
  if (on(R.countedKind) && COUNT_OF_KIND_BEFORE.test(norm.slice(Math.max(0, start - 6), start))) return undefined;
  // “娘家人”青岛市家庭服务业工会联合会: a quotation before the place that opens the name is a headline's slogan.
  const quoted = sloganBeforePlace(norm.slice(start, to));
  if (quoted > 0 && on(R.sloganBeforePlace)) {
    start += quoted;
    written = stripQuotes(norm.slice(start, to));
  }
  if (PLACE_NAMED.has(rule.kind)) {
    // Read on the text as written, quotes and all (“百年工运启新程”太原市总工会 → 太原市总工会).
    const own = ownBodyStart(norm.slice(start, to), rule.suffix.length, ctx.codes);
    if (own > 0) {
      start += own;
      written = stripQuotes(norm.slice(start, to));
    }
  }
  // 超额完成省总工会…, 深度融入市总工会: words before a bare 省 or 市 and its federation that name no
  // place are the sentence's; the federation is the region's.
  if (rule.suffix === '总工会') {
    const level = levelFederationStart(written, ctx.codes);
    if (level > 0) {
      start += level;
      written = written.slice(level);
    }
  }
  // 青浦区日立电梯(上海)有限公司, 修武县河南泓宇…股份有限公司: a company whose registered name carries
  // its own place is named from its brand on; a place written before it, lying in that place, is where it stands.
  if (rule.kind === 'company') {
    const brand = brandAfterPlace(written, ctx.codes);
    if (brand > 0) {
      start += brand;
      written = written.slice(brand);
    }
  }
  if (written.length <= rule.suffix.length && !/^[省市区县镇州]委$/.test(written)) return undefined;
  // 工会+驿站, 互联网+服务中心: a model joined by + is a slogan, not a body's name; 与州市总工会座谈:
  // two levels' federations (the prefecture's and the city's), not one.
  if (ORDINAL.test(written) || written.includes('+') || TWO_LEVELS.test(written)) return undefined;
  const reading = readPrefix(sentence, ctx, start, written, rule);
  if (!reading) return undefined;
  // 宁夏银川某服装厂: a body kept anonymous after the place it is in is not named either.
  if (on(R.anonymous) && reading.anchor && ANONYMOUS_OPENING.test(reading.rest)) return undefined;
  // 监督政府, 相信特区政府, 本次政府: a government is a place's (市政府, 特区政府, 中央政府), never one named otherwise.
  if (GOVERNMENTS.has(rule.suffix) && (!reading.anchor || BARE_GOVERNMENT_LISTED.test(written))) return undefined;
  // 惠州市首个园区工会联合会, 香港最大工会: the first or the largest of a kind a place has is described, not named
  // (without a place, 首个 makes a name generic later).
  // 我省首个开发区总工会: nor is a name that opens with one.
  if (reading.anchor ? FIRST_OF_KIND.test(reading.prefix + reading.rest) : FIRST_OF_KIND_OPENING.test(reading.rest))
    return undefined;
  // 深圳智慧工会平台, 辽宁“数字工会”: the unions' online platform, named by its place as a body would be.
  if (PLATFORM_UNION.test(reading.rest) && on(R.platformUnion)) {
    fired(R.platformUnion, 'organization', reading.prefix + reading.rest);
    return undefined;
  }
  // 一饮食集团, 多个酒楼集团, 部份公司: a count of a kind of body names none of them (福州一公司被处罚:
  // nor 一 and the bare suffix after a place; 福州一建集团 is a name). 一师阿拉尔市总工会 is the Corps's First
  // Division's, read with the city it runs; 中铁一局 is a state group's First Bureau.
  const division = (reading.anchor === 'place' && divisionAt(written) !== undefined) || CORPS_UNIT.test(written);
  const oneOfKind = reading.anchor && reading.rest === `一${rule.suffix}`;
  if (
    (COUNTED_KIND.test(written) && !division) ||
    (oneOfKind && !(SOE_NUMBERED_BUREAU.test(written) && on(R.numberedBureau)))
  )
    return undefined;
  const core = reading.rest.slice(0, Math.max(0, reading.rest.length - rule.suffix.length));
  // 明白政府, 发现政府, 连任九龙东立法会 on a Hong Kong page: its government and legislature are named
  // by the region alone (特区政府, 香港立法会), so words before them are the sentence's.
  if (reading.anchor === 'special' && core !== '' && (GOVERNMENTS.has(rule.suffix) || LEGISLATURES.has(rule.suffix)))
    return undefined;
  // 市级…, 市村级工会, 呼市两级总工会: a level of bodies after the region, or two of them, not one body;
  // 区属公司工会: nor are the bodies the region owns, nor 六大总工会 (the six major federations).
  if (
    (reading.anchor && /^(?:[省市区县镇乡村两三四]?级|街道|属)/.test(core)) ||
    /[两三四]级$|[两三四五六七八九十]大$/.test(core) ||
    // 6大总工会: the count of major federations written in figures before the name.
    (core.startsWith('大') && /[\d两三四五六七八九十]$/.test(sentence.norm.slice(0, start))) ||
    // 福建部分县级工会: some of a place's bodies of a kind, not one.
    (reading.anchor !== undefined && SEVERAL_AFTER_REGION.test(core))
  )
    return undefined;
  // 工联会立法会议员: a region's body, then the legislature its member sits in, not one body.
  if (LEGISLATURES.has(rule.suffix) && REGIONAL_ALIASES.some((a) => core.startsWith(a))) return undefined;
  const committee = committeeParent(reading.prefix, core);
  let parent =
    parentLength(core, reading.anchor === 'place' || reading.anchor === 'region', reading.prefix) || committee;
  // 华远建设集团有限公司: a legal form after a group's name is the same body, not a unit of it.
  if (parent === core.length && rule.kind === 'company' && rule.strength === 'strong') parent = 0;
  // A unit is named after its parent and its own words (…有限公司发电部), not a bare 车间 of a company.
  // A branch its city or county names in full (乌海市邮政分公司) is named after the place instead.
  const placed = parent === 0 && core !== '' && placedBranch(rule, sentence.norm, start, to - rule.suffix.length);
  if (
    rule.strength === 'unit' &&
    !placed &&
    (parent === 0 || (parent === core.length && !SELF_NAMING_UNITS.has(rule.suffix)))
  )
    return undefined;
  const c: Candidate = {
    sentence,
    from: start,
    to,
    rule,
    name: nationalUnionUnit(
      expandShortSuffix(reading.prefix + unionShortened(reading), reading.anchor !== undefined, reading.place),
      rule.suffix,
      ctx.province,
    ),
    written,
    // A party committee's department is the party's.
    kind:
      committee > 0 || PARTY_COMMITTEE_OR_DEPARTMENT.test(reading.prefix + core + rule.suffix)
        ? 'party'
        : kindOf(rule, core, reading.prefix, parent),
    // Set even when undefined: every candidate has one shape.
    place: reading.place,
    regionUnion: /^(?:总工会|工会)$/.test(rule.suffix) && core === '' && !reading.pseudo,
    anchor: reading.anchor,
    prefix: reading.prefix,
    core,
    parent,
    evidence: [],
    score: 0,
  };
  // 七师工会 → 第七师工会: a Corps division is named in full, as its city's bodies are (第一师阿拉尔市…).
  if (!reading.anchor && BARE_DIVISION.test(c.name)) c.name = `第${c.name}`;
  if (youth) youthLeague(c);
  // 奇台县工会第八次代表大会: the region's federation, which holds its unions' congress.
  if (c.regionUnion && regionCongress(norm, to - rule.suffix.length, to, rule.suffix)) {
    c.name = `${c.name.slice(0, -rule.suffix.length)}总工会`;
    fired(R.regionCongress, 'organization', c.name);
  } else if (c.regionUnion && rule.suffix === '工会' && regionsOwnUnion(c.place) && !underProvinceWritten(c)) {
    // 常州工会, 樊城区工会: a region's 工会 is its federation of unions, as the gold names it (常州市总工会).
    c.name = `${c.name.slice(0, -rule.suffix.length)}总工会`;
    fired(R.regionUnionInFull, 'organization', c.name);
  }
  weigh(c);
  return c;
}

/** 团市委, 团县委: the Youth League's committee of the region, not its party committee (共青团杭州市委). */
function youthLeague(c: Candidate): void {
  c.from -= 1;
  c.written = `${YOUTH_LEAGUE_MARK}${c.written}`;
  c.name = `共青${YOUTH_LEAGUE_MARK}${c.name}`;
  fired(R.youthLeague, 'organization', c.name);
}
const YOUTH_LEAGUE_MARK = '团';
const REGION_COMMITTEE = /^[省市区县州旗]委$/;

/**
 * 市总困难职工帮扶中心, 县总职工服务中心: a region's 总 right before a unit's name is its federation
 * shortened (市总 for 市总工会), written out in the canonical name.
 */
function unionShortened(reading: PrefixReading): string {
  const { rest } = reading;
  if (!on(R.cityUnion) || !reading.place || !/[省市县区]$/.test(reading.prefix) || !rest.startsWith('总')) return rest;
  if (rest.startsWith('总工会') || NOT_UNION_AFTER_ZONG.some((w) => rest.startsWith(w, 1))) return rest;
  return `总工会${rest.slice(1)}`;
}

/** Where 省总工会 or 市总工会 starts after words that name no place (超额完成省总工会), else 0. */
function levelFederationStart(written: string, codes: readonly string[]): number {
  const m = /^(.{2,})[省市]总工会$/.exec(written);
  const head = m?.[1];
  // 直辖市总工会, 各省市总工会: a word of regions ends there, and the federations are several.
  if (!head || REGION_WORD_END.test(head) || fullPlaceEndingAt(written, head.length + 1, 9)) return 0;
  // 台中市总工会: Taiwan's cities are not in the gazetteer, but are places.
  if (TAIWAN_CITIES.some((city) => head.endsWith(city))) return 0;
  // A place's name (full or short) right before the level character opens the body's name.
  const last = placeEndingAt(head, head.length);
  if (last || NATIONAL_PREFIX.test(head) || parseChain(head, codes).length === head.length) return 0;
  return head.length;
}

const TAIWAN_CITY_START = new RegExp(`^(?:${TAIWAN_CITIES.join('|')})[市县]`);

const REGION_WORD_END = /(?:直辖|城|都|地级|县级|副省级|计划单列|各|外|本|该|全|我|省)$/;

/**
 * Where the brand starts when a place is written before a company whose registered name holds its
 * own place: in brackets (…(上海)有限公司), opening it (河南泓宇…) or before its legal form
 * (…系统柳州有限公司), and the place written before lies in that one. Else 0.
 */
function brandAfterPlace(written: string, codes: readonly string[]): number {
  const chain = parseChain(written, codes);
  const last = chain.places.at(-1);
  if (!last || chain.pseudo) return 0;
  const rest = written.slice(chain.length);
  const bracketed = BRACKETED_PLACE.exec(rest);
  if (bracketed) return bracketed[1] === '中国' || lookupPlace(bracketed[1] as string) ? chain.length : 0;
  const own = placeStartingAt(rest, 0)?.candidates ?? ownPlaceBeforeForm(rest);
  return own?.some((p) => p.level !== 'town' && isWithin(last.code, p.code)) ? chain.length : 0;
}
const BRACKETED_PLACE = /^[^()]{2,}\((\p{Script=Han}{2,3})\)(?:有限|股份|集团)/u;
/** The place a company's name holds right before its legal form (延锋汽车饰件系统柳州有限公司). */
function ownPlaceBeforeForm(rest: string): readonly Place[] | undefined {
  const form = LEGAL_FORM.exec(rest);
  if (!form) return undefined;
  for (const length of [2, 3]) {
    if (form.index - length < 2) continue;
    const place = lookupPlace(rest.slice(form.index - length, form.index));
    if (place) return place.candidates;
  }
  return undefined;
}
const LEGAL_FORM = new RegExp(LEGAL_FORMS.join('|'));

/** Whether a union's name after its place is a company's name and its union (清禄鞋业有限公司工会, 集团工会). */
function companyUnion(rest: string): boolean {
  return on(R.companyUnionAsRegistered) && COMPANY_BEFORE_UNION.test(rest);
}
const COMPANY_BEFORE_UNION = new RegExp(
  `(?:${SUFFIX_RULES.filter((r) => r.kind === 'company')
    .map((r) => r.suffix)
    .join('|')}|农场)(?:工会|工会委员会|工会联合会)$`,
);

/**
 * Whether a county's short name stands for the county before a body (`rest`): any union (米易快递行业工会 beside
 * 米易县总工会); an office written short, by its kind or two characters of its own (永善法院, 莱芜环保局, 秦州公安分局).
 * A longer name is a body of its own naming that keeps the place as written (嫩江农场管理局, 长白森林经营局), and one
 * character may carry the place itself on (长白山管委会, 乐清湾大桥…指挥部).
 */
function shortCountyBody(rule: SuffixRule, rest: string): boolean {
  if (rule.kind === 'union') return true;
  const own = rest.length - rule.suffix.length;
  return rule.kind === 'government' && (own === 0 || own === 2) && on(R.shortCountyOffice);
}

/** The county a chain of one place names by its short name alone (米易 of 米易县), if it does. */
function countyShortWritten(places: readonly Place[], writtenPrefix: string): Place | undefined {
  const only = places.length === 1 ? places[0] : undefined;
  return only?.level === 'county' && only.short !== only.name && writtenPrefix === only.short ? only : undefined;
}

interface PrefixReading {
  prefix: string;
  rest: string;
  place: Place | undefined;
  anchor: Anchor | undefined;
  pseudo: boolean;
}

/** A reading with every field set, in one order: one object shape for all the code that reads them. */
function prefixReading(prefix: string, rest: string, anchor?: Anchor, place?: Place, pseudo = false): PrefixReading {
  return { prefix, rest, place, anchor, pseudo };
}

/**
 * Whether a federation's prefix is its place's short name, to be written in full (佛山 of 佛山总工会):
 * not a form with its level's character (海西州, 密云县: the page's own spelling), nor a special
 * region's or Taiwan's (台湾总工会 is a union of Taiwan's own naming).
 */
function isShortFederation(place: Place, writtenPrefix: string): boolean {
  // 常州, 杭州: a short name may end in a level's character of its own.
  const short = writtenPrefix === place.short || !LEVEL_END.test(writtenPrefix);
  return on(R.shortFederation) && short && !isSpecialRegion(place) && place.code !== TAIWAN_CODE;
}
const LEVEL_END = /[省市区县州旗盟镇乡]$/;
/** The party's and the Youth League's marks before the place of their committee (中共甘州区委). */
const PARTY_MARK = /^(?:中国共产党|中共|共青团)/;
/** What a region's own federation is written with after the region (佛山总工会, 常州工会). */
const FEDERATION_SUFFIXES = ['总工会', '工会'];

/** Reads the places (or the national prefix) a name starts with and writes its canonical prefix. */
function readPrefix(
  sentence: Sentence,
  ctx: ArticleContext,
  start: number,
  written: string,
  rule: SuffixRule,
): PrefixReading | undefined {
  // 中共甘州区委, 共青团晋城市委: the party's or the League's committee of the place after the mark.
  const party = on(R.partyPlace) ? PARTY_MARK.exec(written)?.[0] : undefined;
  const inner = party ? readPrefix(sentence, ctx, start + party.length, written.slice(party.length), rule) : undefined;
  if (party && inner?.place) return { ...inner, prefix: `${party}${inner.prefix}` };
  const division = divisionAt(written);
  const chain = parseChain(division ? written.slice(division.length) : written, ctx.codes);
  const first = chain.places[0];
  if (division && first) {
    // 一师阿拉尔市总工会 → 第一师阿拉尔市总工会: a Corps division and the city it runs.
    const length = division.length + chain.length;
    const prefix = division.division + written.slice(division.length, length);
    return prefixReading(prefix, written.slice(length), 'place', chain.places.at(-1) ?? first);
  }
  if (first) {
    const writtenPrefix = written.slice(0, chain.length);
    // A region's own body written from its county or town gets the county's parents (南海区总工会 → 佛山市南海区总工会).
    const qualify =
      !chain.pseudo &&
      OWN_BODY.has(rule.kind) &&
      (first.level === 'county' || first.level === 'town') &&
      writtenPrefix.startsWith(first.name);
    // 米易快递行业工会 beside 米易县总工会: a union written from its county's short name is written in full; a
    // company's union keeps the company's name as registered (连江清禄鞋业有限公司工会, 红塔集团工会).
    const short =
      qualify || !shortCountyBody(rule, written.slice(chain.length)) || companyUnion(written.slice(chain.length))
        ? undefined
        : countyShortWritten(chain.places, writtenPrefix);
    // 佛山总工会, 威海总工会: a region's own federation written from the region's short name is written in full.
    const federation =
      !qualify &&
      !short &&
      !chain.pseudo &&
      chain.places.length === 1 &&
      FEDERATION_SUFFIXES.includes(written.slice(chain.length)) &&
      isShortFederation(first, writtenPrefix);
    const local = first.level === 'county' || first.level === 'town';
    const prefix = qualify
      ? qualifyFirst(first, writtenPrefix, ctx)
      : short
        ? qualifyFirst(short, short.name, ctx)
        : federation
          ? local
            ? qualifyFirst(first, first.name, ctx)
            : first.name
          : writtenPrefix;
    return prefixReading(prefix, written.slice(chain.length), 'place', chain.places.at(-1), !!chain.pseudo);
  }
  const region = NOT_REGION_START.test(written) ? undefined : regionShort(written);
  if (region) return readRegion(sentence, ctx, start, written, region);

  const national = NATIONAL_PREFIX.exec(written);
  if (national) return prefixReading(national[0], written.slice(national[0].length), 'national');
  // 台中市政府劳工局, 桃园市空服员职业工会: Taiwan's cities are not in the gazetteer, but are places of their
  // governments and of the unions named by them.
  // (Its federations, 台中市总工会, are read as a region's own body and stay as written.)
  const taiwan =
    rule.kind === 'government' || (rule.kind === 'union' && !rule.suffix.endsWith(FEDERATION))
      ? TAIWAN_CITY_START.exec(written)
      : null;
  const island = taiwan ? placeByCode(TAIWAN_CODE) : undefined;
  if (taiwan && island && on(R.specialRegion))
    return prefixReading(taiwan[0], written.slice(taiwan[0].length), 'special', island);
  const province = ctx.province ? placeByCode(ctx.province) : undefined;
  if (province && isSpecialRegion(province) && on(R.specialRegion)) {
    // Hong Kong's unions are the region's (建造业总工会 → 香港建造业总工会); its bureaus carry no place.
    const prefix = rule.kind === 'union' ? province.short : '';
    return prefixReading(prefix, written, 'special', province);
  }
  return prefixReading('', written);
}

/** 市总工会, 区政府, 自治区总工会, 特区政府: the region the article is about at that point. */
/** What a region's own federation is after the region's word (县|总工会). */
const UNION_REST = /^总工会$/;
/** A region's mass bodies after its word (市|妇联, 县|科协): named as written when the region is unknown, as its 总工会 is. */
const MASS_BODY_REST = new RegExp(`^(?:${REGION_BODIES.join('|')})$`);

function readRegion(
  sentence: Sentence,
  ctx: ArticleContext,
  start: number,
  written: string,
  region: { word: string; level: Place['level']; length: number },
): PrefixReading | undefined {
  if (LEVEL_CATEGORY.test(written)) return undefined;
  // 各区总工会, 各县工会: every one of them, not one body.
  if (EVERY_BEFORE.test(sentence.norm.slice(0, start))) return undefined;
  // 11个市煤炭工业局: so is a count of them; 该市多家快递公司: and a count of the region's bodies.
  if (COUNT_BEFORE.test(sentence.norm.slice(Math.max(0, start - 6), start))) return undefined;
  if (SEVERAL_AFTER_REGION.test(written.slice(region.length))) return undefined;
  const resolved =
    chainProvince(sentence, ctx, start, region.word) ??
    resolveRegion(ctx, region, sentence.index, start, UNION_REST.test(written.slice(region.length)));
  // 县总工会召开全委会 (or 省总工会…) on a page that never names its region: the region's federation all the same,
  // named as written (its node is the page's own, see OrgRegistry).
  if (!resolved)
    return on(R.unresolvedUnion) && MASS_BODY_REST.test(written.slice(region.length))
      ? prefixReading(region.word, written.slice(region.length), 'region')
      : undefined;
  const prefix = resolved.level === 'province' ? writtenPlaceName(ctx, resolved) : qualifiedPlaceName(resolved, ctx);
  return prefixReading(prefix, written.slice(region.length), 'region', resolved);
}

/** Between a province named in full and a bare 省 in one person's chain of offices: offices joined by 、. */
const OFFICE_CHAIN_BETWEEN = /^(?:[^,，。;；:：与和同及跟、]{1,20}、){1,3}$/;

/**
 * 湖南省人大常委会副主任、省总工会主席 on a page about another province: a bare 省 in one person's
 * chain of offices is the province the chain named in full before it, not the page's.
 */
function chainProvince(sentence: Sentence, ctx: ArticleContext, start: number, word: string): Place | undefined {
  if ((word !== '省' && word !== '自治区') || !on(R.chainProvince)) return undefined;
  let found: Place | undefined;
  for (const m of ctx.mentions) {
    if (m.sentence !== sentence.index || !m.full || m.pos >= start || !m.place.name.endsWith(word)) continue;
    if (OFFICE_CHAIN_BETWEEN.test(sentence.norm.slice(m.pos + m.text.length, start))) found = m.place;
  }
  return found;
}

/** The short forms a mainland body's suffix may take: built once, not on every candidate. */
const MAINLAND_AND_SHARED_SHORT_FORMS = [...SUFFIX_SHORT_FORMS, ...MAINLAND_SHORT_FORMS];

/** The national federation's short forms, longest first (全国总工会 before 全总). */
const NATIONAL_UNION_FORMS = NATIONAL_BODIES.filter((b) => b.kind === 'union')
  .flatMap((b) => b.aliases.map((a) => [a, b] as const))
  .sort((x, y) => y[0].length - x[0].length);

/**
 * The national federation's unit named by its short form is named by the federation's full name, as its
 * office-holders' roles are (全总女职工部 → 中华全国总工会女职工部); other national bodies' units keep the short
 * form their pages use (香港中联办社会工作部). Not when the unit's suffix starts inside the short form, nor on
 * a page whose region has a federation of that short form (全国总工会 on a Taiwanese page).
 *
 * @example
 * nationalUnionUnit('全总女职工部', '部', '110000') // → '中华全国总工会女职工部'
 */
function nationalUnionUnit(name: string, suffix: string, province: string | undefined): string {
  if (!on(R.nationalUnionUnit)) return name;
  for (const [form, body] of NATIONAL_UNION_FORMS) {
    if (!name.startsWith(form) || name.length - suffix.length < form.length) continue;
    if (REGIONAL_BODIES.some((r) => r.region === province && r.aliases.includes(form))) return name;
    const full = body.name + name.slice(form.length);
    fired(R.nationalUnionUnit, 'organization', full);
    return full;
  }
  return name;
}

/**
 * A short form of a suffix written out (香港工联会 → 香港工会联合会, 市人社局 → …人力资源和社会保障局;
 * a mainland region's 市政府 → 市人民政府).
 */
function expandShortSuffix(name: string, anchored: boolean, place: Place | undefined): string {
  if (!anchored) return name;
  const mainland = place !== undefined && isMainland(place);
  // 苏家屯区人民检察院 is written in full already: no second 人民.
  for (const [short, full] of mainland ? MAINLAND_AND_SHARED_SHORT_FORMS : SUFFIX_SHORT_FORMS)
    if (name.endsWith(short) && !name.endsWith(full)) return name.slice(0, -short.length) + full;
  return name;
}

/**
 * The length of a parent body at the start of a core: the longest start of it that ends in
 * a suffix of the lexicon and is not itself generic (…有限公司 in …有限公司发电部).
 */
function parentLength(core: string, anchored: boolean, prefix = ''): number {
  for (let p = core.length; p >= 2; p--) {
    if (!SUFFIX_LAST_CHARS.has(core[p - 1] as string)) continue;
    const head = core.slice(0, p);
    for (let len = Math.min(LONGEST_SUFFIX, p); len >= 1; len--) {
      const rule = SUFFIX_BY_TEXT.get(head.slice(p - len));
      if (!rule || rule.strength === 'unit') continue;
      const own = head.slice(0, p - len);
      if (anchored || (own.length > 0 && !isGenericCore(own))) return p;
    }
    // 中国银行中山分行: a national body named with the prefix read before the core; 工行湛江分行: a state
    // bank's short form is the parent of the branch it opens.
    if (NATIONAL_FORMS.has(head) || NATIONAL_FORMS.has(prefix + head) || BANK_SHORT_FORMS.has(head)) return p;
  }
  return 0;
}

/**
 * 铜川市委组织部, 徐汇区委社会工作部: a region's party committee shares its level's character with the
 * place read before it (市 of 铜川市), so its own part of the core is only 委; the committee is the
 * parent of the department after it. The parent's length within the core, or 0.
 */
function committeeParent(prefix: string, core: string): number {
  if (!on(R.committeeDepartment) || !prefix || !core.startsWith('委')) return 0;
  const committee = `${prefix.slice(-1)}委`;
  return SUFFIX_BY_TEXT.get(committee)?.kind === 'party' && core.length > 1 ? 1 : 0;
}

const DEPARTMENTS = new Set(DEPARTMENT_SUFFIXES);
/** A union's name, as a parent body's ends (长春市总工会|劳动和经济工作部). */
const UNION_PARENT_END = /(?:工会|工联会|工会联合会|工联总会|工会联合总会)$/;

function kindOf(rule: SuffixRule, core: string, prefix: string, parent = 0): OrganizationKind {
  // 长春市总工会劳动和经济工作部, 江西省总工会办公室: a union's department or office is of the union, as the gold types them.
  if (DEPARTMENTS.has(rule.suffix) && UNION_PARENT_END.test(core.slice(0, parent)) && on(R.unionDepartment))
    return 'union';
  if (rule.suffix === '工委' && on(R.workCommitteeKind)) {
    const whole = prefix + core;
    // 省直机关工会工委, 新区工会工委: a union's work committee; 中共某开发区工委: the party's; 街道人大工委: the congress's.
    if (whole.endsWith('工会')) return 'union';
    if (whole.startsWith('中共')) return 'party';
    if (whole.endsWith('人大')) return 'government';
  }
  // 街道党工委, 两新工委, 团工委: a party's or the Youth League's work committee, not a union's.
  if (rule.suffix === '工委' && /机关|直属|党$|两新$|团$|[“”"]$/.test(core)) return 'party';
  // 中铁九局, 中建七局, 中交第一航务工程局, 鄂尔多斯电业局: state companies that keep a bureau's name.
  // 国家铁路局 is the state's railway administration.
  if (rule.suffix === '局' && SOE_BUREAU.test(prefix + core) && !/^国家/.test(prefix)) return 'company';
  if (rule.suffix === '工作联盟' && !/工会/.test(core)) return 'association';
  // …工会委员会, 职工…联合会, 工联社会服务委员会 (工联, Hong Kong's and Macau's federations, and their committees): a union's.
  if (/^(?:联合会|委员会|总会|联盟)$/.test(rule.suffix) && /工会|工联|职工|雇员|僱員/.test(core)) return 'union';
  return rule.kind;
}

/** 在某公司召开…: an event held where the name stands, a venue only a body is. */
const HELD_THERE = new RegExp(`^(?:${HELD_AFTER_VERBS.join('|')})`);

const SUBJECT_ACTS = new RegExp(`^(?:${SUBJECT_ACTION_VERBS.join('|')})`);
/** The same after adverbs, or the 为 of whom the body acts for (…工会精心为职工准备…). */
const SUBJECT_ACTS_AFTER_ADVERBS = new RegExp(
  `^(?:${SUBJECT_ADVERBS.join('|')})*(?:${SUBJECT_ACTION_VERBS.join('|')}|${ACTING_FOR}(?=\\p{Script=Han}{2}))`,
  'u',
);
/**
 * Whether a core names its body by words of its own before any kind it ends in (新桥煤矿, 滨江小学, 国控集团), not by
 * a kind alone (学院, 局机关, 科研单位).
 */
function ownWords(own: string): boolean {
  // 勤德家园社区工联会, 獅子口村工會: a community or a village named by words of its own is a place, not a kind.
  const settlement = SETTLEMENT_WORDS.find((w) => own.endsWith(w));
  if (settlement && on(R.namedSettlement)) {
    const name = own.slice(0, -settlement.length);
    return name.length >= 2 && !isGenericCore(name) && GENERIC_LEXICON.lengthEndingAt(name, name.length) === 0;
  }
  if (GENERIC_LEXICON.lengthEndingAt(own, own.length) >= 2) return false;
  return own.length - SUFFIX_LEXICON.lengthEndingAt(own, own.length) >= 2;
}
/** Whether a verb only a body does follows `to`, right after it or after adverbs or a 为 (see SUBJECT_ADVERBS). */
function subjectActs(norm: string, to: number): boolean {
  if (SUBJECT_ACTS.test(norm.slice(to, to + 2))) return true;
  return on(R.subjectAdverbs) && SUBJECT_ACTS_AFTER_ADVERBS.test(norm.slice(to, to + 12));
}

/** Whether a clause opens at `at`: the sentence's start, or after a break other than a list's 、. */
function opensClause(norm: string, at: number): boolean {
  return at === 0 || SUBJECT_OPENERS.has(norm[at - 1] as string);
}
const SUBJECT_OPENERS = new Set([...'，,。；;：: ']);

/** 到…慰问, 走进…调研: a visit's way there before a name and its verb right after it. */
const VISIT_BEFORE = new RegExp(`(?:${TRAVEL_WORDS.join('|')})$`);
const VISIT_AFTER = new RegExp(`^(?:${VISIT_VERBS.join('|')})`);
const CLAUSE_BREAK = /[,，。;；]/;

const SOE_BUREAU = new RegExp(`^(?:${SOE_BUREAU_GROUPS.join('|')})|(?:${SOE_BUREAU_TRADES.join('|')})$`);

/** A Corps division, perhaps with a regiment, opening a name (兵团第五师, 七师, 三师四十八团). */
const CORPS_UNIT =
  /^(?:新疆生产建设兵团|兵团)?第?[一二三四五六七八九十]{1,3}师(?:[一二三四五六七八九十\d]{1,4}团)?(?=\p{Script=Han})/u;

const BARE_DIVISION = /^[一二三四五六七八九十]{1,3}师/;

/** Weighs the evidence a candidate carries on its own (article-wide evidence comes later). */
function weigh(c: Candidate): void {
  const norm = c.sentence.norm;
  const add = (rule: Rule, weight: number): void => {
    if (on(rule)) c.evidence.push({ rule, weight });
  };
  const own = c.core.slice(c.parent);
  const placed = c.anchor === 'place' || c.anchor === 'region';
  if (placed) add(R.placePrefix, WEIGHTS.place);
  if (c.anchor === 'national') add(R.nationalPrefix, WEIGHTS.national);
  // 七师工会, 兵团第五师工会, 三师四十八团工会: a division (and regiment) of the Corps places the body.
  if (!c.anchor && CORPS_UNIT.test(c.written)) add(R.corpsUnit, WEIGHTS.place);
  // 中铁一局, 中建三局: a state group's bureau is named by its number.
  if (c.anchor === 'national' && SOE_NUMBERED_BUREAU.test(c.written)) add(R.numberedBureau, WEIGHTS.distinctCore);
  // Hong Kong's bodies carry no place, so their own words must name them (职业训练局, not 职业培训学校).
  const distinct = own.length >= 2 && !isGenericCore(own);
  if (c.anchor === 'special' && (distinct || c.core === '')) add(R.specialRegion, WEIGHTS.specialRegion);
  // 香港工会青年交流团, 代表台湾工会致辞, 与香港、澳门工会的合作: the region's unions in general; its federations
  // have names of their own (工联会, 工联总会).
  if (c.core === '' && c.rule.suffix === BARE_UNION && c.place !== undefined && !isMainland(c.place))
    add(R.specialBareUnion, WEIGHTS.ownName);
  if (c.parent > 0) add(R.parentBody, WEIGHTS.parent);
  // 西铭矿, 官地矿: a mine named by words of its own, as a branch is by its place (see placedBranch).
  if (c.rule.suffix === MINE_SUFFIX && c.parent === 0 && !c.anchor && namedMine(own)) add(R.namedMine, WEIGHTS.place);
  if (c.parent > 0 && c.rule.suffix === PARTY_GROUP && c.core.slice(0, c.parent).endsWith(FEDERATION))
    add(R.unionPartyGroup, WEIGHTS.ownBody);
  if (c.core === '' && isRegionOwn(c)) add(R.ownBody, WEIGHTS.ownBody);
  if (distinct || (placed && own.length >= 2)) add(R.distinctCore, WEIGHTS.distinctCore);
  if (CATEGORY_SUFFIXES.has(c.rule.suffix) && !distinct && c.parent === 0) add(R.category, WEIGHTS.category);
  const quoted = (norm.charAt(c.from - 1) === '“' && norm[c.to] === '”') || /[“”]/.test(norm.slice(c.from, c.to));
  // “劳模创新工作室”: a kind quoted is still a kind, unless a body is formed under it (组建“劳模工匠技术服务队”).
  const named = () => !isGenericCore(own) || FORMED_BEFORE.test(norm.slice(Math.max(0, c.from - 6), c.from));
  if (quoted && QUOTED_KINDS.has(c.rule.kind) && (own === '' || named())) add(R.quoted, WEIGHTS.quoted);
  if (isNamedAfterPerson(own)) add(R.personNamed, WEIGHTS.personNamed);
  if (HEAD_TITLE_AFTER.test(norm.slice(c.to, c.to + 8))) add(R.headTitle, WEIGHTS.headTitle);
  else if (
    distinct &&
    (ACTING_AFTER.test(norm.slice(c.to, c.to + 70)) ||
      (norm.charAt(c.from - 1) === VENUE_MARK && HELD_THERE.test(norm.slice(c.to, c.to + 4))))
  )
    add(R.acting, WEIGHTS.headTitle);
  else if (distinct && opensClause(norm, c.from) && subjectActs(norm, c.to) && ownWords(own))
    add(R.clauseSubject, WEIGHTS.headTitle);
  // (来到武钢集团,了解…, 走进中山港航集团,…: the place gone to may close its clause, what was done told after it.)
  const visitEnds =
    VISIT_AFTER.test(norm.slice(c.to)) ||
    (on(R.visitedClause) &&
      c.rule.kind === 'company' &&
      c.rule.suffix.length >= 2 &&
      CLAUSE_BREAK.test(norm[c.to] ?? ''));
  if (distinct && VISIT_BEFORE.test(norm.slice(Math.max(0, c.from - 3), c.from)) && visitEnds)
    add(R.visited, WEIGHTS.visited);
  if (RECIPIENT_AFTER.test(norm.slice(c.to, c.to + 12))) add(R.recipientCount, WEIGHTS.recipientCount);
  // 武港集团、宜港集团和汉江港投3家单位: an item of a list that ends in a count of bodies.
  else if (on(R.recipientCount) && LIST_COUNTED_AFTER.test(norm.slice(c.to, c.to + 70)))
    add(R.recipientCount, WEIGHTS.listSibling);
  if (isEmptyCore(c)) add(R.emptyCore, WEIGHTS.emptyCore);
  if (own.length >= CONJOINED_MIN && CONJUNCTIONS.has(own.at(-1) as string)) add(R.conjoined, WEIGHTS.ownName);
  // 中国石化集团公司油田(事业部): a field is named by words of its own, not its company's alone.
  if (c.parent > 0 && own === '' && OWN_NAME_SUFFIXES.has(c.rule.suffix)) add(R.ownName, WEIGHTS.ownName);
  // …金融工会系统人大(代表联络站), 港区全国人大(代表): a people's congress is a region's, named by it alone.
  if (own !== '' && REGION_ONLY_SUFFIXES.has(c.rule.suffix)) add(R.ownName, WEIGHTS.ownName);
  // 常州某建筑劳务有限公司, 某项目部: a case report's unnamed body (read from 某 or after it).
  if (own.includes(ANONYMOUS) || norm.charAt(c.from - 1) === ANONYMOUS) add(R.anonymous, WEIGHTS.ownName);
  const before = norm.slice(Math.max(0, c.from - 10), c.from);
  const conferred = HONOUR_BEFORE.test(before) && !(on(R.honourGiver) && HONOUR_GIVERS.includes(c.rule.suffix));
  if (conferred || HONOUR_AFTER.test(norm.slice(c.to, c.to + 4))) add(R.honour, WEIGHTS.honour);
  rescore(c);
}

/**
 * The same body written without its place's level character (牡丹江师范学院 beside 牡丹江市师范学院,
 * 米易中禾矿业公司 beside 米易县中禾矿业公司): the long form's place, in full, is the short form's start.
 */
function levelDropped(short: string, long: string): boolean {
  if (long.length !== short.length + 1) return false;
  let k = 0;
  while (k < short.length && short[k] === long[k]) k++;
  if (k < 2 || long.slice(k + 1) !== short.slice(k)) return false;
  if (LEVEL_CHARS.has(long[k] as string) && lookupPlace(long.slice(0, k + 1))?.full === true) return true;
  // 国网南漳供电公司 ← 国网南漳县供电公司, 福建乐达 ← 福建省乐达: a province's level too, and a place after the body's
  // own words.
  if (!on(R.levelDroppedInside) || !(LEVEL_CHARS.has(long[k] as string) || long[k] === PROVINCE_CHAR)) return false;
  for (let from = k - 1; from >= Math.max(0, k - 4); from--)
    if (lookupPlace(long.slice(from, k + 1))?.full) return true;
  return false;
}
const LEVEL_CHARS = new Set([...'市县区']);
const PROVINCE_CHAR = '省';

/**
 * A region's own body or institution, named by the region alone: 市总工会, 区政府, 特区政府,
 * 后龙镇环卫站, 苏州中学. A full place and a bare 学校 or 公司 are a category (滨海新区学校).
 */
function isRegionOwn(c: Candidate): boolean {
  if (OWN_BODY.has(c.rule.kind)) return c.anchor === 'place' || c.anchor === 'region' || c.anchor === 'special';
  if (c.anchor !== 'place' && c.anchor !== 'region') return false;
  // 铅山县妇联: a region's mass body, as its 总工会 is.
  if (REGION_BODY_SET.has(c.rule.suffix)) return true;
  const short = c.place !== undefined && !c.written.startsWith(c.place.name);
  return short || c.rule.suffix.length >= 3;
}

const REGION_BODY_SET = new Set(REGION_BODIES);
const SEVERAL_AFTER_REGION = new RegExp(`^(?:${COUNTING_AFTER_REGION.join('|')})`);
const TWO_LEVELS = /^[省市州县区][省市州县区](?:总工会|工会)$/;
const COUNTED_KIND = new RegExp(
  `^(?:一(?![汽重〇零一二三四五六七八九十\\d])|${COUNTING_AFTER_REGION.join('|')}|部份|加上)`,
);

/** Kinds a quotation names (“劳模工匠技术服务队”); a quoted 智慧工会 is a slogan. */
const QUOTED_KINDS = new Set<OrganizationKind>(['team', 'other', 'school']);

/** A verb that forms a body right before the quotation naming it (组建“…服务队”). */
const FORMED_BEFORE = new RegExp(`(?:${FORMING_VERBS.join('|')})了?“$`);

/** A quoted title followed by 称号 is an honour (“百优驿站”称号). */
const HONOUR_AFTER = /^”?称号/;

function rescore(c: Candidate): void {
  c.score = SUFFIX_WEIGHT[c.rule.strength] + c.evidence.reduce((sum, e) => sum + e.weight, 0);
}

/**
 * A prefix and a suffix with nothing between that is no region's own body: the national
 * prefix (中国工会 is the movement), a full place and a bare 学校 (滨海新区学校 are its
 * schools), a district the gazetteer lacks on a Hong Kong or Macau page (横琴深合区学校).
 */
/** Words of a name's own that end in a conjunction (…竞赛和) are at least this long: 合和集团 is a name. */
const CONJOINED_MIN = 4;

/** The bare union suffix, with no name of its own before it. */
const BARE_UNION = '工会';

function isEmptyCore(c: Candidate): boolean {
  if (c.anchor === 'special' && !OWN_BODY.has(c.rule.kind))
    return /(?:新区|开发区|合区|区)$/.test(c.written.slice(0, c.written.length - c.rule.suffix.length));
  return c.anchor !== undefined && c.core === '' && !isRegionOwn(c);
}

/** Letters that do not occur in the name of a person a studio is named after (places, bodies). */
const NOT_A_NAME = /[省市区县镇乡村局司厂部会委团院校国和与及]/;

/**
 * A studio or team named after a person: a personal name, then only generic words (叶茂盛劳模和工匠人才创新),
 * or a trade and then generic words (杨某平焊接技能大师, 陆某东机器人教学工匠创新).
 */
function isNamedAfterPerson(own: string): boolean {
  const s = surnameLength(own);
  // 位居全国海关首位: a word that opens with a surname (位居, 方面) names no one (a place's name, 安康, is no word here).
  if (s === 0 || own.length < 4) return false;
  if (WORDS_LIKE_NAMES.has(own.slice(0, 2)) && placeStartingAt(own, 0) === undefined) return false;
  for (const len of [3, 2]) {
    const name = own.slice(0, len);
    const tail = own.slice(len).replace(/[和与及]/g, '');
    if (len - s < 1 || len - s > 2 || tail === '' || NOT_A_NAME.test(name) || isGenericCore(name)) continue;
    if (isGenericCore(tail)) return true;
    // 浙江省高技能人才(劳模)创新: no name runs into a generic word (高技能).
    const runsOn = [1, 2].some((k) => isGenericCore(own.slice(0, len + k)));
    if (on(R.personTrade) && !runsOn && tradeThenGeneric(tail)) return true;
  }
  return false;
}

/** A trade of up to six characters (焊接, 机器人教学), then a studio's generic words with a master or model in them. */
function tradeThenGeneric(tail: string): boolean {
  for (let cut = 1; cut <= Math.min(TRADE_LONGEST, tail.length - 2); cut++) {
    const [trade, rest] = [tail.slice(0, cut), tail.slice(cut)];
    if (STUDIO_MASTERS.test(rest) && isGenericCore(rest) && !/[\p{P}\d]/u.test(trade) && !isGenericCore(trade))
      return true;
  }
  return false;
}
const TRADE_LONGEST = 6;
/** What a person-named studio is of: a master, a model worker, a craftsman (技能大师, 劳模创新, 工匠创新). */
const STUDIO_MASTERS = /大师|劳模|工匠/;

/** A start right after punctuation, a space or the sentence start: nothing glued on the front. */
function hasCleanStart(c: Candidate): boolean {
  const prev = c.sentence.norm[c.from - 1];
  return prev === undefined || BOUNDARY.has(prev);
}

/**
 * Cuts a reading down to a name the article writes elsewhere with a clean start, when what
 * it cuts off is no place, national prefix or parent body (为保障本钢集团有限公司 → 本钢集团有限公司).
 */
function trimToAttested(candidates: Candidate[], ctx: ArticleContext): void {
  if (!on(R.attested)) return;
  const attested = [
    ...new Set(
      candidates.filter((c) => c.score >= THRESHOLD && hasCleanStart(c) && c.written.length >= 4).map((c) => c.written),
    ),
  ];
  const heads = new Set(attested.map((a) => a.slice(0, 2)));
  candidates.forEach((c, i) => {
    if (c.written !== c.sentence.norm.slice(c.from, c.to)) return;
    for (let k = 1; k + 4 <= c.written.length; k++) {
      if (!heads.has(c.written.slice(k, k + 2))) continue;
      const rest = c.written.slice(k);
      if (!attested.some((a) => rest.startsWith(a)) || !isLooseHead(c.written.slice(0, k), ctx, rest)) continue;
      const trimmed = readCandidate(c.sentence, ctx, c.from + k, c.to, c.rule);
      if (trimmed) {
        trimmed.evidence.push({ rule: R.attested, weight: 0 });
        candidates[i] = trimmed;
      }
      return;
    }
  });
}

/**
 * Words glued before a name that belong to no name: not a place, a national prefix or a body; nor
 * a place's name before its level character (通州 of 通州区总工会, a district of two cities the
 * page does not tell apart, before an attested 区总工会).
 */
function isLooseHead(head: string, ctx: ArticleContext, rest: string): boolean {
  if (NATIONAL_PREFIX.test(head) || nameEndsAt(head, head.length)) return false;
  if (LEVEL_CHAR.test(rest) && lookupPlace(head + rest.charAt(0)) && on(R.placeBeforeLevel)) return false;
  return parseChain(head, ctx.codes).length === 0 && !regionShort(head);
}

/**
 * Evidence only the whole article gives: a like name next to it in a list, being the parent of
 * a kept unit (金隅集团 of 金隅集团党委), being a short form of a kept name (东风公司). Repeated
 * until nothing changes, since a name kept through its neighbour can vouch for the next one.
 */
function addArticleEvidence(candidates: Candidate[]): void {
  // Article evidence weighs 1: only a candidate one short of the threshold can be kept by it.
  likeLists(candidates);
  const near = candidates.filter((c) => c.score === THRESHOLD - 1);
  repeatedNames(near);
  twiceNamedGroups(near, candidates);
  for (let round = 0; round < 3 && near.length > 0; round++) {
    const kept = candidates.filter((c) => c.score >= THRESHOLD);
    const parents = new Set(kept.filter((c) => c.parent > 0).map(parentName));
    let changed = false;
    for (const c of near) {
      if (c.score >= THRESHOLD) continue;
      // A like item is a name of its own, not a category word glued to a suffix (、华为技术有限公司 read as 技术有限公司).
      const named = c.anchor !== undefined || c.evidence.some((e) => e.rule === R.distinctCore);
      let rule: Rule | undefined;
      if (named && kept.some((d) => isListSibling(c, d))) rule = R.listSibling;
      else if (parents.has(c.written)) rule = R.parentBody;
      if (!rule || !on(rule)) continue;
      c.evidence.push({ rule, weight: WEIGHTS.listSibling });
      rescore(c);
      changed = true;
    }
    if (!changed) return;
  }
}

/**
 * 银星学校、双江小学、华虹小学分获…: a run of school names, each with words of its own, is a list of
 * schools; a name one short of the threshold in it is kept (one alone, 推动学校, stays at 2).
 */
function likeLists(candidates: readonly Candidate[]): void {
  if (!on(R.likeList)) return;
  let run: Candidate[] = [];
  const close = () => {
    if (run.length >= LIKE_LIST_ITEMS)
      for (const c of run) {
        if (c.score !== THRESHOLD - 1) continue;
        c.evidence.push({ rule: R.likeList, weight: WEIGHTS.listSibling });
        rescore(c);
      }
    run = [];
  };
  for (const c of candidates) {
    if (!LIKE_LIST_KINDS.has(c.rule.kind) || !c.evidence.some((e) => e.rule === R.distinctCore)) continue;
    const last = run.at(-1);
    if (last && !isListSibling(c, last)) close();
    run.push(c);
  }
  close();
}
const LIKE_LIST_ITEMS = 3;
/**
 * Kinds whose lists name bodies: schools are listed by name (in results, in rounds of visits), while
 * unions and companies are listed by kind too (楼宇工会、市场工会…等组建形式, words the generic lexicon lacks).
 */
const LIKE_LIST_KINDS: ReadonlySet<OrganizationKind> = new Set(['school']);

/**
 * A group's own name said again and again, each time opening its clause (徐矿集团重奖…。徐矿集团
 * 专门举行…): the article is about that group, however short its name. A kind of company (供电公司,
 * 劳务公司) is said that way too, so only 集团 counts, and only at clean starts.
 */
function repeatedNames(near: Candidate[]): void {
  if (!on(R.repeatedName)) return;
  const opening = near.filter(
    (c) =>
      c.rule.suffix === '集团' &&
      c.evidence.some((e) => e.rule === R.distinctCore) &&
      (c.from === 0 || CLAUSE_OPENERS.has(c.sentence.norm[c.from - 1] as string)),
  );
  const counts = new Map<string, number>();
  for (const c of opening) counts.set(c.written, (counts.get(c.written) ?? 0) + 1);
  for (const c of opening) {
    if ((counts.get(c.written) ?? 0) < REPEATS) continue;
    c.evidence.push({ rule: R.repeatedName, weight: WEIGHTS.repeatedName });
    rescore(c);
  }
}
const REPEATS = 3;

/**
 * A group (集团) named by two to four words of its own and written twice in the article (古井集团周口区域经理代表古井集团):
 * a name said again, not words that happen to run into 集团 once (开展了元旦春节集团领导家访).
 */
function twiceNamedGroups(near: Candidate[], all: readonly Candidate[]): void {
  if (!on(R.namedGroup)) return;
  const counts = new Map<string, number>();
  for (const c of all) if (c.rule.suffix === '集团') counts.set(c.written, (counts.get(c.written) ?? 0) + 1);
  for (const c of near) {
    const own = c.core.slice(c.parent);
    if (c.rule.suffix !== '集团' || c.parent > 0 || own.length < 2 || own.length > 4 || !ownWords(own)) continue;
    if (!c.evidence.some((e) => e.rule === R.distinctCore) || (counts.get(c.written) ?? 0) < 2) continue;
    c.evidence.push({ rule: R.namedGroup, weight: WEIGHTS.repeatedName });
    rescore(c);
  }
}
const CLAUSE_OPENERS = new Set([...'，,。；;：:、“（( ']);

/**
 * A union listed after one that names its place is of the same place (天津纺织工会、印刷工会、
 * 海员工会 → 天津印刷工会): a list of a region's industrial unions names the region once.
 */
function inheritListPlaces(kept: Candidate[]): void {
  if (!on(R.listPlace)) return;
  for (const c of kept) {
    // An industry's union (印刷工会, 教科文卫体工会): a short core and no parent body of its own; not one whose core names a
    // place of its own the gazetteer lacks (台中市总工会、金门县总工会、新北市总工会).
    if (c.anchor || c.kind !== 'union' || c.parent > 0 || c.core.length > 5 || OWN_PLACE_CORE.test(c.core)) continue;
    const before = kept.find(
      (d) => d.kind === 'union' && d.rule.suffix === c.rule.suffix && isListSibling(c, d) && d.to <= c.from,
    );
    if (!before?.anchor || before.anchor === 'national' || !before.prefix || before.parent > 0) continue;
    c.name = before.prefix + c.name;
    c.prefix = before.prefix;
    c.anchor = before.anchor;
    if (before.place) c.place = before.place;
    c.evidence.push({ rule: R.listPlace, weight: 0 });
  }
}

/** A core ending in a level of region (新北市): a place named in full, though not in the gazetteer. */
const OWN_PLACE_CORE = /^\p{Script=Han}{2,3}[市县]$/u;

/** The parent body's name as written (…有限公司 of …有限公司发电部). */
function parentName(c: Candidate): string {
  return c.written.slice(0, c.written.length - c.rule.suffix.length - (c.core.length - c.parent));
}

/** Two names side by side in a list: 、, 和, 及 or 与 between them. */
function isListSibling(c: Candidate, d: Candidate): boolean {
  if (c.sentence !== d.sentence) return false;
  const norm = c.sentence.norm;
  const between = d.to <= c.from ? norm.slice(d.to, c.from) : c.to <= d.from ? norm.slice(c.to, d.from) : '';
  return /^[、和及与]$/.test(between);
}

/** No places named: an abbreviation is read the same in any article. */
const NO_CONTEXT: readonly string[] = [];

/** The 和 between two fields of a department's name (人力资源和社会保障局), never its first character. */
const FIELDS_JOINED = /(?<=.)和/;

/** What a long form adds to a short one it spells out in full: a legal form, a committee's title. */
const LONG_FORM_TAIL = /^(?:(?:股份)?有限(?:责任)?公司|(?:全国)?委员会)$/;

/**
 * Whether `short` abbreviates `long`: the same first character, its characters in order
 * inside the long name, the same last character, and no place skipped
 * (东风公司 ← 东风汽车集团有限公司, 澳门工联总会 ← 澳门工会联合总会, 本钢集团 ← 本钢集团有限公司), or
 * the same name without the 和 joining two fields (人力资源社会保障局 ← 人力资源和社会保障局).
 *
 * @example
 * isAbbreviation('东风公司', '东风汽车集团有限公司') // → true
 * isAbbreviation('佛山市总工会', '佛山市南海区总工会') // → false
 */
export function isAbbreviation(short: string, long: string): boolean {
  if (short.length < 4 || short.length >= long.length || short[0] !== long[0]) return false;
  // 中铁武汉电气化局集团 ← …集团公司, …集团工会 ← …集团公司工会: a group written without its 公司.
  if (on(R.legalFormDropped) && long.replace(GROUP_COMPANY, GROUP) === short) return true;
  // 本钢集团 ← 本钢集团有限公司: a legal form dropped; …工会 ← …工会(全国)委员会: the committee's full title.
  if (long.startsWith(short)) return LONG_FORM_TAIL.test(long.slice(short.length)) && !short.endsWith('有限公司');
  if (short.at(-1) !== long.at(-1)) return false;
  if (levelDropped(short, long)) return true;
  // 恒天纤维集团工会 ← 恒天纤维集团有限公司工会: the legal form dropped from a unit's parent; 国家电网公司 ←
  // 国家电网有限公司: written short as 公司.
  if (on(R.legalFormDropped) && (legalFormDropped(short, long) || legalFormShortened(short, long))) return true;
  // 人力资源社会保障局 ← 人力资源和社会保障局, 住房城乡建设局 ← 住房和城乡建设局: the 和 joining two fields dropped.
  if (long.length === short.length + 1 && long.replace(FIELDS_JOINED, '') === short && on(R.fieldsJoined)) return true;
  // An abbreviation keeps a short head (东风, 轻纺, 工联) before its last two characters.
  const head = short.slice(parseChain(short, NO_CONTEXT).length, -2);
  // 山东省委 is no short form of 山东省纪委 (a place's committees differ by the words between);
  // 市政府 is one of 市人民政府, 市公司 one of 市烟草公司.
  if (head.length > 3 || (head.length === 0 && short.endsWith('委'))) return false;
  let j = 0;
  let skipped = '';
  for (const ch of long) {
    if (j < short.length && ch === short[j]) j++;
    else skipped += ch;
  }
  return j === short.length && !/[省市区县镇州旗盟乡]/.test(skipped);
}

/** Whether `short` writes the legal form `long` ends in as a bare 公司 (国家电网公司 for 国家电网有限公司). */
function legalFormShortened(short: string, long: string): boolean {
  if (!short.endsWith(BARE_COMPANY)) return false;
  const stem = short.slice(0, -BARE_COMPANY.length);
  return LEGAL_FORMS.some((form) => long === stem + form);
}
const BARE_COMPANY = '公司';

/** Whether `long` is `short` with a legal form inside it (…集团有限公司工会 for …集团工会). */
function legalFormDropped(short: string, long: string): boolean {
  const form = LEGAL_FORM.exec(long);
  if (!form || form.index === 0 || form.index + form[0].length === long.length) return false;
  return long.slice(0, form.index) + long.slice(form.index + form[0].length) === short;
}

/**
 * The words a company's, a hospital's, a school's, a centre's or an institute's own bodies are named with after
 * the generic word for it (公司工会, 集团党委, 医院工会, 学校党支部, 中心工会), or its last character (院工会, 校工会,
 * 所工会), which the writer's 我 or 本 or a pointing 该 may open (我院工会, 该校工会).
 */
const BODY_REFERENCE = /^(?:[我本该])?(公司|集团|医院|学校|中心|院|校|所)(工会|党委|党支部|团委|纪委)$/;
/** The generic word a last character stands for in a body's reference (院工会: the hospital's). */
const SHORT_BODY_WORDS = new Map([
  ['院', '医院'],
  ['校', '学校'],
]);
/** Kinds a company, hospital or school the article is about is read as. */
const REFERENCED_KINDS = new Set<OrganizationKind>(['company', 'school', 'other']);

/** 公司工会, 集团党委, 医院工会: the union or committee of the company (or hospital, school) the article is about. */
function resolveBodyReferences(candidates: readonly Candidate[], kept: Candidate[]): void {
  if (!on(R.companyReference)) return;
  const named = kept.filter((c) => REFERENCED_KINDS.has(c.kind)).map((c) => c.name);
  const names = [...named, ...kept.filter((c) => c.parent > 0).map(parentName)];
  for (const c of candidates) {
    const m = BODY_REFERENCE.exec(c.written);
    if (!m || c.anchor) continue;
    const word = m[1] as string;
    // 院工会, 校工会: a last character alone stands for a hospital or a school named as such, not for a
    // name's start read as a parent (北京市医院 of 北京市医院管理中心) nor for an academy (中国科学院).
    const short = word.length === 1;
    const endings = GENERIC_BODY_LEADS.get(short ? (SHORT_BODY_WORDS.get(word) ?? word) : word) ?? [];
    // 重庆医药(集团 of 重庆医药(集团)股份有限公司: a name cut inside its brackets stands for no body.
    const company = mostNamed(
      (short ? named : names).filter(
        (n) => closesBrackets(n) && (word === '集团' ? n.includes('集团') : endings.some((e) => n.endsWith(e))),
      ),
    );
    if (!company) continue;
    const resolved = { ...c, name: `${company}${m[2]}`, evidence: [{ rule: R.companyReference, weight: THRESHOLD }] };
    const at = kept.indexOf(c);
    if (at >= 0) kept[at] = resolved;
    else kept.push(resolved);
  }
}

/** Whether every bracket a name opens it also closes. */
function closesBrackets(name: string): boolean {
  return name.split('(').length === name.split(')').length;
}

/** The name written most often (a short form counting for the long one), the longest among equals. */
function mostNamed(names: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const n of names) {
    const long = names.find((l) => isAbbreviation(n, l)) ?? n;
    counts.set(long, (counts.get(long) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [n, count] of counts) {
    const b = best ? (counts.get(best) ?? 0) : -1;
    if (count > b || (count === b && n.length > (best?.length ?? 0))) best = n;
  }
  return best;
}

/** 民进党: 党 after a short form names another party (not 全总党组, 全国总工会党委). */
const PARTY_AFTER = /^党(?![组委])/;
/** 中国石油报: a company's newspaper, named by the company, is an outlet, not the company. */
const NEWSPAPER_AFTER = /^报(?![告道送名销到表])/;
/** An industry joined to a company's name (和化工行业, 和化学工业) or a hometown of its trade (之乡). */
const INDUSTRY_AFTER = /^(?:之乡|[和与及]\p{Script=Han}{1,4}?(?:行业|产业|工业))/u;

/** 民进党中央: the 党 of 党中央 ends another party's name written right before it. */
function partyNameBefore(norm: string, at: number): boolean {
  return PARTIES_BEFORE_DANG.some((stem) => norm.startsWith(stem, at - stem.length));
}

/** The Republic of China: before a national body's short form, the name is Taiwan's body. */
const ROC = '中华民国';

/** 全总 after 完/安/健: inside a word. A two-character short form needs a boundary or a verb before it. */
function isWordInside(norm: string, at: number, form: string): boolean {
  if (/^[门分]/.test(norm[at + form.length] ?? '')) return true;
  // …总工会宣传教育部: a union's department that ends in a ministry's name.
  if (DEPARTMENTS_ENDING_IN_MINISTRIES.some((d) => d.endsWith(form) && norm.startsWith(d, at + form.length - d.length)))
    return true;
  if (form.length > 2) return false;
  const prev = norm[at - 1];
  // 教协和劳联: a conjunction before it joins another name.
  if (prev === undefined || BOUNDARY.has(prev) || CONJUNCTIONS.has(prev)) return false;
  return wordEndingAt(norm, at, ORG_STOP_WORDS) === undefined;
}

/** Nationally known bodies and their short forms (全总, 中宣部, 香港中联办), and a region's own (工联会 on a Hong Kong page). */
function nationalBodies(sentence: Sentence, ctx: ArticleContext): OrgMention[] {
  const norm = sentence.norm;
  const out: OrgMention[] = [];
  if (!on(R.nationalBody)) return out;
  const named = NATIONAL_LEXICON.matchesIn(norm);
  // 中华全国总工会副主席 on a page about Taiwan: another body named in full covers the region's short form inside it.
  const covered = (from: number, to: number, name: string) =>
    named.some(
      (m) =>
        m.index <= from &&
        m.index + m.text.length >= to &&
        m.text.length > to - from &&
        NATIONAL_FORMS.get(m.text)?.name !== name,
    );
  for (const body of (ctx.province && REGIONAL_BODIES_BY_REGION.get(ctx.province)) || []) {
    for (const form of body.aliases) {
      for (let at = norm.indexOf(form); at >= 0; at = norm.indexOf(form, at + form.length)) {
        if (isWordInside(norm, at, form) || covered(at, at + form.length, body.name)) continue;
        // 立法會議員: a seat written as one title, no mention of the body for the titles after it to take.
        if (body.name.endsWith(LEGISLATURE) && norm.startsWith(LEGISLATOR, at + form.length)) continue;
        fired(R.nationalBody, 'organization', body.name);
        out.push(mention(sentence, at, at + form.length, body.name, body.kind, undefined, false));
      }
    }
  }
  const regional = out.map((o) => o.from);
  for (const m of matchesOf(BANK_BEFORE_BRANCH, norm)) {
    const form = m[1] as string;
    const name = BANK_SHORT_FORMS.get(form) as string;
    fired(R.nationalBody, 'organization', name);
    out.push(mention(sentence, m.index, m.index + form.length, name, 'company', undefined, false));
  }
  for (const m of named) {
    const body = NATIONAL_FORMS.get(m.text);
    // A region's own body of that short form (全国总工会 on a Taiwanese page) was read above.
    if (!body || isWordInside(norm, m.index, m.text) || regional.includes(m.index)) continue;
    // 民进党中央党部, 民进党: a short form read on into another party's name (Taiwan's 民进党).
    const after = norm.slice(m.index + m.text.length);
    if (PARTY_AFTER.test(after) || (m.text.startsWith('党') && partyNameBefore(norm, m.index))) continue;
    // 民建联: Hong Kong's party, not the national one of that short form.
    if (body.kind === 'party' && after.startsWith('联')) continue;
    if (body.kind === 'company' && NEWSPAPER_AFTER.test(after)) continue;
    // 中国石油和化工行业, 中国石油和化学工业联合会, “中国建筑之乡”: a company's name opening an industry's or a
    // hometown's, not the company.
    if (body.kind === 'company' && INDUSTRY_AFTER.test(after) && on(R.industryAfter)) continue;
    // 中华民国全国总工会 is Taiwan's federation, written in full: not the national body of the short form.
    if (norm.startsWith(ROC, m.index - ROC.length)) continue;
    fired(R.nationalBody, 'organization', body.name);
    out.push(mention(sentence, m.index, m.index + m.text.length, body.name, body.kind, undefined, false));
  }
  return out;
}

/** The page province, when it has a 省总工会: Hong Kong and Macau have none, and a municipality's is its 市总 (上海市总工会). */
function federatedProvince(ctx: ArticleContext): Place | undefined {
  const province = ctx.province ? placeByCode(ctx.province) : undefined;
  return province && !isSpecialRegion(province) && !isMunicipality(province) ? province : undefined;
}

/** 省总 (领导, 女职委 …) with no place: the page province's federation of unions. */
function provinceUnions(sentence: Sentence, ctx: ArticleContext): OrgMention[] {
  const norm = sentence.norm;
  const out: OrgMention[] = [];
  const province = federatedProvince(ctx);
  if (!province || !on(R.provinceUnion)) return out;
  for (let at = norm.indexOf('省总'); at >= 0; at = norm.indexOf('省总', at + 2)) {
    if (NOT_UNION_AFTER.test(norm.slice(at + 2, at + 4))) continue;
    // 江西省总: a named province's, read with its name.
    if (ctx.mentions.some((m) => m.sentence === sentence.index && m.pos + m.text.length === at + 1)) continue;
    const name = `${writtenPlaceName(ctx, province)}总工会`;
    fired(R.provinceUnion, 'organization', name);
    out.push(mention(sentence, at, at + 2, name, 'union', province, true));
  }
  return out;
}

/** 财政厅, 人社厅 with no place: the page province's department (a municipality has bureaus, not 厅). */
function provinceDepartments(sentence: Sentence, ctx: ArticleContext): OrgMention[] {
  const norm = sentence.norm;
  const out: OrgMention[] = [];
  const province = ctx.province ? placeByCode(ctx.province) : undefined;
  if (!province || isSpecialRegion(province) || isMunicipality(province) || !norm.includes('厅')) return out;
  if (!on(R.provinceDepartment)) return out;
  DEPARTMENT_PATTERN.lastIndex = 0;
  for (let m = DEPARTMENT_PATTERN.exec(norm); m; m = DEPARTMENT_PATTERN.exec(norm)) {
    const body = DEPARTMENT_FORMS.get(m[0]);
    if (!body || !JOINED_BEFORE.test(norm.slice(0, m.index))) continue;
    const name = `${writtenPlaceName(ctx, province)}${body.name}`;
    fired(R.provinceDepartment, 'organization', name);
    out.push(mention(sentence, m.index, m.index + m[0].length, name, body.kind, province, false));
  }
  return out;
}
const DEPARTMENT_FORMS = new Map(
  PROVINCIAL_DEPARTMENTS.flatMap((b) => [b.name, ...b.aliases].map((f) => [f, b] as const)),
);
const DEPARTMENT_PATTERN = new RegExp([...DEPARTMENT_FORMS.keys()].sort((a, b) => b.length - a.length).join('|'), 'g');
/** What may stand before a bare department: nothing, a stop or list mark, or a word joining it to another body. */
const JOINED_BEFORE = /(?:^|[^\p{Script=Han}]|[和及与同由]|联合|会同|携手)$/u;

/** The level characters a named region's 总 (市总, 省总, 县总, 区总) follows. */
const SHORT_FEDERATION_LEVELS = new Set(['市', '省', '县', '区']);
const SHORT_FEDERATION = /[市省县区]总/;

/**
 * 宁波市总承担…, 衢州市总贯彻…: a named city's 市总, as union pages shorten 市总工会. A word after
 * 总 (总体, 总人口, 总经理, 总工会 itself) makes it something else.
 */
function cityUnions(sentence: Sentence, ctx: ArticleContext): OrgMention[] {
  const norm = sentence.norm;
  const out: OrgMention[] = [];
  if (!on(R.cityUnion) || !SHORT_FEDERATION.test(norm)) return out;
  for (const m of ctx.mentions) {
    // 江西省总、云南省总, 察雅县总: a named province's or county's too.
    if (m.sentence !== sentence.index || !SHORT_FEDERATION_LEVELS.has(m.text.at(-1) as string)) continue;
    const at = m.pos + m.text.length;
    if (norm[at] !== '总' || NOT_UNION_AFTER.test(norm.slice(at + 1, at + 3))) continue;
    const local = m.place.level === 'county' || m.place.level === 'town';
    const name = `${local ? qualifyFirst(m.place, m.place.name, ctx) : m.place.name}总工会`;
    fired(R.cityUnion, 'organization', name);
    out.push(mention(sentence, m.pos, at + 1, name, 'union', m.place, false));
  }
  return out;
}
/**
 * 福清一中, 合肥八中, 亳州十八中: a numbered middle school (第一中学) as its city's or county's pages write it,
 * the numeral and 中 right after the place. Not 中 opening another word (一中心, 二中全会, 三中队).
 */
const NUMBERED_SCHOOL_AT = new RegExp(`[${NUMBERED_SCHOOL.numerals}]{1,3}中(?![${NUMBERED_SCHOOL.notBefore}])`, 'g');

function numberedSchools(sentence: Sentence): OrgMention[] {
  const norm = sentence.norm;
  const out: OrgMention[] = [];
  if (!on(R.numberedSchool) || !norm.includes('中')) return out;
  for (const m of matchesOf(NUMBERED_SCHOOL_AT, norm)) {
    const place = placeEndingAt(norm, m.index);
    if (!place) continue;
    const from = m.index - place.text.length;
    const to = m.index + m[0].length;
    const name = norm.slice(from, to);
    fired(R.numberedSchool, 'organization', name);
    out.push(mention(sentence, from, to, name, 'school', undefined, false));
  }
  return out;
}

const EMBASSY_AT = new RegExp(
  `(?:${EMBASSY.openers.join('|')})?${EMBASSY.mark}\\p{Script=Han}{2,8}?(?:${EMBASSY.endings.join('|')})(?:${EMBASSY.offices.join('|')})?`,
  'gu',
);

function embassies(sentence: Sentence): OrgMention[] {
  const out: OrgMention[] = [];
  if (!on(R.embassy) || !sentence.norm.includes(EMBASSY.mark)) return out;
  for (const m of matchesOf(EMBASSY_AT, sentence.norm)) {
    fired(R.embassy, 'organization', m[0]);
    out.push(mention(sentence, m.index, m.index + m[0].length, m[0], 'government', undefined, false));
  }
  return out;
}

/** What closes a list of places before their federations (…等地总工会). */
const PLACES_CLOSER = '等地';

/**
 * 石家庄、沧州、辛集总工会, 东城、朝阳、丰台等区总工会: places listed before one 总工会 (and the level it
 * gives them) each name their federation of unions.
 */
function listedRegionUnions(sentence: Sentence, ctx: ArticleContext): OrgMention[] {
  const norm = sentence.norm;
  const out: OrgMention[] = [];
  if (!on(R.listedRegionUnions) || !norm.includes('、') || !norm.includes(FEDERATION)) return out;
  const byEnd = new Map<number, PlaceMention>();
  for (const m of ctx.mentions) if (m.sentence === sentence.index) byEnd.set(m.pos + m.text.length, m);
  for (let at = norm.indexOf(FEDERATION); at >= 0; at = norm.indexOf(FEDERATION, at + FEDERATION.length)) {
    // 等区总工会: the level the list's places are at, after 等.
    const level = LEVEL_CHARS.has(norm[at - 1] as string) && norm[at - 2] === '等' ? (norm[at - 1] as string) : '';
    // 湖北省、四川成都市、甘肃张掖市民乐县等地总工会: 等地 closes a list of places of any level.
    const places = norm.endsWith(PLACES_CLOSER, at);
    let end = level ? at - 2 : places ? at - PLACES_CLOSER.length : norm[at - 1] === '等' ? at - 1 : at;
    // 翠屏区、叙州区、三江新区总工会: a development zone the gazetteer lacks may close the list (its own
    // federation is the suffix reading's); the places before it are read as items all the same.
    const zone = level || listedPlace(norm, end, level, byEnd, ctx) ? undefined : zoneItemStart(norm, end);
    if (zone !== undefined) end = zone - 1;
    const items: ListedPlace[] = [];
    for (let item = listedPlace(norm, end, level, byEnd, ctx); item; item = listedPlace(norm, end, level, byEnd, ctx)) {
      items.unshift(item);
      if (norm[item.from - 1] !== '、') break;
      end = item.from - 1;
    }
    // 主席李东安、龙华区总工会: an item read from its last characters alone must open the list after a break,
    // else it may be the end of a name (the leftmost item is bounded by nothing else).
    const first = items[0];
    if (first && !first.read && isHan(norm[first.from - 1])) items.shift();
    if (items.length + (zone === undefined ? 0 : 1) < 2) continue;
    // 银川市、平罗县、青铜峡市总工会: places written in full are read with the list's suffix already (not when a
    // zone closes the list: the suffix reading has no place to start from there).
    for (const { place, from, to } of items.filter((item) => zone !== undefined || places || !item.full)) {
      // 东城区总工会 → 北京市东城区总工会: a county's federation is written with its city, as a suffix's is.
      const local = place.level === 'county' || place.level === 'town';
      const name = `${local ? qualifyFirst(place, place.name, ctx) : place.name}${FEDERATION}`;
      fired(R.listedRegionUnions, 'organization', name);
      // Written as the item and the list's level and 总工会 (沧州总工会, 东城区总工会), not as the list.
      const m = mention(sentence, from, to, name, 'union', place, true);
      m.written = `${m.written}${level}${FEDERATION}`;
      m.original = `${m.original}${level}${FEDERATION}`;
      out.push(m);
    }
  }
  return out;
}
/** Where a development zone's name (三江新区, 高新区) closing a list with 、 starts, when it ends at `end`. */
function zoneItemStart(norm: string, end: number): number | undefined {
  if (!on(R.listedFederations)) return undefined;
  const m = LISTED_ZONE.exec(norm.slice(Math.max(0, end - 9), end));
  return m ? end - m[0].length + 1 : undefined;
}
const LISTED_ZONE = /、\p{Script=Han}{0,6}(?:新区|高新区|开发区|经开区)$/u;

/** An item of a list of places before one 总工会: where it is written, and whether the context read it. */
interface ListedPlace {
  place: Place;
  from: number;
  to: number;
  /** Read as a place of the article (not looked up from the item's last characters). */
  read: boolean;
  /** Written in full (银川市), so the list's suffix reads it already. */
  full: boolean;
}

/** The place an item of such a list names, ending at `end`: a place read there, or one written short. */
function listedPlace(
  norm: string,
  end: number,
  level: string,
  byEnd: ReadonlyMap<number, PlaceMention>,
  ctx: ArticleContext,
): ListedPlace | undefined {
  const read = byEnd.get(end);
  if (read && (!level || read.place.name.endsWith(level)))
    return { place: read.place, from: read.pos, to: end, read: true, full: read.full };
  for (let length = Math.min(4, end); length >= 2; length--) {
    const text = norm.slice(end - length, end);
    if (!isHan(text[0]) || text.includes('、')) continue;
    const place = choosePlace(lookupPlace(`${text}${level}`)?.candidates ?? [], ctx.codes);
    if (place && place.level !== 'town') return { place, from: end - length, to: end, read: false, full: false };
  }
  return undefined;
}

/**
 * 市总要求…, 通过市总验收, 市总李某副主席: a bare 市总 (县总, 区总) opening its phrase is the region's
 * federation, as union pages shorten 市总工会; the region is read as 市总工会's would be.
 */
function bareRegionUnions(sentence: Sentence, ctx: ArticleContext): OrgMention[] {
  const norm = sentence.norm;
  const out: OrgMention[] = [];
  if (!on(R.bareRegionUnion) || !BARE_REGION_UNION_TEST.test(norm)) return out;
  for (const m of matchesOf(BARE_REGION_UNION, norm)) {
    const at = m.index;
    if (NOT_UNION_AFTER.test(norm.slice(at + 2, at + 4))) continue;
    // 由市总、区总两级工会: levels of unions listed, every district's, not one region's.
    if (LEVELS_AFTER.test(norm.slice(at + 2, at + 6)) || LEVELS_BEFORE.test(norm.slice(Math.max(0, at - 3), at)))
      continue;
    const federation = regionFederation(sentence, ctx, at, m[1] as string);
    if (!federation) continue;
    fired(R.bareRegionUnion, 'organization', federation.name);
    out.push(mention(sentence, at, at + 2, federation.name, 'union', federation.place, true));
  }
  return out;
}
/**
 * 省、市总工会, 省、市、县总工会: levels listed before one region's 总工会 each name their region's federation. The
 * last is read with the suffix; the province is the page's, the others are read as a bare 市总工会 is.
 */
function listedLevelUnions(sentence: Sentence, ctx: ArticleContext): OrgMention[] {
  const norm = sentence.norm;
  const out: OrgMention[] = [];
  if (!on(R.listedLevelUnions) || !LISTED_LEVELS_TEST.test(norm)) return out;
  for (const m of matchesOf(LISTED_LEVEL, norm)) {
    const level = m[1] as string;
    const province = level === '省' ? federatedProvince(ctx) : undefined;
    const federation = province
      ? { name: `${writtenPlaceName(ctx, province)}${FEDERATION}`, place: province }
      : level === '省'
        ? undefined
        : regionFederation(sentence, ctx, m.index, level);
    if (!federation) continue;
    fired(R.listedLevelUnions, 'organization', federation.name);
    // The level alone (省 of 省、市总工会) is how the list wrote it, not a name: it is spelled out as the federation.
    const listed = mention(sentence, m.index, m.index + 1, federation.name, 'union', federation.place, true);
    listed.written = `${level}${FEDERATION}`;
    listed.original = `${listed.original}${FEDERATION}`;
    out.push(listed);
  }
  return out;
}

/** The federation a bare level's 总工会 (市总工会, 县总工会) written at `at` names, read as a region's short form. */
function regionFederation(
  sentence: Sentence,
  ctx: ArticleContext,
  at: number,
  level: string,
): { name: string; place: Place } | undefined {
  const written = `${level}${FEDERATION}`;
  const region = regionShort(written);
  const reading = region && readRegion(sentence, ctx, at, written, region);
  return reading?.place ? { name: `${reading.prefix}${reading.rest}`, place: reading.place } : undefined;
}
/** A level before 、 (or 和, 及) and more levels, the last before 总工会 (省、市总工会); not every province's (各省、市…). */
const LISTED_LEVEL = new RegExp(`(?<![${EVERY_LEVEL_BEFORE}])([省市县区])(?=(?:[、和及][省市县区])+总工会)`, 'gu');
const LISTED_LEVELS_TEST = /[省市县区][、和及][省市县区]/;

/** Where a bare 市总 may open its phrase: the sentence's start, a mark, or a word that governs a body. */
// The level's character first, then what stands before it (looked behind from after it): a regex that opens with
// a lookbehind tries it at every position, one that opens with a character class skips to the next 市, 县 or 区.
const BARE_REGION_UNION = new RegExp(
  `([市县区])(?<=(?:^|[^\\p{Script=Han}]|${REGION_UNION_GOVERNORS.join('|')})[市县区])总`,
  'gu',
);
const BARE_REGION_UNION_TEST = /[市县区]总/;
const LEVELS_AFTER = /^(?:[、和及与][省市县区]总|[两三四]级)/;
const LEVELS_BEFORE = /[省市县区]总[、和及与]$/;

/** 省总 or 市总 followed by the rest of another word (总体, 总人口, 总经理; 总工会 is read as a name). */
const NOT_UNION_AFTER = new RegExp(`^(?:${NOT_UNION_AFTER_ZONG.join('|')})`);

function mention(
  sentence: Sentence,
  from: number,
  to: number,
  name: string,
  kind: OrganizationKind,
  place: Place | undefined,
  regionUnion: boolean,
): OrgMention {
  const written = stripQuotes(sentence.norm.slice(from, to));
  const m: OrgMention = {
    name,
    written,
    original: sentence.text.slice(from, to),
    kind,
    regionUnion,
    sentence,
    from,
    to,
  };
  if (place) m.place = place;
  return m;
}

/** A national body's name wins over a longer reading that ends in it (…运动会暨庆祝中华全国总工会). */
function preferNational(list: OrgMention[]): OrgMention[] {
  const national = list.filter((m) => NATIONAL_NAMES.has(m.name));
  return list.filter((m) => NATIONAL_NAMES.has(m.name) || !national.some((n) => n.to === m.to && n.from > m.from));
}

/**
 * Drops a mention lying inside another, except a national body and a body whose own union or
 * party branch the longer name is (…公司工会 keeps …公司; 发电部 of …发电部工会 is dropped).
 */
function dropNested(list: OrgMention[]): OrgMention[] {
  return list.filter((inner) => {
    for (const outer of list) {
      if (outer === inner) continue;
      const inside = outer.from <= inner.from && outer.to >= inner.to && outer.to - outer.from > inner.to - inner.from;
      if (!inside || NATIONAL_NAMES.has(inner.name)) continue;
      const tail = outer.written.slice(inner.to - outer.from);
      // …公司工会 keeps …公司; …总工会劳动关系部 keeps …总工会 (a unit is named after its parent).
      // …有限公司车轮车轴厂, …集团项目指挥部: a works or a project's command written after a company is the
      // company's, which is kept too.
      const branch =
        OWN_BRANCH.test(tail) ||
        endsInUnit(outer.written) ||
        (inner.kind === 'company' && COMPANY_OWN_ENDINGS.some((e) => outer.written.endsWith(e)));
      const registered = registeredParent(inner);
      // …集团铁路养护工程有限公司安多车间 keeps the company though it is a unit of 中铁十二局集团; a unit
      // of a body (…事业部维保中心 of …维保中心工会) is not kept.
      if (
        inner.from === outer.from &&
        (branch || registered) &&
        (!endsInUnit(inner.written) || isOwnBranch(inner, outer)) &&
        (!inner.parent || inner.kind === 'company')
      ) {
        if (!branch) fired(R.registeredParent, 'organization', inner.name);
        continue;
      }
      return false;
    }
    // The same span read twice (a region short form and its suffix): keep the first.
    return list.find((o) => o.from === inner.from && o.to === inner.to) === inner;
  });
}

/**
 * A company written with its legal form (…股份有限公司, …有限责任公司) before a centre, studio or
 * other part of it: the form closes the company's registered name, so it is a body of its own.
 */
function registeredParent(inner: OrgMention): boolean {
  return inner.kind === 'company' && LEGAL_FORMS.some((f) => inner.written.endsWith(f)) && on(R.registeredParent);
}

/** A body's own union or party branch, named after it (…有限公司工会, …集团党委). */
const OWN_BRANCH = /^(?:工会|工会委员会|党支部|党委|党总支|团委|分会)$/;
/** Endings of a body a company named before it owns without being a unit's (…车轮车轴厂, …项目指挥部). */
const COMPANY_OWN_ENDINGS = ['厂', '指挥部'];

/** 中国电信某市分公司 of …分公司工会: a branch with a union of its own is a body of its own, as a company is. */
function isOwnBranch(inner: OrgMention, outer: OrgMention): boolean {
  return (
    on(R.ownBranch) &&
    outer.kind === 'union' &&
    BRANCH_SUFFIXES.some((b) => inner.written.endsWith(b)) &&
    /^(?:工会|工会委员会)$/.test(outer.written.slice(inner.to - outer.from))
  );
}

/** Whether a name ends in a unit suffix (…发电部, …分厂钣金二班). */
function endsInUnit(written: string): boolean {
  return suffixRuleOf(written)?.strength === 'unit';
}

/**
 * Short names a text defines for a body: 深圳市宝安区西乡街道中心工会联合会(以下简称“西乡中心工联会”).
 *
 * @example
 * definedAbbreviations(sentence('甲市总工会(以下简称“甲总”)成立。'), orgs) // → Map { '甲总' => mention of 甲市总工会 }
 */
export function definedAbbreviations(sentence: Sentence, orgs: readonly OrgMention[]): Map<string, OrgMention> {
  const out = new Map<string, OrgMention>();
  if (!on(R.definedShort)) return out;
  for (const org of orgs) {
    const m = /^\((?:以下简称|下称|简称)[“"]?([^”")]{2,16})[”"]?\)/.exec(sentence.norm.slice(org.to, org.to + 30));
    if (m?.[1]) out.set(m[1], org);
  }
  return out;
}

/** Points mentions of a defined short name at the body it stands for. */
function applyAbbreviations(
  orgs: OrgMention[],
  sentence: Sentence,
  defined: ReadonlyMap<string, OrgMention>,
): OrgMention[] {
  const out: OrgMention[] = [];
  const norm = sentence.norm;
  for (const [short, target] of defined) {
    for (let at = norm.indexOf(short); at >= 0; at = norm.indexOf(short, at + short.length)) {
      const covered = orgs.filter((o) => o.from < at + short.length && o.to > at);
      if (covered.some((o) => o.from < at || o.to > at + short.length)) continue;
      fired(R.definedShort, 'organization', target.name);
      const original = sentence.text.slice(at, at + short.length);
      out.push({ ...target, written: short, original, sentence, from: at, to: at + short.length });
    }
  }
  return [...orgs.filter((o) => !out.some((m) => m.from <= o.from && m.to >= o.to)), ...out];
}
