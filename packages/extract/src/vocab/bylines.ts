/**
 * Bylines and credits: the roles a news item names its reporters, correspondents, authors
 * and photographers by, and the newsroom pen-names that are not people. The one source for
 * byline words: page/normalize.ts, page/segment.ts and entities/people.ts build their
 * patterns from it.
 */

/** Roles that open a byline (本报讯(记者甲 通讯员乙), 记者甲报道), longest first in patterns. */
export const REPORTER_ROLES = [
  '全媒体记者',
  '融媒体记者',
  // The same roles written short (湖北日报全媒记者 甲, 本报讯(融媒记者甲 乙)).
  '全媒记者',
  '融媒记者',
  '本报记者',
  '本报通讯员',
  // A magazine's own reporter (本刊记者), as a paper's is 本报记者.
  '本刊记者',
  '特约记者',
  '见习记者',
  '实习记者',
  '首席记者',
  '摄影记者',
  '记者',
  '特约通讯员',
  '通讯员',
  '实习生',
] as const;

/** What every reporter's role contains: a quick test before the byline patterns. */
export const REPORTER_WORDS = ['记者', '通讯员', '实习生'];

/** Every byline role: the reporters' roles and those of photo credits and signed pieces. */
export const BYLINE_ROLES = [...REPORTER_ROLES, '摄影', '视频', '作者'] as const;

const longestFirst = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join('|');

/** Regex source (an alternation, no group) for a reporter's role. */
export const REPORTER_ROLE_SOURCE = longestFirst(REPORTER_ROLES);

/** Regex source (an alternation, no group) for any byline role. */
export const BYLINE_ROLE_SOURCE = longestFirst(BYLINE_ROLES);

/**
 * The outlet a reporter's role may be written with (海西晨报记者, 人民网记者, a paper and its site
 * joined by a dash, a dot or a slash: 工人日报-中工网记者, 工人日报—中工网记者 (or ——), 中国妇女报·中华女性网记者,
 * 青岛日报/观海新闻记者; not a credit's 文/ or 图/):
 * a run ending in a newspaper, site, station or agency word (or a press group, 宁夏日报报业集团, or a county's
 * media centre, 融媒体中心, 龙岗融媒), and the paper's own video or app
 * channel after a dot (大河报·豫视频记者, 南方日报·南方+记者). No outlet holds 由 (本组图片由本报记者: the
 * photos are by the paper's reporter).
 */
export const OUTLET_SOURCE =
  '(?:(?!由)[\\p{Script=Han}A-Za-z]){1,10}(?:(?:[-－–·・]|—{1,2}|(?<![文图])[/／])[\\p{Script=Han}A-Za-z]{1,8})?(?:报业集团|传媒集团|融媒体中心|融媒|报|网|台|社|新闻|杂志|客户端)(?:[·・][\\p{Script=Han}A-Za-z]{1,6}\\+?)?';

/**
 * Papers whose names open with a county's, a district's or a county-level city's name but are not
 * its paper (光明日报 of Beijing, not 深圳光明区; 新民晚报 of Shanghai, not 新民市).
 */
export const OUTLETS_NAMED_LIKE_PLACES: ReadonlySet<string> = new Set(
  '光明日报 光明网 解放日报 新民晚报 新民周刊 江南都市报'.split(' '),
);

/** A reporter stationed in a place (驻昆山记者 周函), as a regex source: the role's own prefix, not an outlet. */
export const STATIONED_SOURCE = '驻[\\p{Script=Han}]{2,4}';

/**
 * A newsroom pen-name (a place abbreviation followed by 工, 工宣 or 宣: 花都工, 珠工宣), a department
 * signing (宣教部, 院工会) or a credit word (文摄, 制图, 报道, 投稿, 下同), not a person.
 */
export const PEN_NAME =
  /(?:工|工宣|宣|工会|部|办|处|室|局|委|组|站|社)$|^(?:文摄|文图|图文|摄影|制图|报道|报导|投稿|供稿|来稿|下同|同上)$/;

/** A pen-name written before a reporter's role in a byline (乐工记者甲, 夹工 记者 甲), as a regex source. */
export const PEN_NAME_SOURCE = '[\\p{Script=Han}]{1,3}工宣?';

