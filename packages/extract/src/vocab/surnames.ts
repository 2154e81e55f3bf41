/**
 * Chinese surnames (general vocabulary, not names of anyone in particular): the common
 * single-character surnames and the usual compound ones. A person's name is a surname
 * followed by one or two characters.
 */
export const SINGLE_SURNAMES = new Set(
  (
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤' +
    '常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由寿誉习资达洪傅赖萧阎丘巨代' +
    // Rarer ones whose characters hardly occur in everyday words (茆, 笪, 濮, 锺 and 凃, the variants of 钟 and 涂
    // some people's names keep; 蹇, 葸 and 乜 of Hunan's, Gansu's and Guangdong's pages).
    '郦糜甯钭禤宓竺訾綦璩厍贠撖幺茆笪濮锺凃蹇葸乜'
  ).split(''),
);

export const COMPOUND_SURNAMES = new Set([
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '令狐',
  '慕容',
  '司徒',
  '夏侯',
  '轩辕',
  '长孙',
  '宇文',
  '端木',
  '独孤',
  '西门',
  '南宫',
  '申屠',
  '澹台',
  '呼延',
]);

/** The hundred most common surnames (the head of SINGLE_SURNAMES): a name with one is likelier. */
export const COMMON_SURNAMES = new Set([...SINGLE_SURNAMES].slice(0, 100));

/**
 * Surnames that are also everyday prepositions, conjunctions or levels (向社会, 于今年, 区政协), or the verb
 * of slogans (强基础、强服务, 职工强素质, 强降雨): a name starting with one needs more evidence.
 */
export const FUNCTION_SURNAMES = new Set('向于和由都但及以区来强'.split(''));

/**
 * Surnames that are also verbs of coming and going (习近平总书记来陕考察, 回京): before a province's
 * one-character name they are the verb and the place, never a name.
 */
export const MOTION_SURNAMES = new Set('来回'.split(''));

/**
 * Everyday words that end in a surname character (队伍, 工程): a candidate name that starts on
 * that character (队伍建设 → 伍建设) is the word's end, whatever stands before the word.
 */
export const WORDS_ENDING_IN_SURNAMES = new Set(
  (
    '队伍 入伍 退伍 落伍 行伍 工程 课程 流程 进程 历程 全程 日程 章程 规程 过程 议程 航程 部门 感谢 致谢 答谢 ' +
    '慰问金 资金 奖金 基金 现金 助学金 补助金 有关 相关 有史 人文 天文 水文 公文 论文 原文 全文 正文 安全 完全 健全 ' +
    // 局方续称, 警方表示, 处方会根据…: the party a word ending in 方 names, not a surname.
    '局方 处方 校方 院方 警方 资方 劳方 官方 双方 对方 各方 军方 厂方 我方 甲方 乙方 企方 港方 澳方 新闻 要闻 传闻 ' +
    // 第二检修工区机电作业区: a site word ending in 区, not the surname 区.
    '工区 矿区 厂区 园区 社区 城区 片区 辖区 校区 景区 小区 作业区 ' +
    // 从事汽车维修: a vehicle word ending in 车, not the surname 车; 把行李装上车: luggage, not 李.
    '汽车 火车 列车 电车 货车 客车 马车 单车 公交车 出租车 私家车 行李'
  ).split(' '),
);

/**
 * Everyday words that start with a surname character (高度, 方面, 安全, 文化 …): a candidate
 * name that begins with one is likelier to be the word. General vocabulary, grouped by the
 * first character.
 */
