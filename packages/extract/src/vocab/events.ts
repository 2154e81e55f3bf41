import type { EventPart, EventType } from '../types.ts';

/**
 * General vocabulary of events in trade-union news: the nouns that end an event's title
 * (with the type they imply), the verbs that hold an event, the adverbs between a title and
 * its verb, and the words that mark a mention as a reference back (此次培训) rather than news.
 * Words of the genre only: no event, brand or place names.
 */

/** Nouns an event's title ends in, with the type they imply (the title may refine it, see `TYPE_HINTS`). */
export const EVENT_NOUNS: ReadonlyArray<readonly [string, EventType]> = [
  // Meetings and congresses.
  ['代表大会', 'meeting'],
  ['全体会议', 'meeting'],
  ['全委会', 'meeting'],
  ['常委会议', 'meeting'],
  ['联席会议', 'meeting'],
  ['工作会议', 'meeting'],
  ['推进大会', 'meeting'],
  ['总结大会', 'meeting'],
  ['推进会', 'meeting'],
  ['座谈会', 'meeting'],
  ['研讨会', 'meeting'],
  ['研判会', 'meeting'],
  ['交流会', 'meeting'],
  ['现场会', 'meeting'],
  ['报告会', 'meeting'],
  ['动员会', 'meeting'],
  ['部署会', 'meeting'],
  ['发布会', 'meeting'],
  ['专题会', 'meeting'],
  ['学习会', 'meeting'],
  ['会议', 'meeting'],
  ['大会', 'meeting'],
  ['论坛', 'meeting'],
  // Ceremonies.
  ['表彰大会', 'ceremony'],
  ['表彰会', 'ceremony'],
  ['揭牌仪式', 'ceremony'],
  ['启动仪式', 'ceremony'],
  ['开班仪式', 'ceremony'],
  ['颁奖仪式', 'ceremony'],
  ['签约仪式', 'ceremony'],
  ['欢迎仪式', 'ceremony'],
  ['仪式', 'ceremony'],
  ['颁奖典礼', 'ceremony'],
  ['典礼', 'ceremony'],
  ['开幕式', 'ceremony'],
  ['闭幕式', 'ceremony'],
  // Activities.
  ['分享会', 'activity'],
  ['宣讲会', 'activity'],
  ['联谊会', 'activity'],
  ['交友会', 'activity'],
  ['见面会', 'activity'],
  ['团拜会', 'activity'],
  ['茶话会', 'activity'],
  ['晚会', 'activity'],
  ['讲坛', 'activity'],
  ['宣讲', 'activity'],
  ['慰问演出', 'activity'],
  ['文艺演出', 'activity'],
  ['演出', 'activity'],
  ['展演', 'activity'],
  ['活动', 'activity'],
  // Trainings.
  ['培训会', 'training'],
  ['培训班', 'training'],
  ['读书班', 'training'],
  ['培训', 'training'],
  ['讲座', 'training'],
  ['夜校', 'training'],
  ['特训营', 'training'],
  ['训练营', 'training'],
  // Competitions.
  ['技能大赛', 'competition'],
  ['大赛', 'competition'],
  ['邀请赛', 'competition'],
  ['选拔赛', 'competition'],
  ['擂台赛', 'competition'],
  ['总决赛', 'competition'],
  ['决赛', 'competition'],
  ['竞赛', 'competition'],
  ['比赛', 'competition'],
  ['大比武', 'competition'],
  ['比武', 'competition'],
  ['运动会', 'competition'],
  // Campaigns and visits.
  ['专项行动', 'campaign'],
  ['行动', 'campaign'],
  ['调研活动', 'visit'],
];

/** Words in a title that decide its type over its last noun (a 开幕式 of a 大赛 is a competition's). */
export const TYPE_HINTS: ReadonlyArray<readonly [RegExp, EventType]> = [
  [/揭牌|授牌|授旗|启动仪式|开幕式|成立/, 'ceremony'],
  [/大赛|竞赛|比赛|比武|运动会/, 'competition'],
  [/培训|讲座|夜校|特训营|课堂/, 'training'],
  [/调研|视察|考察|走访/, 'visit'],
];

/**
 * Nouns of a ceremony or meeting held for another event (X启动仪式, X开幕式, X总结推进大会): the X
 * before them names an event of its own.
 */
export const ABOUT_EVENT_NOUNS = [
  '启动仪式',
  '开幕式',
  '闭幕式',
  '开班仪式',
  '开班式',
  '开营仪式',
  '颁奖典礼',
  '颁奖仪式',
  '总结推进大会',
  '总结大会',
];

/** Titles that are only an event noun: they refer back to the event the article is about. */
export const BARE_TITLES = [
  '开幕式',
  '闭幕式',
  '开班式',
  '开营式',
  '会议',
  '大会',
  '仪式',
  '活动',
  '培训',
  '比赛',
  '演出',
];

