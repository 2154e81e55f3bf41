import type {
  DateSource,
  ExtractedArticle,
  ExtractedEvent,
  ExtractedMetric,
  ExtractedOrganization,
  ExtractedPerson,
  ExtractedPlace,
  ExtractOptions,
  ExtractResult,
  Mention,
} from '@reportgraph/contract';
import { foldText, stableId } from '@reportgraph/contract';
import { authorLine, bylinesInText, creditsIn, parseByline, parseSignature } from './entities/bylines.ts';
import { filedOn, isoDate, pageYear, publishedOn } from './entities/dates.ts';
import {
  ceremonyOfMain,
  datedByDayAfter,
  datedByDayBefore,
  datedByEventBefore,
  datedByLeadDay,
  datedBySceneDay,
  datedByTodayWords,
  datesFromChronicle,
  datesFromLead,
  type EventDraft,
  eventKey,
  findEvents,
  isAboutEvent,
  isBareTitle,
  nameOwnPlace,
  partOf,
  sponsorsAfter,
  takeDay,
  talksOfVisit,
} from './entities/events.ts';
import { findMetrics, type MetricDraft, metricScope, namesNotCounted, outsideNames } from './entities/metrics.ts';
import { findArticleOrganizations, type OrgMention } from './entities/organizations.ts';
import { findPeople, type PersonDraft, type RoleDraft } from './entities/people.ts';
import { officeRank, unresolvedRole } from './entities/person-roles.ts';
import { type Block, normalizePage } from './page/normalize.ts';
import { type ArticleDraft, segmentArticles } from './page/segment.ts';
import { type Sentence, splitSentences } from './page/sentences.ts';
import { unquote } from './page/spans.ts';
import {
  type ArticleContext,
  articleContext,
  furniturePlace,
  outletPlace,
  pageProvince,
  scanPlaces,
} from './places/context.ts';
import { type Place, provinceCodeOf, toExtractedPlace } from './places/places.ts';
import { matchesOf } from './regex-matches.ts';
import { groupArticleOrgs, type OrgNode, OrgRegistry } from './resolve/resolve.ts';
import { DATE_LINE } from './vocab/bylines.ts';
import { CALLING_ON_VERBS, LAUNCH_VERBS } from './vocab/events.ts';
import { PRIZE_SOURCE } from './vocab/honours.ts';
import { Lexicon } from './vocab/lexicon.ts';
import { DEPARTMENT_SUFFIXES } from './vocab/org-suffixes.ts';
import { ZONE_WORDS } from './vocab/place-words.ts';
import { TAIWAN_CITIES } from './vocab/special-regions.ts';
import { ANONYMIZED_NAME } from './vocab/surnames.ts';
import {
  BODY_ANAPHORS,
  CALLINGS,
  GENERIC_BODY_LEADS,
  KIND_OFFICES,
  KINDED_ENDINGS,
  KINDED_LEADS,
  MEMBERSHIP_BODY_OFFICES,
  OFFICES,
  OWN_BODY_WORDS,
  TITLE_PREFIXES,
  UNION_OFFICE_BODIES,
} from './vocab/titles.ts';

/** Bumped whenever extraction output can change, so documents can be reprocessed. */
export const EXTRACTOR_VERSION = '2.49.1';

interface ArticleWork {
  draft: ArticleDraft;
  sentences: Sentence[];
  ctx: ArticleContext;
  orgs: OrgMention[];
  people: PersonDraft[];
  events: EventDraft[];
  metrics: MetricDraft[];
  /** Each mention's node after resolution. */
  nodeOf: Map<OrgMention, OrgNode>;
}

function sentencesOf(draft: ArticleDraft): Sentence[] {
  const out: Sentence[] = [];
  for (const h of draft.headings) out.push(...splitSentences(h, 0, { heading: true }));
  let lead = true;
  for (const block of draft.blocks) {
    if (block.kind === 'text') {
      // 马上注册!, 简讯:, 欢迎访问某市总工会网站!: a short line of the site's before the story is not its lead.
      const stub = lead && draft.leadSkip === 0 && isStub(block.text);
      out.push(...splitSentences(block, lead ? draft.leadSkip : 0, { lead: lead && !stub }));
      if (!stub) lead = false;
    } else if (block.kind === 'heading') out.push(...splitSentences(block, 0));
    else if (block.kind === 'caption') out.push(...splitSentences(block, 0, { caption: true }));
  }
  out.forEach((s, i) => {
    s.index = i;
  });
  return out;
}

/** A line too short to tell news, with no sentence's end: shorter than {@link STUB_LENGTH}. */
const isStub = (text: string): boolean => text.length < STUB_LENGTH && !SENTENCE_END.test(text);
const STUB_LENGTH = 16;
const SENTENCE_END = /。/;

function mentionOf(s: Sentence, article: number): Mention {
  return { article, sentence: s.text, start: s.start, end: s.end };
}

function bodyText(draft: ArticleDraft): string {
  let lead = true;
  const parts: string[] = [];
  for (const b of draft.blocks) {
    if (b.kind !== 'text' && b.kind !== 'heading') continue;
    parts.push(b.kind === 'text' && lead ? b.text.slice(draft.leadSkip) : b.text);
    if (b.kind === 'text') lead = false;
  }
  return parts.join('\n');
}

