import type { MetricQualifier } from '@reportgraph/contract';

/**
 * Vocabulary for figures (metrics): the words around a count that say how exact it is,
 * whether it is a goal or a change, where the counted noun starts and ends, and the
 * words that make a number something other than a count (a session, a countdown, a rank).
 */

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

/** Words before a number that qualify it (超过3000人, 近8万名, 约20人). 近 is "nearly": approximate. */
export const QUALIFIERS_BEFORE: ReadonlyArray<readonly [string, MetricQualifier]> = [
  ['不少于', 'atLeast'],
  ['不低于', 'atLeast'],
  ['超过', 'atLeast'],
  ['突破', 'atLeast'],
  ['不超过', 'atMost'],
  ['不到', 'atMost'],
  ['不足', 'atMost'],
  ['逾', 'atLeast'],
  ['超', 'atLeast'],
  ['近', 'approximate'],
  ['接近', 'approximate'],
  ['约', 'approximate'],
  ['大约', 'approximate'],
  // 约有400人参加, 约为1.76%, 约占两成: "about" before the verb that states the figure.
  ['约有', 'approximate'],
  ['约为', 'approximate'],
  ['约占', 'approximate'],
  ['约达', 'approximate'],
  // 每月至少3场, 最少增资200元, 多于3人; 将近有4万人, 大约是8400万人.
  ['至少', 'atLeast'],
  ['至少有', 'atLeast'],
  ['最少', 'atLeast'],
  ['多于', 'atLeast'],
  ['少于', 'atMost'],
  ['不得少于', 'atLeast'],
  ['不能少于', 'atLeast'],
  ['不应少于', 'atLeast'],
  ['将近有', 'approximate'],
  ['大约是', 'approximate'],
  ['约是', 'approximate'],
  // 不应超过2人, 不得超过8小时, 最多5人, 最高50万元: a bound, not a floor.
  ['不应超过', 'atMost'],
  ['不得超过', 'atMost'],
  ['不能超过', 'atMost'],
  ['最多', 'atMost'],
  ['至多', 'atMost'],
  ['最高', 'atMost'],
];

/**
 * Shares told in tenths (超过六成打工仔, 七成以上的企业, Taiwan's 投票率达8成, 合计逾六成八): a word that
 * bounds or states the share before it or after it is needed, since 八成 alone is also "probably".
 */
export const TENTHS_BEFORE: ReadonlyArray<readonly [string, MetricQualifier]> = [
  ['达到', 'exact'],
  ['达', 'exact'],
  ['超过', 'atLeast'],
  ['超', 'atLeast'],
  ['逾', 'atLeast'],
  ['近', 'approximate'],
  ['接近', 'approximate'],
  ['将近', 'approximate'],
  ['约', 'approximate'],
];
/**
 * The people (or firms) a survey asked, written right after a share of them (7成受访者, 八成三受访者, 17%受访者): before
 * them 八成 is a share, not "probably", and they are what a percentage is of.
 */
export const SURVEYED = words(
  '受访者 受访 受访人士 受访雇员 受访市民 受访职工 雇员 打工仔 市民 职工 员工 工友 劳工 青年 企业',
);
export const TENTHS_AFTER: ReadonlyArray<readonly [string, MetricQualifier]> = [
  ['以上', 'atLeast'],
  ['多', 'atLeast'],
  ['左右', 'approximate'],
];

/** Verbs between people named first and how many of them there are (农民工有2500万, 司机超过90万). */
export const NUMBERING_VERBS = words('有 达到 达至 达 超过 突破 逾 破');

/** The unit of visits and attendances (服务人次), written before its figure as often as after it. */
export const VISITS_UNIT = '人次';

/** Words between people and the verb that numbers them (会员总数达…, 职工人数已超过…). */
export const NUMBERED_MEASURES = words('总数 人数');

/**
 * 上 before a bare magnitude (上万所, 上千名, 上百人): "upwards of", at least that many. Not after a
 * verb it completes (送上万元 is sending ten thousand yuan).
 */
export const UPWARDS = '上';
export const UPWARDS_MAGNITUDES = words('十 百 千 万');
export const VERBS_BEFORE_SHANG = words('送 献 奉 递 附 配 带 呈 交 报 加 迎 赶 跟 爬 登');

/** Words right after the number or its magnitude (300多人, 24万余人次): at least. */
export const QUALIFIERS_INSIDE = words('多 余');

/** Words after the unit (40名以上, 20人左右). */
export const QUALIFIERS_AFTER: ReadonlyArray<readonly [string, MetricQualifier]> = [
  ['以上', 'atLeast'],
  ['以下', 'atMost'],
  ['左右', 'approximate'],
];

/** Words before a figure in its sentence that make it a goal (计划到2027年…, 力争…). */
export const TARGET_WORDS = words('计划 力争 目标 争取 预计 将达 拟 谋划 将');
/**
 * What follows 计划 as a noun, a named plan (根据…培训计划,…; 职工互助保障计划、; 年度计划的): no goal of the figure
 * after it (a bare 按计划, or 根据计划, is one).
 */
