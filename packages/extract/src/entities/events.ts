import type { EventPart, EventType } from '@reportgraph/contract';
import { foldText } from '@reportgraph/contract';
import { charSet, hasHan, inCharSet } from '../page/chars.ts';
import type { Sentence } from '../page/sentences.ts';
import { enclosureAt, stripQuotes, wordEndingAt } from '../page/spans.ts';
import { matchesOf } from '../regex-matches.ts';
import { defineRules, fired, on, type Rule } from '../rules/registry.ts';
import { BEFORE_DATELINE_BYLINE, DATELINE_SOURCE, OUTLET_DATELINE_SOURCE } from '../vocab/bylines.ts';
import {
  ABBREVIATION_MARKS,
  ABOUT_EVENT_NOUNS,
  AGENDA_ADVERBS,
  AGENDA_WORDS,
  AGREEMENT_NOUNS,
  ALSO_WORDS,
  ANAPHORS,
  APPROXIMATE_WORDS,
  ASKING_VERBS,
  ATTENDING_VERBS,
  BARE_TITLES,
  BASIS_OPENERS,
  BENEFICIARY_PREPOSITIONS,
  BRINGING_VERBS,
  CALLER_GROUPS,
  CALLER_TRAILERS,
  CALLER_TRAILERS_BEFORE_COMMA,
  CALLING_ON_VERBS,
  CALLING_VERBS,
  CAMPAIGN_VERBS,
  CARRYING_OUT_VERBS,
  CEREMONY_ATTENDING,
  CEREMONY_ENDINGS,
  CHRONICLE_WORDS,
  CLOSING_NOUNS,
  COMPLIANCE_VERBS,
  CONCURRENT_POST_BODIES,
  CONGRESS_NOUNS,
  CONTEST_NOUNS,
  CONVENING_VERBS,
  COPULA_DESCRIPTIVE_OPENERS,
  COUNCIL_NOUNS,
  CREDIT_OPENING,
  CREDIT_VERBS,
  CURTAIN_VERBS,
  DATELINE_MARKS,
  DAY_PARTS,
  DECIDING_WORDS,
  DELEGATION_HEADS,
  DELEGATION_SENDERS,
  DELEGATION_VERBS,
  DELEGATIONS,
  DELIVERY_VERBS,
  DESCRIPTIVE_OPENERS,
  DIRECTIVE_SUBJECTS,
  DOCUMENT_KINDS,
  DURATION_UNITS,
  EVENT_COUNTERS,
  EVENT_NOUNS,
  EXHIBITION_NOUNS,
  FESTIVAL_NOUNS,
  FOLLOWED_EVENT_NOUNS,
  FORMAL_VENUE_MARK,
  FOUNDING_VERBS,
  FRAME_NOT_AFTER_SHANG,
  FRAME_NOT_AFTER_ZHONG,
  FUTURE_OPENERS,
  FUTURE_WORDS,
  GENERIC_SITES,
  GUEST_TRAILERS,
  HELD_AFTER_VERBS,
  HELD_FORMS,
  HELD_ITSELF_VERBS,
  HIRED_VENUE_MARK,
  HOLDING_ADVERBS,
  HOLDING_NOT_IN_TITLE,
  HOLDING_VERBS,
  HONOUR_DOCUMENT_VERBS,
  HONOUR_REQUESTS,
  HONOURED_MARKS,
  HONOURING_MEETING_WORDS,
  HONOURING_VERBS,
  HOST_TRAVEL,
  INVITING_VERBS,
  ISSUING_OFFICES,
  LAUNCH_VERBS,
  LAUNCHED_SERVICES,
  LAUNCHING_VERBS,
  LEADING_WORDS,
  LEARNING_VERBS,
  LEVELS_LISTED_SHORT,
  LIST_NOUNS,
  LISTED_HONOURS,
  LOCATION_TRAILERS,
  LOOKING_BACK_WORDS,
  MANNER_WORDS,
  MEETING_ANAPHORS,
  MEETINGS_ASKING,
  MULTI_EVENT_NOUNS,
  NAME_MARKERS,
  NATIONAL_SCOPE,
  NOT_AFTER_TITLE,
  NOT_GUESTS,
  NOT_HELD_WORDS,
  NOT_PLACE_ENDINGS,
  NOUNS_ENDING_IN_STOPS,
  OPENING_CEREMONIES,
  OTHER_OBJECT_VERBS,
  OWN_PLACES,
  PART_WORDS,
  PARTY_LEADING_VERBS,
  PLAN_OPENING_WORDS,
  PLURALS,
  PURPOSE_ADVERBS,
  PURPOSE_CLAUSE_VERBS,
  PURPOSE_OPENERS,
  PURPOSE_VERBS,
  QUOTED_PLACE_ENDS,
  RECEIVING_VERBS,
  RECURRING_WORDS,
  RELATIVE_DAYS,
  SAME_DAY_WORDS,
  SAYING_VERBS,
  SCHEDULING_VERBS,
  SCOPE_PREFIXES,
  SERIES_WORDS,
  SHORT_NAME_NOTE,
  SHORT_PLACE_TRAVEL,
  SIGNING_ADVERBS,
  SIGNING_GROUNDS,
  SIGNING_SERIES,
  SIGNING_VERBS,
  SINCE_AFTER,
  SINCE_OPENED,
  SINCE_OPENERS,
  SPAN_STARTS,
  SPEECH_OF_VISIT,
  SPONSOR_MARK,
  SPONSOR_VERBS,
  STATE_WORDS,
  STUDIED_MARK,
  THEME_WORD,
  THEN_WORDS,
  TIME_OF_VISIT,
  TITLE_FILLERS,
  TITLE_JOINER,
  TITLE_OPENING_VERBS,
  TITLE_STOPS,
  TITLE_WORDS_OPENING_WITH_STOPS,
  TODAY_WORDS,
  TRAVEL_WORDS,
  TRIP_OPENERS,
  TYPE_HINTS,
  UMBRELLA_NOUNS,
  UNNAMED_CALLERS,
  UNVEILED_SITE_OPENERS,
  UNVEILED_SITES,
  UNVEILING_VERBS,
  VAGUE_DAYS,
  VAGUE_WORDS,
  VENUE_MARK,
  VENUE_MARKS,
  VERBS_NAMING_DEPARTMENTS,
  VISIT_MANNERS,
  VISIT_NOUN_ENDINGS,
  VISIT_OPENERS,
  VISIT_TALK_NOUNS,
  VISIT_VERBS,
  VISITED_OBJECT_OPENER,
  WORDS_ENDING_IN_ZAI,
  YEAR_LONG,
  YESTERDAY,
} from '../vocab/events.ts';
import { HONOUR_TITLES } from '../vocab/honours.ts';
import { Lexicon } from '../vocab/lexicon.ts';
import { stopInsideWord } from '../vocab/org-stops.ts';
import { PLACE_ABBREVIATIONS, SHORT_PLACE_NAMES } from '../vocab/place-abbreviations.ts';
import { UNIT_ENDS } from '../vocab/titles.ts';
import { BRACKETED_DAY, findDate, findDayOnly, findGluedDate, GLOSSED_VAGUE_DAY, hasRelativeDate } from './dates.ts';
import type { OrgMention } from './organizations.ts';
import type { PersonDraft } from './people.ts';