function analyse(
  draft: ArticleDraft,
  sentences: Sentence[],
  province: string | undefined,
  outlet: Place | undefined,
): ArticleWork {
  const ctx = articleContext(sentences, province, outlet);
  const work: ArticleWork = { draft, sentences, ctx, orgs: [], people: [], events: [], metrics: [], nodeOf: new Map() };
  const peopleBySentence = new Map<Sentence, PersonDraft[]>();
  const orgsBySentence = findArticleOrganizations(sentences, ctx);
  ctx.zones = zonesOf(orgsBySentence);
  // A caption repeats its article's news, except on a page of photo news, where captions are all it has.
  const captionsTell = !draft.blocks.some((b) => b.kind === 'text');
  for (const s of sentences) {
    const orgs = orgsBySentence.get(s) ?? [];
    work.orgs.push(...orgs);
    // It may still name people the text does not (▲市总工会副主席甲到某公司慰问…): they are kept.
    if (s.caption && !captionsTell) {
      work.people.push(...findPeople(s, orgs, ctx));
      continue;
    }
    const people = [
      ...findPeople(s, orgs, ctx),
      ...bylinesInText(s.norm, s.lead).map((p) => bylineDraft(p, draft.index)),
    ];
    work.people.push(...people);
    peopleBySentence.set(s, people);
    if (!s.heading) work.events.push(...findEvents(s, orgs, people));
    else work.events.push(...findEvents(s, orgs, people).map((e) => ({ ...e, fromHeading: true })));
    work.metrics.push(...namesNotCounted(outsideNames(findMetrics(s), people), people));
  }
  work.people.push(...bylinePeople(draft));
  datedByDayBefore(work.events, sentences);
  datedByDayAfter(work.events, sentences);
  datedBySceneDay(work.events, sentences);
  datedByTodayWords(work.events, draft.dateline);
  datedByEventBefore(work.events);
  work.events = dedupeEvents(work.events, sentences, draft);
  attachAnaphoricParticipants(work.events, peopleBySentence);
  sponsorsAfter(work.events, orgsBySentence);
  work.metrics = dedupeMetrics(work.metrics);
  return work;
}

/** The development zones the article's bodies are named under: 南昌高新区 of 南昌高新区总工会, not a bare 高新区. */
function zonesOf(orgsBySentence: ReadonlyMap<Sentence, readonly OrgMention[]>): string[] {
  const zones = new Set<string>();
  for (const orgs of orgsBySentence.values())
    for (const o of orgs)
      for (const word of ZONE_WORDS) {
        const at = o.name.indexOf(word);
        if (at < 2) continue;
        zones.add(o.name.slice(0, at + word.length));
        break;
      }
  return [...zones];
}

/**
 * 出席会议并讲话, 主持活动, 会上…: a generic noun after the part (or 会上 before it) refers back to
 * the article's main event, not to a new one.
 */
const ANAPHOR = new RegExp(
  `(?:出席|参加|参与|主持|到会|观摩)[^,，。;；]{0,6}?(?:会议|大会|活动|仪式|典礼|开班式|启动式|开幕式|闭幕式|培训|比赛|竞赛|座谈会|论坛)|(?:出席|到会)(?=并|[,，。])|宣布[^,，。]{0,6}(?:启动|开幕|开班|开营|开赛)|(?:获得|荣获|夺得|摘得|分获)[^,，。;；]{0,16}?${PRIZE_SOURCE}|(?:^|[,，])(?:会上|会议上|活动中|活动上|仪式上)`,
);

/** People who attend, chair or speak at "the meeting" in a sentence of their own take part in the main event. */
function attachAnaphoricParticipants(events: EventDraft[], peopleBySentence: ReadonlyMap<Sentence, PersonDraft[]>) {
  const main = events[0];
  if (!main) return;
  for (const [sentence, people] of peopleBySentence) {
    if (people.length === 0 || events.some((e) => e.sentence === sentence) || !ANAPHOR.test(sentence.norm)) continue;
    for (const person of people) {
      const part = partOf(sentence.norm, person.name);
      if (part && !main.participants.some((p) => p.person.name === person.name))
        main.participants.push({ person, part });
    }
  }
}

/** A person named by a byline, credit or signature, with the role as written. */
function bylineDraft(p: { name: string; title: string }, article: number): PersonDraft {
  const role: RoleDraft = { role: p.title, title: p.title, article };
  return { name: p.name, roles: [role] };
}

/**
 * The offices and callings, one of which ends a line of a person's titles (某公司党总支书记、董事长, 某公司技术工程师):
 * read backwards from the line's end, not by a regex tried at every position.
 */
const TITLE_LINE_END = new Lexicon([...OFFICES, ...CALLINGS]);

function bylinePeople(draft: ArticleDraft): PersonDraft[] {
  const found: Array<{ name: string; title: string }> = [];
  const entries: PersonDraft[] = [];
  // Bylines and signatures are kept as written; they are read folded, like every sentence.
  // 本报讯 刘某 邹某报道: a byline of names alone names the authors.
  if (draft.byline) found.push(...parseSignature(foldText(draft.byline)));
  const blocks = [...draft.headings, ...draft.blocks];
  const lastText = blocks.findLastIndex((b) => b.kind === 'text');
  // The date line under a web page's headline is the site's furniture, but still the line beside it.
  const inOrder = [...blocks, ...draft.furniture].sort((a, b) => (a.offsets[0] ?? 0) - (b.offsets[0] ?? 0));
  blocks.forEach((block, i) => {
    if (block.kind === 'byline') found.push(...parseByline(block.norm));
    // 林某余/摄 on a line of its own credits a photographer with no role written.
    else if (block.kind === 'caption' || block.kind === 'credit') found.push(...creditsIn(block.norm));
    else if (block.kind === 'heading') {
      found.push(...creditsIn(block.norm, true));
      // A line of names alone next to the date line, or after the last paragraph, names the authors.
      const at = inOrder.indexOf(block);
      const besideDate = [inOrder[at - 1], inOrder[at + 1]].some((b) => b && DATE_LINE.test(b.norm));
      const names = authorLine(block.norm, besideDate || i > lastText);
      // 王玉团 above 某公司党总支书记、董事长: a name over a line of its titles heads an entry of a list.
      const next = inOrder[at + 1]?.norm.trim() ?? '';
      if (TITLE_LINE_END.lengthEndingAt(next, next.length) > 0)
        entries.push(...names.map((p) => entryDraft(p.name, next)));
      else {
        // 田园 靳雨西 above 来自…的田园(左)和…的靳雨西(右): people the text tells of are a photo's, not its authors.
        const told = (name: string) => blocks.some((b) => b !== block && b.kind === 'text' && b.norm.includes(name));
        found.push(...names.filter((p) => !told(p.name)));
      }
    }
    if (block.kind === 'heading') found.push(...bylinesInText(block.norm));
  });
  // A site's meta line is furniture, but its 作者:/责任编辑: labels name the article's people.
  for (const block of draft.furniture) found.push(...bylinesInText(block.norm));
  for (const signature of draft.signatures) found.push(...parseSignature(foldText(signature)));
  return [...found.map((p) => bylineDraft(p, draft.index)), ...entries];
}

