import type { EventPart, EventType } from '@reportgraph/contract';

/**
 * General vocabulary of events in trade-union news: the nouns that end an event's title
 * (with the type they imply), the verbs that hold an event, the adverbs between a title and
 * its verb, and the words that mark a mention as a reference back (此次培训) rather than news.
 * Words of the genre only: no event, brand or place names.
 */

/** Nouns an event's title ends in, with the type they imply (the title may refine it, see `TYPE_HINTS`). */
/** Exhibitions (“五小”竞赛成果精品展, 职工书画摄影展): activities, whatever they show. */
export const EXHIBITION_NOUNS = [
  '成果展',
  '精品展',
  '作品展',
  // 职工摄影作品联展: several bodies' works shown together.
  '联展',
  '书画展',
  '摄影展',
  '图片展',
  '展览',
  // …工人运动史”主题展, 纪念五卅运动100周年专题展, 劳模风采展, 职工书法展: exhibitions named by what they show.
  '主题展',
  '专题展',
  '风采展',
  '成就展',
  '书法展',
  '美术展',
];

const WRITTEN_NOUNS: ReadonlyArray<readonly [string, EventType]> = [
  // Meetings and congresses.
  ['代表大会', 'meeting'],
  // 职工代表大会 and 教职工代表大会 as the genre shortens them.
  ['职代会', 'meeting'],
  ['教代会', 'meeting'],
  // 工会会员代表大会 as the genre shortens it (公司第三届工代会).
  ['工代会', 'meeting'],
  ['成立大会', 'meeting'],
  // …创新工作室联盟启动大会, …劳动竞赛启动会: a meeting that launches a body or a campaign.
  ['启动大会', 'meeting'],
  ['启动会', 'meeting'],
  ['年会', 'meeting'],
  ['全体会议', 'meeting'],
  ['全委会', 'meeting'],
  // 市总工会十八届三次全会: a committee's plenary session, by its sitting.
  ['全会', 'meeting'],
  // Spelled out, so 全委会 or 大会 inside them does not end the title early (十五届六次全委会议, 党组扩大会议).
  ['全委会议', 'meeting'],
  ['扩大会议', 'meeting'],
  // 十六届十次全委(扩大)会, 党组(扩大)会议: an enlarged sitting, the word set off in brackets.
  ['(扩大)会议', 'meeting'],
  ['(扩大)会', 'meeting'],
  ['常委会议', 'meeting'],
  // 全总十八届三次执委会, 劳模协会五届二次理事会: a council's numbered sitting (the council alone is a body).
  ['次执委会', 'meeting'],
  ['次理事会', 'meeting'],
  ['次常务理事会', 'meeting'],
  // 一届五次经审会: the funds review committee's numbered sitting (经审会 alone is the committee).
  ['次经审会', 'meeting'],
  ['联席会议', 'meeting'],
  // 检察院与区总工会联合召开…工作联席会, 年度工会总结评比会, 劳务协作洽谈会: meetings as the genre also names them.
  ['联席会', 'meeting'],
  ['评比会', 'meeting'],
  ['洽谈会', 'meeting'],
  ['工作会议', 'meeting'],
  // 劳动人事争议“调裁审”衔接工作会: a working meeting, as 工作会议 is written short.
  ['工作会', 'meeting'],
  ['推进大会', 'meeting'],
  ['总结大会', 'meeting'],
  ['推进会', 'meeting'],
  // 工资集体协商工作现场推动会: a meeting that pushes a task on, as 推进会 does.
  ['推动会', 'meeting'],
  ['座谈会', 'meeting'],
  ['研讨会', 'meeting'],
  ['研判会', 'meeting'],
  ['交流会', 'meeting'],
  ['现场会', 'meeting'],
  ['报告会', 'meeting'],
  ['动员会', 'meeting'],
  ['部署会', 'meeting'],
  ['发布会', 'meeting'],
  // A press conference, as Hong Kong and Macau papers name it (记者招待会, and 记招 for short).
  ['记者招待会', 'meeting'],
  ['记者会', 'meeting'],
  ['记招', 'meeting'],
  ['说明会', 'meeting'],
  // 职工健身驿站建设工作推介会: a meeting that presents a scheme to those who may join it.
  ['推介会', 'meeting'],
  // A briefing on a law or a scheme, as Macau's bureaus and associations hold them (《劳动关系法》讲解会).
  ['讲解会', 'meeting'],
  ['专题会', 'meeting'],
  ['学习会', 'meeting'],
  ['务虚会', 'meeting'],
  ['恳谈会', 'meeting'],
  ['协商会议', 'meeting'],
  ['协商会', 'meeting'],
  ['对接会', 'meeting'],
  ['观摩会', 'meeting'],
  ['通报会', 'meeting'],
  ['评审会', 'meeting'],
  // 党风廉政建设形势分析会, 企业沟通会, 论文评选会: a meeting that reviews how things stand, one that talks things over with
  // a body's members, and one that judges entries.
  ['分析会', 'meeting'],
  ['沟通会', 'meeting'],
  ['评选会', 'meeting'],
  // 医疗互助保障行动调度会: a meeting that checks a campaign's progress and assigns its next steps.
  ['调度会', 'meeting'],
  // A body's regular meeting and a meeting that sums up (工会主席例会, 技能大赛总结会).
  ['例会', 'meeting'],
  // 主席办公会, 党组会, 党组民主生活会: a federation's office meeting, its party group's meeting and self-review.
  ['办公会', 'meeting'],
  ['党组会', 'meeting'],
  ['生活会', 'meeting'],
  ['总结会', 'meeting'],
  // …劳动竞赛汇报会, …执法检查汇报会: a meeting that hears how a task went.
  ['汇报会', 'meeting'],
  // …劳动奖表彰视频会: a meeting held by video link.
  ['视频会', 'meeting'],
  ['会议', 'meeting'],
  ['大会', 'meeting'],
  ['论坛', 'meeting'],
  // Ceremonies.
  ['表彰大会', 'ceremony'],
  ['表彰会', 'ceremony'],
  ['揭牌仪式', 'ceremony'],
  ['启动仪式', 'ceremony'],
  // …劳动和技能竞赛启动活动, …大讲堂启动活动: a launch told as an activity is the launch's ceremony.
  ['启动活动', 'ceremony'],
  ['开班仪式', 'ceremony'],
  ['开班式', 'ceremony'],
  ['颁奖仪式', 'ceremony'],
  ['签约仪式', 'ceremony'],
  // 会员服务卡首发仪式: a card's or a book's first issue.
  ['首发仪式', 'ceremony'],
  ['欢迎仪式', 'ceremony'],
  ['仪式', 'ceremony'],
  ['颁奖典礼', 'ceremony'],
  ['典礼', 'ceremony'],
  // 职工集体婚礼: unions wed couples of workers together, a ceremony held on a day; a 集体婚典 too, and a gala (盛典).
  ['婚礼', 'ceremony'],
  ['婚典', 'ceremony'],
  ['盛典', 'ceremony'],
  ['开幕式', 'ceremony'],
  ['闭幕式', 'ceremony'],
  // As Hong Kong and Macau write them (開幕禮, 啟動禮, 頒獎禮).
  ['开幕礼', 'ceremony'],
  ['颁奖礼', 'ceremony'],
  ['启动礼', 'ceremony'],
  // 庆祝五一国际劳动节颁奖会: an awards ceremony named as a meeting.
  ['颁奖会', 'ceremony'],
  ['揭幕礼', 'ceremony'],
  // Activities.
  ['分享会', 'activity'],
  // 快递行业工会工作沙龙, 职工读书会: an informal gathering to talk over a trade's work or books.
  ['沙龙', 'activity'],
  ['读书会', 'activity'],
  ['宣讲会', 'activity'],
  ['联谊会', 'activity'],
  ['交友会', 'activity'],
  // 单身青年相亲会: the matchmaking fairs unions hold for single workers.
  ['相亲会', 'activity'],
  ['见面会', 'activity'],
  ['团拜会', 'activity'],
  // 新春團拜, as Hong Kong's unions hold it.
  ['团拜', 'activity'],
  ['茶话会', 'activity'],
  // 组织劳模进行健康体检, 为环卫工人开展免费体检: a health check the union arranges for its members.
  ['健康体检', 'activity'],
  ['免费体检', 'activity'],
  // 退休职工欢送会, 职工集体生日会, 劳模故事会: a gathering the union holds for its members.
  ['欢送会', 'activity'],
  ['生日会', 'activity'],
  ['故事会', 'activity'],
  ['晚会', 'activity'],
  // 职工演唱会, 新年音乐会: a concert staged for workers.
  ['演唱会', 'activity'],
  ['音乐会', 'activity'],
  ['讲坛', 'activity'],
  ['宣讲', 'activity'],
  ['慰问演出', 'activity'],
  ['文艺演出', 'activity'],
  ['演出', 'activity'],
  ['展演', 'activity'],
  // 职工文艺汇演, 庆五一文艺汇演: a staged show of the workers' own acts.
  ['文艺汇演', 'activity'],
  // 《厂际之春》文艺会演: the same show, as some papers write it (not 会演员, a committee's performer).
  ['文艺会演', 'activity'],
  ['汇演', 'activity'],
  ['联欢会', 'activity'],
  ['游园会', 'activity'],
  ['招聘会', 'activity'],
  // 就业博览会, 就业服务博览会: a job fair, as Taiwan's and Macau's labour offices hold them.
  ['博览会', 'activity'],
  ['嘉年华', 'activity'],
  // 泰顺县徒步大会, 环太湖徒步大会: a walk for workers, not a meeting.
  ['徒步大会', 'activity'],
  // 青岛市第三届职工文化艺术节…开幕, …艺术节圆满收官: a festival of the workers' arts, held from its opening.
  ['艺术节', 'activity'],
  ['文化节', 'activity'],
  // 职工读书节: a union's reading festival.
  ['读书节', 'activity'],
  ...EXHIBITION_NOUNS.map((noun) => [noun, 'activity'] as const),
  ['酒会', 'activity'],
  // 两地工会联欢晚宴, 迎春团圆晚宴: a dinner held for workers or guests.
  ['晚宴', 'activity'],
  ['活动', 'activity'],
  // Trainings.
  ['培训会', 'training'],
  ['培训班', 'training'],
  ['读书班', 'training'],
  // 举办…专题研讨班: a seminar course for cadres.
  ['研讨班', 'training'],
  // 工会干部研修班, 国际劳务合作研修班: an advanced course for cadres or officials.
  ['研修班', 'training'],
  ['培训', 'training'],
  ['讲座', 'training'],
  ['夜校', 'training'],
  ['特训营', 'training'],
  ['训练营', 'training'],
  // A union's summer class for workers' children (暑期爱心托管班…正式开班): held from the day it opens; its
  // winter one (爱心“寒托班”圆满结束).
  ['托管班', 'activity'],
  ['暑托班', 'activity'],
  ['寒托班', 'activity'],
  ['夏令营', 'activity'],
  // A study meeting and a seminar camp (研習會 in Taiwan, 研討營 in Hong Kong).
  ['研习会', 'training'],
  ['研讨营', 'training'],
  // Competitions.
  ['技能大赛', 'competition'],
  ['大赛', 'competition'],
  ['邀请赛', 'competition'],
  // 乒乓球团体赛, 气排球交流赛: a team contest, and one played between units for the exchange.
  ['团体赛', 'competition'],
  ['交流赛', 'competition'],
  ['选拔赛', 'competition'],
  ['擂台赛', 'competition'],
  ['锦标赛', 'competition'],
  ['联赛', 'competition'],
  ['球赛', 'competition'],
  ['友谊赛', 'competition'],
  ['对抗赛', 'competition'],
  ['争霸赛', 'competition'],
  ['挑战赛', 'competition'],
  ['公开赛', 'competition'],
  ['拔河赛', 'competition'],
  // 职工中国象棋赛, 围棋赛: chess played board against board.
  ['棋赛', 'competition'],
  // 第四届龙舟赛: unions race dragon boats at the Duanwu festival.
  ['龙舟赛', 'competition'],
  // A quiz answered against the clock (“安康杯”知识抢答赛, 法律知识抢答赛).
  ['抢答赛', 'competition'],
  ['总决赛', 'competition'],
  // 职工好声音(文艺)月月赛: a contest held round by round, one a month.
  ['月赛', 'competition'],
  ['决赛', 'competition'],
  // 职工歌咏合唱比赛复赛, 半决赛: a contest's rounds, held on days of their own.
  ['半决赛', 'competition'],
  ['复赛', 'competition'],
  ['初赛', 'competition'],
  ['竞赛', 'competition'],
  ['比赛', 'competition'],
  ['大比武', 'competition'],
  ['比武', 'competition'],
  ['运动会', 'competition'],
  // A job fair's or a service's session of its own (…招聘活动京津冀专场在这里举办, 法律援助专场启动), a fair of
  // jobs (春季就业节, 招聘求职洽谈会).
  ['专场', 'activity'],
  ['就业节', 'activity'],
  ['洽谈会', 'activity'],
  // 劳工团体举行游行示威, 参与集会: Hong Kong's and Macau's unions march and rally (their May Day, their claims).
  ['游行示威', 'activity'],
  ['游行', 'activity'],
  ['集会', 'activity'],
  // Campaigns and visits.
  ['专项行动', 'campaign'],
  ['行动', 'campaign'],
  ['调研活动', 'visit'],
  // 来宜开展“县级工会加强年”专项调研: a round of visits on one subject.
  ['专项调研', 'visit'],
  // 开展劳动保护专项检查: a round of inspections of workplaces.
  ['专项检查', 'visit'],
];