export const PLAN_NOUN_AFTER = words(', ， 、 的 要求');
/** Characters that end a date (2014年, 3月, 5日, 5号): one right before 至 or 到 opens a span, not a deadline. */
export const DATE_UNITS = '年月日号';
/**
 * Words that open with a target word and tell no goal: 将近 (nearly), 将至 (is near: 春节将至), 争取了/争取到 (won),
 * 截至 (as of), and 将 before a demonstrative, which makes it 把 (将该公司扫道工工资涨至…, 工会已将这些食品…发到).
 */
export const NOT_TARGETS = words('将近 将至 争取了 争取到 截至 将该 将这 将此 将其 将上述');

/** Words right before a figure that make it a change, not a level (增长73.2%, 减少了12人). */
export const CHANGE_WORDS = words('增长 提高 提升 下降 减少 增加 上升 降低 同比 环比 增幅');

/** Verbs a change from one figure to another takes before 至/到 (由73元上升至77.4元, 由10亿元增加到35亿元). */
export const CHANGE_VERBS = words(
  '增长 提高 提升 下降 减少 增加 上升 降低 微升 微降 上调 下调 调高 调低 调整 上涨 回落 攀升 增 升 降 提 涨',
);

/** Words of now a change runs from (月薪由目前的2万6400元调高至…, 由现行…): the figure's time, no part of the topic. */
export const NOW_WORDS = words('目前 现行 现时 现在 当前');

/** Adverbs between a change's topic and its 由/从 (中位数则由…), no part of the topic. */
export const TOPIC_ADVERBS = words('则 也 均 都 亦 还 又');

/** Words after a span of hours that make it the time outside it (职工8小时以外的生活: off-work hours), not a span counted. */
export const OUTSIDE_SPAN = words('以外 之外');

/** Words after a year that make it the base of a comparison, not the figure's year (2020年以来). */
export const BASE_YEAR_AFTER = words('以来 相比 同期');

/** Words before a year that make it the base of a comparison (比2020年, 较上年). */
export const BASE_YEAR_BEFORE = words('比 较 与 同 自 从');

/** Words that may follow a count directly and are not what is counted (600名职工|参加). */
export const AFTER_STOPS = words(`
  参与 参加 获得 获评 获 分获 荣获 协同 同台 参赛 报名 在 和 及 与 或 等 的 为 被 将 已 均 共 实现 完成 开展 进行
  中 当中 之中 用于 得到 受益 覆盖 到 以 从 是 作为 组建 成立 加入 入驻 同时 结对 签约 走进 深入 来自 积极 纷纷 踊跃
  相继 先后 分别 接受 获批 通过 被评为 入选 担任 当选 展开 开始 进入 参观 出席 到会 共同 有了 发放 颁发 送去 送上
  对 向 给 把 授予 予以 送到 送来 各 并 仍 受到 齐聚 欢聚 聚首 签订 签署 承办 主办 联合承办 联合主办 联合举办 联合开展
  颁奖 颁证 颁发了 喜获 斩获 正式 举办 举行 召开 也 现场 全部 表示 昨 昨天 昨日 今天 今日 呈现 展示 展现 授牌 揭牌 目前 下发
  提出 出发 设置 组成 逐一 起飞 接过 建立 成为 受表彰 遍布 确定 成功 参展 经过 紧紧 层层 克服 组队 带来 加强
  位列 陆续 出炉 前往 建成 落成 游览 全覆盖 投入使用 每人 每名 每位 每户 安排 一起 一同 来到 前来 组织起来
  同步 联动 打造 办理 办理了 建起 探索 配备了 聘请 聘请了 脱颖而出 围绕 坚守 率先 春节期间 节日期间 就 每日 每天
  下拨 累计 之一 争相 达成 亲身 多次 集中 背后 高票 名单
  会聚 汇聚 高举 悉数 亮相 角力 肩负 认真 同样 反映 遭受 拨发
  还 始终 一直 不仅 不但 顺利 已经 首次 再次 依然 仍然 正在 即将 利用
  携手 满怀 踏上 交到 交给 榜上有名
  分赴 奔赴 到访 看望 探望 合影 身上`);

/**
 * What people counted without a noun did (4.6万人参赛, 350余人参加开幕式, 5人受到表彰): the verb
 * phrase after the figure names them, as an adverb may open it (100余万人在线观看, 4人成功连任).
 */