export const WORDS_LIKE_NAMES = new Set(
  (
    '信得过 沙龙 文娱 宣教 信赖 信任 信心 商讨 商议 商量 商定 海鲜 相扑 严正 劳方 资方 支柱 展现 展示 展开 展出 展望 汤圆 姜茶 姜汤 王牌 王者 班子 战时 张贴 张扬 张力 张罗 陈列 陈述 陈旧 黄金 黄河 黄色 黄牌 周年 周边 周期 周末 周围 ' +
    '周到 周密 周全 周一 周二 周三 周四 周五 周六 周日 周岁 周转 周刊 周报 何时 何地 何处 何种 何以 ' +
    '何况 何为 何在 高度 高效 高分 高票 高质量 高端 高新 高校 高级 高层 高峰 高速 高温 高考 高标准 高水平 ' +
    '高技能 高中 高原 高铁 高空 高危 高于 高达 高涨 高潮 高举 高兴 高尚 高位 高频 高压 高科技 高职 ' +
    '高等 高管 高额 高龄 高超 高强度 高新区 林业 林场 郑重 谢谢 谢意 许多 许可 曾经 曾是 曾任 曾获 ' +
    '曾在 曾荣获 田间 田野 田径 董事会 于是 于此 于一体 余额 余人 余名 余家 余万 余次 余位 余年 余个 ' +
    '余项 杜绝 程度 程序 任务 任何 任职 任期 任内 任上 钟声 陆续 陆地 范围 范畴 范例 金额 金融 金牌 金奖 金秋 ' +
    '金色 金属 金钱 金点子 石油 石化 石头 夏季 夏天 夏日 夏令营 付出 付款 付费 付诸 方面 方式 方法 ' +
    '方案 方向 方针 方便 方能 方位 方可 方阵 方言 方才 白色 白天 白领 白班 段落 雷锋 龙头 龙舟 史上 ' +
    '史料 陶瓷 黎明 贺信 贺电 贺词 顾问 顾客 顾及 毛巾 万元 万人 万名 万家 万户 万余 万亿 万众 万里 ' +
    '万物 严格 严重 严肃 严谨 严厉 严禁 严守 严把 严防 严峻 严密 严查 武装 武术 武警 武器 戴上 ' +
    '莫过于 向着 向前 向上 向下 向往 向来 向导 向心力 常态 常务 常规 常年 常见 常住 常态化 常用 常驻 ' +
    '常设 常识 温暖 温度 温馨 温情 温和 康复 康养 施工 施行 施策 施展 文化 文明 文件 文艺 文字 文体 ' +
    '文章 文献 文物 文创 文旅 文学 文本 文书 文稿 安全 安排 安置 安康 安心 安装 安居 安稳 安定 安宁 ' +
    '安抚 安保 安监 安顿 齐心 齐聚 齐全 易于 庞大 颜色 庄严 庄重 章程 殷切 申请 申诉 申领 关于 关心 ' +
    '关爱 关注 关键 关系 关怀 关联 关口 关切 焦点 左右 甘于 祝贺 祝福 祝愿 包含 包容 包装 包联 包保 ' +
    '宁可 尚未 尚需 尚有 符合 舒适 舒心 纪律 纪念 纪要 纪委 纪检 纪实 纪录 童年 凌晨 毕竟 单独 单一 ' +
    '单元 单项 季度 季节 成功 成立 成果 成效 成绩 成就 成长 成本 成熟 成品 成交 盛大 盛会 盛典 盛况 ' +
    '盛世 曲线 曲目 曲艺 蓝天 蓝图 蓝色 蓝领 路径 路线 路口 路上 路面 路段 游客 游戏 游览 游园 辛苦 ' +
    '辛勤 辛劳 管理 管控 管道 管护 管网 管用 华人 华侨 华夏 华丽 房屋 房地产 房产 解决 解放 解除 解散 解释 解读 解答 应邀 应对 应用 应急 应该 应当 应变 ' +
    // 宣读…宣言, 临场应变, 饼干、牛奶等慰问品, 游离于组织之外, 资深教授, 对职工危害大, 职工劳保用品, 职工相聚在…,
    // 以…相赠, 导师任教, 首页 资讯 正文: everyday words opening on a surname.
    '宣言 牛奶 游离 资深 危害 劳保 相聚 相赠 任教 资讯 ' +
    // 要求中心代为办理, 代表团, 代理人: everyday words opening on the surname 代 (代云鑫, 代挺 in Sichuan and Chongqing).
    '代为 代表 代理 代办 代言 代替 代价 代号 代码 代缴 代购 代驾 代课 代管 代际 ' +
    // 记者某/专访, 职工呼声, 沿街商铺, 楼长, 学生公厕, 花露水等物品, 慕名而来; Taiwan's 高雄 and 南投 before 市长.
    '专访 呼声 商铺 楼长 公厕 花露水 慕名 高雄 南投 ' +
    // 马上行动, 任课教师, 单身青年, 高温慰问, 经过初选, 井下一线: everyday words opening on a surname.
    '马上 任课 单身 高温 初选 井下 ' +
    // 车厢里, 车上又是…: inside the train or the bus, on the surname 车.
    '车厢 车上 车内 ' +
    // 全院干警踊跃报名, 住院干警: a court's or the police's officers, on the surname 干.
    '干警 ' +
    '解难 解忧 解困 解析 尤其 尤为 阳光 时间 时代 时期 时候 时刻 时节 时尚 时任 时效 时段 时长 时机 ' +
    '农民 农业 农村 农产品 农户 农历 司法 卓越 古代 古城 古镇 简单 简化 简称 简介 简报 车间 车辆 ' +
    '车主 车站 车队 项目 连续 连接 连线 连日 连年 连心 连同 连锁 景区 景点 景观 党建 党支部 党的 ' +
    '党中央 党群 党校 党风 党性 党史 党课 党政 党总支 党代表 党办 党委 党组 院办 冶炼 冶金 花名册 费用 冷链 冷静 冷暖 包揽 包括 利税 利润 宣讲 游泳 游行 发布 冀望 冀藉 公署 来访 信箱 信访 信用 信号 卫生 卫星 宗旨 全面 全区 全场 全员 全年 全部 ' +
    '全力 全年 全员 全程 全方位 全县 全镇 全部 全新 全民 全会 全域 全天 全过程 全覆盖 全总 全球 ' +
    '全社会 全链条 应急 应对 应用 应当 应该 应届 应聘 应有 边境 边界 师生 师资 师范 师徒 和谐 和平 ' +
    '和睦 和美 和解 商务 商业 商户 商家 商品 商场 商会 商贸 荣誉 荣幸 荣光 荣耀 仲裁 巩固 明确 明显 ' +
    '明天 明日 明白 明星 明细 查看 查询 查处 查找 查验 官方 官员 官网 封闭 谈话 谈判 谈心 惠及 惠民 ' +
    '惠企 乐于 乐意 乐观 南方 南部 班组 班子 储备 原则 原来 原有 原因 原本 原创 原料 劳动 劳务 劳资 ' +
    '劳动者 楼宇 楼层 盘活 盘点 满意 满足 满怀 满载 满分 满满 位于 位置 位列 位居 伊始 区域 区级 ' +
    '区委 海外 海洋 海关 海报 海内外 花园 花卉 花费 花样 权益 权利 权力 权威 强化 强大 强国 强劲 ' +
    '强烈 廉洁 廉政 祖国 支持 支部 支援 支付 支出 支撑 支队 国家 国际 国内 国企 国有 国务院 国资委 ' +
    '国庆 国防 平台 平安 平稳 平等 平均 平时 平凡 平常 平衡 计划 计算 宣传 宣讲 宣誓 晋升 晋级 相应 ' +
    '相互 相继 相比 相当 相信 相关 相应 相同 相对 初步 初心 初期 初中 初赛 门口 门店 门槛 门户 云端 容易 敬意 敬业 来源 ' +
    '来说 都是 都有 都要 都会 都在 都能 普通 普及 普遍 普法 普惠 薄弱 母亲 修订 修改 修复 修建 修法 修正 那些 ' +
    '那么 那里 那样 宿舍 鲜花 鲜明 印发 印刷 隆重 诸多 诸如 战略 战斗 战线 战士 危险 危机 银行 银奖 银牌 ' +
    '公司 公共 公开 公益 公众 公平 公安 公园 公交 公里 公布 公告 利用 利益 利于 居住 揭晓 干部 但是 ' +
    '元旦 信息 信心 信念 信任 展示 展开 展览 展现 展出 展会 展演 智能 智慧 幸福 奉献 富裕 闭幕 由于 ' +
    '由此 习惯 资金 资源 资助 资格 资料 资产 达到 达成 达标 公寓 干劲 干事 同事 同学 同行 同伴 宫颈 宫颈癌 阴影'
  ).split(' '),
);