/**
 * The nouns as written, and each …会 of three characters or more spelled out as …会议 too
 * (推进会议, 经验交流会议), so 会 inside the longer noun does not end the title early.
 */
export const EVENT_NOUNS: ReadonlyArray<readonly [string, EventType]> = [
  ...new Map([
    ...WRITTEN_NOUNS,
    ...WRITTEN_NOUNS.filter(([noun]) => noun.length >= 3 && noun.endsWith('会')).map(
      ([noun, type]) => [`${noun}议`, type] as const,
    ),
  ]).entries(),
];

/** Words in a title that decide its type over its last noun (a 开幕式 of a 大赛 is a competition's). */
export const TYPE_HINTS: ReadonlyArray<readonly [RegExp, EventType]> = [
  // …表彰颁奖典礼暨…风采展示活动, “双先”表彰会暨职工文艺汇演: an honouring joined to a show is a ceremony.
  [/揭牌|授牌|授旗|启动仪式|开幕式|成立|表彰大会|表彰会|颁奖典礼|颁奖仪式|颁奖礼/, 'ceremony'],
  [/大赛|竞赛|比赛|比武|运动会/, 'competition'],
  [/培训|讲座|夜校|特训营|课堂/, 'training'],
  [/调研|视察|考察|走访/, 'visit'],
];

