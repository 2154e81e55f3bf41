/**
 * Words that stand before an organization's name in running text, so a name read leftwards
 * from its suffix starts after them (在, 由, 联合, 推动 …), and the phrases around a name
 * that say what it is doing in the sentence.
 */
export const ORG_STOP_WORDS = new Set(
  (
    '在 由 同 向 对 为 被 把 将 从 到 据 让 给 等 的 了 是 即 以 以上 以下 并 还 也 都 又 已 于 均 共 各 该 其 其中 这 此 受 请 至 赴 往 邀 携 率 获 ' +
    '联合 联手 邀请 走进 来到 组织 举办 开展 召开 推荐 依托 参加 参与 承办 主办 协办 会同 携手 成立 组建 建立 打造 培育 授予 获评 获得 指派 委派 ' +
    '荣获 支持 推动 带领 率领 前往 深入 走访 慰问 调研 看望 出席 主持 表示 介绍 简介 当选 选举 发布 印发 出台 通过 审议 听取 作为 包括 ' +
    '涵盖 覆盖 发挥 加入 入驻 实地 督导 考察 检查 视察 联系 对接 帮助 协助 提供 吸引 号召 动员 引导 鼓励 要求 强调 指出 认为 显示 ' +
    '根据 按照 围绕 结合 针对 面向 借助 利用 落实 贯彻 学习 传达 深化 推进 聚焦 完善 健全 加强 强化 探索 构建 搭建 设立 设置 开设 ' +
    '推出 发起 启动 牵头 负责 协调 配合 分管 所属 隶属 下属 旗下 毗邻 位于 地处 来自 成为 属于 授旗 授牌 揭牌 挂牌 命名 认定 评为 ' +
    // 当河南能源义煤公司…副队长接过…: when, opening a clause, is no word of a name.
    '当 ' +
    '仍 不过 亦 便 拒绝 涉及 尊重 引起 重视 依靠 信任 相信 而 出任 联动 珍惜 筹建 派发 建成 这次 此次 本次 该次 是次 首次 再次 同期 拜访 委托 联同 属会 任职 解决 接过 持续 补助 支援 声援 确定 提请 实地调研 调研组 召集 邀约 走入 进驻 选派 派出 抽调 获颁 颁发 颁授 表彰 感谢 致信 致函 指导 实施 开启 迎来 再添 新增 ' +
    '培训 助力 庆祝 祝贺 多亏 纪念 推选 举行 签订 签署 共建 联建 创建 部署 报告 汇报 代表 与会 各级 全体 相关 有关 上级 基层 所有 广大 ' +
    '划归 产生 保障 确保 共有 拥有 还有 另有 设有 关于 关心 下发 公布 入选 会见 接待 访问 参观 期间 以及 提升 重建 担任 共商 共谋 共享 共创 ' +
    '紧扣 然后 最终 最后 首先 终于 先后 接收 负责人 后续 拨打 致电 着力 并报 报请 宣布 开进 开赴 驶入 莅临 令 暨 时任 解散 删除 停止 动议 现任 曾任 历任 搭档 认识 赞扬 称赞 他 她 随着 带着 列入 纳入 持有 享有 进入 上报 报送 欢迎 感激 感恩 落户 展现 下载 践行 注入 ' +
    // Asking and answering a government (工联会促请特区政府, 积极响应市委): what a body asks is not its name.
    '约见 返回 希望 期望 呼吁 促请 敦促 取消 会晤 响应 建议 表达 忆起 相继 兼 组成 寄送 递交 提交 转发 化身 送上 送去 送来 送到 ' +
    '进行 投票 理解 质询 赋予 讨论 增设 不会 大批 多名 筹办 发言 讲话 致辞 宣读 新任 周年 年来 年多来 以来 ' +
    // Time words: 今年省总工会计划…, 下一步县总工会将….
    '今年 去年 历年 明年 当年 同年 近年 往年 每年 每月 每逢 每当 盛夏 酷暑 节前 节后 下一步 目前 今后 此前 此后 未来 当初 现今 年初 年底 年中 月初 月底 ' +
    '近日 日前 近期 上午 下午 晚上 当天 当日 会前 会后 一季度 二季度 三季度 四季度 上半年 下半年 积极 主动 如何 当好 发文 通报 ' +
    // The writer's own region (我市市委 is 市委, 辖区中国邮政… is 中国邮政…) and other verbs and conjunctions.
    '我市 我县 我区 我省 我州 我旗 本市 本县 本区 本省 我司 我院 我校 我局 辖区 辖区内 包含 努力 提高 但 就 了解 为了 有 同时 此时 当时 届时 及时 平时 ' +
    // Hong Kong and Macau wording (透过 is 通过; 亲临 a visit in person; 假 before a venue is 在: …协会假富豪酒店举办),
    // and 经过 (经过省总工会的层层选拔).
    '透过 假 入住 经过 稍后 亲临 事实上 存在 订阅 出入 因应 请来 会议上 首创 梳理 助推 批评 漠视 ' +
    // A dispute told: 部分人决定跟随工会罢工, 谈判破裂工会发动罢工 (what the union does, not its name).
    '决定 跟随 破裂 谈判 罢工 抗议 示威 得知 才知 ' +
    // Following a case up and visiting (全力跟进…, 到访…, 探访…), handing to (予…), a business shut (终止…).
    '跟进 关注 到访 探访 造访 观摩 予 终止 整理 分析 连同 核验 形成 走出 标志着 标志著 选树 记入 掀起 ' +
    // Telling when and how (早前消费者委员会公布, 上周二…, 致送…协会的慰问金, 书面去函公司).
    '早前 上周 上月 昨日 昨天 致送 肯定 去函 虽然 ' +
    // Holding an office again (选举郭某连任工会主席) or filling a seat (选举替补县总工会委员, 增补…为
    // 市总工会委员): the office's body is after the verb.
    '连任 留任 续任 替补 增补 递补 ' +
    // Telling someone to (还叮嘱县总工会负责人…) and a span of years looked back on (过去五年县总工会的工作).
    '叮嘱 嘱咐 嘱托 过去 ' +
    // Taking in, asking and quoting (政府已接纳最低工资委员会…, 议员的提问和劳工及福利局…, 引述保安局…).
    '接纳 提问 引述 偕同 偕 顾及 简称 回顾 ' +
    // Following and talking to a body (必须遵守卫生局发出的指引, 与政府商谈卫生局的问题, 按统计局资料): what is
    // done with it, not its name.
    '遵守 商谈 按 ' +
    // Fostering and playing a part (促进港澳工会与内地工会的交流, 发挥好爱国工会作用): what the bodies do together.
    '促进 发挥好 ' +
    // What a federation does with its unions' work (县总工会找准工会服务…的切入点, 市总工会延伸工会服务链条,
    // 服务大局中彰显工会担当): the object after the verb is no body named with the federation.
    '找准 延伸 彰显 ' +
    // What was done at a meeting (会上广州市…工会联合会正式成立, 座谈会上省委…): the body after 会上 is named
    // from there.
    '会上 ' +
    // Running, carrying out and holding together (开办工会暑托班, 全面推行工会…监督, 完成集团公司下达的任务,
    // 凝聚着区总工会的感谢): what a body does or is given, not its name.
    '开办 推行 完成 凝聚 凝聚着 ' +
    // Putting forward, speeding up, achieving and doing well (推举某公司为主席单位, 加快集团公司发展, 实现集团公司
    // 战略目标, 做好工会联合会管理, 担当工会主席的职责).
    '推举 加快 实现 做好 担当 ' +
    // Relying on, hoping, changing, bringing in and living up to (离不开公司工会的支持, 寄望某商会, 改变企业工会主席的
    // 身份, 引进区委党校的专家, 不辜负州委的期望).
    '离不开 寄望 改变 引进 辜负 ' +
    // 为他们办理工会爱心卡, 领导一行来某公司调研: whom for, and a party.
    '们 一行 ' +
    // 中共泸州市委机关报泸州日报社: a party committee's official paper is a body of its own, named after 机关报.
    '机关报 ' +
    // Looking at, setting out and taking up (实地察看乡镇工会联合会建设, 明确市劳模工匠协会今后五年工作思路, 安排劳模工作室
    // 开展…, 抓住集团公司…的契机): what is looked at or planned, not a name.
    '查看 察看 明确 安排 抓住 承诺 采取 降低 注册 ' +
    // Asking, striving, talking about and taking on (请教县总工会, 争取区委…支持, 谈论起集团工会, 确立工会代表权,
    // 整合集团数智中心, 认真履行工会委员会职责, 实行工会改革, 扎根综治中心, 掌握内地中心…资讯, 赠送行业工会).
    '请教 争取 谈论 谈论起 确立 整合 履行 实行 扎根 掌握 赠送 出身 ' +
    // Adding on (再加上工会为…给予…): what is added, not a name; meeting a condition, electing and
    // reporting (凡符合总工会…条件, 五名委员选出工会主席, 准确报道州委…).
    '加上 符合 选出 报道 ' +
    // Praising, joining, handing to, founding, preparing for and reporting (盛赞良光中心学校, 入职杭州…有限公司,
    // 送交人力资源办公室, 创办顺德工人夜校, 备战集团公司竞赛, 反映西田口水力发电厂工会…, 不负市委…重托, 把握…总工会).
    '盛赞 入职 送交 创办 备战 反映 不负 听说 把握 ' +
    // Macau's and Hong Kong's "held at" after a time (四时假街总北区办, 三时半假…, 假座工人俱乐部).
    '时假 半假 假座 ' +
    // Moving and showing (牵动着内地工会的关心, 为体现县委、县政府的关心): what is done to a body or shown of it, not its
    // name (not 发动: 发动机 and 航发动力 are inside names).
    '牵动 牵动着 体现 ' +
    // Hong Kong's "several" (多间大学, 多间医院): a kind of body counted, no one body.
    '多间 ' +
    // A sector's seats in a political consultative conference (总工会界别政协委员): the conference after it
    // is no body of the sector's.
    '界别'
  ).split(' '),
);