/** The person a list's entry names on one line, with the titles the next line lists as written. */
function entryDraft(name: string, titles: string): PersonDraft {
  return { name, roles: titles.split('、').map((t): RoleDraft => ({ role: t, title: t })) };
}

/**
 * One event per title in an article: a title inside another is the same event, unless the other is a
 * ceremony held for it (…竞赛启动仪式); headline events only when the body has none.
 */
function dedupeEvents(events: EventDraft[], sentences: readonly Sentence[], article: ArticleDraft): EventDraft[] {
  // A headline repeated as a line of the body (web pages print it twice) is still the headline.
  const headlines = new Set(article.headings.map((h) => h.norm.trim()));
  const body = events.filter((e) => !e.fromHeading && !headlines.has(e.sentence.norm));
  // 开幕式 in a sentence that names an event is that event's, not another one.
  const pool = (body.length > 0 ? body : events).filter(
    (e, _, all) => !isBareTitle(e.title) || !all.some((o) => o !== e && o.sentence === e.sentence),
  );
  datesFromChronicle(pool, article.title);
  const keys = new Map(pool.map((e) => [e, eventKey(e.title)]));
  const key = (e: EventDraft): string => keys.get(e) ?? eventKey(e.title);
  const kept: EventDraft[] = [];
  for (const e of [...pool].sort((a, b) => key(b).length - key(a).length || a.sentence.index - b.sentence.index)) {
    const k = key(e);
    const same = kept.find(
      (o) =>
        (key(o).includes(k) && !isAboutEvent(key(o), k)) ||
        k.includes(eventKey(o.core ?? o.title)) ||
        sameButForYear(key(o), k) ||
        sameQuotedName(o.title, e.title) ||
        sameVisit(o, e) ||
        sameRounds(o, e) ||
        sameRounds(e, o),
    );
    if (same) {
      if (same.undated && !e.undated) takeDay(same, e);
      continue;
    }
    // A generic title in a dated later paragraph only dates an event told elsewhere.
    if (e.repeatOnly) continue;
    kept.push(e);
  }
  datesFromLead(kept, sentences);
  if (body.length === 0) datedByLeadDay(kept, sentences);
  kept.push(...talksOfVisit(kept, sentences), ...ceremonyOfMain(kept, sentences));
  return kept.sort((a, b) => a.sentence.index - b.sentence.index || a.from - b.from || a.to - b.to);
}

/**
 * 省总工会…到衡阳市南岳区,调研…。…周农带队调研: a visit told again without its place, on the same
 * day, is the visit told before.
 */
function sameVisit(told: EventDraft, again: EventDraft): boolean {
  if (told.type !== 'visit' || again.type !== 'visit' || again.location || !told.location) return false;
  // Undated, it is the visit of its own paragraph only.
  if (again.undated) return again.sentence.block === told.sentence.block;
  return told.month === again.month && told.day === again.day;
}

/**
 * 方某带队,走访慰问该市劳模代表。…当天,市总工会…开展了“五一”走访慰问活动: the activity of calls an
 * article names is the call it told, when both fall on the same day (or neither has one).
 */
function sameRounds(call: EventDraft, rounds: EventDraft): boolean {
  if (call.type !== 'visit' || rounds.type !== 'visit' || !ROUNDS.test(rounds.title)) return false;
  const verb = CALLING_ON_VERBS.find((v) => call.title.includes(v));
  if (!verb || !rounds.title.includes(verb) || call.undated !== rounds.undated) return false;
  return call.month === rounds.month && call.day === rounds.day;
}
const ROUNDS = new RegExp(`(?:${CALLING_ON_VERBS.join('|')})活动$`);

/** A figure repeated from the headline in the body is one figure. */
function dedupeMetrics(metrics: MetricDraft[]): MetricDraft[] {
  const body = metrics.filter((m) => !m.sentence.heading);
  return metrics.filter((m) => !m.sentence.heading || !body.some((b) => b.value === m.value && b.unit === m.unit));
}

/** Whether no sentence names a place unambiguously. */
function isPlaceless(sentences: readonly Sentence[]): boolean {
  return sentences.every((s) => scanPlaces(s.norm).every((hit) => hit.candidates.length > 1));
}

/**
 * Extracts the articles, organizations, people, events and figures of one report page.
 *
 * @example
 * const result = extract('佛山召开推进会\n\n本报讯 10月29日,佛山市总工会召开推进会。市总工会主席李灿出席。', {
 *   publishedDate: '2025-10-31',
 * });
 * result.organizations[0]?.name // → '佛山市总工会'
 * result.people[0]?.roles // → ['佛山市总工会主席']
 */
export function extract(text: string, options: ExtractOptions = {}): ExtractResult {
  const blocks: Block[] = normalizePage(text);
  const drafts = segmentArticles(blocks);
  const perArticle = drafts.map((d) => sentencesOf(d));
  const furniture = drafts.flatMap((d) => [...(d.dateline ? [d.dateline] : []), ...d.furniture.map((b) => b.norm)]);
  // An article that names no place of its own unambiguously (府城镇 is a town in many counties) is
  // where its site is (上一条:大溪河镇纪委… on a county's site); looked at only when no outlet names it.
  // The province the text names is read once, if an outlet asks for it or none is found.
  let named: { province: string | undefined } | undefined;
  const textProvince = () => {
    named ??= { province: pageProvince(perArticle.flat()) };
    return named.province;
  };
  const outlet =
    outletPlace(furniture, textProvince) ?? (isPlaceless(perArticle.flat()) ? furniturePlace(furniture) : undefined);
  // A provincial or city paper's bare 省 is its own province (山西工人报: 省总工会 is Shanxi's).
  const province = (outlet && provinceCodeOf(outlet)) ?? textProvince();
  const works = drafts.map((d, i) => analyse(d, perArticle[i] ?? [], province, outlet));
  const registry = new OrgRegistry();
  for (const work of works) {
    for (const group of groupArticleOrgs(work.orgs)) {
      const node = registry.add(group, work.draft.index);
      for (const m of group) work.nodeOf.set(m, node);
    }
  }
  const parents = registry.finish(text);
  const organizations = registry.nodes.map((node) => toOrganization(node, parents.get(node)));
  const people = resolvePeople(works, text);
  const year = yearFor(options.publishedDate, text);
  const events = pageEvents(works).map(([e, w]) => toEvent(e, w, people.byName, year));
  const metrics = works.flatMap((w) => w.metrics.map((m) => toMetric(m, w)));
  const result: ExtractResult = {
    extractorVersion: EXTRACTOR_VERSION,
    articles: works.map((w) => toArticle(w.draft)),
    places: placesOf(works, people.list),
    organizations,
    people: people.list,
    events: mergeUndatedRepeats(dedupeById(events)),
    metrics: dedupeById(metrics),
  };
  if (options.publishedDate) result.publishedDate = options.publishedDate;
  return result;
}