/** Verbs that hold the event named after them (召开…会议, 举办…培训班). */
export const HOLDING_VERBS = [
  '召开',
  '举行',
  '举办',
  '开展',
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
];

/** Verbs of taking part: the event they name was held, but by someone else (参加…比赛). */
export const ATTENDING_VERBS = ['参加', '参与', '走进'];

/** Verbs that carry a campaign on (推进“求学圆梦行动”): they hold a 行动, not a meeting. */
export const CAMPAIGN_VERBS = ['推进', '实施'];

/** Verbs that take an event as their object without holding it (打造品牌, 标志着…拉开帷幕): a title does not extend past them. */
export const OTHER_OBJECT_VERBS = ['打造', '标志着', '标志著'];

/** Verbs of a purpose clause (为保障…大会顺利召开): the event named after them is held elsewhere in the text. */
export const PURPOSE_VERBS = ['保障', '确保', '迎接', '筹备', '办好', '做好'];

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
  '开营',
  '开赛',
  '拉开帷幕',
  '落下帷幕',
  '开展',
];

/** Adverbs between a title and its verb (隆重召开, 成功举办). */
export const HOLDING_ADVERBS = ['隆重', '正式', '顺利', '圆满', '成功', '盛大', '胜利', '如期', '同步', '近日', '日前'];

/** Words a title does not extend past, leftwards, besides the verbs. */
export const TITLE_STOPS =
  '在 由 的 了 于 为 对 向 将 并 以 邀请 联合 围绕 结合 通过 依托 落实 贯彻 包括 等 宣布'.split(' ');

/** Endings of a 在 phrase of time or circumstance (在节日前, 在疫情期间), not of a place. */
export const NOT_PLACE_ENDINGS = ['前', '后', '期间', '之际', '时', '中', '上', '下', '以来', '基础'];

/** Words that make a title refer back to an event already told (此次培训, 本次大赛). */
export const ANAPHORS = ['此次', '本次', '这次', '是次', '该次', '上述', '本届', '此项'];

/** Prefixes that count or qualify a title without naming it (一场, 各类). */
export const TITLE_FILLERS = ['了', '一场', '一次', '一系列', '系列', '各类', '各项', '形式多样的'];

/** Words that make a title a plural category (多项活动), not one event. */
export const PLURALS = ['多项', '多场', '各类', '各项', '一批', '若干', '一系列'];

/** Words after an event noun that make it a modifier (会议精神, 活动现场, 培训项目), not a title. */
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
  '平台',
  '阵地',
  '品牌',
  '项目',
  '工作室',
  '模式',
  '计划',
  '规划',
  '纲要',
  '队伍',
  '组',
];

/** Words of plans and intentions: an event after them has not happened. */
export const FUTURE_WORDS = [
  '将',
  '要',
  '计划',
  '拟',
  '力争',
  '继续',
  '持续',
  '进一步',
  '下一步',
  '未来',
  '今后',
  '争取',
  '谋划',
];

/** Words of habits: an event told with them (常态化开展…比武) is a recurring programme, not one event. */
export const RECURRING_WORDS = ['常态化', '定期', '连续', '每年', '每季度', '每月', '每周', '长期', '经常'];

/** Scope words that open a title in place of the place's name (全市第八届…大赛 is 西宁市第八届…大赛). */
export const SCOPE_PREFIXES = ['全市', '全省', '全区', '全县', '全州', '本市', '我市', '我省', '我区'];

/** Verbs of reporting a statement: a sentence they open (会议要求,…) tells what was asked, not what was held. */
export const SAYING_VERBS = ['表示', '强调', '要求', '指出', '明确', '提出', '认为', '希望'];

/** Verbs of receiving a guest or a delegation (王丽华会见…参访团). */
export const RECEIVING_VERBS = ['会见', '会晤', '接见'];

/** Verbs of an honour given by a body (授予…奖章, 表彰…), and the nouns of the honours. */
export const HONOURING_VERBS = ['授予', '表彰', '命名'];
export const HONOUR_DOCUMENT_VERBS = ['下发', '印发', '发布', '公布'];

/** Nouns of a council that meets in numbered sessions (…常务理事会举行第一次会议). */
export const COUNCIL_NOUNS = ['常务理事会', '理事会', '委员会', '常委会', '全委会'];

/** What a named person does at an event, read from the words right after the name. */
export const PART_WORDS: ReadonlyArray<readonly [EventPart, readonly string[]]> = [
  ['chaired', ['主持']],
  ['spoke', ['讲话', '致辞', '发言', '授课', '讲授', '主讲', '讲课', '分享', '介绍', '作报告', '宣讲']],
  ['won', ['获得', '荣获', '夺得', '摘得', '分获', '获']],
  ['attended', ['出席', '参加', '参与', '到会', '调研', '带队', '陪同', '宣布', '观摩']],
];
