/**
 * Countries by their usual Chinese names (general vocabulary). Several open with a character
 * that is also a surname (乌克兰, 韩国, 马来西亚, 伊朗), so a headline like 乌克兰指… would read
 * as a name and its verb.
 */
export const COUNTRIES = new Set(
  (
    '中国 美国 英国 法国 德国 日本 韩国 朝鲜 俄罗斯 乌克兰 印度 印尼 印度尼西亚 巴西 巴基斯坦 沙特 伊朗 伊拉克 ' +
    '以色列 越南 泰国 缅甸 老挝 柬埔寨 菲律宾 马来西亚 新加坡 文莱 蒙古 澳大利亚 新西兰 加拿大 墨西哥 古巴 ' +
    '智利 秘鲁 阿根廷 意大利 西班牙 葡萄牙 荷兰 比利时 瑞士 瑞典 挪威 芬兰 丹麦 波兰 捷克 罗马尼亚 希腊 ' +
    '土耳其 埃及 南非 苏丹 安哥拉 孟加拉 尼泊尔 阿富汗 黎巴嫩 卢森堡 叙利亚 阿联酋 哈萨克斯坦 乌兹别克斯坦'
  ).split(' '),
);
