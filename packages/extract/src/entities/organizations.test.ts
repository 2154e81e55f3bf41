import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../test-helpers.ts';
import { isGenericCore, parseChain } from './org-names.ts';
import { findArticleOrganizations, isAbbreviation } from './organizations.ts';

/** The organizations of a short text read as one article, in reading order. */
function orgNames(text: string, province?: string): string[] {
  const { sentences, ctx } = sentencesOf(text, province);
  const found = findArticleOrganizations(sentences, ctx);
  return sentences.flatMap((s) => (found.get(s) ?? []).map((o) => o.name));
}

describe('findOrganizations › region prefixes', () => {
  it('resolves 市总工会 to the city the article names', () => {
    expect(orgNames('清远市召开职工大会。清远市人大常委会副主任、市总工会主席出席。')).toEqual([
      '清远市人大常委会',
      '清远市总工会',
    ]);
  });

  it('keeps a brand’s capital letters in a company’s name (厦门ABB开关有限公司), not a file name’s or a stray letter', () => {
    expect(orgNames('厦门ABB开关有限公司工会主席邱某阳介绍。')).toContain('厦门ABB开关有限公司');
    expect(orgNames('图片1.JPG锡市第六中学举办活动。')).not.toContain('JPG锡市第六中学');
  });

  it('does read 和 right after a body’s suffix as the conjunction, not a surname (…集团和重庆云腾科技有限公司)', () => {
    const names = orgNames('长沙地铁集团和重庆云腾科技有限公司等8家单位组队参赛。');
    expect(names).toContain('重庆云腾科技有限公司');
    expect(names).not.toContain('庆云腾科技有限公司');
  });

  it('ends a name read leftwards at 和 after a ranked official’s name (副调研员张某和工人文化宫)', () => {
    expect(
      orgNames('澳门工联会一行在珠海市总工会副调研员张罗灿和工人文化宫负责同志陪同下参观。', '820000'),
    ).not.toContain('员张罗灿和工人文化宫');
  });

  it('reads art troupes, publishers and papers by their suffix (全总文工团, 中国工人出版社, 工人日报社)', () => {
    expect(orgNames('全总文工团的演员们为一线职工送上精彩演出。')).toContain('中华全国总工会文工团');
    expect(orgNames('中国工人出版社联合市总工会举办读书活动。')).toContain('中国工人出版社');
    expect(orgNames('工人日报社及全国总工会文工团到工地慰问。')).toEqual(
      expect.arrayContaining(['工人日报社', '中华全国总工会文工团']),
    );
    expect(orgNames('工人日报社及全国总工会文工团到工地慰问。')).not.toContain('工人日报社及全国总工会文工团');
    // A party committee's official paper is named after 机关报.
    expect(orgNames('中共泸州市委机关报泸州日报社报道。', '510000')).toEqual(['中共泸州市委', '泸州日报社']);
  });

  it('reads no body whose own words end in 和 before a bare kind (…会议和集团公司), but a short name’s 和 (合和集团)', () => {
    expect(orgNames('会议传达学习了中央企业群众工作会议和集团公司发展战略。')).toEqual([]);
    expect(orgNames('开展“三最”问题调查和集团公司签订集体合同工作。')).toEqual([]);
    expect(orgNames('合和集团主席胡某出席。', '810000')).toEqual(['合和集团']);
  });

  it('reads a stop word right before 集团 and a legal form, or a company’s union, inside the name (中建联合集团有限公司)', () => {
    expect(orgNames('青岛中建联合集团有限公司董事长袁某林出席。')).toEqual(['青岛中建联合集团有限公司']);
    expect(orgNames('包头钢铁联合有限责任公司工会主席王某出席。')).toContain('包头钢铁联合有限责任公司工会');
    expect(orgNames('市总工会联合青岛瑞丰集团有限公司举办招聘会。')).toContain('青岛瑞丰集团有限公司');
  });

  it('reads a word opening with a stop whole inside a name (给排水 of …给排水有限责任公司)', () => {
    expect(orgNames('小分队前往锡林浩特市给排水有限责任公司宣讲。')).toEqual(['锡林浩特市给排水有限责任公司']);
  });

  it('does not start a name with the conjunction that opens its clause (;与华电西藏能源有限公司…)', () => {
    expect(orgNames('活动很多;与华电西藏能源有限公司在大古水电站开展劳动竞赛。')).toEqual(['华电西藏能源有限公司']);
  });

  it('ends a name at a conjunction after another body’s suffix (…文旅体育局和纺织城工人文化宫), not inside a ministry’s name', () => {
    expect(orgNames('西安市灞桥区文旅体育局和纺织城工人文化宫联合承办比赛。')).toEqual([
      '西安市灞桥区文旅体育局',
      '纺织城工人文化宫',
    ]);
    expect(orgNames('西安市文化和旅游局举办活动。')).toEqual(['西安市文化和旅游局']);
  });

  it('writes a city’s district under its city when the page places it, though the article names only the district', () => {
    // 仓山区 is Fuzhou's alone; 鼓楼区 is in four cities, Fuzhou's on a Fujian page.
    expect(orgNames('仓山区总工会举办活动。')).toEqual(['福州市仓山区总工会']);
    expect(orgNames('鼓楼区总工会举办活动。', '350000')).toEqual(['福州市鼓楼区总工会']);
    // 新城区 is in Xi'an and Hohhot: with nothing to tell which, no city is written before it (its 工会 is its
    // federation all the same).
    expect(orgNames('新城区工会开展送温暖活动。')).toEqual(['新城区总工会']);
    // A county keeps the article's own writing: its name alone, when the article names no city.
    expect(orgNames('淳安县总工会举办活动。')).toEqual(['淳安县总工会']);
  });

  it('reads a mining area’s union (矿区工会) under no district of another province, and the city’s after it', () => {
    expect(orgNames('鹤岗市总工会主席徐某出席,矿区工会主席王某、市总工会副主席李某观摩。')).toEqual([
      '鹤岗市总工会',
      '矿区工会',
      '鹤岗市总工会',
    ]);
    expect(orgNames('阳泉市召开大会。城区总工会主席张某讲话。')).toEqual(['阳泉市城区总工会']);
  });

  it('ends a name at 联手 and reads no institute in 服务所联系的 (a verb after 所)', () => {
    expect(orgNames('泗洪县总工会联手县读书协会开展活动。')).toEqual(['泗洪县总工会', '泗洪县读书协会']);
    expect(orgNames('天门市总工会倾情服务所联系的5家规上企业。')).toEqual(['天门市总工会']);
  });

  it('writes a region’s 总 before a unit’s name out as its federation (市总困难职工帮扶中心 → 市总工会…)', () => {
    expect(orgNames('自贡市总困难职工帮扶中心成立10年来,帮扶了很多职工。')).toEqual(['自贡市总工会困难职工帮扶中心']);
    expect(orgNames('佛山市总工会职工服务中心开业。')).toEqual(['佛山市总工会职工服务中心']);
  });

  it('resolves 旗总工会 to the banner the article names (杭锦旗), as 县总工会 to its county', () => {
    expect(orgNames('市总工会主席李某检查指导杭锦旗工会工作。旗总工会党组书记倪某中陪同。', '150000')).toContain(
      '杭锦旗总工会',
    );
  });

  it('resolves 州总工会 to a prefecture named 州, never to a city whose name ends in 州 (惠州市)', () => {
    expect(orgNames('黔西南州召开会议,惠州市代表参加。州总工会主席出席。')).toContain('黔西南州总工会');
    expect(orgNames('惠州市代表团来访。州总工会主席出席。')).not.toContain('惠州市总工会');
  });

  it('resolves 市总工会 to a county-level city the article names in full when it names no prefecture (温岭市)', () => {
    expect(orgNames('浙江省温岭市新河镇举行协商会。市总工会代表出席。')).toContain('温岭市总工会');
    expect(orgNames('台州市召开会议。温岭市新河镇代表发言。市总工会代表出席。')).toContain('台州市总工会');
  });

  it('resolves 市总工会 to the county-level city the towns named are in, when the article names no prefecture (柘皋镇 → 巢湖市)', () => {
    expect(orgNames('分站:柘皋镇 黄麓镇 烔炀镇。市总工会召开全委会议。')).toContain('巢湖市总工会');
    expect(orgNames('合肥市召开会议。柘皋镇代表发言。市总工会代表出席。')).toContain('合肥市总工会');
  });

  it('resolves 市总工会 to the federation the article named in full before it, over a city named short since (邹城市总工会 … 青岛)', () => {
    const text = '山东省邹城市总工会组织职工赴青岛工人疗养院疗休养。下一步,市总工会将继续开展活动。';
    expect(orgNames(text)).not.toContain('青岛市总工会');
    expect(orgNames('徐州市总工会一行来到南通。南通市人大常委会副主任会见一行,市总工会主席陪同。')).toContain(
      '南通市总工会',
    );
    expect(orgNames('邹城市职工赴青岛工人疗养院疗休养。下一步,市总工会将继续开展活动。')).toContain('青岛市总工会');
  });

  it('reads a union named before 工会组织 and another item or 进行 (某医院工会组织、某局), not 各级工会组织', () => {
    expect(orgNames('林芝市人民医院工会组织、林芝市气象局进行调研。')).toContain('林芝市人民医院工会');
    expect(orgNames('各级工会组织、广大职工积极参与。')).toEqual([]);
  });

  it('ends a university at 大学 when 校 opens its team or grounds (…大学校队), and reads no union in 职工会议室', () => {
    expect(orgNames('冠军被某省某锰业有限公司聘请的山东科技大学校队摘取。')).toContain('山东科技大学');
    expect(orgNames('会议在华能某某发电厂职工会议室举行。').some((n) => n.endsWith('职工会'))).toBe(false);
  });

  it('reads the items of a list closed by 等单位 as bodies, a 幼儿园 among them (丁家小学、…东关幼儿园…等单位)', () => {
    expect(orgNames('巡讲走进丁家小学、弘毅小学、东关幼儿园、盛和小学等单位。')).toEqual([
      '丁家小学',
      '弘毅小学',
      '东关幼儿园',
      '盛和小学',
    ]);
    expect(orgNames('走访了企业、学校等单位。')).toEqual([]);
  });

  it('reads three or more school names in a row as schools (甲小学、乙学校、丙幼儿园分获…), not kinds of union', () => {
    expect(orgNames('最终,明德学校、青溪小学、东岭小学和启航幼儿园分获团体前四名。')).toEqual([
      '明德学校',
      '青溪小学',
      '东岭小学',
      '启航幼儿园',
    ]);
    expect(orgNames('最终,明德学校获得一等奖。')).toEqual([]);
    expect(orgNames('推行楼宇工会、市场工会、商圈工会等组建形式。')).toEqual([]);
  });

  it('starts a name after 辖区 (辖区中国邮政集团有限公司: the district’s, not part of the name)', () => {
    expect(orgNames('回兴街道总工会在辖区中国邮政集团有限公司开展慰问活动。')).toContain('中国邮政集团有限公司');
  });

  it('reads a region’s people’s congress, police branch and fire brigade (市人大, 区公安分局, 区消防救援大队)', () => {
    expect(orgNames('哈尔滨市委、市人大、市政府、市政协和市总工会领导出席。')).toContain('哈尔滨市人大');
    expect(orgNames('凌河区总工会先后来到凌河区公安分局、区人民法院慰问。')).toContain('锦州市凌河区公安分局');
    expect(orgNames('海城区总工会来到海城区消防救援大队慰问。')).toContain('北海市海城区消防救援大队');
    expect(orgNames('开展千人大比武活动。')).toEqual([]);
  });

  it('reads a region’s maternal and child health hospital and health commission (市妇幼保健院, 市卫计委)', () => {
    expect(orgNames('鄂州市总工会联合市妇幼保健院开展送健康活动。')).toContain('鄂州市妇幼保健院');
    expect(orgNames('抚顺市妇联、市总工会、市卫计委联合举办培训班。')).toContain('抚顺市卫生和计划生育委员会');
  });

  it('reads a body’s office in another city whole (人民政府驻广州办事处) and 共青团 as one word', () => {
    expect(orgNames('遵义市总工会联合遵义市人民政府驻广州办事处慰问务工人员。')).toContain(
      '遵义市人民政府驻广州办事处',
    );
    // 共青团 names the committee before its region: the region's own committee is not read off it.
    expect(orgNames('遵义市总工会联合共青团遵义市委员会慰问务工人员。')).not.toContain('遵义市委员会');
    expect(orgNames('广西壮族自治区总工会联合共青团广西壮族自治区委员会驻广东省工作委员会慰问农民工。')).toContain(
      '共青团广西壮族自治区委员会驻广东省工作委员会',
    );
  });

  it('leaves a year’s 年度 out of a name (2024年度优秀工会主席), and reads no body that opens with 首个', () => {
    expect(orgNames('宝鸡市凤翔区总工会为2024年度优秀工会主席代表颁奖。')).toEqual(['宝鸡市凤翔区总工会']);
    expect(orgNames('这标志着我省首个开发区总工会成立。')).toEqual([]);
    expect(orgNames('这是全国首家金鱼行业工会联合会。')).toEqual([]);
  });

  it('reads no body in 一 and a bare suffix after a place (福州一公司被处罚), but a name that opens with 一 (福州一建集团)', () => {
    expect(orgNames('福州一公司被处罚。')).toEqual([]);
    expect(orgNames('福州一建集团有限公司承建。')).toEqual(['福州一建集团有限公司']);
  });

  it('reads a state group’s bureau written by its number alone as a company (中铁一局, 中建三局, 中交二航局)', () => {
    expect(orgKinds('由中铁一局主办、城轨公司承办的竞赛开幕。')).toContain('中铁一局:company');
    expect(orgKinds('中建三局第一届优秀农民工评选工作正在开展。')).toEqual(['中建三局:company']);
    expect(orgKinds('中交二航局在武汉召开会议。')).toEqual(['中交二航局:company']);
    // A region's bureau is named by its place, not by a number.
    expect(orgNames('福州一局被处罚。')).toEqual([]);
  });

  it('reads 县委县政府 as the county’s party committee and its government, and a 产业园区 whole', () => {
    expect(orgNames('平江县召开大会。会议要求把思想统一到县委县政府决策部署上来。')).toEqual([
      '平江县委',
      '平江县人民政府',
    ]);
    expect(orgNames('湖南平江高新技术产业园区第一书记出席。')).toEqual(['湖南平江高新技术产业园区']);
  });

  it('keeps a group’s short name the article opens clauses with three times (徐矿集团), not one said once', () => {
    const text = '徐矿集团两名劳模载誉归来。徐矿集团专门举行欢迎会。会上,徐矿集团表示祝贺。';
    expect(orgNames(text)).toEqual(['徐矿集团', '徐矿集团', '徐矿集团']);
    expect(orgNames('徐矿集团专门举行欢迎会。')).toEqual([]);
  });

  it('reads no body from the unions of every town or of the district’s companies (各街镇总工会、区属公司工会)', () => {
    expect(orgNames('上海市青浦区总工会召开会议,各街镇总工会、区属公司工会领导参加。')).toEqual(['上海市青浦区总工会']);
  });

  it('reads no body from unions described by time, place or kind (新时期工会, 香港的主要工会, 用人单位工会)', () => {
    expect(orgNames('当好一名新时期工会主席。')).toEqual([]);
    expect(orgNames('企业、用人单位工会应当依法维权。')).toEqual([]);
  });

  it('reads no body from the unions of a place, of both sides or of a kind (当地工会, 双方总工会, 企事业工会)', () => {
    expect(orgNames('师市总工会和当地工会的工作人员参加。')).not.toContain('当地工会');
    expect(orgNames('代表双方总工会商定了有关事项。')).toEqual([]);
    expect(orgNames('坚持由企事业工会主席、职工代表组成职工方。')).toEqual([]);
    expect(orgNames('部分大中型企业工会主席约800人参加。')).toEqual([]);
  });

  it('reads no body from a union’s venues (工会阵地) read back over the words before them', () => {
    expect(orgNames('恒德社区工会暑期爱心托管班整合工会阵地、志愿者老师等资源。')).toEqual([]);
    // 工会驿站: a service station named after its host, no union of the host.
    expect(orgNames('慰问组深入到美团外卖工会驿站,为骑手送上清凉。')).not.toContain('美团外卖工会');
    expect(orgNames('扎实推进为民办实事项目工会驿站建设任务。')).toEqual([]);
  });

  it('reads a name that opens its clause as a body acting when adverbs or a 为 stand before its verb', () => {
    expect(orgNames('中秋节前夕,金鸡滩煤矿工会精心为职工准备节日慰问品。')).toEqual(['金鸡滩煤矿工会']);
    expect(orgNames('10月28日,武功联社积极开展重阳节慰问活动。')).toEqual(['武功联社']);
    expect(orgNames('人流量翻了一番,再加上工会为商家给予优惠。')).toEqual([]);
  });

  it('reads no body over a verb of meeting, electing or reporting, nor Hong Kong’s policy bureaus in general', () => {
    expect(orgNames('凡符合总工会帮扶条件的职工均可申请。新一届委员会五名委员选出工会主席。')).toEqual([]);
    expect(orgNames('劳福局会联同相关决策局跟进。', '810000')).toEqual(['劳工及福利局']);
  });

  it('reads a union after 由 whose 组织 is the verb it did (由某公司工会组织), not the general 工会组织', () => {
    expect(orgNames('此次活动由轩岗煤电公司工会组织,统筹规划。')).toContain('轩岗煤电公司工会');
    expect(orgNames('本次比赛由国联研究院工会组织。')).toContain('国联研究院工会');
    expect(orgNames('企业建立工会组织,职工入会。')).toEqual([]);
  });

  it('reads a committee whose member is named after it (…女职工委员会委员) whole, not cut at 委', () => {
    expect(orgNames('怀柔区总工会组织活动。区总工会女职工委员会委员参加活动。')).toEqual([
      '北京市怀柔区总工会',
      '北京市怀柔区总工会女职工委员会',
    ]);
  });

  it('reads no body from a company named by its legal form alone (股份公司工会), but a named one whole', () => {
    expect(orgNames('根据股份公司工会批复要求,中国水泥厂召开大会。')).toEqual(['中国水泥厂']);
    expect(orgNames('华能国际电力股份有限公司工会举办活动。')).toEqual([
      '华能国际电力股份有限公司',
      '华能国际电力股份有限公司工会',
    ]);
  });

  it('reads no body from a kind of body after 各 (县直各委局工会), and keeps the body before it', () => {
    expect(orgNames('莒县总工会召开会议,县直各委局工会主席、莒县福利服装厂工会主席参加。')).toEqual([
      '莒县总工会',
      '莒县福利服装厂',
      '莒县福利服装厂工会',
    ]);
    expect(orgNames('佛山市总工会各部门负责人参加。')).toEqual(['佛山市总工会']);
  });

  it('reads no body from a count of bodies of a kind (18个铁路局集团公司, 11家中央企业集团工会)', () => {
    expect(orgNames('来自18个铁路局集团公司的54名选手参赛。')).toEqual([]);
    expect(orgNames('20家地方工会和11家中央企业集团工会参加。')).toEqual([]);
    expect(orgNames('来自北岭铁路局集团公司的54名选手参赛。')).toEqual(['北岭铁路局集团公司']);
  });

  it('names a company that carries its place in brackets from its brand on (青浦区日立电梯(上海)有限公司)', () => {
    expect(orgNames('推进会在青浦区日立电梯(上海)有限公司召开。')).toEqual(['日立电梯(上海)有限公司']);
  });

  it('names a company whose name opens with or holds its own place from its brand on, when the place before lies in it', () => {
    expect(orgNames('慰问组前往互助县青海联正建筑有限责任公司。')).toEqual(['青海联正建筑有限责任公司']);
    expect(orgNames('率队到柳州市柳南区延锋汽车饰件系统柳州有限公司核验。')).toEqual(['延锋汽车饰件系统柳州有限公司']);
    // 佛山 is not in 上海: a place before a company of another place is part of its name as written.
    expect(orgNames('调研组到佛山市上海电气有限公司调研。')).toEqual(['佛山市上海电气有限公司']);
  });

  it('reads no 所 before a verb (被少数财团所控制, 工地中所收集) and no count of federations (六大总工会)', () => {
    expect(orgNames('香港的经济命脉被少数财团所控制。', '810000')).toEqual([]);
    expect(orgNames('分析建筑工地中所收集的数据。', '820000')).toEqual([]);
    expect(orgNames('活动邀集六大总工会理事长参加。', '710000')).toEqual([]);
    expect(orgNames('台中市劳工局24日邀请6大总工会理事长座谈。', '710000')).not.toContain('大总工会');
  });

  it('reads no body from some of a place’s bodies or from the unions concerned (福建部分县级工会, 相关市总工会)', () => {
    expect(orgNames('与福建部分县级工会的代表一起参观。')).toEqual([]);
    expect(orgNames('广州市总工会代表团得到了相关市总工会的热情接待。')).toEqual(['广州市总工会']);
  });

  it('starts a body at the place after a quoted slogan (“我的工会我的家”深圳工会), keeping a quoted brand (“博爱”医院)', () => {
    expect(orgNames('5月20日,“我的工会我的家”深圳工会“暖工家园”启动仪式举行。')).toEqual(['深圳市总工会']);
    expect(orgNames('佛山市“博爱”医院举行活动。')).toEqual(['佛山市博爱医院']);
  });

  it('leaves a month out of a name (2021年9月顺丰集团工会) and reads no body of 地方总工会 (local federations)', () => {
    expect(orgNames('2021年9月顺丰集团工会入会仪式举行。')).toEqual(['顺丰集团', '顺丰集团工会']);
    expect(orgNames('代表来自各地方总工会。')).toEqual([]);
  });

  it('writes a union named from its county’s short name in full (米易快递行业工会 → …米易县快递行业工会)', () => {
    const text = '验收组到攀枝花市米易县进行验收。验收中,周健对米易快递行业工会的建设方式表示赞许。';
    expect(orgNames(text)).toEqual(['攀枝花市米易县快递行业工会']);
    // A company's union keeps the company's name as registered.
    expect(orgNames('福州市总工会女职工部到连江恒泰鞋业有限公司工会举行授牌仪式。')).toContain(
      '连江恒泰鞋业有限公司工会',
    );
  });

  it('writes an office named from its county’s short name in full (大田法院 → …大田县人民法院), not a longer name', () => {
    const text = '三明市大田县人民法院召开会议。大田法院开展春节走访慰问活动。';
    // Both mentions, which the resolver then merges.
    expect(orgNames(text)).toEqual(['三明市大田县人民法院', '三明市大田县人民法院']);
    expect(orgNames('吉林省长白朝鲜族自治县召开会议。长白山管委会领导出席。')).not.toContain(
      '长白朝鲜族自治县山管委会',
    );
    expect(orgNames('黑龙江省嫩江市召开会议。嫩江农场管理局领导出席。')).toContain('嫩江农场管理局');
  });

  it('leaves a district before a central enterprise’s brand, and a designation before a place, out of a name', () => {
    expect(orgNames('在通州区中建二局安装工程有限公司项目工地慰问。')).toEqual(['中建二局安装工程有限公司']);
    // A city may open the registered name (长春中车轨道车辆有限公司).
    expect(orgNames('长春中车轨道车辆有限公司车辆钳工出席。')).toEqual(['长春中车轨道车辆有限公司']);
    expect(orgNames('为“全国工会职工书屋示范点”湖北金禄科技有限公司授牌。')).toEqual(['湖北金禄科技有限公司']);
  });

  it('keeps 中国 after a time word ending in 中 (今年中国电信…), leaves out a category before a name (施工单位…), and reads 院士 as no 学院', () => {
    expect(orgNames('今年中国电信股份有限公司肥东分公司获奖。')).toContain('中国电信股份有限公司肥东分公司');
    expect(orgNames('施工单位郑州市五建安装工程有限公司为农民工发放工资。')).toEqual(['郑州市五建安装工程有限公司']);
    expect(orgNames('表彰大会上,武汉大学院士龚健雅发言。')).toEqual(['武汉大学']);
  });

  it('reads no body from a level or a whole territory (县一级工会, 全港工会, 100人以上单位工会)', () => {
    expect(orgNames('连州市总工会召开会议,充分发挥县一级工会“桥头堡”作用。')).toEqual(['连州市总工会']);
    expect(orgNames('邀请全港工会和商会评选模范职工。', '810000')).toEqual([]);
    expect(orgNames('二级机构职工100人以上单位工会主席参会。')).toEqual([]);
  });

  it('reads 丨 as the bar between a site’s sections (楚雄大姚丨县总工会)', () => {
    expect(orgNames('楚雄大姚丨大姚县总工会举办劳动技能竞赛。')).toEqual(['大姚县总工会']);
  });

  it('reads a central bank’s city sub-branch whole (中国人民银行泰州市中心支行)', () => {
    expect(orgNames('11月24日,由中国人民银行泰州市中心支行与泰州市总工会联合举办竞赛。')).toContain(
      '中国人民银行泰州市中心支行',
    );
  });

  it('reads a company’s mine as its unit (…有限责任公司东曲矿), not the mine as a place or its miners', () => {
    expect(orgNames('山西焦煤西山煤电集团有限责任公司东曲矿等10个单位获评安全明星企业。')).toContain(
      '山西焦煤西山煤电集团有限责任公司东曲矿',
    );
    expect(orgNames('山西省西山煤电集团有限公司农民合同制矿工代表发言。')).toEqual(['山西省西山煤电集团有限公司']);
    // The mine's own party committee still names the mine.
    expect(orgNames('山西焦煤西山煤电集团有限责任公司东曲矿党委书记张某出席。')).toContain(
      '山西焦煤西山煤电集团有限责任公司东曲矿',
    );
  });

  it('names a mainland region’s government officially (市政府 → 市人民政府), not Hong Kong’s', () => {
    expect(orgNames('厦门市政府召开常务会议。')).toEqual(['厦门市人民政府']);
    expect(orgNames('南昌市西湖区人民政府召开会议。')).toEqual(['南昌市西湖区人民政府']);
    expect(orgNames('香港特别行政区政府劳工处出席。')).not.toContain('香港特别行政区人民政府');
  });

  it('names a mainland region’s court officially (县法院 → 县人民法院, 市中级法院), not a special court', () => {
    expect(orgNames('靖远县总工会与靖远县法院召开座谈会。')).toContain('靖远县人民法院');
    expect(orgNames('长春市中级法院召开会议。')).toEqual(['长春市中级人民法院']);
    expect(orgNames('广州海事法院召开会议。')).toEqual(['广州海事法院']);
  });

  it('starts a name after 其中 (其中国家级…, 其中省工商联…), not on its 中', () => {
    expect(orgNames('建立劳模工作室16个,其中国家级工作室2个。')).toEqual([]);
    expect(orgNames('共收到捐助资金,其中广西达庆生物科技有限公司捐助10万元。')).toEqual(['广西达庆生物科技有限公司']);
  });

  it('reads no body from a kind of unit (职能单位工会, 成员单位工会) or from 工会娘家人', () => {
    expect(orgNames('文旅、交运等职能单位工会主席参会。')).toEqual([]);
    expect(orgNames('各成员单位工会负责人参会。')).toEqual([]);
    expect(orgNames('把党和政府关怀与工会娘家人的温暖送到职工心坎上。')).toEqual([]);
  });

  it('knows a body written without its place’s level character as the same (牡丹江师范学院, 牡丹江市师范学院)', () => {
    expect(isAbbreviation('牡丹江师范学院', '牡丹江市师范学院')).toBe(true);
    expect(isAbbreviation('米易中禾矿业公司', '米易县中禾矿业公司')).toBe(true);
    // Two regions' bodies differ by more than a level character.
    expect(isAbbreviation('佛山市总工会', '佛山市南海区总工会')).toBe(false);
  });

  it('reads a bare 总工会 closing a list of a region’s departments as the region’s federation (人社局、财政局、总工会)', () => {
    expect(orgNames('郑州市人社局、财政局、总工会联合印发通知。')).toContain('郑州市总工会');
    expect(orgNames('听取了寿宁县人社局、总工会、工商联的汇报。')).toContain('寿宁县总工会');
  });

  it('knows a body dropping a province’s level, or a place’s after its own words, as the same (福建乐达, 国网南漳供电公司)', () => {
    expect(isAbbreviation('福建乐达', '福建省乐达')).toBe(true);
    expect(isAbbreviation('云南邮政工会', '云南省邮政工会')).toBe(true);
    expect(isAbbreviation('国网南漳供电公司', '国网南漳县供电公司')).toBe(true);
    expect(isAbbreviation('南漳县总工会', '南漳县供电公司')).toBe(false);
  });

  it('leaves a verb before a bare 省总工会 out of it (超额完成省总工会), not a word of regions (直辖市总工会)', () => {
    expect(orgNames('海口市总工会超额完成省总工会下达的任务。', '460000')).toEqual(['海口市总工会', '海南省总工会']);
    expect(orgNames('一般由省、自治区、直辖市总工会领导。', '220000')).not.toContain('市总工会');
  });

  it('leaves a category before a place that opens a company out of its name (困难企业海口家家泰物业服务有限公司)', () => {
    expect(orgNames('慰问困难企业海口家家泰物业服务有限公司的职工。')).toEqual(['海口家家泰物业服务有限公司']);
  });

  it('ends a body at a visit, a follow-up or a count (到访…, 全力跟进…, 与近千名工会理干事)', () => {
    expect(orgNames('议员8月13日到访香港建造业总工会。', '810000')).toEqual(['香港建造业总工会']);
    expect(orgNames('工联会全力跟进舒适堡健身中心事件。', '810000')).toEqual(['香港工会联合会', '舒适堡健身中心']);
    expect(orgNames('局长与近千名工会理干事欢聚。', '810000')).toEqual([]);
  });

  it('reads no body from a count of a kind (一饮食集团, 多个酒楼集团), but keeps a numbered unit (一局五公司)', () => {
    expect(orgNames('涉事的一饮食集团拖欠工资。', '810000')).toEqual([]);
    expect(orgNames('多个酒楼集团结业。', '810000')).toEqual([]);
    expect(orgNames('中铁一局五公司白芝勇创新工作室获评示范工作室。')).toContain('中铁一局五公司白芝勇创新工作室');
  });

  it('ends a body at 和 after a dotted name held in an office (副政委吐尔逊拜·达那别克和师总工会)', () => {
    expect(orgNames('九师党委常委、副政委吐尔逊拜·达那别克和师总工会主要领导出席。').join()).not.toContain('达那别克');
  });

  it('reads a name that is a province’s and a city’s (吉林) as the one the next place lies in (吉林敦化市)', () => {
    expect(parseChain('吉林敦化市总工会', []).places.map((p) => p.code)).toEqual(['220000', '222403']);
    expect(parseChain('吉林市总工会', []).places.map((p) => p.code)).toEqual(['220200']);
  });

  it('reads no one body from two levels’ federations (与州市总工会座谈, 省市总工会)', () => {
    expect(orgNames('董某一行来到博州阿拉山口市,与州市总工会进行了座谈交流。')).not.toContain('阿拉山口市市总工会');
    expect(orgNames('各省市总工会负责人参加。')).toEqual([]);
  });

  it('reads no body from a model joined by + (“工会+驿站”)', () => {
    expect(orgNames('嘉兴市总工会推广“工会+驿站”模式。')).toEqual(['嘉兴市总工会']);
  });

  it('keeps a bare 万 before 家 inside a name (万家美物业服务公司), and reads no body after a count (5家…公司)', () => {
    expect(orgNames('来自徐闻县万家美物业服务公司的女职工参加体检。')).toEqual(['徐闻县万家美物业服务公司']);
    expect(orgNames('组织5家徐闻县物业服务公司的女职工参加体检。')).toEqual([]);
  });

  it('ends a body at verbs of giving and at 经 before a region (经龙江县委同意, 给他们送上镇委…), not at 经 in a name', () => {
    expect(orgNames('经龙江县委、县政府同意,龙江县总工会成立村工会。')).toContain('龙江县委');
    expect(orgNames('经龙江县委、县政府同意,龙江县总工会成立村工会。')).not.toContain('经龙江县委');
    expect(orgNames('哈尔滨市经纬小学校长出席。')).toEqual(['哈尔滨市经纬小学']);
  });

  it('reads 和县 after a word that is no place as 和 and a bare 县 (徐某和县总工会负责人), and keeps the county', () => {
    expect(orgNames('副县长徐某参加。徐某和县总工会负责人颁奖。')).not.toContain('和县总工会');
    expect(orgNames('安徽和县总工会召开会议。')).toEqual(['安徽和县总工会']);
  });

  it('does not run a body back over a speaker’s verb or a time phrase (王某发言兰州大学工会, 一年多来工会委员会)', () => {
    expect(orgNames('职工代表王某发言,兰州大学工会负责人王某发言兰州大学工会。')).not.toContain('王某发言兰州大学工会');
    expect(orgNames('一年多来工会委员会认真履职。')).toEqual([]);
  });

  it('reads a union’s 宣传教育部 as its department, not the Ministry of Education', () => {
    expect(orgNames('由中华全国总工会宣传教育部承办。')).toEqual(['中华全国总工会', '中华全国总工会宣传教育部']);
  });

  it('reads no body from 工会力量 (为…贡献工会力量)', () => {
    expect(orgNames('为开创垛庄镇高质量发展新局面贡献工会力量。')).toEqual([]);
  });

  it('reads 和 between a name and a place as the conjunction, not a place ending in it (薛金平和江苏…)', () => {
    expect(orgNames('秘书长邝金平和江苏广扬旅游发展有限公司副总经理出席。')).toEqual(['江苏广扬旅游发展有限公司']);
    // Before a region's short form too (…组织部长张平和市人大常委会副主任…): 和 joins two people.
    expect(orgNames('某某市委常委、组织部长张平和市人大常委会副主任出席。')).not.toContainEqual(
      expect.stringContaining('平和'),
    );
  });

  it('reads no body from a union’s bare suffix after a conjunction (企业经营者和工会主席)', () => {
    expect(orgNames('企业经营者和工会主席分别就协议草案作说明。')).toEqual([]);
    expect(orgNames('起草小组由企业行政和工会各派代表组成。')).toEqual([]);
  });

  it('reads a body after a verb of filling a seat without the verb (选举替补…委员, 增补…为…委员)', () => {
    expect(new Set(orgNames('佛山市南海区总工会召开全委会。会议选举替补区总工会十六届委员会委员。'))).toEqual(
      new Set(['佛山市南海区总工会']),
    );
    expect(orgNames('会议增补区总工会委员2名。')).toEqual(['区总工会']);
  });

  it('reads no people’s congress from a grand prize after a word ending in 人 (管理人大奖)', () => {
    expect(orgNames('现场同步举行首届“杰出前线管理人大奖”颁奖典礼。', '810000')).toEqual([]);
    expect(orgNames('佛山市人大常委会副主任出席。')).toEqual(['佛山市人大常委会']);
  });

  it('reads the first of a kind as a kind (全省首家市级新就业形态工会联合会)', () => {
    expect(orgNames('创新建立全省首家市级新就业形态工会联合会。')).toEqual([]);
  });

  it('reads no body from a verb phrase before a generic suffix (进行立法会换届, 居民组织工会, 增设新办事处)', () => {
    // (The region's legislature alone is read, not the verb phrase before it.)
    expect(orgNames('今年12月7日就会进行立法会的换届选举。', '810000')).toEqual(['香港特别行政区立法会']);
    expect(orgNames('立法实现居民组织工会的权利。', '820000')).toEqual([]);
    expect(orgNames('议员在东区筲箕湾增设新办事处。', '810000')).toEqual([]);
  });

  it('reads a State Grid company by its 国网 prefix, and a name between two bodies joined by 和', () => {
    expect(orgNames('国网衡水供电公司邝某和国网邯郸供电公司滕某荣获奖章。')).toEqual([
      '国网衡水供电公司',
      '国网邯郸供电公司',
    ]);
  });

  it('reads no region from 市区 (urban area) or a time word (年初公司工会…), and 市区两级 as no body', () => {
    expect(orgNames('和静县总工会在市区工会驿站备齐矿泉水。')).toEqual(['和静县总工会']);
    expect(orgNames('年初公司工会进行了组织机构调整。')).toEqual([]);
    expect(orgNames('市区两级总工会负责人出席。')).toEqual([]);
  });

  it('reads a named service station as a body and a kind of station as none', () => {
    expect(orgNames('东莞市石龙镇牵牛花工会驿站揭牌。职工在工会驿站休息,暖心驿站提供饮水。')).toEqual([
      '东莞市石龙镇牵牛花工会驿站',
    ]);
  });

  it('does not run a body back over the verb before it (寄送县委…, 化身工会驿站)', () => {
    expect(orgNames('向全县劳动模范寄送县委、县政府的慰问信。', '420000')).not.toContain('劳动模范寄送县委');
  });

  it('does not run a region’s body back over a quoted slogan before it', () => {
    expect(orgNames('举办“咱们工人有力量 百年工运启新程”大同市总工会系列主题活动。')).toEqual(['大同市总工会']);
  });

  it('reads no city from a given name written after an office (常务副主席徐海东)', () => {
    expect(orgNames('梧州市总工会常务副主席徐海东,市总工会副主席李某出席。')).toEqual(['梧州市总工会', '梧州市总工会']);
  });

  it('prefixes a district union with its city when the article names the city', () => {
    expect(orgNames('江门市职工技能大赛举行。蓬江区总工会组织参赛。')).toContain('江门市蓬江区总工会');
  });

  it('reads a district written on its city’s 市 (内江市中区, 青岛市南区) and resolves 区总工会 to it', () => {
    expect(orgNames('内江市中区总工会召开座谈会。区总工会主席主持会议。永安镇代表发言。', '510000')).toEqual([
      '内江市中区总工会',
      '内江市中区总工会',
    ]);
    expect(orgNames('青岛市南区总工会举办培训。区总工会副主席出席。')).toEqual([
      '青岛市南区总工会',
      '青岛市南区总工会',
    ]);
  });

  it('keeps a city’s union apart from its banner’s, and a city-and-banner category generic', () => {
    expect(orgNames('鄂尔多斯市总工会、杭锦旗总工会举办活动,市旗两级工会领导出席。', '150000')).toEqual([
      '鄂尔多斯市总工会',
      '鄂尔多斯市杭锦旗总工会',
    ]);
  });

  it('resolves 市总工会 past a short name of a city in another province (考上了南京东南大学)', () => {
    expect(orgNames('延吉市总工会开展助学。孩子考上了南京东南大学。市总工会送去助学金。', '220000')).not.toContain(
      '南京市总工会',
    );
  });

  it('treats a municipality as the city of its districts and of 市总工会', () => {
    expect(orgNames('北京市总工会召开全委会议。市总工会主席出席,朝阳区总工会作交流发言。')).toEqual([
      '北京市总工会',
      '北京市总工会',
      '北京市朝阳区总工会',
    ]);
  });

  it('resolves a bare 区总工会 to a district, never to a county the page names (阿里地区噶尔县…区总工会)', () => {
    const names = orgNames('西安市总工会一行到阿里地区噶尔县开展义诊。区总工会主席出席。', '540000');
    expect(names.some((n) => n.includes('噶尔县'))).toBe(false);
    expect(orgNames('天河区职工参加活动。区总工会主席出席。', '440000')).toContain('广州市天河区总工会');
  });

  it('resolves 自治区总工会 to the autonomous region and leaves 各区总工会 generic', () => {
    expect(orgNames('南宁市举办大赛。自治区总工会副主席出席。', '450000')).toEqual(['广西壮族自治区总工会']);
    expect(orgNames('北京市总工会要求,各区总工会要持续开展培训。')).toEqual(['北京市总工会']);
    // 各 before a list of levels makes each of them every region of that level.
    expect(orgNames('会议要求各市、州总工会负责人参加。')).toEqual([]);
  });

  it('gives a court, a procuratorate and a bureau written with 市 the article’s city, in full', () => {
    expect(orgNames('衡阳市总工会联合市中级人民法院、市检察院、市人社局开展普法。', '430000')).toEqual([
      '衡阳市总工会',
      '衡阳市中级人民法院',
      '衡阳市人民检察院',
      '衡阳市人力资源和社会保障局',
    ]);
  });

  it('writes an autonomous prefecture as the article does (红河州, not its full name)', () => {
    expect(orgNames('红河州举办职工运动会。州总工会主席致辞。', '530000')).toEqual(['红河州总工会']);
  });

  it('writes a Corps division in full and reads 师市 as its city', () => {
    expect(orgNames('八师石河子市总工会举办培训班。师市总工会副主席授课。', '650000')).toEqual([
      '第八师石河子市总工会',
      '第八师石河子市总工会',
    ]);
  });

  it('resolves 省总工会 to the page province and 全总 to the national federation', () => {
    expect(orgNames('会议传达了全总和省总工会的部署。', '440000')).toEqual(['中华全国总工会', '广东省总工会']);
    // A municipality has no 省总: its federation is its 市总工会.
    expect(orgNames('会议传达了全总和省总领导的部署。', '310000')).toEqual(['中华全国总工会']);
  });

  it('resolves a bare 省总工会 in one person’s chain of offices to the province the chain named, not the page’s', () => {
    expect(orgNames('湖南省人大常委会副主任、省总工会主席周某一行来考察。', '330000')).toContain('湖南省总工会');
    expect(orgNames('湖南省总工会代表团与省总工会座谈。', '330000')).toContain('浙江省总工会');
  });

  it('reads a department written bare after a joining word as the page province’s (联合农业农村厅、文旅厅), not a hall', () => {
    expect(orgNames('自治区总工会联合农业农村厅、文旅厅开展疗休养活动。', '640000')).toEqual([
      '宁夏回族自治区农业农村厅',
      '宁夏回族自治区文化和旅游厅',
      '宁夏回族自治区总工会',
    ]);
    // A municipality has bureaus, not 厅; a hall after a verb is no department.
    expect(orgNames('市总工会联合财政厅开展活动。', '310000')).not.toContain('上海市财政厅');
    expect(orgNames('职工在报告厅参加培训。', '640000')).toEqual([]);
  });

  it('keeps a company written before its unit even when the company is a group’s (…集团铁路养护工程有限公司安多车间), not a unit before its union', () => {
    expect(orgNames('中铁十二局集团铁路养护工程有限公司安多车间主任高某胜出席。')).toContain(
      '中铁十二局集团铁路养护工程有限公司',
    );
    expect(orgNames('中车株洲电机有限公司轨道交通事业部维保中心工会获评模范职工之家。')).not.toContain(
      '中车株洲电机有限公司轨道交通事业部维保中心',
    );
  });

  it('reads a Taiwanese city’s government and its bureaus though the gazetteer lacks the city (台南市政府劳工局)', () => {
    expect(orgNames('台南市长黄某哲接待台南市总工会领袖,台南市政府劳工局也派员出席。')).toEqual([
      '台南市总工会',
      '台南市政府劳工局',
    ]);
  });

  it('reads a union a Taiwanese city or county names, with no office after it (桃园市空服员职业工会)', () => {
    // The made-up sentences name the unions as the outside pages do, in running text.
    expect(orgNames('桃园市空服员职业工会今天展开罢工投票。')).toEqual(['桃园市空服员职业工会']);
    expect(orgNames('年纪最大的是南投县汽车驾驶员职业工会的会员。')).toEqual(['南投县汽车驾驶员职业工会']);
  });

  it('reads a union before its Nth term’s committee or congress (…有限公司工会第一届第一次会员代表大会)', () => {
    expect(orgNames('恒泰化工有限公司工会第一届第一次会员代表大会召开。')).toContain('恒泰化工有限公司工会');
    expect(orgNames('中国农林水利气象工会第四届全国委员会第一次全体会议在京召开。')).toEqual(['中国农林水利气象工会']);
  });

  it('reads a Taiwanese county’s federation whole when a mainland county’s name ends its name (嘉义县, not 义县)', () => {
    expect(orgNames('嘉义县总工会理事长郑某维致词,高雄县总工会理事长也出席。')).toEqual([
      '嘉义县总工会',
      '高雄县总工会',
    ]);
  });

  it('reads 劳工局 on a Macau page as its labour bureau, 劳工事务局', () => {
    expect(orgNames('劳工局与该公司合办培训计划。', '820000')).toEqual(['劳工事务局']);
  });

  it('reads 中联办 on a Hong Kong or Macau page as that region’s liaison office', () => {
    expect(orgNames('中联办社工部代表出席。', '820000')).toEqual(['中央人民政府驻澳门特别行政区联络办公室']);
    // Its department (社工部) is a unit of the office, read as one since 办 ends an office's name.
    expect(orgNames('中央政府驻港联络办社工部部长出席。')).toContain('中央人民政府驻香港特别行政区联络办公室');
  });

  it('reads a central enterprise by its short form (中国中铁, 中石油), not inside a longer name or its newspaper', () => {
    expect(orgNames('中国中铁、中国铁建等单位参加,中石油也派员出席。')).toEqual([
      '中国中铁股份有限公司',
      '中国铁建股份有限公司',
      '中国石油天然气集团有限公司',
    ]);
    expect(orgNames('中国石化南化公司工会召开会议。')).not.toContain('中国石油化工集团有限公司');
    expect(orgNames('据中国石油报报道,劳动竞赛圆满收官。')).toEqual([]);
    expect(orgNames('大赛由中交集团和中国就业培训技术指导中心共同主办。')).toContain('中国交通建设集团有限公司');
  });

  it('reads a platform’s brand as its company, unless a longer name around it is the body (广西顺丰速运有限公司)', () => {
    expect(orgNames('工会走进美团站点,慰问货拉拉司机和顺丰快递员。')).toEqual(['美团', '货拉拉', '顺丰速运']);
    expect(orgNames('来自淘宝闪购、UU跑腿等平台的骑手和美团外卖送餐员参加。')).toEqual(
      expect.arrayContaining(['淘宝闪购', 'UU跑腿', '美团']),
    );
    expect(orgNames('覆盖京东、德邦、EMS等8家重点企业,中国邮政也在其中。')).toEqual([
      '京东',
      '德邦快递',
      '中国邮政集团有限公司',
    ]);
    expect(orgNames('来到广西顺丰速运有限公司凤景湾营业点慰问。')).not.toContain('顺丰速运');
    // The couriers' two-character brands in a list, though not inside a word (会议中通过).
    expect(orgNames('顺丰、中通、圆通、申通等快递企业参加。')).toEqual([
      '顺丰速运',
      '中通快递',
      '圆通速递',
      '申通快递',
    ]);
    expect(orgNames('会议中通过了决议。')).toEqual([]);
  });

  it('reads the state banks by their forms (农发行, 工商银行), and a branch named after one as the body (某分行)', () => {
    expect(orgNames('农发行董事会秘书熊某出席竞赛活动。')).toEqual(['中国农业发展银行']);
    expect(orgNames('中国工商银行佛山分行工会举办活动。')).toEqual([
      '中国工商银行佛山分行',
      '中国工商银行佛山分行工会',
    ]);
    expect(orgNames('开展集中行动。')).toEqual([]);
  });

  it('reads the items of a list a count of companies closes as companies (…、海信宽带4家重点企业), not kinds or places', () => {
    expect(orgNames('周某秋带队到海信电子、中烟摩迪、天地壹号、海信宽带4家重点企业开展调研。')).toEqual([
      '海信电子',
      '中烟摩迪',
      '天地壹号',
      '海信宽带',
    ]);
    expect(orgNames('赴一汽-大众、一汽解放和一汽丰越三大主机厂慰问。')).toEqual(['一汽-大众', '一汽解放', '一汽丰越']);
    expect(orgNames('来自下城区8个街道、4个局办及下属50家重点企业参加。')).toEqual([]);
    expect(orgNames('北京、上海等10家企业参加。')).toEqual([]);
  });

  it('reads no national company from an industry or a hometown its name opens (中国石油和化工行业, 中国建筑之乡)', () => {
    expect(orgNames('她荣获“中国石油和化工行业优秀思想政治工作者”称号。')).toEqual([]);
    expect(orgNames('再到“中国建筑之乡”参观。')).toEqual([]);
    expect(orgNames('中国石油大港油田工会召开会议。')).toContain('中国石油大港油田工会');
  });

  it('reads the Xinjiang Corps and its federation by the short form pages use (兵团总工会)', () => {
    expect(orgNames('兵团总工会党组书记、主席李某出席。')).toEqual(['新疆生产建设兵团总工会']);
    expect(orgNames('自治区政协和新疆生产建设兵团的领导出席大会。')).toContain('新疆生产建设兵团');
  });

  it('reads 中国银行 and 交通银行 as banks, and a branch one writes with its city short as the branch (中国银行中山分行)', () => {
    expect(orgNames('中国银行中山分行举办比赛。')).toEqual(['中国银行股份有限公司', '中国银行中山分行']);
    expect(orgNames('交通银行常州分行举办活动。')).toContain('交通银行常州分行');
    expect(orgNames('中国银行保险监督管理委员会发布通知。')).toEqual(['中国银行保险监督管理委员会']);
  });

  it('reads a state bank’s short form (工行, 中行) before a branch as its parent, and nowhere else', () => {
    expect(orgNames('工行湛江分行召开2017年工会工作会议。')).toEqual(['中国工商银行股份有限公司', '工行湛江分行']);
    expect(orgNames('中行钟祥支行举办比赛。')).toContain('中行钟祥支行');
    expect(orgNames('建行各支行积极参加。')).toEqual([]);
    expect(orgNames('四平农行辖属梨树支行参加。')).not.toContain('四平农行辖属梨树支行');
  });

  it('reads a brand as the parent of the union named after it (顺丰速运工会), even one with a stop in it (饿了么)', () => {
    expect(orgNames('直属工会联合顺丰速运工会组成慰问小分队。')).toContain('顺丰速运工会');
    expect(orgNames('近日，饿了么(福州)外卖配送联合工会成立。')).toEqual(['饿了么(福州)外卖配送联合工会']);
    expect(orgNames('携手淘宝闪购(厦门)城市骑士联合工会共同举办。')).toEqual(['淘宝闪购(厦门)城市骑士联合工会']);
  });
});