const R = defineRules({
  gluedDate: {
    id: 'events.glued-date',
    does: 'a date whose 月 the source lost (428日 for 4月28日) dates the event, by the page’s date when it reads two ways',
    example: 'r1_04: 中国青年网石家庄428日电428日,…开展了…劳动竞赛',
    counterexample: 'made up: 活动历时10日 (a span of days, not a date)',
  },
  reportedHeldOpening: {
    id: 'events.reported-held-opening',
    does: 'when and where the event the news was learned at was held open no part of its title (从近日召开的…大会上获悉)',
    example: 'outside pages: 记者从近日召开的兰州市工会第十七次代表大会上了解到; 从今天在京举行的“…”新闻发布会上获悉',
    counterexample: '从全省工会…工作会议上获悉 (no clause of holding before the title)',
  },
  sponsorsAfter: {
    id: 'events.sponsors-after',
    does: 'a later sentence naming sponsors (本次比赛由市总工会、市体育局主办) hosts the event told before it',
    example: 'outside pages: …篮球赛在市体育馆开幕…本次比赛由市总工会、市体育局主办; 本次竞赛由省总工会主办',
    counterexample: 'a sentence that tells an event of its own (由…主办的…大赛在…举行): its sponsors are read with it',
  },
  concurrentPost: {
    id: 'events.concurrent-post',
    does: 'a congress or consultative conference before a union in its leader’s chain of offices is the leader’s other post, not the event’s host',
    example:
      'outside pages: 海南省人大常委会副主任、省总工会主席甲率…慰问团…开展送温暖活动; 罗湖区人大常委会…副主任、区总工会…主席甲…召开座谈会',
    counterexample: 'made up: 区人大常委会与区总工会联合开展… (both bodies named as hosts)',
  },
  namedPeriod: {
    id: 'events.named-period',
    does: 'a date (or span) the sentence names as a period (…是第21个宣传周) dates no event: a later date in the sentence does, and 近日 there leaves the event undated',
    example:
      'outside pages of two sites: 今年4月25日至5月1日是第21个…宣传周,4月27日上午,某区总工会联合…开展… (04-27); 2023年4月25日—5月1日是第21个…宣传周,近日,某市城管局…开展… (undated)',
    counterexample: '5月1日是国际劳动节,市总工会举行…大会 (no other day told: the named day is kept)',
  },
  learnedDay: {
    id: 'events.learned-day',
    does: 'a date before 记者从…获悉 is the day the news was learned: a later date or day in the news dates the event, a vague one (日前) leaves it undated',
    example:
      'outside pages: 4月23日,记者从某市总工会获悉,…大赛日前在蓉落幕 (undated); 8月23日,某报记者从省能源局获悉,…大赛于21日在阳泉开幕 (08-21)',
    counterexample: '12月24日,记者从市总工会获悉,市总工会正式启动了…活动 (nothing else dates it: the day stays)',
  },
  dayAfterDateline: {
    id: 'events.day-after-dateline',
    does: 'a day written alone right after a dateline (and its byline) dates the news, in the dateline’s month or the one before',
    example:
      'outside pages: 福州新闻网3月30日讯(福州日报记者 甲)28日,…启动仪式在福州机场举行; 4月24日讯(全媒体记者 甲)24日,…开班式',
    counterexample: 'r4_02: 新华社北京2月22日电 …会议2月21日至22日在北京召开 (a full date after the dateline wins)',
  },
  dayInDatelineSentence: {
    id: 'events.day-in-dateline-sentence',
    does: 'a day written alone further on in a dateline’s sentence dates the news (not one after the dateline’s day), and 近日 or 日前 there leaves it undated',
    example:
      'outside pages: 中国网武汉3月4日讯 …竞赛启动大会3日上午在…召开 (03-03); 中新网合肥11月13日电 …交流活动近日在…举办 (undated)',
    counterexample: '…12月13日讯 …将于12月14日在日照开幕 (a full date later: it dates the event)',
  },
  listedLevels: {
    id: 'events.listed-levels',
    does: 'levels listed by one character each (区、街, 省、市、县) stay in the title they open',
    example:
      'outside pages of two Shenzhen district unions: 召开2018年第一次区、街联席会议; 召开2024年第二次区、街主席联席会',
    counterexample: '龙华区、福田区总工会联合举办 (two bodies listed, not levels)',
  },
  studiedBy: {
    id: 'events.studied-by',
    does: 'who studies, between the verb holding an event and the verb of studying that opens its title, is part of the title (召开…劳模工匠学习贯彻…座谈会)',
    example: 'outside pages: 省总工会召开全省工会系统、劳模工匠学习贯彻习近平总书记重要指示精神座谈会',
    counterexample: '召开会议,学习贯彻… (a break between them: no title across it)',
  },
  scopeCampaigns: {
    id: 'events.scope-campaigns',
    does: 'a campaign verb right after a scope word (全国推进…, 全市推进…) opens the name of the meeting it titles, not a clause before it',
    example:
      'outside pages of several sites: 全国推进产业工人队伍建设改革工作电视电话会议在京召开; 全市推进产业工人队伍建设改革协调领导小组第二次会议暨工作推进会召开',
    counterexample: '大力推进“求学圆梦行动” (no scope word before the verb: the title starts after it)',
  },
  beneficiaryInTitle: {
    id: 'events.beneficiary-in-title',
    does: 'whom an event is for, written with 为 or 向 right after the verb holding it, is part of its title (开展为一线职工“送清凉”活动)',
    example:
      'outside pages of several sites: 开展为一线职工“送清凉”活动; 开展为环卫工人送温暖活动; 开展向灾区捐款捐物活动',
    counterexample:
      '为一线职工开展“送清凉”活动 (the beneficiary before the verb: the title starts after it, as before)',
  },
  atTheMeeting: {
    id: 'events.at-the-meeting',
    does: 'an undated ceremony in a sentence that opens with what the meeting told before did for whom (会议为…授牌, 会上,向…授旗) is on the meeting’s day',
    example: 'corpus 000: 10月29日…推进会…会议为劳模工匠服务队授旗,并为佛山市工匠学院授牌',
    counterexample: '会议传达了…全委会精神 (an event the meeting passed on, held on another day)',
  },
  listedInConvened: {
    id: 'events.listed-in-convened',
    does: 'like items listed with 、 between the verb convening a meeting and its noun are all its title’s (召开…职工、会员大会)',
    example: 'outside pages of two sites: 召开第一届第一次职工、会员大会; 召开了…2015年度工会、老干、计生工作会',
    counterexample: '开展慰问、座谈等活动 (a verb of carrying out lists activities, not one event’s title)',
  },
  honouringMeeting: {
    id: 'events.honouring-meeting',
    does: 'a meeting held to honour is a ceremony (…暨表彰劳动模范大会, 表扬大会, 授牌大会)',
    example: 'outside pages: 湖南省庆祝“五一”国际劳动节暨表彰劳模和优秀工匠大会; 南投县总工会…表扬大会; 授牌大会',
    counterexample: '学习…表彰大会精神座谈会 (a meeting that studies an honouring)',
  },
  heldInShort: {
    id: 'events.held-in-short',
    does: 'an event held in a place written by its one-character short name (在京召开) is held in that place',
    example: 'outside pages: 全国总工会7月10日在京召开…; 颁奖典礼在邕隆重举行; 大赛在蓉落幕',
    counterexample: 'outside pages: 在京务工人员 (no event held: a place of work)',
  },
  locationTrailer: {
    id: 'events.location-trailer',
    does: 'how or what for, written between the place and the verb, is no part of the place (在京隆重召开, 到…文化宫学习考察)',
    example: 'outside pages: 在京隆重召开, 在邕隆重举行; …物流有限公司热闹开启; 到昆明市工人文化宫学习考察',
    counterexample: '在广州市工人文化宫举行 (the place ends at the verb)',
  },
  heldFrame: {
    id: 'events.held-frame',
    does: 'a frame (在…上/中) whose clause holds it (…举行的, …召开的) is an event even under a plain title',
    example:
      'outside pages: 在28日交通运输部举行的专题新闻发布会上; 在8月8日举行的开班式上; 在随后召开的文化体育活动座谈会上',
    counterexample: 'outside pages: 在工作会议上 (no clause holds it: too bare to name one)',
  },
  heldBefore: {
    id: 'events.held-before',
    does: 'a title ending in an event noun right after a verb of holding or taking part',
    example: 'r2_05: 淳安县总工会在下姜村举办了2025年工会干部业务培训班; 000: 召开推进会',
    counterexample: 'r1_12: 开展“四技、五小、两比”等群众性创新创造活动 (a category after 等, vetoed as plural)',
  },
  heldAfter: {
    id: 'events.held-after',
    does: 'a title followed by its date, 在 a place, an adverb and a verb of holding (…在北京召开)',
    example: 'r4_02: …第一次全体会议2月21日至22日在北京召开; r1_13: …代表大会完成各项议程在银川闭幕',
    counterexample: 'r1_07: 为保障…职工代表大会顺利召开 (a purpose clause, vetoed)',
  },
  scene: {
    id: 'events.scene',
    does: 'a title a clause opens with, 在…上 and a comma: the occasion of what the sentence tells was held',
    example:
      '在克拉玛依市第五届劳动模范表彰大会上,55名劳动者…; 在中国农林水利气象工会第五届全国委员会第一次全体会议上,…当选',
    counterexample:
      'r3_15: 习近平总书记在全国劳模和先进工作者表彰大会上的重要讲话精神 (a speech referred to, not the scene)',
  },
  listed: {
    id: 'events.listed',
    does: 'a title listed with 、 right after a held one is held too',
    example: '001: 举办高明区“虎军杯”工作创新大赛、高明创意创新创业大赛等',
    counterexample:
      'r3_09: 组织开展了读书会、气排球比赛、登山健步行等一系列特色活动 (a list ending in a plural, vetoed)',
  },
  quotedPlace: {
    id: 'events.quoted-place',
    does: 'a quoted station, studio, base or body before a verb of holding is no event (为“…工作室”揭牌)',
    example: 'outside pages: 为市“劳动争议诉调对接工作室”揭牌; 在“户外劳动者爱心驿站”开展…座谈活动',
    counterexample: '002: “…百姓故事汇”在…开讲 (a quoted event)',
  },
  quotedHeldAfter: {
    id: 'events.quoted-held-after',
    does: 'a quotation followed by 在 a place and a verb of holding is an event, whatever its last word',
    example: '002: “传承红色基因 强国复兴有我——2026年德庆县百姓故事汇”在德城街道城东社区开讲',
    counterexample: 'r1_04: 开展了“大干二季度 决战6·30”劳动竞赛 (a quotation with a noun after it is read by its noun)',
  },
  aboutEvent: {
    id: 'events.about-event',
    does: 'the X of X启动仪式/开幕式/总结大会 is an event of its own (each part of X暨Y)',
    example: 'r1_12: 第八届职工职业技能大赛暨…竞赛启动仪式; r3_11: …职业技能大赛决赛开幕式',
    counterexample: '003: “关爱一路同行 劳动筑梦青春”活动暨…启动仪式 (a bare 活动 is the launch’s umbrella, not kept)',
  },
  trip: {
    id: 'events.trip',
    does: 'an event a body held on a trip keeps who went where (自治区总工会到百色市开展…活动)',
    example: 'r3_15: 自治区总工会…率队到我市开展2021年春节送温暖慰问活动; 004: 肇庆市总工会调研组到高新区开展…调研活动',
    counterexample: 'r2_05: 淳安县总工会在下姜村举办了… (a venue, not a trip)',
  },
  sessionOfBody: {
    id: 'events.session-of-body',
    does: 'a council meeting in a numbered session takes the council as its title (X理事会举行第一次会议)',
    example: 'r4_13: 工联会第三十六届常务理事会昨晚举行第一次会议',
    counterexample: '004: 中山市总工会召开第十六届委员会第六次全体会议 (the council is in the title already)',
  },
  sessionByNumber: {
    id: 'events.session-by-number',
    does: 'a numbered session named by its number alone (召开三届四次职工代表大会) is titled with the body holding it',
    example: 'outside pages: 中铁五局六公司召开了三届四次职工代表大会; 武侯区总工会召开第四届九次全委(扩大)会议',
    counterexample:
      '举办第三届…“潞安杯”职工职业技能大赛 (a contest named by itself); 政府与总工会召开第七次联席会议 (two holders)',
  },
  namedByOrganizer: {
    id: 'events.named-by-organizer',
    does: 'a generic title (工作会议) held by a named body is that body’s event',
    example: 'r3_06: 省工业工会在惠州召开工作会议; 002: 韶关市浈江区总工会组织…召开专题会',
    counterexample: 'r4_06: 金隅集团相关部门…参加活动 (taking part, not holding)',
  },
  launched: {
    id: 'events.launched',
    does: 'a contest or campaign launched (…劳动竞赛正式启动) is titled by its launch (…劳动竞赛启动)',
    example: 'r4_05: “建功准噶尔、助推高质量”主题劳动和技能竞赛启动; h1_07 (set A): 宝鸡市劳动和技能竞赛暨…大赛启动',
    counterexample: 'r2_15: “威力杯”…技能大赛在…开幕 (opened, not launched: the contest keeps its own title)',
  },
  heldAtPlace: {
    id: 'events.held-at-place',
    does: 'a generic title a clause holds at a named place (在…酒店举行欢迎仪式) is an event',
    example: 'r4_11: 特区政府于当日下午在湾仔香港君悦酒店举行欢迎仪式; r3_15: 在市总工会召开…座谈会',
    counterexample: 'r4_06: …参加活动 (taking part, no place)',
  },
  genericInLead: {
    id: 'events.generic-in-lead',
    does: 'a generic title held in an article’s lead is the article’s event',
    example: '003: 参加浦江工会主办的职工交友活动',
    counterexample: 'r1_12: 深入开展…等群众性创新创造活动 (a later paragraph, background)',
  },
  scheduled: {
    id: 'events.scheduled',
    does: 'an event set for a named day (12月13日,…将举行…大会) is one, though still to come',
    example: 'h4_05 (set A): 12月13日,厦门市总工会将举行厦门市首届职工数字创新交流大会',
    counterexample: '将开展…活动, 计划举办…培训 (no day named: an intent)',
  },
  listedHonours: {
    id: 'events.listed-honours',
    does: 'honours listed with 、 before a ceremony’s noun are all its title’s (劳动模范、先进工作者和先进集体表彰大会)',
    example:
      'outside pages: 河北省劳动模范、先进工作者和先进集体表彰大会在石家庄召开; 召开劳动模范、先进工作者表彰大会',
    counterexample: 'made up: 开展学习、宣传活动 (no honour before 、: the title is 宣传活动)',
  },
  visitPeopleListed: {
    id: 'events.visit-people-listed',
    does: 'a titled visitor who calls on people listed with 、 (走访慰问了全国劳动模范甲、乙) makes one visit; bodies listed are rounds',
    example:
      'outside pages: 市委常委、总工会主席潘某率队走访慰问了全国劳动模范夏某国、方某龙; 主席高某…上门走访慰问了劳动模范亓某英、胡某',
    counterexample: 'made up: 主席甲带队慰问了县交通运输局、县交警大队的一线职工 (bodies: the rounds of an activity)',
  },
  visitOfObject: {
    id: 'events.visit-of-object',
    does: 'a titled person or a body, then 对 whom or what + 进行 + a visit’s verb, with no trip told: a visit',
    example:
      'outside pages: 8月15日上午,市总工会副主席甲带领…人员对户外劳动者驿站进行指导检查; 主席甲带领一行人对辖区内8名劳模进行了走访慰问',
    counterexample:
      'made up: 要对全市驿站进行检查 (a plan); 省总工会考察组赴辽阳市,对…进行实地考察 (a trip, read as one)',
  },
  visitBySubject: {
    id: 'events.visit-by-subject',
    does: 'a visit whose clause names no one is the sentence subject’s (部长杨某日,在…陪同下来石,深入…开展…调研)',
    example: 'k1_08 (set B): 全国总工会社会联络部部长杨军日,…陪同下来石,深入石狮市…中心开展“园区枫桥”工作调研',
    counterexample:
      'outside d/050: …来到…等企业,向在高温天气中坚守一线的…表示慰问 (the clause opens with 向, not the trip)',
  },
  visit: {
    id: 'events.visit',
    does: 'a body or a titled person 到/赴 a place to 调研/慰问/视察: a visit, told in a lead',
    example: 'r3_10: …到渝北区调研指导工会工作; r1_15: 节前走访慰问',
    counterexample: 'r3_10: 要求渝北区各级工会组织要深入学习贯彻… (a directive, and 深入 is not a visit without 调研)',
  },
  visitKindsCalledOn: {
    id: 'events.visit-kinds-called-on',
    does: 'a trip to one place to call on kinds of people listed with 、 (来到某区看望慰问困难劳模、困难职工): one visit',
    example:
      'outside pages: 市总工会副主席某某来到渝北区看望慰问困难劳模、困难职工; …一行来到…看望慰问一线职工、环卫工人',
    counterexample: '带队慰问了县交通运输局、县交警大队的一线职工 (bodies listed, no trip: the rounds of an activity)',
  },
  ledCallAcross: {
    id: 'events.led-call-across',
    does: 'a party led on a trip, a comma and a call (…带队到我市,走访慰问…): the party’s visit, with or without a day',
    example: 'outside pages: 泉州市总工会副主席陈某芳带队到我市,走访慰问了部分劳模和困难职工',
    counterexample:
      'outside pages: 长春新区总工会来到…站点,走访慰问… (no party led: a round of the activity told before)',
  },
  quotedComma: {
    id: 'events.quoted-comma',
    does: 'a comma inside a quotation a title opens with ends no clause: the verb before the quotation holds the event',
    example:
      'outside pages: 开展以“金秋话重阳,共叙岁月情”为主题的重阳节活动; 组织了一场以“粽香飘满院,情暖职工心”为主题的端午节活动',
    counterexample: '“要把工会建设好,”他说,要开展活动 (the quotation closed before the clause the title is in)',
  },
  deliveryCall: {
    id: 'events.delivery-call',
    does: 'a dated or led trip, a comma, and what it brings whom (…来到晶格新材,为…工人送去防暑降温物资): the party’s visit',
    example:
      'outside pages: 7月31日上午,…率慰问组一行来到晶格新材,为奋战在高温一线的工人送去防暑降温物资; …专程赴大连森林动物园,为…职工送上慰问与关怀',
    counterexample: '随后,工作人员来到户外,为外卖骑手和交警送上饮品 (no day, no party led: a round of the activity)',
  },
  datedCallAcross: {
    id: 'events.dated-call-across',
    does: 'a lead opening with its day, a trip, a comma and a call (8月4日,…前往…供电所,慰问…职工): that day’s visit',
    example:
      'outside pages: 8月4日,某县总工会前往某供电所,慰问…电力职工; 7月28日,…主席曹某来到某县…安置点、…文化宫,看望慰问…',
    counterexample:
      'outside pages: 长春新区总工会来到…站点,走访慰问… (no day of its own: a round of the activity told before)',
  },
  groupVeto: {
    id: 'events.group-veto',
    does: 'a title right before a count of people (…托管班40名萌娃) names the group they are in, not an event',
    example: 'made up: 市总工会组织某托管班40名萌娃走进纪念馆,开展研学活动',
    counterexample: 'made up: 举办职工交友活动,100余名单身职工参加 (a comma: the count is of who came)',
  },
  datedRepeat: {
    id: 'events.dated-repeat',
    does: 'a generic title in a later paragraph that opens with its own day dates the event the article told undated',
    example: 'made up: 某区总工会开展了健步走活动。…3月8日上午,250余名干部职工参加健步走活动',
    counterexample: 'r3_11: 9月18日,各工种實際操作競賽全面展開 (a stage of the contest, told nowhere else: no event)',
  },
  datedParagraph: {
    id: 'events.dated-paragraph',
    does: 'a later paragraph that opens with its own day tells a visit or a founding as a lead does',
    example: 'w2_10: 1月14日,沈河区总工会领导带队赴滨河街道双路社区、万莲街道清泉社区开展慰问',
    counterexample: '一是深入企业调研… (a paragraph with no day of its own: a summary’s point, no visit)',
  },
  delegationTrip: {
    id: 'events.delegation-trip',
    does: 'a delegation (代表团, 交流团…) that goes to a place (赴, 到, 前往) to visit or exchange, in a lead: a visit titled from the delegation',
    example:
      'u2_09 (set J): 我省工会代表团一行9人赴台湾进行工会业务交流参访; u2_01: 香港工會「五.一」代表團…起程到北京、河北張家口參觀訪問',
    counterexample: "r4_11: 政務司副司長卓永興致辭歡迎代表團到訪香港 (a welcome, not the trip: the verb is the host's)",
  },
  callsOn: {
    id: 'events.calls-on',
    does: 'a titled person or a body, then 看望/慰问/走访 whom, in a lead or a dated paragraph: a visit with no trip told',
    example: 'e3_06: 近日,该镇党委委员王永玲走访安徽方圆机械有限公司,慰问困难职工',
    counterexample:
      '慰问团向…送去… (a group sent, the noun); 带队慰问了县交通运输局、县交警大队… (the rounds of an activity)',
  },
  visitTalks: {
    id: 'events.visit-talks',
    does: 'talks a visit held (召开座谈会, 在随后的座谈会上), when no meeting of the article names them',
    example: 'e1_10 (set E): 到柳南区…核验…。在随后的座谈会上,…汇报; h4_04 (set A): 核验组…通过召开座谈会',
    counterexample: 'k2_09 (set B): 庆祝教师节暨全国师德楷模座谈会…在座谈会上 (the article names the meeting)',
  },
  ceremonyOfMain: {
    id: 'events.ceremony-of-main',
    does: 'a bare opening or closing ceremony attended (出席开幕式并致辞) is that of the article’s contest or course',
    example:
      'k2_10 (set B): 第五届…职业技能竞赛在上海机辆段开幕。…出席开幕式并致辞; h4_08 (set A): …出席启动仪式并讲话',
    counterexample: 'r2_07: …竞赛启动仪式举行…出席启动仪式 (the article names the ceremony already)',
  },
  founding: {
    id: 'events.founding',
    does: 'a body followed by 成立/揭牌 in a lead: its founding ceremony',
    example: '003: 岱山县…产业链工会工作联盟成立; r2_07: 芜湖市职工一站式法律服务中心在市职工服务中心正式揭牌',
    counterexample: 'r2_07: 在市职工服务中心正式揭牌 (the venue after 在 is not what was unveiled)',
  },
  unveiling: {
    id: 'events.unveiling',
    does: 'a quoted name, or words ending in a site word (驿站, 工作室, 调解室), before 揭牌/挂牌: its unveiling',
    example: 'outside pages: “许振超大国工匠工作室”在山东交通职业学院揭牌; 福贡县首个职工爱心驿站揭牌',
    counterexample: '“昌平区农民工法律援助工作站”将正式挂牌 (a plan); 以此次“创新工作室”挂牌为契机',
  },
  signing: {
    id: 'events.signing',
    does: 'a body, 与 another party, then 签订/签署 an agreement (…协议, 《…协议书》, …备忘录), in a sentence with no other event: its signing',
    example:
      'outside pages: 重庆市总工会与河南省总工会签订《农民工维权合作协议书》; 北汽集团工会与14家央企工会签订战略合作协议',
    counterexample:
      '现计划与该校签订合作协议 (a plan); 根据…公司与…公司签署的《公司合并协议》 (a ground, and 的 after it)',
  },
  honours: {
    id: 'events.honours',
    does: 'a body that 授予/表彰 honours, or issues 《关于表彰/公布…的决定》: an award announcement',
    example: 'r1_08: 长春市总工会决定授予…五一劳动奖状; r3_09: 中华全国总工会下发了《关于表彰…的决定》',
    counterexample: 'r4_09: 是中华全国总工会授予…的光荣称号 (a definition); r2_10: 被市委、市政府授予 (passive)',
  },
  receives: {
    id: 'events.receives',
    does: 'a person who 会见 a guest or a delegation: a meeting; who 拜会 a host: a visit',
    example: 'r3_06: 省总工会副主席王丽华会见了…参访团',
    counterexample:
      'r4_11: 代表团…将先后与本地杰出劳工…交流 (no verb of receiving, a plan); an outside page: 通过“击鼓传花”“快速会晤”等互动游戏 (the verb quoted in a game’s name)',
  },
  reportedAt: {
    id: 'events.reported-at',
    does: 'the event a reporter learned the news at (从…大会上获悉) was held',
    example: 'r1_09: 记者从省第十届劳动模范表彰大会上获悉',
    counterexample: 'r2_09: 记者从上海市总工会了解到 (a body, not an event)',
  },
  framed: {
    id: 'events.framed',
    does: 'a named event that frames what happened in it (在…大赛中, 在…表彰大会上) was held',
    example: 'made up: 在2018年中国技能大赛暨…职业技能竞赛中,他获得一等奖; 在今年“金秋助学”活动中,共资助学生50名',
    counterexample: 'made up: 在活动中,职工们… (a bare noun names no event)',
  },
  notHeldVeto: {
    id: 'events.not-held-veto',
    does: 'against: an event said not to have been held or called off right before its title (没有举办, 未能召开, 取消)',
    example: 'outside pages: 被问到今年没有举办「五一游行」的原因; 五一没有游行的香港',
    counterexample: '未成年人…活动 (未 opens a word, not the event)',
  },
  visitThenActivity: {
    id: 'events.visit-then-activity',
    does: 'a trip told first, then an activity held on it after 并, is a visit as well as the activity',
    example: 'outside pages: 胡和平赴南漳县调研“县级工会加强年”工作并开展省工会十四大精神宣讲',
    counterexample: 'made up: 张某到某公司召开座谈会 (one event: the trip only brings the meeting there)',
  },
  editionBeforeQuote: {
    id: 'events.edition-before-quote',
    does: 'the year of an edition written before a quoted title (2022年“春风行动”) is the title’s, and the verb before it holds it',
    example: 'outside pages: 我市人社部门还启动了2022年“春风行动”',
    counterexample: 'made up: 2022年“春风行动”在我市启动 (held by the verb after it)',
  },
  verbDoneBeforeQuote: {
    id: 'events.verb-done-before-quote',
    does: 'a quoted title after a verb of holding and its 了 (开展了“送温暖行动”) is held, as one right after the verb is',
    example: 'outside pages: 西宁市总工会…开展了“货车司机入会集中行动”; 学校工会…举行了“…总结暨表彰大会”',
    counterexample: 'made up: 职工们了解“金秋助学行动”的政策 (了 opening a verb, no holding verb before it)',
  },
  heldForYears: {
    id: 'events.held-for-years',
    does: 'a title held for a count of years or editions after it (…活动已举办了四年) is a programme, not an event',
    example: 'outside pages: 中国石化集团公司职业技能竞赛活动已举办了四年',
    counterexample: 'made up: 大赛于2023年举行 (a year, not a count of years)',
  },
  meetingAsks: {
    id: 'events.meeting-asks',
    does: 'a sentence opening with what a meeting asked (会议要求…, 大会号召…) tells no event held, with or without a comma after the verb',
    example: 'outside pages: 会议要求全省各级工会组织上下联动,组织开展“万名工会干部进万家”大走访慰问活动',
    counterexample: 'made up: 会上,举行了颁奖仪式 (what was done at the meeting)',
  },
  planVeto: {
    id: 'events.plan-veto',
    does: 'no events in plans, directives and recurring programmes (GOLD.md): 将/计划/要 or 常态化/连续 before a title, a sentence of what a meeting asked (会议要求,…), a count after an unnamed title (开展宣讲活动75场)',
    example: '001: 进企业开展宣讲活动75场; r1_12: 已连续成功举办七届职工职业技能大赛',
    counterexample:
      'r2_05: 为…提出的新要求,…举办了…培训班 (a purpose, not a directive); 001: “会聚良缘…”系列活动21场 (a named series is one event)',
  },
  anaphoraVeto: {
    id: 'events.anaphora-veto',
    does: 'a title that is only an event noun, or says 此次/本次, refers back to an event already told',
    example: 'r1_14: 参加了此次培训; r3_01: 参加了本次培训',
    counterexample: '002: 召开专题会 (a noun of its own, named by its organizer)',
  },
  howItWentVeto: {
    id: 'events.how-it-went-veto',
    does: 'an event followed by (开展)情况 is what a meeting reviewed or a visitor asked about, not an event held there',
    example:
      'outside pages of several sites: 会议回顾了…职工交友联谊活动开展情况; 详细了解救援队2024年公益活动开展情况; 会议就…活动开展情况…',
    counterexample: '活动开展以来 (since the activity began: no 情况)',
  },
  purposeVeto: {
    id: 'events.purpose-veto',
    does: 'an event after a verb of purpose (为保障X顺利召开) is held elsewhere in the text',
    example: 'r1_07: 为保障本钢集团有限公司第一届第十六次职工代表大会顺利召开',
    counterexample: 'r2_12: 南昌市总工会庆祝“五一”国际劳动节慰问演出 (庆祝 is part of the title)',
  },
  modifierVeto: {
    id: 'events.modifier-veto',
    does: 'an event noun followed by 计划/方案/精神/现场… modifies another noun (行动计划, 会议精神)',
    example: '002: 实施工会助力文旅产业高质量发展三年行动计划; 000: …现场推进会精神',
    counterexample: 'r3_15: 座谈会,听取… (the noun ends the phrase)',
  },
  festivalClosed: {
    id: 'events.festival-closed',
    does: 'a festival before its closing ceremony (…艺术节颁奖典礼, …文化节闭幕式) is told by the ceremony, not as an event of its own',
    example: 'r2_07: “职工风采创新合肥”迎国庆职工文艺展演暨合肥市第七届职工文化艺术节颁奖典礼',
    counterexample: 'outside page: 青岛市第三届职工文化艺术节在…盛大开幕 (its opening: the festival is an event)',
  },
  sinceYear: {
    id: 'events.since-year',
    does: 'a title opened by 自/从 and a year and followed by (启动)以来 is a programme looked back on, not an event',
    example: 'outside pages: 自2005年“金秋助学”活动启动以来,12年间…; 自2002年活动开展以来,…累计筹措资金',
    counterexample: 'an outside page: 自今年7月1日“振兴杯”竞赛启动以来 (the day it opened is named: kept)',
  },
  pluralVeto: {
    id: 'events.plural-veto',
    does: 'a plural category (多项活动, 一系列活动) is not one event',
    example: 'r3_09: 开展了读书会、气排球比赛、登山健步行等一系列特色活动; 001: 开展…各类群众性技术创新活动',
    counterexample: '003: 庆祝中华全国总工会成立100周年系列活动 (系列 of one named event is kept)',
  },
});

/**
 * Events: meetings, trainings, contests, ceremonies, campaigns and activities that were
 * held. A title ends in an event noun (推进会, 培训班, 大赛, 揭牌仪式, 专项行动 …) and is
 * held by a verb (召开, 举办, 开展 …) before it or after it (…在X召开). Other finders read the
 * genre's events told without a noun of holding: awards announced (授予, 表彰), guests
 * received (会见), visits (到…调研), foundings (…成立). Directives (会议要求…要开展), plans
 * (将, 计划), counts of recurring activities (开展宣讲活动75场) and references back
 * (此次培训) are not events.
 */
export interface EventDraft {
  title: string;
  type: EventType;
  month?: number;
  day?: number;
  year?: number;
  /** The text gave only 近日/日前, or no date at all. */
  undated: boolean;
  /** The day of an undated event whose text names only its day (22日,…): its month is the page's. */
  dayOnly?: number;
  /** The readings of a date whose 月 the source lost (111日: 1月11日 or 11月1日), for the page's date to choose. */
  gluedDates?: Array<{ month: number; day: number }>;
  /** An undated event told 今天 (0) or 昨天 (1) with no dateline: that many days before the page's date. */
  daysBefore?: number;
  location?: string;
  organizers: OrgMention[];
  participants: Array<{ person: PersonDraft; part: EventPart }>;
  sentence: Sentence;
  from: number;
  to: number;
  /** Read from the headline only. */
  fromHeading: boolean;
  /** A generic title (工作会议): its organizer's name goes in front to make it a name. */
  generic?: boolean;
  /** The title as its noun read it, before a council, a trip or an organizer was put in front. */
  core?: string;
  /**
   * A generic title in a later paragraph that opens with its own day (3月8日上午,…参加健步走活动): it
   * only dates an event the article tells elsewhere, and is no event of its own.
   */
  repeatOnly?: boolean;
}

const byLength = (words: Iterable<string>): string[] => [...words].sort((a, b) => b.length - a.length);
const alt = (words: Iterable<string>): string => byLength(words).join('|');

const NOUNS = EVENT_NOUNS.map(([n]) => n);
const TYPE_OF = new Map(EVENT_NOUNS);
/** The nouns, read by one walk each way: some hold brackets ((扩大)会), which match as written. */
const NOUN_WORDS = new Lexicon(NOUNS);
/** The longest event noun `text` ends in ('' when none). */
const nounAtEnd = (text: string): string => NOUN_WORDS.endingAt(text, text.length) ?? '';
const HOLDING = new Set(HOLDING_VERBS);
const ATTENDING = new Set(ATTENDING_VERBS);
const PURPOSE = new Set(PURPOSE_VERBS);
const CAMPAIGNING = new Set(CAMPAIGN_VERBS);
const SCOPES = [NATIONAL_SCOPE, ...SCOPE_PREFIXES];
/** 由…主办的, 展开为期四天的, 以“…”为主题的: a 的 phrase that holds the title after it. */
const HOLDS_BEFORE_DE = new RegExp(`${alt([...HOLDING_VERBS, '以'])}`);
const STOPS = new Set([
  ...HOLDING_VERBS,
  ...ATTENDING_VERBS,
  ...CAMPAIGN_VERBS,
  ...OTHER_OBJECT_VERBS,
  ...PURPOSE_VERBS,
  ...TITLE_STOPS,
]);
const TITLE_OPENERS = new Set(TITLE_OPENING_VERBS);
const HOLDERS = new Set(HOLDING_VERBS);

/** Whether the verbs of carrying out ending at `end` (学习贯彻落实) follow right after a verb holding an event. */
function heldRightBefore(norm: string, end: number): boolean {
  const at = beforeOpeners(norm, end);
  return at < end && HOLDERS.has(wordEndingAt(norm, at, STOPS, 4) ?? '');
}
/** Where the verbs of carrying out ending at `end` start (召开|学习贯彻…). */
function beforeOpeners(norm: string, end: number): number {
  let at = end;
  for (let opener = wordEndingAt(norm, at, TITLE_OPENERS, 2); opener; opener = wordEndingAt(norm, at, TITLE_OPENERS, 2))
    at -= opener.length;
  return at;
}

/**
 * 召开全省工会系统、劳模工匠学习贯彻…座谈会: who studies may stand between the verb holding the event and the verb
 * of studying (ending at `end`); the title opens with them. Where the verb holding the event ends, and the verb.
 */
