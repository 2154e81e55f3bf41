/**
 * One-character short names of provinces and of cities that migrant workers' stories use
 * after 在 (在粤务工人员, 在穗过年, 在京津冀务工): a place, not part of the noun after it.
 */
export const PLACE_ABBREVIATIONS = new Set([
  ...'京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔贵滇云藏陕秦甘陇青宁新港澳台',
  // Cities: Guangzhou, Shenzhen, Dongguan, Xiamen, Ningbo, Hangzhou, Fuzhou, Chengdu, Nanning, Wuhan.
  ...'穗深莞厦甬杭榕蓉邕汉',
]);
