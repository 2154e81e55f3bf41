import type { OrganizationKind } from '@reportgraph/contract';
import { isCnDigit, isDigit, isHan } from '../page/chars.ts';
import type { Sentence } from '../page/sentences.ts';
import { enclosureAt, stripQuotes, wordEndingAt } from '../page/spans.ts';
import { type ArticleContext, recentPlace } from '../places/context.ts';
import {
  childByShort,
  choosePlace,
  isMunicipality,
  longestFrom,
  lookupPlace,
  type Place,
  placeByCode,
  placeEndingAt,
} from '../places/places.ts';
import {
  CONJUNCTIONS,
  FALSE_SUFFIX_FOLLOWERS,
  GENERIC_WORDS,
  HONOUR_BEFORE,
  NATIONAL_ORGS,
  NOT_BUREAU,
  ORG_STOP_WORDS,
  SUFFIX_BY_TEXT,
  SUFFIX_PATTERN,
  type SuffixRule,
} from '../vocab/org-suffixes.ts';
import { surnameLength } from '../vocab/surnames.ts';

/**
 * Organization mentions: a name is found from its suffix (总工会, 有限公司, 学院 …) and
 * extended leftwards over place names and name characters until a verb, preposition or
 * punctuation mark. Short forms are then given their region (市总工会 in a Foshan article
 * → 佛山市总工会; 省总工会 on a Guangdong page → 广东省总工会).
 */
export interface OrgMention {
  /** Canonical name (region prefix resolved, quotes removed). */
  name: string;
  /** As written, folded (quotes removed). */
  written: string;
  /** As written in the source (traditional characters and quotes kept). */
  original: string;
  kind: OrganizationKind;
  /** Deepest known place of the name. */
  place?: Place;
  /** A region union (the name is only a place and 总工会/工会): merged by place. */
  regionUnion: boolean;
  sentence: Sentence;
  from: number;
  to: number;
}

const GENERIC = new Set(GENERIC_WORDS);
const MAX_NAME = 32;
const REGION_CHARS: ReadonlyArray<[string, Place['level']]> = [
  ['自治区', 'province'],
  ['街道', 'town'],
  ['省', 'province'],
  ['市', 'city'],
  ['区', 'county'],
  ['县', 'county'],
  ['镇', 'town'],
  ['乡', 'town'],
];

/** True when a name of some kind ends right at `end` (so a conjunction before a name separates two names). */
function orgEndsAt(norm: string, end: number): boolean {
  for (let len = 1; len <= 7 && len <= end; len++) {
    const tail = norm.slice(end - len, end);
    if (SUFFIX_BY_TEXT.has(tail) || NATIONAL_FORMS.has(tail)) return true;
  }
  return false;
}

const NATIONAL_FORMS = new Set(NATIONAL_ORGS.flatMap((n) => [n.name, ...n.aliases]));
const NATIONAL_BY_FORM = new Map(NATIONAL_ORGS.flatMap((n) => [n.name, ...n.aliases].map((f) => [f, n] as const)));
/** Every national form in one pass, longest first (中华全国总工会 before 全国总工会). */
const NATIONAL_PATTERN = new RegExp([...NATIONAL_FORMS].sort((a, b) => b.length - a.length).join('|'), 'g');

/** Walks left from a suffix over the name; returns where the name starts. */
function scanLeft(norm: string, suffixStart: number): number {
  const floor = Math.max(0, suffixStart - MAX_NAME);
  let i = suffixStart;
  while (i > floor) {
    const place = placeEndingAt(norm, i, 2);
    if (place) {
      i -= place.text.length;
      continue;
    }
    const ch = norm[i - 1] as string;
    if (ch === '”') {
      const open = norm.lastIndexOf('“', i - 2);
      if (open >= floor && i - open <= 20) {
        i = open;
        continue;
      }
      break;
    }
    if (ch === ')') {
      const open = norm.lastIndexOf('(', i - 2);
      const inner = open >= 0 ? norm.slice(open + 1, i - 1) : '';
      if (open >= floor && inner.length <= 6 && !/简称|下称/.test(inner)) {
        i = open;
        continue;
      }
      break;
    }
    if (!isHan(ch) && ch !== '·') break;
    if (CONJUNCTIONS.has(ch)) {
      if (orgEndsAt(norm, i - 1)) break;
      i--;
      continue;
    }
    const stop = wordEndingAt(norm, i, ORG_STOP_WORDS);
    // 广东华为技术有限公司, 广东美的集团: a two-character brand right after a place may end in a stop.
    const brand = stop?.length === 1 && i >= 3 && isHan(norm[i - 2]) && placeEndingAt(norm, i - 2, 2) !== undefined;
    // A verb right before the suffix may be part of the name (职工培训中心); single-character stops always end it.
    if (stop && !brand && (stop.length === 1 || i < suffixStart)) break;
    if ('家个名支所座批项'.includes(ch) && (isDigit(norm[i - 2]) || isCnDigit(norm[i - 2]))) break;
    // 2024 年佛山市…: a year before a name is not part of it.
    if (ch === '年' && (isDigit(norm[i - 2]) || (norm[i - 2] === ' ' && isDigit(norm[i - 3])))) break;
    i--;
  }
  return i;
}