/** Characters after 经 that make it a word of a name (经济, 经信, 经开区, 经贸, 经费, 经发局, 经侦); elsewhere 经 is "by" (经公司工会推荐). */
export const JING_WORD_ENDS = new Set([...'济信开贸营纬典销管费商发科合协侦理']);

/**
 * Words that end in a one-character stop but are nouns or names inside a body's name (大数据…局,
 * 公共资源交易中心, 华为技术有限公司, 首都医科大学, 高等专科学校, 专场配对会, 结对帮扶活动): there the character
 * stops nothing.
 */
export const WORDS_ENDING_IN_STOPS = new Set(
  '数据 依据 公共 中共 华为 首都 古都 效率 协同 大同 合同 共同 高等 中等 平等 优等 甲等 乙等 特等 合并 自由 供给 存在 方向 一同 等等 国有 私有 公有 集体有 配对 结对 返还 发还 归还 偿还 退还 度假 渡假 休假 泽当 基地 阵地 意向'.split(
    ' ',
  ),
);

/**
 * Words that open with a one-character stop but belong to a name or a title (就业服务中心,
 * 对口援藏工作会议, 在线培训, 的士司机互助会): there the character stops nothing.
 */
export const WORDS_OPENING_WITH_STOPS = new Set(
  '对口 对外 对标 对象 的士 在线 在职 为民 以案 以来 并购 就业 共青 有限 有色 有线 有机 从业 中型 中小 中等 中级 中秋 中华 中层 中医 中青 中央 中国 中高 中老 中心 中文 中专 中餐 中药 中铁 中建 给排 假日 假期 当代 当地 当涂 当阳 当雄'.split(
    ' ',
  ),
);