/**
 * Words that cannot be the given name after a surname character: the character is then a
 * preposition or part of a phrase (向大家, 和广大, 于今年).
 */
/**
 * Forms of address after a surname (王阿姨, 李师傅, 张大爷): a way of calling someone, not a name,
 * whether the candidate takes the whole word or stops inside it (王阿 of 王阿姨).
 */
/**
 * A name a page keeps anonymous: a surname and 某 or 某某 (周某, 罗某某, as rights cases and court
 * stories write the parties). It names no one beyond its page.
 */
export const ANONYMIZED_NAME = /^\p{Script=Han}{1,2}某{1,2}$/u;

export const ADDRESS_FORMS = '阿姨 师傅 师父 大姐 大哥 大爷 大叔 大妈 大娘 奶奶 爷爷 阿婆 阿伯 老师 老板'.split(' ');

export const NOT_GIVEN_NAMES = new Set([
  ...'大家 全体 广大 各位 社会 企业 群众 基层 我们 他们 她们 一线 今年 去年 明年 一年 此次 本次 全国 全省 全市 单位 自己 政协 人大 党委 党组 政府 相关 有关 方面 团体'.split(
    ' ',
  ),
  ...ADDRESS_FORMS,
  // 各部门分会负责人: the end of a body's name, not a given name (新世纪商城执行经理: nor a shop's).
  ...'分会 支部 总会 分局 分院 分行 分厂 支队 大队 中队 小组 公司 协会 商城 商场 超市'.split(' '),
  // 会员向中心赠送锦旗: a centre a service runs from, not a given name (向 is a surname).
  '中心',
  // 原常务副总编辑: a title's prefix, not a given name (原 is a surname).
  ...'常务 执行 第一 名誉 荣誉 兼职 专职 挂职 首席'.split(' '),
  // 院领导和同事们, 职工和家属: people around the one named, not a given name; 司机和孩子, 嘉宾和来宾, 干部和群团组织:
  // nor the others a list joins to them (和 is a surname too).
  ...'同事 同学 朋友 家人 亲人 家长 家属 孩子 师兄 来宾 群团 节日 联盟'.split(' '),
  // 服务职工云平台: a platform a service runs on, not a given name; 劳模肖像照, 生态环境部长江流域…: nor a photo or
  // a river's basin read after a title.
  ...'平台 像照 流域'.split(' '),
  // 劳模和奖章获得者: an honour, not a given name.
  ...'奖章 奖状 劳模 工匠 先锋'.split(' '),
  // 种子选手和近年入职的…, 保安康活动: a time or an event noun after a surname character, not a given name.
  ...'近年 多年 当年 往年 近期 今后 活动'.split(' '),
  // 曾两次获得: a count of times, not a given name.
  ...'一次 两次 三次 多次 几次 屡次'.split(' '),
  // 困难职工代表和交警: an occupation, not a given name.
  ...'交警 民警 辅警 医护 职工 工人 农民 骑手 司机 保安 保洁 集体'.split(' '),
  // 国民党主席: a party's name, not a given name.
  ...'民党 进党'.split(' '),
  // 聚焦职工强服务: a verb's object, not a given name; 工联会和属会: a union's affiliates.
  ...'服务 属会'.split(' '),
  // 组织职工包粽子, 包饺子, 边猜谜边…: festival fare made or a riddle guessed (包 and 边 are surnames too).
  ...'粽子 饺子 汤圆 元宵 月饼 猜谜 灯谜'.split(' '),
  // 燃油车维修师傅: the work a vehicle word names, not a given name; 员工楼举行: nor a verb of holding;
  // 战疫情 强技能: nor a slogan's object; 向大会致贺词: nor the meeting addressed.
  ...'维修 维护 修理 保养 举行 举办 召开 疫情 技能 发展 大会'.split(' '),
  // 职工展风采, 技能比拼展风采: a slogan's 展 (show) and what is shown, not 展 the surname.
  ...'风采 风貌 才华'.split(' '),
  // 有计画地: an adverb, not a given name.
  ...'画地 划地'.split(' '),
  // 机遇和有利条件: the conditions a word of advantage ends in, not a given name (利 is a surname); 某部于近期
  // 组织: a time word after 于, not a given name.
  ...'条件 近期 近日 日前 今年 明年'.split(' '),
  // 和优秀选手, 各位领导和战友, 向革命先烈, 都认识, 都很想: a quality, a relation, a cause or a verb after 和, 向 or 都
  // (surnames too), not a given name.
  ...'优秀 战友 革命 认识 很想'.split(' '),
]);

