/**
 * Honours conferred on people in the genre (劳动模范, 五一劳动奖章, 大国工匠, 优秀工会工作者),
 * and how the honour reads as a role: a medal or award makes its holder a 获得者
 * (全国五一劳动奖章 → 全国五一劳动奖章获得者); a title is the role itself (省劳动模范).
 */

/** Honours that are also what their holder is called (劳模谭建军, 全国劳动模范梁志武, …疫情先进个人汪某). */
export const HONOUR_TITLES =
  '劳动模范 劳模 先进工作者 先进个人 优秀工会工作者 工会积极分子 技术能手 大国工匠 工匠 年度人物'.split(' ');

/** Honour words an honour phrase ends with; the phrase runs left over its level and qualifiers. */
export const HONOURS = [
  ...HONOUR_TITLES,
  ...(
    '五一劳动奖章 劳动奖章 奖章 五一巾帼奖 巾帼建功标兵 标兵 三八红旗手 红旗手 优秀工会积极分子 工会积极分子 职工之友 最美职工 ' +
    '模范职工 道德模范 青年岗位能手 五四青年奖章 首席技师 技能大师 年度人物 荣誉称号 称号'
  ).split(' '),
  // 荣获“十佳绝活奖”: an award named in quotes.
  '奖”',
];

/** An award only bodies win (全国五一劳动奖状, beside the medal its people win): no person's role. */
export const BODIES_AWARD = /奖状$/;
/** A medal named bare after a body's award (全国五一劳动奖状、奖章): it shares the award's head. */
export const BARE_MEDAL = '奖章';

/** Honours that are medals or awards: their holder is a 获得者. */
export const AWARD_HONOUR = /(?:奖章|奖|勋章)$/;

/** The end of an honour phrase that is not part of the honour (称号, 荣誉称号). */
export const HONOUR_TAIL = /(?:荣誉)?称号$/;

/** An honour named by pointing back (荣获此荣誉称号, 获得该称号): the honour is named elsewhere, not here. */
export const HONOUR_ANAPHOR = /^(?:此|该|这|上述|这一|此项|该项)?$/;

/**
 * Places and prizes won in a contest (一等奖, 金奖, 第一名, 冠军), with the group they were won in
 * (个人组一等奖): as a role, written after the contest the article tells of (…技能大赛决赛第一名).
 */
export const PRIZES = '特等奖 一等奖 二等奖 三等奖 优秀奖 金奖 银奖 铜奖 冠军 亚军 季军 第一名 第二名 第三名'.split(
  ' ',
);
export const PRIZE_GROUPS = '个人组 团体组 个人赛 团体赛 个人 团体'.split(' ');
/** A prize or a place of any rank (一等奖, 第十名), as a regex source without a group. */
export const PRIZE_SOURCE = `(?:${PRIZES.join('|')}|第[一二三四五六七八九十]{1,3}名)`;

/** What opens the list of an honour's winners after it (被命名为“…”的有10人, 荣获…标兵的是:). */
export const WINNERS_ARE: readonly string[] = ['的有', '的是'];

/** Callings of an honour's holder (获得者, 得主): the quoted honour right before one is part of the title. */
export const HONOUR_HOLDERS: readonly string[] = ['获得者', '得主'];
/** Scopes written before a quoted honour (全国“五一劳动奖章”获得者). */
export const HONOUR_SCOPES: readonly string[] = ['全国', '全省', '全市'];
