/**
 * Words that place a page in Hong Kong or Macau when it names no mainland place: the regions'
 * own words for "the whole territory" and "here" (全港, 本澳), and district names that name
 * nowhere on the mainland. A union site there rarely writes 香港 on every page (工联会 visits
 * 观塘 and 葵青), and its short forms (工联会) are the region's bodies only on the region's pages.
 * Ambiguous names are left out: 沙田 (a Dongguan town), 西贡 (Saigon), 湾仔 (a Zhuhai district),
 * bare 九龙 (九龙坡区). Folded (simplified) forms: sentences are matched after folding.
 */

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

/** Hong Kong: territory words, its districts and new towns, its district councillors, its government's labour bodies. */
export const HONG_KONG_MARKERS = words(`
  全港 本港 港九 港岛 新界 九龙东 九龙西 九龙城 九龙塘 油尖旺 深水埗 黄大仙 观塘 葵青 荃湾 屯门 元朗 将军澳
  区议员 区议会
  港府 特首 劳工处 劳福局 劳工及福利局 积金局 强积金`);

/**
 * Macau: territory words, its islands, its labour bureau and its tripartite council, its federation of trade
 * unions (工联总会; Hong Kong's is 工联会) and its neighbourhood associations (青洲坊会, 台山坊众互助会).
 */
export const MACAU_MARKERS = words('全澳 本澳 澳府 氹仔 路环 路氹 劳工事务局 社会协调常设委员会 工联总会 坊会 坊众');

/** Taiwan's cities and counties, which the gazetteer does not list (none under 台湾省). */
export const TAIWAN_CITIES = words(`
  台北 新北 桃园 台中 台南 高雄 基隆 新竹 嘉义 苗栗 彰化 南投 云林 屏东 宜兰 花莲 台东 澎湖`);

/**
 * Taiwan: its cities and counties, its legislators, its cabinet and legislature, its currency and its
 * Ministry of Labor (勞動部, a name the mainland's ministry has not borne since 1998). A page that names no
 * mainland place and uses them is a Taiwanese page: its 全国总工会 is the 中华民国全国总工会.
 */
export const TAIWAN_MARKERS = [...TAIWAN_CITIES, '立委', '县议员', '行政院', '立法院', '新台币', '劳动部'];

/**
 * Hong Kong's functional constituencies, by which the papers name the legislators who sit for them
 * (劳工界李某, 选委界伍某问到): a seat before the name, as 议员 is.
 */
export const HONG_KONG_CONSTITUENCIES = words(`
  劳工界 选委界 选举委员会界别 商界 工业界 金融界 金融服务界 教育界 医学界 医疗卫生界 卫生服务界 法律界 会计界
  工程界 建筑测量都市规划及园境界 社会福利界 社福界 资讯科技界 科技创新界 地产及建造界 旅游界 航运交通界 保险界
  饮食界 进出口界 纺织及制衣界 批发及零售界 体育演艺文化及出版界 渔农界 乡议局 商界一 商界二 商界三 工业界一 工业界二
`);

/** The province-level codes of Taiwan, Hong Kong and Macau: regions whose bodies are named otherwise than the mainland's. */
/** Taiwan's province-level code. */
export const TAIWAN_CODE = '710000';

export const NON_MAINLAND_PROVINCES = new Set([TAIWAN_CODE, '810000', '820000']);
