/**
 * Titles of those who head or serve a body.
 * TODO(merge): fold into the titles vocabulary when there is one module for titles.
 */
const HEADS =
  '主席 书记 会长 理事长 院长 校长 局长 主任 董事长 总经理 经理 部长 所长 站长 厂长 秘书长 队长 行长 社长 台长 馆长';

/** The head titles as words: a name read leftwards does not run over one (…工联会秘书长黄国及…). */
export const HEAD_TITLES = new Set(HEADS.split(' '));

/** A head's title right after a would-be name shows it names a body (四川省教科文卫工会主席王俊兵, 金隅集团党委副书记). */
export const HEAD_TITLE_AFTER = new RegExp(
  `^(?:党组|党委|常务)?(?:副|执行|名誉|兼职副?)?(?:${HEADS.replaceAll(' ', '|')})`,
);