describe('findOrganizations › where a name starts on a Hong Kong or Macau page', () => {
  it('writes "this" region’s body bare (本澳劳工事务局 → 劳工事务局), as the region’s pages write it', () => {
    expect(orgNames('本澳劳工事务局局长孙某雄会见代表团。', '820000')).toEqual(['劳工事务局']);
    expect(orgNames('本港劳工处处长孙某菡出席。', '810000')).toEqual(['劳工处']);
  });
});

describe('findOrganizations › where a name ends', () => {
  it('ends a bureau’s name before an acting office (房屋局署理局长), as before any office', () => {
    expect(orgNames('全港市民参与。发展局局长甲某、房屋局署理局长戴某诚出席。', '810000')).toEqual([
      '发展局',
      '房屋局',
    ]);
  });
});

describe('findOrganizations › a brand opening with a stop word', () => {
  it('keeps 同 after the place that opens a name (安徽同济建设集团), but not 各 (坡头区各镇工会)', () => {
    expect(orgNames('区总工会申报的安徽同济建设集团有限责任公司劳务总队工会小组榜上有名。')).toContain(
      '安徽同济建设集团有限责任公司',
    );
    expect(orgNames('湛江市坡头区总工会召开会议。坡头区各镇(街)工会主席汇报工作。')).toEqual(['湛江市坡头区总工会']);
  });

  it('keeps 同 that opens the phrase (同济大学工会举办…), not one before a place (同市人社局: "with")', () => {
    expect(orgNames('同济大学工会举办教职工运动会。')).toContain('同济大学工会');
    expect(orgNames('会上，同方股份有限公司工会主席作发言。')).toContain('同方股份有限公司工会');
    expect(orgNames('区总工会同区人社局联合举办技能大赛。').some((name) => name.startsWith('同'))).toBe(false);
    expect(orgNames('韩城市总工会以此为主题，同市文体局联合举办秧歌赛。')).toContain('韩城市文体局');
  });
});