/**
 * Every article's events, but a headline's event only once: a headline repeated over a second article
 * (web pages print the title twice) belongs to the article whose body tells the event.
 */
function pageEvents(works: readonly ArticleWork[]): Array<[EventDraft, ArticleWork]> {
  const told = works
    .filter((w) => w.events.some((e) => !e.fromHeading))
    .flatMap((w) => w.draft.headings.map((h) => h.norm));
  const toldElsewhere = (e: EventDraft, w: ArticleWork): boolean =>
    e.fromHeading &&
    !w.events.some((o) => !o.fromHeading) &&
    told.some((h) => h.includes(e.sentence.norm.slice(e.from, e.to)));
  return works.flatMap((w) =>
    w.events.filter((e) => !toldElsewhere(e, w)).map((e): [EventDraft, ArticleWork] => [e, w]),
  );
}

/**
 * An undated event whose title and type a dated one of the page repeats is that event, told in a
 * title bar or headline the page split off as an article of its own: its mentions join the dated one.
 */
/**
 * Two titles of one event, one of them opening with its year and the other not (2025年省煤炭行业…竞赛,
 * 安徽省煤炭行业…竞赛); two titles that both name a year are two editions.
 */
function sameButForYear(a: string, b: string): boolean {
  const ya = TITLE_YEAR.exec(a)?.[0];
  const yb = TITLE_YEAR.exec(b)?.[0];
  if ((ya === undefined) === (yb === undefined)) return false;
  const [x, y] = [a.slice(ya?.length ?? 0), b.slice(yb?.length ?? 0)];
  return (
    x.length >= 4 && y.length >= 4 && (x.includes(y) || y.includes(x)) && !isAboutEvent(x, y) && !isAboutEvent(y, x)
  );
}
const TITLE_YEAR = /^\d{4}年度?/;

/**
 * Two titles of one event that name it by the same quotation and the same words after it, with
 * different words before (首届全区“最美职工”选树活动, 2022年度内蒙古自治区全区“最美职工”选树活动),
 * unless they name different years.
 */
function sameQuotedName(a: string, b: string): boolean {
  const [qa, qb] = [QUOTED_TAIL.exec(foldText(a)), QUOTED_TAIL.exec(foldText(b))];
  if (!qa || !qb || qa[2] !== qb[2] || qa[3] !== qb[3] || (qa[3] as string).length < 2) return false;
  const [ya, yb] = [YEAR_IN.exec(qa[1] as string)?.[0], YEAR_IN.exec(qb[1] as string)?.[0]];
  return ya === undefined || yb === undefined || ya === yb;
}
const QUOTED_TAIL = /^(.*)“([^“”]{2,})”([^“”]*)$/;
const YEAR_IN = /\d{4}/;

function mergeUndatedRepeats(events: ExtractedEvent[]): ExtractedEvent[] {
  const dated = events.filter((e) => e.date !== null);
  return events.filter((e) => {
    const same = e.date === null && dated.find((d) => d.title === e.title && d.type === e.type);
    if (same) same.mentions.push(...e.mentions);
    return !same;
  });
}

function dedupeById<T extends { id: string; mentions: Mention[] }>(list: T[]): T[] {
  const byId = new Map<string, T>();
  for (const item of list) {
    const seen = byId.get(item.id);
    if (seen) seen.mentions.push(...item.mentions);
    else byId.set(item.id, item);
  }
  return [...byId.values()];
}

/** The year a page's undated days fall in, and the month it was published in when known. */
interface PageYear {
  year?: number;
  month?: number;
  /** The day it was published on, when known: a day written alone (22日) is on or before it. */
  day?: number;
  source: DateSource;
}

function yearFor(published: string | undefined, text: string): PageYear {
  const m = published ? /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(published) : null;
  if (m) {
    const page: PageYear = { year: Number(m[1]), month: Number(m[2]), source: 'published' };
    if (m[3]) page.day = Number(m[3]);
    return page;
  }
  // The site's own publication date first: years in the prose are often the year reported on.
  // Read folded, so a traditional label (時間:, 發布日期:) is one too.
  const on = publishedOn(foldText(text));
  if (on) return { ...on, source: 'page' };
  const y = pageYear(text);
  return y ? { year: y, source: 'page' } : { source: 'none' };
}

/** A day an undated event is counted from: the page's month and day, and its year when known. */
interface Today {
  year?: number;
  month: number;
  day: number;
  source: DateSource;
}

/** The day a dateline (or a lead opening with one) files its news on (新华社北京12月16日电), in the page's year when it has one. */
function datelineDay(dateline: string | undefined, page: PageYear): Today | undefined {
  const day = dateline ? filedOn(dateline) : undefined;
  if (!day) return undefined;
  const year = yearOfDay(day.month, page);
  return year === undefined ? { ...day, source: 'none' } : { ...day, year, source: page.source };
}

/**
 * The day an article's undated events count from (今天, 16日): the day its dateline files the news on (中工网上海12月4日
 * 电…今天上午), read off the dateline or the first paragraph, before the day the page went up.
 */
function todayOf(work: ArticleWork, page: PageYear): Today | undefined {
  const lead = work.draft.blocks.find((b) => b.kind === 'text')?.norm.trimStart();
  return datelineDay(work.draft.dateline, page) ?? datelineDay(lead, page) ?? pageDay(page);
}

/** The day the page went up, when it says. */
function pageDay(page: PageYear): Today | undefined {
  return page.year && page.month && page.day
    ? { year: page.year, month: page.month, day: page.day, source: page.source }
    : undefined;
}

