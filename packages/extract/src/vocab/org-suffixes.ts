import type { OrganizationKind } from '@reportgraph/contract';

/**
 * General vocabulary for organization names: the suffixes that end them (with the kind
 * they imply), the words that stand before a name in running text, and the generic words
 * that make a name a category (各级工会, 企业工会) rather than a body.
 */

export interface SuffixRule {
  suffix: string;
  kind: OrganizationKind;
  /** Needs a place (佛山市, 区…) or a named body before it: 局, 政府, 中心 alone are not names. */
  needsPlace?: boolean;
}

export const SUFFIX_RULES: readonly SuffixRule[] = [
  { suffix: '工会联合会', kind: 'union' },
  { suffix: '总工会', kind: 'union' },
  { suffix: '工联会', kind: 'union' },
  { suffix: '工会', kind: 'union' },
  { suffix: '工委', kind: 'union', needsPlace: true },
  { suffix: '工作联盟', kind: 'union' },
  { suffix: '人大常委会', kind: 'government', needsPlace: true },
  { suffix: '人民政府', kind: 'government', needsPlace: true },
  { suffix: '政府', kind: 'government', needsPlace: true },
  { suffix: '委员会', kind: 'government', needsPlace: true },
  { suffix: '管委会', kind: 'government', needsPlace: true },
  { suffix: '办事处', kind: 'government', needsPlace: true },
  { suffix: '局', kind: 'government', needsPlace: true },
  { suffix: '厅', kind: 'government', needsPlace: true },
  { suffix: '党支部', kind: 'party', needsPlace: true },
  { suffix: '党委', kind: 'party', needsPlace: true },
  { suffix: '省委', kind: 'party' },
  { suffix: '市委', kind: 'party' },
  { suffix: '区委', kind: 'party' },
  { suffix: '县委', kind: 'party' },
  { suffix: '镇委', kind: 'party' },
  { suffix: '团委', kind: 'party', needsPlace: true },
  { suffix: '股份有限公司', kind: 'company' },
  { suffix: '有限责任公司', kind: 'company' },
  { suffix: '有限公司', kind: 'company' },
  { suffix: '集团', kind: 'company' },
  { suffix: '公司', kind: 'company' },
  { suffix: '大学', kind: 'school' },
  { suffix: '学院', kind: 'school' },
  { suffix: '职校', kind: 'school' },
  { suffix: '技校', kind: 'school' },
  { suffix: '学校', kind: 'school' },
  { suffix: '中学', kind: 'school' },
  { suffix: '小学', kind: 'school' },
  { suffix: '夜校', kind: 'school' },
  { suffix: '协会', kind: 'association' },
  { suffix: '学会', kind: 'association' },
  { suffix: '商会', kind: 'association' },
  { suffix: '研究会', kind: 'association' },
  { suffix: '促进会', kind: 'association' },
  { suffix: '联合会', kind: 'association' },
  { suffix: '救援队', kind: 'team' },
  { suffix: '服务队', kind: 'team' },
  { suffix: '突击队', kind: 'team' },
  { suffix: '志愿队', kind: 'team' },
  { suffix: '宣讲团', kind: 'team' },
  { suffix: '艺术团', kind: 'team' },
  { suffix: '工作室', kind: 'team' },
  { suffix: '服务中心', kind: 'other', needsPlace: true },
  { suffix: '中心', kind: 'other', needsPlace: true },
  { suffix: '文化宫', kind: 'other', needsPlace: true },
  { suffix: '工人俱乐部', kind: 'other', needsPlace: true },
  { suffix: '驿站', kind: 'other', needsPlace: true },
  { suffix: '纪念馆', kind: 'other', needsPlace: true },
  { suffix: '医院', kind: 'other', needsPlace: true },
];

export const SUFFIX_BY_TEXT = new Map(SUFFIX_RULES.map((r) => [r.suffix, r]));

/** One regex over all suffixes, longest first. */
export const SUFFIX_PATTERN = new RegExp(
  [...SUFFIX_RULES]
    .map((r) => r.suffix)
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'g',
);

/** Characters right after a suffix that show it is part of a longer word (救援队员, 中心组, 工会工作者). */
export const FALSE_SUFFIX_FOLLOWERS: Readonly<Record<string, RegExp>> = {
  工会: /^(?:员|会员|法|干部|经费|主席|组织|工作者|会计|小组|议题)/,
  总工会: /^(?:员)/,
  救援队: /^员/,
  服务队: /^员/,
  中心: /^(?:组|城区|区域|任务|工作|环节|思想|位置|地位|内容)/,
  局: /^(?:面|势|限|部)/,
  委员会: /^(?:委员)/,
  学院: /^(?:派|风)/,
  公司: /^(?:法|制)/,
  集团: /^(?:化|军)/,
};

/** Words ending right before 局 that make it an everyday word (格局, 大局, 开局). */
export const NOT_BUREAU = /(?:格|布|大|全|结|开|当|时|政|赛|饭|骗|残|僵|定|终|败|胜|变|新|棋|牌|邮|药|书)$/;

