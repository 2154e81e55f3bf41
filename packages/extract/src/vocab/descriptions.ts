/**
 * Descriptions the genre writes before a noun and its 的, which name nothing themselves: what is counted or what a
 * person is called follows the 的 (两场别开生面的相亲交友活动, 40位家喻户晓的大国工匠).
 */

/** Set phrases of praise or manner (别开生面, 家喻户晓, 爱岗敬业). */
export const DESCRIPTIONS_BEFORE_DE: readonly string[] = (
  '别开生面 独具特色 各具特色 别具一格 实力强劲 强劲 紧张激烈 丰富多彩 形式多样 精彩纷呈 ' +
  '家喻户晓 爱岗敬业 德技双馨 勇攀高峰'
).split(' ');

/** Verbs of meeting a standard or having a quality that open a description (25个符合条件的企业, 具有推广价值的…). */
export const DESCRIBING_VERBS: readonly string[] = '符合 具有 具备 验收 能够 能'.split(' ');
