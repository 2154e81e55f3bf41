import type { ExtractedMetric, MetricQualifier } from '@reportgraph/contract';
import { CN_DECIMALS, CN_DIGITS, hasHan, isCnDigit, isDigit, isHan, startsWithHan } from '../page/chars.ts';
import type { Sentence } from '../page/sentences.ts';
import { enclosureAt, stripQuotes, wordEndingAt, wordStartingAt } from '../page/spans.ts';
import { type ArticleContext, placeAt, recentPlace, scanPlaces } from '../places/context.ts';
import { lookupPlace, type Place, placeStartingAt } from '../places/places.ts';
import { matchesOf } from '../regex-matches.ts';
import { defineRules, fired, on } from '../rules/registry.ts';
import { DESCRIBING_VERBS, DESCRIPTIONS_BEFORE_DE } from '../vocab/descriptions.ts';
import { EVENT_NOUNS } from '../vocab/events.ts';
import * as V from '../vocab/metrics.ts';
import { stopInsideWord } from '../vocab/org-stops.ts';
import { SUFFIX_RULES } from '../vocab/org-suffixes.ts';
import { PLACE_ABBREVIATIONS } from '../vocab/place-abbreviations.ts';
import { applyMagnitude, parseNumberToken } from './numbers.ts';
import type { OrgMention } from './organizations.ts';
import { canonicalUnit, ROUGH_FORMS, UNIT_FORMS } from './units.ts';

const R = defineRules({
  origin: {
    id: 'metrics.origin',
    does: 'places before the noun of people counted say where they come from (广西籍, 在粤), not what is counted',
    example: 'made up: 慰问112名广西在粤困难农民工; 200余名广西籍务工人员乘坐专列',
    counterexample: 'r3_08-like: 20个集体长春市工人先锋号 (a place after the noun opens an honour)',
  },
  ordinal: {
    id: 'metrics.ordinal',
    does: 'a number right after 第 (or inside a decimal, a code, a range) is no count',
    example: 'r1_07: 第一届第十六次职工代表大会',
    counterexample: 'r2_06: 安徽省5個單位榮獲… (a count, no 第 before it)',
  },
  session: {
    id: 'metrics.session',
    does: 'N届N次 and 届/次 before a body’s meeting (一届3次职代会, 十五届二次全委会) name a session, not a count',
    example: 'r2_03: 江苏仁禾中衡集团一届3次职工代表大会',
    counterexample: 'r1_12: 已連續成功舉辦七屆職工職業技能大賽 (届 counted after a verb)',
  },
  editions: {
    id: 'metrics.editions',
    does: 'N届 is a count of editions only after a counting word (已连续举办七届)',
    example: 'r1_12: 已連續成功舉辦七屆',
    counterexample: 'r4_02: 中国国防邮电工会四届一次全委会 (a session)',
  },
  countdown: {
    id: 'metrics.countdown',
    does: 'days after 距…还有 count down to something, they count nothing',
    example: 'r2_06: 預告:距“融小易”開播還有1天',
    counterexample: 'r4_11: 展開為期四天的交流活動 (a duration, a figure)',
  },
  phase: {
    id: 'metrics.phase',
    does: 'N期 before 项目/工程 is a project phase, not a count of sessions',
    example: 'r3_05: 鋰電池三期10Gh項目現場',
    counterexample: '001: 举办劳动技能培训班60期 (sessions counted)',
  },
  threshold: {
    id: 'metrics.threshold',
    does: 'a figure with 以上/以下 and 的 describes the noun after it (2000万元以上的企业), it states no quantity',
    example: 'made up: 其中产值2000万元以上的企业16家; 将15人以下的小微企业吸纳入会',
    counterexample: 'made up: 发展会员40名以上 (a figure, at least 40); 93%以上的外贸运输任务 (a share of it)',
  },
  described: {
    id: 'metrics.described',
    does: 'a clause closed by 的 between the count and its noun describes the noun (56个跨企业、跨行业的创新工作室联盟)',
    example: 'outside pages: 56个跨企业、跨行业、跨地域的创新工作室联盟; 7名包括工会干部在内的三级心理咨询师',
    counterexample: 'made up: 5个县区的职工 (the count is of 县区: its noun reaches 的)',
  },
  listTotal: {
    id: 'metrics.listTotal',
    does: 'like items listed with 、 before a total (…共计28人) are together what it counts',
    example: 'outside pages: 正式代表、特邀代表、列席代表共计28人',
    counterexample: 'outside pages: 一线职工、支局长、大堂经理、客户经理90人 (no total: the last item’s figure)',
  },
  sharedHead: {
    id: 'metrics.shared-head',
    does: 'one-character items listed with 、 before the last share its head, which is what is counted with them',
    example: 'outside pages: 采油工竞赛金、银、铜奖各7人; 承接和承办省、市各类竞赛12场次',
    counterexample:
      'outside pages: 一线职工、支局长、大堂经理、客户经理90人 (items of their own: the last item’s figure)',
  },
  change: {
    id: 'metrics.change',
    does: 'both figures of a change from one to another (由X增加到Y) are of the topic before 由/从',
    example:
      'outside pages: 企业年产值由1998年不足10亿元增加到35亿多元; 每小时工资中位数由 2019 年 73 元上升至 2022 年 77.4 元',
    counterexample: 'made up: 选举产生了由95人组成的委员会 (由 with no change after it)',
  },
  listed: {
    id: 'metrics.listed',
    does: 'a figure listed right after another of the same unit, with no words of its own, counts what that one counts',
    example: 'outside pages: 分別為 343 宗、380 宗、390 宗; 人均年金收入和公积金收入分别达到6280元和4320元',
    counterexample: 'outside pages: 全市貨車司機工會組建187個,工會會員6984人 (each figure has its own noun)',
  },
  rangeRepeatedUnit: {
    id: 'metrics.range-repeated-unit',
    does: 'a range whose first figure carries the unit too (3000元至5000元) is one range, not two figures',
    example: 'outside pages: 每个家庭分别得到了3000元至5000元的资金救助; 5%至10%; 30人到70人',
    counterexample: '从3000元到5000元, 由每月800元上调至1200元 (a change from one figure to another)',
  },
  range: {
    id: 'metrics.range',
    does: 'a range (10至18元, 40至50万元) is two figures, at least its first and at most its second, of the topic before it',
    example: 'outside pages: 每人每天可多赚10至18元; 涉款40至50萬元; 每人3000至5000元不等',
    counterexample: 'outside pages: 从2015年的20,008元调涨至24,000元 (a change: a unit and a verb stand before 至)',
  },
  bareMagnitude: {
    id: 'metrics.bareMagnitude',
    does: 'a count of tens of thousands right before people, or after them (or 人次) and 有/达/超过, with no measure word (全市150万职工, 农民工有2500万, 服务人次突破三百万), counts people',
    example:
      'outside pages: 肩负全省1100万职工会员的重托; 代表全市150万职工; 农民工有2500万; 月活司机超过90万; 服务人次突破三百一十一万',
    counterexample: 'made up: 百万职工劳动和技能竞赛 (a magnitude alone names a campaign)',
  },
  surveyShare: {
    id: 'metrics.survey-share',
    does: 'a share in tenths with hundredths (8成8), or right before whom a survey asked (7成受访者), needs no bounding word',
    example: 'outside pages: 7成受訪者在過去1年曾失業、8成8受訪者收入減少; 八成三受訪者對勞動法規認知不足',
    counterexample: '八成是误会 (probably: no people asked after it)',
  },
  tenths: {
    id: 'metrics.tenths',
    does: 'a share told in tenths with a word that bounds it (超过六成, 七成以上) is a percentage',
    example: 'outside pages: 超過六成打工仔在八號風球…仍要上班 (Hong Kong); 超過五成服務時間高於平均年資 (Taiwan)',
    counterexample: 'made up: 他八成是忘了 (八成 alone is "probably")',
  },
  bareFunds: {
    id: 'metrics.bareFunds',
    does: 'funds named before a figure in 万 or 亿 that closes its clause with no 元 (筹集助学金35万) are yuan',
    example: 'outside pages: 市级工会共筹集助学金35万,资助…; 总工会计划筹资3500万,资助…; 捐資額達到了128萬',
    counterexample: 'made up: 投入3000万元建设职工之家 (元 written: the plain figure reads it)',
  },
  doingAfter: {
    id: 'metrics.doingAfter',
    does: 'people counted with no noun are named by the verb phrase after them (4.6万人参赛, 350余人参加开幕式)',
    example: 'r4_14: 15132人次參加交流活動 (gold subject 參加交流活動)',
    counterexample: '001: 近800名职工技能水平 (a noun: the subject)',
  },
  upwards: {
    id: 'metrics.upwards',
    does: '上 before a bare magnitude (上万, 上千, 上百) is "upwards of": part of the figure, not of its subject',
    example: 'made up: 带动全省建设小屋上万所; 活动也受到上万名职工欢迎',
    counterexample: 'made up: 为困难职工送上万元慰问金 (上 completes 送)',
  },
  verbBeforeZhe: {
    id: 'metrics.verb-before-zhe',
    does: 'a counting verb right before 者 (获得者, 参与者) is part of a noun for people before the count, not a verb the subject follows',
    example:
      'outside pages: 本届…劳动模范、特别劳动奖获得者和先进单位代表700余人; 重庆市五一劳动奖章获得者等40余人参加会议',
    counterexample: 'made up: 共获得专利12项 (获得 not before 者 is a verb the subject follows)',
  },
  nameSubject: {
    id: 'metrics.name-subject',
    does: 'a subject ending in the name of a person found in the sentence (the last of names listed before 等) counts no name: what they did, or nothing',
    example: 'outside pages: 粟道梅等10人,获得“巴渝工匠”称号; …车工徐程等27人; 副主席岳晓波等3人',
    counterexample: 'made up: 劳模张三带领的20名徒弟 (no name ends the subject 徒弟)',
  },
  inName: {
    id: 'metrics.inName',
    does: 'a figure read inside the name of a person found in the sentence is part of the name (万天浩, 陆炜康), no count',
    example: 'made up: 今年被复旦大学录取的万天浩代表受到资助 (万天 is no ten thousand days)',
    counterexample: '001: 万名职工 (万 opening no name is a figure)',
  },
  percentWords: {
    id: 'metrics.percent-words',
    does: 'a percentage written in words (百分之二点八, 百分之十五) is a share in %',
    example: 'outside pages (Hong Kong, Taiwan): 失業率維持在百分之二點八; 調升百分之四',
    counterexample: '百分百 (wholly, no figure)',
  },
  months: {
    id: 'metrics.months',
    does: 'N个月, N个工作日 and N个星期 are durations (no unit of the canon), not N of something',
    example: 'r3_08: 经过近2个月认真筹备; outside pages: 承诺在5个工作日内筹措资金, 连续4个星期每周工作18小时',
    counterexample: 'r2_11: 另有2个集体被授予 (a count of 个)',
  },
  rank: {
    id: 'metrics.rank',
    does: '前N名 is a rank (the top three), not a count of people; nor is a range of places won (第2~10名, 分获四至六名)',
    example: 'r3_11: 個人賽成績前3名的選手',
    counterexample: '003: 5名选手分获一、二、三等奖 (a count)',
  },
  kuaiObjects: {
    id: 'metrics.kuai-objects',
    does: '块 counting medals, plaques, boards or screens (金银铜牌各62块, 12块展板) is no money',
    example: 'made up: 共产生金银铜牌各20块; 制作宣传展板12块',
    counterexample: 'made up: 每月多挣800块 (块 as yuan, with no object before or after it)',
  },
  slogan: {
    id: 'metrics.slogan',
    does: 'N位一体 and its kind are slogans, not counts of people',
    example: '000: “专题授课+现场教学+深度研讨”三位一体的教学模式',
    counterexample: 'r4_07: 10位“大国工匠年度人物” (位 counting people)',
  },
  programmeParts: {
    id: 'metrics.programme-parts',
    does: 'the parts an event or a programme is laid out in (四个环节, 三个阶段, 三项议程) are no figure',
    example:
      'outside pages: 比赛分为理论考试、实操…四个环节; 大会共有三项议程; 展览设有3个板块 (r4_06 gold: 三个阶段, optional)',
    counterexample: 'r1_12: 五家企业 (what is counted is no part of the event)',
  },
  placeName: {
    id: 'metrics.place-name',
    does: 'a Chinese numeral that opens a place’s name (三门峡, 五家渠, 七台河) is no count',
    example: 'pages outside the corpus: 在三门峡职工之家举办; 由六师五家渠市总工会主办',
    counterexample: 'r1_02: 五家企业 (no place is named 五家企)',
  },
  vague: {
    id: 'metrics.vague',
    does: '几十, 数百: a number only guessed at is no figure',
    example: 'a page outside the corpus (陕西工人报): 复印了几十份报纸',
    counterexample: 'r1_02: 发展会员近20万人 (an approximate figure, kept with its qualifier)',
  },
  points: {
    id: 'metrics.points',
    does: 'N个百分点 is a change in percentage points, no unit of the canon',
    example: 'r2_10: 比前年增加了0.7个百分点',
    counterexample: 'r2_09: 占比32.4% (a share in %)',
  },
  quotedName: {
    id: 'metrics.quoted-name',
    does: 'a number in a book title or a short quotation is part of a name (“12635”产业体系)',
    example: '003: 推进“1+11+N”工匠学院体系建设',
    counterexample: 'r1_08: “在100名…获得者中,…的有63人。” (quoted speech states figures)',
  },
  subjectQuoted: {
    id: 'metrics.subject-quoted',
    does: 'a quoted name right after the count, with the noun after it, is what is counted',
    example: '003: 30余名“空中工匠”同台竞技; r4_07: 50位“大国工匠年度人物”候选人',
    counterexample: 'r1_08: “在100名长春市…”(a quotation opening the sentence, not after the count)',
  },
  subjectAfter: {
    id: 'metrics.subject-after',
    does: 'the noun right after the unit, up to a verb or particle, is what is counted',
    example: '001: 招募27名劳模工匠及先进职工; 003: 培育工匠梯队超千名, 万名产业工人',
    counterexample: 'r4_14: 共15132人次參加 (a verb after the unit, no noun)',
  },
  partySize: {
    id: 'metrics.party-size',
    does: 'a count right after 一行 is the size of the party named before it, not of what follows',
    example: 'u2_09 (set J): 我省工会代表团一行9人赴台湾进行工会业务交流参访',
    counterexample: 'r3_10: 副主席杨军波一行到我区调研 (no count after 一行: nothing to read)',
  },
  rise: {
    id: 'metrics.rise',
    does: 'both figures of a rise from one to the other (从去年的60多人增加到130多人) measure the topic before 从 or 由',
    example: 'made up: 从业人员从去年的60多人增加到130多人; 会员由2020年的50万人发展到80万人',
    counterexample: 'made up: 从3月起开展活动20场 (no verb of a rise after the figure)',
  },
  measureBefore: {
    id: 'metrics.measure-before',
    does: 'a measure named before the figure (会员人数, 职工总数) is what it counts, even when 的 and a noun follow it',
    example: 'made up: 会员人数超过13万人的跨行业劳工团体 (the members counted, not the federation)',
    counterexample: 'made up: 送去价值5万元的慰问品 (no measure before: the goods after 的 are what the worth is of)',
  },
  funds: {
    id: 'metrics.funds',
    does: 'money told after a payer and the verb of giving (市总工会投入6万元) counts the funds, not the payer',
    example: 'outside pages: 淮北市总工会投入6万元为…办理互助保险; 各级工会筹集4208.11万元; 全国总工会机关下拨200万元',
    counterexample: '001: “四送”服务投入130多万元 (what the money is for, before 投入, names it)',
  },
  subjectBefore: {
    id: 'metrics.subject-before',
    does: 'else the phrase before the number, cut after its last counting verb (开展宣讲活动75场 → 宣讲活动)',
    example: '001: 开展宣传宣讲活动55场; r4_06: 报名职工总计达到12460人',
    counterexample: 'r2_09: 来自非公有制经济的获奖对象 (有 inside 公有制 is no verb)',
  },
  headNoun: {
    id: 'metrics.head-noun',
    does: 'the counted noun ends at its last head noun (近800名职工技能水平得到提升 → 职工)',
    example: '001: 近800名职工技能水平; r4_08: 9家劳模工匠创新工作室光荣入选 → 劳模工匠创新工作室',
    counterexample: '003: 43支基层工会代表队 (队 heads it, not 代表)',
  },
  verbDone: {
    id: 'metrics.verb-done',
    does: 'the counted noun after a figure ends before a two-character verb marked done by 了',
    example: 'made up: 14名医务职员表演了舞蹈; 在22个乡镇汽车站都设立了服务站',
    counterexample: 'made up: 30名一线职工了解到…, 10名学生为了… (了解 and 为了 are no two-character verb done)',
  },
  listedKind: {
    id: 'metrics.listed-kind',
    does: 'items listed with 、 after the count and closed by 等 stand for the kind after it, which is what is counted',
    example:
      'outside pages: 500余名保安、快递员、网约配送员、网约车司机等新就业形态劳动者; 10名网约送餐员、快递员、保安员等新就业形态困难职工代表',
    counterexample: '3名一线职工、2名劳模 (no 等: each count has its own noun)',
  },
  activityHead: {
    id: 'metrics.activity-head',
    does: 'a span of time measures the activity named after it, up to the activity’s noun (为期三天的…业务培训班)',
    example: 'outside pages: 举办了为期三天的2024年基层工会干部业务培训班; 为期3天的全国行业职业技能竞赛采油工总决赛',
    counterexample: '为期360天的…项目 (no activity’s noun: the head noun rule reads it)',
  },
  peopleAfter: {
    id: 'metrics.people-after',
    does: 'people counted are named by the noun for people after a 的, when the words before it name no people',
    example: 'outside pages: 前往4名新考取大学的困难职工子女家中; 337名休假的員工後續遭到…',
    counterexample: 'made up: 慰问了30名一线职工的家属 (words that name people before 的 are what is counted)',
  },
  description: {
    id: 'metrics.description',
    does: 'a description closed by 的 right after the count (a set phrase, or 符合/具有… opening it) leaves what is counted to the noun after 的',
    example:
      'outside pages: 两场别开生面的相亲交友活动; 15支实力强劲的参赛队; 25个符合条件的企业(项目); 120家验收达标的工会驿站',
    counterexample: '10个街道的…, 6所高校的… (a noun before 的 is what is counted)',
  },
  tradeNoun: {
    id: 'metrics.trade-noun',
    does: 'a two-character counting verb before 业, 公司, 中心 or 机构 names a trade or a body, so the subject keeps it',
    example: 'outside pages: 吸纳家政服务业职工入会一万余人; 全国保安服务公司发展到1.3万余家; 建成78个技能人才培训中心',
    counterexample: '开展业务学习交流会议12场 (业务 is the verb’s object: the subject starts after 开展)',
  },
  listedFigures: {
    id: 'metrics.listed-figures',
    does: 'figures listed in one unit (3000元、2000元、1000元的奖金), the last closed by 的 and a noun: all count that noun',
    example: 'outside pages: 分别为他们颁发了3000元、2000元、1000元的奖金; 给予5万元、3万元的经费补助',
    counterexample: '一等奖3000元、二等奖2000元 (each figure has its own noun before it, not a list of figures alone)',
  },
  withinArea: {
    id: 'metrics.within-area',
    does: 'where within a region the counted are (省内, 市内, 区内) right after a count is no part of what is counted',
    example: 'outside pages: 遴选出100名省内各行业工匠人才',
    counterexample: 'made up: 10个省内的招聘会 (before a 的 the words are read as they were)',
  },
  shareOfHead: {
    id: 'metrics.share-of-head',
    does: 'a share with a noun for people or bodies after its 的 (70%的员工) is of them, whatever stands before it',
    example: 'outside pages: 厂里70%的员工都是宜阳老乡; …比例在增长,77.6%的产业工人…; 38.0%的网约车司机学历为…',
    counterexample:
      'outside pages: 达标率达到100%的班组 (a rate reached describes the 班组); made up: 控制在5.5%的预期控制目标',
  },
  ownShareNoun: {
    id: 'metrics.own-share-noun',
    does: 'a share listed after another with a noun after its 的 (、40.3%的奖章个人) is of that noun, not of the figure before',
    example: 'outside pages: 51.5%的奖状单位、40.3%的奖章个人、36.4%的先锋号集体来自基层一线',
    counterexample:
      '农业户籍占52.1%,…,77.6%的产业工人… (after a comma, not a list: 控制在5.5%的预期控制目标 would take the target for the rate)',
  },
  afterDe: {
    id: 'metrics.after-de',
    does: 'a phrase before the number with 的 names its head after the last 的 (…经济的获奖对象 → 获奖对象)',
    example: 'r2_09: 来自非公有制经济的获奖对象有341个; r4_14: 合辦不同類型的交流活動和項目48場',
    counterexample: '003: 价值5万元的慰问品 (的 after the number: the subject follows it)',
  },
  ageBand: {
    id: 'metrics.age-band',
    does: 'an age’s figure before a count (30岁以下职工60人) is part of the count’s subject, not a figure ending it',
    example: 'outside pages: 30岁以下职工60人,占总数的30%;30岁-40岁职工102人',
    counterexample: '职工60人,其中30人 (a figure with no 岁 after it ends the phrase)',
  },
  monthBefore: {
    id: 'metrics.month-before',
    does: 'the month of a date before a figure (9月份城镇调查失业率, 1—6月就业困难人员) is no part of its subject',
    example:
      'outside pages of labour bureaus and statistics releases: 9月份城镇调查失业率5%; 1至9月份共降低社保费2000亿元; 1—6月就业困难人员85万人',
    counterexample: '月工资3000元 (no figure of a date before 月: a monthly wage)',
  },
  giftNoun: {
    id: 'metrics.gift-noun',
    does: 'a verb of giving with 金 or 品 after it that ends the word (慰问金, 慰问品) is the gift’s noun, not a verb to cut at',
    example: 'outside pages: 发放各类慰问品和慰问金38.3万元; 发放慰问金和慰问品共计6万元',
    counterexample: '发放金秋助学金819万元 (金 opens another word: the verb is cut)',
  },
  peopleVerb: {
    id: 'metrics.people-verb',
    does: 'a count of people after a verb that says which people (惠及, 慰问, 服务, 新发展 …) keeps the verb in its subject',
    example:
      'r1_15: 惠及一线职工; outside pages: 参与职工超251万人次,惠及职工48.3万人次; 慰问职工1500余人; 新发展会员近5000人',
    counterexample: '开展宣讲活动75场 (a verb of holding, not of which people: 宣讲活动)',
  },
  conferred: {
    id: 'metrics.conferred',
    does: 'after a verb conferring an honour, a count of recipients by kind (N个单位, N名个人) counts the honour named after the kind',
    example:
      'outside pages: 授予1986个单位全国巾帼文明岗称号、1000名个人全国巾帼建功标兵称号; 命名799名个人为全国优秀工会积极分子; 授予49个单位省五一劳动奖状',
    counterexample: '10个单位参加 (no honour conferred); 授予10个单位“海南省五一劳动奖状” (a quote, read as one)',
  },
  honour: {
    id: 'metrics.honour',
    does: 'an honour the counted won (获评/荣获/被…授予 X) is what the figure is about',
    example: '003: 12家企业获评省市级“模范职工之家”; r2_11: 39人被福建省总工会授予省五一劳动奖章',
    counterexample: 'r2_09: 1122个集体和个人获奖 (获奖 names no honour)',
  },
  copula: {
    id: 'metrics.copula',
    does: 'N个是X / N人为X: X is what the count is',
    example: 'r2_06: 4個是非公有制企業; r2_09: 46人为国家和市级科学技术奖获得者',
    counterexample: '001: 为一线职工送福利 (为 for, not after a count)',
  },
  post: {
    id: 'metrics.post',
    does: 'N人担任/当选 X: the post X is what is counted',
    example: 'r1_02: 選舉楊茂如等15人擔任執委',
    counterexample: 'r1_13: 沈左权当选…主席 (no count before the verb)',
  },
  share: {
    id: 'metrics.share',
    does: 'a share or change with no subject of its own (占比30.1%, 同比增长84%, 比上期增加12人) is of the figure before it',
    example:
      'r2_06: 一线职工21人,佔比72.4%; 002: 高技能人才总量26.5万人,同比增长84.0%; an outside page: 收取互助金…元,比上期增加8460元',
    counterexample: '003: 高技能人才占比超过35% (the share names its own subject)',
  },
  shareOf: {
    id: 'metrics.shareOf',
    does: 'a share of a whole (占代表总数的75%) is the share of what comes before 占, or of the figure before it',
    example: 'outside pages: 共产生正式代表321名,约占全校教职工人数的11.4%; 农民轮换工10692人,占全部生产工人22.24%',
    counterexample: 'made up: 市场占有率35% (占有率 is a noun); 高技能人才占比超过35% (占比)',
  },
  ownedBefore: {
    id: 'metrics.owned-before',
    does: 'the teams between a count of teams and one of people (9支代表队180人) are what the first counts, not the second',
    example: 'outside pages: 9支代表队180人参加此次活动; 39支代表队3000余人参加',
    counterexample: 'r3_03: 每人发放慰问金500元 (one figure; the noun before is its own)',
  },
  levelItem: {
    id: 'metrics.level-item',
    does: 'an item of a list that names only its level (省级6个) counts what the item before counts, at its own level',
    example: 'outside pages: 国家级劳模创新工作室1个、省级6个、市级3个; 省级工作室1个、市州级4个',
    counterexample: 'made up: 晋升高级技师3人 (a grade with its noun names its own subject)',
  },
  total: {
    id: 'metrics.total',
    does: 'a total (共计9.35万元) with no subject of its own sums the figure before it',
    example: 'r3_03: 每人发放慰问金500元,共计9.35万元',
    counterexample: 'r4_06: 参赛选手共计160人 (the total names its subject)',
  },
  worth: {
    id: 'metrics.worth',
    does: 'a worth told after a comma (…送去慰问物资,价值近3万元) measures what the clause before handed out',
    example: 'made up: 为户外劳动者送去慰问物资,价值近3万元',
    counterexample: 'made up: 送上价值2万余元的御寒保暖物品 (the goods follow the figure)',
  },
  placeScope: {
    id: 'metrics.place-scope',
    does: 'a place opening the subject is the figure’s scope, not part of what is counted (佛山技能人才 → 技能人才)',
    example: '000: 目前,佛山技能人才达149.6万人; r1_09: 哈爾濱市有38個集體',
    counterexample: 'r2_10: 被授予“厦门市劳动模范”称号 (an honour keeps its place)',
  },
  wholeArea: {
    id: 'metrics.whole-area',
    does: '全区/全市/我市 before a figure scope it to the article’s place of that level (全区 in a 南湖区 article → 南湖区)',
    example:
      '003: 嘉兴市南湖区总工会…全区技能人才总量将突破13.3万人; r1_13: 全区各级工会 (宁夏: the autonomous region)',
    counterexample: 'r3_15: 上级共下拨我市总工会… (我市 names the body, which is the scope)',
  },
  baseYear: {
    id: 'metrics.base-year',
    does: 'a year that is the base of a comparison (比2020年, (2020年)增长, 2009年以来) is not the figure’s year',
    example: '002: 同比产改前(2020年)增长73.2%',
    counterexample: '003: 计划到2027年,全区技能人才总量将突破13.3万人 (the target year)',
  },
});