describe('findOrganizations › where a name starts', () => {
  it('stops a company name at the verb before it and keeps 和 inside a name', () => {
    expect(orgNames('调研组实地调研和美电器(佛山)有限公司和佛山天成材料有限公司。')).toEqual([
      '和美电器(佛山)有限公司',
      '佛山天成材料有限公司',
    ]);
  });

  it('reads a federation’s party group as a body (全国总工会党组已研究通过)', () => {
    expect(orgNames('日前,全国总工会党组已研究通过有关方案。')).toContain('中华全国总工会党组');
  });

  it('starts no union at the office taken before it (胡某意任工会主席, 兼任省总工会主席), but keeps 有限责任公司', () => {
    expect(orgNames('其中,胡如意任工会主席。')).toEqual([]);
    const names = orgNames('又一位省委常委兼任省总工会主席。');
    expect(names).toContain('广东省总工会');
    expect(names.filter((n) => n.includes('任'))).toEqual([]);
    expect(orgNames('佛山天成材料有限责任公司工会召开会议。')).toContain('佛山天成材料有限责任公司工会');
  });

  it('starts a name after a word of when or how (早前消费者委员会公布, 致送工联职安健协会的慰问金)', () => {
    expect(orgNames('早前消费者委员会公布调查结果。', '810000')).toEqual(['消费者委员会']);
    expect(orgNames('胡伟基致送工联职安健协会的慰问金。', '810000')).toEqual(['工联职安健协会']);
    expect(orgNames('大会选举郭年军连任工会主席。')).not.toContain('郭年军连任工会');
    expect(orgNames('王某诗续任最低工资委员会主席。', '810000')).toEqual(['最低工资委员会']);
  });

  it('reads no body from a kind quoted (“劳模创新工作室”), a count of places (两处…驿站) or 会议上', () => {
    expect(orgNames('上海建工集团命名了首批“劳模创新工作室”。杭州机场再增两处户外劳动者驿站。')).toEqual([
      '上海建工集团',
    ]);
    expect(orgNames('同时会议上社区工联会主席与企业代表签订了协议。')).not.toContainEqual(
      expect.stringMatching(/^会议上/),
    );
    // A body formed under a quoted kind is one body.
    expect(orgNames('职工组建“劳模工匠技术服务队”,深入企业。')).toEqual(['劳模工匠技术服务队']);
  });

  it('reads 团市委 as the region’s Youth League committee, not its party committee', () => {
    expect(orgNames('杭州市召开会议。团市委负责人参加。')).toEqual(['共青团杭州市委']);
    expect(orgNames('杭州市召开会议。市委常委出席。')).toEqual(['杭州市委']);
  });

  it('reads the lawyers’ groups unions form (…维权律师志愿服务团, …法律服务律师团), not the verb assigning one', () => {
    expect(orgNames('巴州区总工会筹建的巴州区职工维权律师志愿服务团正式成立。')).toContain(
      '巴州区职工维权律师志愿服务团',
    );
    expect(orgNames('广州市总工会组建市工会职工法律服务律师团。')).toContain('广州市工会职工法律服务律师团');
    expect(orgNames('省总启动法律援助程序,指派工会律师团成员处理此事。').some((n) => n.startsWith('指派'))).toBe(false);
  });

  it('reads a union’s volunteer corps and its detachments (…工会志愿者总队, …志愿服务分队)', () => {
    expect(orgNames('团区委书记为宝安区工会志愿者总队授旗。')).toContain('宝安区工会志愿者总队');
    expect(orgNames('任队长的乐山职工志愿服务分队开展活动。')).toEqual(['乐山职工志愿服务分队']);
  });

  it('ends a name at a notice issued (…协会发文通报全国…工会)', () => {
    expect(orgNames('中国机械冶金建材职工技术协会发文通报全国机械冶金建材行业工会。')).toEqual([
      '中国机械冶金建材职工技术协会',
    ]);
  });

  it('starts no name after a count with 几 or at 二季度, 积极, 如何当好', () => {
    expect(
      orgNames('一百四十几名企业工会主席在佛山市参加培训。如何当好非公企业工会主席。今年二季度市总工会将开展检查。'),
    ).toEqual(['佛山市总工会']);
  });

  it('starts no name at 应 before a host that invites, nor at 大陆 before a national body', () => {
    expect(orgNames('应中国职工对外交流中心邀请,日本考察团访问我省。')).toEqual(['中国职工对外交流中心']);
    expect(orgNames('工作室建设是应省总工会要求开展的试点工作。', '320000')).toEqual(['江苏省总工会']);
    expect(orgNames('应邀前来的大陆中国职工对外交流中心秘书长章某贤表示。', '710000')).toEqual([
      '中国职工对外交流中心',
    ]);
    expect(orgNames('佛山市应急管理局召开会议。应广东省应急管理厅之邀出席。')).toEqual([
      '佛山市应急管理局',
      '广东省应急管理厅',
    ]);
  });

  it('reads no body a page keeps anonymous (某混凝土有限公司, 某某科技公司)', () => {
    expect(orgNames('在某混凝土有限公司干活的农民工李先生等3人。某某科技公司拖欠工资。', '370000')).toEqual([]);
  });

  it('reads Hong Kong’s 联会 federations and a district’s labour arbitration court', () => {
    expect(orgNames('港九劳工社团联会秘书长周某松及香港特区政府公务人员联会主席李某冲任副团长。', '810000')).toEqual([
      '港九劳工社团联会',
      '香港特区政府公务人员联会',
    ]);
    expect(orgNames('枣庄市薛城区总工会、区劳动人事仲裁院相关负责人参加。')).toContain('枣庄市薛城区劳动人事仲裁院');
  });

  it('knows the Central Committee’s departments written without 中共 (中央宣传部、全国总工会发布…)', () => {
    expect(orgNames('中央宣传部、全国总工会在中国文明网发布“最美职工”事迹。')).toEqual([
      '中共中央宣传部',
      '中华全国总工会',
    ]);
    expect(orgNames('中央社会工作部、全国总工会联合印发通知。')[0]).toBe('中共中央社会工作部');
  });

  it('knows the national federation’s union of the central bodies and its workers’ foundation', () => {
    expect(orgNames('来自全国产业工会、中央和国家机关工会联合会的代表队参加决赛。')).toContain(
      '中央和国家机关工会联合会',
    );
    expect(orgNames('全国总工会与所属中国职工发展基金会捐赠了设备。')).toEqual([
      '中华全国总工会',
      '中国职工发展基金会',
    ]);
  });

  it('knows the workers’ mutual insurance and the ministry’s skills centre by their national names', () => {
    expect(orgNames('在中国职工保险互助会的指导下,开展互助保障活动。')).toEqual(['中国职工保险互助会']);
    expect(orgNames('大赛由中国就业培训技术指导中心主办。')).toEqual(['中国就业培训技术指导中心']);
  });

  it('reads a people’s congress only as a region’s own (温州市人大), not inside a deputy’s role or a liaison station', () => {
    expect(orgNames('温州市人大代表张三出席。')).toEqual(['温州市人大']);
    expect(orgNames('百色市金融工会系统人大代表联络站收集到意见。')).toEqual([]);
    expect(orgNames('会见港区全国人大代表、香港工联会会长吴某北。', '810000')).not.toContain('港区全国人大');
  });

  it('knows the supreme court and procuratorate, by their short names too (最高法, 最高检)', () => {
    expect(orgNames('推动完成最高人民法院相关司法解释的制定。')).toEqual(['最高人民法院']);
    expect(orgNames('最高检与全国总工会联合发布典型案例。')).toContain('最高人民检察院');
  });

  it('starts no name at the classifier of a pointing word (这个局集团公司, 每家企业)', () => {
    expect(orgNames('这个局集团公司工会举办了一系列活动。').some((name) => name.startsWith('个'))).toBe(false);
  });

  it('starts no name at a time word, a month or a verb (近日工会, 7月份工会, 助推集团公司, 批评当局漠视工会)', () => {
    expect(orgNames('近日工会主席王某倡议。会议传达了7月份工会主席例会要求。', '430000')).toEqual([]);
    expect(orgNames('为助推集团公司高质量发展贡献力量。工会批评当局漠视工会诉求。', '810000')).toEqual([]);
    expect(orgNames('这也标志着江南化纤有限公司的改革进入新阶段。')).toEqual(['江南化纤有限公司']);
  });

  it('reads no Hong Kong union from a dispute told (部分人决定跟随工会罢工, 谈判破裂工会…)', () => {
    expect(orgNames('部分人決定跟隨工會罷工,當時公司談判破裂工會發動罷工。', '810000')).toEqual([]);
  });

  it('reads the unions of two levels after a short place as no body (呼市两级总工会)', () => {
    expect(orgNames('自治區、呼市兩級總工會的各位領導頒發了會員證。', '150000')).toEqual([]);
    expect(orgNames('呼和浩特市两级工会领导出席。', '150000')).toEqual([]);
  });

  it('starts a Hong Kong or Macau name after its own wording (亲临, 透过) and after a count (2间)', () => {
    expect(orgNames('歡迎親臨勞工事務局查詢。', '820000')).toEqual(['劳工事务局']);
    expect(orgNames('街工仍設有2間綜合服務中心。', '810000')).not.toContainEqual(expect.stringMatching(/^间/));
  });

  it('does not take a verb before 公司 for a name, nor a generic service centre', () => {
    expect(orgNames('会议要求推动公司高质量发展。')).toEqual([]);
    expect(orgNames('佛山市总工会为企业职工服务中心揭牌。')).toEqual(['佛山市总工会']);
  });

  it('cuts a reading down to the name the article writes elsewhere with a clean start', () => {
    expect(orgNames('青松钢铁有限公司召开职代会。为服务青松钢铁有限公司转型,工会组织培训。')).toEqual([
      '青松钢铁有限公司',
      '青松钢铁有限公司',
    ]);
  });

  it('ends a name at a person named after a title before 及', () => {
    expect(orgNames('南方电子有限公司工会主席周明及北方机械有限公司工会主席出席。')).toContain('北方机械有限公司工会');
  });

  it('ends a name at 和 before an ordinal or a bare company suffix, which open a second item', () => {
    expect(orgNames('北方建工集团项目指挥部和第五分公司获得表彰。')).toEqual([
      '北方建工集团',
      '北方建工集团项目指挥部',
    ]);
    expect(orgNames('南海钻井平台雄鹰班和有限公司天津分公司获得表彰。')).toEqual(['有限公司天津分公司']);
  });

  it('does not run a name back over the place before a national body (前往北京中国石化…)', () => {
    expect(orgNames('项目组前往北京中国石化集团公司油田事业部对接。')).toEqual([
      '中国石化集团公司',
      '中国石化集团公司油田事业部',
    ]);
  });

  it('keeps Hong Kong’s, Macau’s and Taiwan’s region before 中华 or 中国 in their bodies’ names', () => {
    expect(orgNames('委员包括陈某(代表香港中华总商会)。')).toEqual(['香港中华总商会']);
    expect(orgNames('澳门中国企业协会举行会员大会。')).toEqual(['澳门中国企业协会']);
  });

  it('ends a name at 经 meaning "by" and at time words (每年, 盛夏), not at 经济 or 经费', () => {
    expect(orgNames('今年经公司工会推荐,总公司工会审核救助了职工。')).not.toContain('经公司工会');
    expect(orgNames('每年盛夏青松钢铁有限公司工会都组织送清凉。')).toEqual([
      '青松钢铁有限公司',
      '青松钢铁有限公司工会',
    ]);
    expect(orgNames('江门市经济技术开发区总工会成立。')).toContain('江门市经济技术开发区总工会');
  });

  it('reads a level of bodies as no body (村级联合工会)', () => {
    expect(orgNames('钟管镇通过建立20个村级联合工会维权。')).toEqual([]);
  });

  it('ends a name at 和 after a women’s federation or a category of bodies, and at 纳入', () => {
    expect(orgNames('佛山市总工会、佛山市妇联和关工委等部门走访。').join()).not.toContain('妇联和');
    expect(orgNames('来自各企业及申远新材料有限公司的青年参加。')).toEqual(['申远新材料有限公司']);
    expect(orgNames('佛山市总工会消息。该工程被纳入市委为民办实事项目。')).toEqual(['佛山市总工会', '佛山市委']);
  });

  it('reads the unions of two levels as no body (市、县两级工会)', () => {
    expect(orgNames('泉州市总工会消息。永春县总工会成立。市、县两级工会组织活动。')).toEqual([
      '泉州市总工会',
      '泉州市永春县总工会',
    ]);
  });

  it('reads a region’s women’s federation as its body, and no body from a count of its bodies', () => {
    expect(orgNames('铅山县总工会、铅山县妇联联合举办活动。')).toEqual(['铅山县总工会', '铅山县妇联']);
    expect(orgNames('新余市总工会消息。来自该市多家快递公司的职工参加。')).toEqual(['新余市总工会']);
  });

  it('reads no body from a level after a region (市村级工会) or a conference’s union seats (总工会界别)', () => {
    expect(orgNames('樟树市总工会消息。该市村级工会共为农民工维权。')).toEqual(['樟树市总工会']);
    expect(orgNames('他参加全国政协十三届一次会议总工会界别联组会议。')).toEqual([]);
    expect(orgNames('福建省总工会消息。1个工作室被命名为省示范性劳模工作室。')).toEqual(['福建省总工会']);
  });

  it('reads no body from what is looked at or planned (察看…, 明确…, 安排…) nor from Hong Kong’s 多间 (several)', () => {
    expect(orgNames('实地察看乡镇工会联合会建设与工会工作。')).toEqual([]);
    expect(orgNames('会议明确市劳模工匠协会今后五年工作思路。')).toEqual([]);
    expect(orgNames('安排劳模工作室开展技术攻关。')).toEqual([]);
    expect(orgNames('香港工会联合会探访多间医院。')).toEqual(['香港工会联合会']);
  });

  it('reads no body from asking, striving or talking about (请教县总工会, 争取区委, 谈论起集团工会, 实行工会改革)', () => {
    expect(orgNames('通过请教县总工会专业指导。')).toEqual(['县总工会']);
    expect(orgNames('要主动争取区委、区政府支持。')).not.toContain('争取区委');
    expect(orgNames('一边笑呵呵地与同事谈论起集团工会的新变化。')).toEqual([]);
    expect(orgNames('代表提案制是平湖市总工会实行工会改革的举措之一。')).toEqual(['平湖市总工会']);
  });

  it('reads a company whose name runs through a longer stop into 有限 whole (建设有限公司: 设有 stops nothing)', () => {
    expect(orgNames('获奖单位有广西建工集团第二安装建设有限公司工会、广西科技大学工会。')).toContain(
      '广西建工集团第二安装建设有限公司工会',
    );
  });

  it('places a committee written with 中共 or 共青团 by the place after the mark', () => {
    const codes = (text: string) => {
      const { sentences, ctx } = sentencesOf(text);
      const found = findArticleOrganizations(sentences, ctx);
      return sentences.flatMap((s) => (found.get(s) ?? []).map((o) => [o.name, o.place?.code]));
    };
    expect(codes('共青团晋城市委召开会议。')).toEqual([['共青团晋城市委', '140500']]);
    expect(codes('中共中央宣传部召开会议。')).toEqual([['中共中央宣传部', undefined]]);
  });

  it('reads a bare 州总工会 as the prefecture of a county-level city the article names (恩施市 → 恩施州)', () => {
    expect(orgNames('恩施市总工会召开会议,州总工会副主席出席。')).toEqual([
      '恩施市总工会',
      '恩施土家族苗族自治州总工会',
    ]);
    expect(orgNames('晋江市总工会召开会议,市总工会副主席出席。')).toEqual(['晋江市总工会', '晋江市总工会']);
  });

  it('names a region’s 工会 as its federation in full (常州工会 → 常州市总工会), not a town’s or Hong Kong’s', () => {
    expect(orgNames('常州工会组织开展送温暖活动。')).toEqual(['常州市总工会']);
    expect(orgNames('湖北工会组织开展送温暖活动。')).toEqual(['湖北省总工会']);
    expect(orgNames('鲁山县工会积极行动。')).toEqual(['鲁山县总工会']);
    expect(orgNames('杭州总工会组织开展送温暖活动。')).toEqual(['杭州市总工会']);
    expect(orgNames('珠海市桂山镇工会组织职工活动。')).toEqual(['珠海市桂山镇工会']);
    expect(orgNames('香港海员工会组织会员活动。')).toEqual(['香港海员工会']);
  });

  it('reads no body from praising, joining, handing to or founding (盛赞…, 入职…, 送交…, 创办…)', () => {
    expect(orgNames('黄奕奕高兴地盛赞良光中心学校为教职员工办实事。')).toEqual(['良光中心学校']);
    expect(orgNames('通过招聘会入职杭州科汀光学技术有限公司。')).toEqual(['杭州科汀光学技术有限公司']);
    expect(orgNames('将点算结果资料送交人力资源办公室。')).not.toContain('点算结果资料送交人力资源办公室');
    expect(orgNames('关于反映西田口水力发电厂工会换届的信件。')).toContain('西田口水力发电厂工会');
  });

  it('writes a company’s own committee (集团党委) under a name that closes its brackets (…(集团)股份有限公司)', () => {
    expect(
      orgNames(
        '重庆医药(集团)股份有限公司工会召开会议。重庆医药(集团)股份有限公司职工参加。工会积极争取集团党委的支持。',
      ),
    ).toContain('重庆医药(集团)股份有限公司党委');
  });

  it('reads no body from what a body runs or carries out (开办工会暑托班, 推行工会…, 完成集团公司…) nor from 法治政府', () => {
    expect(orgNames('漳州开办工会暑托班惠及2300名孩子')).toEqual([]);
    expect(orgNames('湖北全面推行工会劳动法律监督“一函两书”。')).toEqual([]);
    expect(orgNames('全力以赴、不折不扣完成集团公司下达的各项目标任务。')).toEqual([]);
    expect(orgNames('这更凝聚着区总工会对户外劳动者的感谢。')).toEqual(['区总工会']);
    expect(orgNames('平顶山市市委法治政府建设第五督察组一行6人来到市总工会。')).toEqual([
      '平顶山市市委',
      '平顶山市总工会',
    ]);
  });

  it('reads 前 or 原 (“former”) opening a body’s name as the holder’s (前保安局局长, 原市总工会主席), not 前锋区’s', () => {
    expect(orgNames('前保安局局长李某光出席活动。', '810000')).toEqual(['保安局']);
    expect(orgNames('福州市总工会消息。原市总工会主席张某新出席。')).toEqual(['福州市总工会', '福州市总工会']);
    expect(orgNames('广安市前锋区政协召开会议。')).toEqual(['广安市前锋区政协']);
    expect(orgNames('深圳前海管理局召开会议。')).toEqual(['深圳前海管理局']);
  });

  it('reads a region’s 工会 before 第N次代表大会 as its federation holding the congress (奇台县工会第八次代表大会)', () => {
    expect(orgNames('奇台县工会第八次代表大会在县城召开。')).toEqual(['奇台县总工会']);
    expect(orgNames('迪庆藏族自治州工会第七次代表大会开幕。')).toEqual(['迪庆藏族自治州总工会']);
    expect(orgNames('公司工会第三次会员代表大会召开。')).toEqual([]);
  });

  it('reads no body from relying on, changing, bringing in or living up to (离不开公司工会, 引进区委党校, 不辜负州委), nor from a menu’s 全总工会', () => {
    expect(orgNames('这份忙碌都离不开公司工会的支持。')).toEqual([]);
    expect(orgNames('必须从根本上改变企业工会主席的雇员身份。')).toEqual([]);
    expect(orgNames('不辜负州委和省总工会的期望。', '440000')).toEqual(['广东省总工会']);
    expect(orgNames('首页学习时政看点工事全总工会评论权益视频')).toEqual([]);
  });

  it('reads no body from whom a service is for or a visiting party (为他们办理工会爱心卡, 领导一行来…)', () => {
    expect(orgNames('为他们办理工会爱心卡。')).toEqual([]);
    expect(orgNames('扬州市总工会领导一行来某公司调研。')).toEqual(['扬州市总工会']);
  });

  it('reads no headline’s quoted slogan before a place into the name (当好“娘家人”青岛市…工会联合会成立)', () => {
    expect(orgNames('当好“娘家人”青岛市家庭服务业工会联合会成立')).toEqual(['青岛市家庭服务业工会联合会']);
    expect(orgNames('“劳动我最美”福州市职工教育中心户外教学。')).toEqual(['福州市职工教育中心']);
  });

  it('reads no body from putting forward, speeding up or doing well (推举…公司为主席单位, 加快集团公司发展, 做好工会联合会管理)', () => {
    expect(orgNames('推举山东泰展机电股份有限公司为主席单位。')).toEqual(['山东泰展机电股份有限公司']);
    expect(orgNames('如何围绕加快集团公司发展这个中心任务。')).toEqual([]);
    expect(orgNames('就如何做好工会联合会管理和服务进行交流。')).toEqual([]);
  });

  it('reads no body from a sector’s seats before the conference (总工会界别政协委员) nor from its session (市政协会议)', () => {
    expect(orgNames('宣教部向新闻媒体通报了总工会界别政协委员大会发言。')).toEqual([]);
    expect(orgNames('从2024年起,重庆市政协会议每年邀请劳模代表列席会议。')).toEqual(['重庆市政协']);
  });

  it('names a federation’s women workers’ committee in full (市总工会女工委 → …女职工委员会)', () => {
    expect(orgNames('绵阳市总工会消息。市总工会女工委五届一次全委会召开。')).toEqual([
      '绵阳市总工会',
      '绵阳市总工会女职工委员会',
    ]);
  });

  it('reads the national federation’s mutual insurance by its short form (中互会)', () => {
    expect(orgNames('中互会紧急响应并安排兰州办事处做好救助慰问工作。')).toContain('中国职工保险互助会');
  });

  it('names the national federation’s unit by its full name (全总女职工部, 全国总工会宣传教育部), not others’ (香港中联办…)', () => {
    expect(orgNames('记者日前从全总女职工部获悉。')).toEqual(['中华全国总工会', '中华全国总工会女职工部']);
    expect(orgNames('全国总工会宣传教育部部长出席。')).toEqual(['中华全国总工会', '中华全国总工会宣传教育部']);
    expect(orgNames('澳门中联办社工部副部长出席。', '820000')).toContain('澳门中联办社工部');
    expect(orgNames('遊行將從民進黨中央黨部出發。', '710000')).toEqual([]);
  });

  it('reads no body from the unions’ online platform named by its place (深圳智慧工会平台, 辽宁“数字工会”)', () => {
    expect(orgNames('这是深圳智慧工会平台九大智慧应用场景之一。')).toEqual([]);
    expect(orgNames('遼寧“數字工會”已建成以“數字大腦”爲基礎的平臺。')).toEqual([]);
    expect(orgNames('辽宁省总工会推进网上工会建设。')).toEqual(['辽宁省总工会']);
  });

  it('reads Hong Kong’s labour advisory board and teachers’ union by their short forms (勞顧會, 教聯會)', () => {
    expect(orgNames('勞顧會僱員代表選舉結果公佈,教聯會主席黃錦良致辭。', '810000')).toEqual([
      '劳工顾问委员会',
      '香港教育工作者联会',
    ]);
  });

  it('reads the short forms a region’s unions go by on its own pages (职工盟, 劳联, 全教总)', () => {
    expect(orgNames('職工盟執委會通過決議,教協和勞聯亦有回應。', '810000')).toEqual([
      '香港职工会联盟',
      '港九劳工社团联会',
      '香港教育专业人员协会',
    ]);
    expect(orgNames('全教總理事長表示不滿。', '710000')).toEqual(['全国教师工会总联合会']);
  });

  it('reads no CPC body from another party’s name (民進黨中央黨部) and keeps 全总党组', () => {
    expect(orgNames('遊行將從民進黨中央黨部出發。', '710000')).toEqual([]);
    expect(orgNames('全国总工会党组书记出席。')).toEqual(['中华全国总工会']);
  });

  it('reads no body described by its size or as independent, nor one joined by 暨 to an event', () => {
    expect(orgNames('職工盟為香港最大工會,獨立工會仍有空間。', '810000')).toEqual(['香港职工会联盟']);
    expect(orgNames('汉寿县总工会举行“送温暖”活动暨万达广场爱心驿站启动仪式。')).toEqual(['汉寿县总工会']);
  });

  it('reads a bank’s branches, not the currency (人民币银行结算账户), and no day before a name', () => {
    expect(orgNames('来自交通银行梧州分行等12个银行的选手参加人民币银行结算账户知识竞赛。')).toEqual([
      '交通银行股份有限公司',
      '交通银行梧州分行',
    ]);
    expect(orgNames('学习传达4月12日省总工会工作会议精神。', '350000')).toEqual(['福建省总工会']);
    // 民建聯 is Hong Kong's party, not the mainland's 民建 (中国民主建国会).
    expect(orgNames('民建聯主席譚耀宗當選委員會主席。', '810000')).toEqual(['民主建港协进联盟']);
  });

  it('does not run a name back over a slogan with a pause in it (“进万家门,知万家情”)', () => {
    expect(orgNames('开展的“进万家门,知万家情”和青松钢铁有限公司的做法。')).toEqual(['青松钢铁有限公司']);
  });

  it('reads no union from 优秀工会积极分子 (an honour) after a count of people (20位)', () => {
    expect(orgNames('表彰黄某等20位海南省优秀工会积极分子。')).toEqual([]);
  });

  it('reads no body from 城市副中心 and ends a name at 开进 and 宣布', () => {
    expect(orgNames('首都职工志愿服务“大篷车”开进北京城市副中心。')).toEqual([]);
    expect(orgNames('会上宣布宝鸡石油钢管有限责任公司成立工作室。')).toEqual(['宝鸡石油钢管有限责任公司']);
  });

  it('ends a name at 并报 and 着力', () => {
    expect(orgNames('十堰市总工会消息。各单位审核并报市总工会认可。')).toEqual(['十堰市总工会', '十堰市总工会']);
  });

  it('ends a name at 负责人 and 后续', () => {
    expect(orgNames('承办方负责人中建三局基建投华南公司总经理致辞。')).toEqual(['中建三局基建投华南公司']);
    expect(orgNames('后续集团工会将继续组织活动。')).toEqual([]);
  });

  it('reads no college from 上大学, no union from 工会发展道路 or 地市总工会, and ends a name at 然后', () => {
    expect(orgNames('救助困难职工子女上大学。走中国特色社会主义工会发展道路。235个地市总工会下发通知。')).toEqual([]);
    // 工会理论: the unions' theory, as 工会发展道路 is their road.
    expect(orgNames('他汇报了中国特色社会主义工会理论在海南的探索与实践。')).toEqual([]);
    expect(orgNames('主席讲话,然后县总工会发放助学金。')).not.toContain('然后县总工会');
  });

  it('reads no one region from a count of them (11个市煤炭工业局)', () => {
    expect(orgNames('大同市总工会消息。来自全省11个市煤炭工业局的选手参赛。')).toEqual(['大同市总工会']);
  });

  it('reads names written in traditional characters', () => {
    expect(orgNames('韶關市總工會召開會議。')).toEqual(['韶关市总工会']);
  });
});