export const DOING_AFTER_COUNT = words(
  // 354人成功获聘, 逾350人成功就业, 约1.6万人次完成课程: the outcome of job fairs and courses.
  '参加 参与 参赛 出席 参会 参训 到场 受到 观看 收看 报名 连任 当选 受益 受惠 获聘 就业 完成 进入 晋级 入围 参观',
);
export const ADVERBS_BEFORE_DOING = words('在线 现场 成功 积极 踊跃 共同 先后 分别 同时');
/** Ends of a rate's name (得票率, 覆盖率, 占比): a percentage's measure after it and its 的. */
export const RATE_ENDS = words('率 比例 占比');
/** Words that open a span of time (为期一天, 历时一个小时): there a lone 一 is a figure, not an article. */
export const SPAN_WORDS = words('为期 历时 长达');
/** Units of a span of time a lone 一 may count after a span word. */
export const SPAN_UNITS = words('天 日 小时');
/** Verbs of having right before a count of people (本次大赛共有100余人参赛): the topic before them is not what is counted. */
export const HAVING_VERBS = words('有 共有 计有');

/**
 * One-character verbs and prepositions that take 了 themselves (10名学生为了…, 300人来了): the character before
 * them is the noun's, so two characters before 了 are no verb there.
 */
export const ONE_CHAR_VERBS_DONE = words('为 到 去 来 过 完 好 除 有 走 少 多');

/**
 * Adverbs before a counting verb right before the figure (活动共开展|3场, 大赛已连续举办|12届): with the verb, no part
 * of what is counted, which is named before them.
 */
export const TOTALLING_ADVERBS = words('共计 累计 共 总共 已经 已 连续 成功 至今 迄今 先后');

/** Verbs after which the counted noun starts (开展|宣讲活动75场, 选树|100名工匠). */
export const COUNT_VERBS = words(`
  开展 举办 组织 承办 主办 培训 培育 培养 招募 遴选 组建 创建 建成 建设 打造 签订 调处 处置 化解 帮扶 慰问 走访 服务
  投入 发放 募集 筹集 资助 奖补 补助 评选出 评选 选出 推荐 吸引 带动 开设 开发 设置 设立 开通 改造 升级 制定 出台 印发
  发布 完成 实现 有 覆盖 新增 累计 共计 共有 拥有 现有 获评 获得 荣获 获颁 建立 取得 涌现出 涌现 涉及 参与 参加 包括 涵盖 举行 召开 走进 深入 解决
  协助 报销 救助 接待 受理 办理 提供 惠及 促成 吸纳 新建 送去 送出 捐赠 捐助 用于 配备 聘请 邀请 招聘 认定 命名 表彰
  选树 培树 征集 收集 排查 落实 推出 上线 累计为 达到 达 设 产生 选举 评出 选拔 下拨 拨付 筹措 安排 追回 讨回 挽回 追讨 评审出 决出 创造 申报 新发展 发送 达成 带领 率领 已建 建有 收到 接到 接获 争取 争取到 给予`);

/**
 * Nouns a counting verb forms a noun with (救助对象, 帮扶对象, 服务对象, a rate: 覆盖率; funds: 帮扶资金, 培训经费): the verb is the noun's
 * there.
 */
export const NOUNS_AFTER_VERBS = words('对象 率 资金 经费');
/**
 * Nouns a two-character verb names a trade or a body with (家政服务业, 保安服务公司, 技能人才培训中心, 培训机构): the verb
 * is the noun's there (not 业务: 开展业务 is a verb and its object).
 */
export const TRADE_NOUNS_AFTER_VERBS = words('业 公司 中心 机构');
export const NOT_TRADE_NOUNS = words('业务');
/** What is given, one character after a verb of giving (慰问金, 慰问品): a noun with the verb when the noun ends there. */
export const GIFTS_AFTER_VERBS = words('金 品');
/** What may follow such a gift in a list of gifts (慰问金和慰问品, 慰问品款物). */
export const GIFT_LIST_JOINS = words('和 、 及 与 款');

/**
 * Verbs that say which people a count of people is of (惠及职工48.3万人次, 慰问职工1500余人, 新发展会员近5000人): kept
 * with the people after them, as two counts of 职工 in one sentence differ by them.
 */
export const PEOPLE_COUNTING_VERBS = words(
  '惠及 慰问 服务 帮扶 参与 新发展 发展 走访 培训 救助 资助 吸纳 覆盖 受理 接待',
);

/** Characters before 有 that make it part of a word, not the verb (公有制, 所有, 具有). */
export const NOT_VERB_YOU = words('公 所 具 没 占 享 富 固 特 专 稀 仅 只 含');

/** Characters after 有 that make it part of a word, not the verb (有效答卷, 有限公司, 有关部门). */
export const NOT_VERB_YOU_AFTER = words('效 限 关 机 序 偿 益 线 色 奖');

/** Characters after 共 that make it part of a word, not "in all" (共青团员, 共产党员, 共建单位). */
export const NOT_TOTAL_GONG_AFTER = words('青 产 建 享 同 性 识');