/**
 * Metrics: quantities stated as facts or targets (276名骨干人才, 投入资金23万元,
 * 占比超过35%). Dates, years, ordinals (第十六届), sessions (一届3次), countdowns, ranks,
 * numbers inside names (“12635”) and 一 used as an article (一个缩影) are not metrics.
 */
export interface MetricDraft
  extends Pick<ExtractedMetric, 'value' | 'unit' | 'qualifier' | 'subject' | 'text' | 'isTarget' | 'year'> {
  isChange: boolean;
  sentence: Sentence;
  /** Span of the number text inside the sentence. */
  from: number;
  to: number;
  /** Where a place the subject opened with (佛山技能人才) starts in the sentence: the figure's scope. */
  scopeAt?: number;
}

const alt = (list: readonly string[]): string =>
  V.longestFirst(list)
    .map((w) => w.replace(/[%]/g, '\\$&'))
    .join('|');

// Digits grouped by three are one number: with a comma (4,000人, as Hong Kong and Taiwan write
// them) or a space (4 000万元, as yearbooks print them).
// Units that a report writes for dates and durations of plans (2025年, 10月29日, 三年行动) rather than counts.
const SKIPPED_UNITS = new Set(['年', '日']);
const QUANTITY = new RegExp(
  `(\\d+亿\\d+千?万|\\d+万\\d千|\\d+万(?:\\d,\\d{3}|\\d{1,4})(?![\\d.万千亿])|\\d{1,3}(?:[ ,]\\d{3})+(?:\\.\\d+)?(?!\\d)|\\d+(?:\\.\\d+)?|[${CN_DIGITS}]+(?:点[${CN_DECIMALS}]+)?)\\s?(${alt(V.QUALIFIERS_INSIDE)})?(千万|百万|万|亿|千)?(${alt(V.QUALIFIERS_INSIDE)})?(${alt(UNIT_FORMS.filter((u) => !SKIPPED_UNITS.has(u))).replace(/[()]/g, '\\$&')})(${alt(V.QUALIFIERS_AFTER.map(([w]) => w))})?`,
  'g',
);
const UNIT_CHARS = new Set(UNIT_FORMS.filter((u) => u.length === 1));
// 将 right before a figure moves it (一行将600元慰问金送到…: 将 as 把), and 截至2020年 dates a fact; so does
// a span's end (2014年3月至2017年7月, 由2001年至2021年): a year after 至 or 到 that follows a date is no deadline.
const TARGET = new RegExp(
  `(?!${alt(V.NOT_TARGETS)}|将(?:\\d|$)|(?<![按照据])计划(?:${alt(V.PLAN_NOUN_AFTER)}))(?:${alt(V.TARGET_WORDS)})|(?<!截|[\\d${V.DATE_UNITS}])[到至]20\\d\\d年`,
);
const CHANGE_BEFORE = new RegExp(`(?:${alt(V.CHANGE_WORDS)})了?$`);
const SESSION_AFTER = new RegExp(`^(?:${alt(V.SESSION_NOUNS)})`);
const EDITION_BEFORE = new RegExp(`(?:${alt(V.EDITION_COUNTERS)})$`);
const COUNTDOWN = new RegExp(`(?:${alt(V.COUNTDOWN_MARKERS)})[^,，。;；]{1,16}还(?:有|剩)?$`);
const PHASE_AFTER = new RegExp(`^[\\w]{0,6}?(?:${alt(V.PHASE_NOUNS)})`);
/**
 * A word a subject does not open with, as a regex fragment that keeps it where it is part of the
 * subject: 全国 opening a national honour (全国五一劳动奖章), 共 opening a word (共青团员).
 */
function noiseWord(word: string): string {
  if (word === '全国') return `全国(?![^,，。;；、]*(?:${alt(V.HONOUR_NOUNS)})(?:获得者)?$)`;
  if (word === '共') return `共(?![${V.NOT_TOTAL_GONG_AFTER.join('')}])`;
  return word;
}

/** An organization's suffix: a place before it names the body (天津总工会), not the figure's scope. */
const ORG_SUFFIX = new RegExp(`^(?:${alt(SUFFIX_RULES.map((r) => r.suffix))})`);
/**
 * Characters that go on with a head noun into a longer word (项目部, 服务站, 工作组, 护士长, 委员会, 集体协商), and
 * a league of such bodies (工作室联盟).
 */