/**
 * Whether the one-character stop ending at `end` is inside one of those words, where it stops
 * nothing (公共 of 公共资源交易中心, 对口 of 对口援藏工作会议).
 *
 * @example
 * stopInsideWord('佛山市公共资源交易中心', 5) // → true
 */
export function stopInsideWord(text: string, end: number): boolean {
  return (
    WORDS_ENDING_IN_STOPS.has(text.slice(end - 2, end)) || WORDS_OPENING_WITH_STOPS.has(text.slice(end - 1, end + 1))
  );
}

/**
 * Verbs that also name what a body does, so they may stand right before its suffix inside a
 * name (人力资源和社会保障局, 职工培训中心, 市委组织部) where elsewhere they end a name.
 */
export const VERBS_IN_NAMES = new Set(
  '保障 培训 服务 发展 建设 管理 研究 学习 促进 指导 监督 宣传 组织 教育 援助 救助 调解 仲裁 检查 考察 实施'.split(' '),
);

/** Conjunctions that join two names; they end a name only when a complete name stands to their left. */
export const CONJUNCTIONS = new Set(['和', '及', '与', '暨', '或']);

/**
 * Phrases that open with a stop but name what a body does (泉州市协调劳动关系三方委员会, 市教育系统关心下一代工作委员会):
 * read on over the stop.
 */
export const PHRASES_OPENING_WITH_STOPS = ['协调劳动关系', '关心下一代'];

/**
 * A union's suffix written right after a conjunction (企业经营者和工会主席, 企业行政和工会各派代表) is the
 * union in general, the other item of the pair: no name runs over the conjunction into it.
 */
export const BARE_AFTER_CONJUNCTION = ['工会', '总工会'];