describe('findOrganizations › evidence', () => {
  it('does not take a category conferred or named by its level for a body (区级“…工作室”, 命名为“…”)', () => {
    expect(orgNames('香洲区总工会为5家香洲区区级“劳模和工匠人才创新工作室”授牌。')).toEqual(['珠海市香洲区总工会']);
    expect(orgNames('两家工作室被命名为“锡林郭勒盟职工创新工作室”。', '150000')).toEqual([]);
  });

  it('takes a short company name that hosts or backs an event, fields a team or is where one is held', () => {
    expect(orgNames('分别组成经济开发区代表队、龙鼎工贸公司代表队参赛。')).toEqual(['龙鼎工贸公司']);
    expect(orgNames('大赛由市总工会主办,华兴公司、东方日报分社协办。')).toContain('华兴公司');
    expect(orgNames('调研组在威龙投资公司召开座谈会。')).toEqual(['威龙投资公司']);
    expect(orgNames('宏达公司、三隆公司等多家企业工会负责人参加。')).toEqual(['宏达公司', '三隆公司']);
    expect(orgNames('推动公司发展。调研组在该公司召开座谈会。')).toEqual([]);
  });

  it('takes a name a visit goes to when its own words name it (到…公益协会慰问), not a kind of body', () => {
    expect(orgNames('县总工会领导到天中劳模之家公益协会慰问看望劳模代表。')).toEqual([
      '县总工会',
      '天中劳模之家公益协会',
    ]);
    expect(orgNames('调研组走进恒达精密机械公司调研。')).toEqual(['恒达精密机械公司']);
    expect(orgNames('领导到基层工会调研,来到新时代文明实践中心考察。')).toEqual([]);
    // A company gone to may close its clause, what was done told after it; other kinds need the visit's verb.
    expect(orgNames('邱某一行来到武钢集团,了解帮扶困难职工的经验做法。')).toEqual(['武钢集团']);
    expect(orgNames('调研组来到新闻中心,了解宣传工作情况。')).toEqual([]);
  });

  it('does not take a region’s grade of studio for a body, but keeps a studio named after its leader', () => {
    expect(orgNames('近年来,新北区已创建常州市职工劳模创新工作室11个。')).toEqual([]);
    expect(orgNames('会上为第九批浙江省高技能人才(劳模)创新工作室授牌。')).toEqual([]);
    expect(orgNames('常州市张永洁劳模创新工作室开展活动。')).toEqual(['常州市张永洁劳模创新工作室']);
  });

  it('names the body of each place listed before a region’s body (银川市、平罗县、青铜峡市总工会)', () => {
    expect(orgNames('银川市、平罗县、青铜峡市总工会被评为先进集体。')).toEqual([
      '银川市总工会',
      '平罗县总工会',
      '青铜峡市总工会',
    ]);
    expect(orgNames('四川省、成都市、青羊区三级总工会联合开展活动。')).toEqual([]);
    // A development zone the gazetteer lacks may close the list (…、高新区总工会).
    expect(orgNames('宜宾市总工会听取了翠屏区、叙州区、三江新区总工会的工作汇报。').sort()).toEqual([
      '三江新区总工会',
      '宜宾市叙州区总工会',
      '宜宾市总工会',
      '宜宾市翠屏区总工会',
    ]);
    // The city that qualifies the last district qualifies the districts before it.
    expect(orgNames('宝鸡市总工会举办运动会,金台区、渭滨区总工会派员参加。').sort()).toEqual([
      '宝鸡市总工会',
      '宝鸡市渭滨区总工会',
      '宝鸡市金台区总工会',
    ]);
  });

  it('names a region’s federation written from its short name in full (威海总工会 → 威海市总工会), not a spelled level', () => {
    expect(orgNames('威海总工会代表签订协议。')).toEqual(['威海市总工会']);
    expect(orgNames('广东总工会召开会议。')).toEqual(['广东省总工会']);
    expect(orgNames('海西州总工会召开会议。')).toEqual(['海西州总工会']);
  });

  it('names the federation of each region of any level listed before one, the last joined by 和', () => {
    expect(orgNames('会同北京市、天津市、河北省和南京市总工会举办招聘会。')).toEqual(
      expect.arrayContaining(['北京市总工会', '天津市总工会', '河北省总工会', '南京市总工会']),
    );
    expect(orgNames('广东省、深圳市宝安区总工会参加。')).toEqual(['深圳市宝安区总工会']);
  });

  it('reads no body from unions described by what they are (已登记雇员工会, 爱国工会, 线上工会, 现时工会)', () => {
    expect(orgNames('全港已登记雇员工会可提名候选人。', '810000')).toEqual([]);
    expect(orgNames('多家爱国工会和线上工会参加活动。', '820000')).toEqual([]);
    expect(orgNames('同仁了解现时工会及建造业议会合作举办的课程。', '810000')).toEqual([]);
  });

  it('reads a unit of a body as the entity (…分公司, …分厂…班, …分局…派出所)', () => {
    expect(orgNames('授予华远建设集团有限公司武昌分公司全国工人先锋号。')).toContain('华远建设集团有限公司武昌分公司');
    expect(orgNames('红星机械制造有限公司三分厂装配一班获奖。')).toContain('红星机械制造有限公司三分厂装配一班');
    expect(orgNames('南京市公安局玄武分局梅园派出所民警王明获奖。')).toEqual(['南京市公安局玄武分局梅园派出所']);
  });

  it('keeps the body a unit is named after beside the unit (…总工会劳动关系部, …有限公司…分公司)', () => {
    expect(orgNames('授予华远建设集团有限公司武昌分公司全国工人先锋号。')).toEqual([
      '华远建设集团有限公司',
      '华远建设集团有限公司武昌分公司',
    ]);
    expect(orgNames('长沙市总工会劳动关系部部长出席。', '430000')).toEqual(['长沙市总工会', '长沙市总工会劳动关系部']);
  });

  it('reads a national prefix as a place: industrial unions, not the movement', () => {
    expect(orgNames('中国海员建设工会副主席出席。')).toEqual(['中国海员建设工会']);
    expect(orgNames('学习中国工会十八大精神。')).toEqual([]);
  });

  it('takes a head’s title after a name as evidence that it names a body', () => {
    expect(orgNames('金星集团党委书记张强出席。')).toEqual(['金星集团']);
    expect(orgNames('会议要求集团上下团结一心。')).toEqual([]);
  });

  it('takes a count of units after a recipient as evidence (等20个单位)', () => {
    expect(orgNames('授予红旗医院等20个单位五一劳动奖状。')).toEqual(['红旗医院']);
    // …and a count closing the list an item stands in, but not for kinds of bodies.
    expect(orgNames('武港集团、宜港集团和汉江港投3家单位获得最佳组织奖。')).toEqual([
      '武港集团',
      '宜港集团',
      '汉江港投',
    ]);
    expect(orgNames('各集团、公司和企业3家单位获奖。')).toEqual([]);
    expect(orgNames('他在红旗医院工作。')).toEqual([]);
  });

  it('reads studios named after a person in a list', () => {
    expect(orgNames('入选的是:宏达公司李强创新工作室、宏达公司王芳劳模创新工作室。')).toEqual([
      '宏达公司李强创新工作室',
      '宏达公司王芳劳模创新工作室',
    ]);
  });

  it('does not take generic references or honours for bodies', () => {
    expect(orgNames('各级工会要发挥作用,企业工会要积极参与。')).toEqual([]);
    expect(orgNames('该工作室被评为2024年韶关市劳模创新工作室。')).toEqual([]);
    expect(orgNames('大会在市文化中心二楼报告厅举行。')).toEqual([]);
    // 骑手驿站, 心灵驿站: kinds of station, not one.
    expect(orgNames('中心设置了权益保障室、心灵驿站和爱心妈妈小屋。“骑手驿站”就是家,凝聚职工的“红色驿站”。')).toEqual(
      [],
    );
    // 农民工夜校: a kind of night school every site may open, not one.
    expect(orgNames('项目部通过创办工地“农民工夜校”,提升工人技能。')).toEqual([]);
  });

  it('reads the federation that gave an honour after a verb of winning, not as the honour (获得某省总工会模范职工之家)', () => {
    expect(orgNames('该公司先后获得河南省总工会模范职工之家、五一劳动奖状等荣誉。')).toEqual(['河南省总工会']);
    expect(orgNames('该书屋获评2025年江苏省总工会职工书屋。')).toEqual(['江苏省总工会']);
  });

  it('keeps a company union and its company', () => {
    expect(orgNames('广州立新科技有限公司工会作交流发言。').sort()).toEqual([
      '广州立新科技有限公司',
      '广州立新科技有限公司工会',
    ]);
  });

  it('names a school after its city (苏州中学) but not after a bare district (…新区学校)', () => {
    expect(orgNames('吴明 苏州中学副校长。')).toEqual(['苏州中学']);
    expect(orgNames('关于滨海新区学校的建设。')).toEqual([]);
  });
});