/** Words a subject may open with that say where or when, not what (全市, 今年, 累计); 年 alone, not 年度 or 年内 (a regex fragment). */
export const LEADING_NOISE = words(`
  全市 全区 全县 全省 全国 全镇 全州 全盟 全旗 每年 每月 每季度 每周 年均 累计 共计 共有 拥有 现有 共 已经 已 还 并
  目前 今年 去年 当天 当日 近年来 年度内 年内 年(?![度内底末初]) 同志 该 本次 此次 各类 各级 各种 我市 本市 我区 本区 我县 本县 我省 本省 创(?=经济效益|效益|利润|产值)
  月底 月末 月初 月中 年底 年末 年初 今年底 今年初 今年年底 去年底 去年年底 将(?![近军])`);

/** Parts of a month after its figure (6月底, 3月上旬): with the month, a date, not a subject. */
export const MONTH_PARTS = words('底 末 初 中旬 上旬 下旬 以来');

/**
 * Words that join a clause to the one before (其中, 同时, 但, 则, 至于): never part of a subject, even before a body's
 * suffix (其中工会会员58.9万人).
 */
export const LEADING_CONNECTIVES = words('其中 同时 此外 另外 另 结果 但 则 至于');

/** Characters that make a word with the 人 before them (612人道支援基金, 人民, 人权): no count of people. */
export const AFTER_REN_IN_WORDS = words('道 民 权 性 格');

/** Parts of an argument counted off (从四个方面, 这三个数字): how a text is laid out, not a figure. */
export const ARGUMENT_PARTS = words('方面 层面 维度 角度 数字 关键词');

/**
 * Parts an event or a programme is laid out in (分为四个环节, 分三个阶段, 共有三项议程, 设有3个板块): its
 * structure, not a figure of the news.
 */
export const PROGRAMME_PARTS = words('阶段 环节 板块 议程');

/** 批 opening a word (两批示, 批复): an instruction written on a document, not a batch. */
export const AFTER_PI_IN_WORDS = words('示 复 准');

/**
 * Words after N人 that make it a team's size (三人篮球赛, 五人制足球, 四人气排球), no count of people; and the
 * legs of a three-legged race (2人3足, 五人六足), a game of workers' sports days.
 */
export const TEAM_SIZE_AFTER = words('制 篮球 足球 排球 气排球 接力');
export const LEGS_AFTER = /^(?:\d|[一二三四五六七八九十])足/;

/**
 * Employers a headcount threshold sizes (百人以上企业, 25人以上单位, 百人以上建会企业, 百人以上大型物流企业):
 * a class of employer, not a count.
 */
export const SIZED_EMPLOYERS = words('企业 单位 公司 非公企业 民营企业 建会企业 大型 中型');

/** Demonstratives before a span of time that make it a when, not a duration (这两天, 那几年). */
export const DEICTIC_BEFORE = words('这 那');

/** Words before a count of copies that make it an idiom of form (一式三份: in triplicate), not a figure. */
export const COPIES_BEFORE = words('一式');

/** Words with 等 in them that is no "and so on" (技能等级认定, 高等院校, 一等奖): a list does not end there. */
export const WORDS_WITH_DENG: ReadonlySet<string> = new Set(
  words('等级 平等 高等 中等 初等 同等 对等 均等 相等 等同 一等 二等 三等 特等 优等'),
);

/**
 * Nouns that open with a word of AFTER_STOPS (20位优秀工会积极分子, 70名在外务工人员, 13家和谐企业), wherever they stand in
 * the counted noun: it goes on over them.
 */
export const NOUNS_OPENING_WITH_STOPS = words(
  '积极分子 在外务工 在外就业 和谐 参赛队伍 参赛队 参赛选手 参赛代表队 参赛教师 参赛职工 参赛单位 参赛企业 参赛项目 ' +
    // 15名优秀共产党员, 四千余名社会各界群众: 共 and 各 inside the noun; 200多家规模以上企业: a size class;
    // 34%的接受调查职工, 85%的被调查企业: those a survey asked.
    '共产党员 共产党 各界 规模以上 规模以下 接受调查 被调查',
);

/** Words after a level (市级以上劳模, 县级以下单位) that bound it: part of the counted noun there, not a stop. */
export const LEVEL_BOUNDS = words('以上 以下');

/** Units that count times something was held or done (500场以上的活动, 300人次以上的培训): never a threshold. */
export const TIMES_HELD_UNITS = words('场 次 人次 期 批');

/** What a range says of its spread before what it measures (260元至500元不等的救助金, 5000到5万元不等额度). */
export const SPREAD_WORD = '不等';

/** Words that open a counted noun and say only "of every kind", "such" or "comrades" (400余名各类技能人才, 7家这样的“新家”, 10名同志…). */
export const GENERIC_MODIFIERS = words('各行各业 各行各类 各行业 各类 各级 各种 各个 各项 这样的 这些 此类 同志');
/** Where within a region the counted are, right after the count (100名省内各行业工匠人才). */
export const WITHIN_AREA = words('省内 市内 区内 县内 州内 镇内 境内 辖区内 全省 全市 全区 全县');