interface Chain {
  places: Place[];
  /** A district the gazetteer lacks, after a known city (大亚湾区, 高新区). */
  pseudo?: string;
  length: number;
}

/** Reads the places a name starts with (湖州南浔区…, 东莞石龙…, 惠州大亚湾区…). */
export function parseChain(name: string, context: readonly string[]): Chain {
  const places: Place[] = [];
  let pos = 0;
  let pseudo: string | undefined;
  while (pos < name.length) {
    const prev = places.at(-1);
    let next: { place: Place; length: number } | undefined;
    const longest = Math.max(longestFrom(name.charAt(pos)), prev ? 4 : 0);
    for (let len = Math.min(longest, name.length - pos); len >= 2; len--) {
      const text = name.slice(pos, pos + len);
      const hit = lookupPlace(text);
      let candidates = hit?.candidates ?? [];
      if (prev) candidates = candidates.filter((c) => c.ancestors.includes(prev.code));
      // A county's short name (西乡, 斗门) is trusted only inside the places the article is about.
      if (hit && !hit.full && !prev) {
        candidates = candidates.filter((c) => c.level !== 'county' || c.ancestors.some((a) => context.includes(a)));
      }
      if (candidates.length === 0 && prev) {
        const child = childByShort(prev.code, text);
        if (child) candidates = [child];
      }
      if (candidates.length === 0) continue;
      const chosen = choosePlace(candidates, [...places.map((p) => p.code), ...context]);
      if (chosen) {
        next = { place: chosen, length: len };
        break;
      }
    }
    if (!next) break;
    places.push(next.place);
    pos += next.length;
  }
  const last = places.at(-1);
  if (last && (last.level === 'city' || last.level === 'county')) {
    const m = /^[\p{Script=Han}]{1,4}?(?:新区|开发区|高新区|区)/u.exec(name.slice(pos));
    if (m && m[0].length <= 6 && !/[总工会委局]/.test(m[0])) {
      pseudo = m[0];
      pos += m[0].length;
    }
  }
  const chain: Chain = { places, length: pos };
  if (pseudo) chain.pseudo = pseudo;
  return chain;
}

/** Whether the words of a name's core are all generic (企业, 基层, 先行示范 …). */
export function isGenericCore(core: string): boolean {
  const text = core.replace(/\([^)]*\)/g, '');
  let i = 0;
  while (i < text.length) {
    let matched = 0;
    for (let len = Math.min(4, text.length - i); len >= 1; len--) {
      if (GENERIC.has(text.slice(i, i + len))) {
        matched = len;
        break;
      }
    }
    if (matched === 0) return false;
    i += matched;
  }
  return true;
}

function kindOf(rule: SuffixRule, core: string): OrganizationKind {
  if (rule.suffix === '工委' && /机关|直属/.test(core)) return 'party';
  if (rule.suffix === '工作联盟' && !/工会/.test(core)) return 'association';
  if (rule.suffix === '联合会' && /工会$/.test(core)) return 'union';
  return rule.kind;
}

