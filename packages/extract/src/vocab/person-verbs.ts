import { GROUP_CALLINGS } from './titles.ts';

/**
 * Verbs that follow a person's name in news of the genre, by what the person does, and the
 * words that may stand between the name and the verb (王海涛笑着说, 卓永兴在致辞中表示).
 * General vocabulary: a verb of saying is 说 or 表示 whatever adverb comes before it.
 */

/** Saying: the speaker of a quotation or a statement (指: said, as Hong Kong papers write it). */
export const SPEAKING = (
  '说 说道 表示 指 指出 强调 介绍 坦言 感慨 感叹 告诉 认为 提出 称 回忆 讲述 分享 希望 谈到 说起 透露 直言 笑言 ' +
  '解释 补充 建议 呼吁 表态 坦承 寄语 勉励 鼓励 叮嘱 嘱咐 要求 期望 期待 寄望 致辞 致词 讲话 发言 宣布 宣读 解读 回顾 ' +
  '发布 通报 部署 总结 汇报 主讲 授课 讲课 讲授 讲解 解答 传达 作报告 作讲话 作工作报告 作了 作交流发言 做工作报告 所作 所做 点评 演讲 致欢迎辞 致欢迎词 致开幕辞 致开幕词 致闭幕辞 致闭幕词 致贺词 致答谢词 发表 ' +
  // A legislature's debate as the papers report it (某议员质疑, 重申, 问到, 追问).
  '质疑 重申 问到 追问 反驳 批评 ' +
  // Thanking (工会主席冯某感谢了市总工会).
  '感谢 致谢'
).split(' ');

/** Visiting and meeting someone: after the visitor's name, or before the name of the one visited. */
export const VISITING = '看望 慰问 陪同 随同 会见 接见'.split(' ');

/** Going into a place, before a list of those whose homes are visited (来到甲、乙等困难户家中). */
export const GOING_INTO = '来到 走进 走入 深入 前往'.split(' ');

/** Attending, visiting and meeting. */
export const ATTENDING = [
  ...VISITING,
  ...(
    '出席 列席 参加 到 来到 走进 前往 深入 调研 参观 观摩 视察 考察 检查 走访 莅临 到会 见证 参与 出席会议 参会 到场 ' +
    '登台 上台 颁发 颁奖 授牌 授旗 揭牌 启动 表演 示范 指导 演示 交流 ' +
    // 主席某某赴某区慰问, 副主席某某观看了决赛: going to a place, watching a contest or a show.
    '赴 观看'
  ).split(' '),
];

/** Leading a group or a meeting. */
/** The one-character verbs that end a name the lexicon knows no surname of (副主席娜布琪说, 主席松永丽率…). */
export const ONE_CHARACTER_VERBS_AFTER_BARE_NAME = ['说', '率'];

export const LEADING = '主持 带队 率 率队 率领 带领 一行 牵头 召集 领衔 等人'.split(' ');

/** Winning a place, a prize or an honour. */
export const WINNING =
  '获得 荣获 获 获评 夺得 摘得 分获 分别获得 被授予 被评为 入选 入围 获颁 喜获 斩获 勇夺 包揽 摘取 夺取 夺魁 夺冠 拔得头筹 荣膺'.split(
    ' ',
  );

/** A word before a body in brackets after a name that says whom the person stands for (甲(代表香港总商会)). */
export const REPRESENTING = ['代表'];

/** Holding or taking an office (the office follows: 当选为主席, 连任会长; 现任 and 现为: holding it now). */
export const HOLDING = '当选为 当选成为 当选 成为 担任 担当 出任 连任 兼任 续任 接任 就任 升任 现任 现为 任'.split(' ');

/** The verbs of HOLDING that say an office is held now (郭某现任…主管): only a person holds one. */
export const HOLDING_NOW = ['现任', '现为'];

/** Verbs that say what a person is, before a title (是, 系, 现任, 现为): the title is the person's role. */
export const SAYING_WHAT = '现任 现为 是 系'.split(' ');

