/**
 * China's ethnic groups as they appear in the names of autonomous prefectures and counties
 * (迪庆藏族自治州, 伊犁哈萨克自治州, 长阳土家族自治县). Stripped, they leave the short name
 * the region goes by (迪庆, 伊犁, 长阳). Longest first, so 蒙古族 goes before 蒙古.
 */
export const ETHNIC_GROUPS: readonly string[] = (
  '柯尔克孜族 柯尔克孜 哈萨克族 哈萨克 维吾尔族 维吾尔 塔吉克族 塔吉克 乌孜别克族 鄂温克族 鄂温克 达斡尔族 鄂伦春族 蒙古族 蒙古 ' +
  '朝鲜族 土家族 布依族 傈僳族 景颇族 仡佬族 毛南族 仫佬族 纳西族 哈尼族 拉祜族 佤族 傣族 藏族 羌族 彝族 苗族 侗族 瑶族 壮族 ' +
  '回族 满族 白族 畲族 水族 黎族 土族 撒拉族 保安族 东乡族 裕固族 普米族 怒族 独龙族 基诺族 德昂族 布朗族 阿昌族 锡伯族 各族'
)
  .split(' ')
  .sort((a, b) => b.length - a.length);