/**
 * A festival's closing ceremony (…暨文化艺术节颁奖典礼, …艺术节闭幕式) tells how the festival ended: the
 * festival is not told again as an event of its own (its opening, 开幕式, still is).
 */
export const FESTIVAL_NOUNS = ['文化节', '艺术节', '体育节', '技能节'];
export const CLOSING_NOUNS = ['颁奖典礼', '颁奖仪式', '闭幕式', '总结推进大会', '总结大会'];

/**
 * Nouns of a ceremony or meeting held for another event (X启动仪式, X开幕式, X总结推进大会): the X
 * before them names an event of its own.
 */
export const ABOUT_EVENT_NOUNS = [
  '启动仪式',
  '启动活动',
  '启动大会',
  '启动会',
  '开幕式',
  '开班仪式',
  '开班式',
  '开营仪式',
  ...CLOSING_NOUNS,
];

/**
 * Events made of many contests (职工运动会, 文化艺术节): a contest named after one (…工人运动会啦啦操竞赛)
 * is one of its events, not another name of it.
 */
export const MULTI_EVENT_NOUNS = ['运动会', ...FESTIVAL_NOUNS];
/** Nouns of one contest held within a multi-event (…运动会啦啦操竞赛, …运动会乒乓球比赛). */
export const CONTEST_NOUNS = ['竞赛', '比赛'];

/** Titles that are only an event noun: they refer back to the event the article is about. */
export const BARE_TITLES = [
  '开幕式',
  '闭幕式',
  '开幕礼',
  '启动礼',
  '揭幕礼',
  '开班式',
  '开营式',
  '会议',
  '大会',
  '仪式',
  '典礼',
  '活动',
  '培训',
  '比赛',
  '大赛',
  '竞赛',
  '决赛',
  '演出',
  '展览',
];

/** Ceremonies that open or close a contest or a course, named bare after it (出席开幕式并致辞). */
export const OPENING_CEREMONIES = [
  '开幕式',
  '闭幕式',
  '启动仪式',
  '开班式',
  '结业式',
  '开营式',
  '颁奖仪式',
  '颁奖典礼',
];
/** Verbs before a bare ceremony that tell it was held and attended. */
export const CEREMONY_ATTENDING = ['出席', '参加', '举行', '举办'];

/** Words that leave a bare title as vague as it was (陪同参加有关活动, 其他活动). */
export const VAGUE_WORDS = ['有关', '相关', '其他', '其它'];

/**
 * Verbs of bringing an event to those it is for (为工地的工友们送上了一场慰问演出): they hold it, but after 在 they
 * say whom for (在一线的民警送上…), not where.
 */
export const BRINGING_VERBS = ['送上'];

/** Verbs that hold the event named after them (召开…会议, 举办…培训班, 开展好…活动). */
export const HOLDING_VERBS = [
  '召开',
  '举行',
  '举办',
  '开展',
  '开展好',
  '举办好',
  '组织好',
  '展开',
  '组织',
  '组织开展',
  '承办',
  '主办',
  '协办',
  '启动',
  '推出',
  '开设',
  '开启',
  '发起',
  '进行',
  // 於昨(22)日下午辦理「…」活動: Taiwan's pages hold an event with 辦理.
  '办理',
  // 劳工处与职安局合办研讨会: Hong Kong's and Macau's bodies hold an event together with 合办.
  '合办',
  ...BRINGING_VERBS,
];

/**
 * Verbs that launch a contest or a campaign named before them (…劳动竞赛在…正式启动): the launch is
 * the event held that day, and its title says so (…劳动竞赛启动).
 */
export const LAUNCH_VERBS = ['启动'];
/** How a ceremony's title ends (启动仪式, 开幕式, 颁奖典礼, 开幕礼): launched, it already says so (no 启动仪式启动). */
export const CEREMONY_ENDINGS = ['仪式', '式', '典礼', '礼'];

/** Verbs of taking part: the event they name was held, but by someone else (参加…比赛). */
export const ATTENDING_VERBS = ['参加', '参与', '走进', '参观'];

/** Verbs of carrying out another body's orders (落实全总…部署): that body does not hold the event. */
export const COMPLIANCE_VERBS = ['落实', '贯彻', '贯彻落实', '按照', '根据', '响应', '遵照', '依照'];

/** Verbs that carry a campaign on (推进“求学圆梦行动”): they hold a 行动, not a meeting. */
export const CAMPAIGN_VERBS = ['推进', '实施'];

/** Verbs that take an event as their object without holding it (打造品牌, 标志着…拉开帷幕): a title does not extend past them. */
export const OTHER_OBJECT_VERBS = ['打造', '标志着', '标志著'];

/** Verbs of a purpose clause (为保障…大会顺利召开): the event named after them is held elsewhere in the text. */
export const PURPOSE_VERBS = ['保障', '确保', '迎接', '筹备', '办好', '做好'];

/** Verbs of carrying an event out, before the state a meeting reviews (…活动开展情况, …竞赛组织情况). */
export const CARRYING_OUT_VERBS = ['开展', '进展', '举办', '组织', '落实', '实施', '推进'];
/** How a thing stands or went (…活动开展情况, …竞赛进展情况): a topic reviewed, not an event. */
export const STATE_WORDS = ['情况'];