/** Kinds of recipient before the quoted honour they are given (等46个单位“某市五一劳动奖状”): the honour is what is counted. */
export const RECIPIENT_KINDS = words('单位 集体 先进集体 个人 先进个人 班组');
/**
 * Recipients that are a kind only after a verb that confers (授予100名职工…奖章); before a quote elsewhere
 * (为7600名职工“送清凉”) they are what is counted.
 */
export const CONFERRED_RECIPIENTS = words('职工');
/** Verbs that confer an honour on those counted after them (授予1986个单位…称号, 命名799名个人为…). */
export const CONFERRING_VERBS = words('授予 命名');

/**
 * Levels listed before a noun (全国、省、市劳动模范; 全国、自治区“五一劳动奖状”; 国家和市级…): the
 * levels the counted things or honours come from, not what is counted.
 */
export const LEVEL_WORDS = words(
  '全国 国家级 国家 中央 省部级 省级 自治区级 自治区 省 市级 市 县级 县 区级 区 地市级 乡镇 镇',
);

/** Words a subject may end with that belong to the verb before the number (达, 超过, 发展到; 达至 as Hong Kong writes 达到). */
export const TRAILING_NOISE = words(`
  达到 达 为 是 有 共 约 近 超过 超 突破 逾 不少于 不低于 不到 不足 将 已 分别 总计 合计 累计 共计 增长 提高 提升 同比
  覆盖 惠及 涉及 价值 发展到 增至 增加到 提高到 上升到 包括 在 了 一行 占 达上 高达 合共 首次 大约 各 为期 历时 长达(?<!时长达) 达至
  就 一共 总共 仅 只有 也 还 吸引 打造 接待 预计
  要 需要 力争 至少 起码 已经 提升至 提高至 上升至
  维持 保持 动态保持 持续 稳定 已破 必须 应当 仍 年均增长
  提升到 涨至 涨到 上涨至 调高至 调高到 调整为 调整至 调整到 增加至 占到 不得低于 不能低于 不得少于 低于 高于 应
  截至目前 至今 迄今 现有 拥有 共有 计有 另有 可(?<![许认宁]可)`);

/** What a figure is reckoned per, written right before it (标准为每月800元, 资助标准每人800元): kept after the subject's noise is cut. */
export const PER_WORDS = words('每人 每月 每年 每小时 每天 每日 每户 每家 每名');

/** Verbs of winning places before a range of them (获得决赛6至15名, 分获四至六名): ranks, not a count. */
export const PLACE_WINNING = words('获 获得 分获 荣获 取得 位列 名列 排名');

/** The units of a span of time (canonical, as units.json writes them). */
export const TIME_UNITS = words('天 小时 年 学时');

/** Nouns of an activity a span of time measures, besides the events' own (文化艺术节, 交流活动). */
export const ACTIVITY_NOUNS = words('节 活动 交流 学习 考察 疗休养 课程');

/** The nights of a stay told after its days (三天两夜): part of the duration, not what it measures. */
export const NIGHTS_AFTER_DAYS = /^[一二两三四五六七八九十\d]+[夜晚]/;

/** Adverbs of "each, all" a subject may end with before its figure (合格率均为100%); 人均 (per head) keeps its 均. */
export const ALL_ADVERBS = words('均 都 皆');

/** Words that tell what goods are worth (,价值3万元): the goods are named before them. */
export const WORTH_WORDS = words('价值 总价值');

/**
 * Particles a subject read before the number never opens with (为|职工, 和|单位); 对 of 对口 (paired aid) is the word's; 后
 * after a verb (培训完成后|就业率), not opening a word (后勤, 后备).
 */
export const LEADING_PARTICLES = words(
  '为 的 了 对(?!口) 向 和 以及 及 与 或 而 以(?![上下来后前内外及]) 后(?![勤备续期代卫方台排半辈者院门])',
);

/** Words that open a comparison (同比增长, 比上年, 较去年): a change, not a subject. */
export const COMPARISON_WORDS = words('同比 环比 比 较');

/** The periods a change is measured against after 比 or 较 (比去年增加, 较上年同期下降). */
export const PERIODS_COMPARED = words('去年 上年 上一年 前年 上月 上季度 上期 上届');

/** Nouns that a verb of taking part forms a noun with (参赛选手, 参训学员, 获奖对象), besides people. */
export const NOUNS_AFTER_TAKING_PART = words(
  '项目 单位 队伍 作品 奖对象 奖者 奖单位 奖集体 奖个人 奖选手 奖作品 奖项目 奖成果',
);

/** Words after 全省/全市 that rank something in the area (全省首个) rather than scope a figure. */
export const RANK_AFTER_AREA = words('首 第');

/** Words that total the figure before, so the subject is the figure before's (每人500元,共计9.35万元). */
export const TOTAL_WORDS = words('共计 合计 总计 共 累计 总共 合共');