describe('findOrganizations › article-wide readings', () => {
  it('reads 院工会, 校工会 and 该院工会 as the union of the hospital or school the article is about, not an academy’s', () => {
    expect(orgNames('河南省人民医院举行活动。院工会组织职工参赛。')).toContain('河南省人民医院工会');
    expect(orgNames('天津商业大学召开教代会。校工会常务副主席宋某发主持。')).toContain('天津商业大学工会');
    expect(orgNames('温州医科大学附属第一医院获表彰。该院工会被授予模范职工之家称号。')).toContain(
      '温州医科大学附属第一医院工会',
    );
    expect(orgNames('中国科学院上海分院召开会议。院党委书记出席。')).not.toContain('中国科学院党委');
  });

  it('names a region’s mass bodies as written when the page never names the region, as its 总工会 is (市妇联)', () => {
    expect(orgNames('市总工会联合团市委、市妇联、市科协、市残联开展慰问活动。')).toEqual([
      '市总工会',
      '市妇联',
      '市科协',
      '市残联',
    ]);
  });

  it('reads a state farm named by words of its own (龙亢农场, 下蔡国有林场), not a region’s farms as a kind', () => {
    expect(orgNames('5月3日,龙亢农场举办职工运动会。')).toEqual(['龙亢农场']);
    expect(orgNames('漳浦下蔡国有林场、德化县林业工会在会上作了典型发言。')).toContain('漳浦下蔡国有林场');
    expect(orgNames('2025年重庆市国有林场职业技能竞赛在璧山区举行。')).toEqual([]);
  });

  it('keeps a group named by words of its own when the article writes it twice, not words that run into 集团 once', () => {
    expect(orgNames('古井集团周口区域经理代表古井集团,向项城市捐赠了5000元。')).toContain('古井集团');
    expect(orgNames('开展了元旦春节集团领导家访慰问活动。')).toEqual([]);
  });

  it('starts no name at a verb before it (选树九阳股份有限公司…, 掀起集团…, 记入集团公司…)', () => {
    expect(orgNames('选树九阳股份有限公司工会委员会为模范职工之家。')).toContain('九阳股份有限公司工会委员会');
    expect(orgNames('会议掀起集团系统内学习工会财会知识热潮。')).toEqual([]);
  });

  it('keeps a body of its own words that opens its clause and acts (…煤矿工会开展, …厂举办), not a kind that does', () => {
    expect(orgNames('新桥煤矿工会开展了“送物质大餐”活动。')).toContain('新桥煤矿工会');
    expect(orgNames('近日,龙选厂举办职工趣味运动会。')).toContain('龙选厂');
    expect(orgNames('学院工会组织召开女工工作专题会议。')).toEqual([]);
    expect(orgNames('9月9日上午,科研单位工会组织教职工开展活动。')).toEqual([]);
    // (A coal mine names itself: 推动新桥煤矿工会开展… is read by the mines' rule.)
    expect(orgNames('推动新桥矿工会开展活动。')).toEqual([]);
  });

  it('keeps the union of a community named by words of its own that opens its clause and acts, not of any community', () => {
    expect(orgNames('8月7日下午,勤德家园社区工联会开展慰问活动。')).toEqual(['勤德家园社区工联会']);
    expect(orgNames('8月7日下午,各社区工会开展慰问活动。')).toEqual([]);
  });

  it('reads 中心工会 and 所工会 as the union of the centre or institute the article is about', () => {
    expect(orgNames('随州市疾控中心召开职代会。中心工会主席杨庆作报告。')).toContain('随州市疾控中心工会');
    expect(orgNames('中国科学院西安光学精密机械研究所举办活动。所工会组织职工参赛。')).toContain(
      '中国科学院西安光学精密机械研究所工会',
    );
  });

  it('reads 公司工会 as the union of the company the article is about', () => {
    expect(orgNames('长河电力有限公司召开职代会。会议由公司工会主席主持。')).toEqual([
      '长河电力有限公司',
      '长河电力有限公司工会',
    ]);
  });

  it('reads 医院工会 and 学校工会 as the union of the hospital or school the article is about', () => {
    expect(orgNames('佛山市第一人民医院召开职代会。会议由医院工会主席主持,医院党支部书记讲话。')).toEqual([
      '佛山市第一人民医院',
      '佛山市第一人民医院工会',
      '佛山市第一人民医院党支部',
    ]);
    expect(orgNames('佛山市第一中学召开教代会。学校工会主席王某主持。')).toContain('佛山市第一中学工会');
    expect(orgNames('会议由医院工会主席主持。')).toEqual([]);
  });

  it('gives a list of a region’s industrial unions the place the first one names', () => {
    expect(orgNames('发起方为上海纺织工会、印刷工会、海员工会等。')).toEqual([
      '上海纺织工会',
      '上海印刷工会',
      '上海海员工会',
    ]);
    // 教科文卫体工会: a core of five characters, as the education, science, culture, health and sports union has.
    expect(orgNames('银川工交住建工会、财贸物流工会、教科文卫体工会联合承办。')).toContain('银川教科文卫体工会');
  });

  it('does not run a name that starts with a place back over an event before it', () => {
    expect(orgNames('此次夏送清凉活动远安县总工会筹措资金近6万元。', '420000')).toEqual(['远安县总工会']);
  });

  it('reads a joint union of a trade (…网约送餐员联合工会) and stops before 随着', () => {
    expect(orgNames('近日,衢州市衢江区网约送餐员联合工会成立。', '330000')).toEqual(['衢州市衢江区网约送餐员联合工会']);
    expect(orgNames('随着固始县外卖配送行业工会联合会成立,外卖员有了家。', '410000')).toEqual([
      '固始县外卖配送行业工会联合会',
    ]);
  });

  it('does not run a name back over a dateline’s byline', () => {
    expect(
      orgNames('中新网昌都7月27日电 (李文涛)昌都市卡若区人力资源和社会保障局副局长称,培训有效。', '540000'),
    ).toEqual(['昌都市卡若区人力资源和社会保障局']);
  });

  it('starts a name after the verb or the list’s 及 before it', () => {
    expect(orgNames('活动由观塘服务处协办、及何强议员办事处协办。', '810000')).toContain('何强议员办事处');
    expect(orgNames('工联会举行新春活动,简介工联会的工作。', '810000')).toEqual(['香港工会联合会', '香港工会联合会']);
  });

  it('reads the short forms a region’s pages give its bodies (职安局, 街坊总会)', () => {
    expect(orgNames('劳工处联同职安局举办研讨会。', '810000')).toContain('职业安全健康局');
    expect(orgNames('会长拜访街坊总会。', '820000')).toEqual(['澳门街坊会联合总会']);
  });

  it('keeps a district’s name the page cannot place before a bare 区总工会 written later (通州区总工会…区总工会)', () => {
    expect(orgNames('通州区总工会开始推动产业园建会。区总工会将进一步加强服务。')).toEqual([
      '通州区总工会',
      '区总工会',
    ]);
    expect(orgNames('深入推进区总工会建设。区总工会将进一步加强服务。')).not.toContain('深入推进区总工会');
  });

  it('ends a name before 主动 (on its own initiative): no body runs over it into the next (…工会主动与当地政府)', () => {
    expect(orgNames('鸡西矿区工会主动与当地政府进行协调沟通。')).toEqual(['鸡西矿区工会']);
  });

  it('starts a region’s own body at its places, not at the words before them', () => {
    expect(orgNames('乐山市召开大会。感激沙湾区总工会的关爱。')).toEqual(['乐山市沙湾区总工会']);
    expect(orgNames('欢迎您进入乐山市总工会门户网站')).toEqual(['乐山市总工会']);
    expect(orgNames('福州市召开大会。今年省总工会计划安排疗休养。', '350000')).toEqual(['福建省总工会']);
    expect(orgNames('近期安徽省委宣传部开展选树活动。')).not.toContain('近期安徽省委宣传部');
    expect(orgNames('会上签订责任书,会后集团工会将与二级工会签订责任书。')).toEqual([]);
    expect(orgNames('朋友们几乎无法想像台湾总工会上街募款。')).toEqual(['台湾总工会']);
  });

  it('reads a word right before a company’s legal form as the name’s, though elsewhere it ends one (钢铁联合有限责任公司)', () => {
    expect(orgNames('选手来自首钢京唐钢铁联合有限责任公司。')).toEqual(['首钢京唐钢铁联合有限责任公司']);
    expect(orgNames('区总工会联合佛山市天成材料有限公司开展活动。')).toEqual(['区总工会', '佛山市天成材料有限公司']);
  });

  it('ends a name at 有 and 支援, but not inside 有限, 有色 or 国有', () => {
    expect(orgNames('目前,江西省有工会维权律师1500余人。')).toEqual([]);
    expect(orgNames('同时支援中国工会。', '810000')).not.toContainEqual(expect.stringContaining('支援'));
    expect(orgNames('佛山市有色金属有限公司与佛山市国有资产监督管理委员会签约。')).toEqual([
      '佛山市有色金属有限公司',
      '佛山市国有资产监督管理委员会',
    ]);
  });

  it('reads a region’s short form after an event as the region’s body (本次活动县总工会)', () => {
    expect(orgNames('某某县总工会开展活动。本次慰问活动县总工会共筹资16万元。')).not.toContain('活动县总工会');
  });

  it('reads levels listed before a body (省、市和新区党委) as no region', () => {
    expect(orgNames('某某市总工会主办。感受省、市和新区党委的关心。')).not.toContainEqual(
      expect.stringContaining('党委'),
    );
  });

  it('ends a name at a time word (同时市总工会…)', () => {
    expect(orgNames('某某市总工会开展助学。同时市总工会认真核实申请。')).not.toContain('时市总工会');
  });

  it('reads a mine named by its own words before a bare 矿 when no group stands before it (在西铭矿, 官地矿对…)', () => {
    expect(orgNames('在西铭矿,调研组参观了职工书屋。')).toEqual(['西铭矿']);
    expect(orgNames('官地矿对井口群众安全工作站进行升级改造。')).toEqual(['官地矿']);
    expect(orgNames('开发建设的石屏一矿是古叙矿区开发的首对大型矿井。')).toContain('石屏一矿');
  });

  it('reads no mine where the words before 矿 are a pointer, an ore, a verb or a brand (该矿, 铁矿, 自建矿, 中国五矿)', () => {
    expect(orgNames('该矿职工踊跃参加。各矿工会积极响应。')).toEqual([]);
    expect(orgNames('他们中,有的是地质地矿行业的开拓者。')).toEqual([]);
    expect(orgNames('彭闯向正在清理矿车的矿工们问好。')).toEqual([]);
    expect(orgNames('自建矿以来,该矿始终坚持安全第一。')).toEqual([]);
    expect(orgNames('公司是世界500强中国五矿的骨干子企业。')).not.toContain('强中国五矿');
    expect(orgNames('依法关闭非法小矿,整合中型矿。')).toEqual([]);
  });

  it('ends a name at 当 (when) opening its clause, but not inside 当涂, 当代 or 泽当', () => {
    expect(orgNames('当河南能源义煤公司千秋煤矿的队长接过奖状时,全场掌声雷动。')).toEqual(['河南能源义煤公司千秋煤矿']);
    expect(orgNames('当涂县总工会召开会议。当代中国研究所举办讲座。')).toEqual(['当涂县总工会', '当代中国研究所']);
    expect(orgNames('会议在拉萨泽当饭店举行。')).toContain('拉萨泽当饭店');
  });

  it('ends a name at 来 or 去 before a place (代表全总来安徽某某公司)', () => {
    expect(orgNames('胡某代表中华全国总工会来安徽华能电缆集团有限公司颁奖。')).toContain('安徽华能电缆集团有限公司');
  });

  it('ends a body before an acting or honorary office (代理局长, 名誉局长)', () => {
    expect(orgNames('台中市政府劳工局代理局长罗志明受邀出席。')).toEqual(['台中市政府劳工局']);
  });

  it('ends a body before its suffix said again as its head’s office (青阳支局支局长)', () => {
    expect(orgNames('某某县邮政分公司青阳支局支局长王清秀出席。').some((n) => n.endsWith('支局支局'))).toBe(false);
  });

  it('reads a town named like a verb (联合镇) after a body’s suffix as the verb (区总工会联合镇总工会)', () => {
    expect(orgNames('秀屿区召开会议。区总工会联合镇总工会开展活动。')).not.toContainEqual(
      expect.stringContaining('联合镇'),
    );
  });

  it('reads a government only as a place’s (市政府, 特区政府), not after a verb (监督政府, 相信特区政府)', () => {
    expect(orgNames('团体要求监督政府,周末会去政府请愿。')).toEqual([]);
    expect(orgNames('佛山市南海区政府出席。')).toEqual(['佛山市南海区人民政府']);
  });

  it('keeps a county’s former name as written and reads no 成县 in 完成县委', () => {
    expect(orgNames('北京市密云县总工会常务副主席李国良说,县总工会送温暖。')).toContain('北京市密云县总工会');
    expect(orgNames('崇明县召开会议。全面完成县委交给的任务。县总工会主席张三出席。')).toContain('崇明县总工会');
  });

  it('ends a name at a compound-surname name after a head (会长欧阳广球和…), a count of cities and 这次', () => {
    expect(
      orgNames('澳门外劳职业中介协会会长欧阳广球和工联职业培训委员会主任梁孙旭出席。', '820000').some((n) =>
        n.includes('欧阳'),
      ),
    ).toBe(false);
    expect(orgNames('湾区内地九市总工会负责人参加。')).toEqual([]);
    expect(orgNames('这次粤港澳大湾区工会联席会议举行。').some((n) => n.includes('这次'))).toBe(false);
  });

  it('ends a name at a preposition right after a body (外判公司为民顺清洁有限公司), not at 有 of 有限', () => {
    expect(orgNames('涉事的旧外判公司为民顺清洁有限公司接手。')).toContain('民顺清洁有限公司');
    expect(orgNames('中国铁路青藏集团有限公司拉萨办事处出席。')).toContain('中国铁路青藏集团有限公司拉萨办事处');
  });

  it('reads no body in 工会活动 or in a first document (第一部《集体合同》)', () => {
    expect(orgNames('临沧市快递行业企业联合工会开展新年工会活动。')).toEqual(['临沧市快递行业企业联合工会']);
    expect(orgNames('华威集团第一部《集体合同》通过审查。')).not.toContain('华威集团第一部');
  });

  it('ends a name at 和 after a place named in full (西安市灞桥区和陕建七建集团)', () => {
    expect(orgNames('该项目是西安市灞桥区和陕建七建集团的重点项目。')).not.toContainEqual(
      expect.stringContaining('和'),
    );
  });

  it('reads a state group’s bureau by the group’s short name (中建三局, 中铁四局)', () => {
    expect(orgNames('中建三局在北京举行农民工入会仪式。中建三局党委从农民工最关心的问题入手。')).toContain('中建三局');
  });

  it('reads a county-level city made a district as the 市 of 市总工会 on a page that names it so', () => {
    expect(orgNames('从化市太平镇总工会揭牌。市人大常委会副主任、市总工会主席刘树生出席。')).toContain('从化市总工会');
  });

  it('reads no body in a place’s first of a kind (惠州市首个园区工会联合会), and ends a name at 联动', () => {
    const names = orgNames('惠州市首个园区工会联合会——惠南园区工会联合会揭牌。');
    expect(names).not.toContain('惠州市首个园区工会联合会');
    expect(names).toContain('惠南园区工会联合会');
  });

  it('ends a body at a person named after another body before a place (…有限公司吴海军浙江…公司)', () => {
    const names = orgNames('宁波华舜铝材有限公司吴海军浙江沃可自动化设备有限公司王五获奖。');
    expect(names).toContain('浙江沃可自动化设备有限公司');
    expect(orgNames('陕西省总工会商洛地区办事处召开会议。')).toEqual(['陕西省总工会商洛地区办事处']);
  });

  it('reads a county’s short name that is a stop word (会同) right after a body as the word', () => {
    expect(orgNames('继续教育学院会同集团工会确认大赛方案。')).not.toContainEqual(expect.stringContaining('会同'));
  });

  it('adds no second 人民 to a procuratorate written in full', () => {
    expect(orgNames('沈阳市苏家屯区人民检察院举行工会换届选举大会。')).toContain('沈阳市苏家屯区人民检察院');
  });

  it('reads a bare 政府 listed after other words as the government in general, and 而 as a stop', () => {
    expect(orgNames('工会希望市民及政府关注,而劳工局回应。', '820000')).not.toContainEqual(
      expect.stringContaining('及政府'),
    );
    expect(orgNames('工会希望市民及政府关注,而劳工局回应。', '820000')).not.toContainEqual(
      expect.stringContaining('而'),
    );
  });

  it('reads no Hong Kong government or legislature named with other words (明白政府, 连任九龙东立法会)', () => {
    const names = orgNames('他明白政府有难处,二〇〇四年连任九龙东立法会议员。', '810000');
    expect(names.filter((n) => n.endsWith('政府') || n.endsWith('立法会'))).toEqual([]);
  });

  it('reads every city with districts (各设区市总工会) as no body', () => {
    expect(orgNames('江西省总工会要求各设区市总工会设立分团。')).toEqual(['江西省总工会']);
  });

  it('starts a name at the places that end at its suffix when the places it opens with stop short', () => {
    const names = orgNames('一、省总工会主要职能青海省总工会是全省各级工会的领导机关。', '630000');
    expect(names).toContain('青海省总工会');
    expect(names.some((n) => n.includes('主要职能'))).toBe(false);
    expect(orgNames('陕西省总工会商洛地区办事处召开会议。')).toEqual(['陕西省总工会商洛地区办事处']);
  });

  it('starts a name after the writer’s own region and after a count with 余 (我市, 20余家)', () => {
    expect(orgNames('全省共有20余家单位工会参加。')).toEqual([]);
    expect(orgNames('已命名3批次省级劳模创新工作室。').some((n) => n.startsWith('次'))).toBe(false);
    expect(orgNames('北京市、天津市、河北省三地总工会联合举办竞赛。')).not.toContain('河北省三地总工会');
    expect(orgNames('我市漳州第一技工学校的职工获奖。')).toEqual(['漳州第一技工学校']);
  });

  it('reads no region from a word that opens with a level character (市场化运营中心)', () => {
    expect(orgNames('北京市召开会议。围绕六个市场化运营中心建设开展工作。')).toEqual([]);
  });

  it('starts a name after 了解', () => {
    expect(orgNames('调研组深入了解劳模创新工作室的运行情况。')).not.toContain('解劳模创新工作室');
  });

  it('reads a named city’s 市总 as its federation, not a word that opens with 总', () => {
    expect(orgNames('疗休养费用由宁波市总承担三分之一。')).toEqual(['宁波市总工会']);
    expect(orgNames('宁波市总人口有所增长。')).toEqual([]);
    expect(orgNames('宁波市总投入资金50万元。')).toEqual(['宁波市总工会']);
  });

  it('reads a named province’s or county’s 省总, 县总 as its federation, not the page province’s', () => {
    expect(orgNames('江苏省总、江西省总分别派员参加。')).toEqual(['江苏省总工会', '江西省总工会']);
    expect(orgNames('昌都市总工会对口援助,察雅县总组织职工开展活动。')).toContain('昌都市察雅县总工会');
    expect(orgNames('河北省总体规划出台。')).toEqual([]);
  });

  it('starts no Hong Kong or Macau union at what the bodies do together (促进港澳工会…, 发挥好爱国工会作用)', () => {
    expect(orgNames('活动旨在促进港澳工会与内地工会青年职工的交流。', '810000')).toEqual([]);
    expect(orgNames('希望继续发挥好爱国工会作用。', '820000')).toEqual([]);
  });

  it('reads 新建 before 工会 as newly set up, not Nanchang’s district, which is written 新建区', () => {
    expect(orgNames('共青城市总工会召开会议。全市新建工会16家。', '360000')).toEqual(['共青城市总工会']);
    expect(orgNames('南昌市新建区总工会召开会议。', '360000')).toEqual(['南昌市新建区总工会']);
  });

  it('reads a bare 区总工会 on an autonomous region’s page that names no district as the region’s', () => {
    expect(orgNames('自治区人大常委会副主任、区总工会主席唐某英出席拉萨会议。', '540000')).toContain(
      '西藏自治区总工会',
    );
    expect(orgNames('拉萨市城关区召开会议。区总工会主席出席。', '540000')).toContain('拉萨市城关区总工会');
    expect(orgNames('吸引区外大学毕业生来藏就业。', '540000')).toEqual([]);
  });

  it('reads a Corps division’s and regiment’s unions, named in full (七师工会 → 第七师工会; 一师阿拉尔市总工会)', () => {
    expect(orgNames('与七师工会召开援疆座谈会。')).toEqual(['第七师工会']);
    expect(orgNames('三师四十八团工会、团委联合组织30多名职工。')).toEqual(['第三师四十八团工会']);
    expect(orgNames('一师阿拉尔市总工会以师市劳动模范组成宣讲团。')).toEqual(['第一师阿拉尔市总工会']);
    expect(orgNames('一公司举办活动。')).toEqual([]);
  });

  it('reads no body kept anonymous after its place (宁夏银川某服装厂, 图木舒克市某保安公司)', () => {
    expect(orgNames('200余名农民工在宁夏银川某服装厂从事室内装修。')).toEqual([]);
    expect(orgNames('在广州瑞丰公司工作的李某。')).toEqual(['广州瑞丰公司']);
  });

  it('reads a bare 政府 listed after a region’s party committee as its government (自治区党委、政府, 奎屯市委、政府)', () => {
    expect(orgNames('西藏自治区党委、政府历来高度重视职工工作。')).toContain('西藏自治区人民政府');
    expect(orgNames('田新梅带着奎屯市委、政府的亲切关怀看望职工。')).toContain('奎屯市人民政府');
    expect(orgNames('各级党委、政府高度重视。')).toEqual([]);
  });

  it('reads a party committee’s 政法委 as a body of its own, named by its place or committee (州政法委, 州委政法委)', () => {
    const { sentences, ctx } = sentencesOf('海南州总工会:州委办、州政府办、州政法委、州委组织部参加。', '630000');
    const found = [...findArticleOrganizations(sentences, ctx).values()].flat().map((o) => o.name);
    expect(found).toContain('海南州政法委');
    expect(orgNames('各地政法委高度重视。')).toEqual([]);
  });

  it('reads a region’s or a body’s team in a contest as a team (隆林县代表队, 湖北代表队), not a bare count of teams', () => {
    expect(orgNames('隆林县代表队、田阳县代表队荣获优秀组织奖。')).toEqual(['隆林县代表队', '田阳县代表队']);
    expect(orgNames('湖北代表队获得2银3铜。')).toEqual(['湖北代表队']);
    expect(orgNames('来自全市的18支代表队参赛,各代表队展开激烈角逐。')).toEqual([]);
  });

  it('reads a 政府 glued to a region’s party committee as its government (来宾市委政府, 双柏县委政府)', () => {
    expect(orgNames('来宾市总工会落实来宾市委政府部署。')).toContain('来宾市人民政府');
    expect(orgNames('双柏县总工会围绕县委政府中心工作。')).toContain('双柏县人民政府');
    expect(orgNames('各级党委政府高度重视。')).toEqual([]);
  });

  it('writes a level listed before one 总工会 out as its federation (省 of 省、市总工会 → 省总工会), no one-character form', () => {
    const { sentences, ctx } = sentencesOf('甘肃省酒泉市金塔县总工会:根据省、市总工会的要求,开展活动。', '620000');
    const found = [...findArticleOrganizations(sentences, ctx).values()].flat();
    const province = found.find((o) => o.name === '甘肃省总工会');
    expect(province?.written).toBe('省总工会');
    expect(found.filter((o) => o.written.length < 2)).toEqual([]);
  });

  it('reads the levels listed before one 总工会 as their regions’ federations (省、市总工会), not every province’s', () => {
    const names = orgNames('甘肃省酒泉市金塔县总工会:根据省、市总工会的要求,开展活动。', '620000');
    expect(names).toEqual(expect.arrayContaining(['甘肃省总工会', '酒泉市总工会']));
    expect(orgNames('甘肃省酒泉市金塔县总工会:各省、市总工会派员参加。', '620000')).not.toContain('甘肃省总工会');
  });

  it('reads the places listed before one 总工会 as their federations (甲、乙、丙总工会; 甲、乙等区总工会)', () => {
    expect(orgNames('石家庄、沧州、定州、辛集总工会作了交流发言。')).toEqual([
      '石家庄市总工会',
      '沧州市总工会',
      '定州市总工会',
      '辛集市总工会',
    ]);
    expect(orgNames('北京市总工会干部走进了朝阳、丰台等区总工会。')).toEqual(
      expect.arrayContaining(['北京市朝阳区总工会', '北京市丰台区总工会']),
    );
    // 等地: a list of places of any level.
    expect(orgNames('中华全国总工会和北京、上海、四川等地总工会都发来贺电。')).toEqual(
      expect.arrayContaining(['北京市总工会', '上海市总工会', '四川省总工会']),
    );
    // 主席李东安: a list's first item read from its last characters alone must open the list.
    expect(orgNames('市财贸工会主席李东安、龙华区总工会常务副主席周某出席。', '460000')).not.toContain(
      '海口市东安区总工会',
    );
  });

  it('reads 安康 as well-being (“安康杯”, 守护职工安康), not the city a bare 市总工会 is of', () => {
    expect(orgNames('市总工会深入开展“安康杯”竞赛活动,守护职工安康。')).toEqual(['市总工会']);
    expect(orgNames('安康市总工会召开会议。')).toEqual(['安康市总工会']);
  });

  it('reads a bare 市总 opening its phrase as the city’s federation, not 全市总人口 nor levels listed', () => {
    expect(orgNames('常州市召开会议。从2015年开始,市总要求各级工会建设母婴室。')).toEqual(['常州市总工会']);
    expect(orgNames('常州市召开会议。服务站通过市总验收。')).toEqual(['常州市总工会']);
    expect(orgNames('常州市召开会议。全市总人口有所增长,城市总体规划出台。')).toEqual([]);
    expect(orgNames('常州市召开会议。由市总、区总两级工会共同推进。')).toEqual([]);
  });

  it('reads on over a word that ends in a one-character stop (公共, 数据, 华为)', () => {
    expect(orgNames('来到佛山市公共资源交易中心。')).toEqual(['佛山市公共资源交易中心']);
    expect(orgNames('慰问了张北数据港信息科技有限公司的职工。')).toEqual(['张北数据港信息科技有限公司']);
    expect(orgNames('会议在佛山市总工会召开。')).toEqual(['佛山市总工会']);
    expect(orgNames('李某到延吉市就工会重点工作开展调研,走访了延吉市就业服务中心。')).toEqual(['延吉市就业服务中心']);
  });

  it('reads a region’s government departments by their names and short forms (入境事务处, 入境处, 社署, 社工局)', () => {
    expect(
      orgNames('政府统计处今日发表数字。入境事务处没有备存数字,劳福局引述入境处指出。社署已跟进。', '810000').sort(),
    ).toEqual(['入境事务处', '入境事务处', '劳工及福利局', '政府统计处', '社会福利署'].sort());
    expect(orgNames('社工局防治问题赌博处处长胡某梅出席。', '820000')).toEqual(['社会工作局']);
    // On a mainland page they are no body of Hong Kong's.
    expect(orgNames('社署已跟进。', '440000')).toEqual([]);
  });

  it('reads a region’s labour bodies its pages name without a place (劳工处, 劳福局; Taiwan’s 劳动部)', () => {
    expect(orgNames('劳工处已完成调查68宗个案。劳福局表示会跟进。', '810000')).toEqual(['劳工处', '劳工及福利局']);
    expect(orgNames('劳动部今天召开基本工资审议委员会。', '710000')).toEqual(['劳动部']);
    expect(orgNames('劳工处已完成调查。', '440000')).toEqual([]);
  });

  it('reads Taiwan’s branches, ministries and top courts named alone on its pages (立法院, 交通部, 最高行政法院)', () => {
    expect(orgNames('法案在立法院三读通过,经交通部协调后,最高行政法院改判。', '710000')).toEqual([
      '立法院',
      '交通部',
      '最高行政法院',
    ]);
    // On a mainland page they are no body of Taiwan's.
    expect(orgNames('经交通部协调后,双方达成一致。', '440000')).toEqual([]);
  });

  it('reads no body from a region and a count of people (高雄市多位工会代表)', () => {
    expect(orgNames('劳工局与高雄市多位工会代表皆到场参加。', '710000')).toEqual([]);
  });

  it('reads a region’s legislature named alone (立法会三读通过), but not inside its seat (立法会议员)', () => {
    expect(orgNames('条例草案在立法会三读通过。', '810000')).toEqual(['香港特别行政区立法会']);
    expect(orgNames('法案已交立法会审议。', '820000')).toEqual(['澳门特别行政区立法会']);
    expect(orgNames('工联会会长、立法会议员吴某北出席。', '810000')).toEqual(['香港工会联合会']);
  });

  it('reads no wish or thanks into a name (祝贺某公司工会成立, 多亏县委…)', () => {
    expect(orgNames('我们祝贺金大地肥业公司工会成立。')).toEqual(['金大地肥业公司', '金大地肥业公司工会']);
    expect(orgNames('多亏县委的关心。')).not.toContain('多亏县委');
  });

  it('reads a port city’s customs (广州海关), and no body named after a word that opens with a surname (位居全国海关)', () => {
    expect(orgNames('南宁海关工会举办活动。')).toEqual(['南宁海关', '南宁海关工会']);
    expect(orgNames('水上打私案件数连续4年位居全国海关首位。')).toEqual([]);
    expect(orgNames('许多地方工会积极行动。')).toEqual([]);
  });

  it('reads the national energy and chemical unions written with 全国 (全国能源化学工会, 全国能源化学地质工会)', () => {
    expect(orgNames('为切实抓好全国能源化学工会制定的条例,矿工会开展检查。')).toContain('中国能源化学工会');
    expect(orgNames('他在全国能源化学地质工会会议上作了发言。')).toEqual(['中国能源化学地质工会']);
  });

  it('reads other countries’ union federations as unions (越南劳动总联合会, 日本劳动组合总联合会) and the ILO', () => {
    const { sentences, ctx } = sentencesOf('由越南劳动总联合会副主席率领的代表团访华。');
    const found = [...findArticleOrganizations(sentences, ctx).values()].flat();
    expect(found.map((o) => [o.name, o.kind])).toEqual([['越南劳动总联合会', 'union']]);
    expect(orgNames('日本劳动组合总联合会高级代表团来访。')).toEqual(['日本劳动组合总联合会']);
    expect(orgNames('国际劳工组织总干事出席。')).toEqual(['国际劳工组织']);
  });

  it('reads Hong Kong’s parties by the short forms its papers use (民建聯, 社民連, 自由黨)', () => {
    expect(orgNames('社民連主席黃某銘與自由黨議員會面。', '810000')).toEqual(['社会民主连线', '自由党']);
    expect(orgNames('社民連主席黃某銘出席。', '440000')).toEqual([]);
  });

  it('reads a region’s known short form, not the words a leftward scan joins to it (落力推广工联会)', () => {
    expect(orgNames('义工都落力推广工联会的服务,市民享有工联会的保障。', '810000')).toEqual([
      '香港工会联合会',
      '香港工会联合会',
    ]);
  });

  it('reads 工会组织 followed by whom it organizes as a union acting', () => {
    expect(orgNames('中铁建工集团工会组织女职工参加活动。')).toContain('中铁建工集团工会');
    expect(orgNames('感受到工会组织的温暖。')).toEqual([]);
    // …工会组织召开…, …工会组织部分会员: the union calls the meeting, or takes some of its members.
    expect(orgNames('中铁物贸上海公司工会组织召开了工会代表恳谈会。')).toContain('中铁物贸上海公司工会');
    expect(orgNames('各级工会组织召开会议。')).toEqual([]);
  });

  it('does not take an office written after a name for a body (梁家豪局长, 陈美玲副局长)', () => {
    expect(orgNames('劳工事务局梁家豪局长、陈美玲副局长与代表团会面。', '820000')).toEqual(['劳工事务局']);
    // A body's office written short (公安局长) still names the body.
    expect(orgNames('佛山市公安局长出席会议。')).toEqual(['佛山市公安局']);
  });

  it('reads no body from a verb of asking before a government (呼吁政府, 期望政府, 响应市委)', () => {
    expect(orgNames('工联会呼吁政府立法保障工友安全,并期望政府尽快落实。', '810000')).toEqual(['香港工会联合会']);
    expect(orgNames('为积极响应市委号召,丽水市总工会开展慰问。')).toEqual(['丽水市委', '丽水市总工会']);
  });

  it('reads no body from a verb of following or talking to a department before it (必须遵守卫生局, 商谈卫生局, 按统计局)', () => {
    expect(orgNames('商户必须遵守卫生局发出的指引。', '820000')).toEqual(['卫生局']);
    expect(orgNames('代表与政府商谈卫生局的有关问题。', '820000')).not.toContain('政府商谈卫生局');
    expect(orgNames('按统计局资料显示,失业率为2%。', '820000')).toEqual(['统计局']);
  });

  it('reads no body from what is done to a body or shown of it before it (牵动着内地工会, 为体现县委…)', () => {
    expect(orgNames('香港的发展始终牵动着内地工会的关心。', '810000')).not.toContain('香港牵动着内地工会');
    expect(orgNames('为体现泽州县委、县政府对职工的关心,县总工会开展慰问。').join()).not.toContain('体现');
  });

  it('reads no body named with a federation from what it does with unions’ work (县总工会找准工会服务…, 延伸工会服务链条)', () => {
    expect(orgNames('遂平县总工会找准工会服务乡村振兴的切入点。')).toEqual(['遂平县总工会']);
    expect(orgNames('邹城市总工会延伸工会服务链条。')).toEqual(['邹城市总工会']);
    expect(orgNames('在围绕中心、服务大局中彰显工会担当和使命。')).toEqual([]);
  });

  it('starts a body’s name after 会上, what was done at a meeting (会上某行业工会联合会成立, 座谈会上省委)', () => {
    expect(orgNames('2月21日,大会召开,会上广州市货运行业工会联合会正式成立。')).toEqual(['广州市货运行业工会联合会']);
    expect(orgNames('座谈会上四川省委、省政府领导向职工致以问候。')).toEqual(['四川省委', '四川省人民政府']);
    expect(orgNames('大会通过了中国教育工会上海市委员会工作报告。')).toEqual(['中国教育工会上海市委员会']);
  });

  it('opens no name with 与 right after a stop word or a day (相继与某市总工会, 5月28日与某办公室)', () => {
    expect(orgNames('厦门市总工会近年来相继与台中市总工会签订协议。')).toEqual(['厦门市总工会', '台中市总工会']);
    expect(orgNames('某公司于2016年5月28日与恒泰化工有限公司签订协议。')).toEqual(['恒泰化工有限公司']);
  });

  it('reads 所 before a verb as a particle, not an institute (争取合理权益所取得的)', () => {
    expect(orgNames('为职工争取合理权益所取得的满足感。')).toEqual([]);
  });

  it('reads 全国总工会 on a Taiwanese page, and 中华民国全国总工会 anywhere, as Taiwan’s federation', () => {
    expect(orgNames('全國總工會秘書長到場致詞。', '710000')).toEqual(['中华民国全国总工会']);
    expect(orgNames('全總秘書長指出,政策錯誤。', '710000')).toEqual(['中华民国全国总工会']);
    expect(orgNames('中華民國全國總工會舉辦表揚大會。')).toEqual(['中华民国全国总工会']);
    expect(orgNames('全国总工会召开会议。')).toEqual(['中华全国总工会']);
    // The mainland's federation named in full on a Taiwanese page is the mainland's, not Taiwan's short form inside it.
    expect(orgNames('中華全國總工會副主席孫某蘭會見代表團。', '710000')).toEqual(['中华全国总工会']);
  });

  it('reads a region’s body before its legislature as two (工联会立法会议员), and keeps its units', () => {
    const names = orgNames('工联会立法会议员陆某表示支持。工联会九龙东办事处举办活动。', '810000');
    expect(names).not.toContain('工联会立法会');
    expect(names).toContain('工联会九龙东办事处');
  });

  it('reads Macau’s 工联 as its federation on a Macau page', () => {
    expect(orgNames('工联上周五举行酒会,行政长官出席。', '820000')).toEqual(['澳门工会联合总会']);
  });

  it('reads Hong Kong bodies without a place and the region’s own short forms', () => {
    expect(orgNames('特区政府代表出席。工联会会长致辞,职业训练局学员参加。', '810000')).toEqual([
      '香港特别行政区政府',
      '香港工会联合会',
      '职业训练局',
    ]);
  });
});