const WORD_GOES_ON = new RegExp(`^(?:[部站队长会伍]|组(?!织)|联盟|${alt(V.COLLECTIVE_WORDS)})`);
/** Words, spans of years and list enumerators (一是…二是…) a subject does not open with. */
// Longest word first, before the lookaheads are added: 共计 before 共 (whose lookahead made it the longer).
const LEADING_NOISE = new RegExp(
  `^(?:${alt(V.LEADING_CONNECTIVES)}|(?:${V.longestFirst(V.LEADING_NOISE).map(noiseWord).join('|')})(?!${alt(SUFFIX_RULES.map((r) => r.suffix))})|近[\\d一二两三四五六七八九十]+年(?:以)?来|[一二三四五六七八九十]是|\\d{4}\\s?年(?:以来|度)?)+`,
);
const LEADING_PARTICLE = new RegExp(`^(?:${alt(V.LEADING_PARTICLES)})`);
const RANK_AFTER_AREA = new RegExp(`^(?:${alt(V.RANK_AFTER_AREA)})`);
const TRAILING_NOISE = new RegExp(`(?:${alt([...V.TRAILING_NOISE, ...V.CURRENCIES_BEFORE_FIGURE])})+$`);
// 161名青年教师: a head of people (教师) may end the noun after a head of another list (青年).
const HEADS = alt([...V.HEAD_NOUNS, ...V.PERSON_HEADS]);
const HEAD_END = new RegExp(`(?:${HEADS})$`);
const HEAD_NOUN = new RegExp(`^.*(?:${HEADS})\\)?`);
const BODY_HEAD = new RegExp(`^.*(?:${alt(V.HEAD_NOUNS.filter((w) => !V.PERSON_HEADS.includes(w)))})\\)?`);
/** Units of bodies and things (57份代表提案, 2万元职工创新补助资金): no noun for people heads what they count. */
const THING_UNITS = new Set([...V.BODY_UNITS, ...V.THING_UNITS]);
const BARE_MEASURE = new RegExp(`^(?:${alt(V.BARE_MEASURES)})$`);
/** A phrase ending in a measure of people or things counted (会员人数, 职工总数). */
const MEASURE_END = new RegExp(`(?:${alt(V.NUMBERED_MEASURES)})$`);
const SHARE_ONLY = new RegExp(`^(?:${alt(V.SHARE_WORDS)})$`);
const CHANGE_ONLY = new RegExp(`^(?:${alt(V.COMPARISON_WORDS)})|^(?:${alt(V.CHANGE_WORDS)})$`);
const TOTAL_END = new RegExp(`(?:${alt(V.TOTAL_WORDS)})(?:达到|达|为)?$`);
const ADDING_END = new RegExp(`(?:${alt(V.ADDING_WORDS)})了?$`);
/** The honour after a verb of winning; levels listed before it are part of it (全国、自治区五一劳动奖状). */
const HONOUR = new RegExp(
  `^(?:被[^,，。;；]{0,14}?(?:授予|评为|命名为)|${alt(V.HONOUR_VERBS)})(?!奖|者)(?:为|了)?((?:(?:${alt(V.LEVEL_WORDS)})[、和及与])*[^,，。;；、(\\s]{2,24})`,
);
const NOT_HONOUR = new RegExp(`^[此该这其]|的.?$|(?:${alt(V.UNNAMED_AWARDS)})$`);
const HONOUR_END = new RegExp(`(?:${alt(V.HONOUR_NOUNS)})$`);
const HONOUR_TAIL = new RegExp(`(?:${alt(V.HONOUR_TAILS)})$`);
const AFTER_VERB = (verbs: readonly string[]) => new RegExp(`^(?:${alt(verbs)})([^,，。;；、]{2,20})`);
const COPULA = AFTER_VERB(V.COPULAS);
// 84名同志当选河南省出席中国工会第十八次全国代表大会代表: a post may be named at length.
const POST = new RegExp(`^(?:${alt(V.POST_VERBS)})([^,，。;；、]{2,30})`);
const YEAR_PREFIX = /^(?:20|19)\d\d\s?年度?/;
/** Like items listed with 、 and closed by 等 before the kind they are (保安、快递员…等新就业形态劳动者). */
// (Not 以甲、乙等为代表: who stands for them, not what they are.)
const LISTED_BEFORE_KIND = /^(?:[\p{Script=Han}]{1,8}、){1,8}[\p{Script=Han}]{1,8}等(?!为)(?=[\p{Script=Han}]{2})/u;
/** A run up to the last noun of an activity in it (…业务培训班, …技能竞赛采油工总 → …技能竞赛). */
const ACTIVITY_HEAD = new RegExp(`^.*(?:${alt([...EVENT_NOUNS.map(([noun]) => noun), ...V.ACTIVITY_NOUNS])})`);
/** 称号 or 荣誉称号 right after a quote: the quote is an honour's name. */
const HONOUR_AFTER_QUOTE = new RegExp(`^(?:${alt(V.HONOUR_TAILS)})`);
const COUNT_UNITS = new Set(V.COUNT_UNITS);
const AFTER_STOPS = new Set(V.AFTER_STOPS);
const COUNT_VERBS = new Set(V.COUNT_VERBS);
const PEOPLE_VERBS = new Set(V.PEOPLE_COUNTING_VERBS);
const NOUN_AFTER_VERB = new RegExp(`^(?:${alt([...V.PERSON_HEADS, ...V.NOUNS_AFTER_TAKING_PART])})`);

function qualifierBefore(norm: string, at: number): { qualifier: MetricQualifier; length: number } | undefined {
  if (isUpwards(norm, at)) return { qualifier: 'atLeast', length: 1 };
  // 會員人數約 5800人: a space may stand between the word and the figure.
  const gap = norm[at - 1] === ' ' ? 1 : 0;
  let best: { qualifier: MetricQualifier; length: number } | undefined;
  for (const [word, qualifier] of V.QUALIFIERS_BEFORE) {
    if (norm.startsWith(word, at - gap - word.length) && word.length + gap > (best?.length ?? 0))
      best = { qualifier, length: word.length + gap };
  }
  return best;
}

/** 上万所, 上千名: 上 before a bare magnitude, not completing a verb before it (送上万元). */
function isUpwards(norm: string, at: number): boolean {
  return (
    on(R.upwards) &&
    norm[at - 1] === V.UPWARDS &&
    V.UPWARDS_MAGNITUDES.includes(norm[at] ?? '') &&
    !V.VERBS_BEFORE_SHANG.includes(norm[at - 2] ?? '')
  );
}

const PUNCT = new Set(',，。.、;；:：!！?？()（）《》【】“”"—·…⋯|/ \t');
const isPunct = (ch: string | undefined): boolean => ch === undefined || PUNCT.has(ch);

/** A year inside the figure's sentence that is the base of a comparison (比2020年, (2020年), 2009年以来). */
function isBaseYear(norm: string, at: number, end: number): boolean {
  if (!on(R.baseYear)) return false;
  const before = norm.slice(Math.max(0, at - 2), at);
  const after = norm.slice(end, end + 3);
  if (norm[at - 1] === '(' && after.startsWith(')')) return true;
  return V.BASE_YEAR_BEFORE.some((w) => before.endsWith(w)) || V.BASE_YEAR_AFTER.some((w) => after.startsWith(w));
}

/** The year a figure refers to: the last year named before it that is not a comparison's base. */
function yearIn(norm: string, before: number): number | undefined {
  const re = /(20\d\d|19\d\d)\s?年/g;
  let year: number | undefined;
  for (let m = re.exec(norm); m && m.index < before; m = re.exec(norm)) {
    if (!isBaseYear(norm, m.index, m.index + m[0].length)) year = Number(m[1]);
  }
  return year;
}

/** The half a span of time may end in (四天半). */
const HALF = '半';

/** True when a span word (为期, 历时) ends right before `at`. */
const spanBefore = (norm: string, at: number): boolean => V.SPAN_WORDS.some((w) => norm.endsWith(w, at));

/** Whether the days counted at `at` follow a campaign's battle cry (大干, or 奋战 right after a quote opens). */
function campaignDays(norm: string, at: number): boolean {
  const cry = norm.slice(at - 2, at);
  return (
    V.CAMPAIGN_DAYS_BEFORE.always.includes(cry) ||
    (V.CAMPAIGN_DAYS_BEFORE.quoted.includes(cry) && QUOTE_OPENS.test(norm[at - 3] ?? ''))
  );
}

/** A number token that is part of a date, an ordinal, a session, a code or an idiom rather than a count. */
function isExcluded(norm: string, m: RegExpExecArray): boolean {
  const at = m.index;
  const token = m[1] as string;
  const unitForm = m[5] as string;
  const prev = norm[at - 1];
  const end = at + m[0].length;
  const next = norm.slice(end, end + 4);
  if (on(R.ordinal) && (prev === '第' || prev === '.' || isDigit(prev) || prev === '+' || prev === '-')) return true;
  // 2006年07月30日09:01 天津日报: the minutes of a clock time.
  if (on(R.ordinal) && (prev === ':' || prev === '：') && isDigit(norm[at - 2])) return true;
  // 职工8小时以外的生活, 向8小时之外延伸服务: the hours off work, not a span counted.
  if (on(R.countdown) && unitForm.endsWith('小时') && V.OUTSIDE_SPAN.some((w) => next.startsWith(w))) return true;
  // 3天前, 8小时前: when a page was posted, not a span counted.
  if (on(R.countdown) && (unitForm === '天' || unitForm === '小时') && next.startsWith('前')) return true;
  // 北京这两天的降雪: a time pointed at, not a span counted.
  if (on(R.countdown) && (unitForm === '天' || unitForm === '年') && V.DEICTIC_BEFORE.includes(prev ?? '')) return true;
  // 三人篮球赛, 五人制足球: a team's size names the game.
  if (
    on(R.slogan) &&
    unitForm === '人' &&
    (V.TEAM_SIZE_AFTER.some((w) => next.startsWith(w)) || V.LEGS_AFTER.test(next))
  )
    return true;
  // 产值2000万元以上的企业16家, 15人以下的小微企业: a threshold describing the noun after it, not a figure
  // (a share is one: 93%以上的外贸运输任务; so are times held: 开展500场以上的文体活动); 百人以上企业: a
  // headcount sizing employers, with no 的.
  if (
    on(R.threshold) &&
    (m[6] === '以上' || m[6] === '以下') &&
    ((next.startsWith('的') &&
      canonicalUnit(unitForm) !== '%' &&
      !V.TIMES_HELD_UNITS.includes(canonicalUnit(unitForm) ?? '')) ||
      (canonicalUnit(unitForm) === '人' && V.SIZED_EMPLOYERS.some((w) => next.startsWith(w))))
  )
    return true;
  // D1925次, G828次: a number right after a Latin letter is a code (a train, a model), not a count.
  if (on(R.ordinal) && prev !== undefined && /[A-Za-z]/.test(prev)) return true;
  // 一个, 一名: a lone 一 is an article, except in a span of time (培训班为期一天, 为期一天半).
  if (token === '一' && !(spanBefore(norm, at) && V.SPAN_UNITS.includes(unitForm))) return true;
  if (token === '〇' || token === '零') return true;
  // 二次医保, 二次报销, 二次包装: 二次 is "second-round", a kind of cover or step; twice is written 两次.
  if (on(R.ordinal) && token === '二' && unitForm === '次') return true;
  if (on(R.placeName) && !isDigit(token[0]) && opensPlace(norm, at, m[0].length)) return true;
  if (/^[十百千万亿]$/.test(token) && !m[5]) return true;
  // 工会进万家, 万家寨, 千家万户, 温暖千万家: a bare 千 or 万 before 家 is a word, not a count (超千名 is one).
  if (/^[千万]+$/.test(token) && unitForm === '家') return true;
  if (on(R.vague) && /^[十百千万]/.test(token) && (prev === '几' || prev === '数')) return true;
  if (on(R.slogan) && V.SLOGAN_AFTER_UNIT.some((w) => next.startsWith(w))) return true;
  // “大干100天”劳动竞赛, 决战百天: a campaign's days after its battle cry are its name.
  if (on(R.slogan) && unitForm === '天' && campaignDays(norm, at)) return true;
  // 八项规定, 两个维护: a numbered watchword.
  if (on(R.slogan) && V.NUMBERED_WATCHWORDS.some((w) => norm.startsWith(w, at))) return true;
  // ‘三个十’劳动竞赛, “两个一百”: a count of a number, closed by a quote, is a slogan's name.
  if (on(R.slogan) && unitForm === '个' && COUNTED_NUMBER_QUOTED.test(next)) return true;
  if (on(R.points) && next.startsWith('百分点')) return true;
  // 以两位数增长: a number's digits, not people.
  if (on(R.slogan) && unitForm === '位' && next.startsWith('数')) return true;
  // 东铁营横七条12号: a street numbered across (横七条) is an address, not a count.
  if (on(R.slogan) && unitForm === '条' && prev === '横') return true;
  // 612人道支援基金, 5人民…: 人 opening a word (人道, 人民, 人权) is no count of people.
  if (on(R.slogan) && unitForm === '人' && V.AFTER_REN_IN_WORDS.includes(next.charAt(0))) return true;
  // 一个发展愿景、两个发展方向、三个发展阶段: items of a list numbered one up from 一 name a programme's parts.
  if (on(R.slogan) && prev === '、' && numberedListItem(norm, at, token)) return true;
  // 从四个方面, 这三个数字: the parts of an argument counted off.
  if (on(R.slogan) && unitForm === '个' && V.ARGUMENT_PARTS.some((w) => next.startsWith(w))) return true;
  // 分为四个环节, 共有三项议程: how an event is laid out.
  if (
    on(R.programmeParts) &&
    (unitForm === '个' || unitForm === '项') &&
    V.PROGRAMME_PARTS.some((w) => next.startsWith(w))
  )
    return true;
  // 该两批示, 2.7个亿: 批 opening a word, and 个 filling in before a magnitude, count nothing.
  if (on(R.slogan) && unitForm === '批' && V.AFTER_PI_IN_WORDS.includes(next.charAt(0))) return true;
  if (on(R.slogan) && unitForm === '个' && /^[万亿]/.test(next)) return true;
  // 一式三份: a document in triplicate, not a count of anything.
  if (on(R.slogan) && unitForm === '份' && V.COPIES_BEFORE.some((w) => norm.endsWith(w, at))) return true;
  // 24小时驿站, 24小时服务热线, 24小时不打烊: round the clock, a kind of service, not a duration.
  if (on(R.slogan) && token === '24' && unitForm === '小时' && ROUND_THE_CLOCK_NEXT.test(next)) return true;
  if (on(R.kuaiObjects) && unitForm === '块' && countsObjects(norm.slice(Math.max(0, at - 4), at), next)) return true;
  if (on(R.months) && unitForm === '个' && /^[多余]?(?:月|工作日|星期|礼拜)/.test(next)) return true;
  if (on(R.rank) && prev === '前' && (unitForm === '名' || unitForm === '位')) return true;
  // 包揽一、二、三名, 获一、二等奖, 一、二期工程: the last of a list of places or phases is one too.
  if (on(R.rank) && (unitForm === '名' || unitForm === '期') && prev === '、' && isCnDigit(norm[at - 2])) return true;
  // 第11、13、22和28名, 第一、二批: every number of a list opened by 第 is an ordinal.
  if (on(R.ordinal) && ORDINAL_LIST_BEFORE.test(norm.slice(Math.max(0, at - 20), at))) return true;
  // 2017年11期: a magazine's issue, not a count of sessions.
  if (on(R.ordinal) && prev === '年' && unitForm === '期') return true;
  if (
    on(R.countdown) &&
    (unitForm === '天' || unitForm === '日') &&
    COUNTDOWN.test(norm.slice(Math.max(0, at - 24), at))
  )
    return true;
  if (on(R.phase) && unitForm === '期' && PHASE_AFTER.test(next + norm.slice(end + 4, end + 8))) return true;
  // 南沙港三期, 地铁1号线三期, 软件园三期, 宝钢三期: a phase of the port, line, park or works named before it.
  if (on(R.phase) && unitForm === '期' && V.PHASE_OWNER_ENDS.some((w) => norm.endsWith(w, at))) return true;
  if (isSession(norm, m, next)) return true;
  // 在33所, 513所、514所: an institute's number (航天科工二院23所), not a count of them (3所学校, 院校53所).
  if (on(R.ordinal) && unitForm === '所' && isDigit(token[0]) && isInstituteNumber(prev, next)) return true;
  // 航天科技集团八院802所第六届职工运动会, 十七所工会承办: an institute named by its number, after its academy's or
  // before its own body, not a count.
  if (
    on(R.ordinal) &&
    unitForm === '所' &&
    (NUMBERED_ACADEMY_END.test(norm.slice(0, at)) || INSTITUTE_BODY_NEXT.test(next))
  )
    return true;
  return isQuotedName(norm, at);
}

/**
 * Whether the 、-list before `at` is quoted and numbered one up to `token` (“一网融合、两个覆盖、三网并用”): a slogan's
 * parts, not counts. Each earlier item opens with the number one less than the next, the first with 一 after the quote.
 */
