import { foldText } from '@reportgraph/contract';
import { describe, expect, it } from 'vitest';
import { isFurnitureLine, markRelatedLinks } from './furniture.ts';

const furniture = (line: string) => isFurnitureLine(foldText(line));

describe('isFurnitureLine', () => {
  it('reads a site meta line of label:value pairs', () => {
    expect(furniture('2023-06-01 10:20:30 来源: 某某日报')).toBe(true);
    expect(furniture('發布時間:2024-03-08 瀏覽次數:128')).toBe(true);
    expect(furniture('12阅读 评论3')).toBe(true);
    expect(furniture('关键词:法律援助总工会某某省')).toBe(true);
    expect(furniture('建议使用IE浏览器,IE8~IE10版本1280*768分辨率,16位以上颜色')).toBe(true);
    // A site's footer: who runs it and who built it.
    expect(furniture('主办单位:某市人民政府办公室 运行维护单位:中国电信某分公司')).toBe(true);
    expect(furniture('互联网新闻服务许可证号:62120220005 技术支持:某某技术公司')).toBe(true);
    // A government site's reading controls: the text's colour and size, and a background easy on the eyes.
    expect(furniture('保护视力色:')).toBe(true);
    expect(furniture('字体颜色: [红] [黄] [蓝] [绿]')).toBe(true);
    // Labels closed by the bracket they open in, as government sites print them.
    expect(furniture('【成文日期】2016-12-31 【点击率】162次')).toBe(true);
    expect(furniture('举行【劳动竞赛】启动仪式')).toBe(false);
    // A counter with its 次 (2038 次浏览) and a count of readers (瀏覽人數: 46人).
    expect(furniture('2038 次浏览')).toBe(true);
    expect(furniture('瀏覽人數: 46人')).toBe(true);
    // A list's pager (1 条记录 1/1 页), not a sentence that records something.
    expect(furniture('1 条记录 1/1 页')).toBe(true);
    expect(furniture('全年共调解纠纷记录在案120条。')).toBe(false);
  });

  it('reads a notice that a part of the page needs a script, or how long it takes to read, full stop and all', () => {
    expect(furniture('這個slideshow需要JavaScript。')).toBe(true);
    expect(furniture('TIPS:本文共有 555 个字,阅读大概需要 2 分钟。')).toBe(true);
    expect(furniture('共计 1599 个字符,预计需要花费 4 分钟才能阅读完成。')).toBe(true);
    expect(furniture('培训共计120分钟,职工阅读了手册。')).toBe(false);
    expect(furniture('政府是日傍晚舉辦勞動節酒會。')).toBe(false);
  });

  it('reads the links to the previous and next article (上篇:…, 下篇:…)', () => {
    expect(furniture('下篇:15岁及以上残疾人文盲率为43.29%')).toBe(true);
    expect(furniture('上一篇:某市建成800间母婴室')).toBe(true);
  });

  it('reads a row of a page’s controls (打印 关闭 复制链接)', () => {
    expect(furniture('打印    关闭    复制链接')).toBe(true);
  });

  it('reads navigation bars and breadcrumbs', () => {
    expect(furniture('首页 | 要闻 | 视频 | 图片 | 专题')).toBe(true);
    expect(furniture('某某网 > 地方频道 > 正文')).toBe(true);
    expect(furniture('当前位置: 首页 > 工会动态')).toBe(true);
    expect(furniture('要闻 时政 社会 图片 视频')).toBe(true);
  });

  it('reads a channel banner printed over and over, cut short or not', () => {
    expect(furniture('某某频道新闻某某频道新闻某某频道新闻某某频')).toBe(true);
    expect(furniture('某某频道新闻某某频道新闻')).toBe(false);
  });

  it('reads controls, editor credits and lines without a Chinese character', () => {
    expect(furniture('【字体:大 中 小】')).toBe(true);
    expect(furniture('【打印】 【关闭】')).toBe(true);
    expect(furniture('[责任编辑: 某某]')).toBe(true);
    expect(furniture('(责编:甲乙、丙丁)')).toBe(true);
    expect(furniture('08-06')).toBe(true);
    expect(furniture('我要收藏')).toBe(true);
    expect(furniture('文章分享')).toBe(true);
  });

  it('reads a line carrying markup left in the text', () => {
    expect(furniture('--> 2024-04-29 2 2 某某日报 content_112452.html 1 某州劳模座谈会召开 /enpproperty-->')).toBe(
      true,
    );
    expect(furniture('《工人日报》刊发评论文章')).toBe(false);
    // A paragraph of prose with a stray tag left in it is the news.
    expect(
      furniture(
        '8月1日,县委书记李某燕带头携县工会丁主席来到我公司为一线环卫工作人员送上防暑降温物品,让劳动者过一个清凉夏日。 县工会一行对一线员工表示慰问,为他们送去茶叶、水杯、绿豆等防暑降温物品。 <p class="ql-block"> 开展“夏日清凉”活动。',
      ),
    ).toBe(false);
  });

  it('reads a labelled breadcrumb whatever its separators', () => {
    expect(furniture('当前位置:中工网工会频道工会新闻-正文')).toBe(true);
  });

  it('reads a copyright or disclaimer notice, however long', () => {
    expect(
      furniture('版权声明:凡注明“来源:某某网”的所有作品,版权归某某文化传播有限公司。任何媒体转载须注明来源。'),
    ).toBe(true);
  });

  it('keeps text, headlines and names', () => {
    expect(furniture('5月1日,某市总工会召开会议,来源单位代表出席。')).toBe(false);
    expect(furniture('某市总工会召开十届三次全委会')).toBe(false);
    expect(furniture('王小明 李红')).toBe(false);
    expect(furniture('一、突出重点 | 强化服务')).toBe(false);
  });
});

