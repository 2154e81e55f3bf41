/** The page's languages: Chinese (the default, like the data) and English. */
export type Lang = 'zh' | 'en';

const LANG_STORAGE = 'reportgraph.lang';

/** The reader's language: `?lang=en` or a saved choice, else Chinese. */
export function currentLang(): Lang {
  const asked = new URLSearchParams(globalThis.location?.search ?? '').get('lang');
  if (asked === 'en' || asked === 'zh') return asked;
  return globalThis.localStorage?.getItem(LANG_STORAGE) === 'en' ? 'en' : 'zh';
}

/** Saves the reader's language (the caller re-renders). */
export function setLang(lang: Lang): void {
  localStorage.setItem(LANG_STORAGE, lang);
  document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : 'en';
}

/** Chinese for each English phrase of the page (the English is the key). */
const ZH: Readonly<Record<string, string>> = {
  'Explore the report graph': '浏览报道图谱',
  'Search an organization, a person, a metric or a division code above, e.g.':
    '在上方搜索组织、人物、指标或行政区划代码，例如',
  or: '或',
  '.': '。',
  Cities: '城市',
  Unions: '工会',
  Files: '文件',
  'More files': '更多文件',
  Loading: '正在加载',
  'Loading…': '加载中…',
  People: '人物',
  Events: '事件',
  'Unions beneath': '下级工会',
  Neighbourhood: '关系图',
  Metrics: '指标',
  Figures: '数据',
  Sources: '出处',
  Roles: '职务',
  Reported: '报道',
  Organizers: '主办',
  Participants: '参与者',
  Divisions: '下级区划',
  'Only the first items are shown.': '仅显示前几项。',
  'Place:': '地区：',
  'Part of': '隶属',
  'Also called': '又称',
  Code: '代码',
  within: '属于',
  Of: '对象',
  'a target': '目标值',
  'a change': '变化量',
  'over time': '历年变化',
  'across places and organizations': '各地区与组织比较',
  'Nothing extracted.': '未抽取到内容。',
  'Not found': '未找到',
  'Nothing here': '这里没有内容',
  'This page does not exist, or the item was removed when its file was deleted.':
    '该页面不存在，或其所属文件已被删除。',
  'Back to the start page': '返回首页',
  'Search results': '搜索结果',
  'No match for': '没有匹配',
  'Names are matched from their start: try 佛山 or 李.': '按名称开头匹配：试试“佛山”或“李”。',
  'Search organizations, people, metrics, places… e.g. 佛山': '搜索组织、人物、指标、地区……例如 佛山',
  Search: '搜索',
  'Upload a page': '上传版面',
  File: '文件',
  'Publication date': '发布日期',
  Upload: '上传',
  'Uploading…': '正在上传…',
  'Waiting for the ingest…': '正在处理…',
  'Show types': '显示类型',
  'Click a node to open it; double-click to expand its neighbours here.': '单击节点打开页面；双击在此展开其相邻节点。',
  'Two hops': '两跳',
  'The graph is still loading': '图谱仍在加载',
  'sample pages are in; answers are partial until all are.': '个示例版面已载入；全部载入前结果不完整。',
  'The API cannot be reached.': '无法连接 API。',
  'This API needs a key (x-api-key):': '此 API 需要密钥（x-api-key）：',
  Error: '错误',
  Published: '发布',
  Articles: '文章',
  Organization: '组织',
  Person: '人物',
  Event: '事件',
  Metric: '指标',
  Place: '地区',
  Article: '文章',
  Document: '文件',
  organized: '主办',
  'part of': '隶属',
  in: '位于',
  MEASURES: '衡量',
  'More…': '更多…',
};

/** Chinese names of enum values (kinds, event types, parts, levels, statuses, qualifiers). */
const ENUM_ZH: Readonly<Record<string, string>> = {
  ASSOCIATION: '协会',
  COMPANY: '企业',
  GOVERNMENT: '政府机构',
  OTHER: '其他',
  PARTY: '党组织',
  SCHOOL: '学校',
  TEAM: '团队',
  UNION: '工会',
  ACTIVITY: '活动',
  CAMPAIGN: '专项行动',
  CEREMONY: '仪式',
  COMPETITION: '竞赛',
  MEETING: '会议',
  TRAINING: '培训',
  VISIT: '走访',
  ATTENDED: '出席',
  CHAIRED: '主持',
  SPOKE: '讲话',
  WON: '获奖',
  DONE: '完成',
  FAILED: '失败',
  PENDING: '等待',
  PROCESSING: '处理中',
  CITY: '市',
  COUNTY: '县区',
  PROVINCE: '省',
  TOWN: '镇街',
  APPROXIMATE: '约',
  AT_LEAST: '至少',
  AT_MOST: '至多',
  EXACT: '精确',
  ORGANIZED: '主办',
  PART_OF: '隶属',
  IN: '位于',
  MEASURES: '指标',
  HOLDS_ROLE: '任职',
};

/**
 * The phrase in the reader's language.
 *
 * @example
 * t('People') // → '人物' (Chinese page), 'People' (?lang=en)
 */
export function t(phrase: string, lang: Lang = currentLang()): string {
  return lang === 'en' ? phrase : (ZH[phrase] ?? phrase);
}

/**
 * An enum value (`UNION`, `SPOKE`, `DONE`…) for the reader: Chinese, or lower-case English.
 *
 * @example
 * enumLabel('SPOKE') // → '讲话'
 */
export function enumLabel(value: string | null | undefined, lang: Lang = currentLang()): string {
  if (!value) return '';
  return lang === 'en' ? value.toLowerCase().replace(/_/g, ' ') : (ENUM_ZH[value] ?? value);
}

/** Chinese measure words and English nouns of the things the page counts. */
const COUNTED: Readonly<Record<string, { zh: string; one: string; many: string }>> = {
  article: { zh: '篇文章', one: 'article', many: 'articles' },
  metric: { zh: '项指标', one: 'metric', many: 'metrics' },
  organization: { zh: '个组织', one: 'organization', many: 'organizations' },
  person: { zh: '人', one: 'person', many: 'people' },
  event: { zh: '个事件', one: 'event', many: 'events' },
  file: { zh: '个文件', one: 'file', many: 'files' },
};

/**
 * A count with its noun: `3 篇文章` in Chinese; `1 article`, `2 articles` in English.
 *
 * @example
 * countOf(1, 'article', 'en') // → '1 article'
 * countOf(1, 'article', 'zh') // → '1 篇文章'
 */
export function countOf(n: number, noun: keyof typeof COUNTED, lang: Lang = currentLang()): string {
  const word = COUNTED[noun] ?? { zh: noun, one: noun, many: noun };
  if (lang === 'zh') return `${n} ${word.zh}`;
  return `${n} ${n === 1 ? word.one : word.many}`;
}