/** Prepositions of whom an event is for, right after the verb holding it (开展为环卫工人送温暖活动, 开展向灾区捐款活动). */
export const BENEFICIARY_PREPOSITIONS = ['为', '向'];

/** The word a theme is told with (开展主题为“…”的活动): its 为 says what the theme is. */
export const THEME_WORD = '主题';

/**
 * Words of a title that open with a one-character stop (劳动争议诉调对接工作室揭牌仪式, 校企对接签约仪式, 全面从严治党工作会议):
 * inside a title the character stops nothing. (Outside titles 对接 is as often a verb: 企业对接了项目.)
 */
export const TITLE_WORDS_OPENING_WITH_STOPS = ['对接', '从严'];

/** Verbs that name a department before 部 (组织部部长甲主持会议, 宣传部): no verb holding an event there. */
export const VERBS_NAMING_DEPARTMENTS = ['组织', '宣传'];

/** Nouns a stop word ends (职工医疗互助保障, 权益保障): inside a title they are its words, not a verb's. */
export const NOUNS_ENDING_IN_STOPS = [
  '互助保障',
  '医疗保障',
  '社会保障',
  '权益保障',
  '生活保障',
  '民生保障',
  // 劳动保障工作推进会, 劳动保障监察工作会议, 服务保障工作会议: labour protection and the services an event is given.
  '劳动保障',
  '服务保障',
  '安全保障',
  '后勤保障',
];

/**
 * The curtain idioms of an opening or a close (…运动会在县职专拉开了序幕, …比赛在生活区空地拉开了帷幕),
 * with and without 了. After 为 they hold nothing named (大会为全年劳动竞赛拉开序幕: the meeting opened it).
 */
export const CURTAIN_VERBS = ['拉开', '落下'].flatMap((verb) =>
  ['帷幕', '大幕', '序幕'].flatMap((curtain) => [`${verb}${curtain}`, `${verb}了${curtain}`]),
);

/** Verbs that hold an event named before them (…推进会在佛山召开). */
export const HELD_AFTER_VERBS = [
  '召开',
  '举行',
  '举办',
  '开幕',
  '闭幕',
  '落幕',
  '开讲',
  '启动',
  '成立',
  '揭牌',
  '开班',
  '开课',
  '开营',
  '开赛',
  ...CURTAIN_VERBS,
  '结束',
  '收官',
  '鸣金收兵',
  '开展',
  // …戏曲晚会在县群众艺术中心激情上演: a show is staged.
  '上演',
  // …职工职业技能大赛在威海职业学院正式启幕: the curtain goes up.
  '启幕',
  // …公益体检活动在宣城市泾县隆重开启, …关爱活动在某公司热闹开启: an activity is begun.
  '开启',
  // …慰问演出来到夹河桥工地, …文艺演出走进大田县: a touring show or activity is held where it goes.
  '来到',
  '走进',
];

/** Verbs after a title that say only that it was held, never taking another object (开幕, 举行, 召开). */
export const HELD_ITSELF_VERBS = ['举行', '召开', '开幕', '闭幕', '落幕', '上演', '启幕', ...CURTAIN_VERBS];

/** A short name given right after a title (…职业技能大赛(以下简称“大赛”)12日在东莞落幕), as a regex source. */
export const SHORT_NAME_NOTE = '\\((?:以下)?简称[^()]{1,16}\\)';

/** Adverbs between a title and its verb (隆重召开, 成功举办). */
export const HOLDING_ADVERBS = [
  // …行动已拉开序幕, …大赛已经圆满落幕: done by the time of writing.
  '已经',
  '已',
  '隆重',
  '正式',
  '顺利',
  '圆满',
  '成功',
  '盛大',
  '胜利',
  '如期',
  '同步',
  '近日',
  '日前',
  '火热',
  '热烈',
  // …送温暖活动全面启动: started everywhere at once.
  '全面',
  // 激情上演, 精彩上演, 浪漫启幕: how a show is staged.
  '激情',
  '精彩',
  '浪漫',
  '倾情',
  // …月月赛正在举行: what a reporter saw being held.
  '正在',
  // 在宣城泾县联合开展…: bodies holding it together (the venue ends before).
  '联合',
  '共同',
  // 4个寒假爱心托管班陆续开班: classes opening one after another.
  '陆续',
];

/**
 * Words between a venue and the verb holding an event that say how it went or what it was for (热闹开启,
 * 如火如荼开展, 紧锣密鼓地举行, 学习考察): no part of the venue.
 */
export const LOCATION_TRAILERS = [
  '热闹',
  '如火如荼',
  '紧锣密鼓地',
  '紧锣密鼓',
  '甜蜜',
  '学习',
  // 在全市范围内广泛开展, 在全市率先开启: how widely or how soon, after a scope that is no venue.
  '广泛',
  '深入',
  '积极',
  '率先',
  // 在体育场冒雨举行, 到…施工现场亲切慰问, 在齐河同期举办, 在…交通枢纽持续开展, 在…温情举行, 在5楼会议室主持召开:
  // the weather, the manner or who chaired, not the place.
  '冒雨',
  '亲切',
  '同期',
  '持续',
  '温情',
  '浓情',
  '迅速',
  '蹲点',
  '接连',
  '主持',
];

/**
 * Ends of a quoted station's, studio's, base's or body's name (“劳动争议诉调对接工作室”, “户外劳动者爱心驿站”,
 * “…综合培训基地”, “江洪渔业联合工会委员会”): the quotation names a place or a body, not an event.
 */
export const QUOTED_PLACE_ENDS = [
  '工作室',
  '驿站',
  '服务站',
  '服务点',
  '基地',
  '中心',
  '委员会',
  '联盟',
  '学校',
  '书屋',
  '之家',
  '小屋',
  '平台',
  '阵地',
];

/** Verbs that hold an event and never open its name (在开展“金秋助学”活动中: the 活动 is “金秋助学”活动). */
export const HOLDING_NOT_IN_TITLE = ['组织开展', '开展', '举办', '举行', '召开'];

/** Verbs of carrying out that open a title right after the verb holding it (举行落实…推进会, 召开推进…联席会议). */
export const TITLE_OPENING_VERBS = ['学习', '落实', '贯彻', '推进'];

/**
 * Words a title does not extend past, leftwards, besides the verbs; the last ones say when
 * (正值…召开之际, 恰逢…, 今天…圆满召开, 随着…闭幕), and a site's dateline (温州网讯…大会昨天开幕).
 */
export const TITLE_STOPS =
  '在 由 从 的 了 于 为 对 向 将 并 以 是 出席 主持 邀请 联合 围绕 结合 通过 依托 落实 贯彻 包括 等 宣布 今年 去年 正值 恰逢 适逢 值此 正逢 欣逢 今天 今日 昨天 昨日 随着 网讯'.split(
    ' ',
  );