/** Words of status opening with 在 that open a counted noun (在档困难职工, 在职职工, 在建项目). */
export const STATUS_WORDS_WITH_ZAI = words('在档 在册 在职 在岗 在校 在读 在建 在库 在编');

/** Those that also go on inside a counted noun (大学在读子女, 企业在职职工): not 在岗 (职工在岗位上) or 在建 (在建设). */
export const STATUS_WORDS_INSIDE_NOUNS = words('在读 在职 在编 在册');

/** Verbs of adding that end the words before a figure (已建成127家驿站,今年又新增5家): more of the same things. */
export const ADDING_WORDS = words('新增 增加 增设 新建 新设 又建成 再建');

/**
 * What a union hands out, named after the goods it is made of (价值30余万元的米、面、油慰问品, 价值2万元的牛奶、
 * 面包等慰问物资): the gift the worth is of.
 */
export const GIFT_NOUNS = words('慰问品 慰问物资 物资 礼包 慰问包 大礼包');

/**
 * Nouns that head what is counted: the subject ends at the last one in the words after the
 * count (近800名职工技能水平… → 职工, 28个全国工人先锋号集体 → 全国工人先锋号集体).
 */
export const HEAD_NOUNS = [
  ...words(`
  职工 人员 人才 员工 工人 选手 会员 志愿者 劳动者 企业 单位 家庭 学员 群众 农民工 代表 代表团 代表队 运动员 队员 青年 学生 干部 党员
  骨干 工匠 能手 标兵 劳模 劳动模范 子女 集体 队 团队 工作室 班组 先锋号 大赛 竞赛 比赛 赛事 活动 项目 驿站 示范点 站点 书屋 任务
  工种 职工之家 状元 科目 中心 基地`),
  ...GIFT_NOUNS,
];

/**
 * Words 集体 opens as an adjective (工资集体协商指导员, 全网专项集体合同): 集体 heads no noun before them, though it
 * heads one alone (5个先进集体).
 */
export const COLLECTIVE_WORDS = words('协商 合同 谈判');

/** Head nouns that name people: a count of bodies (家, 所) is never headed by them (32家优胜单位代表 → 优胜单位). */
export const PERSON_HEADS = words(`
  职工 人员 人才 员工 工人 选手 会员 志愿者 劳动者 学员 群众 农民工 代表 运动员 队员 青年 学生 干部 党员 骨干 工匠 能手
  标兵 劳模 劳动模范 子女 学子 委员 成员 嘉宾 专家 学者 教师 医生 护士 家属 农民 村民 居民 市民 骑手 快递员 司机 环卫工 女工 工作者
  指导员 协调员`);

/**
 * People a count of tens of thousands names with no measure word (全市150万职工, 1100万职工会员):
 * the count is of people all the same.
 */
/**
 * Words that say which of such people, between the count and them (8万多返乡农民工, 2万外出农民工, 7万油田职工): where
 * they come from or go, their standing, the trade or the workplace they work in.
 */
export const BARE_COUNTED_MODIFIERS = words(
  // (全市12.5万货车司机, 50万餐饮职工, 17万网约车司机, 20万货运行业从业人员: the vehicles they drive, the trade
  // they serve.)
  '返乡 外出 外来 进城 在岗 在职 一线 困难 退休 务工 城乡 农村 企业 油田 煤矿 建筑 货车 餐饮 网约车 货运 货运行业 快递 外卖',
);
export const BARE_COUNTED_PEOPLE = words(
  '职工 会员 工会会员 农民工 劳动者 新就业形态劳动者 新业态劳动者 产业工人 工人 矿工 人口 居民 群众 党员 司机 骑手 快递员 就业人员 从业人员 ' +
    // (250万失业人员实现再就业: those out of work.)
    '人才 技能人才 高技能人才 失业人员',
);

/**
 * Money a figure in 万 or 亿 closing its clause measures with no 元 written (筹集助学金35万,
 * 捐资额达到了128万): the words of funds raised, given or spent.
 */
export const FUNDS_WITHOUT_YUAN = words(
  '资金 善款 捐款 助学金 慰问金 救助金 补助金 奖金 经费 筹资 捐资 募资 投资 筹款 募捐 款项',
);

/** Units that count bodies or sessions, not people (4期农民工创业培训班 counts classes). */
export const BODY_UNITS = words('家 所 座 个 条 项 件 套 篇 台 辆 期 场 届 批');
/** Words for people that close no counted noun after its head: 全员 (all of them: 200余名职工全员参与). */
export const NOT_PERSON_TAILS = words('全员');

/** Units of money, documents, courses, sites and times, which count things, never people (57份代表提案). */
export const THING_UNITS = words('元 份 门 处 次 学时');

/** Words that say how much but not of what (职工参与人数: keep who it counts). */
export const BARE_MEASURES = words('人数 人次 总数 数量 总量 规模 比例 比重 金额 标准 名额 时长');