/** Writes a place with as much of its parentage as the article names (南海区 → 佛山市南海区). */
export function qualifiedPlaceName(place: Place, ctx: ArticleContext): string {
  const parent = place.parentCode ? placeByCode(place.parentCode) : undefined;
  if (!parent || (parent.level === 'province' && !isMunicipality(parent))) return place.name;
  // A county-level city is written on its own (台山市), not under its prefecture.
  if (place.level === 'county' && place.name.endsWith('市')) return place.name;
  // The parent must be named as a place (佛山市, 湖州南浔区), not only as a word in a headline or a company name.
  if (!ctx.mentions.some((m) => m.place.code === parent.code && m.full)) return place.name;
  return qualifiedPlaceName(parent, ctx) + place.name;
}

function regionShort(name: string): { level: Place['level']; length: number } | undefined {
  for (const [ch, level] of REGION_CHARS) if (name.startsWith(ch)) return { level, length: ch.length };
  return undefined;
}

/**
 * Finds the organizations named in one sentence.
 *
 * @example
 * findOrganizations(sentence('佛山市人大常委会副主任、市总工会主席李灿出席。'), ctx).map((o) => o.name)
 * // → ['佛山市人大常委会', '佛山市总工会']
 */
export function findOrganizations(sentence: Sentence, ctx: ArticleContext): OrgMention[] {
  const norm = sentence.norm;
  const found: OrgMention[] = [];
  NATIONAL_PATTERN.lastIndex = 0;
  for (let m = NATIONAL_PATTERN.exec(norm); m; m = NATIONAL_PATTERN.exec(norm)) {
    const form = m[0];
    const at = m.index;
    const national = NATIONAL_BY_FORM.get(form);
    if (!national) continue;
    if (form === '全总' && /[安完健齐周]/.test(norm[at - 1] ?? '')) continue;
    // 财政部门, 教育部分: a ministry's name inside a longer word is not the ministry.
    if (/[门分]/.test(norm[at + form.length] ?? '')) continue;
    found.push(mention(sentence, at, at + form.length, national.name, national.kind, undefined, false));
  }
  for (let at = norm.indexOf('省总'); at >= 0; at = norm.indexOf('省总', at + 2)) {
    if (/^[工书经体结量数额计值监裁部队]/.test(norm.slice(at + 2, at + 3))) continue;
    const province = ctx.province ? placeByCode(ctx.province) : undefined;
    if (province) found.push(mention(sentence, at, at + 2, `${province.name}总工会`, 'union', province, true));
  }
  SUFFIX_PATTERN.lastIndex = 0;
  for (let m = SUFFIX_PATTERN.exec(norm); m; m = SUFFIX_PATTERN.exec(norm)) {
    const found1 = fromSuffix(sentence, ctx, m.index, m.index + m[0].length, m[0]);
    if (found1) found.push(found1);
  }
  if (sentence.heading) found.push(...headlineAbbreviations(sentence, ctx));
  return dropNested(preferNational(found));
}

/**
 * Short names a text defines for a body: 深圳市宝安区西乡街道中心工会联合会(以下简称“西乡中心工联会”).
 *
 * @example
 * definedAbbreviations(sentence('甲市总工会(以下简称“甲总”)成立。'), orgs) // → Map { '甲总' => mention of 甲市总工会 }
 */
export function definedAbbreviations(sentence: Sentence, orgs: readonly OrgMention[]): Map<string, OrgMention> {
  const out = new Map<string, OrgMention>();
  for (const org of orgs) {
    const m = /^\((?:以下简称|下称|简称)[“"]?([^”")]{2,16})[”"]?\)/.exec(sentence.norm.slice(org.to, org.to + 30));
    if (m?.[1]) out.set(m[1], org);
  }
  return out;
}

/** Points mentions of a defined short name at the body it stands for. */
export function applyAbbreviations(
  orgs: OrgMention[],
  sentence: Sentence,
  defined: ReadonlyMap<string, OrgMention>,
): OrgMention[] {
  const out: OrgMention[] = [];
  for (const [short, target] of defined) {
    for (let at = sentence.norm.indexOf(short); at >= 0; at = sentence.norm.indexOf(short, at + short.length)) {
      const covered = orgs.filter((o) => o.from < at + short.length && o.to > at);
      if (covered.some((o) => o.from < at || o.to > at + short.length)) continue;
      const m: OrgMention = {
        ...target,
        written: short,
        original: sentence.text.slice(at, at + short.length),
        sentence,
        from: at,
        to: at + short.length,
      };
      out.push(m);
    }
  }
  const replaced = new Set(out.map((m) => `${m.from}`));
  return [...orgs.filter((o) => !out.some((m) => m.from <= o.from && m.to >= o.to) || replaced.has('')), ...out];
}

