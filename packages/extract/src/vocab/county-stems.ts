/**
 * Words that end in the one character a county's name is made of (完成 of 成县, 示范 of 范县,
 * 提高 of 高县): 全面完成县委交给的任务 names no 成县. Counties written after any other word
 * (举行青县…, 为曹县…) are the county.
 */
export const WORDS_ENDING_IN_COUNTY_STEMS = new Set(
  '完成 形成 建成 组成 构成 达成 造成 促成 变成 示范 模范 提高 复兴 振兴 重新 创新 信息'.split(' '),
);