/** Verbs of being elected or appointed to an office, longest first (当选为主任, 连任主席): only people are. */
export const ELECTED_VERBS = '当选为 当选 连任 补选为 增选为 担任 出任'.split(' ');

/** Other things a person is said to do right after the name. */
export const DOING = (
  '是 结合 进行 带来 手把手 提醒 获奖 扎根 坚守 从事 投身 毕业 出生 来自 负责 申报 受邀 应邀 作为 代表 ' +
  '作 做 发出 送上 送去 送来 带着 为大家 给 捐赠 捐款 入职 加入 立足 组成 受到 受贿 了解 找到 根据 为主讲人 为代表 接过 宣誓 领誓 领读 领学 围绕 ' +
  '接受 争取 组织 肯定 称赞 赞扬 坐在 ' +
  // 对于张某来说, 对司机罗某而言: the person a view is told from; 周某拿到了赔偿金, 程某拿着慰问金: what a
  // person receives and holds (从组长陈某手中接过: from their hands); 工人王某突发疾病: what befell them.
  '来说 而言 拿到 领到 领取 收到 接到 拿着 手中 突发 ' +
  // 议员郭某、梁某见记者回应: meeting the press.
  '见记者 ' +
  // 学员刘某签订了协议, 职工代表王某看着…, 帮扶对象李某住在…: signing, watching and living.
  '签订 签署 看着 住在 ' +
  // 劳模刘某感动不已, 工人韩某激动地握着…: how the person met the help or the honour.
  '感动 激动 ' +
  // 外卖骑手赵某来这里换电池, 骑手李某送完单: coming and delivering; 副经理甲、乙携公司货车司机…: taking along.
  '来 送 携 ' +
  // 工程师叶某遵循…座右铭, 技师王某坚持…: the principles a model worker's profile says they hold to.
  '坚持 遵循 秉持 凭借 凭着 ' +
  // 技师甲、乙现场展示了绝活: what contestants and craftsmen show.
  '展示 演示 ' +
  // 省政协委员、某州总工会常务副主席某某提交提案: a deputy's proposal submitted.
  '提交 ' +
  // 工会主席某某赠送…: presenting a gift (赠送 keeps its 送 from the name, see WORDS_ENDING_IN_VERBS).
  '赠送 ' +
  // 工会主席某某倾听工人们的心声, 劳模某某走上讲台, 闵行工匠某某受聘成为校外辅导员: listening, taking the stage, being
  // engaged.
  '倾听 走上 受聘'
).split(' ');

/**
 * Words whose second character is a one-character verb of {@link DOING} (元宵制作区: 作 after 元宵制
 * is 制作's, not a person's doing).
 */
export const WORDS_ENDING_IN_VERBS = (
  '制作 工作 合作 创作 操作 运作 协作 写作 动作 著作 振作 当作 看作 叫做 交给 供给 发给 配给 ' +
  '未来 原来 后来 以来 本来 近来 将来 从来 往来 出来 起来 过来 回来 进来 下来 上来 迎来 传来 到来 ' +
  '赠送 输送 运送 护送 欢送 接送 推送 发送 递送 配送'
).split(' ');

/**
 * Prepositions before a name its office follows (由黄某杉理事长代表出席, 以陈某森理事长为团长, 在吴某放副所长的
 * 带领下): the name opens there (not after 也: 他也盛赞陈县长).
 */
export const HOLDER_PREPOSITIONS = ['由', '以', '在'];

/** Words that open a clause on their own, after which a name may start (其中孙某和孟某获…). */
export const CLAUSE_OPENERS = ['其中'];

/** Particles that may stand right after a name, before its verb (亦连任, 也收到). */
export const PARTICLES = '也 还 则 亦 都 均'.split(' ');

/** Prepositions and conjunctions right after a name: weaker evidence than a verb (赵红和…, 李从正在会上, 马某用三个词). */
export const PREPOSITIONS = [
  ...'就 对 向 与 和 同 在 为 从 自 于 将 被 把 用 及 以及 由 以 关于 通过'.split(' '),
  ...PARTICLES,
];