/** Headline shorthand 广州市荔湾区总 / 江门台山市总 for the district's or city's federation of unions. */
function headlineAbbreviations(sentence: Sentence, ctx: ArticleContext): OrgMention[] {
  const out: OrgMention[] = [];
  const norm = sentence.norm;
  for (let at = norm.indexOf('总'); at >= 0; at = norm.indexOf('总', at + 1)) {
    if (/^[工书经体结量数额计值监裁部队和共]/.test(norm.slice(at + 1, at + 2))) continue;
    const start = scanLeft(norm, at);
    const written = norm.slice(start, at);
    const chain = parseChain(written, ctx.codes);
    const place = chain.places.at(-1);
    if (!place || chain.length !== written.length || !/[市区县]$/.test(written)) continue;
    out.push(mention(sentence, start, at + 1, `${written}总工会`, 'union', place, true));
  }
  return out;
}

function mention(
  sentence: Sentence,
  from: number,
  to: number,
  name: string,
  kind: OrganizationKind,
  place: Place | undefined,
  regionUnion: boolean,
): OrgMention {
  const written = stripQuotes(sentence.norm.slice(from, to));
  const m: OrgMention = {
    name,
    written,
    original: sentence.text.slice(from, to),
    kind,
    regionUnion,
    sentence,
    from,
    to,
  };
  if (place) m.place = place;
  return m;
}

function fromSuffix(
  sentence: Sentence,
  ctx: ArticleContext,
  suffixStart: number,
  end: number,
  suffix: string,
): OrgMention | undefined {
  const norm = sentence.norm;
  const rule = SUFFIX_BY_TEXT.get(suffix);
  if (!rule) return undefined;
  const follower = FALSE_SUFFIX_FOLLOWERS[suffix];
  if (follower?.test(norm.slice(end, end + 4))) return undefined;
  if (suffix === '局' && NOT_BUREAU.test(norm.slice(0, suffixStart))) return undefined;
  const enc = enclosureAt(norm, suffixStart);
  if (enc.book) return undefined;
  let start = scanLeft(norm, suffixStart);
  // A name inside quotes starts at the quote (“劳模工匠技术服务队”).
  if (enc.quote && norm[end] !== '”') return undefined;
  if (HONOUR_BEFORE.test(norm.slice(Math.max(0, start - 10), start))) return undefined;
  let written = stripQuotes(norm.slice(start, end));
  // Generic lead words that survived the scan (全市各级…) are not part of a name.
  const lead = /^(?:全市|全区|全县|全省|全镇|各级|各)/.exec(written);
  if (lead) {
    start += lead[0].length;
    written = written.slice(lead[0].length);
  }
  if (written.length <= suffix.length && !/^[省市区县镇]委$/.test(written)) return undefined;
  if (/届|第[一二三四五六七八九十\d]|\d/.test(written)) return undefined;
  return resolveName(sentence, ctx, start, end, written, rule);
}