/** Words a share is written with (占比30.1%): a share of the figure before it. */
export const SHARE_WORDS = words('占比 比重 比例');

/** Words opening a clause that describes the counted noun after its 的 (7名包括工会干部在内的…, 380个以劳模为引路人开设的…). */
export const DESCRIBING_OPENERS = words('包括 以 由 经');

/** Words of praise or kind a count's noun may open with before 的 (10个重要的创新成果, 5个典型的案例): not what is counted. */
export const DESCRIBING_ADJECTIVES = words(
  '重要 优秀 先进 典型 突出 主要 不同 具体 精彩 丰富 生动 感人 显著 良好 鲜活 独特 特色',
);

/** Words of kind opening what a count's noun is sorted by before 的 (7家不同行业的企业, 20余件不同类别的商品). */
export const KIND_OPENERS = words('不同');

/** Adverbs before 占 in a share of a whole (约占, 均占). */
export const ADVERBS_BEFORE_SHARE = words('约 均 分别 大约 大概 共 只 仅');

/** Words 占 opens that are no share of a whole (占比 is one already; 占有率 is a noun; 占地 an area). */
export const NOUNS_AFTER_ZHAN = words('比 有率 地 用');

/** Verbs of winning an honour after a count (12家企业获评…): the honour is what the figure is about. */
export const HONOUR_VERBS = words('获评 荣获 获得 被评为 被授予 被命名为 入选 授予 颁发 获');

/** Verbs of handing something out (颁发): what they give is an honour only when named as one (not 证书). */
export const HANDING_OUT_VERBS = words('颁发');

/** Nouns that end the name of an honour (上海市五一劳动奖状, 佛山市技术能手): a place before them is part of the name. */
export const HONOUR_NOUNS = words(
  '奖状 奖章 先锋号 劳动模范 劳模 工匠 能手 标兵 之家 小家 示范点 先进集体 先进个人 工作者 积极分子 之友 ' +
    '文明岗 示范岗 标兵岗 先锋岗',
);

/** A title the honoured hold, written after the honour (…“全国模范职工之家”称号). */
export const HONOUR_TAILS = words('称号 荣誉称号 荣誉');

/** What is won without being named (获得表彰, 受到集团奖励, 获授牌): the people counted are no honour's. */
export const UNNAMED_AWARDS = words('表彰 奖励 表扬 嘉奖 好评 肯定 认可 授牌 授旗');

/** Verbs of taking a post after a count (15人担任执委): the post is what is counted. */
export const POST_VERBS = words('担任 当选为 当选 出任');

/** Verbs of giving or raising money (投入, 筹集, 下拨): the money after them, named by nothing else, is the funds. */
export const FUNDING_VERBS = words(
  '投入 筹集 筹措 筹资 募集 下拨 拨付 拨出 划拨 出资 投资 配套 捐赠 捐出 捐资 安排 争取 落实 支出 给予',
);
/** Ends of a payer's name before a verb of giving (…总工会, …基金会, 各级工会, 市财政; 全区, the region as a whole). */
export const PAYER_ENDS = words(
  '工会 工联会 基金会 机关 集团 公司 单位 企业 财政 政府 委员会 协会 商会 慈善会 全总 省总 市总 县总 区总 全省 全市 全区 全县',
);
/** The treasury as a payer (市财政): its funds are named after it (中央财政专项资金). */
export const TREASURY = '财政';
/** Words between a payer and the verb of giving (又, 先后, 将共同, 紧急, 专门, 计划). */
export const FUNDING_ADVERBS = words('又 也 还 将 已 共 共同 先后 相继 累计 专门 紧急 计划 积极 本级 再次 另 多方');
export const MONEY_UNIT = '元';
export const FUNDS_WORD = '资金';
/** What funds end in when told by what they are for (帮扶资金, 慰问经费). */
export const FUNDS_WORDS = words('资金 经费');

/** Copulas after a count (4个是非公有制企业, 46人为…获得者): what follows is what the count is. */
export const COPULAS = words('是 为 成为');

/** Units that count things or people, after which a copula names them (not money or time). */
export const COUNT_UNITS = words('人 个 家 项 支 所 处 座 条 件 份 批 对');

/** Nouns after 届 or 次 that make the number a session of a body (十二届一次职代会), not a count. */
export const SESSION_NOUNS = words(
  '全委 全会 全体 会议 常委 代表 党代 委员 执委 理事 会员 职代 职工代表 工代 全国代表 全国委员 主席团 一中全会 二中全会 三中全会 四中全会 五中全会 六中全会 七中全会',
);

/** Words before N届 that make it a count of editions (已连续举办七届), not an ordinal. */
export const EDITION_COUNTERS = words('连续 共 已 累计 举办 举行 举办了 举行了 成功举办 先后');