function heldBeforeStudiers(norm: string, end: number): { at: number; holder: string } | undefined {
  const at = beforeOpeners(norm, end);
  if (at === end || !on(R.studiedBy)) return undefined;
  // Only a meeting convened (召开, 举行), and words with no stop in them: not …协办的全区推进落实…培训, nor
  // 开展第二批主题教育、贯彻落实…全会.
  for (let k = at - 1; k >= Math.max(0, at - STUDIERS_LONGEST); k--) {
    if (!/[\p{Script=Han}、]/u.test(norm[k] as string)) return undefined;
    const word = wordEndingAt(norm, k, STOPS, 4);
    if (word && CONVENING.has(word)) return { at: k, holder: word };
    if (word) return undefined;
  }
  return undefined;
}
/**
 * 召开了…2015年度工会、老干、计生工作会: where the verb convening a meeting (and its 了) ends, when only words with
 * no stop in them stand between it and the 、 at `comma`; undefined otherwise.
 */
function convenedBeforeList(norm: string, comma: number): number | undefined {
  if (!on(R.listedInConvened)) return undefined;
  for (let k = comma; k >= Math.max(0, comma - LISTED_LONGEST); k--) {
    // 召开座谈会、培训会: two events listed, each with its noun.
    if ((k === comma || norm[k] === '、') && NOUN_WORDS.endingAt(norm, k)) return undefined;
    if (!/[\p{Script=Han}\d、]/u.test(norm[k - 1] ?? '')) return undefined;
    const word = wordEndingAt(norm, k, STOPS, 4);
    const holder = word === '了' ? wordEndingAt(norm, k - 1, STOPS, 4) : word;
    if (holder && CONVENING.has(holder) && k < comma) return k;
    if (word && !(word.length === 1 && stopInsideWord(norm, k))) return undefined;
  }
  return undefined;
}
/** Prepositions of whom an event is for (开展为…活动, 开展向…活动). */
const BENEFICIARY_MARKS = new Set(BENEFICIARY_PREPOSITIONS);
/** 为期 (for a span of): no beneficiary. */
const SPAN_MARK = '期';
/** Whom an event is for and what it does for them, at the least (为…送温暖). */
const BENEFICIARY_SHORTEST = 4;
/** How long the items listed after a convening verb may be, all told (…2015年度工会、老干). */
const LISTED_LONGEST = 24;
/** How long the words for who studies may be (全省工会系统、劳模工匠). */
const STUDIERS_LONGEST = 14;
const CONVENING = new Set(CONVENING_VERBS);
/**
 * A verb holding an event (and its 了) ends right at `at` (举办了|迎接…仪式), or before a short
 * description of the event (举办了简朴而温馨的|迎接…仪式).
 */
function heldJustBefore(norm: string, at: number): boolean {
  if (norm[at - 1] === '的') return HELD_DESCRIBED.test(norm.slice(Math.max(0, at - 16), at));
  const end = norm[at - 1] === '了' ? at - 1 : at;
  return HOLDERS.has(wordEndingAt(norm, end, STOPS, 4) ?? '');
}
const HELD_DESCRIBED = new RegExp(`(?:${alt(HOLDING_VERBS)})了?[^,，。;；的“”]{1,10}的$`);
/** Last characters of the stop words: only there can a stop word end. */
const STOP_ENDS = charSet([...STOPS].map((w) => w.slice(-1)));
const BARE = new Set(BARE_TITLES);
const STOP_NOUNS = new Lexicon(NOUNS_ENDING_IN_STOPS);
const TITLE_WORDS_OPENING: ReadonlySet<string> = new Set(TITLE_WORDS_OPENING_WITH_STOPS);
const DEPARTMENT_CHAR = '部';
const DEPARTMENT_VERBS: ReadonlySet<string> = new Set(VERBS_NAMING_DEPARTMENTS);
const ADVERB = `(?:${alt(HOLDING_ADVERBS)})`;
/** A day or a span of days: 18日, 21日至22日, 14-16日. */
const DAYS = '\\d{1,2}(?:\\s?[-—–~至]\\s?\\d{1,2})?日(?:\\s?[-—–~至]\\s?\\d{1,2}日)?';
/** A clock time after a day (今日下午3时, 晚上八时半), as Hong Kong and Macau papers date an event. */
const CLOCK = '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})[时点](?:\\d{1,2}分|[一二三四五六七八九十]{1,3}分|半)?';
/** A weekday told from the week of the news (上周五, 本周三, 星期二), as Hong Kong's and Macau's papers date an event. */
const WEEKDAY = '(?:上|本|这|下)?(?:周|星期|礼拜)[一二三四五六日天]';
/** The day glossed in brackets after a relative one (上周五(5日), 今日(十一月三十日)). */
const DAY_GLOSS =
  '\\s?\\((?:(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月)?(?:\\d{1,2}|[一二三四五六七八九十]{1,3})日?\\)';
/** A day of the month of the news (本月13日). */
const THIS_MONTH = '(?:本|今|同|当)月';
/**
 * A date between a title and its verb: 2月21日至22日, 9月18日上午, 于1998年7月14-16日, 于2025年11月,
 * 今日下午3时, 昨(21)日下午; after a comma when 于 opens it (…第二次会议,于2月29日下午…闭幕), or a day in
 * brackets does (…表扬活动,今(26)日下午在林皇宫举行, as Taiwan's papers write a lead).
 */
const DATE_BETWEEN = `(?:于|[,，]于(?=\\d|${BRACKETED_DAY})|[,，](?=${BRACKETED_DAY}))?(?:(?:\\d{4}年)?(?:\\d{1,2}月(?:${DAYS})?|${DAYS})|${BRACKETED_DAY}|(?:${alt([...RELATIVE_DAYS, ...SAME_DAY_WORDS])}|${WEEKDAY})(?:${DAY_GLOSS})?|${THIS_MONTH}${DAYS})?(?:${alt(DAY_PARTS)})?(?:${CLOCK})?`;
/**
 * 在 a venue, 于 one after a date (今(9)日于某营业处举行, as Taiwan's and Hong Kong's pages write it), or 假
 * (假座) a hired one (假工联大厦举行, 假座荃湾大会堂举行; not 假期, 假日).
 */
// Each mark first, then what stands before it (looked behind from after it): a branch that opens with a lookbehind is
// tried at every position, one that opens with its character lets the regex skip to the next 在, 于 or 假.
const AT_VENUE = `(?:${VENUE_MARK}(?<![${WORDS_ENDING_IN_ZAI}]${VENUE_MARK})|${FORMAL_VENUE_MARK}(?<=[日午上晚]${FORMAL_VENUE_MARK})|${HIRED_VENUE_MARK}座?(?![期日]))`;
/** 以视频会议形式召开, 以线上线下相结合的方式举行: the form an event was held in, before its verb. */
const HELD_IN_FORM = `以[^,，。;；]{1,16}?(?:${alt(HELD_FORMS)})`;

/**
 * 完成各项议程后,: a congress's close before its verb, after its date or before it (…代表大会圆满完成各项
 * 议程,5月20日下午在某市胜利闭幕), or set off by commas (…第二次会议,在圆满完成会议的各项议程后,…闭幕).
 */
const AGENDA_DONE = `(?:[,，]?在?(?:${alt(AGENDA_ADVERBS)})?完成[^,，。;；]{0,8}(?:${alt(AGENDA_WORDS)})后?[,，]?)?`;
const HELD_AFTER = new RegExp(
  // 圆微心愿活动也在工会驿站举行: 也 or 还 may stand before where it was held.
  // …劳动和技能竞赛,在北京现代沧州工厂开幕: a comma may set the venue off before a verb of holding itself
  // (not 开展 or 举办, which as often take another object: …活动,在某公司举办研学).
  `^\\s?(?:${SHORT_NAME_NOTE})?(?:${alt(ALSO_WORDS)})?${AGENDA_DONE}${DATE_BETWEEN}${AGENDA_DONE}(?:${AT_VENUE}[^,，。;；]{1,30}?|[,，]${VENUE_MARK}[^,，。;；的]{1,30}?(?=${ADVERB}?(?:${alt(HELD_ITSELF_VERBS)})))?(?:${HELD_IN_FORM})?${ADVERB}?(?:${alt(HELD_AFTER_VERBS)})`,
);
/** A curtain idiom ending the clause after a title (…竞赛拉开了序幕): after 为, what opened is the subject. */
const CURTAIN_AFTER = new RegExp(`^[^,，。;；]{0,30}?(?:${alt(CURTAIN_VERBS)})`);
const DIRECTIVE = new RegExp(
  `^(?:${alt(DIRECTIVE_SUBJECTS)}|(?!为|${alt(BASIS_OPENERS)})[^,，。]{0,16}(?:${alt(SAYING_VERBS)})(?!的))(?:${alt(ALSO_WORDS)})?(?:${alt(SAYING_VERBS)})?[,，:：]`,
);
const FUTURE = new RegExp(alt([...FUTURE_WORDS, ...RECURRING_WORDS]));
const OPENS_FUTURE = new RegExp(`^(?:${alt(FUTURE_OPENERS)})[,，]`);
/** A clause whose subject opens with a plan (…总工会将通过…, 我们计划…), up to the plan's word. */
const CLAUSE_PLAN = new RegExp(`(?:^|[,，])[^,，。;；:：]{0,16}?(?:${alt(PLAN_OPENING_WORDS)})`, 'g');
/** Whether a plan opens a clause of `before` and nothing done (了) follows it. */
function planBefore(before: string): boolean {
  const last = matchesOf(CLAUSE_PLAN, before).at(-1);
  // 根据省总工会干部培训计划,…: the plan an event was held on is its grounds.
  if (last !== undefined && BASIS_CLAUSE.test(last[0])) return false;
  return last !== undefined && !before.slice(last.index + last[0].length).includes('了');
}
const BASIS_CLAUSE = new RegExp(`^[,，]?(?:${alt(BASIS_OPENERS)})`);
const PURPOSE_CLAUSE = new RegExp(
  `^(?:${alt(PURPOSE_OPENERS)})(?:${alt(PURPOSE_ADVERBS)})?(?:${alt(PURPOSE_CLAUSE_VERBS)})$`,
);
const ORDINAL = '[一二三四五六七八九十百\\d]+';
/** 开展宣讲活动75场: a count right after a title. */
const COUNT_AFTER = new RegExp(
  `^\\s?(?:${alt(APPROXIMATE_WORDS)})?\\s?${ORDINAL}(?:${alt(APPROXIMATE_WORDS)})?(?:${alt(EVENT_COUNTERS)})`,
);
/**
 * 举办七届职工职业技能大赛, 组织了112期就业创业培训, 前四届相亲会: a count of editions or sessions, or the editions before
 * this one (not 一届3次, a session, nor 十九届五中全会, a plenary session of a committee's term, nor 十四届全国人大一次会议,
 * a body's session of its term).
 */
const EDITIONS = new RegExp(
  `^(?:前?${ORDINAL}届(?!\\s?(?:[^,，。;；\\d一二三四五六七八九十]{1,8})?${ORDINAL}(?:次|中全会))|\\d+(?:余|多)?[期场])`,
);
/** What makes a title a name: quotes, a year, a place, a body, an ordinal session (一届3次, 第十三次). */
const PROPER = new RegExp(`[“”《》]|\\d{4}\\s?年|${alt(NAME_MARKERS)}|${ORDINAL}届|第${ORDINAL}次`);
const CONGRESS = new Set(CONGRESS_NOUNS);
const NOT_AFTER = new RegExp(`^(?:${alt(NOT_AFTER_TITLE)})`);
const SINCE_YEAR = new RegExp(`^(?:${alt(SINCE_OPENERS)})(?:19|20)\\d\\d年`);
const SINCE = new RegExp(`^(?:${alt(SINCE_AFTER)})`);
/** Whether a title at `start` opens with 自 and a year, or its year has 自 right before it (自2005年…). */
const opensSinceYear = (norm: string, start: number): boolean =>
  SINCE_YEAR.test(norm.slice(start)) || (start > 0 && SINCE_YEAR.test(norm.slice(start - 1)));
const PLURAL = new RegExp(alt(PLURALS));
const DESCRIPTIVE = new RegExp(`^(?:${alt(DESCRIPTIVE_OPENERS)})`);
const COPULA_DESCRIPTIVE = new RegExp(`^(?:${alt(COPULA_DESCRIPTIVE_OPENERS)})`);
const ANAPHOR = new RegExp(alt(ANAPHORS));
/**
 * 一场, 各项, 为期四天的: words before a title that count or last it without naming it (not an
 * anniversary: 三周年集中宣传活动 keeps its 三周年).
 */
// 8月1日大赛决赛在唐钢启动: a day opening the title is when, not part of the name.
const FILLERS = new RegExp(
  `^(?:${alt(TITLE_FILLERS)}|(?:为期)?${ORDINAL}(?:${alt(DURATION_UNITS)})(?!年)的?|\\d{1,2}月\\d{1,2}[日号])`,
);
const ABOUT_EVENT = new RegExp(`(?:${alt(ABOUT_EVENT_NOUNS)})$`);
const SESSION = new RegExp(`^第${ORDINAL}次(?:全体)?会议$`);
/** 三届四次职工代表大会, 第四届九次全委会议, 第一次代表大会: a session told by its number alone. */
const SESSION_BY_NUMBER = new RegExp(`^(?:第?${ORDINAL}届(?:${ORDINAL}次)?|第${ORDINAL}次)`);
/** A name, a quotation or a plenum studied in the title (第三届“潞安杯”…, 二十届四中全会精神宣讲会): not a holder's session. */
const NAMED_SESSION = /[“”「」《》]|全会|精神/;
/** A meeting of a body's own organs told by its number alone (三届四次职工代表大会, not 第三届…大赛). */
function sessionByNumber(title: string, c: Candidate): boolean {
  return SESSION_BY_NUMBER.test(title) && !NAMED_SESSION.test(title) && typeOf(c.noun, title) === 'meeting';
}
const COUNCIL_SUBJECT = new RegExp(
  `([^,，。;；:：()\\s]{2,30}?(?:${alt(COUNCIL_NOUNS)}))(?:${alt(RELATIVE_DAYS)})?(?:${alt(CONVENING_VERBS)})$`,
);

const CLAUSE_ENDS = charSet(',，。;；!！?？');
function clauseStart(norm: string, pos: number): number {
  let a = pos;
  while (a > 0 && !inCharSet(CLAUSE_ENDS, norm, a - 1)) a--;
  return a;
}

/** What --explain can match of a title whose 我市/我区 the extractor writes out later: the part after it. */
const OWN_PLACE = new RegExp(`^.*(?:${alt(OWN_PLACES)})`);
const OWN_PLACE_ANY = new RegExp(alt(OWN_PLACES), 'g');

/**
 * Writes out 我市 (我区, 我县) with the article's most named place of that level.
 *
 * @example
 * nameOwnPlace('到我市开展慰问活动', ['广西壮族自治区', '百色市']) // → '到百色市开展慰问活动'
 */
export function nameOwnPlace(text: string, placesByFrequency: readonly string[] | (() => readonly string[])): string {
  return text.replace(OWN_PLACE_ANY, (own) => {
    const places = typeof placesByFrequency === 'function' ? placesByFrequency() : placesByFrequency;
    return places.find((p) => p.endsWith(own.slice(1))) ?? own;
  });
}
const afterOwnPlace = (title: string): string => title.replace(OWN_PLACE, '');

/** Walks left from an event noun over the title; returns the start and the word that stopped it. */
const LISTED_LEVELS = new Set([...LEVELS_LISTED_SHORT]);

function scanTitle(norm: string, nounStart: number): { start: number; stop?: string } {
  // Inside quotation marks the title is the quotation (spaces and dashes included).
  const open = norm.lastIndexOf('“', nounStart);
  if (open >= 0 && norm.lastIndexOf('”', nounStart) < open && nounStart - open <= 60) return { start: open + 1 };
  const floor = Math.max(0, nounStart - 60);
  let i = nounStart;
  while (i > floor) {
    const ch = norm[i - 1] as string;
    if (ch === '”' || ch === '》') {
      // “技能护航”主题活动, 《女职工劳动保护特别规定》知识讲座: a quoted name or a document opens the title.
      const open = norm.lastIndexOf(ch === '”' ? '“' : '《', i - 2);
      // 参与到“一瓶水接力”公益行动, 开展好“…”活动: a verb with 到 or 好 before the quote stops the title there.
      const verb = /[到好]/.test(norm[open - 1] ?? '') ? wordEndingAt(norm, open - 1, STOPS, 4) : undefined;
      if (open >= floor && verb) return { start: open, stop: verb };
      if (open >= floor) {
        i = open;
        continue;
      }
      break;
    }
    if (ch === ')') {
      const open = norm.lastIndexOf('(', i - 2);
      // 全体(扩大)会议 carries its bracket; (记者张锐)中国… after a space, a stop or a dateline (…讯, …电) does not.
      const byline = BEFORE_DATELINE_BYLINE.test(norm.slice(Math.max(0, open - 2), open));
      if (open >= floor && i - open <= 16 && open > 0 && !byline && !/[\s,，。;；:：]/.test(norm[open - 1] as string)) {
        i = open;
        continue;
      }
      break;
    }
    // A暨B where B lists like items (青绣、插花、家庭服务行业…竞赛): the title goes on to A.
    if (ch === '、') {
      const ji = norm.lastIndexOf(TITLE_JOINER, i - 1);
      if (ji > floor && /^[\p{Script=Han}、]+$/u.test(norm.slice(ji + 1, i - 1))) {
        i = ji;
        continue;
      }
      // 河北省劳动模范、先进工作者和先进集体表彰大会: the honours a ceremony lists are all its title's.
      if (on(R.listedHonours) && HONOUR_LISTED.test(norm.slice(Math.max(0, i - 8), i - 1))) {
        i--;
        continue;
      }
      // 召开第一届第一次职工、会员大会: items listed right after the verb convening the meeting are its title's.
      const convened = convenedBeforeList(norm, i - 1);
      if (convened !== undefined) {
        i = convened;
        continue;
      }
      // 第一次区、街联席会议, 省、市、县工会工作会议: levels listed by one character each are the title's.
      if (LISTED_LEVELS.has(norm[i - 2] ?? '') && LISTED_LEVELS.has(norm[i] ?? '') && on(R.listedLevels)) {
        i--;
        continue;
      }
      break;
    }
    if (ch === '—' || ch === '·') {
      i--;
      continue;
    }
    // 【…】 brackets a headline's own title (中国梦劳动美【“中国梦·劳动美”…作品展开展】).
    if (/[,，。;；:：!！?？、《》\s“【】]/.test(ch) && !(ch === ' ' && /\d/.test(norm[i - 2] ?? ''))) break;
    const found = inCharSet(STOP_ENDS, norm, i - 1) ? wordEndingAt(norm, i, STOPS, 4) : undefined;
    // 对口援藏工作会议: a one-character stop inside a word of the title is part of it; 医疗互助保障行动调度会:
    // so is one that ends a noun.
    // 组织部部长甲主持会议: a verb before 部 names a department (组织部, 宣传部), no verb holding the event.
    const stop =
      (found?.length === 1 && (stopInsideWord(norm, i) || TITLE_WORDS_OPENING.has(norm.slice(i - 1, i + 1)))) ||
      (found && STOP_NOUNS.endingAt(norm, i)) ||
      (found && DEPARTMENT_VERBS.has(found) && norm[i] === DEPARTMENT_CHAR)
        ? undefined
        : found;
    // “安全生产月”启动暨“安康杯”竞赛交流会: a verb right before 暨 ends the first title joined, not the whole;
    // …改革推进会暨…表彰大会: nor does a verb that opens an event noun (推进会) inside the title.
    // (The stop ends at i, so a noun starting where it does opens with it when it is at least as long.)
    const inNoun = stop !== undefined && NOUN_WORDS.lengthStartingAt(norm, i - stop.length) >= stop.length;
    // 举行落实“…”专项工作推进会, 召开贯彻…会议: a verb of carrying out right after the verb holding
    // the event opens its title.
    if (stop && TITLE_OPENERS.has(stop) && heldRightBefore(norm, i)) {
      i -= stop.length;
      continue;
    }
    const studied = stop && TITLE_OPENERS.has(stop) ? heldBeforeStudiers(norm, i) : undefined;
    if (studied) return { start: studied.at, stop: studied.holder };
    // 举办了迎接农民工返乡仪式: a purpose verb right after the verb holding the event opens its title.
    if (stop && PURPOSE.has(stop) && heldJustBefore(norm, i - stop.length)) {
      i -= stop.length;
      continue;
    }
    // 开展为一线职工“送清凉”活动, 开展向灾区捐款捐物活动: whom the event is for, right after the verb holding
    // it, is its title's.
    // (Not 为期两天…竞赛, how long it ran, nor 向大会致贺信, where the event is whom something is for.)
    if (
      stop &&
      BENEFICIARY_MARKS.has(stop) &&
      norm[i] !== SPAN_MARK &&
      nounStart - i >= BENEFICIARY_SHORTEST &&
      heldJustBefore(norm, i - 1) &&
      on(R.beneficiaryInTitle)
    ) {
      i--;
      continue;
    }
    // 全国推进产业工人队伍建设改革工作电视电话会议: the whole country, a province or a city pushing a reform on
    // names the meeting; a scope word is no verb's object.
    if (
      stop &&
      CAMPAIGNING.has(stop) &&
      SCOPES.some((w) => norm.endsWith(w, i - stop.length)) &&
      on(R.scopeCampaigns)
    ) {
      i -= stop.length;
      continue;
    }
    // 开展主题为“…”的…活动: 为 says what the theme is; the verb before 主题 holds the event.
    if (stop === '为' && norm.slice(i - 3, i - 1) === THEME_WORD) {
      const holder = wordEndingAt(norm, i - 3, STOPS, 4);
      if (holder) return { start: i, stop: holder };
    }
    if (stop && norm[i] !== TITLE_JOINER && !inNoun)
      return { start: i, stop: stop === '了' ? (wordEndingAt(norm, i - 1, STOPS, 4) ?? stop) : stop };
    i--;
  }
  return { start: i };
}