/**
 * Phrases before a name that make it an honour or a category being conferred (被评为…工作室, 荣获…称号,
 * 区级“劳模和工匠人才创新工作室”: a level's category of studios, not one studio).
 */
export const HONOUR_BEFORE =
  /(?:(?:评为|确定为|培育为|命名为|认定为|获评|荣获|获得|创建为|打造成|建成)(?:\d{4}\s?年度?)?\s*“?|(?:[省市区县州镇旗]|国家|自治区)级“)$/;

/**
 * Suffixes of bodies that confer honours and are never one (荣获中华全国总工会表彰, 获得某省总工会模范职工之家,
 * 获评2025年某省总工会职工书屋): after {@link HONOUR_BEFORE} they name who gave it.
 */
export const HONOUR_GIVERS = ['总工会', '人民政府'];

/**
 * Designations written right before the body that holds them (全国工会职工书屋示范点湖北金禄科技有限公司,
 * 困难企业海口家家泰物业服务有限公司): the body's name starts after them.
 */
export const DESIGNATION_ENDS =
  '示范点 示范单位 示范基地 示范企业 示范岗 先进单位 先进集体 工人先锋号 困难企业 企业 劳动模范 劳模'.split(' ');

/** Categories of bodies written in apposition right before one's name (施工单位省五建安装工程有限公司). */
export const APPOSED_CATEGORIES = ['单位'];

/** What follows a body named as a recipient of an award: 长春市传染病医院等20个单位. */
export const RECIPIENT_AFTER = /^等(?:\d+|[一二两三四五六七八九十百]+|多)(?:个|家)(?:单位|集体|企业|班组)/;

/**
 * What follows the last of a list of bodies when no separator closes it (省金融办、银监局、保监局有关负责人,
 * 区总工会、区妇联和区文体局联合主办): its people or what the bodies did together.
 */
export const LIST_END_AFTER = /^(?:有关|相关|主要)?(?:领导|负责人|负责同志)|^(?:有关|相关)|^(?:联合|共同)/;

/**
 * What a body does right after its name that only a body does: it hosts or backs an event (一东公司承办,
 * …分公司、…分社协办), or fields a team (龙鼎工贸公司代表队).
 */
export const ACTING_AFTER = /^(?:、[^,，。;；、]{2,20}?){0,3}(?:联合)?(?:主办|承办|协办)|^代表队/;

/**
 * Verbs a body does as its clause's subject (西固煤业公司工会组织女工…, 龙选厂举办…, 新桥煤矿工会开展了…): right after a
 * name that opens the clause, they tell it is a body acting, not a kind of one talked about.
 */
export const SUBJECT_ACTION_VERBS = [
  '组织',
  '开展',
  '举办',
  '召开',
  '举行',
  '启动',
  '发放',
  '走访',
  '慰问',
  '联合',
  '深入',
];

/**
 * Adverbs between a body acting as its clause's subject and its verb (金鸡滩煤矿工会精心为职工准备…, …公司积极开展…), and
 * the 为 of whom it acts for: what follows a name that acts.
 */
export const SUBJECT_ADVERBS =
  '积极 精心 专门 特别 认真 主动 先后 分别 再次 首次 多次 共同 扎实 持续 切实 大力 广泛 还 也 已'.split(' ');
export const ACTING_FOR = '为';

/**
 * 应 before the host of an invitation or a request (应中国职工对外交流中心邀请, 应…之邀, 应省总工会要求):
 * "at the invitation (request) of", not the start of the host's name.
 */
export const INVITATION_MARK = '应';
export const INVITATION_AFTER = /^(?:的)?(?:邀请|之邀|要求|请求)/;

/** Verbs that form a body (组建“劳模工匠技术服务队”): a quoted kind after one names the body formed. */
export const FORMING_VERBS = '组建 成立 建立 组成 组织'.split(' ');

/** Classifiers after a count: a name does not run back over 5家 or 3个. */
export const COUNT_CLASSIFIERS = new Set([...'家个名位支所座批项地间处']);
/** Words a classifier points with (这个局集团公司, 每家企业): a name does not run back over them either. */
export const POINTING_WORDS = new Set([...'这那每各某整']);

/** Stops ending in 中 that keep it whatever follows (其中国家级… is 其中, then 国家级; 今年中国电信 is 今年, then 中国). */
export const STOPS_OWNING_ZHONG = new Set(['其中']);

/**
 * Stop words that open many brands (同济, 同仁堂, 同煤) and that a place never takes as a preposition:
 * right after the place that opens a name, they are the brand's.
 */
export const BRAND_OPENING_STOPS: ReadonlySet<string> = new Set(['同']);