/** A photo credit's tail after the names: 摄, /摄, 摄影, 供图, 报道. */
export const CREDIT_TAIL =
  /(?:[/／]\s*(?:[\p{Script=Han}]{2,3}(?=报[道导]))?)?(?:翻摄|摄(?:影)?|报道|报导|供图|文[/／]图|图[/／]文)\s*$/u;

/**
 * The box a paper sets before its authors' names on a line of their own (□王某新 陈某星, □曹某露 孙某健
 * 文/图; ◎ on a commentary's or a county paper's: ◎星沙时报记者 甲 乙): the line is a byline wherever it stands.
 */
export const AUTHOR_MARK = /^[□■◎]\s*/;

/** The role of a signed piece's author (作者:王哲, a trailing (甲 乙)). */
export const AUTHOR_ROLE = '作者';

/** The role of a photo credit without a role (莫雪芝 摄). */
export const PHOTO_ROLE = '摄影';

/**
 * Labels of a credit in brackets and whom they credit ((文 甲 乙), (文字:甲 摄影:乙), (图/甲 文/乙 编辑/丙)):
 * writers are authors, pictures the photographer's; an editor is left out (optional furniture).
 */
export const CREDIT_LABELS: Readonly<Record<string, 'author' | 'photo' | 'editor'>> = {
  文字: 'author',
  图文: 'author',
  文图: 'author',
  文: 'author',
  图: 'photo',
  图片: 'photo',
  摄影: 'photo',
  编辑: 'editor',
  责编: 'editor',
};

/** A credit naming the photographer after 摄 (…一隅。摄/吴某楠), as a regex source with the name in a group. */
export const PHOTOGRAPHER_AFTER_SOURCE = '摄(?:影)?\\s*[/／:：]\\s*([\\p{Script=Han}]{2,4})';

/**
 * The roles a page's sign-off line names its writers, editors and reviewers by (撰稿人:甲, 责编:甲、乙,
 * 责任编辑:甲, 编辑 甲 二审 乙 三审 丙).
 */
export const EDITOR_ROLES = (
  '责任编辑 责编 编辑 编审 校对 审校 审稿 核稿 审核 初审 二审 复审 三审 终审 签发 ' +
  // 撰稿人:甲, 拟稿人:乙: the piece's writer, labelled as its editors are; so are who supplied the piece (供稿:甲,
  // 供稿人:甲 乙) and its text (文稿:甲).
  '撰稿人 撰稿 拟稿人 拟稿 供稿人 供稿 文稿'
).split(' ');

/** A web page's date or source line (2025年03月17日09:05 来源:工人日报, 发布时间:…). */
export const DATE_LINE = /^\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}|来源[:：]|发布时间/;

/** A paper's or agency's own dateline, as a regex source: 本报讯, 本报广州10月29日电, 新华社北京10月2日电. */
export const DATELINE_SOURCE = '本报讯|本报[\\p{Script=Han}\\d]{0,12}(?:电|讯)|新华社[\\p{Script=Han}\\d]{0,12}电';

/**
 * Another outlet's dateline before a space or a bracket, as a regex source (中工网讯 ,
 * 石榴云/新疆日报讯(记者…), 中新网东莞10月12日电(张璐)): it opens a paragraph, but the byline
 * readers take its outlet and bracket with it.
 */
export const OUTLET_DATELINE_SOURCE = '[\\p{Script=Han}/]{2,12}(?:\\d{1,2}月\\d{1,2}日)?[讯电](?=[\\s(（])';

/** A dateline's last words right before a bracket, which then holds its byline (…电 (江某), …讯(记者…)). */
export const BEFORE_DATELINE_BYLINE = /[讯电]\s*$/;

/** The last word of a signature that credits photographers ((甲 摄), 甲 乙 摄影). */
export const PHOTO_CREDIT_WORDS: ReadonlySet<string> = new Set(['摄', '摄影']);

/**
 * The 记 ("of") a profile's subtitle opens with after its dash (——记中建钢构有限公司总工程师甲): no part of the body or
 * the title named after it.
 */
export const PROFILE_OF = '记';