/** The month of a day written alone (22日): the page's, or the month before when the day is after the page's. */
function monthOfDay(day: number, today: Today): { month: number; year?: number } {
  if (day <= today.day) return { month: today.month, year: today.year };
  if (today.month > 1) return { month: today.month - 1, year: today.year };
  return { month: 12, year: today.year === undefined ? undefined : today.year - 1 };
}

/** Of a date's readings (111日: 1月11日, 11月1日), the one that fell last on or before the page's date. */
function latestBefore(
  readings: ReadonlyArray<{ month: number; day: number }>,
  page: Required<PageYear>,
): { month: number; day: number; year: number } {
  // Days counted roughly (a month as 31 days) only to order the readings.
  const dated = readings.map((r) => {
    const year = r.month * 31 + r.day <= page.month * 31 + page.day ? page.year : page.year - 1;
    return { ...r, year, order: year * 400 + r.month * 31 + r.day };
  });
  const { month, day, year } = dated.reduce((a, b) => (b.order > a.order ? b : a));
  return { month, day, year };
}

/**
 * The year of a day written without one: the page's, or the year before when the month is more
 * than a month after the page's (12月28日 in a page of 2026-01-05 is 2025-12-28; 12月5日 in one
 * of 2025-11-20 is a meeting announced for next month).
 */
function yearOfDay(month: number, page: PageYear): number | undefined {
  if (page.year === undefined || page.month === undefined) return page.year;
  return month > page.month + 1 ? page.year - 1 : page.year;
}

function toArticle(d: ArticleDraft): ExtractedArticle {
  const text = bodyText(d);
  const a: ExtractedArticle = {
    id: stableId('Article', `${d.title}\u0000${text.slice(0, 80)}`),
    index: d.index,
    title: d.title,
    text,
    start: d.start,
    end: d.end,
  };
  if (d.subtitle) a.subtitle = d.subtitle;
  if (d.byline) a.byline = d.byline;
  if (d.dateline) a.dateline = d.dateline;
  if (d.signature) a.signature = d.signature;
  return a;
}

function toOrganization(node: OrgNode, parentId: string | undefined): ExtractedOrganization {
  const org: ExtractedOrganization = {
    id: node.id,
    name: node.name,
    aliases: [...node.aliases],
    kind: node.kind,
    mentions: node.mentions,
  };
  if (node.place) org.placeCode = node.place.code;
  if (parentId) org.parentId = parentId;
  if (node.original) org.original = node.original;
  return org;
}

interface PeopleIndex {
  list: ExtractedPerson[];
  byName: Map<string, ExtractedPerson>;
}

/** Kinds of body a generic lead (公司, 学校, 院) never stands for. */
const NOT_GENERIC_KINDS = new Set(['union', 'government', 'party']);

/**
 * The body a role's generic lead stands for (集团工会主席, 公司党委书记, 学校党委书记, 院长): the company,
 * school or hospital of the article whose name ends as that word allows, the one named most often.
 */
function genericBody(word: string | undefined, work: ArticleWork): { node: OrgNode; word: string } | undefined {
  const endings = word ? GENERIC_BODY_LEADS.get(word) : undefined;
  if (!word || !endings) return undefined;
  const counts = new Map<OrgNode, number>();
  for (const [mention, node] of work.nodeOf) {
    const ending = endings.find((e) => node.name.endsWith(e));
    // 职工方与集团公司: a generic word after a conjunction is that word, not a body's name ending in it.
    const named =
      ending && node.name.length > ending.length + 1 && !/[与和及、]$/.test(node.name.slice(0, -ending.length));
    const kind = KINDED_LEADS.get(word) ?? (ending ? KINDED_ENDINGS.get(ending) : undefined);
    const kindFits = kind ? node.kind === kind : !NOT_GENERIC_KINDS.has(node.kind);
    if (named && kindFits) counts.set(node, (counts.get(node) ?? 0) + (mention.written.length > word.length ? 1 : 0));
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || b[0].name.length - a[0].name.length)[0];
  return best ? { node: best[0], word } : undefined;
}

/**
 * A bare office of a Taiwan city or county (市长, 县长, 市议员) written with the one city or county of that
 * level the article names (台中市市长, 南投县议员); undefined when it names none or two.
 */
function taiwanRegionRole(role: string, work: ArticleWork): string | undefined {
  const m = TAIWAN_BARE_OFFICE.exec(role);
  if (!m) return undefined;
  const level = m[1] as string;
  const named = new Set<string>();
  for (const s of work.sentences)
    for (const x of matchesOf(TAIWAN_REGION, s.norm)) if (x[0].endsWith(level)) named.add(x[0]);
  const [only] = named;
  if (named.size !== 1 || !only) return undefined;
  return role.endsWith('长') ? `${only}${role}` : `${only}${role.slice(1)}`;
}
const TAIWAN_BARE_OFFICE = /^副?([市县])(?:长|议员|议长)$/;
const TAIWAN_REGION = new RegExp(`(?:${TAIWAN_CITIES.join('|')})[市县]`, 'g');

/** The word for the writer's own body a role opens with (我司, 我校, 本会), if any. */
function ownBodyWord(role: string): string | undefined {
  return [3, 2].map((n) => role.slice(0, n)).find((w) => OWN_BODY_WORDS.has(w));
}

/**
 * The body a role's word for the writer's own (我司副总经理, 我校党委书记) means: the article's one body of
 * that kind, named in two sentences or more (a school named once, as a contest's winner, is a guest);
 * none when it names two or none.
 */
function ownBody(word: string, work: ArticleWork): { node: OrgNode; word: string } | undefined {
  const endings = OWN_BODY_WORDS.get(word) ?? [];
  const sentences = new Map<OrgNode, Set<number>>();
  for (const [mention, node] of work.nodeOf) {
    if (!endings.some((e) => node.name.endsWith(e) && node.name.length > e.length + 1)) continue;
    sentences.set(node, (sentences.get(node) ?? new Set()).add(mention.sentence.index));
  }
  const [only] = sentences;
  return sentences.size === 1 && only && only[1].size >= 2 ? { node: only[0], word } : undefined;
}

/**
 * The body a role pointing back (该公司工会主席, 该校校长) means: one of that kind named before
 * the pointing word, in the latest sentence that names one.
 */