describe('isFurnitureLine › footers', () => {
  it('reads a site’s copyright and credit lines as furniture', () => {
    for (const line of [
      '新浪公司 版权所有',
      '江西省南昌市总工会 赣ICP备2025061944号-1',
      '中国人民政治协商会议柳州市委员会主办       中国人民政治协商会议柳州市委员会办公室维护管理',
      '重庆日报报业集团主办',
    ])
      expect(furniture(line)).toBe(true);
  });

  it('does not read a headline or a clause that names who held an event as furniture', () => {
    for (const line of ['职工运动会由市总工会和市体育局联合主办', '市总工会、市人社局共同主办'])
      expect(furniture(line)).toBe(false);
  });
});

describe('markRelatedLinks', () => {
  const mark = (lines: string[]) => {
    const marks = lines.map((norm) => ({ norm, furniture: isFurnitureLine(norm) }));
    markRelatedLinks(marks);
    return marks.map((m) => m.furniture);
  };

  it('reads the link lines after 相关阅读 as furniture, up to the next paragraph', () => {
    expect(
      mark(['正文最后一段。', '相关阅读', '某县开展技能竞赛', '• 某市举办职工运动会', '新的一段正文在此展开。']),
    ).toEqual([false, true, true, true, false]);
  });

  it('reads a teaser cut off with an ellipsis after 新闻推荐 as furniture', () => {
    expect(
      mark(['正文最后一段。', '新闻推荐', '某市职工喜获大奖', '本报讯 近日,某市职工在比赛中获得一等奖,将...']),
    ).toEqual([false, true, true, true]);
  });

  it('reads a run of four bulleted link lines as furniture, and a shorter run as text', () => {
    const links = ['• 某县开展技能竞赛', '• 某市举办职工运动会', '· 某区工会送清凉', '• 某厂女工获表彰'];
    expect(mark(['正文。', ...links])).toEqual([false, true, true, true, true]);
    expect(mark(['正文。', ...links.slice(0, 3)])).toEqual([false, false, false, false]);
    expect(
      mark(['• 第一,某市总工会召开会议。', '• 第二,会议部署工作。', '• 第三,会议要求落实。', '• 第四,会议强调安全。']),
    ).toEqual([false, false, false, false]);
  });

  it('reads a run of four link lines a dash opens with a date or a rank as furniture (- 2025/7/8 …, - 3 …)', () => {
    const dated = [
      '- 2025/7/21 某市总工会开展送清凉活动',
      '- 2025/7/9 某某一行到某市开展慰问活动',
      '- 2025/7/8 某市托管班开班',
      '- 2025/7/2 某市首例互助金顺利到位',
    ];
    expect(mark(['正文。', ...dated])).toEqual([false, true, true, true, true]);
    const ranked = [
      '- 1 某医院医生获五四奖章',
      '- 2 文化休闲丰富假期',
      '- 3 2025年某市集体生日活动举行',
      '- 4 某地游客踏寻古镇',
    ];
    expect(mark(ranked)).toEqual([true, true, true, true]);
    expect(mark(['- 工会要加强组织建设,', '- 工会要做好服务,', '- 工会要维护权益,', '- 工会要促进发展。'])).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
