import { describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION, extract } from './extract.ts';

const page = [
  '清远召开职工技能提升推进会',
  '本报讯(全媒体记者陈晓 通讯员清工宣)6月12日,清远市职工技能提升工作推进会在清远市职工服务中心召开。清远市人大常委会副主任、市总工会主席周建华出席会议并讲话。',
  '据介绍,全市技能人才达58.3万人。清城区总工会、清新区总工会作交流发言。',
  '（清工宣）',
].join('\n\n');

/** Each person a text names, with the roles read for them joined by ;. */
const roles = (text: string): string[][] => extract(text).people.map((p) => [p.name, p.roles.join(';')]);

describe('extract', () => {
  const result = extract(page, { publishedDate: '2025-06-14' });

  it('links a person to the organization of each role', () => {
    const union = result.organizations.find((o) => o.name === '清远市总工会');
    const person = result.people.find((p) => p.name === '周建华');
    expect(union?.kind).toBe('union');
    expect(union?.placeCode).toBe('441800');
    expect(person?.positions.find((p) => p.title === '主席')?.organizationId).toBe(union?.id);
  });

  it('keeps a person named on two pages one node, but an anonymous name (周某) one per page', () => {
    const idOf = (text: string, name: string) => extract(text).people.find((p) => p.name === name)?.id;
    expect(idOf('佛山市总工会主席李灿出席会议。', '李灿')).toBe(idOf('清远市总工会副主席李灿出席活动。', '李灿'));
    const first = idOf('佛山市总工会主席周某出席会议。', '周某');
    expect(first).toBeDefined();
    expect(first).not.toBe(idOf('清远市总工会副主席周某出席活动。', '周某'));
    // Two pages of one site open alike: the page's end tells them apart.
    const furniture = `首页 > 新闻中心 > 工会动态\n${'某某市总工会网站 '.repeat(30)}\n`;
    expect(idOf(`${furniture}佛山市总工会主席周某出席会议。`, '周某')).not.toBe(
      idOf(`${furniture}佛山市总工会主席周某出席活动。`, '周某'),
    );
  });

  it('dates an event told undated in the lead by a later paragraph that opens with its day, and makes no event of that paragraph alone', () => {
    const page = extract(
      '某区总工会开展了健步走活动。\n3月8日上午,250余名干部职工参加健步走活动。\n9月18日,各工种实际操作竞赛全面展开。',
      { publishedDate: '2026-03-10' },
    );
    expect(page.events.map((e) => [e.title, e.date])).toEqual([['健步走活动', '2026-03-08']]);
  });

  it('reads the news of a page of photo captions alone, where a caption is all the article has', () => {
    const page = extract(
      '5月15日,某某表彰大会在乌鲁木齐召开。刘某安 摄\n3月6日,某某劳动和技能竞赛启动仪式在石河子市举行。主席李某江出席仪式并讲话。刘某安 摄\n',
    );
    expect(page.events.map((e) => e.title)).toContain('某某表彰大会');
    expect(page.people.map((p) => p.name)).toContain('李某江');
  });

  it('takes the story’s first paragraph for its lead, not a short line of the site’s before it (马上注册!)', () => {
    const text =
      '马上注册!\n\n在第19个“环卫工人节”来临之际,10月24日,自治区党委常委、某市委书记赵某辉,市长陶某华分别看望慰问一线环卫工人,向大家致以节日的问候。\n';
    expect(extract(text).events.map((e) => e.date?.endsWith('10-24'))).toEqual([true]);
  });

  it('reads the people a marked caption names beside its article, but not its news again (▲…慰问…)', () => {
    const page = extract(
      '送温暖\n\n近日,市总工会开展慰问活动。\n▲市总工会常务副主席蒋某庆到某公司慰问一线职工\n▲市总工会三级调研员曹某平到某照明公司慰问职工\n',
    );
    expect(page.people.map((p) => [p.name, p.roles])).toEqual([
      ['蒋某庆', ['市总工会常务副主席']],
      ['曹某平', ['市总工会三级调研员']],
    ]);
    expect(page.events).toHaveLength(1);
  });

  it('reads the writers’ and editors’ labels closed by a bar at a page’s end (文 | 记者 甲, 责编 | 乙)', () => {
    const text =
      '某市总工会召开全委会议,部署全年工作。\n文 | 记者 周某聪 通讯员 粤仁宣\n来源 | 某某晚报\n责编 | 谢某哲\n';
    const people = extract(text).people.map((p) => [p.name, p.roles]);
    expect(people).toHaveLength(2);
    expect(people).toContainEqual(['周某聪', ['记者']]);
    expect(people).toContainEqual(['谢某哲', ['责编']]);
  });

  it('reads no figure inside a name the sentence has (万天浩代表)', () => {
    const found = extract(
      '8月29日,市总工会举行金秋助学金发放仪式,考入四川大学的夏钟毅和今年被复旦大学录取的万天浩代表受到资助的学生发言。',
    );
    expect(found.people.map((p) => p.name)).toContain('万天浩');
    expect(found.metrics.map((m) => m.text)).not.toContain('万天');
  });

  it('counts no name a list of people closes before its count (张甲、李乙等27人受到表彰)', () => {
    const subjects = (text: string) => extract(text).metrics.map((m) => m.subject);
    expect(subjects('会上,张建国、李卫东等27人受到表彰。')).toEqual(['受到表彰']);
    // Nothing told after the count leaves no subject rather than a name.
    expect(subjects('优秀个人名单:张建国、李卫东等27人。')).toEqual(['']);
    expect(subjects('劳模张建国带领的20名徒弟参加比赛。')).toEqual(['徒弟']);
  });

  it('finds a party committee’s department by its name with 中共 too (某市委组织部 → 中共某市委组织部)', () => {
    const found = extract('此次竞赛由安庆市委组织部、市总工会联合主办。');
    const department = found.organizations.find((o) => o.name === '安庆市委组织部');
    expect(department?.aliases).toContain('中共安庆市委组织部');
  });

  it('drops a role written bare when another sentence writes it with its body', () => {
    const result = extract(
      '1月21日,张北县总工会党组书记、常务副主席康某平带队慰问一线职工。1月22日,由常务副主席康某平带队入户慰问困难职工。',
    );
    expect(result.people.find((p) => p.name === '康某平')?.roles).toEqual([
      '张北县总工会党组书记',
      '张北县总工会常务副主席',
    ]);
  });

  it('gives a union’s office written bare the union that opens its sentence (…总工会一行…在理事长甲的带领下)', () => {
    const result = extract(
      '【特讯】澳门服务业总工会一行三十八人,日前在理事长冯某康的带领下前往广州,与广州市总工会进行交流。',
    );
    expect(result.people.find((p) => p.name === '冯某康')?.roles).toEqual(['澳门服务业总工会理事长']);
    // A body later in the sentence opens nothing: the office stays bare.
    const later = extract('日前,一行人在理事长冯某康的带领下前往广州,与广州市总工会进行交流。');
    expect(later.people.find((p) => p.name === '冯某康')?.roles).toEqual(['理事长']);
  });

  it('drops a deputy’s office addressed without its 副 (王某燕主席 for a 集团工会副主席)', () => {
    const result = extract(
      '中铁建工集团工会组织女职工开展活动。集团工会副主席王某燕出席并讲话。王某燕主席向女职工致以问候。',
    );
    expect(result.people.find((p) => p.name === '王某燕')?.roles).toEqual(['中铁建工集团工会副主席']);
  });

  it('writes 集团公司 in a role as the group the article names, written …集团 as well as …集团公司', () => {
    const page = extract('宁波建设集团召开会议。集团公司党委副书记、工会主席苗某春列席会议。');
    expect(page.people.find((p) => p.name === '苗某春')?.roles).toEqual([
      '宁波建设集团党委副书记',
      '宁波建设集团工会主席',
    ]);
  });

  it('gives a person one position when two mentions resolve to the same role (…工会主席 of the …总工会 named)', () => {
    const page = extract('天津市滨海新区总工会召开会议。滨海新区工会主席张某林讲话。会后,滨海新区工会主席张某林强调。');
    expect(page.people.find((p) => p.name === '张某林')?.positions.map((p) => p.role)).toEqual([
      '天津市滨海新区总工会主席',
    ]);
  });

  it('writes 校 and 医院 opening a role as the article’s school or hospital (校工会主席, 医院党委书记 of a 保健院)', () => {
    const school = extract('近日,景德镇市红星小学召开教代会。会议由校工会主席汪某主持。');
    expect(school.people.find((p) => p.name === '汪某')?.roles).toEqual(['景德镇市红星小学工会主席']);
    const hospital = extract('近日,鹤城市妇幼保健院举办职工运动会。医院党委书记赵某斌致辞。');
    expect(hospital.people.find((p) => p.name === '赵某斌')?.roles).toEqual(['鹤城市妇幼保健院党委书记']);
  });

  it('writes a bare 校长 or 院长 as the office of the article’s one school or hospital, of none when it names two', () => {
    const one = extract('近日,鹤城市妇幼保健院举办职工运动会。院长王某明致辞,副院长刘某燕主持。');
    expect(one.people.map((p) => p.roles)).toEqual([['鹤城市妇幼保健院院长'], ['鹤城市妇幼保健院副院长']]);
    const two = extract('鹤城市妇幼保健院与鹤城市人民医院举办联谊赛。院长王某明致辞。');
    expect(two.people.find((p) => p.name === '王某明')?.roles).toEqual(['院长']);
  });

  it('writes a bare 厂长 as the office of the article’s one factory', () => {
    const page = extract('2月28日,长春航空食厂召开第二届职工代表大会。副厂长冯某刚作报告。');
    expect(page.people.find((p) => p.name === '冯某刚')?.roles).toEqual(['长春航空食厂副厂长']);
  });

  it('writes the unit a chain opened with once when the article names no such body (校党委副书记、校长 → 校长)', () => {
    expect(roles('近日,校党委副书记、校长邱某青出席会议。')).toEqual([['邱某青', '校党委副书记;校长']]);
    expect(roles('近日,局党组书记、局长张某文出席会议。')).toEqual([['张某文', '局党组书记;局长']]);
    const named = extract('近日,上海市材料工程学校召开教代会。校党委副书记、校长张某民出席。');
    expect(named.people.find((p) => p.name === '张某民')?.roles).toEqual([
      '上海市材料工程学校党委副书记',
      '上海市材料工程学校校长',
    ]);
  });

  it('writes a bare union office as the office of the article’s one basic union, else of its one unit’s union', () => {
    const union = extract('香港建筑模板业职工会举行会员大会。工会主席魏某麟致辞。');
    expect(union.people.find((p) => p.name === '魏某麟')?.roles).toEqual(['香港建筑模板业职工会主席']);
    const hospital = extract('温州市人民医院召开第五届职代会。工会副主席单某月作报告。');
    expect(hospital.people.find((p) => p.name === '单某月')?.roles).toEqual(['温州市人民医院工会副主席']);
    // A region's federation is no union a bare 工会主席 is of; two units leave it bare.
    const federation = extract('佛山市总工会召开座谈会。工会主席王某发言。');
    expect(federation.people.find((p) => p.name === '王某')?.roles).toEqual(['工会主席']);
    const two = extract('佛山某某科技有限公司与佛山某某电器有限公司联合举办比赛。工会主席王某致辞。');
    expect(two.people.find((p) => p.name === '王某')?.roles).toEqual(['工会主席']);
  });

  it('writes an office after a bureau’s bare name as the office of the article’s one bureau so named (劳工局长)', () => {
    const one = extract('台南市勞工局推動就業計畫。勞工局長王某基表示,將持續推動。');
    expect(one.people.find((p) => p.name === '王某基')?.roles).toEqual(['台南市劳工局长']);
    const two = extract('台南市勞工局與高雄市勞工局合辦就業博覽會。勞工局長王某基表示,將持續推動。');
    expect(two.people.find((p) => p.name === '王某基')?.roles).toEqual(['劳工局长']);
  });

  it('writes out the body a role points back to (该公司, 该会): the first named in the latest sentence naming one', () => {
    const company = extract('近日,淄博瑞丰钢铁有限公司召开工会代表大会。该公司党委副书记、工会主席满某堂主持会议。');
    const union = company.organizations.find((o) => o.name === '淄博瑞丰钢铁有限公司');
    const chair = company.people.find((p) => p.name === '满某堂');
    expect(chair?.roles).toEqual(['淄博瑞丰钢铁有限公司党委副书记', '淄博瑞丰钢铁有限公司工会主席']);
    expect(chair?.positions[0]?.organizationId).toBe(union?.id);
    const association = extract(
      '澳门职业技能促进协会会长蔡某富等一行,由澳门工会联合总会会长何某卿陪同,拜访何某铧。该会副会长黄某玲等出席。',
    );
    expect(association.people.find((p) => p.name === '黄某玲')?.roles).toEqual(['澳门职业技能促进协会副会长']);
    // A town pointed back to is the article's town.
    const town = extract('肥西县桃花镇召开职代会。该镇党委委员王某玲出席。');
    expect(town.people.find((p) => p.name === '王某玲')?.roles).toEqual(['肥西县桃花镇党委委员']);
  });

  it('dates a headline’s one event with the day the lead opens with, when the body tells it in other words', () => {
    const page = extract(
      '京津冀蒙工会跨区域促就业创业活动举办\n\n4月21日,2018年京津冀蒙工会跨区域促进就业创业系列活动暨包头大型人才招聘和创业项目展示会在包头市举办。',
    );
    expect(page.events.map((e) => [e.title, e.date])).toEqual([['京津冀蒙工会跨区域促就业创业活动', '2018-04-21']]);
    // A page's date line is no lead.
    const dateLine = extract(
      '校工会开展春游赏花活动\n\n2017年03月13日   点击次数:\n\n[转载]3月11日,女教职工到百万葵园游玩。',
    );
    expect(dateLine.events.map((e) => e.date)).not.toContain('2017-03-13');
  });

  it('starts a name after Macau’s “held at” after a time (下午四时假街总北区办前地)', () => {
    const page = extract('澳门街坊会联合总会“北区环境清洁大行动”于下午四时假街总北区办前地举行启动仪式。');
    expect(page.organizations.map((o) => o.name)).not.toContain('四时假街总北区办');
  });

  it('writes a bare office of a Taiwan city with the one city of that level the article names', () => {
    const page = extract('台中市政府劳工局举办表扬大会。市长卢某燕出席,市议员陈某政、沈某莲到场祝贺。');
    expect(page.people.map((p) => p.roles)).toEqual([['台中市市长'], ['台中市议员'], ['台中市议员']]);
    // Two cities named: neither.
    const two = extract('台中市与高雄市劳工局合办活动。市长卢某燕出席。');
    expect(two.people[0]?.roles).toEqual(['市长']);
  });

  it('hosts an event with the sponsors a later sentence names (本次比赛由市总工会、市体育局主办)', () => {
    const page = extract(
      '云浮市举办职工篮球赛\n\n5月3日,2024年云浮市职工篮球赛在市体育馆开幕。本次比赛由市总工会、市体育局主办。',
    );
    const name = new Map(page.organizations.map((o) => [o.id, o.name]));
    expect(page.events[0]?.organizerIds.map((id) => name.get(id))).toEqual(['云浮市总工会', '云浮市体育局']);
  });

  it('titles a numbered session named by its number alone with the one body holding it (召开三届四次职工代表大会)', () => {
    const titles = (text: string) => extract(text).events.map((e) => e.title);
    expect(titles('3月5日,中铁五局六公司召开了三届四次职工代表大会。')).toEqual(['中铁五局六公司三届四次职工代表大会']);
    // Two bodies holding it, a contest, or a plenum studied: as written.
    expect(titles('2月22日,宣城市人民政府与宣城市总工会召开第七次联席会议。')).toEqual(['第七次联席会议']);
    expect(titles('8月6日,山西省煤炭工业厅举办第三届山西省煤炭行业“潞安杯”职工职业技能大赛。')).toEqual([
      '第三届山西省煤炭行业“潞安杯”职工职业技能大赛',
    ]);
  });

  it('writes out the writer’s own body (我司, 我校) when the article names one of its kind twice, else drops the word', () => {
    const own = extract(
      '3月5日,宁波舜宇光电信息有限公司工会举办职工运动会。宁波舜宇光电信息有限公司职工踊跃参加。我司副总经理、工会主席蒋某荣出席。',
    );
    expect(own.people.find((p) => p.name === '蒋某荣')?.roles).toEqual([
      '宁波舜宇光电信息有限公司副总经理',
      '宁波舜宇光电信息有限公司工会主席',
    ]);
    // A school named once, as a contest's winner, is a guest: the office alone.
    const guest = extract('九支队伍经过激烈角逐,最终哈尔滨工业大学获得团体冠军。我校常务副校长陈某一宣布闭幕。');
    expect(guest.people.find((p) => p.name === '陈某一')?.roles).toEqual(['常务副校长']);
  });

  it('reads no place from a person’s name (金华 of 蔡金华), but the place named elsewhere on the page', () => {
    expect(extract('安全周启动\n\n职安委主任蔡金华出席活动。蔡金华致辞时表示,压力很大。').places).toEqual([]);
    const both = extract('安全周启动\n\n职安委主任蔡金华出席活动。蔡金华致辞。金华市总工会派员参加。');
    expect(both.places.map((p) => p.name)).toEqual(['金华市']);
  });

  it('keeps a region’s federation the page never places as written, as a node of that page alone (县总工会)', () => {
    const one = extract('全委会议\n县总工会召开十二届九次全委(扩大)会议。县总工会主席吴某雄作报告。');
    const other = extract('慰问\n县总工会主席李某到企业慰问职工。');
    const [union] = one.organizations;
    expect(one.organizations.map((o) => [o.name, o.placeCode])).toEqual([['县总工会', undefined]]);
    expect(one.people.find((p) => p.name === '吴某雄')?.positions[0]?.organizationId).toBe(union?.id);
    expect(other.organizations.map((o) => o.name)).toEqual(['县总工会']);
    expect(other.organizations[0]?.id).not.toBe(union?.id);
    // Placed, it is the county's and shared by every page.
    expect(extract('全委会议\n平远县召开会议。县总工会主席吴某雄作报告。').organizations[0]?.placeCode).toBe('441426');
  });

  it('keeps a province’s federation the page never places as written, with its officers (省总工会)', () => {
    const page = extract('调研\n8月6日,省总工会女工部部长刘某娜带领调研组到开发区调研。');
    const [union] = page.organizations;
    expect(page.organizations.map((o) => [o.name, o.placeCode])).toEqual([['省总工会', undefined]]);
    expect(page.people.find((p) => p.name === '刘某娜')?.positions[0]?.organizationId).toBe(union?.id);
  });

  it('reads the call a leader led as the visit, and the activity of calls the article names later as that call', () => {
    const found = extract(
      [
        '某市工会开展“五一”走访慰问活动',
        '日前,某市人大常委会副主任,市总工会主席方某强带队,走访慰问该市劳模代表,向他们致以节日问候。',
        '今年93岁的杨某芳是健在的最早的省劳模。当天,某市总工会共分三路开展了“五一”走访慰问活动。',
      ].join('\n\n'),
    );
    // The city is never named: its federation is kept as written (市总工会), and the visit opens with it.
    expect(found.events.map((e) => [e.title, e.type])).toEqual([
      ['市总工会主席方某强带队,走访慰问该市劳模代表', 'visit'],
    ]);
  });

  it('reads an undated event a dated one of the page repeats as that event (a title bar split off)', () => {
    const page = extract(
      '陕西省劳模和工匠人才创新工作室经验交流会召开某市总工会-网页\n\n欢迎访问某市总工会\n\n当前访问量: 次\n\n陕西省劳模和工匠人才创新工作室经验交流会召开\n\n中工网讯 6月15日,陕西省劳模和工匠人才创新工作室经验交流会在神木市召开。',
    );
    const meetings = page.events.filter((e) => e.title === '陕西省劳模和工匠人才创新工作室经验交流会');
    expect(meetings.map((e) => e.date)).toEqual([expect.stringMatching(/06-15$/)]);
  });

  it('writes out the body a generic lead stands for (学校党委书记, 院党委书记) as the article’s school or hospital', () => {
    const school = extract('青岛酒店管理职业技术学院召开第五届教代会。学校党委书记孙某丽致开幕词。');
    expect(school.people.find((p) => p.name === '孙某丽')?.roles).toEqual(['青岛酒店管理职业技术学院党委书记']);
    const hospital = extract('合肥市第一人民医院工会召开会员代表大会。院党委书记吴某雷出席。');
    expect(hospital.people.find((p) => p.name === '吴某雷')?.roles).toEqual(['合肥市第一人民医院党委书记']);
  });

  it('dates a plaque the meeting told before awarded (会议为…授牌) on the meeting’s day', () => {
    const page = extract(
      '10月29日,某市召开产业工人队伍建设改革工作推进会。\n\n会议要求,全市要筑牢思想根基。\n\n会议为劳模工匠服务队授旗,并为某市工匠学院授牌。',
    );
    expect(page.events.find((e) => e.title.endsWith('授牌'))?.date).toMatch(/10-29$/);
  });

  it('writes out a generic lead right after a verb’s 了 or a preposition (听取了集团总经理…, 向公司工会主席…)', () => {
    const heard = extract('山东中正热力集团职工代表大会召开。代表们听取了集团总经理蒋某卿所作的工作报告。');
    expect(heard.people.find((p) => p.name === '蒋某卿')?.roles).toEqual(['山东中正热力集团总经理']);
    const to = extract('燃热市政公司召开职工大会。会上,职工向公司经理张某飞提出建议。');
    expect(to.people.find((p) => p.name === '张某飞')?.roles).toEqual(['燃热市政公司经理']);
  });

  it('writes out a centre or an institute a bare 中心 or 所 lead stands for (中心主任, 所工会主席)', () => {
    const centre = extract('腾冲市疾病预防控制中心召开职工代表大会。会议由中心主任李胜国主持。');
    expect(centre.people.find((p) => p.name === '李胜国')?.roles).toEqual(['腾冲市疾病预防控制中心主任']);
    const institute = extract('中国科学院西安光学精密机械研究所举办职工运动会。所工会主席王海涛致辞。');
    expect(institute.people.find((p) => p.name === '王海涛')?.roles).toEqual([
      '中国科学院西安光学精密机械研究所工会主席',
    ]);
  });

  it('reads no body from 是次 (this time) before a centre’s generic words (是次活动中心邀请了…)', () => {
    const result = extract('澳门工会联合总会台山社区中心举办中秋联欢会。是次活动中心邀请了议员李静仪出席。');
    expect(result.organizations.map((o) => o.name)).not.toContain('次活动中心');
  });

  it('writes out the federation a bare 总工会 lead stands for, as the union the article names', () => {
    const result = extract('香港建造业总工会举行记者会。总工会理事长周某杰指出,私人工程减少。');
    expect(result.people.find((p) => p.name === '周某杰')?.roles).toEqual(['香港建造业总工会理事长']);
    // A company named in the article is no federation.
    const company = extract('某某建设集团有限公司举行会议。总工会理事长周某杰指出,工程减少。');
    expect(company.people.find((p) => p.name === '周某杰')?.roles).toEqual(['总工会理事长']);
  });

  it('writes a place or prize won after the contest the article tells of, for each name listed before it', () => {
    const result = extract(
      '6月1日,某省第七届五金制品行业技能大赛决赛在某市举行。经过激烈角逐,某某工具集团有限公司的滕某兵获得第一名,甲供电局聂某勇、乙供电局钟某获个人组一等奖。',
    );
    const roles = (name: string) => result.people.find((p) => p.name === name)?.roles ?? [];
    expect(roles('滕某兵')).toContain('某省第七届五金制品行业技能大赛决赛第一名');
    expect(roles('聂某勇')).toContain('某省第七届五金制品行业技能大赛决赛个人组一等奖');
    expect(roles('钟某')).toContain('某省第七届五金制品行业技能大赛决赛个人组一等奖');
    // A contest titled by its launch is won as the contest.
    const launched = extract('6月1日,某省第七届技能大赛在某市启动。经过激烈角逐,某某公司的滕某兵获得第一名。');
    expect(launched.people.find((p) => p.name === '滕某兵')?.roles).toContain('某省第七届技能大赛第一名');
    // With no contest told, the prize stands alone; a place in an event of the contest, as written.
    expect(extract('张某伟获得一等奖。').people.find((p) => p.name === '张某伟')?.roles).toEqual(['一等奖']);
    const items = extract('选手薛某鹏获安全检查项目第一名,魏某毓获创伤急救项目第二名。');
    expect(items.people.find((p) => p.name === '魏某毓')?.roles).toEqual(['创伤急救项目第二名']);
    // An award named in quotes, won by ten listed before it.
    const award = extract('经过紧张角逐,张某坡、刘某钊、吴某10人荣获“十佳绝活奖”。');
    expect(award.people.find((p) => p.name === '刘某钊')?.roles).toEqual(['十佳绝活奖获得者']);
  });

  it('reads the calling counted after a name, written whole (吴某等17名优秀工会工作者及朱某平等21名优秀工会积极分子)', () => {
    const result = extract('会议对吴某等17名优秀工会工作者及朱某平等21名优秀工会积极分子进行了表彰。');
    expect(result.people.find((p) => p.name === '吴某')?.roles).toEqual(['优秀工会工作者']);
    expect(result.people.find((p) => p.name === '朱某平')?.roles).toEqual(['优秀工会积极分子']);
  });

  it('writes out the body whose congress elects a bare office (王某当选为主席 in its report), not any office', () => {
    const result = extract(
      '中国教科文卫体工会二届一次全委会1月5日在北京召开。会议选举产生了新一届常委会,王某龙当选为主席,万某东、何某克当选为副主席。',
    );
    expect(result.people.find((p) => p.name === '王某龙')?.roles).toEqual(['中国教科文卫体工会主席']);
    expect(result.people.find((p) => p.name === '何某克')?.roles).toEqual(['中国教科文卫体工会副主席']);
    // An office no congress elects stays as written.
    const group = extract('中国教科文卫体工会召开全委会。验收组由李某文担任组长。');
    expect(group.people.find((p) => p.name === '李某文')?.roles ?? []).not.toContain('中国教科文卫体工会组长');
  });

  it('names no event after a body whose orders are carried out (落实全总、市总…部署)', () => {
    const page = extract('为全面落实全总、市总相关部署要求,滨海新区工会系统广泛开展春节送温暖系列慰问活动。');
    expect(page.events.map((e) => e.title)).toEqual(['春节送温暖系列慰问活动']);
  });

  it('puts no organizer before a title that opens as its organizer does (陕西航空工业工会 → 陕西航空工业…大赛)', () => {
    const page = extract('近日,由陕西航空工业工会承办的陕西航空工业职业技能大赛正式开幕。');
    expect(page.events.map((e) => e.title)).toEqual(['陕西航空工业职业技能大赛']);
  });

  it('resolves a bare 省总工会 to the province of the page’s outlet', () => {
    const page = extract(
      '省总工会召开党组会\n\n2025-04-30 08:17 来源:山西工人报\n\n4月29日,省总工会召开党组会议。会议在北京召开。',
    );
    expect(page.organizations.map((o) => o.name)).toContain('山西省总工会');
  });

  it('dates an event whose 月 the source lost, by the page’s date when its figures read two ways', () => {
    const visit = '海东日报讯(记者 张某)111日,省总工会副主席吴某赴我市开展“送温暖”慰问活动。';
    expect(extract(`送温暖\n时间:2023年01月13日\n${visit}`).events[0]?.date).toBe('2023-01-11');
    expect(extract(`送温暖\n时间:2023年11月03日\n${visit}`).events[0]?.date).toBe('2023-11-01');
    expect(extract('428日,某公司在项目工地开展了“大干二季度”劳动竞赛。').events[0]?.date).toBe('--04-28');
  });

  it('resolves a bare 市总工会 on a city paper’s page to its city, not another city just named short', () => {
    const page = extract(
      '沧州竞赛开幕\n\n2021-04-30 15:44:49 来源:沧州日报\n\n昨天,沧州市技能竞赛开幕。沧州与石家庄主会场同频共振。市总工会主席鞠志杰出席。',
    );
    expect(page.organizations.map((o) => o.name)).toEqual(['沧州市总工会']);
  });

  it('gives the Youth League’s committee no 中共 alias, as it does a party committee', () => {
    const page = extract('共青团大安区委、大安区妇联承办。中共大安区委出席。');
    const league = page.organizations.find((o) => [o.name, ...o.aliases].includes('共青团大安区委'));
    expect(league?.aliases.filter((a) => a.startsWith('中共'))).toEqual([]);
    // 团县委: the League's committee written with 团 before the level.
    const county = extract('鄱阳团县委书记虞某丽出席。').organizations.find((o) => o.name === '鄱阳团县委');
    expect(county?.aliases).toEqual([]);
  });

  it('resolves a bare 市总工会 to a city, never to a prefecture that is none (延边州 on a page about 敦化市)', () => {
    const page = extract('敦化市总工会以延边州职工文化活动月为契机开展活动。5月31日,市总工会举办诵读比赛。');
    expect(page.organizations.map((o) => o.name)).toEqual(['敦化市总工会']);
  });

  it('resolves a bare 市总工会 named before any city to the city named in full after it, not one named short', () => {
    const page = extract('6月5日,记者从市总工会获悉,在日前举行的职业技能(南通)联赛中,镇江市选手获得佳绩。');
    expect(page.organizations.map((o) => o.name)).toEqual(['镇江市总工会']);
    expect(extract('记者从市总工会获悉,南通选手获得佳绩。').organizations.map((o) => o.name)).toEqual(['南通市总工会']);
  });

  it('reads a placeless article as from where its site’s furniture is, and no entity from a link to other news', () => {
    const text = [
      '县总工会看望困难职工',
      '县总工会负责人来到社区,看望困难职工。',
      '上一条: 大溪河镇纪委:为秸秆禁烧保驾护航',
    ].join('\n');
    expect(extract(text).organizations.map((o) => o.name)).toEqual(['凤阳县总工会']);
  });

  it('reads a column of marked news briefs as text, and every brief’s signature as its author', () => {
    const text = [
      '工会动态',
      '▲镇坪县总工会通过举办技术培训班的方法,先后培训职工600多人次,荣获先进单位称号。',
      '(邝秋生)',
      '▲佳县总工会自己动手,整修俱乐部活动场地,节约资金500多元。 (滕美玲)',
    ].join('\n');
    const page = extract(text);
    expect(page.people.map((p) => p.name)).toEqual(['邝秋生', '滕美玲']);
    expect(page.metrics.map((m) => m.value)).toEqual([600, 500]);
  });

  it('gives district unions their city union as parent', () => {
    const city = result.organizations.find((o) => o.name === '清远市总工会');
    const district = result.organizations.find((o) => o.name === '清远市清城区总工会');
    expect(district?.parentId).toBe(city?.id);
  });

  it('makes a person who attends "the meeting" in a later sentence a participant of the main event', () => {
    const person = result.people.find((p) => p.name === '周建华');
    expect(result.events[0]?.participants).toEqual([{ personId: person?.id, part: 'spoke' }]);
  });

  it('dates events with the year of publication', () => {
    expect(result.events[0]).toMatchObject({ date: '2025-06-12', dateSource: 'published', type: 'meeting' });
  });

  it('records reporters with their article and skips pen-names', () => {
    expect(result.people.map((p) => p.name).sort()).toEqual(['周建华', '陈晓']);
    expect(result.people.find((p) => p.name === '陈晓')?.positions[0]).toMatchObject({
      title: '全媒体记者',
      article: 0,
    });
  });

  it('reads the author named in a site meta line, which is otherwise furniture', () => {
    const page = extract(
      '职工技能大赛在哈尔滨举行\n2021-04-17 13:43:46 来源:东北网 作者:王哲\n4月16日,哈尔滨市总工会举办职工技能大赛。',
    );
    expect(page.people.find((p) => p.name === '王哲')?.positions[0]?.title).toBe('作者');
    expect(page.organizations.map((o) => o.name)).not.toContain('东北网');
  });

  it('reads a name alone under the headline as the author when the site’s date line follows it', () => {
    const page = extract(
      '海南省总工会慰问一线职工\n\n赖书闻\n\n2021年07月27日15:48  来源:工人日报客户端\n\n7月26日,海南省总工会慰问在高温下奋战的一线职工。',
    );
    expect(page.people.find((p) => p.name === '赖书闻')?.positions[0]?.title).toBe('作者');
  });

  it('leaves an event undated when the dateline is followed by 近日 or 日前', () => {
    const page = extract('淮安司机入会\n7月7日消息,近日,淮安市道路运输行业工会联合会第一次会员代表大会隆重召开。');
    expect(page.events.map((e) => e.date)).toEqual([null]);
  });

  it('dates an event told after 当日 or 当天 with the day the sentence before named', () => {
    const page = extract(
      '朔州市总工会慰问户外劳动者\n1月15日是“工会服务户外劳动者日”。当日,朔州市总工会在市区开展“送温暖”慰问活动。',
    );
    expect(page.events.map((e) => e.date)).toEqual(['--01-15']);
  });

  it('dates an event told after a ceremony or meeting (揭牌仪式后, 会后) with that event’s day, and not a sentence that only follows another', () => {
    const page = extract(
      '连州市首个示范点揭牌\n8月22日,连州市首个乡镇“职工之家”示范点揭牌仪式在星子镇举行。\n镇里有300名职工。\n揭牌仪式后,连州市总工会在该镇举行落实“县级工会加强年”专项工作推进会。',
    );
    expect(page.events.map((e) => e.date)).toEqual(['--08-22', '--08-22']);
    const other = extract(
      '连州市首个示范点揭牌\n8月22日,连州市首个乡镇“职工之家”示范点揭牌仪式在星子镇举行。\n镇里有300名职工。\n会后,连州市总工会在该镇举行落实“县级工会加强年”专项工作推进会。',
    );
    expect(other.events.map((e) => e.date)).toEqual(['--08-22', null]);
  });

  it('dates what was held next (在随后召开的…座谈会上) with the day of the event before, not an event it only refers to', () => {
    const visit = '6月11日,中华全国铁路总工会主席索某一行莅临中国铁物调研指导工作。';
    const next = extract(`${visit}\n在随后召开的铁路工会重点工作调研座谈会上,索主席听取了汇报。`);
    expect(next.events.map((e) => e.date)).toEqual(['--06-11', '--06-11']);
    const referred = extract(
      `${visit}\n在随后召开的座谈会上,索某宣讲了在2020年全国劳动模范和先进工作者表彰大会上的重要讲话精神。`,
    );
    expect(referred.events.filter((e) => e.title.endsWith('表彰大会')).map((e) => e.date)).toEqual([null]);
  });

  it('dates an event with the day the next sentence of its paragraph opens with, unless vague or year-long', () => {
    const page = extract(
      '工会送温暖\n在元旦节来临之际,东宝区总工会启动“冬日送温暖行动”,为户外劳动者送去大礼包。12月28日,在西门社区工会驿站,副主席涂某龙为户外工作者送上保温杯。',
    );
    expect(page.events.map((e) => e.date)).toEqual(['--12-28']);
    const vague = extract(
      '工会送温暖\n近日,东宝区总工会启动“冬日送温暖行动”,为户外劳动者送去大礼包。12月28日,在西门社区工会驿站,副主席涂某龙为户外工作者送上保温杯。',
    );
    expect(vague.events.map((e) => e.date)).toEqual([null]);
  });

  it('dates an event with the day the sentence before opens with when that sentence sets the scene, not across paragraphs', () => {
    const scene = '4月8日,雁塔区政务服务中心三楼会议室内座无虚席。';
    const held = '随着翻页声,一场别开生面的工资集体协商业务培训暨“要约行动”推进会拉开帷幕。';
    expect(extract(`集体协商培训\n${scene}${held}`).events.map((e) => e.date)).toEqual(['--04-08']);
    expect(extract(`集体协商培训\n${scene}\n${held}`).events.map((e) => e.date)).toEqual([null]);
  });

  it('dates an event with the day of a scene that opens after an outlet’s dateline (中国某网讯 1月29日,…)', () => {
    const scene = '中国某网讯 1月29日,某电力公司大厅内墨香四溢,一片暖意融融。';
    const held = '由某自治区总工会主办的送福进企业活动在这里举行。';
    expect(extract(`送福进企业\n${scene}${held}`).events.map((e) => e.date)).toEqual(['--01-29']);
  });

  it('reads a call on someone with no trip told, in a paragraph that opens with its day', () => {
    const lead = '某镇总工会开展送温暖活动。\n';
    const call = (text: string) => extract(`送温暖\n${lead}${text}`).events.map((e) => e.title);
    expect(call('1月8日,镇党委委员王某玲走访安徽方圆机械有限公司,慰问困难职工。')).toContain(
      '王某玲走访安徽方圆机械有限公司',
    );
    // A group sent, a list of those called on, a paragraph with no day of its own: no call.
    expect(call('1月8日,市总工会慰问团向环卫工人送去慰问品。')).toHaveLength(1);
    expect(call('1月8日,镇党委委员王某玲走访了甲公司、乙公司。')).toHaveLength(1);
    expect(call('镇党委委员王某玲走访安徽方圆机械有限公司,慰问困难职工。')).toHaveLength(1);
  });

  it('reads a visit told by a later paragraph that opens with its day, not by one without', () => {
    const lead = '沈河区总工会启动送温暖专项行动。\n';
    const visit = '沈河区总工会领导带队赴滨河街道双路社区开展慰问,为一线职工送上方便面。';
    expect(extract(`送温暖\n${lead}1月14日,${visit}`).events.map((e) => e.date)).toContain('--01-14');
    expect(extract(`送温暖\n${lead}${visit}`).events).toHaveLength(1);
  });

  it('dates a lead event told 今天 or 昨日 by its dateline, set apart or followed by a long byline', () => {
    const apart = extract(
      '工代会开幕\n本报乌鲁木齐7月9日电(记者陆某宝)新疆维吾尔自治区工会第十次代表大会今天在乌鲁木齐隆重开幕。',
    );
    expect(apart.events.map((e) => e.date)).toEqual(['--07-09']);
    const byline = extract(
      '集体协商\n福州新闻网10月29日讯(福州日报记者 李某薇 李某蕾 通讯员 常某纯)昨日,福州市海峡茶业行业集体协商会议召开。',
    );
    expect(byline.events.map((e) => e.date)).toEqual(['--10-28']);
  });

  it('dates an event told 今天 or 昨晚 by the page’s own date when no dateline gives one', () => {
    const today = extract(
      '交流活动\n发布时间:2021-11-04\n今天上午,长三角三省一市产业工人队伍建设改革工作交流活动在杭州举行。',
    );
    expect(today.events.map((e) => e.date)).toEqual(['2021-11-04']);
    const lastNight = extract('理事会\n2015年3月1日 星期日\n工联会第三十六届常务理事会昨晚举行第一次会议。');
    expect(lastNight.events.map((e) => e.date)).toEqual(['2015-02-28']);
    // Made up, in the way Hong Kong's papers write yesterday morning.
    const lastMorning = extract('步行筹款\n2016-12-19\n来源:某报\n某某协会昨早在海滨公园举行步行筹款活动。');
    expect(lastMorning.events.map((e) => e.date)).toEqual(['2016-12-18']);
  });

  it('reads no second event from a sentence that says what kind of event the first was (这是…的一次…活动)', () => {
    const page = extract(
      '诵读比赛\n5月1日,敦化市妇女联合会举办职工诵读比赛,这是我市群团组织开展的一次大型群众性活动。',
    );
    expect(page.events.map((e) => e.title)).toEqual(['敦化市妇女联合会职工诵读比赛']);
  });

  it('reads a photographer credited on a line of its own with no role (林某余/摄)', () => {
    const page = extract(
      '劳动竞赛启动\n\n9月24日,广东省劳动竞赛推进会在广州举行。\n\n▲推进会现场\n\n林景余/摄\n\n会议由省总工会主持。',
    );
    expect(page.people.map((p) => [p.name, p.roles])).toContainEqual(['林景余', ['摄影']]);
  });

  it('reads the publication date under a traditional label, so a day written alone gets its month', () => {
    const page = extract(
      '香港義工抵粵訪問\n編輯: 關某英 | 時間: 2016-05-16 10:45:19 | 來源: 中國新聞網 |\n廣東省副省長何某友15日在“義工大集結”香港工聯會廣東千人團活動歡迎儀式上稱,粵港合作處於新的起點。',
    );
    expect(page.events.map((e) => e.date)).toEqual(['2016-05-15']);
  });

  it('dates an event told after 当天 with the nearest day named before it, a paragraph or more up', () => {
    const page = extract(
      '威海快递员入会\n11月4日,威海市总工会举行快递行业从业人员集体入会仪式。\n现场有200名快递员。\n当天,威海市总工会还同步启动了关爱快递小哥送温暖慰问活动。',
    );
    expect(page.events.map((e) => e.date)).toEqual(['--11-04', '--11-04']);
  });

  it('reads two titles with the same quotation and head as one event, unless their years differ', () => {
    const page = extract(
      '最美职工发布\n自治区总工会联合开展了首届全区“最美职工”选树活动。\n2022年度内蒙古自治区全区“最美职工”选树活动启动后,经过严格严密的评审,评出10名最美职工。',
    );
    expect(page.events).toHaveLength(1);
    const years = extract('助学\n2022年“金秋助学”活动举行。\n2023年“金秋助学”活动举行。');
    expect(years.events).toHaveLength(2);
  });

  it('points mentions at the source text', () => {
    const m = result.metrics[0]?.mentions[0];
    expect(m && page.slice(m.start, m.end)).toBe('据介绍,全市技能人才达58.3万人。');
  });

  it('writes --MM-DD when no year is known', () => {
    const r = extract('本报讯 6月12日,某某推进会在某地召开。');
    expect(r.events[0]?.date).toBe('--06-12');
    expect(r.extractorVersion).toBe(EXTRACTOR_VERSION);
  });

  it('dates a day in the year of the page’s date line, or the year before for a month well after it', () => {
    const meeting = '12月28日,清远市职工技能提升工作推进会在清远市职工服务中心召开。';
    expect(extract(`清远召开推进会\n2026-01-05 来源:清远日报\n${meeting}`).events[0]?.date).toBe('2025-12-28');
    expect(extract(`清远召开推进会\n2025-12-30 来源:清远日报\n${meeting}`).events[0]?.date).toBe('2025-12-28');
    expect(extract(meeting, { publishedDate: '2025-11-20' }).events[0]?.date).toBe('2025-12-28');
  });

  it('reads the talks a visit held as a meeting of its day, unless the article names the meeting', () => {
    const visit = '5月14日,自治区总工会到柳南区核验劳模创新工作室创建情况。';
    const talks = extract(`${visit}\n在随后的座谈会上,柳南区总工会汇报了工作。`).events;
    expect(talks.map((e) => [e.title, e.type, e.date])).toEqual([
      ['自治区总工会到柳南区核验劳模创新工作室创建情况', 'visit', '--05-14'],
      ['广西壮族自治区总工会座谈会', 'meeting', '--05-14'],
    ]);
    const named = extract(
      `${visit}\n当天下午,柳南区总工会召开劳模创新工作室建设座谈会。在座谈会上,区总工会汇报了工作。`,
    ).events;
    expect(named.filter((e) => e.title.endsWith('座谈会')).map((e) => e.title)).toEqual([
      '柳州市柳南区总工会劳模创新工作室建设座谈会',
    ]);
  });

  it('reads a bare opening ceremony attended as the ceremony of the article’s contest, unless the article names it', () => {
    const contest = '6月26日,第五届长三角地区铁道行业职业技能竞赛在上海机辆段开幕。';
    const bare = extract(`${contest}\n上铁集团总经理高某出席开幕式并致辞。`).events;
    expect(bare.map((e) => [e.title, e.type, e.date])).toEqual([
      ['第五届长三角地区铁道行业职业技能竞赛', 'competition', '--06-26'],
      ['第五届长三角地区铁道行业职业技能竞赛开幕式', 'ceremony', '--06-26'],
    ]);
    const named = extract(
      `${contest}\n当天上午,上海铁路局举行第五届长三角地区铁道行业职业技能竞赛开幕式。高某出席开幕式并致辞。`,
    ).events;
    expect(named.filter((e) => e.title.endsWith('开幕式'))).toHaveLength(1);
    // A page in traditional characters: the ceremony it names is the one attended, in its own script.
    const traditional = extract(
      '6月26日,第五屆鐵道行業職業技能競賽在上海機輛段開幕。\n當天上午舉行第五屆鐵道行業職業技能競賽開幕式。高某出席開幕式並致辭。',
    ).events;
    expect(traditional.filter((e) => e.type === 'ceremony').map((e) => e.title)).toEqual([
      '第五屆鐵道行業職業技能競賽開幕式',
    ]);
    const bareTraditional = extract(
      '6月26日,第五屆鐵道行業職業技能競賽在上海機輛段開幕。\n高某出席開幕式並致辭。',
    ).events;
    expect(bareTraditional.filter((e) => e.type === 'ceremony').map((e) => e.title)).toEqual([
      '第五屆鐵道行業職業技能競賽開幕式',
    ]);
  });

  it('reads a visit told again without its place in the same paragraph as the visit told before', () => {
    const page = '10月10日,湖南省总工会组成调研组到衡阳市南岳区,调研职工疗养院建设情况。省总工会主席周某带队调研。';
    expect(extract(page).events.map((e) => [e.type, e.location])).toEqual([['visit', '衡阳市南岳区']]);
  });

  it('dates a day written alone in the page’s month, or the month before when it is after the page’s day', () => {
    const ceremony = '本报讯 21日,市总工会举办“夏季送清凉”活动启动仪式。';
    expect(extract(`启动送清凉\n时间:2023年07月24日 来源:桂林晚报\n${ceremony}`).events[0]?.date).toBe('2023-07-21');
    expect(extract(ceremony, { publishedDate: '2023-08-02' }).events[0]?.date).toBe('2023-07-21');
    // With no day of publication, the month is unknown.
    expect(extract(ceremony).events[0]?.date).toBeNull();
  });

  it('titles an event the page names as a whole quotation by the name inside it', () => {
    const titles = extract('澳门工会联合总会22日举行「甲辰年新春聯歡晚會」。').events.map((e) => e.title);
    expect(titles).toEqual(['甲辰年新春聯歡晚會']);
  });

  it('reads the writers and photographers a credit line labels (文字:甲 乙, 图片:丙), up to an editor’s label', () => {
    expect(roles('市总工会举办活动。\n文字:金某玉 图片:袁某 审核:卢某飞')).toEqual(
      expect.arrayContaining([
        ['金某玉', '作者'],
        ['袁某', '摄影记者'],
        ['卢某飞', '审核'],
      ]),
    );
    expect(roles('市总工会举办活动。\n文字:伍某 林某丰\n编辑:符某明')).toEqual([
      ['伍某', '作者'],
      ['林某丰', '作者'],
      ['符某明', '编辑'],
    ]);
    // A body credited is no pair of names run together.
    expect(roles('市总工会举办活动。\n文字:白某 图片:华设设计集团')).toEqual([['白某', '作者']]);
  });

  it('writes a bare 局 opening a role as the bureau the article names (局党组书记、局长 → 佛山市水务局局长)', () => {
    expect(roles('佛山市水务局召开会议。局党组书记、局长赵某军指出,要做好工作。')).toEqual([
      ['赵某军', '佛山市水务局党组书记;佛山市水务局局长'],
    ]);
    expect(roles('佛山市总工会召开会议。局长王某某出席。')).toEqual([['王某某', '局长']]);
  });

  it('writes a bare 院 opening a role as the court or procuratorate the article names, and 中院 out in full', () => {
    expect(roles('如皋市人民检察院召开会议。在院党组书记、检察长孙某的陪同下,一行参观。')).toEqual([
      ['孙某', '如皋市人民检察院党组书记;如皋市人民检察院检察长'],
    ]);
    expect(roles('1月22日,西安中院举办活动。院党组成员、政治部主任邓某宇主持。')).toEqual([
      ['邓某宇', '西安中级人民法院党组成员;西安中级人民法院政治部主任'],
    ]);
    // 院长助理: the office holds the 院, no court's lead.
    expect(roles('葫芦岛市人民法院召开会议。院长助理王某宏出席。')).toEqual([['王某宏', '院长助理']]);
  });

  it('writes a bare general office or union committee after a body’s officers as that body’s (办公室主任, 经审委员会主任)', () => {
    expect(roles('佛山市总工会召开会议。市总工会主席王某某、副主席李某某,办公室主任张某某出席。')).toContainEqual([
      '张某某',
      '佛山市总工会办公室主任',
    ]);
    expect(roles('佛山市总工会召开会议。市总工会党组书记、主席王某某,经审委员会主任李某某出席。')).toContainEqual([
      '李某某',
      '佛山市总工会经审委员会主任',
    ]);
    // A body's own office keeps its body (县委办公室主任).
    expect(roles('佛山市召开会议。市委副书记王某某,市委办公室主任李某某出席。')).toContainEqual([
      '李某某',
      '佛山市委办公室主任',
    ]);
  });

  it('writes 省总 before a department written short (经审会, 经技部) as the province’s federation, not 总经理', () => {
    expect(roles('湖北省总工会举办竞赛。省总经技部部长彭某宣读通知,省总经审会主任杨某出席。')).toEqual([
      ['彭某', '湖北省总工会经技部部长'],
      ['杨某', '湖北省总工会经审会主任'],
    ]);
    expect(roles('湖北省总工会举办竞赛。某某公司总经理杨某出席。')).toEqual([['杨某', '某某公司总经理']]);
  });

  it('writes a bare zone’s offices out under the one zone the article’s bodies are named under', () => {
    expect(roles('3月5日,南昌高新区总工会举办技能大赛。区党工委副书记、管委会主任刘某辉致辞。')).toEqual([
      ['刘某辉', '南昌高新区党工委副书记;南昌高新区管委会主任'],
    ]);
    expect(roles('松江经开区总工会召开会议。经开区党工委副书记顾某磊讲话。')).toEqual([
      ['顾某磊', '松江经开区党工委副书记'],
    ]);
    // Two zones: the bare one names neither; a district's 区委 is no zone's.
    expect(roles('西安高新区总工会与曲江新区工会召开会议。高新区党工委书记钟某江、区委书记王某讲话。')).toEqual([
      ['钟某江', '西安高新区党工委书记'],
      ['王某', '区委书记'],
    ]);
  });

  it('reads a photographer whose 摄 runs on after the name, closing a caption (会议现场。黄某伟摄)', () => {
    expect(roles('市总工会召开会议。\n会议现场。黄某伟摄')).toEqual([['黄某伟', '摄影']]);
    expect(roles('市总工会召开会议。(卢某摄)')).toEqual([['卢某', '摄影']]);
    expect(roles('市总工会召开会议,现场进行拍摄')).toEqual([]);
    expect(roles('市总工会召开会议。\n会议现场。王某拍摄')).toEqual([]);
  });

  it('reads a byline line an author’s name opens (甲 工人日报-中工网记者乙 通讯员丙)', () => {
    const roles = extract('劳模宣讲\n杨某清 工人日报-中工网记者张某嫱 通讯员夏某萍\n市总工会召开会议。').people.map(
      (p) => [p.name, p.roles.join(';')],
    );
    expect(roles).toEqual([
      ['杨某清', '作者'],
      ['张某嫱', '工人日报-中工网记者'],
      ['夏某萍', '通讯员'],
    ]);
  });

  it('reads a line of names the text tells of as a photo’s, and a name over a line of titles as a list’s entry, not authors', () => {
    const caption =
      '代表报到\n大会代表陆续报到。\n田某园 靳某西\n\n来自某公寓文体中心的田某园(左)和来自某区总工会的靳某西(右)是夫妻档代表。';
    expect(roles(caption).filter(([, role]) => role?.includes('作者'))).toEqual([]);
    const list =
      '我区劳模\n我区共有2人荣获省劳动模范称号。\n省劳动模范\n王某团\n某市双峰工贸总公司党总支书记、董事长\n李某向\n某实业有限公司技术工程师';
    expect(roles(list)).toEqual(
      expect.arrayContaining([
        ['王某团', '某市双峰工贸总公司党总支书记;董事长'],
        ['李某向', '某实业有限公司技术工程师'],
      ]),
    );
  });

  it('counts today and a day written alone from the day a dateline files the news on, before the page’s day', () => {
    const today = '中工网上海12月4日电 (记者钱某)今天上午9时,上海市总工会大型法律宣传活动如期举行。';
    expect(extract(today, { publishedDate: '2014-12-05' }).events[0]?.date).toBe('2014-12-04');
    // With no page date at all, the dateline still gives the month and day.
    const alone = '新华社北京12月16日电(记者樊某)中华全国总工会16日启动元旦春节期间送温暖活动。';
    expect(extract(alone).events[0]?.date).toBe('--12-16');
  });

  it('reads one event from two titles of it that differ only by the year one opens with', () => {
    const text =
      '安徽省煤炭行业钻机工职业技能竞赛开赛\n11月5日,2025年省煤炭行业钻机工职业技能竞赛在淮南举行。本次安徽省煤炭行业钻机工职业技能竞赛共有60名选手参赛。';
    expect(extract(text).events.map((e) => e.title)).toHaveLength(1);
    const editions =
      '11月5日,2025年省煤炭行业钻机工职业技能竞赛在合肥举行。去年11月,2024年省煤炭行业钻机工职业技能竞赛在淮南举行。';
    expect(extract(editions).events).toHaveLength(2);
  });

  it('returns in bounded time on 300 KB of random CJK and punctuation', () => {
    let seed = 42;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pool =
      '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严，。、；：！？“”（）《》';
    let text = '';
    while (text.length < 300_000) text += pool[Math.floor(rand() * pool.length)];
    const t0 = performance.now();
    const r = extract(text);
    expect(r.articles.length).toBeGreaterThan(0);
    expect(performance.now() - t0).toBeLessThan(20_000);
  });

  it('reads an article about a county-level city: its 市总工会, and 开幕式 as part of its games', () => {
    const games = extract(
      [
        '晋江:职工运动会开幕',
        '本报讯 11月8日,晋江市第五届职工运动会在晋江市体育中心开幕,3000多名职工运动员参加开幕式。晋江市委常委、市总工会主席蔡志明宣布运动会开幕。',
      ].join('\n\n'),
    );
    const chair = games.people.find((p) => p.name === '蔡志明');
    expect(chair?.roles).toEqual(['晋江市委常委', '晋江市总工会主席']);
    expect(games.events.map((e) => e.title)).toEqual(['晋江市第五届职工运动会']);
    expect(games.events[0]?.participants).toEqual([{ personId: chair?.id, part: 'attended' }]);
  });
  it('merges a mine named bare into its name with its group in the same article (成庄矿, 晋煤集团成庄矿)', () => {
    const page = extract('晋煤集团成庄矿被山西省环保局授予先进单位称号。自建矿以来,成庄矿始终坚持绿色发展。');
    const mines = page.organizations.filter((o) => [o.name, ...o.aliases].some((n) => n.endsWith('成庄矿')));
    expect(mines.map((o) => o.name)).toEqual(['晋煤集团成庄矿']);
    expect(mines[0]?.aliases).toContain('成庄矿');
  });
});
