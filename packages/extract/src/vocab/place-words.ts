/**
 * Districts whose full name is an everyday word for a part of any city: 城区 (downtown), 郊区
 * (the suburbs), 矿区 (a mining area). 阳泉市, 晋城市 and 铜陵市 have districts so named, but
 * running text means the word far more often (在雁江城区建立站点, 矿区工会主席), so they are read as
 * those districts only right after their city (阳泉市矿区总工会).
 */
export const GENERIC_DISTRICT_NAMES = new Set(['城区', '郊区', '矿区']);

/** A community's and a village's generic word, after the words that name it (勤德家园社区, 狮子口村). */
export const SETTLEMENT_WORDS = ['社区', '村'];

/** "This" before a region's short name (本港, 本澳): the page's own region. */
export const HERE_WORD = '本';
/** Short names of the regions whose bodies are written bare after 本 (本港劳工处, 本澳劳工事务局). */
export const HERE_REGIONS = new Set(['港', '澳']);

/**
 * Hong Kong's and Macau's districts and the areas addresses name (湾仔, 尖沙咀, 氹仔), which the gazetteer of the
 * mainland's divisions lacks: written right before the region's own name (湾仔香港君悦酒店), they say where a
 * body is, not what it is called.
 */
export const SPECIAL_REGION_DISTRICTS: ReadonlyMap<string, readonly string[]> = new Map([
  [
    '香港',
    '中西区 湾仔 东区 南区 油尖旺 深水埗 九龙城 黄大仙 观塘 葵青 荃湾 屯门 元朗 北区 大埔 沙田 西贡 离岛 中环 金钟 铜锣湾 尖沙咀 旺角 北角 九龙'.split(
      ' ',
    ),
  ],
  ['澳门', '氹仔 路氹 路环 新口岸 花地玛堂区 大堂区 风顺堂区 望德堂区 嘉模堂区'.split(' ')],
]);

/**
 * The generic words a development zone's name ends with (南昌高新区, 松江经开区, 曲江新区): written alone, they stand
 * for the zone the article names (高新区党工委书记), longest first.
 */
export const ZONE_WORDS = [
  '高新技术产业开发区',
  '经济技术开发区',
  '经济开发区',
  '高新区',
  '经开区',
  '开发区',
  '新区',
  '园区',
];
/** A zone's own bodies, which a district does not have (区党工委, 区管委会): after a bare 区 they are the zone's. */
export const ZONE_BODIES = ['党工委', '管委会'];
