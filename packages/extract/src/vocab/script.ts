/**
 * Characters the simplified script writes two ways where the traditional writes one. 著 stands
 * for both 着 (带著 = 带着, the aspect particle) and 著 (著名, 显著); these say when it is 著.
 */

/** Characters after which 著 is 著 (显著, 卓著, 编著, 原著, 土著, 专著, 名著, 巨著, 论著, 合著, 撰著, 遗著, 新著, 拙著, 译著, 昭著). */
export const ZHU_AFTER = new Set([...'显卓编原土专名巨论合撰遗新拙译昭']);

/** Characters before which 著 is 著 (著名, 著作, 著称, 著述, 著录, 著者, 著书). */
export const ZHU_BEFORE = new Set([...'名作称述录者书']);

/** Variant forms the folding table leaves alone, and the form the genre writes (陜西 is 陕西). */
// 丨, a radical no word holds, stands as the bar between a site's sections (楚雄大姚丨县总工会…).
export const VARIANT_FORMS: Readonly<Record<string, string>> = { 陜: '陕', 廼: '迺', 丨: '|' };
