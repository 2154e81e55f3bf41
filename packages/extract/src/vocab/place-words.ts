/**
 * Districts whose full name is an everyday word for a part of any city: 城区 (downtown), 郊区
 * (the suburbs), 矿区 (a mining area). 阳泉市, 晋城市 and 铜陵市 have districts so named, but
 * running text means the word far more often (在雁江城区建立站点, 矿区工会主席), so they are read as
 * those districts only right after their city (阳泉市矿区总工会).
 */
export const GENERIC_DISTRICT_NAMES = new Set(['城区', '郊区', '矿区']);

/** "This" before a region's short name (本港, 本澳): the page's own region. */
export const HERE_WORD = '本';
/** Short names of the regions whose bodies are written bare after 本 (本港劳工处, 本澳劳工事务局). */
export const HERE_REGIONS = new Set(['港', '澳']);

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