function orgKinds(text: string): string[] {
  const { sentences, ctx } = sentencesOf(text);
  const found = findArticleOrganizations(sentences, ctx);
  return sentences.flatMap((s) => (found.get(s) ?? []).map((o) => `${o.name}:${o.kind}`));
}

describe('findOrganizations › kinds', () => {
  it('reads no body from a bare 工会 after Hong Kong, Macau or Taiwan (代表台湾工会致辞), but their named unions', () => {
    expect(orgNames('侯某凤代表台湾工会在开幕式上致辞。')).toEqual([]);
    expect(orgNames('香港工会青年交流团到访甘肃。')).toEqual([]);
    expect(orgNames('香港建造业总工会出席。')).toEqual(['香港建造业总工会']);
  });

  it('reads Macau’s neighbourhood associations (青洲坊会, 台山坊众互助会) and their federation whole', () => {
    expect(orgNames('活动由青洲坊会、台山坊众互助会协办。', '820000').sort()).toEqual(['台山坊众互助会', '青洲坊会']);
    expect(orgNames('澳门街坊会联合总会举行新春酒会。', '820000')).toEqual(['澳门街坊会联合总会']);
    expect(orgNames('的士公司、的士司机互助会代表出席。', '820000')).not.toContain('士司机互助会');
  });

  it('reads associations named 联合总会, 联合总商会 and 协进会 whole, where 联合 alone would end the name', () => {
    expect(orgNames('澳门妇女联合总会、澳门中小型企业联合总商会出席。', '820000').sort()).toEqual([
      '澳门中小型企业联合总商会',
      '澳门妇女联合总会',
    ]);
    expect(orgNames('活动由香港友好协进会主办。', '810000')).toEqual(['香港友好协进会']);
  });

  it('gives a listed union no place of the item before when its own place is written in full (…、新北市总工会)', () => {
    expect(orgNames('与台中市总工会、金门县总工会、新北市总工会签订合作协议。')).toContain('新北市总工会');
  });

  it('reads a union’s mediation room named after the union, but no room listed alone (…、劳动争议调解室)', () => {
    expect(orgNames('营口市总工会劳动争议调解室成功调解一起纠纷。').sort()).toEqual([
      '营口市总工会',
      '营口市总工会劳动争议调解室',
    ]);
    expect(orgNames('设有咨询室、心理咨询室、劳动争议调解室。')).toEqual([]);
  });

  it('reads an oil company named by its field, and its union (由河南油田承办, 胜利油田工会), but no field spoken of', () => {
    expect(orgKinds('由河南油田承办的技术比赛。')).toEqual(['河南油田:company']);
    expect(orgKinds('胜利油田工会举办比赛。').sort()).toEqual(['胜利油田:company', '胜利油田工会:union']);
    expect(orgKinds('建成油田道路。')).toEqual([]);
  });

  it('reads a building’s or a trade’s joint union (…大厦楼宇联合工会, …行业联合工会) without a place before it', () => {
    expect(orgNames('鲁能大厦楼宇联合工会召开第二届会员代表大会。')).toEqual(['鲁能大厦楼宇联合工会']);
    expect(orgNames('推动建立楼宇联合工会。')).toEqual([]);
    // A joint grassroots union: its 基层 is no stop before its name.
    expect(orgNames('枣阳市兴隆镇运输行业联合基层工会召开会员代表大会。')).toEqual([
      '枣阳市兴隆镇运输行业联合基层工会',
    ]);
  });

  it('reads a farmers’ cooperative named by its own words as a company (…果蔬专业合作社), not the kind (农民专业合作社)', () => {
    expect(orgKinds('诸暨市绿康果蔬专业合作社理事长胡乐介绍。')).toEqual(['诸暨市绿康果蔬专业合作社:company']);
    expect(orgKinds('全县农民专业合作社达120家。')).toEqual([]);
  });

  it('reads a factory named as such as a company, with the company it belongs to, and no works spoken of (厂务公开, 进厂)', () => {
    expect(orgKinds('调研组来到常州市卿卿针织厂。')).toEqual(['常州市卿卿针织厂:company']);
    expect(orgNames('东风汽车有限公司设备制造厂高级技师张某出席。')).toEqual([
      '东风汽车有限公司',
      '东风汽车有限公司设备制造厂',
    ]);
    expect(orgNames('推进厂务公开,新员工进厂培训。')).toEqual([]);
  });

  it('does type a state company that keeps a bureau’s name as a company, and the state’s administration as government', () => {
    expect(orgKinds('中交第一航务工程局负责人出席。鄂尔多斯电业局职工参加。国家铁路局发布通知。')).toEqual([
      '中交第一航务工程局:company',
      '鄂尔多斯电业局:company',
      '国家铁路局:government',
    ]);
  });

  it('does type a party’s or the Youth League’s work committee (党工委, 两新工委, 团工委) as a party body', () => {
    const kinds = orgKinds('鄂尔多斯市召开会议。市委两新工委和文艺路街道党工委主办,浙江省快递物流行业团工委协办。');
    expect(kinds.filter((k) => k.includes('工委'))).toEqual([
      '鄂尔多斯市委两新工委:party',
      '文艺路街道党工委:party',
      '浙江省快递物流行业团工委:party',
    ]);
  });

  it('types a union’s department or office as the union’s (…总工会劳动和经济工作部, …总工会办公室), not its institutions', () => {
    expect(orgKinds('长春市总工会劳动和经济工作部召开会议。江西省总工会办公室印发通知。')).toEqual(
      expect.arrayContaining(['长春市总工会劳动和经济工作部:union', '江西省总工会办公室:union']),
    );
    expect(orgKinds('四川省总工会重庆五指山疗养院开展活动。')).toContain('四川省总工会重庆五指山疗养院:other');
  });

  it('types the offices’ and the discipline work committees (机关工委, 纪工委) as party bodies, not as a 关工委', () => {
    expect(orgKinds('福州市直机关工委常务副书记陈晓晖、金马街道纪工委书记白贺出席。')).toEqual([
      '福州市直机关工委:party',
      '金马街道纪工委:party',
    ]);
  });

  it('types a committee of the federation of unions written 工联 as a union’s (工联会权益委员会, 工联体育委员会)', () => {
    expect(orgKinds('澳门工联体育委员会举办比赛。')).toEqual(['澳门工联体育委员会:union']);
  });

  it('types a 工委 as what it is the work committee of (工会工委, 中共…工委, 人大工委)', () => {
    expect(orgKinds('吉林省直机关工会工委组织活动。')).toEqual(['吉林省直机关工会工委:union']);
    expect(orgKinds('中共长白山保护开发区工委召开会议。')).toEqual(['中共长白山保护开发区工委:party']);
    expect(orgKinds('合肥市瑶海区长淮街道人大工委召开会议。')).toEqual(['合肥市瑶海区长淮街道人大工委:government']);
  });
});

