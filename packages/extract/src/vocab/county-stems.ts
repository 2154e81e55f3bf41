/**
 * Words that end in the first character of a place's name (完成 of 成县, 示范 of 范县, 提高 of 高县,
 * 莅临 of 临县, 部分 of 分乡镇): 全面完成县委交给的任务 names no 成县, 莅临县人大 no 临县, 部分乡镇 no
 * town. Places written after any other word (举行青县…, 为曹县…) are the place.
 */
export const WORDS_ENDING_IN_PLACE_STARTS = new Set(
  (
    '完成 形成 建成 组成 构成 达成 造成 促成 变成 示范 模范 规范 提高 复兴 振兴 重新 创新 信息 ' +
    // 隆重庆祝: 重 of 隆重 (grandly), not 重庆; 中山西社区, 中山东部: 山 of 中山, not 山西 or 山东.
    '隆重 中山 ' +
    // Not 来临: 来临沧市调研 is a trip to 临沧 (来 + the place).
    '莅临 光临 亲临 面临 部分 ' +
    // 积极响应县委号召: 应 of 响应 (answering a call), not 应县.
    '响应 呼应 回应 适应 供应 对应 相应 ' +
    // 滨海城市建设: 海 of 滨海 (by the sea), not 海城市.
    '滨海 沿海'
  ).split(' '),
);

/**
 * 代县长, 代市长: an acting head (代 before the office), not the head of 代县, which is written in full
 * (代县县长).
 */
export const ACTING_HEAD = /^代[县市区]长/;