/**
 * Surname characters by char code: 1 for a single surname, 2 for the first of a compound one
 * (3 for both), so a sentence is scanned for surnames without a lookup per character.
 */
export const SURNAME_TABLE = new Uint8Array(0x10000);
for (const ch of SINGLE_SURNAMES) SURNAME_TABLE[ch.charCodeAt(0)] = 1;
for (const c of COMPOUND_SURNAMES) SURNAME_TABLE[c.charCodeAt(0)] = (SURNAME_TABLE[c.charCodeAt(0)] ?? 0) | 2;

/** Length of the surname starting at `at` in `text` (0 when none), without slicing. */
export function surnameAt(text: string, at: number): number {
  // In range first: a NaN index would slow every lookup here (see codeAt in page/chars.ts).
  const bits = at >= 0 && at < text.length ? (SURNAME_TABLE[text.charCodeAt(at)] ?? 0) : 0;
  if (bits & 2 && COMPOUND_SURNAMES.has(text.slice(at, at + 2))) return 2;
  return bits & 1;
}

/** Length of the surname a candidate starts with (0 when none). */
export function surnameLength(text: string): number {
  return surnameAt(text, 0);
}

/**
 * Groups named by the work they do (劳模宣讲团, 劳模关爱团, 慰问团): three characters that open with a surname-like
 * character (宣, 关, 慰) and end in 团 are the group, never a name (吴团英, 王玉团 are names).
 */