function resolveName(
  sentence: Sentence,
  ctx: ArticleContext,
  start: number,
  end: number,
  written: string,
  rule: SuffixRule,
): OrgMention | undefined {
  const chain = parseChain(written, ctx.codes);
  let rest = written.slice(chain.length);
  let place = chain.places.at(-1);
  let prefix = '';
  if (chain.places.length > 0) {
    const first = chain.places[0] as Place;
    const writtenPrefix = written.slice(0, chain.length);
    // Only a name written from a county or town in full gets its parents (南海区总工会 → 佛山市南海区总工会).
    const qualify = (first.level === 'county' || first.level === 'town') && writtenPrefix.startsWith(first.name);
    prefix = qualify ? qualifyFirst(first, writtenPrefix, ctx) : writtenPrefix;
  } else if (!chain.pseudo) {
    const region = regionShort(written);
    if (region && /^(?:[市区县镇省乡]级|乡镇|镇街|县区|区县|市县|省市|[市区县镇乡]\(|街道\()/.test(written))
      return undefined;
    // 各区总工会, 各县工会: every one of them, not one body.
    if (region && /[各诸]$/.test(sentence.norm.slice(0, start))) return undefined;
    if (region) {
      const resolved =
        region.level === 'province'
          ? ctx.province
            ? placeByCode(ctx.province)
            : undefined
          : recentPlace(ctx, region.level, sentence.index, start);
      if (!resolved) return undefined;
      place = resolved;
      prefix = resolved.level === 'province' ? resolved.name : qualifiedPlaceName(resolved, ctx);
      rest = written.slice(region.length);
    }
  } else prefix = written.slice(0, chain.length);
  if (chain.places.length > 0 && chain.pseudo) prefix = written.slice(0, chain.length);
  const core = rest.slice(0, Math.max(0, rest.length - rule.suffix.length));
  const hasPlace = Boolean(place || chain.pseudo);
  const quoted =
    /[“”]/.test(norm(sentence, start, end)) || (sentence.norm[start - 1] === '“' && sentence.norm[end] === '”');
  if (/^[省市区县镇]委$/.test(rule.suffix) && !hasPlace) return undefined;
  if (rule.needsPlace && !hasPlace && !/机关|直属/.test(core)) return undefined;
  if (!hasPlace && !quoted && isGenericCore(core)) return undefined;
  const ownBody = rule.kind === 'union' || rule.kind === 'government' || rule.kind === 'party';
  if (hasPlace && core === '' && !ownBody) return undefined;
  // A union with no place is named after its body (…有限公司工会); otherwise it is a phrase (改革和工会).
  if (rule.kind === 'union' && !hasPlace && !/(?:公司|集团|学校|学院|大学|医院|中心|协会|局|委员会)$/.test(core))
    return undefined;
  if (hasPlace && /^(?:级|街道)/.test(core)) return undefined;
  // A team or venue with no place is only a name when quoted or named after a person (叶茂盛劳模…工作室).
  if ((rule.kind === 'team' || rule.kind === 'other') && !hasPlace && !quoted && !namedAfterPerson(core))
    return undefined;
  const name = prefix + rest;
  const regionUnion = rule.kind === 'union' && core === '' && rule.suffix !== '工委' && !chain.pseudo;
  return mention(sentence, start, end, name, kindOf(rule, core), place, regionUnion);
}

/** A studio or team named after a model worker: a personal name, then 劳模/工匠/技能/大师…. */
function namedAfterPerson(core: string): boolean {
  const s = surnameLength(core);
  if (s === 0) return false;
  return /^.{1,2}(?:劳模|工匠|技能|大师|名师|职工|创新)/.test(core.slice(s));
}

function norm(sentence: Sentence, from: number, to: number): string {
  return sentence.norm.slice(from, to);
}

/** A name written from a county or town (南海区总工会) gets the parents the article names. */
function qualifyFirst(first: Place, writtenPrefix: string, ctx: ArticleContext): string {
  const qualified = qualifiedPlaceName(first, ctx);
  return qualified.slice(0, qualified.length - first.name.length) + writtenPrefix;
}

/** A national body's name wins over a longer span that swallowed it (…运动会暨庆祝中华全国总工会). */
function preferNational(list: OrgMention[]): OrgMention[] {
  const national = list.filter((m) => NATIONAL_NAMES.has(m.name));
  return list.filter(
    (m) =>
      NATIONAL_NAMES.has(m.name) ||
      !national.some((n) => n.from >= m.from && n.to <= m.to && n.to - n.from < m.to - m.from),
  );
}

const NATIONAL_NAMES = new Set(NATIONAL_ORGS.map((n) => n.name));

/** Drops a mention lying inside another, except a body's own union or party branch (…公司工会 keeps …公司). */
function dropNested(list: OrgMention[]): OrgMention[] {
  return list.filter((inner) => {
    for (const outer of list) {
      if (outer === inner) continue;
      const inside = outer.from <= inner.from && outer.to >= inner.to && outer.to - outer.from > inner.to - inner.from;
      if (!inside) continue;
      const tail = outer.written.slice(inner.to - outer.from);
      if (inner.from === outer.from && /^(?:工会|党支部|党委|党总支|团委|分会)$/.test(tail)) continue;
      return false;
    }
    return true;
  });
}