function typeOf(noun: string, title: string): EventType {
  const type = TYPE_OF.get(noun) ?? 'activity';
  if (type === 'meeting' && on(R.honouringMeeting) && HONOURING_MEETING.test(title)) {
    fired(R.honouringMeeting, 'event', title);
    return 'ceremony';
  }
  // 活动 and 行动 take their type from the title (…调研活动 is a visit, …竞赛活动 a competition);
  // an exhibition is one whatever it shows (“五小”竞赛成果精品展).
  if ((type !== 'activity' && type !== 'campaign') || EXHIBITIONS.has(noun)) return type;
  return TYPE_HINTS.find(([re]) => re.test(title))?.[1] ?? type;
}

const EXHIBITIONS = new Set(EXHIBITION_NOUNS);
const HONOURING_MEETING = new RegExp(`(?:${alt(HONOURING_MEETING_WORDS)})(?!.*${STUDIED_MARK})`);
/** An honour closing an item of a list before 、 (劳动模范、先进工作者…表彰大会). */
const HONOUR_LISTED = new RegExp(`(?:${alt([...HONOUR_TITLES, ...LISTED_HONOURS])})$`);

const AT_PLACE = new RegExp(`${VENUE_MARK}([^,，。;；在“”]{2,24})$`);
const NOT_PLACE = new RegExp(`(?:${alt(NOT_PLACE_ENDINGS)})$`);
const LOCATION_HELD = new RegExp(
  `${AT_VENUE}([^,，。;；在]{2,24}?)${ADVERB}?(?:${alt(new Set([...HELD_AFTER_VERBS, ...HOLDING_VERBS].filter((v) => !BRINGING_VERBS.includes(v))))})`,
);
/** (A quotation is no place gone to: 深入开展“夏季送清凉”活动 names the activity.) */
const LOCATION_GONE_TO = new RegExp(
  `(?:${alt(TRAVEL_WORDS)})([^,，。;；到“”]{2,20}?)(?:${alt(new Set([...HOLDING_VERBS, ...VISIT_VERBS]))})`,
);
const LOCATION_TRAILER = new RegExp(`(?<=.)(?:${alt([...HOLDING_ADVERBS, ...LOCATION_TRAILERS])})+$`);
/** 在京召开, 在穗举行, 在蓉落幕: an event held in a place written by its one-character short name. */
const HELD_IN_SHORT = new RegExp(
  `在([${Object.keys(SHORT_PLACE_NAMES).join('')}])${ADVERB}?(?:${alt(new Set([...HELD_AFTER_VERBS, ...HOLDING_VERBS].filter((v) => !BRINGING_VERBS.includes(v))))})`,
);

/** Where the clause holds its event: 在 a place (not 在…之际, a time) or 到 a place. */
function locationIn(clause: string): string | undefined {
  const short = on(R.heldInShort) ? HELD_IN_SHORT.exec(clause)?.[1] : undefined;
  if (short) return SHORT_PLACE_NAMES[short];
  const m = LOCATION_HELD.exec(clause) ?? LOCATION_GONE_TO.exec(clause);
  // 在京隆重召开, …物流有限公司热闹开启, 到…文化宫学习考察: how or what for, after the place, is not the place's.
  const where = on(R.locationTrailer) ? m?.[1]?.replace(LOCATION_TRAILER, '') : m?.[1];
  if (!where || NOT_PLACE.test(where) || WHEN_ONLY.test(where) || NO_VENUE.test(where) || HOW_NOT_WHERE.test(where))
    return undefined;
  // 在…大会暨…论坛开幕式上: an event is where another was held only as its occasion, not its venue.
  return nounAtEnd(where) !== '' ? undefined : stripQuotes(where);
}
/**
 * 在我司, 在全市, 在各基层企业, 在金融、信息化等行业: a scope, not a venue (在我市 is the article’s city);
 * 在该县, 在此, 在这里: a place pointed back to, named elsewhere; 到企业, 到基层: a kind of site, not one.
 */
const NO_VENUE = new RegExp(
  `^(?:[我本][司院校厂局所]$|全[国省市区县镇乡州旗]$|各|[该此这][省市区县镇乡州旗]$|[此这](?:里|处|地)?$|(?:${alt(GENERIC_SITES)})$)|等(?!地$)[\\p{Script=Han}]{1,3}$`,
  'u',
);
/** 在4月24日举行, 在1月11日全面启动: 在 a day is when, not where. */
const WHEN_ONLY = /^(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}[日号]|^(?:\d{4}年)?\d{1,2}月/;
/** 深入开展…送温暖, 广泛深入持久开展: 深入 and what follows it say how the event was held, not where. */
const HOW_NOT_WHERE = new RegExp(
  `^(?:${alt([...HOLDING_VERBS, ...HOLDING_ADVERBS, ...PURPOSE_ADVERBS, ...MANNER_WORDS])})`,
);

const PARTS = PART_WORDS.map(([part, words]) => [part, new RegExp(`^[^,，。]*?(?:${alt(words)})`)] as const);

/**
 * The part a named person plays, read from the words right after the name.
 *
 * @example
 * partOf('市总工会主席李灿出席会议并讲话。', '李灿') // → 'spoke'
 */
export function partOf(sentence: string, name: string): EventPart | undefined {
  const at = sentence.indexOf(name);
  if (at < 0) return undefined;
  const after = sentence.slice(at + name.length, at + name.length + 12);
  return PARTS.find(([, re]) => re.test(after))?.[0];
}

/** A person invited to a training speaks at it (邀请…医师赵柏庆…开展培训); invited elsewhere, attends. */
function invitedPart(norm: string, person: PersonDraft, type: EventType): EventPart | undefined {
  if (person.from === undefined || !isGuest(norm, person.from)) return undefined;
  return type === 'training' ? 'spoke' : 'attended';
}

/**
 * A title that is only an event noun (开幕式, 会议), perhaps after a vague word (有关活动): in a
 * sentence that names an event it refers to that event (…运动会在体育中心开幕,运动员参加开幕式),
 * not to another one.
 *
 * @example
 * isBareTitle('“开幕式”') // → true
 * isBareTitle('有关活动') // → true
 */
export const isBareTitle = (title: string): boolean => BARE.has(stripQuotes(title).replace(VAGUE_OPENING, ''));
const VAGUE_OPENING = new RegExp(`^(?:${alt(VAGUE_WORDS)})`);

/** A dateline's mark after its day, with the place it was filed from before 消息 (中国台湾网4月11日湖州消息). */
const DATELINE_MARK = `(?:${alt(DATELINE_MARKS)}|[\\u4e00-\\u9fff]{2,3}消息)`;
const DATELINE = new RegExp(`^\\s?${DATELINE_MARK}`);
/** A byline in brackets or a paper credited (据厦门日报报道) between a dateline and the story. */
const AFTER_DATELINE = `(?:\\([^)]*\\))?[\\s,，]?(?:${CREDIT_OPENING}[^,，。;；]{1,15}?(?:${alt(CREDIT_VERBS)})[\\s,，]?)?`;
const DATELINE_YESTERDAY = new RegExp(`^\\s?${DATELINE_MARK}${AFTER_DATELINE}(?:${alt(YESTERDAY)})`);
/**
 * 福州新闻网3月30日讯(记者 甲)28日,…: the day the news happened, written alone after the dateline; the first of
 * two (东北网1月10日讯(记者 甲)8日至9日,…).
 */
const DATELINE_DAY = new RegExp(
  `^\\s?${DATELINE_MARK}${AFTER_DATELINE}\\s?(\\d{1,2})日(?:[至到-]\\d{1,2}日)?\\s?(?=(?:${alt(DAY_PARTS)})|[,，在于])`,
);
/** 中新网7月7日消息,近日…: the news is dated vaguely after the dateline. */
const DATELINE_VAGUE = new RegExp(`^\\s?${DATELINE_MARK}${AFTER_DATELINE}(?:${alt(VAGUE_DAYS)})`);

/** The date an event in this sentence was held: the first date, a range's first day, or 昨天 after a dateline. */
function eventDate(norm: string): { month: number; day: number; year?: number } | undefined {
  let hit = findDate(norm) ?? rangeDate(norm);
  // (2023年07月14日 第A2版)本报讯 7月7日,…: the date of the paper's issue, not of the news.
  if (hit && EDITION_AFTER.test(norm.slice(hit.pos + hit.length, hit.pos + hit.length + 8))) {
    const rest = hit.pos + hit.length;
    const later = findDate(norm.slice(rest)) ?? rangeDate(norm.slice(rest));
    hit = later ? { ...later, pos: later.pos + rest } : undefined;
  }
  if (!hit || hasRelativeDate(norm.slice(0, hit.pos).replace(GLOSSED_VAGUE_DAY, ''))) return undefined;
  const end = hit.pos + hit.length;
  // Room for a byline in brackets between the dateline and 昨天 (…讯(福州日报记者 甲 乙 通讯员 丙)昨日,…).
  const after = norm.slice(end, end + 60);
  const period = on(R.namedPeriod) ? PERIOD_NAMED.exec(norm.slice(end)) : null;
  if (period) {
    const rest = norm.slice(end + period[0].length);
    const later = findDate(rest) ?? rangeDate(rest);
    if (later && !hasRelativeDate(rest.slice(0, later.pos))) {
      fired(R.namedPeriod, 'event', `${later.month}-${later.day}`);
      return dateOnly(later);
    }
    if (VAGUE_ONLY.test(rest)) {
      fired(R.namedPeriod, 'event', 'undated');
      return undefined;
    }
  }
  if (DATELINE.test(after)) {
    // 东北网4月17日电 昨天,…: the dateline's day before.
    if (DATELINE_YESTERDAY.test(after)) return hit.day > 1 ? { month: hit.month, day: hit.day - 1 } : undefined;
    // 北京2月22日电 …会议2月21日至22日在北京召开: the dateline is when it was filed, not held.
    const later = findDate(norm.slice(end)) ?? rangeDate(norm.slice(end));
    if (later && !hasRelativeDate(norm.slice(end, end + later.pos))) hit = later;
    // 3月30日讯(记者 甲)28日,…: a day alone after the dateline, in its month or the month before.
    else {
      const alone = on(R.dayAfterDateline) ? DATELINE_DAY.exec(after) : null;
      if (alone) return dayBefore(hit, Number(alone[1]));
      // 7月7日消息,近日,…召开: the day of filing, not of the event, which the text leaves vague.
      if (DATELINE_VAGUE.test(after)) return undefined;
      const told = on(R.dayInDatelineSentence) ? toldDayAfterDateline(norm.slice(end), hit.day) : 'none';
      if (told === 'vague') return undefined;
      if (typeof told === 'number') return dayBefore(hit, told);
    }
  }
  // 4月23日,记者从市总工会获悉,…大赛日前在蓉落幕: the day the reporter learned the news, as a dateline's.
  // (记者7月4日从市总工会获悉,近日…: the same day, written inside the reporter's clause.)
  const learned =
    on(R.learnedDay) && !DATELINE.test(after)
      ? (LEARNED_AFTER.exec(after) ?? (REPORTER_BEFORE.test(norm.slice(0, hit.pos)) ? LEARNED_FROM.exec(after) : null))
      : null;
  if (learned) {
    const rest = norm.slice(end + learned[0].length);
    const later = findDate(rest) ?? rangeDate(rest);
    if (later && !hasRelativeDate(rest.slice(0, later.pos))) return dateOnly(later);
    const alone = DAY_ALONE_AFTER.exec(rest);
    if (alone && !hasRelativeDate(rest.slice(0, alone.index))) return dayBefore(hit, Number(alone[1]));
    if (VAGUE_DAY.test(rest)) return undefined;
  }
  return dateOnly(hit);
}

/**
 * The day the news after a dateline tells further on in its sentence (3月4日讯 …启动大会3日上午在武汉召开), or
 * `'vague'` when it says 近日 or 日前 there (11月13日电 …交流活动近日在马鞍山举办). A day later than the dateline's
 * would be a plan or last month's: the dateline keeps it.
 */
function toldDayAfterDateline(rest: string, filed: number): number | 'vague' | 'none' {
  const alone = DAY_ALONE_AFTER.exec(rest);
  if (alone && !hasRelativeDate(rest.slice(0, alone.index)) && Number(alone[1]) <= filed) return Number(alone[1]);
  return VAGUE_DAYS.some((w) => rest.includes(w)) ? 'vague' : 'none';
}

/** A date without its place in the text. */
function dateOnly(hit: EventDate): EventDate {
  return hit.year ? { month: hit.month, day: hit.day, year: hit.year } : { month: hit.month, day: hit.day };
}

/**
 * …记者从某总工会获悉, right after a date: the day the news was learned (not at an event: 记者从…会议上获悉
 * dates the meeting).
 */
/** 记者 right before a date (记者7月4日从…获悉), and what the reporter learned the news from after it. */
const REPORTER_BEFORE = /记者\s?$/;
const LEARNED_FROM = new RegExp(`^\\s?从[^,，。;；]{2,40}?(?<![上中])(?:${alt(LEARNING_VERBS)})`);
const LEARNED_AFTER = new RegExp(
  `^[,，\\s]?[^,，。;；]{0,16}?记者[^,，。;；]{0,10}?从[^,，。;；]{2,40}?(?<![上中])(?:${alt(LEARNING_VERBS)})`,
);
/** A date, or the end of its span, that the sentence names as a period (4月25日至5月1日是第21个…宣传周). */
const PERIOD_NAMED =
  /^(?:\s?[至到—\-~]\s?(?:\d{1,2}月)?\d{1,2}日)?\s?[,，]?\s?是(?:全国|全省)?第[\d一二三四五六七八九十]+[个届]/;
/** A vague day (近日, 日前), which leaves an event undated. */
const VAGUE_ONLY = new RegExp(alt(VAGUE_DAYS));
/** A day alone in what was learned (…大赛于21日在阳泉开幕). */
const DAY_ALONE_AFTER = /(?<![月\d])(\d{1,2})日(?=上午|下午|晚|在|于|起|,|，|举行|开幕|召开|落幕|闭幕)/;

/** The date of a day written alone that falls on or before a dated day (a dateline's). */
function dayBefore(hit: EventDate, day: number): EventDate {
  // 30日 after a 4月2日 dateline is March's; after a 1月2日 one, last December's.
  const back = day > hit.day;
  const month = back ? hit.month - 1 || 12 : hit.month;
  const year = hit.year && back && hit.month === 1 ? hit.year - 1 : hit.year;
  return year ? { month, day, year } : { month, day };
}
type EventDate = { month: number; day: number; year?: number };

/** An edition after a date (2023年07月14日 第A2版, 2021年12月22日 02版): the paper's issue. */
const EDITION_AFTER = /^\s?第?\s?[A-Z]?\d{1,2}\s?版/;

/** 当日, 当天: the day the text named last. */
const THAT_DAY = /^(?:在)?(?:当日|当天)/;

/**
 * Dates the events of sentences that open with 当日 or 当天 ("that day") with the day the
 * sentence before named (1月15日是…日。当日,…总工会…开展…活动), when they name none themselves.
 *
 * @example
 * datedByDayBefore(events, sentences) // the 当日 event gets 1月15日
 */
export function datedByDayBefore(events: EventDraft[], sentences: readonly Sentence[]): void {
  for (const e of events) {
    if (!e.undated || !THAT_DAY.test(e.sentence.norm)) continue;
    // The nearest sentence before that names a day (the lead's 11月4日, a paragraph or two up).
    for (let at = sentences.indexOf(e.sentence) - 1; at >= 0; at--) {
      const before = sentences[at] as Sentence;
      if (before.heading) break;
      const date = eventDate(before.norm);
      if (date) {
        Object.assign(e, { ...date, undated: false });
        break;
      }
    }
  }
}

/** A sentence that opens with its day (12月28日,在西门社区工会驿站…). */
const OPENS_WITH_DAY = new RegExp(`^(?:\\d{4}年)?\\d{1,2}月${DAYS}`);

/**
 * Hosts an event told before with the bodies a later sentence names as its sponsors (…篮球赛在市体育馆开幕。
 * 本次比赛由市总工会、市体育局主办。): a sentence that tells no event of its own and opens, within a few
 * words, with 由 and the sponsors. The latest event before it that has no host takes them.
 *
 * @example
 * sponsorsAfter(events, orgsBySentence) // the 篮球赛 is hosted by 市总工会 and 市体育局
 */
export function sponsorsAfter(
  events: readonly EventDraft[],
  orgsBySentence: ReadonlyMap<Sentence, OrgMention[]>,
): void {
  if (!on(R.sponsorsAfter)) return;
  for (const [sentence, orgs] of orgsBySentence) {
    const m = orgs.length > 0 ? SPONSORS_AFTER.exec(sentence.norm) : null;
    if (!m || events.some((e) => e.sentence === sentence)) continue;
    const [from, to] = [m.index + m[0].length - (m[1]?.length ?? 0), m.index + m[0].length];
    const named = orgs.filter((o) => o.from >= from && o.to <= to);
    const event = events.filter((e) => e.sentence.index < sentence.index && e.organizers.length === 0).at(-1);
    // A generic title (开幕仪式) is named by its host: sponsors told later leave it as the text names it.
    if (!event || event.generic || named.length === 0) continue;
    event.organizers.push(...named.slice(0, 4));
    fired(R.sponsorsAfter, 'event', event.title);
  }
}
const SPONSORS_AFTER = new RegExp(`^[^,，。;；由]{0,8}${SPONSOR_MARK}([^。;；]{2,80}?)(?=${alt(SPONSOR_VERBS)})`);

/** A lead that opens with its day and a comma (12月2日上午,…), not a page's date line (2017年03月13日 点击次数:). */
const LEAD_DAY = new RegExp(`${OPENS_WITH_DAY.source}(?:${alt(DAY_PARTS)})?[,，]`);

/**
 * Dates a headline's one event with the day the article's lead opens with, when the body tells the
 * event in other words the extractor does not read as a title (…促就业创业活动举办 over 4月21日,2018年…
 * 促进就业创业系列活动暨…展示会在包头市举办): a report's lead opens with the day of what its headline tells.
 *
 * @example
 * datedByLeadDay([headlineEvent], sentences) // the headline's event gets the lead's 4月21日
 */
export function datedByLeadDay(events: readonly EventDraft[], sentences: readonly Sentence[]): void {
  const [only, ...more] = events;
  if (!on(D.leadDay) || !only || more.length || !only.fromHeading || !only.undated) return;
  const lead = sentences.find((s) => s.lead && !s.heading);
  const date = lead && LEAD_DAY.test(lead.norm) ? eventDate(lead.norm) : undefined;
  if (!date) return;
  Object.assign(only, { ...date, undated: false });
  fired(D.leadDay, 'event', only.title);
}

/**
 * Dates an event its own sentence leaves undated (区总工会启动“冬日送温暖行动”,…。) with the day the
 * next sentence opens with (12月28日,在西门社区工会驿站,…送上…), when that sentence tells no event of
 * its own: it tells what the event did that day. Not when the event's day is vague on purpose (近日),
 * nor when it runs through a year (今年…开展…活动。8月16日至25日,开展调查摸底: one step of it).
 *
 * @example
 * datedByDayAfter(events, sentences) // the 行动 gets 12月28日
 */
export function datedByDayAfter(events: EventDraft[], sentences: readonly Sentence[]): void {
  const withEvents = new Set(events.map((e) => e.sentence));
  for (const e of events) {
    if (!e.undated || e.fromHeading || VAGUE_DAY.test(e.sentence.norm)) continue;
    const after = sentences[sentences.indexOf(e.sentence) + 1];
    // In the same paragraph: a new paragraph's day may start another part of the story.
    if (!after || after.block !== e.sentence.block || withEvents.has(after) || !OPENS_WITH_DAY.test(after.norm))
      continue;
    const date = eventDate(after.norm);
    if (date) Object.assign(e, { ...date, undated: false });
  }
}

/**
 * Dates an event its own sentence leaves undated with the day the sentence before, in the same
 * paragraph, opens with, when that sentence tells no event of its own: it sets the scene
 * (4月8日,…会议室内座无虚席。…,一场…推进会拉开帷幕。). Not when the event's day is vague on purpose.
 *
 * @example
 * datedBySceneDay(events, sentences) // the 推进会 gets 4月8日
 */
export function datedBySceneDay(events: EventDraft[], sentences: readonly Sentence[]): void {
  if (!on(D.sceneDay)) return;
  const withEvents = new Set(events.map((e) => e.sentence));
  for (const e of events) {
    if (!e.undated || e.fromHeading || VAGUE_DAY.test(e.sentence.norm)) continue;
    const before = sentences[sentences.indexOf(e.sentence) - 1];
    // 中国西藏网讯 1月29日,…大厅内墨香四溢: the scene may open after the outlet's dateline.
    const opening = before?.norm.replace(DATELINE_OPENING, '');
    if (!before || before.block !== e.sentence.block || withEvents.has(before) || !OPENS_WITH_DAY.test(opening ?? ''))
      continue;
    const date = eventDate(before.norm);
    if (!date) continue;
    Object.assign(e, { ...date, undated: false });
    fired(D.sceneDay, 'event', e.title);
  }
}
const VAGUE_DAY = new RegExp(alt([...VAGUE_DAYS, ...RELATIVE_DAYS, ...YEAR_LONG]));
const DATELINE_OPENING = new RegExp(`^\\s*(?:${DATELINE_SOURCE}|${OUTLET_DATELINE_SOURCE})(?:\\([^)]*\\))?\\s*`, 'u');