/** Endings of a 在 phrase of time or circumstance (在节日前, 在疫情期间), not of a place. */
export const NOT_PLACE_ENDINGS = ['前', '后', '期间', '之际', '时', '中', '上', '下', '以来', '基础', '范围内', '范围'];

/** Kinds of site, not a site (到企业慰问, 深入企业一线, 送文化到基层): where a visit went in general. */
export const GENERIC_SITES = [
  '企业',
  '基层',
  '一线',
  '企业一线',
  '基层一线',
  '生产一线',
  '单位',
  '各单位',
  '工地',
  '社区',
  // …决赛在这里精彩上演: a place pointed at, named elsewhere.
  '这里',
  // 各区县在现场开展了“直播带岗”活动: the scene of the event itself, not a venue named.
  '现场',
  '那里',
  '这儿',
  '此处',
  '此地',
];

/** Words that make a title refer back to an event already told (此次培训, 本次大赛). */
export const ANAPHORS = ['此次', '本次', '这次', '是次', '今次', '该次', '上述', '本届', '此项', '本期'];

/** Prefixes that count or qualify a title without naming it (一场, 各类). */
export const TITLE_FILLERS = ['了', '一场', '一次', '一系列', '系列', '各类', '各项', '形式多样的', '盛大'];

/** Indefinite words opening a title after 的 (…开展的一项群众性竞赛活动): a description of a kind, not an event. */
export const DESCRIPTIVE_OPENERS = ['一项', '一种', '一个', '一类'];
/** The same after 是 (这是…开展的一次大型群众性活动, 是…召开的一次重要会议): the event told before, described. */
export const COPULA_DESCRIPTIVE_OPENERS = ['一次', '一场'];

/** Words that make a title a plural category (多项活动), not one event. */
export const PLURALS = ['多项', '多场', '各类', '各项', '一批', '若干', '一系列'];

/** Congresses of delegates: 代表 right after one names its delegates (代表大会代表选举), not the congress held. */
export const CONGRESS_NOUNS = ['代表大会', '职代会', '教代会'];

/**
 * 自2005年“金秋助学”活动启动以来: the years of a programme looked back on from the year it began,
 * not an event held (自今年7月1日“振兴杯”竞赛启动以来 names the day a contest opened: kept).
 */
export const SINCE_OPENERS = ['自', '从'];
export const SINCE_AFTER = ['开展以来', '启动以来', '举办以来', '实施以来', '开始以来', '以来'];

/**
 * Words after an event noun that make it a modifier (会议精神, 活动现场, 培训项目, 职代会制度, 活动长效机制, 培训基地,
 * 竞赛基地), not a title.
 */
export const NOT_AFTER_TITLE = [
  '精神',
  '上',
  '中',
  '期间',
  '现场',
  '结束',
  '以来',
  '成果',
  '成效',
  '经验',
  '方案',
  '体系',
  '机制',
  '长效机制',
  '平台',
  '阵地',
  '基地',
  '品牌',
  '项目',
  '工作室',
  '模式',
  '计划',
  '规划',
  '纲要',
  '队伍',
  '组',
  '制度',
  '建设',
  '提案',
  // 这也是…开展的系列活动之一: one of a kind of events, not one held.
  '之一',
];

/** Words of plans and intentions: an event after them has not happened (regex sources). */
export const FUTURE_WORDS = [
  '将',
  '要',
  '计划',
  '拟',
  '力争',
  // 继续教育学院 (continuing education) names a school, not a plan.
  '继续(?!教育)',
  '持续',
  '进一步',
  '下一步',
  '未来',
  '今后',
  '争取',
  '谋划',
  '以后',
];

/** Time words that open a sentence about what is to come (今后,省总工会组织重大活动…): nothing in it was held. */
/** Verbs that hold an event set for a day (将于12月13日举行): with the day named, not a plan. */
export const SCHEDULING_VERBS = ['举行', '举办', '召开'];

export const FUTURE_OPENERS = ['今后', '以后', '下一步', '未来', '接下来', '下阶段'];

/**
 * Words of a plan that, opening a sentence's subject (…总工会将通过…), govern its later clauses too;
 * 将 only before a verb or a time (将X与Y结合 is "to combine X with Y", no plan).
 */
export const PLAN_OPENING_WORDS = [
  '将于',
  '将在',
  '将通过',
  '将继续',
  '将进一步',
  '将陆续',
  '将组织',
  '将开展',
  '将举办',
  '将要',
  '计划',
  '拟',
  '准备',
];

/**
 * What opens a clause telling the basis an event was held on (根据省总工会干部培训计划, 按照…工作规划要求): the plan or
 * the request named there was the grounds, not an event still to come nor words said.
 */
export const BASIS_OPENERS = ['根据', '按照', '依据', '遵照', '依照'];

/**
 * A purpose clause opening with 为 before a title (为深入开展“…”实践活动,…举办了…): the campaign
 * named there is what the event serves, not an event held.
 */
export const PURPOSE_OPENERS = ['为了', '为'];
export const PURPOSE_ADVERBS = ['深入', '进一步', '全面', '积极', '认真', '扎实', '持续', '切实', '更好地', '大力'];
/** How widely and how long a campaign is carried on (广泛深入持久开展): never where. */
export const MANNER_WORDS = ['广泛', '持久', '持续'];
/** Bodies whose offices a union's leader often holds besides (区人大常委会副主任、区总工会主席): not an event's host then. */
export const CONCURRENT_POST_BODIES = ['人大常委会', '人大', '政协'];
/** What the form an event was held in ends with (以视频会议形式召开, 以线上线下相结合的方式举行). */
export const HELD_FORMS = ['形式', '方式'];
export const PURPOSE_CLAUSE_VERBS = ['开展', '推进', '落实', '贯彻落实', '贯彻', '推动', '做好', '深化'];

/** Words of habits: an event told with them (常态化开展…比武) is a recurring programme, not one event. */
export const RECURRING_WORDS = [
  '常态化',
  '定期',
  '连续',
  '每年',
  '每两年',
  '每三年',
  '每季度',
  '每月',
  '每周',
  '长期',
  '经常',
];

/**
 * Words that look back over years (近年来,…开展了…竞赛活动; 自2006年开始,…开展…劳动竞赛): what a sentence
 * they open tells is a standing programme, not one event held; the start of a span of years follows.
 */
export const LOOKING_BACK_WORDS = ['近年来', '近几年来', '近些年来', '多年来', '这些年来', '历年来'];
export const SPAN_STARTS = ['开始', '起', '以来'];

/** The whole country as a scope word (全国推进…会议). */
export const NATIONAL_SCOPE = '全国';