describe('findOrganizations › commissions', () => {
  it('reads a region’s commission by the short form pages write (市交通运输委, 市发改委)', () => {
    expect(orgNames('重庆市召开会议。竞赛由市总工会、市交通运输委主办,市发改委参加。')).toEqual([
      '重庆市总工会',
      '重庆市交通运输委',
      '重庆市发展和改革委员会',
    ]);
  });

  it('reads the commissions and the sanitation office pages write short (市建委, 区教委, 城管委, 环卫处) in full', () => {
    expect(orgNames('宜昌市城管委联合宜昌市环卫处开展活动。')).toEqual(['宜昌市城市管理委员会', '宜昌市环卫处']);
    expect(orgNames('嘉兴市总工会与嘉兴市建委、嘉兴市教委联合开展慰问。')).toEqual([
      '嘉兴市总工会',
      '嘉兴市建设委员会',
      '嘉兴市教育委员会',
    ]);
  });
});

describe('findOrganizations › departments listed after a region’s', () => {
  it('reads departments listed after a region’s federation of unions as the region’s (海拉尔区总工会、教育局)', () => {
    expect(orgNames('海拉尔区总工会、教育局相关领导参加闭幕式。')).toContain('呼伦贝尔市海拉尔区教育局');
    expect(orgNames('与金湖县总工会、交通运输局、市场监管局等部门负责人交流。')).toEqual(
      expect.arrayContaining(['金湖县交通运输局', '金湖县市场监督管理局']),
    );
    // With no region named, no department is given one; a mass body is named as written, as the federation is.
    expect(orgNames('市总工会、团市委、市妇联联合举办。')).toEqual(['市总工会', '市妇联']);
  });

  it('writes bare departments listed after a region’s department with that region', () => {
    expect(orgNames('安庆市召开会议。市经信局、民政局、国资办、工商联等成员单位分别汇报。')).toEqual([
      '安庆市经济和信息化局',
      '安庆市民政局',
      '安庆市国资办',
      '安庆市工商联',
    ]);
  });

  it('reads the last department of the list up to its people or a joint act (…、保监局有关领导, …、民政局负责人)', () => {
    expect(orgNames('陕西省金融办、银监局、保监局有关领导,各省金融工会领队参加。')).toContain('陕西省保监局');
    expect(orgNames('安庆市召开会议。市经信局、民政局负责人出席。')).toContain('安庆市民政局');
    expect(orgNames('安庆市召开会议。市经信局、民政部门负责人出席。')).toEqual(['安庆市经济和信息化局']);
    // 市场监督管理局: 市 of 市场 (the market) opens no level of its own.
    expect(orgNames('安庆市召开会议。市邮政管理局、市场监督管理局等部门联动。')).toContain('安庆市市场监督管理局');
  });

  it('ends the list at an item whose suffix belongs to a verb (团市委联合主办)', () => {
    expect(orgNames('安庆市召开会议。由市经信局、团市委联合主办。')).toEqual([
      '安庆市经济和信息化局',
      '共青团安庆市委',
    ]);
  });

  it('does not write a list after a union, or an item with a level of its own, with the region', () => {
    expect(orgNames('安庆市召开会议。市总工会、民政局参加。')).toEqual(['安庆市总工会']);
    expect(orgNames('安庆市召开会议。市经信局、各县民政局参加。')).toEqual(['安庆市经济和信息化局']);
    expect(orgNames('呼和浩特市召开会议。乌兰察布东路街道办事处、敕勒川街道办事处、区总工会参加。')).not.toContain(
      '乌兰察布东路街道敕勒川街道办事处',
    );
  });
});

describe('findOrganizations › teams and task groups', () => {
  it('reads a region’s command of an aid or a building campaign (宁波援疆指挥部, 江苏省苏通大桥建设指挥部)', () => {
    expect(orgNames('宁波援疆指挥部为职工送去慰问品。')).toContain('宁波援疆指挥部');
    expect(orgNames('江苏省苏通大桥建设指挥部工会组织劳动竞赛。')).toContain('江苏省苏通大桥建设指挥部');
    expect(orgNames('各指挥部负责人参加会议。')).toEqual([]);
  });

  it('reads a company’s team named after it (…二厂单晶集控组, …运营处灌装班组, …救护中队)', () => {
    expect(orgNames('弘元新材料(包头)有限公司二厂单晶集控组获评工人先锋号。')).toContain(
      '弘元新材料(包头)有限公司二厂单晶集控组',
    );
    expect(orgNames('项城市纺织有限公司前纺车间丙班清钢小组获评先进班组。')).toContain(
      '项城市纺织有限公司前纺车间丙班清钢小组',
    );
    // Its brigades and squads (…管理局森林消防大队一中队, …煤业有限责任公司救护中队).
    expect(orgNames('恒泰煤业有限责任公司救护中队获评工人先锋号。')).toContain('恒泰煤业有限责任公司救护中队');
  });

  it('reads a committee for the young generation whole (…关心下一代工作委员会), over the verb 关心', () => {
    expect(orgNames('由教育部关心下一代工作委员会、全国总工会宣传教育部主办。')).toContain(
      '教育部关心下一代工作委员会',
    );
    expect(orgNames('感谢市委关心县总工会的工作。').filter((n) => n.includes('关心'))).toEqual([]);
  });

  it('reads a tripartite labour-relations committee whole (…协调劳动关系三方委员会), over the verb 协调', () => {
    expect(orgNames('泉州市协调劳动关系三方委员会召开会议。')).toEqual(['泉州市协调劳动关系三方委员会']);
  });

  it('does not cut a project’s name at its line number (…13号线一期工程…项目部)', () => {
    const names = orgNames('中铁某局集团工程有限公司成都轨道交通13号线一期工程车辆段停车场施工工区项目部获奖。');
    expect(names.some((n) => n.startsWith('号线'))).toBe(false);
  });

  it('reads a banner’s touring art troupe (苏尼特右旗乌兰牧骑), named by its place', () => {
    expect(orgNames('苏尼特右旗乌兰牧骑等5家单位荣获全国五一劳动奖状。')).toEqual(['苏尼特右旗乌兰牧骑']);
  });

  it('reads a region’s hospital by its kind (许昌中医院, 沙坪坝区中医院, 乐安县人民医院)', () => {
    expect(orgNames('兆丰集团工会联合许昌中医院开展义诊活动。')).toContain('许昌中医院');
    expect(orgNames('慰问组来到乐安县人民医院。')).toContain('乐安县人民医院');
  });

  it('reads a unit’s own union group or branch named after it (…包装班工会小组, …服务中心工会分会)', () => {
    expect(orgNames('授予鹤城饼业有限公司生产部包装班工会小组全国模范职工小家称号。')).toContain(
      '鹤城饼业有限公司生产部包装班工会小组',
    );
    expect(orgNames('湛江市鹤城电信有限公司客户服务中心工会分会获表彰。')).toContain(
      '湛江市鹤城电信有限公司客户服务中心工会分会',
    );
  });

  it('reads a company’s 班 named by its work (…女子投递班, …氩弧焊接班), not a course or a day-care class', () => {
    expect(orgNames('沧州市邮政分公司黄河西路女子投递班等4个集体受表彰。')).toContain(
      '沧州市邮政分公司黄河西路女子投递班',
    );
    expect(orgNames('烟台鲁宝有色合金有限公司氩弧焊接班获表彰。')).toContain('烟台鲁宝有色合金有限公司氩弧焊接班');
    expect(orgNames('某某区玉竹教育学校工会开办寒假托管班。').some((n) => n.endsWith('班'))).toBe(false);
    expect(orgNames('湖南工匠学院长沙分院开班。').some((n) => n.endsWith('班'))).toBe(false);
  });

  it('reads a studio named after a person and a trade (…焊接技能大师工作室), not a grade of studios', () => {
    expect(orgNames('焊工职业技能竞赛在杨华平焊接技能大师工作室举办。')).toEqual(['杨华平焊接技能大师工作室']);
    expect(orgNames('获得称号的陆梅东机器人教学工匠创新工作室获得表彰。')).toEqual(['陆梅东机器人教学工匠创新工作室']);
    expect(orgNames('第九批浙江省高技能人才(劳模)创新工作室名单公布。')).toEqual([]);
    expect(orgNames('创建常州市职工劳模创新工作室11个。')).toEqual([]);
  });

  it('reads no body out of 所见所闻 and 所急所盼', () => {
    // A Hong Kong page: a special region's evidence must not make a name of the phrase.
    expect(orgNames('希望各位义工返港后能宣传在广东的所见所闻。职工所急所盼就是工会的方向。', '810000')).toEqual([]);
  });

  it('reads a region’s standing task group (领导小组) and no bare group of a body', () => {
    expect(orgNames('四川省农民工工作领导小组组织接站。', '510000')).toEqual(['四川省农民工工作领导小组']);
    expect(orgNames('专家小组对作品进行评审。')).toEqual([]);
  });
});