function numberedListItem(norm: string, at: number, token: string): boolean {
  let n = parseNumberToken(token);
  if (n === undefined || n < 2 || n > 10 || !isCnDigit(token[0])) return false;
  let end = at - 1;
  while (n > 1) {
    let start = end;
    while (start > 0 && !LIST_ITEM_BREAK.test(norm[start - 1] as string) && end - start < 16) start--;
    if (parseNumberToken(norm[start] === '两' ? '二' : (norm[start] as string)) !== n - 1) return false;
    n--;
    if (n === 1) return QUOTE_OPENS.test(norm[start - 1] ?? '');
    if (norm[start - 1] !== '、') return false;
    end = start - 1;
  }
  return false;
}
const LIST_ITEM_BREAK = /[、,，。;；:：“”‘’"「」(（]/;
const QUOTE_OPENS = /[“‘"「]/;

/** 块 counting things: an object's noun right before (金银铜牌各62块) or right after (12块展板). */
function countsObjects(before: string, next: string): boolean {
  return KUAI_OBJECT_BEFORE.test(before) || KUAI_OBJECT_AFTER.test(next);
}
const KUAI_OBJECT_BEFORE = new RegExp(`[${V.COUNTED_IN_KUAI.join('')}][各共计约近达有]{0,2}$`);
const KUAI_OBJECT_AFTER = new RegExp(`^\\p{Script=Han}{0,2}[${V.COUNTED_IN_KUAI.join('')}]`, 'u');

/** N所 named, not counted: after a preposition, a break or a list's 、, or before a list's 、 or 等. */
function isInstituteNumber(prev: string | undefined, next: string): boolean {
  if (/^[、等和及与]/.test(next)) return true;
  if (startsWithHan(next)) return false;
  return prev === undefined || /[在到赴由于、,，。;；:：\s]/.test(prev);
}

/** A defence group's academy named by its number (八院, 二院), which numbers its institutes after it. */
const NUMBERED_ACADEMY_END = /[一二三四五六七八九十]院$/;
/** What follows an institute's number when it names the institute's own body or event (…所工会, …所第六届…). */
const INSTITUTE_BODY_NEXT = /^(?:工会|党委|党支部|团委|职工|第[\d一二三四五六七八九十]+届)/;

/** The text before the last number of a list whose first number has 第 before it. */
const ORDINAL_LIST_BEFORE = /第(?:[\d一二三四五六七八九十百]+[、和及与])+$/;

/** What follows 24小时 when it says round the clock: a word, not 以上, 内, 的 or a break. */
const ROUND_THE_CLOCK_NEXT = /^[“"]?(?![以内之的左后前])\p{Script=Han}/u;

/**
 * 三门峡, 五家渠: a city's or county's name that starts with the numeral and runs past the count
 * read. Looked up by whole names, so a count does not load the town index.
 */
function opensPlace(norm: string, at: number, length: number): boolean {
  for (let len = Math.min(6, norm.length - at); len > length; len--) {
    if (lookupPlace(norm.slice(at, at + len))?.candidates.some((p) => p.level !== 'town')) return true;
  }
  // 三元经济开发区, 三元里街道: the count read is a district's short name itself, before an area's word.
  return (
    AREA_AFTER.test(norm.slice(at + length, at + length + 8)) &&
    lookupPlace(norm.slice(at, at + length))?.candidates.some((p) => p.level !== 'town') === true
  );
}
const AREA_AFTER = new RegExp(`^(?:${alt(V.AREA_WORDS)})`);

/** 一届3次职代会, 十五届二次全委会, 三次党代会: the number names a session of a body. */
function isSession(norm: string, m: RegExpExecArray, next: string): boolean {
  const unitForm = m[5] as string;
  if (unitForm !== '次' && unitForm !== '届') return false;
  const at = m.index;
  if (on(R.session)) {
    if (SESSION_AFTER.test(next)) return true;
    // 届 right before the number: 一届3次, 四届一次.
    if (unitForm === '次' && norm[at - 1] === '届') return true;
    if (unitForm === '届' && /^[\d一二两三四五六七八九十]+次/.test(next)) return true;
  }
  if (unitForm === '届') {
    if (!on(R.editions)) return true;
    return !EDITION_BEFORE.test(norm.slice(Math.max(0, at - 6), at).replace(/成功/g, ''));
  }
  return false;
}

/** A number inside a book title or a short quotation is part of a name (“12635”产业体系); quoted speech states figures. */
const COUNTED_NUMBER_QUOTED = /^[一二三四五六七八九十百千万]{1,3}[’'”」]/;

function isQuotedName(norm: string, at: number): boolean {
  if (!on(R.quotedName)) return false;
  const enc = enclosureAt(norm, at);
  if (enc.book) return true;
  if (!enc.quote) return false;
  const open = norm.lastIndexOf('“', at);
  const close = norm.indexOf('”', at);
  // “2011年度广东省十项工程劳动竞赛模范企业家”称号: an honour's name, however long.
  return close < 0 || close - open <= 16 || HONOUR_AFTER_QUOTE.test(norm.slice(close + 1, close + 5));
}

/**
 * The metrics whose figure lies outside every name span given (the people found in the sentence).
 *
 * @example
 * outsideNames(findMetrics(s), [{ from: 12, to: 15 }]) // drops a figure read at 12–14 (万天 of 万天浩)
 */
export function outsideNames(
  metrics: MetricDraft[],
  names: ReadonlyArray<{ from?: number | undefined; to?: number | undefined }>,
): MetricDraft[] {
  if (!on(R.inName) || names.length === 0) return metrics;
  return metrics.filter(
    (m) => !names.some((n) => n.from !== undefined && n.to !== undefined && n.from < m.to && m.from < n.to),
  );
}

/**
 * 张三、李四等27人受到表彰, 副主席岳晓波等3人: a subject that ends in the name of a person the sentence names (the
 * last of the names a 等 closes before the count) tells who was counted, not what: what they did right after
 * the count is the subject, or nothing is.
 *
 * @example
 * namesNotCounted(findMetrics(s), [{ name: '李四' }]) // 27人: subject 受到表彰, not 李四
 */
export function namesNotCounted(metrics: MetricDraft[], people: ReadonlyArray<{ name: string }>): MetricDraft[] {
  if (!on(R.nameSubject) || people.length === 0) return metrics;
  for (const m of metrics) {
    if (!people.some((p) => p.name.length >= 2 && m.subject.endsWith(p.name))) continue;
    fired(R.nameSubject, 'metric', m.text);
    m.subject = doingAfter(m.sentence.norm, m.to, m.unit);
  }
  return metrics;
}

/**
 * Finds the metrics stated in one sentence.
 *
 * @example
 * findMetrics(sentence('目前,佛山技能人才达149.6万人。'))[0] // → { value: 1496000, unit: '人', subject: '技能人才', … }
 */
export function findMetrics(sentence: Sentence): MetricDraft[] {
  const norm = sentence.norm;
  const out: MetricDraft[] = [];
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(norm); m; m = QUANTITY.exec(norm)) {
    const unit = canonicalUnit(m[5] as string);
    if (!unit || isExcluded(norm, m)) continue;
    const base = parseNumberToken(m[1] as string);
    if (base === undefined || base === 0) continue;
    const before = qualifierBefore(norm, m.index);
    const start = m.index - (before?.length ?? 0);
    // 四天半, 两天半时间: a half after a span of time is the span's.
    const half = V.TIME_UNITS.includes(unit) && norm[m.index + m[0].length] === HALF ? 0.5 : 0;
    const end = m.index + m[0].length + (half ? 1 : 0);
    const draft: MetricDraft = {
      value: applyMagnitude(base, m[3] ?? '') + half,
      unit,
      qualifier: qualifierOf(m, before?.qualifier),
      subject: '',
      text: sentence.text.slice(start, end),
      isTarget: TARGET.test(norm.slice(0, m.index)),
      isChange: CHANGE_BEFORE.test(norm.slice(Math.max(0, start - 5), start)),
      sentence,
      from: start,
      to: end,
    };
    const year = yearIn(norm, m.index);
    if (year !== undefined) draft.year = year;
    const lower = rangeLower(norm, start, m[3] ?? '', m[5] as string);
    // 3000元至5000元: a first figure written with its unit was read alone before; it is the range's.
    const alone = lower ? out.at(-1) : undefined;
    if (alone && alone.from === lower?.from && alone.unit === unit) out.pop();
    // 第2~10名选手, 分获四至六名: a range of places won is ranks, not a count.
    if (
      lower &&
      norm[end - 1] === RANK_UNIT &&
      RANK_RANGE_BEFORE.test(norm.slice(Math.max(0, lower.from - 8), lower.from)) &&
      on(R.rank)
    ) {
      fired(R.rank, 'metric', sentence.text.slice(lower.from, end));
      continue;
    }
    if (lower) {
      // 10至18元: the topic stands before the range, and the range bounds the figure from both sides.
      draft.text = sentence.text.slice(lower.from, end);
      if (draft.qualifier === 'exact') draft.qualifier = 'atMost';
    }
    const subject = subjectFor(norm, lower?.from ?? start, end, unit, out.at(-1));
    draft.subject =
      levelOfPrevious(subject.text, unit, out.at(-1)) ||
      subject.text ||
      doingAfter(norm, end, unit) ||
      listedAfter(norm, draft, out.at(-1));
    if (subject.scopeAt !== undefined) draft.scopeAt = subject.scopeAt;
    fired(subject.rule, 'metric', draft.text);
    if (lower) {
      fired(R.range, 'metric', draft.text);
      out.push({ ...draft, value: lower.value, qualifier: 'atLeast', from: lower.from, to: start });
    }
    out.push(draft);
  }
  if (on(R.listedFigures)) shareListedNoun(norm, out);
  const bare = [...bareMagnitudes(sentence, out), ...tenths(sentence), ...percentInWords(sentence, out)];
  return bare.length > 0 ? [...out, ...bare].sort((a, b) => a.from - b.from) : out;
}

/**
 * 颁发了3000元、2000元、1000元的奖金: figures listed in one unit, the last closed by 的 and a noun, all count that
 * noun; the words before the first are no subject of theirs.
 */
function shareListedNoun(norm: string, out: MetricDraft[]): void {
  // The noun the list after `i` shares, if it ends in 的 and a noun.
  let shared: string | undefined;
  for (let i = out.length - 2; i >= 0; i--) {
    const [item, next] = [out[i] as MetricDraft, out[i + 1] as MetricDraft];
    if (item.unit !== next.unit || !LISTED_FIGURES.test(norm.slice(item.to, next.from))) {
      shared = undefined;
      continue;
    }
    if (shared === undefined && norm[next.to] === '的' && next.subject) shared = next.subject;
    if (shared === undefined) continue;
    fired(R.listedFigures, 'metric', item.text);
    item.subject = shared;
  }
}
const LISTED_FIGURES = /^\s?[、和及与]\s?$/;

/**
 * 国家级劳模创新工作室1个、省级6个: a subject that names only a level counts, at that level, what the figure
 * before counts in the same unit (省级劳模创新工作室). '' when it is no such item.
 */
function levelOfPrevious(subject: string, unit: string, previous: MetricDraft | undefined): string {
  if (!on(R.levelItem) || !LEVEL_ONLY.test(subject) || previous?.unit !== unit) return '';
  const noun = previous.subject.replace(LEVEL_OPENING, '');
  if (noun.length < 2 || LEVEL_ONLY.test(previous.subject)) return '';
  fired(R.levelItem, 'metric', subject);
  return subject + noun;
}
const LEVEL_ONLY = /^\p{Script=Han}{1,3}级$/u;
/** A level and what qualifies it (国家级, 市级命名的) at the start of a subject. */
const LEVEL_OPENING = /^\p{Script=Han}{1,3}级(?:命名的|认定的)?/u;

/** 百分之二点八, 百分之十五: a percentage written in words, as Hong Kong, Macau and Taiwan pages write it. */
const PERCENT_WORDS = new RegExp(`百分之([${CN_DIGITS}]+(?:点[${CN_DECIMALS}]+)?|\\d+(?:\\.\\d+)?)`, 'g');
function percentInWords(sentence: Sentence, found: readonly MetricDraft[]): MetricDraft[] {
  const norm = sentence.norm;
  if (!on(R.percentWords) || !norm.includes('百分之')) return [];
  const out: MetricDraft[] = [];
  for (const m of matchesOf(PERCENT_WORDS, norm)) {
    const value = parseNumberToken(m[1] as string);
    if (value === undefined || value === 0) continue;
    const before = qualifierBefore(norm, m.index);
    const start = m.index - (before?.length ?? 0);
    const end = m.index + m[0].length;
    const subject = subjectFor(norm, start, end, '%', found.at(-1)).text;
    const draft = bareDraft(sentence, start, end, {
      value,
      unit: '%',
      qualifier: before?.qualifier ?? 'exact',
      subject,
    });
    fired(R.percentWords, 'metric', draft.text);
    out.push(draft);
  }
  return out;
}

const SURVEYED = new RegExp(`^(?:${alt(V.SURVEYED)})`);
/** 超过六成打工仔, 七成以上的企业, 逾六成八: a share in tenths (and hundredths), bounded before or after, in %. */
const TENTHS = new RegExp(
  `(${alt(V.TENTHS_BEFORE.map(([w]) => w))})?([一二三四五六七八九1-9])成([一二三四五六七八九1-9](?![\\d${CN_DIGITS}]))?(${alt(V.TENTHS_AFTER.map(([w]) => w))})?`,
  'g',
);
function tenths(sentence: Sentence): MetricDraft[] {
  const norm = sentence.norm;
  if (!on(R.tenths) || !norm.includes('成')) return [];
  const out: MetricDraft[] = [];
  for (const m of matchesOf(TENTHS, norm)) {
    const [, before, digit, hundredths, after] = m;
    const start = m.index;
    const end = start + m[0].length;
    // 8成8受访者, 七成受访者: a share in hundredths, or of the people a survey asked, needs no word to bound it.
    if (!before && !after && !hundredths && !(on(R.surveyShare) && SURVEYED.test(norm.slice(end, end + 5)))) continue;
    const qualifier =
      V.TENTHS_BEFORE.find(([w]) => w === before)?.[1] ?? V.TENTHS_AFTER.find(([w]) => w === after)?.[1] ?? 'exact';
    // 货车司机占近六成: a share 占 names before it is told as any share is; 超过六成打工仔: else the people
    // or things after it are what the share is of, or else the words before.
    const subject = /[占佔]$/.test(norm.slice(0, start))
      ? subjectFor(norm, start, end, '%', undefined).text
      : afterPhrase(norm, end, '%').text || beforePhrase(norm, start).text;
    const draft = bareDraft(sentence, start, end, {
      value: (parseNumberToken(digit as string) ?? 0) * 10 + (hundredths ? (parseNumberToken(hundredths) ?? 0) : 0),
      unit: '%',
      qualifier,
      subject,
    });
    fired(R.tenths, 'metric', draft.text);
    out.push(draft);
  }
  return out;
}

/** A figure read by a pattern of its own rather than by its measure word (see bareMagnitudes, tenths). */
function bareDraft(
  sentence: Sentence,
  from: number,
  to: number,
  fields: Pick<MetricDraft, 'value' | 'unit' | 'qualifier' | 'subject'>,
  targetBefore = from,
): MetricDraft {
  return {
    ...fields,
    text: sentence.text.slice(from, to),
    isTarget: TARGET.test(sentence.norm.slice(0, targetBefore)),
    isChange: false,
    sentence,
    from,
    to,
  };
}

/**
 * 分别为343宗、380宗、390宗, 分别达到6280元和4320元: a figure listed right after another of the same
 * unit, with no words of its own, counts what that one counts.
 */
function listedAfter(norm: string, draft: MetricDraft, previous: MetricDraft | undefined): string {
  if (!on(R.listed) || !previous || previous.unit !== draft.unit) return '';
  return LISTED_AFTER.test(norm.slice(previous.to, draft.from)) ? previous.subject : '';
}
const LISTED_AFTER = /^\s?[、和及与]\s?$/;

/** The unit of places won (第3名) and what stands before a range of them (第, 获得决赛, 分获). */
const RANK_UNIT = '名';
const RANK_RANGE_BEFORE = new RegExp(`(?:第|(?:${alt(V.PLACE_WINNING)})(?:决赛|复赛|初赛|比赛)?)$`);

/** The first figure of a range and its separator, right before the second (10至, 40万到, 3-). */
const RANGE_LOWER = new RegExp(`(\\d+(?:\\.\\d+)?|[${CN_DIGITS}]+)(千万|百万|万|亿|千)?\\s?(?:至|到|~|～|-|—|－)\\s?$`);

/**
 * The lower bound of a range whose upper bound starts at `start`, in the upper's magnitude when
 * it has none of its own and is not larger (40至50万元 is 400,000 to 500,000; 5000到5万元 is 5,000
 * to 50,000).
 */
function rangeLower(
  norm: string,
  start: number,
  magnitude: string,
  unitForm: string,
): { from: number; value: number } | undefined {
  if (!on(R.range)) return undefined;
  const before = norm.slice(Math.max(0, start - 16), start);
  let m = RANGE_LOWER.exec(before);
  let from = m ? start - m[0].length : start;
  // 3000元至5000元, 5%至10%: the first figure may carry the unit too.
  const sep = m || !on(R.rangeRepeatedUnit) ? null : RANGE_SEPARATOR.exec(before);
  // (从3000元到5000元, 由每月800元上调至1200元: a change from one figure to another, not a range.)
  if (sep && before.slice(0, sep.index).endsWith(unitForm) && !FROM_BEFORE_RANGE.test(before.slice(0, sep.index))) {
    const cut = `${before.slice(0, sep.index - unitForm.length)}${sep[0]}`;
    m = RANGE_LOWER.exec(cut);
    if (m) from = start - before.length + m.index;
  }
  if (!m) return undefined;
  const base = parseNumberToken(m[1] as string);
  if (base === undefined || base === 0) return undefined;
  // 5000到5万元: a first figure larger than the second's digits is written out in full already.
  const upper = parseNumberToken(/^[\d.]+/.exec(norm.slice(start, start + 24))?.[0] ?? '') ?? Number.POSITIVE_INFINITY;
  const scaled = m[2] ?? (base <= upper ? magnitude : '');
  return { from, value: applyMagnitude(base, scaled) };
}
const RANGE_SEPARATOR = /(?:至|到|~|～|-|—|－)\s?$/;
const FROM_BEFORE_RANGE = /[从由][^,，。;；]{0,12}$/;

/** 全市150万职工: a figure in 万 or 亿 with no measure word, right before the people it counts (or after funds, in yuan). */
const BARE_MAGNITUDE = new RegExp(
  `(\\d+(?:\\.\\d+)?)(多|余)?(万|亿)(多|余)?(?=(?:${alt(V.BARE_COUNTED_MODIFIERS)})?(?:${alt(V.BARE_COUNTED_PEOPLE)}))`,
  'g',
);
/** The people counted: the words of people in a row (职工会员), not what they do after (职工来看望…). */
const BARE_PEOPLE_RUN = new RegExp(`^(?:${alt(V.BARE_COUNTED_MODIFIERS)})?(?:${alt(V.BARE_COUNTED_PEOPLE)})+`);
const MAGNITUDE_WORD = /[万亿]/;
function bareMagnitudes(sentence: Sentence, found: readonly MetricDraft[]): MetricDraft[] {
  const norm = sentence.norm;
  if (!on(R.bareMagnitude)) return [];
  const out = bareApproximates(sentence, found);
  // Every pattern below needs a 万 or 亿: most sentences have neither, and pay one scan for it.
  if (!MAGNITUDE_WORD.test(norm)) return out;
  for (const m of matchesOf(BARE_MAGNITUDE, norm)) {
    const start = m.index;
    const end = start + m[0].length;
    const base = parseNumberToken(m[1] as string);
    if (base === undefined || isDigit(norm[start - 1]) || found.some((d) => d.from < end && d.to > start)) continue;
    const draft = bareDraft(sentence, start, end, {
      value: applyMagnitude(base, m[3] as string),
      unit: '人',
      // 超5万新就业形态劳动者: a word before bounds the figure as it bounds one with a measure word.
      qualifier: m[2] || m[4] ? 'atLeast' : (qualifierBefore(norm, start)?.qualifier ?? 'exact'),
      subject: BARE_PEOPLE_RUN.exec(norm.slice(end))?.[0] ?? '',
    });
    fired(R.bareMagnitude, 'metric', draft.text);
    out.push(draft);
  }
  // 农民工有2500万, 会员达2700万, 月活司机超过90万: the people named first, then how many of them; 服务人次突破
  // 三百一十一万, 学习培训人次累计达到1.86亿: so are visits (人次), named by the words before them.
  const numbered = norm.includes(V.VISITS_UNIT) ? [PEOPLE_NUMBERING, VISITS_NUMBERING] : [PEOPLE_NUMBERING];
  for (const pattern of numbered) {
    for (const m of matchesOf(pattern, norm)) {
      const named = m[1] as string;
      const at = m.index + m[0].indexOf(m[3] as string, named.length);
      const end = m.index + m[0].length;
      const base = parseNumberToken(m[3] as string);
      if (base === undefined || found.some((d) => d.from < end && d.to > at)) continue;
      // 超过90万: the verb may bound the figure as a qualifier before it would.
      const bound = V.QUALIFIERS_BEFORE.find(([w]) => w === m[2])?.[1];
      const visits = named === V.VISITS_UNIT;
      const draft = bareDraft(
        sentence,
        at,
        end,
        {
          value: applyMagnitude(base, m[5] as string),
          unit: visits ? V.VISITS_UNIT : '人',
          qualifier: m[4] || m[6] ? 'atLeast' : (bound ?? 'exact'),
          subject: visits ? beforePhrase(norm, m.index + named.length).text || named : named,
        },
        m.index,
      );
      fired(R.bareMagnitude, 'metric', draft.text);
      out.push(draft);
    }
  }
  // 筹集助学金35万, 捐资额达到了128万: funds named, then a figure closing the clause with no 元.
  for (const m of on(R.bareFunds) ? matchesOf(FUNDS_NUMBERING, norm) : []) {
    const at = m.index + m[0].search(/\d/);
    const end = m.index + m[0].length;
    const base = parseNumberToken(m[2] as string);
    if (base === undefined || found.some((d) => d.from < end && d.to > at)) continue;
    const bound = V.QUALIFIERS_BEFORE.find(([w]) => m[0].includes(w))?.[1];
    const draft = bareDraft(
      sentence,
      at,
      end,
      {
        value: applyMagnitude(base, m[4] as string),
        unit: '元',
        qualifier: m[3] || m[5] ? 'atLeast' : (bound ?? 'exact'),
        subject: beforePhrase(norm, at).text || (m[1] as string),
      },
      m.index,
    );
    fired(R.bareFunds, 'metric', draft.text);
    out.push(draft);
  }
  return out;
}
/**
 * 近1500职工参加, 300余职工, 约200会员: a rough figure with no measure word right before the people it counts (rough:
 * a year or a code is never written 近2024职工).
 */
const BARE_APPROXIMATE = new RegExp(
  `(?:[近约逾](\\d{2,5})(多|余)?|(?<![\\d.])(\\d{2,5})(多|余))(?=${alt(V.BARE_COUNTED_PEOPLE)})`,
  'g',
);
function bareApproximates(sentence: Sentence, found: readonly MetricDraft[]): MetricDraft[] {
  const norm = sentence.norm;
  const out: MetricDraft[] = [];
  for (const m of matchesOf(BARE_APPROXIMATE, norm)) {
    const start = m.index;
    const end = start + m[0].length;
    const base = parseNumberToken((m[1] ?? m[3]) as string);
    if (base === undefined || found.some((d) => d.from < end && d.to > start)) continue;
    const draft = bareDraft(sentence, start, end, {
      value: base,
      unit: '人',
      qualifier: m[2] || m[4] ? 'atLeast' : (qualifierBefore(norm, start + 1)?.qualifier ?? 'approximate'),
      subject: BARE_PEOPLE_RUN.exec(norm.slice(end))?.[0] ?? '',
    });
    fired(R.bareMagnitude, 'metric', draft.text);
    out.push(draft);
  }
  return out;
}

/** 人次, then a verb that numbers them and a figure in 万 or 亿 (服务人次突破三百一十一万). */
const VISITS_NUMBERING = new RegExp(
  `(${V.VISITS_UNIT})(?:累计|共)?已?(${alt(V.NUMBERING_VERBS)})(\\d+(?:\\.\\d+)?|[${CN_DIGITS}]+)(多|余)?(万|亿)(多|余)?`,
  'g',
);
/** Funds, what their sum is (额), a verb that numbers them, the figure in 万 or 亿 and the clause's end. */
const FUNDS_NUMBERING = new RegExp(
  `(${alt(V.FUNDS_WITHOUT_YUAN)})(?:总额|额)?[^,，。;；\\d]{0,6}?(\\d+(?:\\.\\d+)?)(多|余)?(万|亿)(多|余)?(?=[,，。;；)]|$)`,
  'g',
);
const PEOPLE_NUMBERING = new RegExp(
  `(${alt(V.BARE_COUNTED_PEOPLE)})(?:${alt(V.NUMBERED_MEASURES)})?已?(${alt(V.NUMBERING_VERBS)})(\\d+(?:\\.\\d+)?)(多|余)?(万|亿)(多|余)?(?![\\d.万亿\\p{Script=Han}])`,
  'gu',
);

const RATE_AFTER = new RegExp(`^的(\\p{Script=Han}{0,6}?(?:${alt(V.RATE_ENDS)}))`, 'u');
const HAVING_END = new RegExp(`(?:${alt(V.HAVING_VERBS)})$`);
/** 共有4.6万人参赛: people counted with no noun are named by what they did, up to the clause's end. */
const DOING_AFTER = new RegExp(
  `^(?:${V.ADVERBS_BEFORE_DOING.join('|')})?(?:${V.DOING_AFTER_COUNT.join('|')})[^,，。;；、:：!！?？()“”]{0,6}`,
);
function doingAfter(norm: string, end: number, unit: string): string {
  if (!on(R.doingAfter) || (unit !== '人' && unit !== '人次')) return '';
  // 200名参赛选手参加…: a noun a verb opens (参赛选手) names the people; it tells nothing they did.
  if (V.NOUNS_OPENING_WITH_STOPS.some((w) => norm.startsWith(w, end))) return '';
  const m = DOING_AFTER.exec(norm.slice(end, end + 14));
  return m ? m[0] : '';
}

function qualifierOf(m: RegExpExecArray, before: MetricQualifier | undefined): MetricQualifier {
  const after = V.QUALIFIERS_AFTER.find(([w]) => w === m[6])?.[1];
  if (after) return after;
  if (m[2] || m[4] || ROUGH_FORMS.has(m[5] as string)) return 'atLeast';
  return before ?? 'exact';
}

interface Subject {
  text: string;
  rule: (typeof R)[keyof typeof R];
  /** Position in the sentence of a place the subject opened with. */
  scopeAt?: number;
}

interface Phrase {
  text: string;
  rule: Subject['rule'];
  /** The phrase opened with a quotation mark: a name, whose place stays in it. */
  quoted?: boolean;
  /** Where the phrase starts and ends in the sentence. */
  at: number;
  end: number;
}

function subjectFor(
  norm: string,
  start: number,
  end: number,
  unit: string,
  previous: MetricDraft | undefined,
): Subject {
  const change = changeTopic(norm, start, end) ?? riseTopic(norm, start, end);
  if (change) return change;
  const before = beforePhrase(norm, start);
  // 收取互助金23062140元,比上期增加8460元: a change told alone is of the figure before, in its unit.
  if (
    on(R.share) &&
    unit !== '%' &&
    previous?.unit === unit &&
    CHANGE_ONLY.test(before.text || norm.slice(before.at, start).trim())
  )
    return { text: previous.subject, rule: R.share };
  if (unit === '%') {
    // 以95%的得票率当选, 实现100%的覆盖率: a rate named after the figure and its 的 is what it measures.
    const rate = on(R.share) ? RATE_AFTER.exec(norm.slice(end)) : null;
    if (rate) return { text: rate[1] as string, rule: R.share };
    // 51.5%的奖状单位、40.3%的奖章个人: a share listed after another with a noun of its own after its 的 is of that
    // noun, not of the figure before.
    const listed = norm[start - 1] === '、' && norm[end] === '的' && on(R.ownShareNoun);
    // (达标率达到100%的班组, …人数80%以上的…项目: a share a rate reached, or of a measure, describes what follows.)
    const headed =
      norm[end] === '的' && !RATE_REACHED.test(norm.slice(Math.max(0, start - 8), start)) && on(R.shareOfHead);
    const own = listed || headed ? afterPhrase(norm, end, unit) : undefined;
    // 厂里70%的员工都是…, 现场77.6%的产业工人…: a share of a kind of people or bodies named after its 的 is of them
    // (not of a target: 控制在5.5%的预期控制目标).
    if (own && own.text.length >= 2 && (listed || HEAD_END.test(own.text) || PERSON_NOUN.test(own.text)))
      return withScope(own, norm);
    const share =
      shareSubject(before.text, previous) ??
      shareOfWhole(before.text, previous) ??
      shareOfCounted(norm, start, before.text, previous);
    if (share) return share;
    // 当中有17%受访者从事饮食业: the people a survey asked, right after the share, are what it is of.
    const asked = on(R.surveyShare) ? SURVEYED.exec(norm.slice(end, end + 6)) : null;
    if (asked) return { text: asked[0], rule: R.surveyShare };
    if (before.text) return withScope(before, norm);
  }
  // 代表团一行9人赴台湾, 卢某、束某等一行三人走访…: the party's size counts those named before 一行, not
  // where they went or whom they called on.
  // (甲、乙等一行: the names listed are the party itself, which the word 一行 stands for.)
  if (on(R.partySize) && norm.endsWith(V.PARTY_WORD, start) && norm[end - 1] === '人')
    return withScope(
      { ...before, text: before.text.replace(/(?<=.)等$/, '') || V.PARTY_WORD, rule: R.partySize },
      norm,
    );
  // 本次大赛共有100余人参赛, 有30人进入决赛: after a verb of having, people are counted by what they did.
  if (HAVING_END.test(norm.slice(0, start)) && doingAfter(norm, end, unit)) return { text: '', rule: R.doingAfter };
  const conferred = conferredHonour(norm, start, end);
  if (conferred) return conferred;
  const after = afterPhrase(norm, end, unit);
  if (!after.text) {
    const worth = worthOf(norm, start, unit);
    if (worth) return worth;
  }
  const rest = norm.slice(after.end);
  const named = unit === '%' ? undefined : namedAfter(rest, unit, after.text === '');
  if (named) return named;
  const described = unit === '%' ? undefined : describedAfter(norm, after);
  if (described) return withScope(described, norm);
  // 4名考上大学的困难职工子女: people counted are the people a short clause after the count leads to.
  // 101名来自海澜集团、强力化纤等企业的女工: such a clause may list like items.
  const clause = PEOPLE_UNITS.has(unit) ? relativeAfter(norm, after.at, 24, LISTING_CLAUSE) : undefined;
  // 20名初赛选手中脱颖而出的优秀代表: people named right after the count are what it counts.
  if (clause && PERSON_NOUN.test(clause.text) && !PERSON_NOUN.test(after.text)) return withScope(clause, norm);
  // 会员人数超过13万人的跨行业劳工团体: the measure before is what is counted; the noun after 的 has it.
  if (on(R.measureBefore) && norm[end] === '的' && MEASURE_END.test(before.text)) return withScope(before, norm);
  // 分布在3个区, 来自12个市: one level character names the places counted.
  if (after.text.length >= 2 || (after.text.length === 1 && LEVEL_NOUNS.has(after.text))) return withScope(after, norm);
  // 向1497名新加入工会组织的新就业形态劳动者发放: after a preposition the count's noun follows its clause;
  // 顺丰、中通等19家在新余开展业务的快递企业: so it does after a list the count sums up.
  const relative =
    PREPOSITION_END.test(before.text) || LIST_END.test(before.text) ? relativeAfter(norm, after.end) : undefined;
  if (relative) return withScope(relative, norm);
  // 在已建成127家工会驿站的基础上,今年又新增5家: what is added is what the figure before counts.
  if (on(R.total) && previous?.unit === unit && ADDING_END.test(before.text))
    return { text: previous.subject, rule: R.total };
  // 9支代表队180人参加: the teams between a count of teams and a count of people are what the first one
  // counts; the people are counted by what they do (参加…).
  if (
    on(R.ownedBefore) &&
    before.text &&
    PEOPLE_UNITS.has(unit) &&
    previous?.unit === V.TEAM_UNIT &&
    previous.to === before.at
  )
    return { text: '', rule: R.ownedBefore };
  // 市总工会投入6万元, 各级工会筹集4208万元: who gave and the verb of giving are no part of what money is
  // counted; it is the funds.
  // (市总工会共筹集了|76.97万元, 省总工会已累计投入|3899万元: the phrase read before dropped a verb it counts by, so
  // the clause as written is what shows the payer.)
  if (
    on(R.funds) &&
    unit === V.MONEY_UNIT &&
    (FUNDING_END.test(before.text) || FUNDING_END.test(norm.slice(before.at, start).trimEnd()))
  )
    return { text: V.FUNDS_WORD, rule: R.funds };
  // 成员代表等60余人: the 等 closing a list before its count is no part of what is counted.
  if (before.text) return withScope({ ...before, text: before.text.replace(/(?<=.)等$/, '') }, norm);
  // 每人发放慰问金500元,共计9.35万元: a total of the figure before.
  if (on(R.total) && previous && TOTAL_END.test(norm.slice(Math.max(0, start - 6), start)))
    return { text: previous.subject, rule: R.total };
  return { text: after.text, rule: after.rule };
}

/**
 * 从业人员从去年的60多人增加到130多人, 会员由2020年的50万人发展到80万人: both figures of a rise from one
 * to the other measure the topic named before 从 or 由.
 */
function riseTopic(norm: string, start: number, end: number): Subject | undefined {
  const before = norm.slice(Math.max(0, start - 40), start);
  // Every figure asks: most clauses have no 从 or 由 at all, so the patterns run only where one stands.
  if (!on(R.rise) || !RISE_MARK.test(before)) return undefined;
  const from = RISE_FROM.exec(before);
  const topic = from && RISE_VERB_AFTER.test(norm.slice(end, end + 8)) ? from[1] : RISE_TO.exec(before)?.[1];
  if (!topic) return undefined;
  const de = topic.lastIndexOf('的');
  const text = (de >= 0 ? topic.slice(de + 1) : topic).replace(LEADING_NOISE, '');
  return text.length >= 2 ? { text, rule: R.rise } : undefined;
}
const RISE_VERBS = alt(V.RISE_VERBS);
const RISE_MARK = /[从由]/;
/** By how much, between the verb and 至 (减少24%至…): a share of the first figure. */
const RISE_BY = '\\d+(?:\\.\\d+)?%';
/** The topic, then 从 or 由 and when (去年的), right before the first figure. */
const RISE_FROM = /(?:^|[,，。;；])([^,，。;；]{2,14}?)(?:也|都)?(?:从|由)[^,，。;；从由]{0,10}$/;
/** Right after the first figure: its unit's tail, then the verb of the rise and 到 (增加到). */
const RISE_VERB_AFTER = new RegExp(`^[多余]?\\s?[,，]?(?:${RISE_VERBS})(?:${RISE_BY})?(?:到|至)`);
/** Before the second figure: the topic, 从 the first figure, the verb of the rise and 到 (and when: 至2015年的). */
const RISE_TO = new RegExp(
  `(?:^|[,，。;；])([^,，。;；]{2,14}?)(?:也|都)?(?:从|由)[^。;；]{1,24}?(?:${RISE_VERBS})(?:${RISE_BY})?(?:到|至)(?:\\d{4}年)?[^,，。;；\\d]{0,6}$`,
);

/** A worth told after a comma (,价值近3万元): the comma it follows. */
const WORTH_AFTER_COMMA = new RegExp(`[,，]\\s?(?:${alt(V.WORTH_WORDS)})(?:${alt(V.TRAILING_NOISE)})?\\s?$`);
const TOTAL_AFTER_COMMA = new RegExp(`[,，]\\s?(?:${alt(V.TOTAL_WORDS)})\\s?$`);

/** 送去慰问物资,价值近3万元: what the clause before the worth handed out is what it measures. */
function worthOf(norm: string, start: number, unit: string): Subject | undefined {
  if (!on(R.worth)) return undefined;
  const before = norm.slice(Math.max(0, start - 10), start);
  // 送去米面等慰问品,共计2.97万元: money totalled after a comma is what the clause before handed out.
  const m = WORTH_AFTER_COMMA.exec(before) ?? (unit === '元' ? TOTAL_AFTER_COMMA.exec(before) : null);
  if (!m) return undefined;
  const goods = beforePhrase(norm, start - m[0].length);
  return goods.text.length >= 2 ? { text: goods.text, rule: R.worth } : undefined;
}

const CHANGE_TO = `(?:${alt(V.CHANGE_VERBS)})(?:至|到)`;
const YEAR_OF = `(?:(?:19|20)\\d\\d\\s?年(?:的|底|末)?|(?:${alt(V.NOW_WORDS)})的?)?\\s?`;
const QUALIFIER_OF = `(?:${alt(V.QUALIFIERS_BEFORE.map(([w]) => w))})?`;
/** The clause up to a change's first figure: topic, 由/从, an optional year and qualifier. */
const CHANGE_FROM = new RegExp(`^([^,，。;；]{2,20}?)(?:由|从)\\s?${YEAR_OF}${QUALIFIER_OF}$`);
/** …and up to its second: the first figure, the verb of change with 至/到, a year. */
const CHANGE_FROM_TO = new RegExp(
  `^([^,，。;；]{2,20}?)(?:由|从)\\s?${YEAR_OF}[^,，。;；]{1,14}?${CHANGE_TO}\\s?${YEAR_OF}${QUALIFIER_OF}$`,
);
const TOPIC_ADVERB = new RegExp(`(?:${alt(V.TOPIC_ADVERBS)})+$`);
const CHANGE_AFTER = new RegExp(`^(?:多|余)?\\s?${CHANGE_TO}`);

/** 年产值由1998年不足10亿元增加到35亿多元: a figure a change runs from or to is of the change's topic. */
function changeTopic(norm: string, start: number, end: number): Subject | undefined {
  if (!on(R.change)) return undefined;
  let clause = start;
  while (clause > 0 && !/[,，。;；]/.test(norm[clause - 1] as string)) clause--;
  const head = norm.slice(clause, start);
  const from = CHANGE_FROM.exec(head);
  const m = from && CHANGE_AFTER.test(norm.slice(end)) ? from : CHANGE_FROM_TO.exec(head);
  const topic = m?.[1]?.replace(LEADING_NOISE, '').replace(LEADING_PARTICLE, '').replace(TOPIC_ADVERB, '').trim();
  if (!topic || topic.length < 2) return undefined;
  return withScope({ text: topic, rule: R.change, at: clause, end: start }, norm);
}

/** Places counted by their level alone (3个区, 12个市). */
const LEVEL_NOUNS = new Set([...'省市区县镇乡村州旗']);

/** Units that count people, and a noun phrase that names people (…困难职工子女, …一线职工). */
const PEOPLE_UNITS = new Set(['人', '人次']);
const PERSON_NOUN = new RegExp(`(?:${alt([...V.PERSON_HEADS, '子女', '者'])})$`);
const PERSON_NOUN_IN = new RegExp(alt([...V.PERSON_HEADS, '子女', '者']));
/** A run up to its last noun for people (困难职工子女家中 → 困难职工子女). */
const PERSON_HEAD_RUN = new RegExp(`^.*(?:${alt([...V.PERSON_HEADS, '子女', '者'])})`);
const GIFT_END = new RegExp(`(?:${alt(V.GIFT_NOUNS)})$`);

/** What a share completes before its 的: a rate or a measure reaching it (达标率达到, 实际上岗人数). */
const RATE_REACHED = /(?:率|比例|比重|人数|总数|占比|达到|达|到|为|占|超过|超)了?$/;

/** A phrase before a count that ends in a preposition (…向, …为): who gives, not what is counted. */
const PREPOSITION_END = /[向为给对由]$/;
/** A phrase before a count that ends a list of the counted (顺丰、中通、圆通等): their kind follows. */
const LIST_END = /等$/;

/** The noun a clause after a count leads to with 的 (新加入工会组织的新就业形态劳动者). */
function relativeAfter(norm: string, from: number, longest = 12, clause = RELATIVE_CLAUSE): Phrase | undefined {
  const m = clause.exec(norm.slice(from, from + Math.max(16, longest + 2)));
  if (!m || m[0].length > longest + 1) return undefined;
  const at = from + m[0].length;
  const run = nounRun(norm, at, 14);
  // …坚守岗位的建设者们: the plural is no part of the noun.
  const text = run.text.replace(PLURAL_TAIL, '');
  return text.length >= 2 ? { text, rule: R.subjectAfter, at, end: run.end } : undefined;
}
const RELATIVE_CLAUSE = /^[^,，。;；、:：的\d]{1,14}的/;
const DESCRIBING_OPENER = new RegExp(`^(?:${alt(V.DESCRIBING_OPENERS)})`);

/**
 * 56个跨企业、跨行业、跨地域的创新工作室联盟, 7名包括工会干部在内的三级心理咨询师: when the run after the
 * count is the first of like items (it stops at 、) or opens a describing clause (包括…在内的,
 * 以…为…的), the clause up to 的 describes the noun after it, which is what is counted.
 */
function describedAfter(norm: string, after: Phrase): Phrase | undefined {
  if (!on(R.described) || after.text === '') return undefined;
  const listed = norm[after.end] === '、';
  // 10个重要的创新成果, 7家不同行业的企业: a word of praise, or of kind and what it sorts by, before 的 describes
  // the noun after it (近110处重要点位的…: praise and a noun are what is counted).
  const praised =
    norm[after.end] === '的' &&
    (V.DESCRIBING_ADJECTIVES.includes(after.text) || V.KIND_OPENERS.some((word) => after.text.startsWith(word)));
  if (!listed && !praised && !DESCRIBING_OPENER.test(after.text)) return undefined;
  const described = relativeAfter(norm, after.at, 24, LISTING_CLAUSE);
  // Like modifiers are short (跨企业、跨行业); a list of things (领读活动、线上成果展等…) is not one.
  const items = described ? norm.slice(after.at, described.at - 1).split('、') : [];
  if (!described || (listed && items.some((item) => item.length > 4))) return undefined;
  return { ...described, rule: R.described };
}
const LISTING_CLAUSE = /^[^,，。;；:：的\d]{1,24}的/;

/** What the words after the count name: an honour won (获评X), what the count is (是X), a post taken (担任X). */
function namedAfter(rest: string, unit: string, bare: boolean): Subject | undefined {
  const honour = on(R.honour) ? HONOUR.exec(rest) : null;
  // 获此殊荣, 获得各参赛项目的一、二等奖, 获得表彰: a demonstrative, 的 with no noun after it or a bare
  // award names no honour.
  if (honour?.[1] && !NOT_HONOUR.test(honour[1])) {
    const text = stripQuotes(honour[1]).replace(YEAR_PREFIX, '').replace(HONOUR_TAIL, '');
    // 向…247人颁发济南市五一劳动奖章: what is handed out is an honour only when it is named as one
    // (颁发荣誉证书, 颁发会员证 hand out things).
    const handedOut = V.HANDING_OUT_VERBS.some((w) => rest.startsWith(w)) && !HONOUR_END.test(text);
    if (text.length >= 2 && !handedOut) return { text, rule: R.honour };
  }
  if (!bare || !COUNT_UNITS.has(unit)) return undefined;
  const copula = on(R.copula) ? COPULA.exec(rest) : null;
  if (copula?.[1]) return { text: stripQuotes(copula[1]), rule: R.copula };
  const post = on(R.post) ? POST.exec(rest) : null;
  if (post?.[1]) return { text: stripQuotes(post[1]), rule: R.post };
  return undefined;
}

/**
 * 授予1986个单位全国巾帼文明岗称号, 命名799名个人为全国优秀工会积极分子: after a verb that confers an honour, the
 * kind of recipient counted (单位, 集体, 个人, 同志) is given the honour that follows it, and the honour is what
 * the figure counts. A quoted honour is read as a quote is (授予10个单位“…奖状”).
 */
function conferredHonour(norm: string, start: number, end: number): Subject | undefined {
  if (!on(R.conferred) || !CONFERRING_BEFORE.test(norm.slice(Math.max(0, start - 48), start))) return undefined;
  const m = CONFERRED.exec(norm.slice(end));
  const text = m?.[1]?.replace(HONOUR_TAIL, '');
  return text && text.length >= 3 && HONOUR_END.test(text) ? { text, rule: R.conferred } : undefined;
}
/** Kinds of recipient, and generic words, before the honour they are given (46个单位“…奖状”, 30名同志…称号). */
const BEFORE_HONOUR = [...V.GENERIC_MODIFIERS, ...V.RECIPIENT_KINDS].sort((a, b) => b.length - a.length);
const HONOUR_WORDS = alt([...V.HONOUR_TAILS, ...V.HONOUR_NOUNS]);
// 授予某医院等20个单位…: the recipients named before 等 stand between the verb and the count; …称号、1000名个人…,
// …奖状;授予…: the next item of a list of honours conferred.
const CONFERRING_BEFORE = new RegExp(
  `(?:${alt(V.CONFERRING_VERBS)})了?(?:[^,，。;；“”]{1,40}等)?$|(?:${alt(V.CONFERRING_VERBS)})[^。;；]*(?:${HONOUR_WORDS})[,，]$|(?:${HONOUR_WORDS})、$`,
);
// (5个单位荣获…奖状: a verb of winning after the kind is read as winning is, by the honour rule.)
const CONFERRED = new RegExp(
  `^(?:${alt([...BEFORE_HONOUR, ...V.CONFERRED_RECIPIENTS])})(?:\\([^)]{1,6}\\))?为?(?![(被]|${alt(V.HONOUR_VERBS)})([^“,，。;；、\\s]{3,24}?)(?=荣誉称号|称号|[,，。;；、]|$)`,
);

/** A share or change with no subject of its own is of the figure before it. */
function shareSubject(before: string, previous: MetricDraft | undefined): Subject | undefined {
  if (!on(R.share) || !previous) return undefined;
  if (before === '' || CHANGE_ONLY.test(before)) return { text: previous.subject, rule: R.share };
  // 高技能人才11.5万人,占比30.1%: the share is of the figure before.
  if (SHARE_ONLY.test(before)) return { text: `${previous.subject}${before}`, rule: R.share };
  return undefined;
}

/** 女职工占职工总数的45%, 正式代表321名,约占全校教职工人数的11.4%: what before 占 (or the figure before) is a share of. */
const SHARE_OF = new RegExp(
  `^(.*?)(?:${alt(V.ADVERBS_BEFORE_SHARE)})?[占佔](?!${alt(V.NOUNS_AFTER_ZHAN)})[^占佔]{2,}$`,
);
function shareOfWhole(before: string, previous: MetricDraft | undefined): Subject | undefined {
  const m = on(R.shareOf) ? SHARE_OF.exec(before) : null;
  if (!m) return undefined;
  const own = (m[1] as string).replace(TRAILING_NOISE, '');
  const of = own.length >= 2 ? own : previous && previous.unit !== '%' ? previous.subject : '';
  return of ? { text: `${of}${V.SHARE_WORDS[0]}`, rule: R.shareOf } : undefined;
}

/**
 * 农民工工资纠纷案件占办理民事案件总数的45.9%, 技能劳动者超过2亿人,占7.5亿就业人员的26%: a share whose phrase is
 * the whole and its 的 is of what stands before 占, in its clause, or of the figure told before 占.
 */
function shareOfCounted(
  norm: string,
  start: number,
  before: string,
  previous: MetricDraft | undefined,
): Subject | undefined {
  if (!on(R.shareOf) || !before.endsWith('的')) return undefined;
  const from = Math.max(0, start - 40);
  const m = SHARE_OF.exec(norm.slice(from, start));
  if (!m) return undefined;
  const own = ((m[1] as string).split(/[,，;；。]/).at(-1) ?? '').replace(TRAILING_NOISE, '');
  const told = previous && previous.unit !== '%' && previous.to <= from + (m[1] as string).length;
  const of = own.length >= 2 ? own : told ? previous.subject : '';
  return of ? { text: `${of}${V.SHARE_WORDS[0]}`, rule: R.shareOf } : undefined;
}

/** A place opening the subject (佛山技能人才) is the figure's scope: the subject is what follows it. */
function withScope(phrase: Phrase, norm: string): Subject {
  // 福建上榜全国劳动模范的|有45人, 获评“齐鲁工匠”的|10人: a 的 closing the phrase makes it who or what is counted,
  // and is no part of the noun.
  const text = phrase.text.replace(NOMINAL_DE, '');
  if (!on(R.placeScope) || phrase.quoted || phrase.rule === R.subjectQuoted) return { text, rule: phrase.rule };
  const first = text.length >= 4 ? scanPlaces(text)[0] : undefined;
  // 福州今年约2万人: a time word after the place is no part of what is counted either; when nothing else is
  // left, what is counted is told after the figure.
  const written = first ? text.slice(first.text.length) : '';
  const rest = written.replace(LEADING_NOISE, '');
  if (first?.pos === 0 && written.length >= 2 && rest.length < 2) return { text: '', rule: R.placeScope };
  // 天津总工会会员, 上海市五一劳动奖状: a place naming a body or an honour is part of the name.
  if (first?.pos !== 0 || rest.length < 2 || ORG_SUFFIX.test(rest) || HONOUR_END.test(rest))
    return { text, rule: phrase.rule };
  const subject: Subject = { text: rest, rule: R.placeScope };
  const where = norm.indexOf(first.text, phrase.at);
  if (where >= 0 && where < phrase.end) subject.scopeAt = where;
  return subject;
}

/** The counted noun after the unit: 276名|骨干人才, 30余名|“空中工匠”, 价值5万元的|慰问品. */
function afterPhrase(norm: string, from: number, unit: string): Phrase {
  let i = from;
  // 为期三天两夜: the nights belong to the duration.
  if (unit === '天' && V.NIGHTS_AFTER_DAYS.test(norm.slice(i, i + 4)))
    return { text: '', rule: R.subjectAfter, at: i, end: i };
  // 100名2022年度“安徽工匠”: the year of an honour is not what is counted.
  const year = YEAR_PREFIX.exec(norm.slice(i));
  if (year) i += year[0].length;
  // 2.1亿元人民币: the currency written after 元 is the unit's, not what the money is.
  const currency = unit === '元' ? V.CURRENCIES_AFTER_YUAN.find((w) => norm.startsWith(w, i)) : undefined;
  if (currency) i += currency.length;
  // 115名同志“南昌市五一劳动奖章”, 46个单位“合肥市五一劳动奖状”: a generic word or a kind of recipient before a
  // quoted honour is not what is counted.
  const beforeQuote = BEFORE_HONOUR.find((w) => norm.startsWith(w, i) && norm[i + w.length] === '“');
  if (beforeQuote) i += beforeQuote.length;
  if (norm[i] === '“' && on(R.subjectQuoted)) {
    const close = norm.indexOf('”', i + 1);
    // 授予4人“2011年度…模范企业家”称号: a quote its honour's word closes may run longer than a name.
    const honour = HONOUR_AFTER_QUOTE.test(norm.slice(close + 1, close + 5));
    if (close > i + 1 && close - i <= (honour ? 32 : 16)) {
      // 50位“大国工匠年度人物”候选人: the noun after the quote is part of it; another quote opens a list.
      const tail = norm[close + 1] === '“' ? { text: '', end: close + 1 } : nounRun(norm, close + 1, 6);
      // …“南昌市五一劳动奖章”荣誉称号: 称号 names what kind of thing the quote is, not more of it.
      // “2011年度…模范工人”: the honour's year is not what is counted, as before a quote.
      const text = norm.slice(i + 1, close).replace(YEAR_PREFIX, '') + tail.text.replace(HONOUR_TAIL, '');
      return { text, rule: R.subjectQuoted, at: i, end: tail.end };
    }
  }
  if (!on(R.subjectAfter)) return { text: '', rule: R.subjectAfter, at: i, end: from };
  // 260元至500元不等的救助金, 一百至三百小时不等之培训: a range's spread, then what it measures (after 的 or 之).
  const spread = norm.startsWith(V.SPREAD_WORD, i);
  if (spread) i += V.SPREAD_WORD.length;
  // 价值5万元的慰问品: what the figure measures follows 的 (为期三天的2024年…培训班: after its year too).
  if ((norm[i] === '的' || (spread && norm[i] === '之')) && !isPunct(norm[i + 1])) {
    i++;
    i += YEAR_PREFIX.exec(norm.slice(i))?.[0].length ?? 0;
  }
  // 500余名保安、快递员、网约车司机等新就业形态劳动者: the kind a list sums up with 等 is what is counted.
  // (Only people, and only a kind of people: 等方面, 等项目 sum up no one.)
  // 价值2万元的牛奶、面包等慰问物资: so is the gift a list of goods after a worth's 的 sums up (3000元慰问金及米、
  // 面、油等慰问品 lists a second gift: the money is the 慰问金).
  const people = PEOPLE_UNITS.has(unit);
  const worth = unit === V.MONEY_UNIT && norm[i - 1] === '的';
  const listed = on(R.listedKind) && (people || worth) ? LISTED_BEFORE_KIND.exec(norm.slice(i, i + 60)) : null;
  const kind = listed ? nounRun(norm, i + listed[0].length, 14).text : '';
  if (listed && (people ? PERSON_NOUN_IN.test(kind) : GIFT_END.test(kind))) {
    i += listed[0].length;
    fired(R.listedKind, 'metric', norm.slice(i, i + 8));
  }
  // 100名省内各行业工匠人才: where within the region, then a generic word, are no part of what is counted.
  const within = on(R.withinArea) ? V.WITHIN_AREA.find((w) => norm.startsWith(w, i)) : undefined;
  if (within && norm[i + within.length] !== '的') i += within.length;
  const generic = V.GENERIC_MODIFIERS.find((w) => norm.startsWith(w, i));
  if (generic) i += generic.length;
  i = afterLevels(norm, i);
  if (on(R.origin)) i = afterOrigin(norm, i);
  // 六位来自西藏书法家协会的书法家: where the counted come from, up to its 的, is not what is counted.
  const origin = on(R.origin) ? FROM_CLAUSE.exec(norm.slice(i, i + 24)) : null;
  if (origin) i += origin[0].length;
  let run = nounRun(norm, i, 14);
  // 两场别开生面的相亲交友活动: a description closed by 的, with no noun for what is counted, leaves the noun after it.
  // (10家能源企业的职工: a noun closing the words before 的 is what is counted, whatever opens them.)
  if (norm[run.end] === '的' && DESCRIPTION.test(run.text) && !HEAD_END.test(run.text) && on(R.description)) {
    const noun = nounRun(norm, run.end + 1, 14);
    if (HEAD_END.test(noun.text) || HEAD_NOUN.test(noun.text)) run = noun;
  } else if (people && norm[run.end] === '的' && !PERSON_NOUN_IN.test(run.text) && on(R.peopleAfter)) {
    // 4名新考取大学的困难职工子女: people are counted by a noun for people; words before 的 that name none describe
    // them, and the noun after names them.
    const noun = nounRun(norm, run.end + 1, 14);
    // (…困难职工子女家中: the noun ends at its last word for people.)
    const head = PERSON_HEAD_RUN.exec(noun.text)?.[0];
    if (head) run = { text: head, end: run.end + 1 + head.length };
  }
  // 20个集体长春市工人先锋号: a place after the counted noun opens what it was given, not more of the noun.
  const place = (run.text.length >= 4 ? scanPlaces(run.text) : []).find(
    (p) => p.full && p.pos >= 2 && !run.text.slice(0, p.pos).includes('('),
  );
  if (place) run.text = run.text.slice(0, place.pos);
  // 279名农牧民工朋友们: the plural and the friendly address are no part of what is counted.
  run.text = run.text.replace(PLURAL_TAIL, '');
  // 接过…69.5万余元血汗钱时,, 领到…2万余元辛苦钱后,: the 时 or 后 closing a clause of when is no part of the
  // noun (工时, 课时, 善后 are words).
  const when = isPunct(norm[run.end]) ? V.WHEN_WORDS.find((w) => run.text.endsWith(w)) : undefined;
  if (
    when &&
    run.text.length >= when.length + 2 &&
    !V.WORDS_ENDING_IN_SHI.includes(run.text.slice(-2)) &&
    !V.WORDS_ENDING_IN_HOU.includes(run.text.slice(-2))
  )
    run.text = run.text.slice(0, -when.length);
  // 为期三天的基层工会干部业务培训班: a span of time measures the activity its noun ends in, not the people in it.
  const activity = V.TIME_UNITS.includes(unit) ? ACTIVITY_HEAD.exec(run.text) : null;
  if (activity && on(R.activityHead))
    return { text: activity[0], rule: R.activityHead, at: i, end: i + activity[0].length };
  if (on(R.headNoun)) {
    const head = (THING_UNITS.has(unit) ? BODY_HEAD : HEAD_NOUN).exec(run.text);
    // 20个建筑工程项目部工会: no head noun cut off inside a word (项目 of 项目部); 33名工作室领衔人: nor
    // before a noun for people that closes what people are counted by.
    const rest = head ? run.text.slice(head[0].length) : '';
    const inWord = WORD_GOES_ON.test(rest) || (PEOPLE_UNITS.has(unit) && PERSON_TAIL.test(rest));
    if (head && !inWord && head[0].length >= 2 && head[0].length < run.text.length)
      return { text: head[0], rule: R.headNoun, at: i, end: run.end };
  }
  return { text: run.text, rule: R.subjectAfter, at: i, end: run.end };
}

const DESCRIPTION = new RegExp(`^(?:(?:${alt(DESCRIPTIONS_BEFORE_DE)})$|(?:${alt(DESCRIBING_VERBS)}))`);

/** A short noun for people (领衔人, 负责人, 参与者, 演员) closing a counted noun after its head (not 全员: see the vocabulary). */
const PERSON_TAIL = new RegExp(`^(?!(?:${alt(V.NOT_PERSON_TAILS)})$)\\p{Script=Han}{1,3}[人者员]$`, 'u');

/** Levels listed with 、, 和 or 及 (全国、省、市|劳动模范): two or more. */
const LEVEL_LIST = new RegExp(`^(?:(?:${alt(V.LEVEL_WORDS)})[、和及与]){1,4}(?:${alt(V.LEVEL_WORDS)})(?=[^、和及与])`);

/** Where the noun starts after a list of levels (全国、省、市劳动模范 → 劳动模范). */
function afterLevels(norm: string, from: number): number {
  const m = LEVEL_LIST.exec(norm.slice(from, from + 24));
  return m ? from + m[0].length : from;
}

/**
 * Where the counted people's noun starts after the places they come from and work in:
 * 112名广西在粤|困难农民工, 516名四川、河南、甘肃籍|务工人员, 50名毕节市在穗|务工人员.
 */
const FROM_CLAUSE = /^来自[^,，。;；、]{1,16}?的/;

function afterOrigin(norm: string, from: number): number {
  let i = from;
  let places = 0;
  for (let p = placeStartingAt(norm, i); p; p = placeStartingAt(norm, i)) {
    i += p.text.length;
    places++;
    if (norm[i] !== '、') break;
    i++;
  }
  if (places > 0 && norm[i] === '籍') return i + 1;
  if (norm[i] !== '在') return from;
  // 142名在榕台湾职工: a short name of where they are may open the noun alone (17人在天津市…干活 is what they did).
  const where =
    (places > 0 ? placeStartingAt(norm, i + 1)?.text.length : undefined) ??
    (PLACE_ABBREVIATIONS.has(norm[i + 1] ?? '') ? 1 : 0);
  return where > 0 ? i + 1 + where : from;
}

/** A noun that heads what is counted, at the end of the run: a verb done after it has one character. */
const DONE_AFTER_HEAD = new RegExp(`(?:${alt([...V.HEAD_NOUNS, ...V.PERSON_HEADS, '子女', '朋友'])})$`);

/** The run of words from `from` up to punctuation, a digit or a stop word (参加, 的, 在 …). */
function nounRun(norm: string, from: number, max: number): { text: string; end: number } {
  let i = from;
  let out = '';
  // Characters of brackets inside the noun, which do not count towards its length.
  let bracketed = 0;
  while (i < norm.length && out.length - bracketed < max) {
    const ch = norm[i] as string;
    if (ch === '“' || ch === '”') {
      i++;
      continue;
    }
    // A short bracket inside the counted noun belongs to it: 4个镇(街道)总工会, 10个传统工艺(手艺)大师创新工作室.
    if (ch === '(' && out.length > 0) {
      const close = norm.indexOf(')', i);
      if (close > i && close - i <= 6) {
        out += norm.slice(i, close + 1);
        bracketed += close + 1 - i;
        i = close + 1;
        continue;
      }
    }
    // 10家节能环保、能源管理重点企业: modifiers listed before the head the last item ends in are the noun's
    // (30名劳模、工匠代表 lists people, each headed: the first is kept).
    // (男队17支队伍、女队12支队伍: an item its own count follows is the next figure's, not a modifier.)
    if (ch === '、' && out.length > 0 && !HEAD_END.test(out) && on(R.headNoun)) {
      const next = nounRun(norm, i + 1, max);
      if (HEAD_END.test(next.text) && !CN_COUNT_AT.test(norm.slice(next.end, next.end + 6)) && !isDigit(norm[next.end]))
        return { text: `${out}、${next.text}`, end: next.end };
    }
    if (isPunct(ch) || isDigit(ch)) break;
    // 42家金融机构近万名选手: a count written in numerals starts the next figure.
    if (out.length > 0 && norm[i - 1] !== '第' && CN_COUNT_AT.test(norm.slice(i, i + 6))) break;
    // 2个一等奖: a prize named by its rank is one word (等 there is no "and so on").
    const prize = PRIZE.exec(norm.slice(i, i + 4))?.[0];
    if (prize) {
      out += prize;
      i += prize.length;
      continue;
    }
    const noun = V.NOUNS_OPENING_WITH_STOPS.find((w) => norm.startsWith(w, i));
    if (noun) {
      out += noun;
      i += noun.length;
      continue;
    }
    // 156名市级以上劳模: a level bounded by 以上 goes on to its noun.
    const bound = out.endsWith('级') ? V.LEVEL_BOUNDS.find((w) => norm.startsWith(w, i)) : undefined;
    if (bound) {
      out += bound;
      i += bound.length;
      continue;
    }
    // 14名医务职员表演了舞蹈, 15个(市州)划转了职能: two characters before 了 are a verb done, which ends the noun
    // (an adverb before it too: 22个汽车站都设立了); 了解 is a verb as well.
    if (
      out.length > 0 &&
      norm[i + 2] === '了' &&
      norm[i + 3] !== '解' &&
      isHan(norm[i]) &&
      isHan(norm[i + 1]) &&
      !V.ONE_CHAR_VERBS_DONE.includes(norm[i + 1] as string) &&
      on(R.verbDone)
    ) {
      // 1906名困难职工子女圆了…, 7家单位作了…: a head noun ending here is the noun's, and the verb has one character.
      if (DONE_AFTER_HEAD.test(out + norm[i])) out += norm[i];
      else out = out.replace(ALL_ADVERB_END, '');
      break;
    }
    const stop = wordStartingAt(norm, i, AFTER_STOPS);
    // 获得者, 参与者: a verb before 者 is part of a noun.
    if (stop && norm[i + stop.length] === '者') {
      out += `${stop}者`;
      i += stop.length + 1;
      continue;
    }
    // 帮扶对象, 公共服务: a one-character stop inside a word stops nothing (在 always stops: 在职 is rarely the noun's).
    if (stop?.length === 1 && stop !== '在' && stopInsideWord(norm, i + 1)) {
      out += ch;
      i++;
      continue;
    }
    // 47名在档困难职工, 5名在职职工, 12个在建项目: 在 opening such a word opens the noun; inside the
    // noun (两名大学在读子女) a few of them go on to it too.
    if (
      stop === '在' &&
      (out.length === 0 ? V.STATUS_WORDS_WITH_ZAI : V.STATUS_WORDS_INSIDE_NOUNS).includes(norm.slice(i, i + 2))
    ) {
      out += norm.slice(i, i + 2);
      i += 2;
      continue;
    }
    // 4名各领域权威人士: 各 opening the noun is skipped; after it (8个街道各配置) it ends the noun, unless it opens a
    // word of every kind or level (48名在职各级劳模代表).
    const every = stop === '各' && out.length > 0 ? V.GENERIC_MODIFIERS.find((w) => norm.startsWith(w, i)) : undefined;
    if (every) {
      i += every.length;
      continue;
    }
    if (stop === '各' && out.length === 0) {
      i++;
      continue;
    }
    // 50余名困难职工及农民工子女: people joined to people are counted together (not 职工与企业签订…).
    if (stop && V.PEOPLE_JOINS.includes(stop) && PERSON_NOUN.test(out)) {
      const joined = nounRun(norm, i + 1, max);
      if (PERSON_NOUN.test(joined.text)) return { text: `${out}${stop}${joined.text}`, end: joined.end };
    }
    if (stop) {
      // 9个参赛项目, 120名参训学员: a verb that forms a noun with what follows opens the noun.
      if (out.length > 0 || !NOUN_AFTER_VERB.test(norm.slice(i + stop.length))) break;
      out += stop;
      i += stop.length;
      continue;
    }
    out += ch;
    i++;
  }
  // 13家国有煤炭集团近400名选手: a word that opens the next figure (近, 约, 共) is not the noun's.
  if (isDigit(norm[i])) out = out.replace(TRAILING_NOISE, '');
  return { text: out, end: i };
}

/** The plural after people counted, with the friendly 朋友 before it (职工朋友们). */
const PLURAL_TAIL = new RegExp(`(?<=..)(?:${alt(V.PLURAL_TAILS)})$`);

/** A count in Chinese numerals (近万名, 三百多人, 两个): another figure, not more of a noun. */
const CN_COUNT_AT = /^(?:近|约|逾|超)?[一二两三四五六七八九十百千万]+(?:余|多)?[名人个家位项次场]/;

/** A prize or an honour named by its rank (一等奖, 特等奖, 特等劳动模范). */
const PRIZE = /^(?:[一二三四五六七八九十特]等奖|特等)/;

/** Magnitudes written after a number (62.93万职工): a previous figure ends there even before its unit. */
const MAGNITUDE_CHARS = new Set(['万', '亿', '千', '百']);

/** The mark of an age after its figure (30岁以下). */
const AGE_MARK = '岁';
/** What joins the two figures of a band (25至44岁, 18-35岁); the hyphen last, for a character class. */
const RANGE_MARKS = '至~—–-';
/** What a subject does not open with: no figure, no mark, unless an age's (30岁以下职工, 25至44岁受访者). */
const LEADING_NON_HAN = new RegExp(`^(?!\\d+(?:[${RANGE_MARKS}]\\d+)?${AGE_MARK})[^\\p{Script=Han}]+`, 'u');

/** Where the phrase before a figure starts: after punctuation, a previous figure, or 30 characters back. */
function phraseStart(norm: string, to: number): number {
  let a = to;
  while (a > 0 && to - a < 30) {
    const ch = norm[a - 1] as string;
    // 30岁以下职工60人, 30岁-40岁职工102人: an age's figure is the phrase's own.
    if (isDigit(ch) && norm[a] === AGE_MARK && on(R.ageBand)) {
      while (a > 0 && isDigit(norm[a - 1])) a--;
      // 25至44岁, 18-35岁: the band's lower figure too.
      if (RANGE_MARKS.includes(norm[a - 1] ?? '') && isDigit(norm[a - 2])) {
        a--;
        while (a > 0 && isDigit(norm[a - 1])) a--;
      }
      continue;
    }
    if (/[,，。;；:：!！?？、…〕】]/.test(ch) || isDigit(ch)) break;
    // A previous figure ends the phrase too (22个部门和|4个镇…, 32 家|优胜单位).
    let k = a - 2;
    // 50余名…, 54万名…: a previous figure's 余 or 多, or its 万, stands between its number and its unit.
    while (
      k >= 0 &&
      (norm[k] === ' ' || norm[k] === '余' || norm[k] === '多' || MAGNITUDE_CHARS.has(norm[k] as string))
    )
      k--;
    if (isDigit(norm[k]) && (UNIT_CHARS.has(ch) || MAGNITUDE_CHARS.has(ch))) break;
    a--;
  }
  return a;
}

/** Where the last 等 closing a list stands in `phrase` (-1 when none): not one inside a word (等级认定, 高等院校). */
function etcAt(phrase: string): number {
  for (let at = phrase.lastIndexOf('等'); at >= 0; at = phrase.lastIndexOf('等', at - 1)) {
    if (!V.WORDS_WITH_DENG.has(phrase.slice(at, at + 2)) && !V.WORDS_WITH_DENG.has(phrase.slice(at - 1, at + 1)))
      return at;
    if (at === 0) break;
  }
  return -1;
}

/** The subject read before the number: 开展|宣讲活动|75场, 全市技能人才总量|达|71万人. */
function beforePhrase(norm: string, to: number): Phrase {
  let a = listStart(norm, phraseStart(norm, to), to);
  // 9月份城镇调查失业率|5%: the phrase broke at a date's figure; its month is when, not what.
  if (MONTH_FIGURE.test(norm.slice(Math.max(0, a - 2), a)) && on(R.monthBefore))
    a += MONTH_OF_DATE.exec(norm.slice(a, to))?.[0].length ?? 0;
  // 职工达 4000 余人: a space before the number is no part of the phrase.
  let phrase = norm.slice(a, to).trimEnd();
  // 1998年时职工平均月工资, 2021年度烟台市首席技师: the year ended the phrase before, and its 时 (底, 末, 初, 度) is
  // the year's.
  if (YEAR_BEFORE.test(norm.slice(Math.max(0, a - 6), a))) phrase = phrase.replace(YEAR_TAIL, '');
  const etc = etcAt(phrase);
  if (etc >= 0 && etc < phrase.length - 2) phrase = phrase.slice(etc + 1);
  // 最低工资标准为每月|800元: the noise before what the figure is reckoned per is cut, and the per kept.
  const per = PER_TAIL.exec(phrase)?.[0] ?? '';
  const cut = cutTrailing(phrase.slice(0, phrase.length - per.length));
  // (集卡中心不仅每天3次: a negation left bare says the per is the phrase's own; keep it whole.)
  phrase = per && cut.endsWith('不') ? cutTrailing(phrase) : cut + per;
  // 活动共开展|3场: a counting verb totalled right before the figure follows what it counts.
  const verb = wordEndingAt(phrase, phrase.length, COUNT_VERBS, 3);
  const total = verb ? TOTALLING_END.exec(phrase.slice(0, -verb.length)) : null;
  // (…大赛截至目前已成功举办|四届: what stood before the adverbs is cut as before a figure.)
  if (verb && total && phrase.length - verb.length - total[0].length >= 2)
    phrase = cutTrailing(phrase.slice(0, -verb.length - total[0].length));
  phrase = phrase.replace(LEADING_NOISE, '');
  if (on(R.subjectBefore)) phrase = afterLastCountVerb(phrase);
  // 全国总工会支持建设资金, 兰州市总工会补助资金: who pays is no part of what funds are for.
  if (on(R.funds)) phrase = phrase.replace(PAYER_BEFORE_FUNDS, '');
  phrase = phrase.replace(LEADING_NOISE, '').replace(LEADING_PARTICLE, '');
  // 来自非公有制经济的获奖对象: the head of the phrase follows its last 的.
  const de = phrase.lastIndexOf('的');
  // (观看直播的人数: a bare measure after 的 needs the clause before it to say whose it is.)
  if (on(R.afterDe) && de >= 0 && phrase.length - de - 1 >= 2 && !BARE_MEASURE.test(phrase.slice(de + 1)))
    phrase = phrase.slice(de + 1);
  // A bracket or figure left over from a column break or a comparison (前(2020年)增长) is no subject.
  // 7万元(捐民政1万元): a bracket opened before the figure starts what it counts; 工会工作者(30人): one
  // opened right before it holds the count of what comes before.
  const open = phrase.lastIndexOf('(');
  if (open >= 0 && !phrase.includes(')', open))
    phrase = hasHan(phrase.slice(open + 1)) ? phrase.slice(open + 1) : phrase.slice(0, open);
  let text = bookTitled(
    stripQuotes(phrase.replace(/\([^)]*\)$/, ''))
      .trim()
      .replace(LEADING_NON_HAN, ''),
  );
  if (!on(R.subjectBefore)) text = '';
  return { text, rule: R.subjectBefore, at: a, end: to, quoted: /^[“「]/.test(phrase) };
}

/**
 * 发出《工会劳动法律监督提示函》1088份: a document's title right before its count is what is counted, without
 * the verb before it or its marks; a title cut open by a figure inside it (《…20题》宣传册300份) leaves the noun
 * after it, or the title's end.
 */
function bookTitled(text: string): string {
  const whole = BOOK_TITLE_END.exec(text);
  if (whole) return whole[1] as string;
  const close = text.lastIndexOf('》');
  if (close < 0 || text.includes('《')) return text;
  const after = text.slice(close + 1);
  return after.length >= 2 ? after : text.slice(0, close);
}
const BOOK_TITLE_END = /《([^《》]{2,30})》$/;

/** A 的 closing a phrase of two characters or more before it. */
const NOMINAL_DE = /(?<=\p{Script=Han}{2})的$/u;

/** A date's month (and its part) right after its figure (9月份, 6月底, 1—6月), or months counted (前9个月). */
const MONTH_OF_DATE = new RegExp(`^月[份分]?(?:${alt(V.MONTH_PARTS)})?`);
/** The figure a month's phrase broke at (9|月份, 前9个|月). */
const MONTH_FIGURE = /\d个?$/;
/** The words that belong to the verb before a figure cut off a phrase's end (…标准为, …占到, …同比增长). */
const cutTrailing = (phrase: string): string =>
  phrase.replace(TRAILING_NOISE, '').replace(ALL_ADVERB_END, '').replace(CHANGE_TAIL, '');
// 职工技能大赛已经连续举办|12届, 读书月活动至今已成功举办|15届: how long and how well it was held, as a total.
const TOTALLING_END = new RegExp(`(?:${alt(V.TOTALLING_ADVERBS)})+$`);
const PER_TAIL = new RegExp(`(?:${alt(V.PER_WORDS)})+$`);
// (中央财政专项资金: the treasury's funds are a kind of funds, and keep it.)
const PAYER_BEFORE_FUNDS = new RegExp(
  `^[\\u4e00-\\u9fff]{0,12}(?:${alt(V.PAYER_ENDS.filter((w) => w !== V.TREASURY))})(?=[\\u4e00-\\u9fff]{2,}(?:${alt(V.FUNDS_WORDS)})$)`,
);
/** A payer, then perhaps how or when, then the verb of giving (市总工会先后投入, 中国职工发展基金会拨付). */
const FUNDING_END = new RegExp(
  `(?:${alt(V.PAYER_ENDS)})(?:${alt(V.FUNDING_ADVERBS)}){0,3}(?:${alt(V.FUNDING_VERBS)})了?$`,
);
/** 招生人数同比增加|30人, 会员人数比去年增加|500人: the change told before a figure is no part of its subject. */
const CHANGE_TAIL = new RegExp(
  `(?<=.{2})(?:同比|环比|(?:比|较)(?:${alt(V.PERIODS_COMPARED)})(?:同期)?)?(?:${alt(V.CHANGE_WORDS)})了?$`,
);
const ALL_ADVERB_END = new RegExp(`(?<=[^人])(?:${alt(V.ALL_ADVERBS)})$`);

/**
 * 正式代表、特邀代表、列席代表共计28人: like items listed with 、 before a total are all what it
 * counts, so the phrase opens with the first (without a total, 客户经理90人 counts the last alone).
 */
function listStart(norm: string, a: number, to: number): number {
  if (norm[a - 1] !== '、') return a;
  if (!TOTAL_END.test(norm.slice(a, to).trimEnd())) return sharedHeadStart(norm, a);
  if (!on(R.listTotal)) return a;
  let start = a;
  while (norm[start - 1] === '、') {
    let s = start - 1;
    while (s > 0 && !/[,，。;；:：!！?？、\d()（）“”]/.test(norm[s - 1] as string) && start - s < 12) s--;
    if (s === start - 1) break;
    start = s;
  }
  return start;
}
/**
 * 竞赛金、银、铜奖各7人, 承办省、市各类竞赛12场次, 国家、省、市级劳模: items before the last that share its head
 * are counted with it: one character each (金、银), or levels before a last item that opens with a level too.
 */
function sharedHeadStart(norm: string, a: number): number {
  if (!on(R.sharedHead)) return a;
  const levelled = wordStartingAt(norm, a, LEVELS) !== undefined;
  let start = a;
  let single = false;
  while (norm[start - 1] === '、') {
    const level = levelled ? wordEndingAt(norm, start - 1, LEVELS) : undefined;
    if (level) start -= 1 + level.length;
    else if (isHan(norm[start - 2]) && (single || norm[start - 3] === '、')) {
      start -= 2;
      single = true;
    } else break;
  }
  return start;
}
const LEVELS = new Set(V.LEVEL_WORDS);

const YEAR_BEFORE = /\d\s?年$/;
const YEAR_TAIL = /^[时底末初度]/;

/** Cuts after the last counting verb, when a noun remains (开展宣讲活动 → 宣讲活动). */
function afterLastCountVerb(phrase: string): string {
  for (let end = phrase.length - 1; end >= 1; end--) {
    const verb = wordEndingAt(phrase, end, COUNT_VERBS, 3);
    if (!verb || phrase.length - end < 2) continue;
    // 五一劳动奖章获得者, 活动参与者: a verb before 者 is part of a noun for people, as after a count.
    if (phrase[end] === PERSON_SUFFIX && on(R.verbBeforeZhe)) continue;
    // 公有制, 所有: 有 inside a word is no verb.
    if (verb === '有' && V.NOT_VERB_YOU.includes(phrase[end - 2] ?? '')) continue;
    // 有效答卷, 有限公司: 有 opening a word is no verb either.
    if (verb === '有' && V.NOT_VERB_YOU_AFTER.includes(phrase[end] ?? '')) continue;
    // 职工参与人数: a bare measure (人数, 总量) needs who or what it measures, so keep the phrase.
    if (BARE_MEASURE.test(phrase.slice(end))) continue;
    // 救助对象, 帮扶对象, 帮扶资金: a verb whose object noun follows makes a noun with it (not one that moves
    // the funds: 筹集资金 counts the funds).
    if (V.NOUNS_AFTER_VERBS.some((n) => phrase.startsWith(n, end)) && !V.FUNDING_VERBS.includes(verb)) continue;
    // 家政服务业, 保安服务公司, 技能人才培训中心: a trade or a body the verb names.
    if (verb.length >= 2 && tradeNounAt(phrase, end) && on(R.tradeNoun)) continue;
    // 慰问金和慰问品: a gift the verb names (not 发放金秋助学金, 评出金奖: the 金 opens another word).
    if (GIFT_AFTER_VERB.test(phrase.slice(end)) && on(R.giftNoun)) continue;
    // 惠及职工, 慰问职工: a verb that says which people are counted stays with them.
    if (on(R.peopleVerb) && PEOPLE_VERBS.has(verb) && PERSON_NOUN.test(phrase.slice(end)))
      return phrase.slice(end - verb.length);
    return phrase.slice(end);
  }
  return phrase;
}

/** 者 after a verb makes a noun for people (获得者, 参与者). */
const PERSON_SUFFIX = '者';

const tradeNounAt = (phrase: string, at: number): boolean =>
  V.TRADE_NOUNS_AFTER_VERBS.some((n) => phrase.startsWith(n, at)) &&
  !V.NOT_TRADE_NOUNS.some((n) => phrase.startsWith(n, at));

const GIFT_AFTER_VERB = new RegExp(`^(?:${alt(V.GIFTS_AFTER_VERBS)})(?:$|${alt(V.GIFT_LIST_JOINS)})`);

/** The last 全区/全市/我市 … before `at`: the level of place it means and where it stands. */
function areaWordBefore(norm: string, at: number): { level: Place['level']; word: string; pos: number } | undefined {
  let best: { level: Place['level']; word: string; pos: number } | undefined;
  for (const [word, level] of V.WHOLE_AREA) {
    const pos = norm.lastIndexOf(word, at - word.length);
    if (pos < 0 || (best && pos < best.pos)) continue;
    const after = norm.slice(pos + word.length);
    // 全市总工会 names a body, 全省首个 ranks something; a 全区 before a semicolon scopes another clause.
    if (ORG_SUFFIX.test(after) || RANK_AFTER_AREA.test(after) || /[;；]/.test(norm.slice(pos, at))) continue;
    best = { level, word, pos };
  }
  return best;
}

/** The place 全区 or 全市 means at a point of the article; 全区 in an autonomous region's article is the region. */
function areaPlace(ctx: ArticleContext, level: Place['level'], sentence: number, pos: number): Place | undefined {
  const place = recentPlace(ctx, level, sentence, pos);
  if (place || level !== 'county') return place;
  const region = recentPlace(ctx, 'province', sentence, pos);
  return region?.name.endsWith('区') ? region : undefined;
}

/**
 * What a figure describes: the place its subject opened with (佛山技能人才), the place 全区 or
 * 全市 before it means, the organization named last before it, else the place the sentence
 * names or the last one named before it.
 *
 * @example
 * metricScope(draft, ctx, orgs).place?.name // 全区技能人才… in a 南湖区 article → '南湖区'
 */
export function metricScope(
  m: MetricDraft,
  ctx: ArticleContext,
  orgs: readonly OrgMention[],
): { org?: OrgMention; place?: Place } {
  const s = m.sentence;
  if (m.scopeAt !== undefined) {
    const named = ctx.mentions.find((p) => p.sentence === s.index && p.pos === m.scopeAt);
    if (named) return { place: named.place };
  }
  const org = orgs.filter((o) => o.sentence === s && o.to <= m.from).sort((a, b) => b.to - a.to)[0];
  const area = on(R.wholeArea) ? areaWordBefore(s.norm, m.from) : undefined;
  if (area && (!org || area.pos >= org.to)) {
    const place = areaPlace(ctx, area.level, s.index, area.pos);
    if (place) {
      fired(R.wholeArea, 'metric', m.text);
      return { place };
    }
  }
  if (org) return { org };
  const place = placeAt(ctx, s.index);
  return place ? { place } : {};
}