/** Scope words that open a title in place of the place's name (全市第八届…大赛 is 西宁市第八届…大赛). */
export const SCOPE_PREFIXES = ['全市', '全省', '全区', '全县', '全州', '本市', '本省'];

/** Verbs of reporting a statement: a sentence they open (会议要求,…) tells what was asked, not what was held. */
export const SAYING_VERBS = ['表示', '强调', '要求', '指出', '明确', '提出', '认为', '希望'];

/** Verbs of receiving a guest or a delegation (王丽华会见…参访团). */
export const RECEIVING_VERBS = ['会见', '会晤', '接见'];

/** Verbs of calling on a host (台南五大总工会代表拜会台南市长黄伟哲): a visit. */
export const CALLING_VERBS = ['拜会', '拜访'];

/** Verbs of an honour given by a body (授予…奖章, 表彰…), and the nouns of the honours. */
export const HONOURING_VERBS = ['授予', '表彰', '命名'];
export const HONOUR_DOCUMENT_VERBS = ['下发', '印发', '发布', '公布'];
/**
 * Words of honouring in a meeting's title (庆祝“五一”…暨表彰劳动模范大会, 表扬大会, 授牌大会): a meeting held to
 * honour is a ceremony, unless it studies one (学习…表彰大会精神座谈会).
 */
export const HONOURING_MEETING_WORDS = [...HONOURING_VERBS, '表扬', '授牌', '颁奖'];
export const STUDIED_MARK = '精神';

/** Nouns of a council that meets in numbered sessions (…常务理事会举行第一次会议). */
export const COUNCIL_NOUNS = ['常务理事会', '理事会', '委员会', '常委会', '全委会'];

/** What a named person does at an event, read from the words right after the name. */
export const PART_WORDS: ReadonlyArray<readonly [EventPart, readonly string[]]> = [
  ['chaired', ['主持']],
  ['spoke', ['讲话', '致辞', '发言', '授课', '讲授', '主讲', '讲课', '分享', '介绍', '报告', '宣讲']],
  ['won', ['获得', '荣获', '夺得', '摘得', '分获', '获']],
  ['attended', ['出席', '参加', '参与', '到会', '调研', '带队', '陪同', '宣布', '观摩']],
];

/** Parts of a day between a date and its verb (9月18日上午在…举行). */
export const DAY_PARTS = ['上午', '下午', '晚上', '晚'];

/** Words that date news only vaguely (近日, 日前): an event told with them has no day. */
export const VAGUE_DAYS = ['近日', '日前', '近期', '前不久', '不久前'];

/**
 * What a sentence may open with to say it goes on from an event told before (揭牌仪式后, 表彰会后,
 * 启动仪式结束后): the event's closing noun, then 后 or 结束后.
 */
export const FOLLOWED_EVENT_NOUNS = ['仪式', '会议', '会'];

/** What a sentence opens with to tell what the meeting told before did there (会议为…授牌, 会上,…, 大会还…). */
export const MEETING_ANAPHORS = ['会议', '大会', '会上'];

/** Words that spread what a sentence tells over a year or more (今年…积极开展…活动). */
export const YEAR_LONG = ['今年', '年内', '全年', '近年', '以来'];

/**
 * Days told relative to the dateline (昨日, 日前), and those that mean the day before it (昨早 and
 * 昨晚, yesterday morning and evening, as Hong Kong's papers write them).
 */
export const RELATIVE_DAYS = ['昨日', '昨天', '昨早', '昨晚', '昨', '今日', '今天', '日前', '近日', '近期'];
/** Words of the day already told (…代表大会当天在厦门举办): they stand where a date may, between a title and its venue. */
export const SAME_DAY_WORDS = ['当天', '当日', '同日', '同天'];
export const YESTERDAY = ['昨天', '昨日', '昨早', '昨晚'];
export const TODAY_WORDS = ['今天', '今日'];

/** Marks closing a dateline (新华社北京2月22日电, 泉州网4月25日讯, 中新网5月1日消息). */
export const DATELINE_MARKS = ['电', '讯', '消息', '资讯'];
/** Words crediting the paper a dateline's story comes from (台海网11月23日讯 据厦门日报报道 近日,…). */
export const CREDIT_OPENING = '据';
export const CREDIT_VERBS = ['报道', '报导', '消息'];

/** Who opens a sentence that reports what was asked for (会议要求,… 他强调,…), and 还/也 after them. */
export const DIRECTIVE_SUBJECTS = ['会议', '大会', '会上', '他', '她'];
/**
 * A meeting asking something of its hearers (会议要求全省各级工会…,组织开展…; 大会号召…): what follows is asked for,
 * not told as held, whether or not a comma follows the verb.
 */
export const MEETINGS_ASKING = ['会议', '大会'];
export const ASKING_VERBS = ['要求', '号召', '倡议'];
export const ALSO_WORDS = ['还', '也', '同时'];

/** Words that go on from what was told before (随后到…调研): a clause they open has no subject of its own. */
export const THEN_WORDS = ['随后', '然后', '接着'];

/** What opens, after a visit's place, what was done there (深入…中心开展“园区枫桥”工作调研). */
export const VISIT_OPENERS = ['开展', '进行'];
/**
 * What opens, after a visit's place, whom or what the visit looked at (到沙市区对…情况进行调研, 到…就…问题调研),
 * as a regex source: not 对 or 就 in a word of the place (对口帮扶地, 就业服务中心) or of the talks (面对面).
 */
export const VISITED_OBJECT_OPENER = '(?<=\\p{Script=Han}{2})(?:(?<!面)对(?![口外面])|就(?![业近医餐读]))';

/** Counters after an activity that count it (宣讲活动75场), and the words that approximate the count. */
export const EVENT_COUNTERS = ['场', '次', '期', '项', '个', '届'];
export const APPROXIMATE_WORDS = ['超过', '超', '近', '约', '共计', '合计', '总计', '共', '达', '累计', '多', '余'];

/** Words that make a title a name rather than a category: a body's kind, and a place's level. */
export const NAME_MARKERS = ['工会', '公司', '协会', '学院', '省', '市', '区', '县', '镇'];

/** Units of an event's duration (为期四天的). */
export const DURATION_UNITS = ['天', '日', '周', '个月'];

/** Verbs a council convenes its numbered sessions with (…理事会举行第一次会议). */
export const CONVENING_VERBS = ['召开', '举行'];

/** The word joining two titles into one event's (A暨B). */
export const TITLE_JOINER = '暨';

/** The umbrella noun of a campaign a ceremony launches (…活动启动仪式): not an event of its own. */
export const UMBRELLA_NOUNS = ['活动'];