function anaphoricBody(
  role: string,
  sentence: Sentence | undefined,
  work: ArticleWork,
): { node: OrgNode; word: string } | undefined {
  const word = role.startsWith('该')
    ? [2, 3].map((n) => role.slice(0, n)).find((w) => BODY_ANAPHORS.has(w))
    : undefined;
  const endings = word ? BODY_ANAPHORS.get(word) : undefined;
  if (!word || !endings || !sentence) return undefined;
  const at = sentence.norm.indexOf(word);
  let best: OrgMention | undefined;
  let node: OrgNode | undefined;
  for (const [mention, n] of work.nodeOf) {
    const before =
      mention.sentence.index < sentence.index || (mention.sentence === sentence && at >= 0 && mention.to <= at);
    if (!before || !endings.some((e) => n.name.endsWith(e))) continue;
    // The latest sentence naming one, and in it the first named: a sentence's subject comes first
    // (澳门职业技能促进协会会长…由澳门工会联合总会会长陪同…该会副会长: the association).
    const better =
      !best ||
      mention.sentence.index > best.sentence.index ||
      (mention.sentence.index === best.sentence.index && mention.from < best.from);
    if (better) [best, node] = [mention, n];
  }
  return node ? { node, word } : undefined;
}

/**
 * The body whose officers an article reports electing (王某当选为主席 in a report of 中国教科文卫体工会's
 * congress): the union or association that holds the article's meeting, else the one it names most.
 */