const THEN_OPENING = new RegExp(`^(?:在)?(?:${alt(THEN_WORDS)})[,，]?`);

/** Whether the event stands in the clause a 随后 opens (not one it refers to later in the sentence). */
function thenClause(e: EventDraft): boolean {
  const m = THEN_OPENING.exec(e.sentence.norm);
  if (!m) return false;
  const rest = e.sentence.norm.slice(m[0].length);
  const end = rest.search(/[,，;；。]/);
  return e.from < m[0].length + (end < 0 ? rest.length : end);
}

/**
 * 会议为…授牌, 会上,向…授旗: a sentence telling whom the meeting told before honoured there (not what it passed on or
 * called for: 会议传达了…全委会精神).
 */
const AT_THE_MEETING_OPENING = new RegExp(`^(?:${alt(MEETING_ANAPHORS)})[,，]?(?:还|并|同时)?(?:为(?!期)|向)`);
/** 揭牌仪式后, 会后, 启动仪式结束后: a sentence that goes on from an event told before; the group is its noun. */
const AFTER_EVENT = new RegExp(`^(?:在)?([^,，。;；“”]{0,10}?(?:${alt(FOLLOWED_EVENT_NOUNS)}))(?:结束)?后[,，]`);

/**
 * Dates the events of a sentence that opens after an event told before (揭牌仪式后,连州市总工会在该镇
 * 举行…推进会) with that event's day, when they name none themselves: the latest dated event of an
 * earlier sentence whose title holds the words before 后 (a bare 会 matches any meeting).
 *
 * @example
 * datedByEventBefore(events) // the 推进会 gets the 揭牌仪式's 8月22日
 */
export function datedByEventBefore(events: EventDraft[]): void {
  for (const e of events) {
    // 在随后召开的…座谈会议上, 随后,…: what was held next, on the day of the event told before.
    if (e.undated && thenClause(e)) {
      const last = events.filter((o) => !o.undated && o.sentence.start < e.sentence.start).at(-1);
      if (last) takeDay(e, last);
      continue;
    }
    // 会议为劳模工匠服务队授旗,并为…工匠学院授牌: what the meeting did, on the meeting's day.
    if (e.undated && e.type === 'ceremony' && AT_THE_MEETING_OPENING.test(e.sentence.norm) && on(R.atTheMeeting)) {
      const meetings = events.filter((o) => !o.undated && o.type === 'meeting' && o.sentence.start < e.sentence.start);
      const last = meetings.at(-1);
      if (last) takeDay(e, last);
      continue;
    }
    const m = e.undated ? AFTER_EVENT.exec(e.sentence.norm) : null;
    if (!m) continue;
    const noun = m[1] as string;
    const before = events.filter(
      (o) =>
        !o.undated &&
        o.sentence.start < e.sentence.start &&
        (noun.length > 1 ? o.title.includes(noun) : o.title.endsWith(noun)),
    );
    const last = before.at(-1);
    if (last) takeDay(e, last);
  }
}