export const GROUPS_IN_TUAN = new Set(
  '宣讲团 关爱团 慰问团 考察团 代表团 艺术团 服务团 讲师团 合唱团 观摩团 访问团 调研团 帮扶团 助学团 演出团 志愿团'.split(
    ' ',
  ),
);

/** Characters that never occur in a given name in this genre (they mark words, not names). */
export const NOT_IN_GIVEN_NAMES =
  '的了是在与及等对把被将到工作区市县镇省局委部厅处组队站所院校司员者席记主副总她他我你们位或就也却便室馆厂矿班各署并已于';
/**
 * Characters of {@link NOT_IN_GIVEN_NAMES} that may open a two-character given name (谭作钧, 吴作国;
 * 黄镇源, 宫镇江): a word or a town's name ends with them (全镇, 石龙镇), a given name may start with them.
 */
export const OPENS_GIVEN_NAME: ReadonlySet<string> = new Set('作镇');
/** The characters of {@link NOT_IN_GIVEN_NAMES}, for a lookup each. */
export const NOT_IN_GIVEN_NAME_CHARS: ReadonlySet<string> = new Set(NOT_IN_GIVEN_NAMES);

/**
 * Characters of Tibetan, Uyghur, Kazakh and Mongolian names written in Chinese (达瓦次仁, 央金拉姆,
 * 阿不都热合曼, 巴特尔): a name without a surname is made mostly of them, unlike a phrase (创业激情).
 */
export const TRANSLITERATION_CHARS = new Set(
  (
    '达瓦次仁扎西顿珠央金拉姆多吉卓玛索朗平措格桑旺堆尼普布嘎德琼巴丹增洛强白曲珍贡加罗米久美边群培欧赤列旦' +
    '益喜泽登宗嘉参才让项秀吾斯塔杰卡木热阿不都合买提吐尔逊艾克江古丽努沙孜亚依明麦肉汗帕哈力别叶兰' +
    '乌其格那图雅额敦宝音朝鲁苏和孟特日根满都呼毕力胡勒图赛娜仁花夏' +
    // Amdo and Kham names (仁青永宗, 多杰冷智).
    '青永冷智'
  ).split(''),
);

/**
 * Last characters of nouns for people (候选人, 参赛者, 成员), and of a clause of when (议员质询时表示), never of a name
 * read without a known surname.
 */
export const NOT_BARE_NAME_ENDINGS = new Set('人们者员时'.split(''));