function electingBodyOf(work: ArticleWork): { node: OrgNode; word: string } | undefined {
  const electing = (n: OrgNode | undefined): n is OrgNode => n?.kind === 'union' || n?.kind === 'association';
  for (const e of work.events) {
    const held = e.organizers.map((o) => work.nodeOf.get(o)).find(electing);
    if (e.type === 'meeting' && held) return { node: held, word: '' };
  }
  const counts = new Map<OrgNode, number>();
  for (const node of work.nodeOf.values()) if (electing(node)) counts.set(node, (counts.get(node) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best && best[1] >= 2 ? { node: best[0], word: '' } : undefined;
}

/**
 * 校长甲, 副院长乙 in a school's or a hospital's article: a bare office that names its body's kind is the
 * office of the article's one body of that kind (see KIND_OFFICES); of none when the article names two.
 */
function kindOfficeBody(role: RoleDraft, work: ArticleWork): { node: OrgNode; word: string } | undefined {
  const endings = role.role === role.title ? KIND_OFFICES.get(officeRank(role.title)) : undefined;
  return endings ? onlyBody(work, (n) => endings.some((e) => n.name.endsWith(e)), '') : undefined;
}

/**
 * 工会副主席甲 in a hospital's article, 工会主席乙 in a company union's: a union office written bare is the office of
 * the article's one basic union (no region's federation, no federation of unions), else of the union of the
 * article's one company, school or hospital; of none when the article names two.
 */
function unionOfficeBody(role: RoleDraft, work: ArticleWork): { node: OrgNode; word: string } | undefined {
  if (!BARE_UNION_OFFICE.test(role.role)) return undefined;
  const basic = onlyBody(
    work,
    (n) => n.kind === 'union' && !n.regionUnion && !FEDERATION_END.test(n.name) && !UNION_DEPARTMENT.test(n.name),
    '工会',
  );
  if (basic) return basic;
  return onlyBody(work, (n) => UNION_HOLDERS.has(n.kind) || HOSPITAL_END.test(n.name), '');
}
/** 工会主席, 工会常务副主席: a union's office with no body before 工会. */
const BARE_UNION_OFFICE = /^工会(?:常务|专职)?副?主席$/;
const FEDERATION_END = new RegExp(`(?:${UNION_OFFICE_BODIES.federationEnds.join('|')})$`);
/** A union's department or office (…总工会办公室, …工会劳动保护部): no union of its own. */
const UNION_DEPARTMENT = new RegExp(`工会\\p{Script=Han}*?(?:${DEPARTMENT_SUFFIXES.join('|')})$`, 'u');
const UNION_HOLDERS: ReadonlySet<string> = new Set(UNION_OFFICE_BODIES.holderKinds);
const HOSPITAL_END = new RegExp(`(?:${UNION_OFFICE_BODIES.hospitalEnds.join('|')})$`);

/** The article's one body that `named` accepts, with the word of the role it stands for; none when two are. */
function onlyBody(
  work: ArticleWork,
  named: (node: OrgNode) => boolean,
  word: string,
): { node: OrgNode; word: string } | undefined {
  const bodies = new Set([...work.nodeOf.values()].filter(named));
  const [only] = bodies;
  return bodies.size === 1 && only ? { node: only, word } : undefined;
}

/**
 * 台南市劳工局…劳工局长王某表示: an office written after a bureau's bare name (劳工局长, 劳工局局长) is the
 * office of the article's one body whose name ends in that bureau's (of none when it names two).
 */
function namedBureauBody(role: RoleDraft, work: ArticleWork): { node: OrgNode; word: string } | undefined {
  const bureau = BUREAU_OFFICE.exec(role.role)?.[1];
  if (!bureau) return undefined;
  return onlyBody(work, (n) => n.name !== bureau && [n.name, ...n.aliases].some((a) => a.endsWith(bureau)), bureau);
}
/** A bureau's or an office's bare name, then its head's office (劳工局长, 劳工局局长, 社会处长). */
const BUREAU_OFFICE = /^(\p{Script=Han}{2,6}?[局处厅署])副?[局处厅署]?长$/u;

/** How far into its sentence a body may stand and still open it (【特讯】, 8月3日,). */
const OPENING_REACH = 12;

/**
 * 澳门服务业总工会一行…在理事长冯某的带领下: a union's or an association's office written bare, after
 * the body that opens its sentence, is that body's.
 */
function openingBodyOf(
  role: PersonDraft['roles'][number],
  person: PersonDraft,
  work: ArticleWork,
): { node: OrgNode; word: string } | undefined {
  if (role.role !== role.title || !MEMBERSHIP_BODY_OFFICES.has(role.title) || !person.sentence) return undefined;
  let opening: OrgMention | undefined;
  for (const o of work.orgs) if (o.sentence === person.sentence && (!opening || o.from < opening.from)) opening = o;
  if (!opening || opening.from > OPENING_REACH || (person.from ?? 0) < opening.to) return undefined;
  const node = work.nodeOf.get(opening);
  return node && (node.kind === 'union' || node.kind === 'association') ? { node, word: '' } : undefined;
}

/**
 * The contest a place or prize was won in: the one the winner's sentence names, else the first the
 * article tells of (its title as read: “威力杯”山东省第七届五金制品行业技能大赛决赛).
 */
function contestOf(sentence: Sentence | undefined, work: ArticleWork): string | undefined {
  const contests = work.events.filter((e) => e.type === 'competition');
  // A contest titled by its launch (…技能大赛启动) is won as the contest (…技能大赛第一名).
  return (contests.find((e) => e.sentence === sentence) ?? contests[0])?.title.replace(LAUNCH_AT_END, '');
}
const LAUNCH_AT_END = new RegExp(`(?:${LAUNCH_VERBS.join('|')})$`);

/**
 * A named award in quotes is written out with its year when the article gives one
 * (“大国工匠年度人物” → 2022年“大国工匠年度人物”).
 */
function datedHonour(role: string, sentences: readonly Sentence[]): string {
  if (!QUOTED.test(role)) return role;
  for (const s of sentences) {
    const at = s.norm.indexOf(role);
    const year = at > 0 ? YEAR_BEFORE.exec(s.norm.slice(Math.max(0, at - 6), at))?.[0] : undefined;
    if (year) return `${year}${role}`;
  }
  return role;
}

const QUOTED = /^“[^”]+”$/;
const YEAR_BEFORE = /\d{4}\s?年度?$/;

/** The people whose names occur in `norm`, each once. */
function namesIn(norm: string, byFirst: ReadonlyMap<number, readonly ExtractedPerson[]>): Set<ExtractedPerson> {
  const found = new Set<ExtractedPerson>();
  for (let i = 0; i < norm.length; i++) {
    // Keyed by char code: charAt would allocate a string for every Han character.
    const people = byFirst.get(norm.charCodeAt(i));
    if (!people) continue;
    for (const person of people) if (norm.startsWith(person.name, i)) found.add(person);
  }
  return found;
}

/**
 * `page`'s people, one per name. A person's id is the name, so that one person named on many pages
 * is one node; an anonymous name (周某) is the same person on its own page only, so its id also holds
 * the page (all of it: pages of one site share their opening furniture), hashed once when needed.
 */
function resolvePeople(works: readonly ArticleWork[], page: string): PeopleIndex {
  let pageKey: string | undefined;
  const personId = (name: string): string => {
    if (!ANONYMIZED_NAME.test(name)) return stableId('Person', name);
    pageKey ??= stableId('Page', page);
    return stableId('Person', `${name}\u0000${pageKey}`);
  };
  const byName = new Map<string, ExtractedPerson>();
  for (const work of works) {
    for (const draft of work.people) {
      let person = byName.get(draft.name);
      if (!person) {
        person = { id: personId(draft.name), name: draft.name, roles: [], positions: [], mentions: [] };
        byName.set(draft.name, person);
      }
      for (const role of draft.roles) {
        const position: ExtractedPerson['positions'][number] = { role: role.role, title: role.title };
        const node = role.org ? work.nodeOf.get(role.org) : undefined;
        const own = node ? undefined : ownBodyWord(role.role);
        const generic = node
          ? undefined
          : own
            ? ownBody(own, work)
            : (genericBody(role.genericLead, work) ??
              anaphoricBody(role.role, draft.sentence, work) ??
              kindOfficeBody(role, work) ??
              unionOfficeBody(role, work) ??
              namedBureauBody(role, work) ??
              (role.bareOffice ? electingBodyOf(work) : undefined) ??
              openingBodyOf(role, draft, work));
        // 滕某兵获得第一名: the place is in the article's contest (…技能大赛决赛第一名).
        const contest = role.prize ? contestOf(draft.sentence, work) : undefined;
        if (contest) position.role = `${contest}${role.role}`;
        if (node) {
          position.organizationId = node.id;
          position.role = `${node.name}${role.role.slice(role.org?.name.length ?? 0)}`;
        } else if (generic) {
          // 集团工会主席 in an article about 江苏仁禾中衡集团, 该公司工会主席 after one named: the body written out.
          position.organizationId = generic.node.id;
          position.role = `${generic.node.name}${role.role.slice(generic.word.length)}`;
        } else if (own) {
          // 我司副总经理 in an article that names no one company: the office alone, not the writer's word.
          position.role = role.role.slice(own.length);
        } else if (position.role === role.role) {
          position.role = unresolvedRole(role);
        }
        // 市长卢某燕 on a page of 台中市: Taiwan's cities are no places of the gazetteer, so the page's one is read here.
        const taiwan = !node && !generic ? taiwanRegionRole(position.role, work) : undefined;
        if (taiwan) position.role = taiwan;
        if (!node && !generic && !role.prize) position.role = datedHonour(position.role, work.sentences);
        if (role.article !== undefined) position.article = role.article;
        // Two mentions may resolve to one role (滨海新区工会主席 of the 滨海新区总工会 named, 校长 said twice).
        if (person.positions.some((p) => p.role === position.role && p.article === position.article)) continue;
        person.positions.push(position);
        if (!person.roles.includes(position.role)) person.roles.push(position.role);
      }
      if (draft.sentence) person.mentions.push(mentionOf(draft.sentence, work.draft.index));
    }
  }
  for (const person of byName.values()) dropBareRepeats(person);
  // Later mentions of a known name (蓝海滨当选为…主席) are mentions too. The names are indexed by
  // their first character, so a long text is read once rather than once per person.
  const byFirst = new Map<number, ExtractedPerson[]>();
  for (const person of byName.values()) {
    const list = byFirst.get(person.name.charCodeAt(0));
    if (list) list.push(person);
    else byFirst.set(person.name.charCodeAt(0), [person]);
  }
  for (const work of works) {
    for (const s of work.sentences) {
      for (const person of namesIn(s.norm, byFirst)) {
        if (!person.mentions.some((m) => m.start === s.start)) person.mentions.push(mentionOf(s, work.draft.index));
      }
    }
  }
  return { list: [...byName.values()], byName };
}

/** What before a title makes another office (副主席 is not 主席, 常务副主席 not 副主席). */
const RANK_BEFORE = new RegExp(`(?:副|${TITLE_PREFIXES.join('|')})$`);

/**
 * A role written bare in one sentence (常务副主席) and with its body in another (张北县总工会常务副主席)
 * is the same position: the bare one goes. So does a deputy's office addressed without its 副 (王某主席
 * for a 集团工会副主席), as the papers address deputies politely.
 */
function dropBareRepeats(person: ExtractedPerson): void {
  const bare = (p: ExtractedPerson['positions'][number]) =>
    !p.organizationId &&
    person.positions.some((q) => {
      if (q.role.length <= p.role.length || !q.role.endsWith(p.role)) return false;
      const deputyAddressed = p.role === p.title && q.title !== p.title && officeRank(q.title) === p.title;
      return !RANK_BEFORE.test(q.role.slice(0, -p.role.length)) || deputyAddressed;
    });
  const kept = person.positions.filter((p) => !bare(p));
  if (kept.length === person.positions.length) return;
  person.positions = kept;
  person.roles = person.roles.filter((r) => kept.some((p) => p.role === r));
}

function toEvent(
  e: EventDraft,
  work: ArticleWork,
  people: Map<string, ExtractedPerson>,
  page: PageYear,
): ExtractedEvent {
  let date: string | null = null;
  let dateSource: DateSource = 'none';
  const today = e.undated ? todayOf(work, page) : undefined;
  if (!e.undated && e.month && e.day) {
    const year = e.year ?? yearOfDay(e.month, page);
    date = isoDate(e.month, e.day, year);
    dateSource = e.year ? 'text' : year ? page.source : 'none';
  } else if (e.dayOnly && today) {
    const { month, year } = monthOfDay(e.dayOnly, today);
    date = isoDate(month, e.dayOnly, year);
    dateSource = today.source;
  } else if (e.daysBefore !== undefined && today) {
    // A leap year stands in for an unknown one: 29 February is then a day like any other.
    const day = new Date(Date.UTC(today.year ?? 2000, today.month - 1, today.day - e.daysBefore));
    date = isoDate(
      day.getUTCMonth() + 1,
      day.getUTCDate(),
      today.year === undefined ? undefined : day.getUTCFullYear(),
    );
    dateSource = today.source;
  } else if (e.undated && e.gluedDates && page.year && page.month && page.day) {
    const { month, day, year } = latestBefore(e.gluedDates, page as Required<PageYear>);
    date = isoDate(month, day, year);
    dateSource = page.source;
  }
  const organizerIds = [...new Set(e.organizers.map((o) => work.nodeOf.get(o)?.id).filter((id): id is string => !!id))];
  const named = genericTitle(e)
    ? `${e.organizers[0] ? (work.nodeOf.get(e.organizers[0])?.name ?? '') : ''}${e.title}`
    : e.title;
  // 「甲辰年新春聯歡晚會」: a title the page writes as a quote is the name inside it.
  const title = unquote(nameOwnPlace(named, () => placeNames(work.ctx)));
  const event: ExtractedEvent = {
    id: stableId('Event', `${title}\u0000${date ?? ''}`),
    title,
    date,
    dateSource,
    type: e.type,
    organizerIds,
    participants: e.participants
      .map((p) => ({ personId: people.get(p.person.name)?.id ?? '', part: p.part }))
      .filter((p) => p.personId !== ''),
    mentions: [mentionOf(e.sentence, work.draft.index)],
  };
  if (e.location) event.location = nameOwnPlace(e.location, () => placeNames(work.ctx));
  const place = work.ctx.mentions.find((m) => e.location?.startsWith(m.place.name))?.place;
  if (place) event.placeCode = place.code;
  return event;
}

/** The names of the places an article names, most named first. */
function placeNames(ctx: ArticleContext): string[] {
  return ctx.codes
    .map((code) => ctx.mentions.find((m) => m.place.code === code)?.place.name)
    .filter((n): n is string => n !== undefined);
}

/** A generic title (工作会议, 专题会) reads as a name with its organizer in front. */
function genericTitle(e: EventDraft): boolean {
  const organizer = e.organizers[0]?.written;
  if (e.generic !== true || !organizer) return e.generic === true;
  // A title that opens as its organizer does (市總工會…, 陕西航空工业工会 → 陕西航空工业职业技能大赛,
  // 湖北省总工会 → 湖北…) names its body already; compared folded, for traditional text.
  const [title, body] = [foldText(e.title), foldText(organizer)];
  return title.slice(0, 2) !== body.slice(0, 2);
}

function toMetric(m: MetricDraft, work: ArticleWork): ExtractedMetric {
  const where = metricScope(m, work.ctx, work.orgs);
  const scope: ExtractedMetric['scope'] = {};
  const node = where.org ? work.nodeOf.get(where.org) : undefined;
  if (node) scope.organizationId = node.id;
  else if (where.place) scope.placeCode = where.place.code;
  const metric: ExtractedMetric = {
    id: stableId('Metric', `${work.draft.title}\u0000${m.sentence.text}\u0000${m.from}`),
    value: m.value,
    unit: m.unit,
    qualifier: m.qualifier,
    subject: m.subject,
    text: m.text,
    isTarget: m.isTarget,
    scope,
    mentions: [mentionOf(m.sentence, work.draft.index)],
  };
  if (m.year !== undefined) metric.year = m.year;
  if (m.isChange) metric.isChange = true;
  return metric;
}

/** The places the page names, not counting a place's name read inside a person's (金华 of 蔡金华). */
function placesOf(works: readonly ArticleWork[], people: readonly ExtractedPerson[]): ExtractedPlace[] {
  const byCode = new Map<string, Place>();
  for (const w of works)
    for (const m of w.ctx.mentions)
      if (!insideName(w.sentences[m.sentence]?.norm ?? '', m.pos, m.pos + m.text.length, people))
        byCode.set(m.place.code, m.place);
  return [...byCode.values()].map(toExtractedPlace);
}

/** Whether the span from `from` to `to` of a sentence lies inside one of the people's names written there. */
function insideName(norm: string, from: number, to: number, people: readonly ExtractedPerson[]): boolean {
  return people.some(({ name }) => {
    for (
      let at = norm.indexOf(name, Math.max(0, to - name.length));
      at >= 0 && at <= from;
      at = norm.indexOf(name, at + 1)
    )
      if (at + name.length >= to) return true;
    return false;
  });
}