/** Words that say an event was not held or was called off, right before it (今年没有举办「五一游行」, 未能召开, 取消了…). */
export const NOT_HELD_WORDS = ['没有', '没', '未能', '并未', '未', '取消了', '取消', '停办了', '停办'];

/** Marks of a venue before a body (在山东管理学院举办); 在 also opens a place a title is held at. */
export const VENUE_MARK = '在';
/** 于 before a venue, as formal and Taiwan's and Hong Kong's news write it (今(9)日于某营业处举行). */
export const FORMAL_VENUE_MARK = '于';
export const VENUE_MARKS = [VENUE_MARK, FORMAL_VENUE_MARK];
/**
 * The first characters of words that end in 在, where 在 marks no venue (早在5月就启动: as early as; 现在, 存在, 所在);
 * not 正在, which marks where as well (正在某疗养院举行).
 */
export const WORDS_ENDING_IN_ZAI = '早现实存所';
/** Hong Kong and Macau write 假 (borrowing) for 在 before a hired venue: 假工联大厦二楼礼堂举办. */
export const HIRED_VENUE_MARK = '假';

/** The mark and the verbs of a sponsor (由…主办). */
export const SPONSOR_MARK = '由';
export const SPONSOR_VERBS = ['主办', '承办', '协办', '举办', '组织'];

/** Verbs that invite a guest (邀请…授课), and the verbs of going somewhere (走进, 到, 赴). */
export const INVITING_VERBS = ['邀请', '特邀'];
export const TRAVEL_WORDS = ['走进', '来到', '前往', '深入', '莅临', '到', '赴', '一行来'];
/**
 * 来我县调研, 带领调研组来我市进行…调研: 来 before the host's own place (我县, 我市) is a trip there, told
 * from the host's side; so is 来 after a party counted (一行3人来娄星区督察…). A regex source: elsewhere 来
 * is no trip (来自).
 */
export const HOST_TRAVEL = '来(?=我)|来(?<=一行(?:\\d+|[一二三四五六七八九十]+)人来)';
/**
 * 率队来常调研, 调研组来潍调研, 访问团来通考察: 来 before a place written by its one-character short form (the host
 * city's) and a visit's verb is a trip there. A regex source; the place's one character and the verb are read after
 * it (送来了慰问, 寄来的慰问金 are no trips).
 */
export const SHORT_PLACE_TRAVEL = '来(?![了的着过得])';

/** How a visit goes about its look, between the trip and its verb (专题调研, 进行实地调研, 现场观摩学习). */
export const VISIT_MANNERS = ['专题', '实地', '现场'];

/** Verbs of a visit (到…调研, 走访慰问), and the words of leading one (带队). */
export const VISIT_VERBS = [
  '调研',
  '视察',
  '考察',
  '督导',
  // 赴响水对…竞赛工作开展督查, 来某区督察工会改革工作: a visit that checks how a task is carried out.
  '督查',
  '督察',
  // 莅临西平县观摩指导工会工作, 到基层指导工作: a visit to look at and guide a place's work (not 到现场指导, a
  // guest's part in an event).
  '观摩指导',
  '指导工作',
  // 对…驿站进行指导检查: looking over a place's work and guiding it.
  '指导检查',
  '督导检查',
  '检查',
  '核验',
  // 县委第五巡察组对…总工会党组进行了巡察, 巡视组对…公司进行了巡视检查, 审计局…对…资金进行了审计: an inspection or an
  // audit of a body's work.
  '巡视检查',
  '巡察',
  '审计',
  // 前往…重点项目参观, 到…参观学习, 到…进行现场观摩学习: a study trip to see a place's work.
  '参观学习',
  '观摩学习',
  '考察学习',
  '参观',
  // 温某一行人到访香港工联会: a party's call on a host.
  '到访',
  '走访慰问',
  '看望慰问',
  '走访',
  '慰问',
  '看望',
  // 率慰问团赴雄安新区送温暖: the union's winter and summer calls on workers.
  '送温暖',
  '送清凉',
];
/**
 * What a party on a trip brings whom it calls on, after 为 and them (来到某企业,为一线工人送去防暑降温物资): a call
 * told by its gifts.
 */
export const DELIVERY_VERBS = ['送来', '送去', '送上'];
/** Words after a visitor that lead a party to a visit told with no trip (甲带队调研…, 甲一行调研…情况). */
export const LEADING_WORDS = ['带队', '率队', '一行', '一行人'];
/** The talks a visit holds with its hosts (召开座谈会), told with a bare noun. */
export const VISIT_TALK_NOUNS = ['座谈会', '座谈交流会'];
/**
 * What after a visit's verb makes a noun of it: what was given (慰问金, 慰问品), or a rank or a post
 * (一级调研员, 督导员, 检查员), not a visit.
 */
export const VISIT_NOUN_ENDINGS = ['金', '品', '款', '信', '物资', '员', '人员'];
/** The visit verbs whose object is whom one calls on (慰问了甲、乙), not what one looks into (考察甲、乙工作). */
export const CALLING_ON_VERBS = ['走访慰问', '看望慰问', '走访', '慰问', '看望'];
/** What may stand between a visitor's name and the verb of calling on (薛某一行专程看望慰问…, 县总工会慰问组走访慰问…). */
export const CALLER_TRAILERS = ['一行', '等', '专程', '亲切', '先后', '分别', '上门', '慰问组', '慰问团'];
/**
 * Offices that stand for a body's visitor when no name follows (南门街道总工会主席一行走访了…, 县总工会领导带队
 * 慰问…): the body calls on whom follows.
 */
export const UNNAMED_CALLERS = ['主席', '副主席', '常务副主席', '领导', '负责人', '领导班子', '班子成员', '主要领导'];
/** A trailer the verb of calling on may follow with or without a comma (倪某带队,走访慰问…): the leader's call still. */
export const CALLER_TRAILERS_BEFORE_COMMA = ['带队', '率队'];
/**
 * Verbs of leading or sending a party between a visitor and the call (王某带领工作人员走访慰问了…, 某总工会组织工作人员,
 * 看望慰问了…): the visitor's call still, with the party it took.
 */
export const PARTY_LEADING_VERBS = ['带领', '率领', '组织', '率'];
/** A group sent to call on people (慰问团, 慰问组): the verb's noun, not a call. */
export const CALLER_GROUPS = ['团', '组', '队', '小分队'];
/** Words after a visit's verb that make the visit the time of something else (调研时的指示精神). */
export const TIME_OF_VISIT = ['时', '期间'];
/**
 * Words after a visit's verb that make it the occasion of words studied later (传达学习了习近平总书记来川视察重要指示精神,
 * 考察时的重要讲话): a speech or an instruction referred to, not a visit told.
 */
export const SPEECH_OF_VISIT = ['重要讲话', '重要指示', '讲话', '指示'];