/** Words that may stand between a name and its verb (亦, 分别, 顺利, 在会上). */
export const ADVERBS = [
  ...PARTICLES,
  ...(
    '又 特 分别 先后 随后 首先 专程 亲自 率先 正在 正 一直 已 曾 顺利 共同 一同 一起 再次 当场 现场 在会上 在讲话中 ' +
    '在致辞中 会上 会后 不再 等 随即 相继 陆续 扼要 简要 同时 特别 笑着 当天 昨天 昨日 今天 今日 今早 今晚 昨晚 日前 近日 最后 最终 再 更 已经 新 ' +
    // Manner: 曹某认真交流, 李某亲切询问, 王某逐一颁发.
    '认真 仔细 详细 热情 亲切 积极 主动 耐心 扎实 一一 逐一 依次 纷纷 光荣 高票 全票 充分 高度 刚刚 常常 经常 每天 ' +
    // Years of it: 王某始终坚守, 李某多年来扎根一线.
    '始终 长期 多年来 多年 多次 一举 ' +
    // How long and how much: 主席葛某全程陪同, 职工甲和乙很是兴奋; how from afar: 成员马某视频出席.
    '全程 很是 十分 非常 视频 线上 远程 ' +
    // Doing two things at once: 职工熊某一边浏览平台一边说; at once: 主席陈某第一时间要求….
    '一边 一面 第一时间 ' +
    // How it went and how many: 理事长黄某成功连任, 七位议员全数出席.
    '成功 全数'
  ).split(' '),
];

/** What follows a name and office whose holder gave a report (听取了高某科长作的报告, 陈某主席所作的工作报告). */
export const REPORT_MADE = ['作的', '所作', '作了', '做的', '所做'];

/** Verbs before a name whose object is a person (选举杨军日为主席, 慰问困难职工农有干). */
export const OBJECT_VERBS = [
  ...VISITING,
  ...'选举 选举出 选出 推选 推选出 推举 授予 表彰 命名 邀请 推荐 聘请 任命 包括 分别是 分别为 提名 涌现了以 涌现出 展示了 分别有 有 带领 率领'.split(
    ' ',
  ),
];

/**
 * A count or a group after a listed name: 杨茂如等15人, 聂新宇等100名职工, 马荣、袁文华等10名,
 * 陈清洲等为代表, 王建林、张清林等困难劳模, 刘勇、肖进春共十人.
 */
export const COUNT_AFTER = new RegExp(
  `^(?:等(?:(?:\\d+|[一二两三四五六七八九十百]+)(?:余|多)?(?:人|名|位)|人|为代表|同志|嘉宾|[\\p{Script=Han}]{0,2}?(?:${[...GROUP_CALLINGS].join('|')}))|共(?:\\d+|[一二两三四五六七八九十百]+)(?:人|名|位))`,
  'u',
);

/** A count right after the last of a list of names (张某、刘某、吴某10人荣获): the list's size. */
export const LISTED_COUNT = /^(?:\d+|[一二两三四五六七八九十百]+)(?:余|多)?(?:人|名|位)/;

/** An age written before a name (53岁的保洁工人陈某, 50多岁的林某): a person is named next. */
export const AGE_BEFORE = /(?:\d{1,3}|[一二三四五六七八九十]{1,3})多?(?:周岁|岁)的$/;