/** 1月21-22日: a span's first day. */
function rangeDate(
  norm: string,
): { month: number; day: number; pos: number; length: number; year?: number } | undefined {
  const m = /(\d{1,2})月(\d{1,2})\s?[-—–~]\s?\d{1,2}日/.exec(norm);
  if (!m) return undefined;
  const month = Number(m[1]);
  const day = Number(m[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { month, day, pos: m.index, length: 0 } : undefined;
}

/** Gives an event the day another was held on (a day written alone included). */
export function takeDay(e: EventDraft, from: EventDraft): void {
  Object.assign(e, { month: from.month, day: from.day, year: from.year, undated: from.undated });
  if (from.dayOnly) e.dayOnly = from.dayOnly;
}

function dated(draft: EventDraft, norm: string): EventDraft {
  const date = eventDate(norm);
  if (date) Object.assign(draft, { ...date, undated: false });
  else if (!hasRelativeDate(norm)) {
    const day = findDayOnly(norm);
    if (day) draft.dayOnly = day;
    // 428日, for 4月28日: one reading dates the event; two (111日) wait for the page's date to choose.
    const glued = day || !on(R.gluedDate) ? [] : findGluedDate(norm);
    if (glued.length === 1) Object.assign(draft, { ...glued[0], undated: false });
    else if (glued.length > 1) draft.gluedDates = glued;
  }
  return draft;
}

/** A draft for a title read at [from, to) of the sentence. */
function draftOf(
  sentence: Sentence,
  from: number,
  to: number,
  type: EventType,
  extra: Partial<EventDraft> = {},
): EventDraft {
  return dated(
    {
      title: sentence.text.slice(from, to),
      type,
      undated: true,
      organizers: [],
      participants: [],
      sentence,
      from,
      to,
      fromHeading: sentence.heading,
      ...extra,
    },
    sentence.norm,
  );
}

/** A title found by its event noun, before it is judged. */
interface Candidate {
  noun: string;
  start: number;
  end: number;
  stop?: string;
  /** Where the title's clause starts. */
  clause: number;
}

/** A year right before a closing quote (…颁奖礼2025”): the edition of the title it ends. */
const YEAR_BEFORE_CLOSE = /^(?:19|20)\d\d(?=”)/;

/** The title ending in the event noun at `at`, unless the noun goes on into a longer one. */
function candidateAt(norm: string, at: number, noun: string): Candidate | undefined {
  const end = at + noun.length;
  // 宣讲|活动: the compound ends later; judge it by its last noun.
  if (NOUN_WORDS.lengthStartingAt(norm, end) > 0) return undefined;
  // 代表大会代表选举: the congress's delegates, not the congress (表彰大会代表 attended one held).
  if (on(R.modifierVeto) && CONGRESS.has(noun) && norm.startsWith('代表', end)) return undefined;
  const scene = on(R.scene) && SCENE_AFTER.test(norm.slice(end));
  if (on(R.modifierVeto) && !scene && NOT_AFTER.test(norm.slice(end))) return undefined;
  const { start, stop } = scanTitle(norm, at);
  if (scene && !opensClauseWithZai(norm, start, stop)) return undefined;
  if (on(R.sinceYear) && opensSinceYear(norm, start) && SINCE.test(norm.slice(end))) return undefined;
  // A title in quotation marks (“求学圆梦行动”): the quotes belong to it, the verb stands before them,
  // as does the year of an edition written after the noun (「…颁奖礼2025」).
  const year = YEAR_BEFORE_CLOSE.exec(norm.slice(end, end + 5))?.[0].length ?? 0;
  if (norm[start - 1] === '“' && norm[end + year] === '”' && stop === undefined) {
    // 启动了2022年“春风行动”: the year of the edition before the quotes is the title's too.
    const edition = on(R.editionBeforeQuote) ? (EDITION_YEAR_END.exec(norm.slice(0, start - 1))?.[0].length ?? 0) : 0;
    const open = start - 1 - edition;
    // (开展了“送温暖行动”: the verb done stands before its 了.)
    const done =
      norm[open - 1] === '了' && on(R.verbDoneBeforeQuote) ? wordEndingAt(norm, open - 1, STOPS, 4) : undefined;
    const before = done ?? wordEndingAt(norm, open, STOPS, 4);
    return {
      noun,
      start: open,
      end: end + year + 1,
      clause: clauseStart(norm, open),
      ...(before ? { stop: before } : {}),
    };
  }
  return { noun, start, end, clause: titleClauseStart(norm, start), ...(stop ? { stop } : {}) };
}

/** A year of an edition right before a quoted title (2022年“春风行动”, 二○二六年“…”). */
const EDITION_YEAR_END = /(?:\d{4}|二[〇○零][一二三四五六七八九〇○零]{2})年度?$/;

/**
 * The clause a title stands in: a comma inside a quotation the title opens with (以“金秋话重阳,共叙岁月情”为主题的…)
 * ends no clause.
 */
function titleClauseStart(norm: string, start: number): number {
  let a = clauseStart(norm, start);
  if (!on(R.quotedComma)) return a;
  for (;;) {
    const open = norm.lastIndexOf('“', a - 1);
    // A quotation still open at the clause's start that closes before the title (not one left open: “我是…).
    const close = open >= 0 ? norm.indexOf('”', open) : -1;
    if (a === 0 || open < 0 || close < a || close >= start) return a;
    a = clauseStart(norm, open);
  }
}

/** 在…大会上, : the comma after 上 makes the title the scene of the clause that follows. */
const SCENE_AFTER = /^上[,，]/;

/** Whether the title at `start` follows a 在 that opens its clause (…上午,在…大会上,). */
function opensClauseWithZai(norm: string, start: number, stop: string | undefined): boolean {
  return stop === '在' && clauseStart(norm, start - 1) === start - 1;
}

/** Which rule holds the candidate: a verb before it, a verb after it, a list after a held one, or its scene. */
function holdingRule(norm: string, c: Candidate, out: readonly EventDraft[]): Rule | undefined {
  const beforeTitle = norm.slice(c.clause, c.start);
  const heldBefore =
    c.stop !== undefined &&
    (HOLDING.has(c.stop) ||
      ATTENDING.has(c.stop) ||
      (CAMPAIGNING.has(c.stop) && TYPE_OF.get(c.noun) === 'campaign') ||
      (c.stop === '的' && HOLDS_BEFORE_DE.test(beforeTitle)));
  if (on(R.heldBefore) && heldBefore) return R.heldBefore;
  const after = norm.slice(c.end);
  const opensAnother = c.stop === '为' && CURTAIN_AFTER.test(after);
  if (on(R.heldAfter) && HELD_AFTER.test(after) && !opensAnother) return R.heldAfter;
  if (on(R.listed) && norm[c.start - 1] === '、' && out.some((e) => e.to === c.start - 1)) return R.listed;
  if (on(R.scene) && c.stop === '在' && SCENE_AFTER.test(norm.slice(c.end))) return R.scene;
  return undefined;
}

/** 将, 计划, 要, 常态化 …: the text before a verb tells a plan or a habit (the plan veto). */
const intends = (before: string): boolean => on(R.planVeto) && FUTURE.test(before);

/**
 * 12月13日,厦门市总工会将举行…大会: an event set for a named day is one, though it is still to come
 * (the plan words that veto are those of intent and habit: 将开展, 计划举办, 每年举办).
 */
function scheduled(before: string): boolean {
  return on(R.scheduled) && DAY_NAMED.test(before) && SCHEDULED_VERB.test(before);
}
const DAY_NAMED = /\d{1,2}月\d{1,2}[日号]/;
const SCHEDULED_VERB = new RegExp(`将(?:于[^,，。;；]{0,16})?(?:${alt(SCHEDULING_VERBS)})$`);

/** 要…开展, 常态化开展, 开展宣讲活动75场, 连续举办七届…: a plan, a habit or a programme, not an event held. */
function isPlanned(norm: string, c: Candidate, title: string, beforeTitle: string): boolean {
  if (EDITIONS.test(title)) return true;
  const set = scheduled(norm.slice(0, c.start));
  if (intends(beforeTitle) && !set) return true;
  if (on(R.planVeto) && OPENS_FUTURE.test(norm)) return true;
  // …,新区总工会将通过推选…,举办…比赛: a plan a clause's subject opens governs the clauses after it.
  if (on(R.planVeto) && !set && planBefore(norm.slice(0, c.start))) return true;
  // 为深入开展“…”实践活动,…举办了…: what a purpose clause names is what the event serves, not the event.
  if (on(R.purposeVeto) && PURPOSE_CLAUSE.test(beforeTitle)) return true;
  // …竞赛活动已举办了四年, …大赛已连续举办三届: held for years or editions, a programme.
  if (on(R.heldForYears) && HELD_FOR_YEARS.test(norm.slice(c.end))) return true;
  // A named series counted (“会聚良缘…”系列活动21场) is still one event; an unnamed one is a programme.
  return COUNT_AFTER.test(norm.slice(c.end)) && !/[“”]/.test(title);
}

/** After a title: held (已, 连续) for a count of years or editions (已举办了四年, 已连续举办三届), not a year's date. */
const HELD_FOR_YEARS = new RegExp(
  `^(?:已经?)?(?:连续)?(?:成功)?(?:${alt(HELD_AFTER_VERBS)})了?(?:[一二三四五六七八九十两]{1,3}|\\d{1,2}(?!\\d))(?:个)?(?:年|届)`,
);

/** 会议要求,…/他强调,…: the sentence tells what a meeting or a speaker asked for, not what was held. */
const isDirective = (sentence: Sentence): boolean =>
  !sentence.heading &&
  (DIRECTIVE.test(sentence.norm) || (on(R.meetingAsks) && MEETING_ASKS.test(sentence.norm))) &&
  !heldAtTheMeeting(sentence.norm);
const MEETING_ASKS = new RegExp(`^(?:${alt(MEETINGS_ASKING)})(?:${alt(ALSO_WORDS)})?(?:${alt(ASKING_VERBS)})`);

/** 会上,举行了颁奖仪式: what was done at the meeting, where no one's words follow 会上. */
function heldAtTheMeeting(norm: string): boolean {
  const m = AT_THE_MEETING.exec(norm);
  if (!m) return false;
  const clause = norm.slice(m[0].length).split(/[,，。;；:：]/)[0] ?? '';
  return !SAYING.test(clause);
}
const AT_THE_MEETING = /^会上[,，]/;
const SAYING = new RegExp(alt(SAYING_VERBS));

/** The veto that rules the candidate out, if any. */
function vetoOf(norm: string, c: Candidate, title: string): Rule | undefined {
  const beforeTitle = norm.slice(c.clause, c.start);
  if (on(R.planVeto) && isPlanned(norm, c, title, beforeTitle)) return R.planVeto;
  // 今年没有举办「五一游行」, 五一没有游行的香港: an event said not to have been held.
  if (on(R.notHeldVeto) && NOT_HELD_BEFORE.test(beforeTitle)) return R.notHeldVeto;
  if (on(R.purposeVeto) && c.stop !== undefined && PURPOSE.has(c.stop)) return R.purposeVeto;
  if (on(R.anaphoraVeto) && (isBareTitle(title) || ANAPHOR.test(title))) return R.anaphoraVeto;
  // 州总工会印发《关于…开展…劳动竞赛活动的实施方案》: a title inside a document's name is the document's.
  if (on(R.planVeto) && enclosureAt(norm, c.start).book) return R.planVeto;
  // 近年来,…开展了…竞赛活动; 自2006年开始,…开展…劳动竞赛: years looked back over tell a programme, unless a day is named.
  if (on(R.planVeto) && LOOKING_BACK.test(norm.slice(0, c.start)) && !findDate(norm.slice(0, c.end))) return R.planVeto;
  if (on(R.pluralVeto) && PLURAL.test(title)) return R.pluralVeto;
  // 会议回顾了…联谊活动开展情况: how an event went, reviewed or asked about.
  if (on(R.howItWentVeto) && HOW_IT_WENT_AFTER.test(norm.slice(c.end, c.end + HOW_IT_WENT_LONGEST)))
    return R.howItWentVeto;
  // 组织某托管班40名萌娃走进纪念馆: a class or team whose people are counted right after it is who went.
  if (on(R.groupVeto) && PEOPLE_COUNTED_AFTER.test(norm.slice(c.end, c.end + 8))) return R.groupVeto;
  // 112期就业创业培训, 1~2期省外职工疗休养活动: sessions counted are a programme, not one event.
  if (on(R.pluralVeto) && COUNTED_SESSIONS.test(title)) return R.pluralVeto;
  // 是由全总…开展的一项群众性安全生产竞赛活动: what kind of thing something is, not an event held.
  if (on(R.pluralVeto) && norm.charAt(c.start - 1) === '的' && DESCRIPTIVE.test(norm.slice(c.start)))
    return R.pluralVeto;
  // 这是…开展的一次大型群众性活动: after 是, the event told before, described.
  if (
    on(R.pluralVeto) &&
    norm.charAt(c.start - 1) === '的' &&
    COPULA_DESCRIPTIVE.test(norm.slice(c.start)) &&
    beforeTitle.includes('是')
  )
    return R.pluralVeto;
  return undefined;
}

const HOW_IT_WENT_AFTER = new RegExp(`^的?(?:${alt(CARRYING_OUT_VERBS)})?(?:${alt(STATE_WORDS)})`);
/** How far after a title the state it is in can end (的开展情况): the veto reads no further. */
const HOW_IT_WENT_LONGEST =
  1 + Math.max(...CARRYING_OUT_VERBS.map((w) => w.length)) + Math.max(...STATE_WORDS.map((w) => w.length));
const NOT_HELD_BEFORE = new RegExp(`(?:${alt(NOT_HELD_WORDS)})(?:${alt(HOLDING_VERBS)})?[「“"]?$`);

/** A count of people right after a title (托管班40名萌娃): the title names the group they are in. */
const PEOPLE_COUNTED_AFTER = /^(?:\d+|[一二两三四五六七八九十百千]+)(?:余|多)?[名位]/;

const LOOKING_BACK = new RegExp(
  `${alt(LOOKING_BACK_WORDS)}|(?:${alt(SINCE_OPENERS)})(?:19|20)\\d\\d年(?:${alt(SPAN_STARTS)})`,
);

const COUNTED_SESSIONS = /^\d+(?:[~～-]\d+)?(?:期|场|批)(?!次)/;

const SPONSORED_BY = new RegExp(`${SPONSOR_MARK}([^,，。]{2,60}?)(?:${alt(SPONSOR_VERBS)})`);
const SPONSOR_BEFORE = new RegExp(`${SPONSOR_MARK}[^,，。;；]*$`);
const SPONSOR_AFTER = new RegExp(`^[^,，。;；]*(?:${alt(SPONSOR_VERBS)})`);

/** The organizations acting as the subject of the event's clause, named by 由…主办, or opening its title. */
function organizersOf(norm: string, c: Candidate, orgs: readonly OrgMention[]): OrgMention[] {
  if (orgs.length === 0) return [];
  const by = SPONSORED_BY.exec(norm);
  if (by) {
    const a = by.index;
    const b = a + by[0].length;
    const named = orgs.filter((o) => o.from >= a && o.to <= b);
    if (named.length > 0) return named;
  }
  const subjects = orgs
    .filter((o) => o.to <= c.start && o.from >= c.clause - 40 && o.to > c.clause - 40)
    .filter(
      (o) =>
        !isVenue(norm, o.from) &&
        !isGuest(norm, o.from) &&
        !isFollowed(norm, o.from) &&
        !isDestination(norm, o.from, c.clause) &&
        !quotedBefore(norm, o.from, c.start),
    )
    .slice(0, 3);
  if (subjects.length > 0) return withoutConcurrentPosts(norm, subjects);
  // 南京市总工会十五届五次全委会议召开: a body's own meeting, named after it, is held by it (after its
  // theme and the year too: “…策马新征程”——2026年山西省总工会迎新春联谊会).
  const at = c.start + (TITLE_LEAD.exec(norm.slice(c.start, c.end))?.[0].length ?? 0);
  return orgs.filter((o) => o.from === at && o.to < c.end).slice(0, 1);
}
/**
 * 区人大常委会副主任、区总工会主席甲率队…: a congress or a consultative conference whose office a union's
 * leader also holds is the leader's other post; the union holds the event.
 */
function withoutConcurrentPosts(norm: string, subjects: OrgMention[]): OrgMention[] {
  if (!on(R.concurrentPost) || !subjects.some((o) => o.kind === 'union')) return subjects;
  const kept = subjects.filter((o) => !(CONCURRENT_BODY.test(o.name) && OFFICE_THEN_LIST.test(norm.slice(o.to))));
  return kept.length > 0 ? kept : subjects;
}
const CONCURRENT_BODY = new RegExp(`(?:${alt(CONCURRENT_POST_BODIES)})$`);
/** An office of the body, then the next in the person's chain (副主任、, 党组成员、). */
const OFFICE_THEN_LIST = /^[\p{Script=Han}]{1,8}、/u;

/** What may open a title before the body holding the event: a quoted theme and its dash, then the year. */
const TITLE_LEAD = /^(?:“[^”]{1,30}”\s?[—-]{1,2}\s?)?(?:\d{4}\s?年度?)?/;

/**
 * “…推动顺丰、京东、滴滴等15家头部企业全部建会……”日前,在…会议上: a body inside a quotation that
 * closes before the title is quoted speech, not who held the event.
 */
function quotedBefore(norm: string, at: number, title: number): boolean {
  const open = norm.lastIndexOf('“', at);
  if (open < 0) return false;
  const close = norm.indexOf('”', open);
  return close > at && close < title;
}

/**
 * 一行到冗渡镇卫生院、贵州德隆水泥有限公司开展座谈: the bodies gone to are where the event was, not who
 * held it (the list after 到 or 走进 runs up to the next verb of holding or a break).
 */
function isDestination(norm: string, at: number, clause: number): boolean {
  // The body's own clause, which may be the one before the title's (…来到美团官塘站点、饿了么下栅站点…,对…开展走访慰问活动).
  const gone = GONE_TO_LIST.exec(norm.slice(Math.max(Math.min(clause, clauseStart(norm, at)), at - 40), at));
  return gone !== null && !HOLDING_WORDS.test(gone[1] as string);
}
const GONE_TO_LIST = new RegExp(`(?:${alt(TRAVEL_WORDS)})([^,，。;；:：]*)$`);
const HOLDING_WORDS = new RegExp(alt(HOLDING_VERBS));

/** 全面落实全总、市总相关部署要求: a body whose orders are carried out does not hold the event. */
function isFollowed(norm: string, from: number): boolean {
  return FOLLOWED_BEFORE.test(norm.slice(Math.max(0, from - 8), from));
}
const FOLLOWED_BEFORE = new RegExp(`(?:${alt(COMPLIANCE_VERBS)})[^,，。;；]{0,4}$`);

const TRIP = new RegExp(`(?:${alt(TRAVEL_WORDS)})[^,，。;；到赴在]{2,12}?(?:${alt(HOLDING_VERBS)})了?$`);

/** 自治区总工会…率队到我市开展…: the trip (到我市开展) and the body that made it, when the clause names both. */
function tripBefore(
  norm: string,
  c: Candidate,
  titleStart: number,
  organizers: readonly OrgMention[],
): { org: OrgMention; from: number } | undefined {
  if (!on(R.trip) || organizers.length === 0) return undefined;
  const m = TRIP.exec(norm.slice(c.clause, titleStart));
  if (!m) return undefined;
  const org = organizers.find((o) => isSubject(norm, o, c.clause) && o.to <= c.clause + m.index);
  return org ? { org, from: c.clause + m.index } : undefined;
}

/** 在山东管理学院举办…: the body after 在 is where the event was held, not who held it. */
const VENUE = new Set(VENUE_MARKS);
const isVenue = (norm: string, at: number): boolean => VENUE.has(norm[at - 1] ?? '');

const INVITED = new RegExp(`(?:${alt(INVITING_VERBS)})([^。;；]*)$`);
const GONE_TO = new RegExp(`${alt([...TRAVEL_WORDS, ...VENUE_MARKS, '为'])}|[,，]`);

/**
 * 邀请广东省医师协会优秀基层医师赵柏庆走进…: a guest (and the guest's body) invited to speak does not run
 * the event; what follows 走进/到 is where the guest went.
 */
function isGuest(norm: string, at: number): boolean {
  const invited = INVITED.exec(norm.slice(0, at));
  return invited !== null && !GONE_TO.test(invited[1] as string);
}

/** 在湾仔香港君悦酒店举行欢迎仪式: the verb right before the title is held at a place the clause names. */
function heldAtPlace(norm: string, c: Candidate): boolean {
  // 圆微心愿活动也在工会驿站举行: the place may follow the title too, before the verb that holds it.
  const place =
    c.stop === undefined
      ? HELD_AT_AFTER.exec(norm.slice(c.end))?.[1]
      : AT_PLACE.exec(norm.slice(c.clause, c.start - c.stop.length))?.[1];
  return place !== undefined && !NOT_PLACE.test(place);
}
const HELD_AT_AFTER = new RegExp(
  `^(?:${alt(ALSO_WORDS)})?${AT_VENUE}([^,，。;；在]{2,24}?)${ADVERB}?(?:${alt(HELD_AFTER_VERBS)})`,
);

/** Whether a body is its clause's subject: it opens the clause (after a day number), or 由 names it. */
function isSubject(norm: string, org: OrgMention, clause: number): boolean {
  if (org.from >= clause) return !hasHan(norm.slice(clause, org.from));
  return SPONSOR_BEFORE.test(norm.slice(0, org.from)) && SPONSOR_AFTER.test(norm.slice(org.to));
}

/** 工联会第三十六届常务理事会昨晚举行第一次会议: the council that holds a numbered session, as [from, to). */
function councilOf(norm: string, c: Candidate): { from: number; to: number } | undefined {
  if (!on(R.sessionOfBody) || !SESSION.test(norm.slice(c.start, c.end))) return undefined;
  const m = COUNCIL_SUBJECT.exec(norm.slice(c.clause, c.start));
  return m?.[1] ? { from: c.clause + m.index, to: c.clause + m.index + m[1].length } : undefined;
}

/** (以下简称…): an abbreviation defined inside a title is not part of it. */
const ABBREVIATION = new RegExp(`[(（](?:${alt(ABBREVIATION_MARKS)})[^)）]*[)）]`, 'g');

/**
 * A launch verb right after a title, or after where it was held (…竞赛在…现场正式启动); not a
 * ceremony's noun (启动仪式), nor the launch as a time (…活动启动后,经过评审…).
 */
const LAUNCHED = new RegExp(`^(?:${VENUE_MARK}[^,，。;；]{1,30}?)?${ADVERB}?(${alt(LAUNCH_VERBS)})(?![仪式礼后]|以来)`);

const CEREMONY_END = new RegExp(`(?:${alt(CEREMONY_ENDINGS)})$`);

/** Judges one candidate title; returns its draft when it is an event held in this sentence. */
function judge(
  sentence: Sentence,
  c: Candidate,
  orgs: readonly OrgMention[],
  out: readonly EventDraft[],
): EventDraft | undefined {
  const norm = sentence.norm;
  const by = holdingRule(norm, c, out);
  if (!by) return undefined;
  let title = norm.slice(c.start, c.end);
  const filler = FILLERS.exec(title)?.[0] ?? '';
  title = title.slice(filler.length).replace(ABBREVIATION, '');
  const listed = by === R.listed;
  if (vetoOf(norm, c, title)) return undefined;
  const organizers = organizersOf(norm, c, orgs);
  const council = councilOf(norm, c);
  let rule = council !== undefined ? R.sessionOfBody : by;
  let generic = false;
  let repeatOnly = false;
  // 中铁五局六公司召开三届四次职工代表大会: a numbered session named by its number alone is its holder's.
  if (!listed && council === undefined && on(R.sessionByNumber) && sessionByNumber(title, c)) {
    const holds = (c.stop !== undefined && !ATTENDING.has(c.stop)) || by === R.heldAfter;
    const [only, ...more] = organizers;
    if (holds && only && !more.length && isSubject(norm, only, c.clause)) [rule, generic] = [R.sessionByNumber, true];
  }
  if (!listed && council === undefined && !generic && !PROPER.test(title)) {
    const holds = (c.stop !== undefined && !ATTENDING.has(c.stop)) || by === R.heldAfter;
    if (on(R.namedByOrganizer) && holds && organizers.some((o) => isSubject(norm, o, c.clause)))
      rule = R.namedByOrganizer;
    else if (on(R.genericInLead) && sentence.lead) rule = R.genericInLead;
    else if (on(R.heldAtPlace) && holds && heldAtPlace(norm, c)) rule = R.heldAtPlace;
    else if (on(R.datedRepeat) && tellsNews(sentence)) [rule, repeatOnly] = [R.datedRepeat, true];
    else return undefined;
    generic = true;
  }
  const from = council?.from ?? c.start + filler.length;
  const draft = draftOf(sentence, from, c.end, typeOf(c.noun, title), { organizers, generic });
  if (repeatOnly) draft.repeatOnly = true;
  draft.title = sentence.text.slice(c.start + filler.length, c.end).replace(ABBREVIATION, '');
  if (council) draft.title = `${sentence.text.slice(council.from, council.to)}${draft.title}`;
  const launch =
    by === R.heldAfter && on(R.launched) && !CEREMONY_END.test(title)
      ? LAUNCHED.exec(norm.slice(c.end))?.[1]
      : undefined;
  if (launch) draft.title = `${draft.title}${launch}`;
  const trip = tripBefore(norm, c, c.start + filler.length, organizers);
  if (council || trip) draft.core = sentence.text.slice(c.start + filler.length, c.end);
  if (trip) {
    const went = sentence.text.slice(trip.from, c.start + filler.length).replace(/了$/, '');
    draft.title = `${sentence.text.slice(trip.org.from, trip.org.to)}${went}${draft.title}`;
    fired(R.trip, 'event', afterOwnPlace(draft.title));
  }
  const location = locationIn(norm.slice(c.clause, Math.min(norm.length, c.end + 30)));
  if (location) draft.location = location;
  fired(rule, 'event', draft.core ?? draft.title);
  return draft;
}

const UMBRELLA = new Set(UMBRELLA_NOUNS);
const ABOUT_BEFORE_JOINER = new RegExp(`(?:${alt(ABOUT_EVENT_NOUNS)})(?=${TITLE_JOINER})`);
const CLOSING = new RegExp(`^(?:${alt(CLOSING_NOUNS)})$`);
const FESTIVALS: ReadonlySet<string> = new Set(FESTIVAL_NOUNS);

/**
 * X启动仪式, X开幕式, X总结推进大会: X is an event of its own (each of A暨B), dated by its start.
 * An X that is only an umbrella 活动 is not kept.
 */
function aboutEvents(drafts: readonly EventDraft[]): EventDraft[] {
  if (!on(R.aboutEvent)) return [];
  const out: EventDraft[] = [];
  for (const d of drafts) {
    const norm = d.sentence.norm;
    const quoted = norm[d.from] === '“' && norm[d.to - 1] === '”' ? 1 : 0;
    const title = norm.slice(d.from + quoted, d.to - quoted);
    // …竞赛启动仪式暨…技能竞赛: the ceremony closes the first of the joined titles.
    const about = ABOUT_EVENT.exec(title) ?? ABOUT_BEFORE_JOINER.exec(title);
    if (!about) continue;
    const closing = CLOSING.test(about[0]);
    let from = d.from + quoted;
    for (const part of title.slice(0, about.index).split(TITLE_JOINER)) {
      const to = from + part.length;
      const noun = nounAtEnd(part);
      const closedFestival = closing && noun !== '' && FESTIVALS.has(noun) && on(R.festivalClosed);
      if (noun && !UMBRELLA.has(noun) && !closedFestival && stripQuotes(part).length > noun.length) {
        const parent = {
          ...d,
          title: d.sentence.text.slice(from, to),
          type: typeOf(noun, part),
          from,
          to,
          participants: [],
        };
        fired(R.aboutEvent, 'event', parent.title);
        out.push(parent);
      }
      from = to + 1;
    }
  }
  return out;
}

/** Events named by an event noun and held by a verb (召开…推进会, …推进会在佛山召开). */
function heldTitles(sentence: Sentence, orgs: readonly OrgMention[], people: readonly PersonDraft[]): EventDraft[] {
  const norm = sentence.norm;
  const out: EventDraft[] = [];
  for (const m of eventNounsIn(norm)) {
    const c = startAtBody(norm, candidateAt(norm, m.index, m.text), orgs);
    const draft = c && judge(sentence, c, orgs, out);
    if (!draft) continue;
    for (const person of people) {
      const part = partOf(norm, person.name) ?? invitedPart(norm, person, draft.type);
      if (part) draft.participants.push({ person, part });
    }
    out.push(draft);
  }
  return [...out, ...aboutEvents(out)];
}

/**
 * The event nouns of a sentence, leftmost and longest first; an exhibition's 展 that opens a longer word
 * (成果展示, 主题展览, 风采展厅, 成果展演) closes no exhibition, and the word is read from its 展 (展览, 展演).
 */
const eventNounsIn = (norm: string) =>
  NOUN_WORDS.matchesIn(
    norm,
    (word, end) => !(EXHIBITIONS.has(word) && word.endsWith('展') && EXHIBIT_WORD_ON.test(norm.charAt(end))),
  );
/** What makes a longer word of an exhibition's 展 (展示, 展览, 展厅, 展馆, 展区, 展板, 展位, 展台, 展销, 展演). */
const EXHIBIT_WORD_ON = /[示览厅馆区板位台销演]/;

/**
 * A title read leftwards stops at a verb, but not inside a body's name: 思明区网约配送员联合工会第一届
 * 会员代表大会 starts with the body (联合 is a verb elsewhere).
 */
function startAtBody(norm: string, c: Candidate | undefined, orgs: readonly OrgMention[]): Candidate | undefined {
  const body = c && orgs.find((o) => o.from < c.start && o.to > c.start && o.to <= c.end);
  if (!c || !body) return c;
  const { stop: _, ...rest } = c;
  const { start, stop } = scanTitle(norm, body.from);
  const moved = { ...rest, start, clause: clauseStart(norm, start) };
  return stop ? { ...moved, stop } : moved;
}

/** A quotation of six to sixty characters: a title, if a verb of holding follows it. */
const QUOTED = /“([^“”]{6,60})”/g;

/** “…故事汇”在…开讲: a quotation held by a verb after it is an event whatever its last word. */
function quotedHeld(sentence: Sentence, found: readonly EventDraft[]): EventDraft[] {
  if (!on(R.quotedHeldAfter) || !sentence.norm.includes('“')) return [];
  const out: EventDraft[] = [];
  for (const m of matchesOf(QUOTED, sentence.norm)) {
    const to = m.index + m[0].length;
    // 为“劳动争议诉调对接工作室”揭牌, 在“户外劳动者爱心驿站”开展…: a quoted station, studio or body is a place.
    if (on(R.quotedPlace) && QUOTED_PLACE.test(m[1] as string)) continue;
    if (!HELD_AFTER.test(sentence.norm.slice(to)) || found.some((e) => e.from <= m.index && e.to >= to)) continue;
    if (intends(sentence.norm.slice(clauseStart(sentence.norm, m.index), m.index))) continue;
    const draft = draftOf(sentence, m.index, to, 'activity');
    fired(R.quotedHeldAfter, 'event', draft.title);
    out.push(draft);
  }
  return out;
}

const QUOTED_PLACE = new RegExp(`(?:${alt(QUOTED_PLACE_ENDS)})$`);

/** 在(…召开的)…大赛中/大会上/活动期间: the frame, an optional 的 phrase before the title, the title. */
const FRAMED = new RegExp(
  `在((?:[^在,，。;；的]{0,16}的)?)([^在,，。;；]{2,60}?(?:${alt(NOUNS)}))(?:中(?![${FRAME_NOT_AFTER_ZHONG}])|上(?![${FRAME_NOT_AFTER_SHANG}])|期间)`,
  'g',
);
/**
 * What FRAMED's nouns match as a regex ((扩大)会议 matches 扩大会议): a sentence holding none of them has no frame,
 * and one pass over it spares the regex's long reach back from every 在.
 */
const FRAMED_NOUN_TEXTS = new Lexicon(NOUNS.map((n) => n.replace(/[()]/g, '')));
/** 举行的, 召开的: a frame's clause that holds it. */
const HELD_FRAME = new RegExp(`(?:${alt(HOLDING_VERBS)})的$`);
/** 今年, 去年的: when, before a framed title, not part of it; nor is the verb holding it (在开展…活动中). */
const FRAME_TIME = new RegExp(`^(?:(?:今年|去年|本年度)的?)?(?:${alt(HOLDING_NOT_IN_TITLE)})?`);

/** 在2018年中国技能大赛…竞赛中, 在今年“金秋助学”活动中: an event named (not bare) as the frame of what happened in it. */
function framed(sentence: Sentence, found: readonly EventDraft[]): EventDraft[] {
  if (!on(R.framed) || !sentence.norm.includes('在') || !FRAMED_NOUN_TEXTS.occursIn(sentence.norm)) return [];
  const out: EventDraft[] = [];
  for (const m of matchesOf(FRAMED, sentence.norm)) {
    const time = FRAME_TIME.exec(m[2] as string)?.[0] ?? '';
    const title = (m[2] as string).slice(time.length);
    const from = m.index + 1 + (m[1] as string).length + time.length;
    const to = from + title.length;
    // 在28日交通运输部举行的专题新闻发布会上, 在8月8日举行的开班式上: a clause that holds the frame says it was held,
    // so a plain title names it (not only a proper one).
    const held = on(R.heldFrame) && HELD_FRAME.test(m[1] as string);
    if (!held && (title.length < 4 || !PROPER.test(title) || isBareTitle(title))) continue;
    // (在前四届相亲会上: the editions before, counted.)
    if (ANAPHOR.test(title) || PLURAL.test(title) || EDITIONS.test(title)) continue;
    if (found.some((e) => e.from < to && e.to > from) || out.some((e) => e.from < to && e.to > from)) continue;
    // 节目将在…晚会上亮相: the frame of a plan is not held yet.
    if (intends(sentence.norm.slice(clauseStart(sentence.norm, m.index), m.index))) continue;
    const draft = draftOf(sentence, from, to, typeOf(nounAtEnd(title), title));
    fired(R.framed, 'event', draft.title);
    out.push(draft);
  }
  return out;
}

/**
 * Finds the events held in one sentence.
 *
 * @example
 * findEvents(sentence('10月29日,佛山市推进会在佛山市工会职校召开。'), [], [])[0]?.title // → '佛山市推进会'
 */
export function findEvents(
  sentence: Sentence,
  orgs: readonly OrgMention[],
  people: readonly PersonDraft[],
): EventDraft[] {
  if (on(R.planVeto) && isDirective(sentence)) return [];
  const out = heldTitles(sentence, orgs, people);
  out.push(...quotedHeld(sentence, out));
  out.push(...foundings(sentence, orgs));
  out.push(...unveilings(sentence, out));
  if (out.length === 0) out.push(...signings(sentence, orgs));
  out.push(...honours(sentence, orgs));
  out.push(...receptions(sentence, people));
  out.push(...reportedAt(sentence));
  out.push(...framed(sentence, out));
  if (out.length === 0) out.push(...visits(sentence, orgs, people));
  // 赴南漳县调研…工作并开展…宣讲: a trip told first, then an activity held on it after 并, is a visit of its own.
  // (Only a sentence with a 并 can tell one, so the others skip the visit patterns, as before.)
  else if (on(R.visitThenActivity) && sentence.norm.includes(AND))
    out.push(...visits(sentence, orgs, people).flatMap((v) => visitBefore(sentence, v, out)));
  if (out.length === 0) out.push(...callsOn(sentence, orgs, people));
  // After the visits: a visit led by someone (张某率考察团一行到…学习考察) is told from its leader.
  out.push(...delegationTrips(sentence, out));
  return out;
}

/**
 * The visit told before the events found in its sentence, up to the 并 that joins the first of them to it
 * (…调研…工作|并开展…宣讲): none when an event starts before or inside it otherwise.
 */
function visitBefore(sentence: Sentence, visit: EventDraft, found: readonly EventDraft[]): EventDraft[] {
  const first = found.reduce((a, e) => (e.from < a.from ? e : a));
  const and = sentence.norm.lastIndexOf(AND, first.from);
  if (first.from <= visit.from || and < visit.from + 4 || first.from - and > AND_REACH) return [];
  if (visit.to < and) return [visit];
  fired(R.visitThenActivity, 'event', visit.title);
  return [{ ...visit, to: and, title: sentence.text.slice(visit.from, and) }];
}
const AND = '并';
/** How far after 并 the event it joins may start (并开展, 并为…举行). */
const AND_REACH = 4;

/** What follows a visit's place: how it went about it, then its verb (进行实地调研, 慰问). */
const VISIT_VERB_AHEAD = `(?:${alt(TRIP_OPENERS)})?(?:${alt(VISIT_MANNERS)})?(?:${alt(VISIT_VERBS)})`;
const HAN = '[\\u4e00-\\u9fff]';
/** A place written by one character: after 来, any (来常, 来潍); after 到 or 赴, a known short form (赴京). */
const SHORT_PLACE = `(?:(?<=来)${HAN}|[${[...PLACE_ABBREVIATIONS].join('')}])`;
/**
 * 到/赴/在 somewhere (or 带队) + 调研/视察/慰问 …: an inspection or condolence visit, with what it looked into. The
 * place and what the visit looked at may run long (到沙市区中山街道梅台巷社区就…区域商圈共享职工之家建设进行调研).
 */
const VISIT = new RegExp(
  `(?:(?:${alt([...TRAVEL_WORDS, VENUE_MARK])}|${HOST_TRAVEL}|${SHORT_PLACE_TRAVEL}(?=${HAN}${VISIT_VERB_AHEAD}))(${SHORT_PLACE}(?=${VISIT_VERB_AHEAD})|[^,，。;；到赴在]{2,40}?)|${alt(LEADING_WORDS)})(?:(?:${alt(TRIP_OPENERS)})(?:为期[^,，。;；]{1,4}的)?)?(?:${alt(VISIT_MANNERS)})?(?:${alt(VISIT_VERBS)})(?!${alt(VISIT_NOUN_ENDINGS)})([^,，。;；]{0,24})`,
);

/**
 * 到羊场湾煤矿,就…情况进行实地调研; 到衡阳市南岳区,调研职工疗养院…: the trip, then what was looked
 * into, across a comma. Calling on people there (来到…站点,走访慰问…) is a round of an activity.
 */
const visitAcross = (verbs: readonly string[], delivery = '') =>
  new RegExp(
    `(?:${alt(TRAVEL_WORDS)}|${HOST_TRAVEL}|${SHORT_PLACE_TRAVEL}(?=${HAN}[,，]))((?<=来)${HAN}|[^,，。;；到赴在]{2,40}?)[,，](?:(?:对|就)[^,，。;；]{2,40}?(?:${alt(TRIP_OPENERS)})了?(?:${alt(VISIT_MANNERS)})?(?:${alt(VISIT_VERBS)})|(?:${alt(VISIT_MANNERS)})?(?:${alt(verbs)})${delivery})([^,，。;；]{0,24})`,
  );
const VISIT_ACROSS = visitAcross(VISIT_VERBS.filter((v) => !CALLING_ON_VERBS.includes(v)));
/** 为一线工人送去…: a call told by what it brings whom (see DELIVERY_VERBS). */
const DELIVERY = `|为[^,，。;；]{2,30}?(?:现场)?(?:${alt(DELIVERY_VERBS)})了?`;
/**
 * 副主席甲带领…人员对户外劳动者驿站进行指导检查, 主席甲一行对辖区内劳模进行了走访: with no trip told, whom or
 * what the visit looked at, before 进行 and its verb (the object is no venue). Read after the trips.
 */
const VISIT_OF_OBJECT = new RegExp(
  `()对[^,，。;；]{2,30}?(?:${alt(TRIP_OPENERS)})了?(?:${alt(VISIT_MANNERS)})?(?:${alt(VISIT_VERBS)})(?!${alt(VISIT_NOUN_ENDINGS)})([^,，。;；]{0,24})`,
);
/**
 * 8月4日,某县总工会前往某供电所,慰问…一线的电力职工: in a lead that opens with its own day, a call across
 * the comma is the day's visit, not a round of an activity told before it.
 */
const VISIT_ACROSS_DATED = visitAcross(VISIT_VERBS);
/** The same, or a call told by its gifts. */
const VISIT_ACROSS_DELIVERING = visitAcross(VISIT_VERBS, DELIVERY);
/** A party led on a trip (带队到, 率队赴, 一行前往). */
const LED_TRIP = new RegExp(`(?:${alt(LEADING_WORDS)})(?:${alt(TRAVEL_WORDS)})`);

/**
 * How much of what follows a visit's verb is its topic: none when the visit only dates something
 * else (调研时的指示精神); a list of topics up to its 等 (…建设管理、…阵地建设管理等工作), not wherever 24
 * characters end.
 */
function topicLength(after: string): number {
  if (VISIT_AS_TIME.test(after)) return 0;
  const listEnd = after.includes('、') ? after.indexOf('等', after.indexOf('、')) : -1;
  return listEnd > 0 ? listEnd : after.length;
}
/** A clause that opens with the trip itself (深入…, 随后到…), with no one of its own before it. */
const CLAUSE_OPENS_TRAVEL = new RegExp(`^(?:${alt([...ALSO_WORDS, ...THEN_WORDS])})?(?:${alt(TRAVEL_WORDS)})`);

const VISIT_OPENER = new RegExp(`${alt(VISIT_OPENERS)}|${VISITED_OBJECT_OPENER}`, 'u');
const TRIP_WORD = new RegExp(alt(TRAVEL_WORDS.filter((w) => w.length > 1)));
const VISIT_AS_TIME = new RegExp(`^(?:${alt(TIME_OF_VISIT)})`);
const VISIT_AS_SPEECH = new RegExp(`^(?:${alt(SPEECH_OF_VISIT)})`);

const CALLING_ON = new RegExp(`(?:${alt(CALLING_ON_VERBS)})$`);

/**
 * A visit told in a news item's lead: 省总工会副主席赵丽在苏州市调研高温天气劳动保护工作. The
 * visitor (a person with a title, or an organization) stands before the verb in the same clause.
 */
function visits(sentence: Sentence, orgs: readonly OrgMention[], people: readonly PersonDraft[]): EventDraft[] {
  const norm = sentence.norm;
  if (!on(R.visit) || !tellsNews(sentence)) return [];
  const dated = on(R.datedCallAcross) && sentence.lead && OPENS_WITH_DAY.test(norm);
  // 陈某帶隊到我市,走訪慰問了…: a call its party was led to is a visit of its own too, dated or not.
  const led = on(R.ledCallAcross) && LED_TRIP.test(norm);
  // The trip in one clause, then across a comma, then the object looked at: the first with its visitor is the visit
  // (…深入一线基层单位,对坚守在工作一线的…进行了慰问: the 在 inside the object opens no trip of its own).
  const patterns = [
    VISIT,
    dated || led ? (on(R.deliveryCall) ? VISIT_ACROSS_DELIVERING : VISIT_ACROSS_DATED) : VISIT_ACROSS,
    on(R.visitOfObject) ? VISIT_OF_OBJECT : undefined,
  ];
  for (const pattern of patterns) {
    let m = pattern?.exec(norm);
    // 省总周某(左二)、市总邓某(右三)等一行考察…: a photo's caption glued to the text shows a visit the text tells.
    while (m && pattern && PHOTO_POSITION.test(norm.slice(clauseStart(norm, m.index), m.index))) {
      const from: number = m.index + m[0].length;
      const next: RegExpExecArray | null = pattern.exec(norm.slice(from));
      if (next) next.index += from;
      m = next;
    }
    if (!m) continue;
    const draft = visitOf(sentence, m, orgs, people);
    if (draft === NO_VISIT) return [];
    if (draft) return [draft];
  }
  return [];
}
/** Where someone stands in a photo, in brackets after the name (左二, 右三, 前排左一). */
const PHOTO_POSITION = /\((?:[前后中]排)?[左右中][一二三四五六七八九\d]\)/;

/** What {@link visitOf} says of a visit told as a plan or as the rounds of an activity: no visit at all. */
const NO_VISIT = 'no visit';

/** The visit a match of one of the visit patterns tells, when its visitor is named; NO_VISIT when it tells none. */
function visitOf(
  sentence: Sentence,
  m: RegExpExecArray,
  orgs: readonly OrgMention[],
  people: readonly PersonDraft[],
): EventDraft | typeof NO_VISIT | undefined {
  const norm = sentence.norm;
  const start = clauseStart(norm, m.index);
  // A plan in the visit's own clause, or one opening an earlier clause's subject (…将于近日,到…调研);
  // a purpose clause before it (为…,进一步提升…,4月17日,…到…考察) plans nothing.
  if (intends(norm.slice(start, m.index)) || (on(R.planVeto) && planBefore(norm.slice(0, start)))) return NO_VISIT;
  // 传达学习了…来川视察重要指示精神: the speech or instruction of a visit studied, not a visit told.
  if (VISIT_AS_SPEECH.test(m[2] ?? '')) return NO_VISIT;
  // 带队慰问了县交通运输局、县交警大队…: a list of those called on tells the rounds of an activity, not one
  // visit (考察…建设管理、…阵地建设管理等工作 lists what one visit looked into); a trip to one place to call
  // on kinds of people there (来到渝北区看望慰问困难劳模、困难职工) is one visit.
  if (m[2]?.includes('、') && CALLING_ON.test(norm.slice(0, m.index + m[0].length - m[2].length))) {
    if (!m[1] || listsBodies(m[2]) || !on(R.visitKindsCalledOn)) return NO_VISIT;
  }
  const visitorIn = ([from, to]: readonly [number, number]) =>
    people.find((p) => p.from !== undefined && p.from >= from && p.from < to) ??
    orgs.find((o) => o.from >= from && o.to <= to);
  // 部长杨某日,在…陪同下来石,深入…开展…调研: with no one in its own clause, the visitor is the sentence's subject.
  const own: [number, number] = [start, m.index];
  // …一行,对…困难职工进行走访慰问: a clause the visit opens (对 whom) has no one of its own either.
  const opensClause = CLAUSE_OPENS_TRAVEL.test(norm.slice(start)) || (on(R.visitOfObject) && m.index === start);
  const subject = visitorIn(own) || !on(R.visitBySubject) || !opensClause ? undefined : subjectClause(norm, start);
  const who = subject ?? own;
  const visitor = visitorIn(who);
  if (!visitor || visitor.from === undefined) return undefined;
  // 汕头市人大常委会副主任、市总工会主席甲一行: the leader's other post hosts no visit.
  const organizers = withoutConcurrentPosts(
    sentence.norm,
    orgs.filter((o) => o.from >= who[0] && o.to <= who[1]),
  );
  const participants = people.filter((p) => p.from !== undefined && p.from >= who[0] && p.from < who[1]);
  const end = m.index + m[0].length - (m[2]?.length ?? 0) + topicLength(m[2] ?? '');
  // 在…陪同下深入陕钢集团进行…调研: the place is where the last trip went, up to what was done or looked at there.
  const place = m[1]?.split(TRIP_WORD).at(-1)?.split(VISIT_OPENER)[0];
  // 中华全国铁路总工会主席索河一行莅临…: the visitor's title and body belong to the title.
  const titleBody = organizers.find(
    (o) => o.to <= (visitor.from ?? 0) && !/[,，、;；]/.test(norm.slice(o.to, visitor.from)),
  );
  const draft = draftOf(sentence, Math.min(visitor.from, titleBody?.from ?? visitor.from), end, 'visit', {
    // 来常调研: a place written by its one-character short form is no venue a reader can look up.
    ...(place && place.length > 1 && !NO_VENUE.test(place) ? { location: stripQuotes(place) } : {}),
    organizers: organizers.slice(0, 3),
    participants: participants.map((person) => ({ person, part: 'attended' as const })),
    fromHeading: false,
  });
  // The subject's clause and the visit's, without what stands between (陪同下来石).
  if (subject) {
    const from = Math.min(...[...organizers, ...participants].map((x) => x.from ?? who[1]));
    const to = Math.max(...[...organizers, ...participants].map((x) => x.to ?? from));
    draft.title = `${sentence.text.slice(from, to)}${sentence.text.slice(m.index, end)}`;
  }
  fired(R.visit, 'event', afterOwnPlace(draft.title));
  return draft;
}

/** Whether a 、-list names bodies (县交通运输局、县交警大队的一线职工): an item, up to its 的, ends as a body's name does. */
function listsBodies(list: string): boolean {
  return list.split('、').some((item) => {
    const head = item.split('的')[0] as string;
    return UNIT_ENDS.some((end) => head.endsWith(end));
  });
}

/**
 * A delegation, then where it went and what for, in one clause or across one comma when the next
 * clause opens with the trip (“五一代表团”昨日…出发,赴北京、天津展开为期四日的考察交流行程).
 */
const DELEGATION_TRIP = new RegExp(
  `(${alt(DELEGATIONS)})(?:一行[^,，。;；]{0,8}?人)?[^,，。;；]{0,16}?[,，]?(?:${alt(TRAVEL_WORDS)}|${SHORT_PLACE_TRAVEL})([^,，。;；到赴]{1,16}?)(?:(?:${alt(TRIP_OPENERS)})(?:为期[^,，。;；]{1,4}的)?[^,，。;；]{0,8}?)?(?:${alt(DELEGATION_VERBS)})`,
);
const DELEGATION_NAME_STOP = new RegExp(`(?:[,，。;；:：的]|${alt(DELEGATION_SENDERS)})`, 'g');

/**
 * A delegation's trip told in a lead (我省工会代表团一行9人赴台湾进行工会业务交流参访): a visit titled
 * from the delegation's name, which runs back to its clause's start, a 的 or the verb that sent it.
 */
function delegationTrips(sentence: Sentence, found: readonly EventDraft[]): EventDraft[] {
  const norm = sentence.norm;
  if (!on(R.delegationTrip) || !tellsNews(sentence) || !DELEGATIONS.some((d) => norm.includes(d))) return [];
  const m = DELEGATION_TRIP.exec(norm);
  if (!m) return [];
  const nameEnd = m.index + (m[1] as string).length;
  const head = norm.slice(Math.max(0, m.index - 24), m.index);
  const stops = matchesOf(DELEGATION_NAME_STOP, head).at(-1);
  const from = m.index - head.length + (stops ? stops.index + stops[0].length : 0);
  const to = m.index + m[0].length;
  if (from >= nameEnd || found.some((e) => e.from < to && e.to > from)) return [];
  if (intends(norm.slice(clauseStart(norm, m.index), to))) return [];
  const place = (m[2] as string).trim();
  const draft = draftOf(sentence, from, to, 'visit', place ? { location: stripQuotes(place) } : {});
  fired(R.delegationTrip, 'event', draft.title);
  return [draft];
}

/** 在…车某某的陪同下, between a visitor and the call: the hosts who went along (regex source). */
const ESCORTED = '在[^,，。;；]{2,40}?陪同下[,，]?';
/** The party a visitor led or sent, up to the call (带领市总工会领导, 组织工作人员,) (regex source). */
const PARTY_LED = `(?:${alt(PARTY_LEADING_VERBS)})[^,，。;；]{1,20}?[,，]?`;
/** Right after a visitor: the verb of calling on and whom (看望慰问吉利汽车集团…建设者). */
const CALL = new RegExp(
  `^(?:${alt(UNNAMED_CALLERS)})?(?:${alt(CALLER_TRAILERS)}|(?:${alt(CALLER_TRAILERS_BEFORE_COMMA)})[,，]?|${ESCORTED}|${PARTY_LED}){0,2}(?:${alt(CALLING_ON_VERBS)})了?(?!${alt([...VISIT_NOUN_ENDINGS, ...CALLER_GROUPS])})([^,，。;；]{2,24})`,
);
const CALLING_ON_WORD = new RegExp(alt(CALLING_ON_VERBS));
/**
 * Where a visit is told: the lead, or a later paragraph that opens with its own day or a vague one
 * (1月14日,区总工会领导带队赴…慰问; 近日,…走访…), which tells news of its own as a lead does.
 */
function tellsNews(sentence: Sentence): boolean {
  if (sentence.heading) return false;
  return sentence.lead || (on(R.datedParagraph) && sentence.from === 0 && OPENS_DATED.test(sentence.norm));
}
const OPENS_DATED = new RegExp(`${OPENS_WITH_DAY.source}|^(?:${alt(VAGUE_DAYS)})`);

/**
 * A call told with no trip, in a lead or a paragraph that opens with its own day: a titled person or a
 * body, then whom they called on (西安市总工会主席薛某看望慰问…建设者, 党委委员王某走访某机械有限公司).
 * Not a list of those called on (the rounds of an activity), nor a plan.
 */
function callsOn(sentence: Sentence, orgs: readonly OrgMention[], people: readonly PersonDraft[]): EventDraft[] {
  const norm = sentence.norm;
  if (!on(R.callsOn) || !tellsNews(sentence) || !CALLING_ON_WORD.test(norm)) return [];
  for (const visitor of [...people.filter((p) => p.roles.length > 0), ...orgs]) {
    const { from, to } = visitor;
    if (from === undefined || to === undefined) continue;
    const m = CALL.exec(norm.slice(to));
    // 慰问了县交通运输局、县交警大队…: bodies listed are the rounds of an activity; people listed (劳动模范甲、乙) are
    // called on in one visit.
    if (!m || (m[1]?.includes('、') && (listsBodies(m[1]) || !on(R.visitPeopleListed)))) continue;
    const start = clauseStart(norm, from);
    if (intends(norm.slice(start, from))) continue;
    const end = to + m[0].length - (m[1]?.length ?? 0) + topicLength(m[1] ?? '');
    // 西安市总工会主席薛某: the visitor's title and body belong to the title.
    const titleBody = orgs.find((o) => o.to <= from && o.from >= start && !/[,，、;；]/.test(norm.slice(o.to, from)));
    const draft = draftOf(sentence, Math.min(from, titleBody?.from ?? from), end, 'visit', {
      organizers: orgs.filter((o) => o.from >= start && o.to <= to),
      participants: 'roles' in visitor ? [{ person: visitor, part: 'attended' as const }] : [],
    });
    fired(R.callsOn, 'event', draft.title);
    return [draft];
  }
  return [];
}

/**
 * The span of a sentence's first clause after those that only tell when (本报讯 2月23日,), when it
 * ends before `before`: where the one who acts in the sentence stands.
 */
function subjectClause(norm: string, before: number): [number, number] | undefined {
  let from = 0;
  for (;;) {
    const end = nextBreak(norm, from);
    if (end < 0 || end >= before) return undefined;
    if (!ENDS_IN_TIME.test(norm.slice(from, end))) return [from, end];
    from = end + 1;
  }
}
const ENDS_IN_TIME = new RegExp(`(?:\\d{1,2}[日号]|${alt([...DAY_PARTS, ...VAGUE_DAYS])})$`);
function nextBreak(norm: string, from: number): number {
  for (let k = from; k < norm.length; k++) if (inCharSet(CLAUSE_ENDS, norm, k)) return k;
  return -1;
}

/** 成立 after a body, unless it starts an event's own title (…联合工会成立大会, …揭牌仪式) or an anniversary (成立100周年). */
const FOUNDED = new RegExp(
  `^(?:${VENUE_MARK}[^,，。;；]{1,20}?)?${ADVERB}?(${alt(FOUNDING_VERBS)})(?!${alt(EVENT_NOUNS.map(([noun]) => noun))}|[\\d一二三四五六七八九十百]+周年|以来|于\\d{4}年)`,
);

/**
 * What a body founds, when its verb goes on to an object up to the clause's end (…总工会成立了…工作室):
 * not a time after the founding (成立后, 成立时, 成立以来) nor a particle.
 */
const FOUNDED_OBJECT = /^了?(?![后时之以的于至来])([^,，。;；]{2,30})(?=[,，。;；]|$)/;

/** Where the last event noun of a joined title ends (暨第一次会员(代表)大会顺利召开 → after 大会), if any. */
function jointNounEnd(joined: string): number | undefined {
  let end: number | undefined;
  for (let i = 1; i <= joined.length; i++) if (NOUNS.some((n) => joined.endsWith(n, i))) end = i;
  return end;
}

/**
 * A body's founding or unveiling told in a lead, or in a later paragraph that opens with its own day as a lead
 * does: …产业链工会工作联盟成立, …中心在…正式揭牌, 7月26日,…工会委员会正式成立.
 */
function foundings(sentence: Sentence, orgs: readonly OrgMention[]): EventDraft[] {
  if (!on(R.founding) || !(sentence.lead || tellsNews(sentence))) return [];
  const out: EventDraft[] = [];
  for (const org of orgs) {
    const m = FOUNDED.exec(sentence.norm.slice(org.to));
    if (!m?.[1] || isVenue(sentence.norm, org.from)) continue;
    // 灌南县总工会近日成立了灌南县集体协商指导工作室: what the body founded, when the clause goes on to it.
    const verbEnd = org.to + m[0].length;
    const founded = FOUNDED_OBJECT.exec(sentence.norm.slice(verbEnd));
    const objectAt = founded ? verbEnd + founded[0].length - (founded[1] as string).length : verbEnd;
    // …工会联合会成立暨第一次会员代表大会顺利召开: the founding joined with its congress, up to the congress's noun.
    const joined = founded?.[1]?.startsWith(TITLE_JOINER) ? jointNounEnd(founded[1]) : undefined;
    const objectLength = joined ?? (founded?.[1] as string | undefined)?.length ?? 0;
    const object = founded ? sentence.text.slice(objectAt, objectAt + objectLength) : '';
    const draft: EventDraft = {
      title: `${org.name}${m[1]}${object}`,
      type: 'ceremony',
      undated: true,
      organizers: founded ? [org] : [],
      participants: [],
      sentence,
      from: org.from,
      to: founded ? objectAt + object.length : verbEnd,
      fromHeading: false,
    };
    fired(R.founding, 'event', draft.title);
    out.push(dated(draft, sentence.norm));
  }
  return out;
}

/**
 * A quoted name, or a run of words ending in a site's word, before the plaque's verb (在…, 正式 between; and the short
 * name it is called by after, …陈列馆(以下简称工运史馆)揭牌).
 */
const unveiled = (sites: readonly string[], verbs: readonly string[]) =>
  new RegExp(
    `(“[^“”]{2,30}”|[\\p{Script=Han}\\d“”()（）]{2,30}?(?:${alt(sites)})”?)(?:\\((?:以下)?简称[^()]{1,12}\\))?${DATE_BETWEEN}(?:${VENUE_MARK}[^,，。;；]{1,20}?)?${ADVERB}?(?:${alt(verbs)})(?!${alt([...NOUNS, ...SINCE_OPENED])})`,
    'gu',
  );
const UNVEILED = unveiled(UNVEILED_SITES, UNVEILING_VERBS);
/** A service launched: 仙桃市总工会“12351”职工服务热线正式开通, …维权服务平台上线. */
const LAUNCHED_SERVICE = unveiled(LAUNCHED_SERVICES, LAUNCHING_VERBS);
const SITE_OPENER = new RegExp(`^.*(?:${alt(UNVEILED_SITE_OPENERS)})`, 'u');

/**
 * The unveiling of a site or a studio that is no recognised body: “李宝年创新工作室”揭牌,
 * 福贡县首个职工爱心驿站揭牌, 州工会劳动争议调解室正式揭牌成立. The name starts after the words that
 * open it (首个, 共同为, 以…命名的); a plan (将正式挂牌, 要以…挂牌为契机) is no event.
 */
function unveilings(sentence: Sentence, found: readonly EventDraft[]): EventDraft[] {
  const norm = sentence.norm;
  if (!on(R.unveiling) || !UNVEILING_VERB.test(norm)) return [];
  const out: EventDraft[] = [];
  for (const m of [...matchesOf(UNVEILED, norm), ...matchesOf(LAUNCHED_SERVICE, norm)]) {
    const site = m[1] as string;
    const cut = site.startsWith('“') ? 0 : (SITE_OPENER.exec(site)?.[0].length ?? 0);
    const from = m.index + cut;
    const to = m.index + m[0].length;
    const name = stripQuotes(site.slice(cut));
    if (name.length < 4 || NOT_IN_SITE.test(name) || [...found, ...out].some((e) => e.from < to && e.to > from))
      continue;
    if (intends(norm.slice(clauseStart(norm, from), to))) continue;
    // 平台上线300多天来, 驿站揭牌3年来: the span since it opened, told as a time, is no opening.
    if (SPAN_SINCE.test(norm.slice(to, to + 10))) continue;
    const verb = norm.slice(m.index + site.length).match(UNVEILING_VERB)?.[0] ?? '揭牌';
    const draft = draftOf(sentence, from, to, 'ceremony', { title: `${name}${verb}`, fromHeading: false });
    fired(R.unveiling, 'event', draft.title);
    out.push(draft);
  }
  return out;
}
const UNVEILING_VERB = new RegExp(alt([...UNVEILING_VERBS, ...LAUNCHING_VERBS]));

/** 与B(共同)签订(了)《…协议书》 / 战略合作框架协议: the second party, the verb and the agreement signed. */
const SIGNING = new RegExp(
  `与([^,，。;；]{2,40}?)(?:${alt(SIGNING_ADVERBS)})?(?:${alt(SIGNING_VERBS)})了?(《[^《》]{2,40}》|[^,，。;；《》的]{0,16}?(?:${alt(AGREEMENT_NOUNS)}))(?![的后])`,
  'g',
);
const AGREEMENT_END = new RegExp(`(?:${alt(AGREEMENT_NOUNS)})》$`);
const SIGNING_GROUND = new RegExp(alt(SIGNING_GROUNDS));
const SIGNING_SERIES_WORD = new RegExp(alt(SIGNING_SERIES));
const SIGNING_VERB = new RegExp(alt(SIGNING_VERBS));

/**
 * 重庆市总工会与河南省总工会签订《农民工维权合作协议书》: a body signing an agreement with another party is the
 * news when nothing else in the sentence is (a signing at a meeting is part of the meeting). The title runs from
 * the first body to the agreement's end.
 */
function signings(sentence: Sentence, orgs: readonly OrgMention[]): EventDraft[] {
  const norm = sentence.norm;
  if (!on(R.signing) || orgs.length === 0 || !SIGNING_VERB.test(norm)) return [];
  for (const m of matchesOf(SIGNING, norm)) {
    const agreement = m[2] as string;
    if (agreement.startsWith('《') && !AGREEMENT_END.test(agreement)) continue;
    // 与每一家单位签订了合作协议: a rule followed with each, not one signing.
    if ((m[1] as string).startsWith('每')) continue;
    const clause = clauseStart(norm, m.index);
    const first = orgs.find((o) => o.from >= clause && o.to <= m.index);
    if (!first) continue;
    const before = norm.slice(clause, first.from);
    if (intends(norm.slice(clause, m.index)) || SIGNING_GROUND.test(before)) continue;
    if (SIGNING_SERIES_WORD.test(norm.slice(clause, m.index))) continue;
    const to = m.index + m[0].length;
    const parties = orgs.filter((o) => o.from >= first.from && o.to <= to - agreement.length);
    const draft = draftOf(sentence, first.from, to, 'ceremony', { organizers: parties });
    fired(R.signing, 'event', draft.title);
    return [draft];
  }
  return [];
}
/**
 * 代表参加并见证了工作室揭牌: a clause told before the site, not its name; nor who gives the plaque (由…授牌的), nor
 * a conjunction joining it to an item before (APP和网上工会工作平台上线).
 */
const NOT_IN_SITE = /[了并]|^[\d由和与及]/;
const SPAN_SINCE = /^(?:\d+|[一二两三四五六七八九十百]+)[多余]?(?:天|个月|年|周)(?:以)?来/;

const HONOURING = new RegExp(alt([...HONOURING_VERBS, ...HONOUR_DOCUMENT_VERBS]));
const HONOUR = new RegExp(
  `^(?:${alt([...RELATIVE_DAYS, ...DECIDING_WORDS])}){0,2}(${alt(HONOURING_VERBS)})了?(的)?([^,，。;；【】]{2,60})`,
);
const HONOUR_DOCUMENT = new RegExp(
  `^(?:${alt(ISSUING_OFFICES)})?(?:${alt(RELATIVE_DAYS)})?(?:${alt(HONOUR_DOCUMENT_VERBS)})了?《关于(${alt([...HONOURING_VERBS, ...HONOUR_DOCUMENT_VERBS])})([^》]{2,60}?)的(?:${alt(DOCUMENT_KINDS)})》`,
);

const HONOUR_REQUEST = new RegExp(`(?:${alt(HONOUR_REQUESTS)})$`);
const HONOURED = new RegExp(`[${HONOURED_MARKS.join('')}][^,，。;；]{0,12}$`);
const LIST = new RegExp(alt(LIST_NOUNS));

/** 长春市总工会决定授予…奖状, 全总下发《关于表彰…的决定》: an award announced by a body. */
function honours(sentence: Sentence, orgs: readonly OrgMention[]): EventDraft[] {
  const norm = sentence.norm;
  if (!on(R.honours) || orgs.length === 0 || !HONOURING.test(norm)) return [];
  const out: EventDraft[] = [];
  for (const org of orgs) {
    // 被…授予 (the honoured are the news) and 是…授予的称号 (a definition) are not announcements.
    const before = norm.slice(clauseStart(norm, org.from), org.from);
    if (HONOURED.test(before)) continue;
    // 前3名选手将报请人力资源和社会保障部授予…称号: an honour still to be asked for is no award made.
    if (intends(before) || HONOUR_REQUEST.test(before)) continue;
    const rest = norm.slice(org.to);
    const doc = HONOUR_DOCUMENT.exec(rest);
    const act = doc ? undefined : HONOUR.exec(rest);
    let object = doc?.[2] ?? act?.[3];
    const verb = doc?.[1] ?? act?.[1];
    if (!object || !verb) continue;
    // 授予的…名单中: the list it gave.
    if (act?.[2]) {
      const list = LIST.exec(object);
      if (!list) continue;
      object = object.slice(0, list.index + list[0].length);
    }
    const objectAt = org.to + rest.indexOf(object);
    const draft = draftOf(sentence, org.from, objectAt + object.length, 'ceremony', { organizers: [org] });
    draft.title = `${sentence.text.slice(org.from, org.to)}${verb}${sentence.text.slice(objectAt, objectAt + object.length)}`;
    fired(R.honours, 'event', draft.title);
    out.push(draft);
  }
  return out.slice(0, 1);
}

const receiving = (verbs: readonly string[]) =>
  new RegExp(
    // 团拜会 is a gathering, not a call (拜会).
    `(?<!团)(${alt(verbs)})了?(?:以[^,，。;；]{2,40}?为(?:${alt(DELEGATION_HEADS)})的)?([^,，。;；]{2,60}?)(?:${alt(GUEST_TRAILERS)})?(?=[,，。;；]|$)`,
    'g',
  );
/**
 * 会见 a guest (a meeting), and its converse, 拜会 a host (a visit). With its verbs: the pattern
 * opens with a lookbehind, which keeps the regex engine from skipping ahead, so a sentence
 * without the verb is not scanned at all.
 */
const MEETINGS: ReadonlyArray<readonly [RegExp, EventType, readonly string[]]> = [
  [receiving(RECEIVING_VERBS), 'meeting', RECEIVING_VERBS],
  [receiving(CALLING_VERBS), 'visit', CALLING_VERBS],
];

const NOT_GUEST = new RegExp(`^(?:${alt(NOT_GUESTS)})`);
/** 刘强在省总工会会见…: a venue between the host and the verb is not part of the host. */
const HOST_VENUE = new RegExp(`${VENUE_MARK}[^,，。;；]{2,20}$`);

/** 王丽华会见了…参访团: a guest or a delegation received by the clause's subject (a name when one is read). */
function receptions(sentence: Sentence, people: readonly PersonDraft[]): EventDraft[] {
  if (!on(R.receives)) return [];
  const norm = sentence.norm;
  const out: EventDraft[] = [];
  for (const [pattern, type, verbs] of MEETINGS) {
    if (!verbs.some((v) => norm.includes(v))) continue;
    for (const m of matchesOf(pattern, norm)) {
      // “击鼓传花”“快速会晤”等互动游戏: a verb inside quotes is part of a name, not a meeting held.
      if (enclosureAt(norm, m.index).quote) continue;
      const clause = clauseStart(norm, m.index);
      // 吕某在广州会见…: the host is the name before the venue too.
      const venueAt = clause + norm.slice(clause, m.index).replace(HOST_VENUE, '').length;
      const host = people.find((p) => p.to === m.index || p.to === venueAt);
      const hostFrom = host?.from ?? clause + (/^[\d\s]*/.exec(norm.slice(clause))?.[0].length ?? 0);
      if (hostFrom >= m.index || intends(norm.slice(clause, m.index))) continue;
      const guest = m[2] as string;
      if (NOT_GUEST.test(guest)) continue;
      const guestAt = m.index + m[0].lastIndexOf(guest);
      const draft = draftOf(sentence, hostFrom, m.index + m[0].length, type, {
        participants: host ? [{ person: host, part: 'attended' }] : [],
      });
      const hostName = host?.name ?? sentence.text.slice(hostFrom, venueAt);
      const verb = sentence.text.slice(m.index, m.index + (m[1] as string).length);
      draft.title = `${hostName}${verb}${stripQuotes(sentence.text.slice(guestAt, guestAt + guest.length))}`;
      fired(R.receives, 'event', draft.title);
      out.push(draft);
    }
  }
  return out;
}

const REPORTED = new RegExp(alt(LEARNING_VERBS));
const REPORTED_AT = new RegExp(`从([^,，。从]{2,40}?(?:${alt(NOUNS)}))(?:上|中)(?:${alt(LEARNING_VERBS)})`);

/** 近日召开的, 今天在京举行的, 在宜宾市举行的: when or where, then the verb of holding (not who held it). */
const HELD_WHEN = alt([...RELATIVE_DAYS, ...VAGUE_DAYS]);
const HELD_WHERE = '在[^,，。;；的“”]{1,12}?';
const HELD_OPENING = new RegExp(`^(?:(?:${HELD_WHEN})(?:${HELD_WHERE})?|${HELD_WHERE})(?:${alt(HOLDING_VERBS)})的`);

/** 记者从…表彰大会上获悉: the event the news was learned at was held. */
function reportedAt(sentence: Sentence): EventDraft[] {
  if (!on(R.reportedAt) || !REPORTED.test(sentence.norm)) return [];
  const m = REPORTED_AT.exec(sentence.norm);
  if (!m?.[1]) return [];
  // 记者从近日召开的…大会上获悉, 从今天在京举行的…发布会上: when and where it was held open no title.
  const held = on(R.reportedHeldOpening) ? (HELD_OPENING.exec(m[1])?.[0].length ?? 0) : 0;
  const title = m[1].slice(held);
  const from = m.index + 1 + held;
  const noun = nounAtEnd(title);
  if (isBareTitle(title) || ANAPHOR.test(title)) return [];
  const draft = draftOf(sentence, from, from + title.length, typeOf(noun, title));
  fired(R.reportedAt, 'event', draft.title);
  return [draft];
}

const D = defineRules({
  sameQuotedName: {
    id: 'events.same-quoted-name',
    does: 'two titles with the same quoted name that differ only by 系列/主题 are one event',
    example: 'r1_03: “温暖送万家、真情铸和谐”活动 and “温暖送万家、真情铸和谐”系列活动',
    counterexample: 'r1_04: “大干二季度 决战6·30”劳动竞赛 and its 启动仪式 (a ceremony of it, kept apart)',
  },
  leadDay: {
    id: 'events.lead-day',
    does: 'a headline’s one event takes the day the lead opens with, when the body tells no event',
    example: 'outside pages: 京津冀蒙工会跨区域促就业创业活动举办 / 4月21日,2018年…系列活动…在包头市举办',
    counterexample: 'a lead that opens with 近日 or names its own event (that event is dated instead)',
  },
  leadDate: {
    id: 'events.lead-date',
    does: 'an undated event told in the lead happened on the lead’s date',
    example: '000: 10月29日,…揭牌仪式…举行,并同步启动…职工服务集市',
    counterexample: 'r2_05: 近日… (a vague date gives none)',
  },
  sceneDay: {
    id: 'events.scene-day',
    does: 'an undated event takes the day its paragraph’s sentence before opens with, when that sentence tells no event',
    example: 'w4_10: 4月8日,…会议室内座无虚席。…一场…培训暨“要约行动”推进会拉开帷幕',
    counterexample: 'r2_05: 近日… (a vague date gives none)',
  },
  datelineDay: {
    id: 'events.dateline-day',
    does: 'an undated event told 今天 or 昨天 takes its day from the lead’s dateline the page set apart, else from the page’s date',
    example: 'outside d/030: 本报乌鲁木齐7月9日电(记者陆某宝)新疆维吾尔自治区工会第十次代表大会今天在乌鲁木齐隆重开幕',
    counterexample: 'r2_05: 近日… (a vague date gives none)',
  },
  chronicleDay: {
    id: 'events.chronicle-day',
    does: 'in a month’s chronicle (3月要事, 大事记) an item opening with a day number happened on that day',
    example: 'r3_06: 广东省总工会3月要事 … 10  省工业工会在惠州召开工作会议',
    counterexample: 'r1_12: 2024年05月29日18:05 (a page’s date line, not a month’s chronicle)',
  },
});

/**
 * The form two titles of one event share: no quotes or spaces, and no 系列/主题.
 *
 * @example
 * eventKey('“温暖送万家”系列活动') === eventKey('“温暖送万家”活动') // → true
 */
export function eventKey(title: string): string {
  const bare = foldText(title)
    .replace(/[“”‘’「」『』\s]/g, '')
    .replace(SCOPE, '');
  return on(D.sameQuotedName) && /[“「]/.test(title) ? bare.replace(SERIES, '') : bare;
}

/**
 * Whether `container` names a ceremony or meeting held for the event `contained`
 * (…劳动竞赛 → …劳动竞赛启动仪式): two events, not two names of one.
 *
 * @example
 * isAboutEvent('省职工技能大赛开幕式', '省职工技能大赛') // → true
 */
export function isAboutEvent(container: string, contained: string): boolean {
  const at = container.indexOf(contained);
  if (at < 0) return false;
  const rest = container.slice(at + contained.length);
  // 厦门市第十三届工人运动会啦啦操竞赛: a contest held within games of many.
  const within = MULTI_EVENT_END.test(contained) && rest.length >= 3 && CONTEST_END.test(rest);
  return ABOUT_EVENT.test(rest) || ABOUT_EVENT_AHEAD.test(rest) || within;
}
const MULTI_EVENT_END = new RegExp(`(?:${alt(MULTI_EVENT_NOUNS)})$`);
const CONTEST_END = new RegExp(`(?:${alt(CONTEST_NOUNS)})$`);
/** A ceremony's noun ending the first of two titles joined by 暨 (…竞赛启动仪式暨…技能竞赛). */
const ABOUT_EVENT_AHEAD = new RegExp(`^(?:${alt(ABOUT_EVENT_NOUNS)})(?:$|${TITLE_JOINER})`);

const VISIT_TALKS = new RegExp(`(?:召开|举行|在|随后的)(${alt(VISIT_TALK_NOUNS)})`);

/**
 * The talks a visit held (…到柳南区核验…。在随后的座谈会上,…汇报), told with a bare noun after the
 * visit: a meeting of the visit's day and visitor, when no meeting the article names is them.
 *
 * @example
 * talksOfVisit(kept) // → [the draft of 座谈会, dated as the visit]
 */
export function talksOfVisit(events: readonly EventDraft[], sentences: readonly Sentence[]): EventDraft[] {
  const visit = events.find((e) => e.type === 'visit' && !e.fromHeading);
  if (!visit || !on(R.visitTalks) || events.some((e) => VISIT_TALK_NOUNS.some((n) => e.title.endsWith(n)))) return [];
  for (const s of sentences) {
    if (s.heading || s.index < visit.sentence.index) continue;
    const m = VISIT_TALKS.exec(s.norm);
    if (!m) continue;
    const at = m.index + m[0].length - (m[1] as string).length;
    const talks = draftOf(s, at, at + (m[1] as string).length, 'meeting', {
      generic: true,
      organizers: visit.organizers.slice(0, 1),
    });
    takeDay(talks, visit);
    fired(R.visitTalks, 'event', talks.title);
    return [talks];
  }
  return [];
}

const BARE_CEREMONY = new RegExp(`(?:${alt(CEREMONY_ATTENDING)})(?:了)?(${alt(OPENING_CEREMONIES)})`);
const CONTEST_OR_COURSE = new Set<EventType>(['competition', 'training']);

/**
 * The ceremony a contest or course opened or closed with, told bare after it (…竞赛在上海机辆段开幕。
 * …出席开幕式并致辞): an event of its own, named after the contest, when the article names no such ceremony.
 *
 * @example
 * ceremonyOfMain(kept, sentences) // → [the draft of 第五届…职业技能竞赛开幕式]
 */
export function ceremonyOfMain(events: readonly EventDraft[], sentences: readonly Sentence[]): EventDraft[] {
  const main = events.find((e) => CONTEST_OR_COURSE.has(e.type) && !e.fromHeading);
  if (!main || !on(R.ceremonyOfMain)) return [];
  for (const s of sentences) {
    if (s.heading) continue;
    const m = BARE_CEREMONY.exec(s.norm);
    const noun = m?.[1];
    // Titles keep their page's script (啟動儀式): compared folded, as the sentence is read.
    if (!m || !noun || events.some((e) => e.sentence === s || foldText(e.title).endsWith(noun))) continue;
    const at = m.index + m[0].length - noun.length;
    const ceremony = draftOf(s, at, at + noun.length, 'ceremony', { organizers: main.organizers });
    ceremony.title = `${main.title}${ceremony.title}`;
    if (ceremony.undated) takeDay(ceremony, main);
    fired(R.ceremonyOfMain, 'event', ceremony.title);
    return [ceremony];
  }
  return [];
}

/**
 * Gives undated events told in the lead the date of the lead’s dated event.
 *
 * @example
 * // 10月29日,…揭牌仪式…举行,并同步启动…职工服务集市: the 集市 is dated 10-29 too.
 * datesFromLead(drafts, sentences);
 */
export function datesFromLead(events: readonly EventDraft[], sentences: readonly Sentence[]): void {
  if (!on(D.leadDate)) return;
  const leadDate = sentences.some((s) => s.lead && /\d{1,2}月\d{1,2}日/.test(s.norm));
  const dated = events.find((e) => e.sentence.lead && !e.undated);
  if (!leadDate || !dated) return;
  for (const e of events) {
    if (!e.undated || !e.sentence.lead) continue;
    takeDay(e, dated);
    fired(D.leadDate, 'event', e.title);
  }
}

/**
 * Dates the undated events of a lead whose dateline the page set apart (本报乌鲁木齐7月9日电 …大会今天在
 * 乌鲁木齐开幕): 今天 is the dateline's day, 昨天 the day before.
 *
 * @example
 * datedByTodayWords(drafts, '本报乌鲁木齐7月9日电'); // the 今天 congress → month 7, day 9
 */
export function datedByTodayWords(events: readonly EventDraft[], dateline: string | undefined): void {
  if (!on(D.datelineDay)) return;
  const filed = dateline ? findDate(dateline) : undefined;
  for (const e of events) {
    if (!e.undated || e.fromHeading) continue;
    const before = TODAY.test(e.sentence.norm) ? 0 : YESTERDAY_IN.test(e.sentence.norm) ? 1 : undefined;
    if (before === undefined) continue;
    // With no dateline, the page's own date tells which day 今天 was (the office opened 今天, a page of 11-24).
    if (!filed) e.daysBefore = before;
    else if (e.sentence.lead && filed.day - before >= 1) {
      Object.assign(e, { month: filed.month, day: filed.day - before, undated: false });
      if (filed.year) e.year = filed.year;
    } else continue;
    fired(D.datelineDay, 'event', e.title);
  }
}
const TODAY = new RegExp(alt(TODAY_WORDS));
const YESTERDAY_IN = new RegExp(alt(YESTERDAY));

const SCOPE = new RegExp(`^(?:${alt([...SCOPE_PREFIXES, ...OWN_PLACES])})`);
const SERIES = new RegExp(alt(SERIES_WORDS), 'g');

const CHRONICLE = new RegExp(`(\\d{1,2})月份?(?:${alt(CHRONICLE_WORDS)})`);

/**
 * In a month's chronicle (广东省总工会3月要事) each item opens with its day (10  省工业工会…):
 * its undated events happened on that day of that month.
 *
 * @example
 * datesFromChronicle(drafts, '广东省总工会3月要事'); // the event of “10  省工业工会召开工作会议” → month 3, day 10
 */
export function datesFromChronicle(events: readonly EventDraft[], articleTitle: string): void {
  const month = CHRONICLE.exec(articleTitle)?.[1];
  if (!on(D.chronicleDay) || !month) return;
  for (const e of events) {
    const day = /^(\d{1,2})\s/.exec(e.sentence.block.norm)?.[1];
    if (!e.undated || !day || Number(day) < 1 || Number(day) > 31) continue;
    Object.assign(e, { month: Number(month), day: Number(day), undated: false });
    fired(D.chronicleDay, 'event', e.title);
  }
}