/** Verbs of a body's founding or unveiling (…联盟成立, …中心揭牌). */
export const FOUNDING_VERBS = ['揭牌成立', '挂牌成立', '揭牌', '挂牌', '成立'];
/**
 * The founding verbs that unveil a plaque, 启用 (a site opened for use: …司机之家正式启用) and 授牌 (a plaque awarded
 * to a site: 为…劳模创新工作室授牌): a site or a studio unveiled is an event even when it is no body.
 */
export const UNVEILING_VERBS = ['揭牌成立', '挂牌成立', '揭牌', '挂牌', '揭幕', '开馆', '启用', '授牌'];
/** Verbs of signing an agreement between two parties (A与B签订…协议). */
export const SIGNING_VERBS = ['签订', '签署'];
/** What an agreement signed is called at its end (战略合作框架协议, 《…协议书》, 合作备忘录). */
export const AGREEMENT_NOUNS = ['协议书', '协议', '备忘录'];
/** Adverbs between the second party and the verb of signing (共同签订, 正式签署). */
export const SIGNING_ADVERBS = ['共同', '正式', '现场', '分别', '当场'];
/**
 * Words before the parties that make a signing the ground of something else (根据A与B签署的…, 项目是A与B签订…):
 * not the news told.
 */
export const SIGNING_GROUNDS = ['根据', '按照', '依据', '依照', '是'];
/** Words of signings told over time (近年来相继与A、B签订…, 先后与…): a record, not one signing. */
export const SIGNING_SERIES = ['近年来', '近年', '相继', '先后', '陆续'];

/** 中心启用以来, 驿站揭牌后: since a site opened, told as a time, is no unveiling. */
export const SINCE_OPENED = ['以来', '以后', '后', '至今'];
/** What a site or a studio unveiled is called at its end (…职工爱心驿站揭牌, …劳动争议调解室正式揭牌). */
export const UNVEILED_SITES = [
  '驿站',
  '工作站',
  '服务站',
  '服务点',
  '之家',
  '基地',
  '调解室',
  '工作室',
  '书屋',
  '学院',
  '中心',
  '委员会',
  // 劳模工匠主题展馆在长沙开馆, 议员联合办事处今天揭幕: a hall or an office opened; 临沂市工人文化宫今天揭牌: a
  // workers' cultural palace.
  '文化宫',
  '展馆',
  '纪念馆',
  '办事处',
  // 为石家庄工人运动历史陈列馆揭牌, 劳模精神展示馆开馆: a memorial or a showcase hall.
  '陈列馆',
  '博物馆',
  '展示馆',
  '展厅',
];
/** Services a union launches (“12351”职工服务热线, 维权服务平台, 小程序): opened by {@link LAUNCHING_VERBS}. */
export const LAUNCHED_SERVICES = ['热线', '平台', '小程序'];
/** Verbs of a service launched (…热线正式开通, …平台上线). */
export const LAUNCHING_VERBS = ['开通', '上线'];
/** Words an unveiled site's name starts after (共同为…揭牌, 以…命名的…, 向…工作站授牌). */
export const UNVEILED_SITE_OPENERS = ['共同为', '为', '向', '的'];

/** Words between a body and its award (决定授予), the offices that issue it, and the documents that announce it. */
export const DECIDING_WORDS = ['决定', '正式'];
export const ISSUING_OFFICES = ['办公厅'];
export const DOCUMENT_KINDS = ['决定', '通知', '通报'];
export const LIST_NOUNS = ['名单'];
/** Verbs that ask a body to confer an honour (报请…授予, 提请…命名): the award is still to be made. */
export const HONOUR_REQUESTS = ['报请', '提请'];

/** Words before a body that make its award someone's honour, not its announcement (被…授予, 是…授予的称号). */
export const HONOURED_MARKS = ['被', '是', '获'];

/** The head of a delegation (以…为团长的), and the words after a guest's name (先生, 一行). */
export const DELEGATION_HEADS = ['名誉团长', '团长'];
/** A group sent on a trip (香港工会“五一”代表团, 交流团一行800余人). */
export const DELEGATIONS = ['代表团', '交流团', '考察团', '访问团', '参访团', '观摩团', '学习团'];
/** What a delegation goes somewhere to do (赴京津考察交流, 赴台湾进行…交流参访). */
export const DELEGATION_VERBS = [
  '参观访问',
  '考察交流',
  '交流参访',
  '交流访问',
  '参观考察',
  '考察学习',
  '学习考察',
  '参访',
  '访问',
  '考察',
  '交流',
  '参观',
];
/** Words before a delegation's name that send or form it (组织…交流团, 由…组成的), not part of the name. */
export const DELEGATION_SENDERS = ['组织', '派出', '组成'];
/** What opens the trip's business after its place (赴台湾进行…交流, 赴北京、天津展开…考察交流行程). */
export const TRIP_OPENERS = ['进行', '展开', '开展'];
export const GUEST_TRAILERS = ['先生', '女士', '一行'];
/** Words after 会见 that make it a time (会见结束后, 会见时) or the call itself (今次拜访活动), not a guest. */
export const NOT_GUESTS = ['结束', '时', '后', '中', '期间', '前', '现场', '活动'];

/** Levels written by one character in a list inside a title (区、街联席会议, 省、市、县工会工作会议). */
export const LEVELS_LISTED_SHORT = '省市县区镇街乡村';

/** Verbs of learning a piece of news (记者从…上获悉). */
export const LEARNING_VERBS = ['获悉', '了解到', '得知'];

/** Marks of an abbreviation defined in a title ((以下简称…)). */
export const ABBREVIATION_MARKS = ['以下简称', '下称'];

/** Words two titles of one quoted name may differ by (“…”系列活动, “…”主题活动). */
export const SERIES_WORDS = ['系列', '主题'];

/** Words of a month's chronicle (3月要事, 大事记). */
export const CHRONICLE_WORDS = ['要事', '大事记', '大事', '纪事'];

/** The article's own place (到我市开展): written out with the place the article names most. */
export const OWN_PLACES = ['我市', '我区', '我县', '我省'];

/** Words that finish a congress before its verb (完成各项议程后,在银川闭幕). */
export const AGENDA_WORDS = ['议程'];
/** How a congress finishes its agenda (圆满完成各项议程). */
export const AGENDA_ADVERBS = ['圆满', '顺利'];

/** Characters after 中 or 上 that make a word of them (培训中心, 中国, 上海, 上级): no frame of an event ends there. */
export const FRAME_NOT_AFTER_ZHONG = '心国华央层级学部原';
export const FRAME_NOT_AFTER_SHANG = '海级午半旬市';

/** Honours a ceremony lists besides a person's (劳动模范、先进工作者和先进集体表彰大会): a body's. */
export const LISTED_HONOURS = ['先进集体', '模范集体', '先进单位'];
