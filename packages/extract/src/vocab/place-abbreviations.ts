/**
 * One-character short names of provinces and of cities that migrant workers' stories use
 * after 在 (在粤务工人员, 在穗过年, 在京津冀务工): a place, not part of the noun after it.
 */
export const PLACE_ABBREVIATIONS = new Set([
  ...'京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔贵滇云藏陕秦甘陇青宁新港澳台',
  // Cities: Guangzhou, Shenzhen, Dongguan, Xiamen, Ningbo, Hangzhou, Fuzhou, Chengdu, Nanning, Wuhan.
  ...'穗深莞厦甬杭榕蓉邕汉',
]);

/**
 * The places those short names stand for where an event is held there (在京召开, 在穗举行, 在蓉落幕): the
 * municipalities, the provinces named alone in such news, and the cities above.
 */
export const SHORT_PLACE_NAMES: Readonly<Record<string, string>> = {
  京: '北京',
  津: '天津',
  沪: '上海',
  渝: '重庆',
  港: '香港',
  澳: '澳门',
  粤: '广东',
  闽: '福建',
  穗: '广州',
  深: '深圳',
  莞: '东莞',
  厦: '厦门',
  甬: '宁波',
  杭: '杭州',
  榕: '福州',
  蓉: '成都',
  邕: '南宁',
  汉: '武汉',
};