describe('findOrganizations › parents named before a part', () => {
  it('keeps a company written with its legal form as a body beside its centre or studio', () => {
    expect(orgNames('湖北雪飞化工有限公司技术中心副主任王某介绍。')).toEqual([
      '湖北雪飞化工有限公司',
      '湖北雪飞化工有限公司技术中心',
    ]);
    expect(orgNames('成立仪式上,山东威达重工股份有限公司齐鲁大工匠创新工作室揭牌。')).toContain(
      '山东威达重工股份有限公司',
    );
  });

  it('does not keep a group that names its company without a legal form (…集团铁路养护工程有限公司)', () => {
    expect(orgNames('与中铁十二局集团铁路养护工程有限公司开展劳动竞赛。')).toEqual([
      '中铁十二局集团铁路养护工程有限公司',
    ]);
  });
});

describe('findOrganizations › words before a name', () => {
  it('reads no body a case report leaves unnamed (常州某建筑劳务有限公司, 某项目部), though its named parent stays', () => {
    expect(orgNames('协助调查常州某建筑劳务有限公司欠薪一案。')).toEqual([]);
    expect(orgNames('张某与某公司发生劳动争议。')).toEqual([]);
    expect(orgNames('中铁四局建筑公司某项目部拖欠工资。')).not.toContain('中铁四局建筑公司某项目部');
  });

  it('does start a name after a verb of taking in, asking or quoting (接纳, 提问, 引述, 偕)', () => {
    const names = orgNames('特区政府已接纳最低工资委员会的建议。工联会今日偕建造业总工会会见记者。', '810000');
    expect(names.some((n) => /接纳|偕/.test(n))).toBe(false);
  });

  it('does start a name after an adverb of sequence and 接收 (最终美团…, 先后接收平朔煤炭工业公司)', () => {
    expect(orgNames('最终美团韦某坚从众多选手中脱颖而出。')).toEqual(['美团']);
    expect(orgNames('该矿先后接收平朔煤炭工业有限公司的职工。')).toEqual(['平朔煤炭工业有限公司']);
  });

  it('does start a name after 以来 (成立以来市总工会…)', () => {
    expect(orgNames('福州市召开大会。成立以来市总工会举办了运动会。')).toEqual(['福州市总工会']);
  });

  it('does start a name after 形成, 走出 and 核验 (形成工作室联盟, 到柳南区核验劳模创新工作室)', () => {
    expect(orgNames('各工作室形成工作室联盟,大师走出工作室。')).toEqual([]);
    expect(orgNames('自治区总工会到柳南区核验劳模创新工作室创建情况。', '450000')).toEqual(['广西壮族自治区总工会']);
  });

  it('does start a name after 叮嘱 and after a span of years looked back on', () => {
    const names = orgNames('安乡县召开会议。姜某还叮嘱县总工会负责人做好服务。过去五年县总工会的工作成效显著。');
    expect(names.some((n) => n.includes('叮嘱') || n.includes('五年'))).toBe(false);
    expect(names).toContain('安乡县总工会');
  });
});

describe('findOrganizations › bureaus and public bodies', () => {
  it('does read makers known by a name of their own with no suffix (比亚迪, 京东方), not a word inside another', () => {
    expect(orgNames('比亚迪工会召开职工代表大会。')).toContain('比亚迪');
    const names = orgNames('京东方项目建设者参加技能竞赛。');
    expect(names).toContain('京东方');
    expect(names).not.toContain('京东');
    // 富士康, which labour news names by its brand alone.
    expect(orgNames('在济源,富士康工会对留济职工进行走访慰问。')).toContain('富士康');
  });

  it('reads a region’s labour inspectors (绥化市劳动保障监察支队, 南华县劳动监察大队), not a bare one', () => {
    expect(orgNames('绥化市劳动保障监察支队执法人员到工地检查。')).toEqual(['绥化市劳动保障监察支队']);
    expect(orgNames('南华县劳动监察大队追回工资。')).toEqual(['南华县劳动监察大队']);
    expect(orgNames('各地监察大队加强执法。')).toEqual([]);
  });

  it('does read China’s embassy in a country, named after 驻 (中国驻巴基斯坦大使馆, 驻肯尼亚使馆经商处)', () => {
    expect(orgNames('中国驻巴基斯坦大使馆举办优秀员工颁奖仪式。')).toEqual(['中国驻巴基斯坦大使馆']);
    expect(orgNames('驻肯尼亚使馆经商处为员工举办开放日。')).toEqual(['驻肯尼亚使馆经商处']);
    expect(orgNames('代表团参观了使馆区。')).toEqual([]);
  });

  it('does read a numbered middle school written short after its place (福清一中, 亳州十八中), not a plenary session', () => {
    expect(orgNames('福州市总工会副主席崔某到福清一中验收职工之家。')).toContain('福清一中');
    expect(orgNames('随着亳州十八中党总支书记、校长吴某的一记发球,比赛开始。')).toContain('亳州十八中');
    expect(orgNames('深入贯彻党的二十届四中全会精神。')).toEqual([]);
    expect(orgNames('佛山一中心城区举行活动。')).toEqual([]);
  });

  it('does read a township’s health centre named by its town (东峤镇卫生院, 华亭镇中心卫生院), not a bare one', () => {
    expect(orgNames('秀屿区东峤镇卫生院携手秀屿区百寿康医院开展义诊。')).toContain('秀屿区东峤镇卫生院');
    expect(orgNames('县总工会赴花荄镇卫生院走访慰问。', '510000')).toContain('花荄镇卫生院');
    expect(orgNames('各乡镇卫生院负责人参加。')).toEqual([]);
  });

  it('does read 民政局, 财政局 and 邮政局 as bureaus when 政局 is otherwise the political situation', () => {
    const names = orgNames('成都市教育局、市民政局、市总工会联合举办。市财政局局长出席。当前政局稳定。');
    expect(names).toEqual(expect.arrayContaining(['成都市民政局', '成都市财政局']));
    expect(names.some((n) => n.includes('当前'))).toBe(false);
  });

  it('does read a foundation and a railway bureau’s depots as bodies (…慈善基金会, 杭州工务段)', () => {
    expect(orgNames('中国船东协会、中远海运慈善基金会在广州举行活动。')).toContain('中远海运慈善基金会');
    expect(orgNames('邀请杭州工务段高级技师戴某民、济南机务段技师邱某峥参加。')).toEqual(
      expect.arrayContaining(['杭州工务段', '济南机务段']),
    );
    expect(orgNames('各工务段负责人参加。')).toEqual([]);
  });

  it('does read a city’s or a province’s union of supply cooperatives (广州市供销合作总社, 贵州省供销合作社联合社)', () => {
    expect(orgNames('由广州市总工会、广州市供销合作总社联合举办。')).toContain('广州市供销合作总社');
    expect(orgNames('由贵州省总工会、贵州省供销合作社联合社联合举办。')).toContain('贵州省供销合作社联合社');
  });

  it('does read a company’s branch its city or county names in full, with no parent before it (乌海市邮政分公司)', () => {
    expect(orgNames('乌海市邮政分公司深入基层一线。')).toEqual(['乌海市邮政分公司']);
    expect(orgNames('达州万源市邮政分公司陈某的征文获得银奖。')).toEqual(['达州万源市邮政分公司']);
    expect(orgNames('各分公司负责人参加。杭州分行积极参与。')).toEqual([]);
  });

  it('does read a national company’s branch named by its brand and place (中国移动某县分公司), not only the brand', () => {
    expect(orgNames('中国移动福清分公司举办技能比武。')).toContain('中国移动福清分公司');
    expect(orgNames('中国联通河北省分公司举办技能比武。')).toContain('中国联通河北省分公司');
    expect(orgNames('中国移动发布新套餐。')).toEqual(['中国移动通信集团有限公司']);
    expect(orgNames('中国移动营销分公司举办比武。')).not.toContain('中国移动营销分公司');
  });

  it('does keep a branch named before its own union as a body too (…分公司工会, …分行工会), not a department', () => {
    expect(orgNames('中国电信南京分公司工会举办技能比武。')).toEqual(
      expect.arrayContaining(['中国电信南京分公司工会', '中国电信南京分公司']),
    );
    expect(orgNames('工商银行南京分行工会举办技能比武。')).toContain('工商银行南京分行');
    expect(orgNames('江苏某某科技有限公司设备维保中心工会举办比武。')).not.toContain(
      '江苏某某科技有限公司设备维保中心',
    );
  });

  it('does read a department of a region’s party committee written without 中共 (某市委组织部), as the party’s', () => {
    const { sentences, ctx } = sentencesOf('此次竞赛由安庆市委组织部、市总工会联合主办。');
    const orgs = [...findArticleOrganizations(sentences, ctx).values()].flat();
    expect(orgs.map((o) => [o.name, o.kind])).toContainEqual(['安庆市委组织部', 'party']);
    expect(orgNames('上海市徐汇区委社会工作部牵头。')).toContain('上海市徐汇区委社会工作部');
    expect(orgNames('各部门负责人参加。组织部积极参与。')).toEqual([]);
  });

  it('does read an office shortened to 办 and named by its region (陕西省金融办, 厦门市物流办), not a verb’s 办', () => {
    expect(orgNames('陕西省金融办、陕西银监局有关负责人出席。')).toEqual(['陕西省金融办', '陕西银监局']);
    expect(orgNames('厦门市物流办副主任出席。')).toEqual(['厦门市物流办']);
    const names = orgNames('本次活动由厦门市总工会主办,厦门市思明区总工会承办,通报了提案办理情况。');
    expect(names.filter((n) => n.endsWith('办'))).toEqual([]);
  });

  it('does write a region’s commission or bureau shortened on the page in full (市发改委, 省工信厅)', () => {
    expect(orgNames('洛阳市发改委、洛阳市工信局、河南省住建厅参加。')).toEqual([
      '洛阳市发展和改革委员会',
      '洛阳市工业和信息化局',
      '河南省住房和城乡建设厅',
    ]);
    // So is one listed bare after the region's first (市经信局、卫健委).
    expect(orgNames('安庆市召开会议。市经信局、卫健委等成员单位分别汇报。')).toEqual([
      '安庆市经济和信息化局',
      '安庆市卫生健康委员会',
    ]);
    expect(orgNames('湖北省卫生健康委、广州市安监局、合肥市教体局、重庆市人力社保局参加。')).toEqual([
      '湖北省卫生健康委员会',
      '广州市安全生产监督管理局',
      '合肥市教育和体育局',
      '重庆市人力资源和社会保障局',
    ]);
  });

  it('does not start a body’s name inside 经过 (经过省总工会的层层选拔)', () => {
    expect(orgNames('最终经过省总工会的层层选拔,产生获奖名单。', '510000')).toEqual(['四川省总工会']);
  });

  it('does read a place’s Red Cross, charity and supply cooperative as bodies', () => {
    expect(orgNames('依托五华区红十字会等力量,走访市供销社。')).toEqual(expect.arrayContaining(['五华区红十字会']));
    expect(orgNames('江门市总工会联合蓬江区慈善会、区公安分局开展活动。')).toContain('蓬江区慈善会');
    expect(orgNames('海东市红十字会捐赠5万元。')).toEqual(['海东市红十字会']);
  });
});

describe('isAbbreviation', () => {
  it('links a group written without the 公司 of its 集团公司 (…集团, …集团工会), not the group’s units', () => {
    expect(isAbbreviation('中铁武汉电气化局集团', '中铁武汉电气化局集团公司')).toBe(true);
    expect(isAbbreviation('中铁武汉电气化局集团工会', '中铁武汉电气化局集团公司工会')).toBe(true);
    expect(isAbbreviation('中铁武汉电气化局集团', '中铁武汉电气化局集团公司第一分公司')).toBe(false);
  });

  it('links a short form to the full name it abbreviates, not a body to another', () => {
    expect(isAbbreviation('东风公司', '东风汽车集团有限公司')).toBe(true);
    expect(isAbbreviation('本钢集团', '本钢集团有限公司')).toBe(true);
    expect(isAbbreviation('国家电网公司', '国家电网有限公司')).toBe(true);
    expect(isAbbreviation('中国电信集团公司', '中国电信集团有限公司')).toBe(true);
    expect(isAbbreviation('国家电网公司', '国家能源有限公司')).toBe(false);
    expect(isAbbreviation('澳门工联总会', '澳门工会联合总会')).toBe(true);
    expect(isAbbreviation('佛山市总工会', '佛山市南海区总工会')).toBe(false);
    expect(isAbbreviation('鄂尔多斯市总工会', '鄂尔多斯市杭锦旗总工会')).toBe(false);
    expect(isAbbreviation('芜湖市职工服务中心', '芜湖市职工一站式法律服务中心')).toBe(false);
    expect(isAbbreviation('山东省委', '山东省纪委')).toBe(false);
    expect(isAbbreviation('张家口市政府', '张家口市人民政府')).toBe(true);
  });

  it('links a department’s name without the 和 joining its fields to the name with it (人力资源社会保障局)', () => {
    expect(isAbbreviation('青岛市人力资源社会保障局', '青岛市人力资源和社会保障局')).toBe(true);
    expect(isAbbreviation('某县住房城乡建设局', '某县住房和城乡建设局')).toBe(true);
    expect(isAbbreviation('平区总工会', '和平区总工会')).toBe(false);
  });

  it('links a unit named after its parent without the parent’s legal form (某纤维集团工会 ← …集团有限公司工会)', () => {
    expect(isAbbreviation('某纤维集团工会', '某纤维集团有限公司工会')).toBe(true);
    expect(isAbbreviation('某纤维集团工会', '某纤维集团股份有限公司工会')).toBe(true);
  });
});

describe('isGenericCore', () => {
  it('tells category words from names', () => {
    expect(isGenericCore('基层企业')).toBe(true);
    expect(isGenericCore('立新科技')).toBe(false);
  });

  it('reads regions named by their one-character short names as a category (湘澳, 粤港澳), not 粤电', () => {
    expect(isGenericCore('湘澳')).toBe(true);
    expect(isGenericCore('粤港澳')).toBe(true);
    expect(isGenericCore('粤电')).toBe(false);
  });
});

describe('findOrganizations › an event before a region’s committee', () => {
  it('reads no committee named by the event written before it (颁奖晚会县委副书记), as a region’s is named by its place', () => {
    expect(orgNames('出席颁奖晚会县委副书记张某致辞。')).toEqual([]);
    expect(orgNames('昆山市委书记张某讲话。')).toEqual(['昆山市委']);
  });
});

describe('findOrganizations › a port’s customs', () => {
  it('reads a port city’s customs named by the city alone (广州海关), not a name ending in 海关 after a body', () => {
    expect(orgNames('广州海关召开会议。')).toEqual(['广州海关']);
    expect(orgNames('南水北调山东干线公司一级运行员刘海关获得一等奖。')).toEqual([]);
  });
});

describe('findOrganizations › institutes and road sections', () => {
  it('reads design institutes, academies written short and highway sections by their place (…设计院, 农科院, 公路段)', () => {
    expect(orgNames('3月5日,呼和浩特市公路勘察设计院举办活动。')).toEqual(['呼和浩特市公路勘察设计院']);
    expect(orgNames('3月5日,苏州农科院举办活动。')).toEqual(['苏州农科院']);
    expect(orgNames('3月5日,青川县公路养护管理段举办活动。')).toEqual(['青川县公路养护管理段']);
  });
});

describe('findOrganizations › tripartite councils', () => {
  it('reads a region’s federation of enterprises written 企联 in full (上海企联 → 上海企业联合会), not 政企联动', () => {
    expect(orgNames('上海企联成立协调劳动关系工作委员会。')).toContain('上海企业联合会');
    expect(orgNames('完善政企联动机制。')).toEqual([]);
  });

  it('reads a region’s tripartite council named 协调劳动关系三方会议 as a body, and one convened without a region as a meeting', () => {
    expect(orgNames('山东省协调劳动关系三方会议决定,命名100家企业。')).toEqual(['山东省协调劳动关系三方会议']);
    expect(orgNames('3月5日,全市召开协调劳动关系三方会议。')).toEqual([]);
  });
});

describe('findOrganizations › local offices and research offices', () => {
  it('reads a power company’s local office and a body’s research office named after it (…白狼供电所, …研究室)', () => {
    expect(orgNames('国网阿尔山市供电公司白狼供电所有这样一个人。')).toContain('国网阿尔山市供电公司白狼供电所');
    expect(orgNames('洞头县供电局海霞供电营业所获此殊荣。')).toContain('洞头县供电局海霞供电营业所');
    expect(orgNames('上海市委党史研究室编写了这本书。')).toContain('上海市委党史研究室');
  });
});

describe('findOrganizations › mines', () => {
  it('reads a coal mine or a mining company named by its own words (鹿洼煤矿, 石店煤业, 西山煤电, 淮北矿业)', () => {
    expect(orgNames('昨日,鹿洼煤矿举行拔河比赛。')).toEqual(['鹿洼煤矿']);
    expect(orgNames('石店煤业、东坪煤业等企业参加。')).toEqual(['石店煤业', '东坪煤业']);
    expect(orgNames('总结验收活动在阳城煤电举行。')).toEqual(['阳城煤电']);
    expect(orgNames('淮北矿业劳动模范李金忠发言。')).toContain('淮北矿业');
    // A coal mine's own words name it wherever it stands (收到了…, 考察了…), as a legal form does a company.
    expect(orgNames('5月7日,锦界煤矿收到了牌匾。调研组实地考察了安源煤矿。')).toEqual(['锦界煤矿', '安源煤矿']);
    // The country's mines and the mines' safety watchers are no mine.
    expect(orgNames('国内煤矿百万吨死亡率降至0.1。他们热心煤矿群监工作。')).toEqual([]);
  });

  it('reads no mine from a word the mine opens (矿业分公司, 西安煤矿机械厂), where a longer name goes on', () => {
    expect(orgNames('矿业分公司工会组织职工参观。')).not.toContain('矿业');
    expect(orgNames('西安煤矿机械厂工会复印了报纸。')).not.toContain('西安煤矿');
  });
});

describe('findOrganizations › hotels and stores', () => {
  it('reads a hotel or a store named by its own words (口岸国际大酒店, 友谊宾馆, 华北商厦), not one of a kind', () => {
    expect(orgNames('大赛由市总工会主办,口岸国际大酒店承办。')).toContain('口岸国际大酒店');
    expect(orgNames('会议在花园宾馆举行。')).toEqual(['花园宾馆']);
    expect(orgNames('宣讲如约走进华北商厦,近600名华北商厦员工齐聚直播间。')).toEqual(['华北商厦']);
    expect(orgNames('来自12家各星级酒店的40名选手在会上参赛。')).toEqual([]);
    expect(orgNames('入境澳门毋须入住检疫酒店。', '820000')).toEqual([]);
  });

  it('reads no hotel from a word it opens (酒店管理, 酒店及旅游学院) nor from 假, which is 在 before a Macau venue', () => {
    expect(orgNames('课程涵盖酒店管理及餐饮服务。')).toEqual([]);
    expect(orgNames('澳门公职教育协会假富豪酒店举办会员大会。', '820000')).toEqual(['澳门公职教育协会', '富豪酒店']);
    expect(orgNames('活动在桂林漓江假日酒店举行。')).toEqual(['桂林漓江假日酒店']);
  });

  it('reads a district of Hong Kong before the region’s name, or of a city before its own, as the address', () => {
    expect(orgNames('特区政府在湾仔香港君悦酒店举行欢迎仪式。', '810000')).toContain('香港君悦酒店');
    expect(orgNames('南岸区重庆经开区数字经济产业工会联合会成立。')).toContain('重庆经开区数字经济产业工会联合会');
  });
});