/** Words before a figure of days that make it a countdown (距开幕还有10天), not a count. */
export const COUNTDOWN_MARKERS = words('距 距离 离 倒计时');

/**
 * A project campaign's battle cries before its days (“大干100天”劳动竞赛, 决战百天, 鏖战一百天): the span names
 * the campaign. `quoted` ones only inside a quote (“奋战100天,确保试运行”; 连续奋战30天 is a span worked).
 */
export const CAMPAIGN_DAYS_BEFORE = { always: words('大干 决战 鏖战 会战'), quoted: words('奋战 冲刺') };

/** Words after N位/N个/N人 that make the number part of a slogan or a format (三位一体, 5人制足球), not a count. */
export const SLOGAN_AFTER_UNIT = words('一体 制');

/**
 * Numbered watchwords of party and state (八项规定, 两个维护, 四个意识): a fixed term that counts nothing.
 */
export const NUMBERED_WATCHWORDS = words(
  '八项规定 两个文明建设 两个百年 两个一百年 两个务必 两个维护 两个确立 四个意识 四个自信 三个代表 四个全面 五位一体 ' +
    // Women workers' protection in their four or five special periods (女职工“四期”保护, “五期”).
    '四期保护 五期保护',
);

/** Ends of the names of ports, lines, parks and works a phase number follows (南沙港三期, 1号线三期, 软件园三期). */
export const PHASE_OWNER_ENDS = words('港 线 园 钢 中心 站 特高压 码头 机场 枢纽');

/** Nouns after N期 that make it a phase of a project (三期项目, 一期工程), not a count. */
export const PHASE_NOUNS = words('项目 工程 工地 厂房 基地');

/** Place words that scope a figure to the article's place of that level (全区 in a district's article). */
export const WHOLE_AREA: ReadonlyArray<readonly [string, 'province' | 'city' | 'county' | 'town']> = [
  ['全省', 'province'],
  ['全市', 'city'],
  ['全区', 'county'],
  ['全县', 'county'],
  ['全镇', 'town'],
  ['全州', 'city'],
  ['我省', 'province'],
  ['本省', 'province'],
  ['我市', 'city'],
  ['本市', 'city'],
  ['我区', 'county'],
  ['本区', 'county'],
  ['我县', 'county'],
  ['本县', 'county'],
];

/** Longest first, for alternations built from these lists. */
export const longestFirst = (list: readonly string[]): string[] => [...list].sort((a, b) => b.length - a.length);

/** Things counted in 块 (金银铜牌各62块, 12块展板): medals, plaques, boards, screens and steles; 块 after them is no yuan. */
export const COUNTED_IN_KUAI = words('牌 匾 板 屏 碑');

/** The currency named after 元 (2.1亿元人民币): part of the unit, not what the money is. */
export const CURRENCIES_AFTER_YUAN = words('人民币');
/** The currency named before a figure in 元 (补贴人民币5000元, 津贴澳门币3,000元): the unit's, not what the money is. */
export const CURRENCIES_BEFORE_FIGURE = words('人民币 澳门币 澳门元 港币 港元 新台币 台币');

/** Plural endings of people counted (279名农牧民工朋友们, 30名同学们): no part of the noun. */
export const PLURAL_TAILS = words('朋友们 们');

/** Words that end in 时 and are nouns or adverbs of their own (工时, 课时, 同时): no clause of when ends there. */
export const WORDS_ENDING_IN_SHI = words(
  '小时 工时 课时 学时 同时 实时 及时 临时 准时 按时 定时 当时 平时 届时 适时 随时 有时 计时 限时 农时 四时 应时',
);

/** What a party's size follows (代表团一行9人): the count is of the party. */
export const PARTY_WORD = '一行';

/**
 * Words that end in 后 and are nouns or adverbs of their own (善后, 背后, 先后): no clause of when ends there.
 */
export const WORDS_ENDING_IN_HOU = words(
  '前后 最后 先后 落后 善后 背后 身后 幕后 赛后 会后 课后 午后 产后 节后 战后 饭后 滞后',
);

/** What closes a clause of when after the noun counted (…血汗钱时,, 领到…辛苦钱后,, 达成15项协议后,), longest first. */
export const WHEN_WORDS = words('之后 以后 时 后');

/** Conjunctions that join two nouns of people counted together (职工及农民工子女, 选手和裁判员). */
export const PEOPLE_JOINS = words('及 和 与');

/** Verbs of a figure rising or falling to another (从60人增加到130人). */
export const RISE_VERBS = words('增加 增长 提高 上升 发展 扩大 提升 下降 减少 降低 降');

/** The unit teams are counted in (9支代表队): the people counted right after such a count are their members. */
export const TEAM_UNIT = '支';

/** Words of an area after a place's short name (三元经济开发区, 三元里街道): a numeral opening it counts nothing. */
export const AREA_WORDS = words('经济开发区 经济技术开发区 开发区 高新区 工业园 园区 里 街道');
