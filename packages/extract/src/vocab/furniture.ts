/**
 * Vocabulary of site and page furniture: the labels news sites and e-papers print around an
 * article (来源, 发布时间, 浏览次数, 【字体:大 中 小】, 分享到, 相关阅读 …), the words of their
 * navigation bars, and the callings of the staff they credit. Furniture is read by shape
 * (short lines, link-like items, label: value pairs) and these words; it never yields entities.
 * Folded (simplified) forms only: lines are matched after folding.
 */

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

/** Labels of a meta line whose value is who published the page (来源:工人日报, 信息来源:某区人民政府). */
export const SOURCE_LABELS = words('信息来源 文章来源 来源 稿源');

/** Labels of a page's meta line, written `label:value` (来源:工人日报, 浏览次数:545). */
export const META_LABELS = [
  ...SOURCE_LABELS,
  ...words(`
  发布时间 发布日期 发表时间 发稿时间 更新时间 时间 日期 浏览次数 浏览量 浏览人数 浏览 点击量 点击数 点击次数 点击 阅读量 阅读数 阅读人数 阅读
  作者 编辑 责编 责任编辑 值班编辑 审核 审校 校对 终审 签发 字体 字号 分享到 分享 期次 版次 报刊 本文字数 字数
  上一条 下一条 上一篇 下一篇 上篇 下篇 当前报纸名称 报纸名称 关键词 关键字 标签 Tags
  主办单位 承办单位 主办 今天是 今天是星期
  字体颜色 字体大小 保护视力色 视力保护色 成文日期 点击率`),
];

/** Labels of a meta line whose value is when the page was published (发布时间:2024-01-18). */
export const PUBLISHED_LABELS = words(
  '发布时间 发布日期 发表时间 发表日期 发稿时间 更新时间 更新日期 出版日期 时间 日期',
);

/** Labels that mark a meta line wherever they stand in it (…13:10:53 浏览次数:), not only at its start. */
export const META_ANYWHERE = words(
  '来源 发布时间 发布日期 浏览次数 浏览量 点击量 点击率 阅读量 责任编辑 责编 字号 字体 分享到 ' +
    // A site's footer: who runs and builds it (运行维护单位:中国电信某分公司, 技术支持:某网络公司).
    '运行维护单位 维护单位 技术支持 网站建设 网站标识码',
);

/** Marks of a site's footer wherever they stand in a line (新浪公司 版权所有, Copyright ©, 桂ICP备…号). */
export const FOOTER_MARKS = words('版权所有 Copyright ICP备 公网安备');

/** What a footer line ends with after the bodies that run the site (某市委员会主办 某办公室维护管理). */
export const SITE_CREDIT_ENDINGS = words('主办 承办 协办 维护管理 运营管理 技术支持');

/** What a list's pager counts (1 条记录 1/1 页). */
export const PAGER_WORDS = words('条记录');

/** Counters printed without a colon (0浏览 评论0, 阅读 1234, 2038 次浏览). */
export const COUNTER_WORDS = words('浏览 评论 点赞 阅读 收藏 转发 点击');

/** Whole lines that are a site's controls or section labels. */
export const CONTROL_LINES = words(`
  阅读提示 分享让更多人看到 分享到 推荐阅读 相关阅读 相关新闻 相关链接 延伸阅读 整合阅读 热点推荐 猜你喜欢 媒体矩阵
  马上体验 放大图片 查看原图 内容详情 返回该版首页 返回首页 返回主页 返回顶部 返回列表 内容搜索 标题导航 上一篇 下一篇 上一期
  下一期 搜索 检索 打印 关闭 纠错 收藏 投稿 推荐 扫一扫 小字号 中字号 大字号 字号 字体 大 中 小 简体 繁体 繁体版
  简体版 中文 中文EN English EN 无障碍 登录 注册 帐户 密码 网站地图 联系我们 关于我们 版权声明 更多 图 我要收藏 收藏本页
  文章分享 分享文章 附件下载 网上读报 评论 新闻推荐 复制链接 复制网址`);

/** Words of a site's notice about how to view it (建议使用IE浏览器…1280*768分辨率). */
export const VIEWING_WORDS = words('浏览器 分辨率');

/** A script a page needs to show a part of it (这个slideshow需要JavaScript。): its notice is furniture, stop and all. */
export const SCRIPT_NOTICE = /javascript/i;

/**
 * A page's count of its own length and reading time (本文共有 555 个字,阅读大概需要 2 分钟; 共计 1599 个字符,
 * 预计需要花费 4 分钟才能阅读完成。): furniture, stop and all.
 */
export const READING_NOTICE = /\d+\s*个?字(?:符)?[,，]?.{0,16}\d+\s*分钟.{0,8}$/;

/** Labels that open a page's copyright or disclaimer notice (版权声明:凡注明…): the notice is furniture. */
export const DISCLAIMER_LABELS = words('版权声明 免责声明 特别声明 声明 郑重声明');

/** Labels that open a section of links to other articles: the short link lines after them are furniture. */
export const RELATED_LABELS = words(`
  推荐阅读 相关阅读 相关新闻 相关链接 延伸阅读 整合阅读 热点推荐 猜你喜欢 新闻推荐 推荐内容 相关内容 相关文章 相关推荐
  热门资讯 热门文章 热门新闻 热点文章 热点新闻 最新新闻 最新文章 最新资讯`);

/** Marks that open an item of a list of links (• 某市举办职工运动会, ·某县开展技能竞赛). */
export const BULLET_MARKS = [...'•·●▪■◆◇○►▶'];

/** Dashes a scraped list of links opens its items with, before a date or a rank (- 2025/7/8 …, - 3 …). */
export const DASH_MARKS = ['-', '－'];

/** Words of a navigation bar (要闻 | 图片 | 视频). */
export const NAV_WORDS = words(`
  首页 要闻 新闻 图片 视频 评论 时评 财经 体育 娱乐 教育 文化 军事 旅游 人事 政情 本网 专题 时政 社会 国际 国内
  地方 科技 健康 汽车 房产 原创 直播 正文 详情 频道 工会 维权 服务 党建 公告 通知 动态 资讯 理论 观点 青年`);

/** Words that open a breadcrumb (当前位置: 首页 > 新闻). */
export const BREADCRUMB_LABELS = words('当前位置 您的位置 你的位置 所在位置 位置');

/** Separators of link items in a navigation bar. */
export const NAV_SEPARATORS = ['|', '｜', '>', '»', '›'];