/** Verbs and prepositions that stand before a name in running text: the name starts after them. */
export const ORG_STOP_WORDS = new Set(
  (
    '在 由 同 向 对 为 被 把 将 从 到 据 让 给 等 的 了 是 即 以 并 还 也 都 又 已 于 均 共 各 该 其 这 此 受 请 至 赴 往 邀 携 率 获 ' +
    '联合 邀请 走进 来到 组织 举办 开展 召开 推荐 依托 参加 参与 承办 主办 协办 会同 携手 成立 组建 建立 打造 培育 授予 获评 获得 ' +
    '荣获 支持 推动 带领 率领 前往 深入 走访 慰问 调研 看望 出席 主持 表示 介绍 当选 选举 发布 印发 出台 通过 审议 听取 作为 包括 ' +
    '涵盖 覆盖 发挥 加入 入驻 实地 督导 考察 检查 视察 联系 对接 帮助 协助 提供 吸引 号召 动员 引导 鼓励 要求 强调 指出 认为 显示 ' +
    '根据 按照 围绕 结合 针对 面向 借助 利用 落实 贯彻 学习 传达 深化 推进 聚焦 完善 健全 加强 强化 探索 构建 搭建 设立 设置 开设 ' +
    '推出 发起 启动 牵头 负责 协调 配合 分管 所属 隶属 下属 旗下 毗邻 位于 地处 来自 成为 属于 授旗 授牌 揭牌 挂牌 命名 认定 评为 ' +
    '确定 提请 实地调研 调研组 召集 邀约 走入 进驻 选派 派出 抽调 获颁 颁发 颁授 表彰 感谢 致信 致函 指导 实施 开启 迎来 再添 新增 ' +
    '培训 助力 庆祝 纪念 推选 举行 签订 签署 共建 联建 创建 部署 动员 报告 汇报 代表 与会 各级 全体 相关 有关 上级 基层 所有 广大'
  ).split(' '),
);

/** Conjunctions that join two names; they end a name only when a complete name stands to their left. */
export const CONJUNCTIONS = new Set(['和', '及', '与', '暨', '或']);

/** Words that alone (or together) make a name generic: 各级工会, 企业工会, 先行示范工联会, 工匠学院. */
export const GENERIC_WORDS = (
  '各级 基层 上级 相关 有关 全体 所有 广大 链上 企业 产业 行业 社区 园区 村 新时代 先行示范 示范 模范 省级 市级 区级 县级 镇级 ' +
  '国家级 爱心 户外 劳动者 职工 工人 技术 创新 团队 人才 服务 志愿 志愿者 党群 妇女 青年 工匠 劳模 技能 大师 名师 培训 ' +
  '该 本 我 这 各 多 一 一家 多家 两家 母 子 分 联盟 集体 非公 民营 国有 外资 私营 中小 小微 龙头 骨干 重点 头部 电商 平台 ' +
  '物流 外卖 快递 家政 维权 法律 心理 关爱 帮扶 困难 单位 机关 事业 学校 医院 银行 工作 链 乡镇 镇 街道 区 市 县 省 ( ) 、 ' +
  '中职 高职 职业 中小 中等 高等 技工 普通 公办 民办'
).split(' ');

/** Phrases before a name that make it an honour or a category being conferred (被确定为…工作室). */
export const HONOUR_BEFORE =
  /(?:评为|确定为|培育为|命名为|认定为|授予|获评|荣获|获得|创建为|打造成|建成)(?:\d{4}\s?年度?)?\s*$/;

/** Nationally known bodies and their short forms. */
export const NATIONAL_ORGS: ReadonlyArray<{ name: string; aliases: string[]; kind: OrganizationKind }> = [
  { name: '中华全国总工会', aliases: ['全国总工会', '全总'], kind: 'union' },
  { name: '中共中央', aliases: ['党中央'], kind: 'party' },
  { name: '国务院', aliases: [], kind: 'government' },
  { name: '全国人大常委会', aliases: [], kind: 'government' },
  // The State Council's ministries and commissions, and the national people's organizations.
  { name: '国家发展和改革委员会', aliases: ['国家发展改革委', '国家发改委'], kind: 'government' },
  { name: '教育部', aliases: [], kind: 'government' },
  { name: '科学技术部', aliases: ['科技部'], kind: 'government' },
  { name: '工业和信息化部', aliases: ['工信部'], kind: 'government' },
  { name: '公安部', aliases: [], kind: 'government' },
  { name: '民政部', aliases: [], kind: 'government' },
  { name: '司法部', aliases: [], kind: 'government' },
  { name: '财政部', aliases: [], kind: 'government' },
  { name: '人力资源和社会保障部', aliases: ['人力资源社会保障部', '人社部'], kind: 'government' },
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
  { name: '共青团中央', aliases: ['团中央'], kind: 'association' },
  { name: '中华全国妇女联合会', aliases: ['全国妇联'], kind: 'association' },
  { name: '中华全国工商业联合会', aliases: ['全国工商联'], kind: 'association' },
  { name: '中国科学技术协会', aliases: ['中国科协'], kind: 'association' },
  { name: '中国企业联合会', aliases: ['中国企联'], kind: 'association' },
];