/** A date or an age between a name and its verb (徐发成28日在…, 杨琴芳1950年获评). */
export const DATE_BETWEEN = /^(?:\d{1,4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:上午|下午|晚上)?/;

/** An adverbial phrase ending in 地 (or 的, as web pages often write it) before a verb of saying (深有感触地说, 感动的说). */
export const ADVERBIAL_DI = /^[\p{Script=Han}]{2,5}[地的](?=说|表示|介绍|讲述|回忆|感慨)/u;

/** Connectives that open a clause, as a break does, right before a name (最终胡某等10名…, 随后张某…, 其中李某…). */
export const CLAUSE_CONNECTIVES = '最终 最后 随后 其中 同时 首先 接着 然后 此外 另外'.split(' ');

/**
 * Words a role's lead stops at, scanning left from a title: verbs, prepositions and time words
 * before it (会议由集团工会主席, 会议听取工会主席, 活动邀请…获得者, 孔祥鸿会见了以香港工联会会长).
 */
export const ROLE_LEAD_STOPS = [
  // 接着财务部长甲…。最后组织部长乙…, 随后组织部长丙…: the order of the speakers, not part of an office.
  ...CLAUSE_CONNECTIVES,
  ...(
    '由 以 的 了 和 及 与 或 在 为 对 向 把 被 将 从 到 据 让 给 等 并 还 也 都 又 亦 即 是 兼 而 ' +
    '率 就着 通过 邀请 特邀 会见 会见了 连任 当选 担任 出任 接任 选举 授予 慰问 看望 陪同 参加 出席 包括 推荐 表彰 聘请 ' +
    '获得 荣获 获评 带领 率领 举办 开展 走进 来到 前往 深入 介绍 发言 讲话 分别 先后 作为 ' +
    '邀请了 近日 日前 昨日 今年 去年 改选 增选 补选 拜访 拜会 接待 走访 听取 审议 代表 感谢 上旬 中旬 下旬 然而 但是 指派 派出 委派 迫使 要求 任职 时任 现任 联同 摄 ' +
    // 紧紧握住困难职工王某的手: a handshake in a visit.
    '握住 握着 拉着 紧握 会议上 受 晤 去信 致信 致函 ' +
    // 奖章获得者宁国市胡乐国有林场彭军: an honour's holder before the lead is another title; 连同副会长…: with.
    '获得者 获奖者 连同 ' +
    // 参加的有妇科肿瘤专家甲, 还有民航功勋飞行员乙: 有 listing who was there.
    '有 ' +
    // 其次财务部长甲…, 再次…: more of the speakers' order.
    '其次 再次 ' +
    // 随着工会副主席甲宣布…, 会上校工会副主席乙…, 但妇委主任丙指出: when it happened, or a turn of the argument.
    '随着 会上 会后 但 ' +
    // 正如参赛选手代表甲在发言中所说: a quotation's lead-in, not part of an office.
    '正如 ' +
    // 深入贯彻落实总书记习近平…, 要深刻领会习近平总书记…: studying a leader's words, never part of an office.
    '贯彻 落实 领会 体会 ' +
    // 选举产生工会主席甲: an election's outcome, before the office it fills.
    '产生 ' +
    // 新任理事长甲, 连任新一届市劳模协会会长: the office is as it was held before, newly filled.
    '新任 新一届 新当选'
  ).split(' '),
];

/**
 * Words a stop of {@link ROLE_LEAD_STOPS} opens, kept in a lead (兼职网格员, 受助学生代表, 诉调对接工作室主任, 代表团团长,
 * 代表队领队, 非遗代表性传承人).
 */
export const LEAD_WORDS_OPENING_ON_STOPS =
  '兼职 受助 受资助 对外 对接 有关 有限 有色 有机 有线 代表团 代表队 代表性 代表处'.split(' ');

/** Holders of an honour right before the title (…大奖获得者代表): the group the title stands for, part of its lead. */
export const HOLDERS_IN_LEAD = new Set(['获得者', '获奖者']);

/** Verbs of electing or appointing before a name (选举杨军日为主席): an office after 为 is taken. */
export const ELECTING_VERBS = '选举 推选 推举 改选 增选 补选 任命 聘任 聘请 确定'.split(' ');

/** Words of a clause that elects a body's officers. */
export const ELECTION_WORDS = [...ELECTING_VERBS, ...'当选 连任 领导机构 负责人'.split(' ')];

/** Words that negate the office after a name (不再担任副理事长). */
export const NEGATIONS = '不再 未 没有'.split(' ');

/** Words that hand out items of a list to the names one by one (林淑仪、吴秋北分别连任会长及理事长). */
export const RESPECTIVELY = '分别 依次'.split(' ');

/** How a list is ordered, said before its names (依得票率排名依次为, 按姓氏笔画排序): no part of their role. */
export const ORDERING = { by: '按 依 以 依照 按照'.split(' '), words: '排名 排序 为序 顺序'.split(' ') };
