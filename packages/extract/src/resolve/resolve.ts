import { type Mention, type OrganizationKind, stableId } from '@reportgraph/contract';
import { isAbbreviation, type OrgMention } from '../entities/organizations.ts';
import { stripQuotes } from '../page/spans.ts';
import { isMunicipality, type Place, placeByCode, placeStartingAt, provinceCodeOf } from '../places/places.ts';
import { OTHER_THAN_PARTY } from '../vocab/national-bodies.ts';
import { MINE_SUFFIX, PARTY_COMMITTEE_OR_DEPARTMENT } from '../vocab/org-suffixes.ts';

/**
 * Entity resolution: one node per organization across the articles and pages of a
 * document. Mentions are grouped by canonical name; a region's federation of unions is
 * one node whatever it is called (汕头工会, 市总工会, 汕头市总工会); a short name that
 * ends a longer one in the same article (南湖区总工会 / 嘉兴市南湖区总工会) is an alias.
 */
export interface OrgNode {
  id: string;
  name: string;
  aliases: Set<string>;
  kind: OrganizationKind;
  place?: Place;
  pseudoPlace?: string;
  regionUnion: boolean;
  original?: string;
  mentions: Mention[];
  /** Mentions that were merged into this node (so other passes can find the node). */
  members: OrgMention[];
}

const UNION_PREFERENCE = ['总工会', '工会联合会', '工联会', '工会', '总'];

function unionRank(name: string): number {
  const i = UNION_PREFERENCE.findIndex((s) => name.endsWith(s));
  return i < 0 ? UNION_PREFERENCE.length : i;
}

/**
 * Picks the canonical name among a group's names: the preferred union suffix, then the longest,
 * then the first in code-unit order. Not `localeCompare`: its first call loads ICU's collator
 * (~20 ms of a cold start), and its order could move with the runtime's ICU version.
 */
function bestName(names: readonly string[], regionUnion: boolean): string {
  return [...names].sort((a, b) => {
    if (regionUnion) {
      const r = unionRank(a) - unionRank(b);
      if (r !== 0) return r;
    }
    return b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);
  })[0] as string;
}

function regionKey(m: OrgMention): string | undefined {
  if (!m.regionUnion) return undefined;
  return m.place ? `union@${m.place.code}` : undefined;
}

/** Groups one article's mentions: same region union, same canonical name, or a name ending a longer one. */
export function groupArticleOrgs(mentions: readonly OrgMention[]): OrgMention[][] {
  const groups: OrgMention[][] = [];
  const byKey = new Map<string, OrgMention[]>();
  for (const m of mentions) {
    const key = regionKey(m) ?? `name@${m.name}`;
    let group = byKey.get(key);
    if (!group) {
      group = [];
      byKey.set(key, group);
      groups.push(group);
    }
    group.push(m);
  }
  // Merge a group whose name ends or abbreviates a longer name of another group (蓝天救援队 → 斗门蓝天救援队, 东风公司 → 东风汽车集团有限公司).
  const merged: OrgMention[][] = [];
  const sorted = [...groups].sort((a, b) => longest(b).length - longest(a).length);
  for (const group of sorted) {
    const name = longest(group);
    const key = group[0] ? regionKey(group[0]) : undefined;
    const host = merged.find((g) => {
      const other = longest(g);
      // 沙坪坝区总工会 and 沙坪坝区覃家岗街道总工会: two regions' unions are two bodies, however the names read.
      const otherKey = g[0] ? regionKey(g[0]) : undefined;
      if (key && otherKey && key !== otherKey) return false;
      // 共青团郑州市委 is the Youth League's committee, not 郑州市委 (中共郑州市委 is).
      if (OTHER_THAN_PARTY.test(other) && !OTHER_THAN_PARTY.test(name)) return false;
      return (
        other.length > name.length &&
        // 成庄矿 after 晋煤集团成庄矿: a mine's own name is short, and as much the group's mine as a longer one's.
        (name.length >= 4 || (name.length === 3 && name.endsWith(MINE_SUFFIX))) &&
        (other.endsWith(name) || g.some((m) => m.written.endsWith(name)) || isAbbreviation(name, other))
      );
    });
    if (host && host[0]?.kind === group[0]?.kind) host.push(...group);
    else merged.push(group);
  }
  return merged;
}

function longest(group: readonly OrgMention[]): string {
  return group.reduce((a, m) => (m.name.length > a.length ? m.name : a), '');
}

function mentionOf(m: OrgMention, article: number): Mention {
  return { article, sentence: m.sentence.text, start: m.sentence.start, end: m.sentence.end };
}

/** Page-level registry of organization nodes. */
export class OrgRegistry {
  readonly nodes: OrgNode[] = [];
  private readonly byName = new Map<string, OrgNode>();
  private readonly byRegion = new Map<string, OrgNode>();

  /** Adds one article's group of mentions; returns the node it became part of. */
  add(group: readonly OrgMention[], article: number): OrgNode {
    const regionUnion = group.some((m) => m.regionUnion);
    const names = group.map((m) => m.name);
    const name = bestName(names, regionUnion);
    const place = group.find((m) => m.name === name)?.place ?? group.find((m) => m.place)?.place;
    const regionKeyText = regionUnion && place ? place.code : undefined;
    let node = this.byName.get(name) ?? (regionKeyText ? this.byRegion.get(regionKeyText) : undefined);
    if (!node) {
      node = {
        id: '',
        name,
        aliases: new Set(),
        kind: group[0]?.kind ?? 'other',
        regionUnion,
        mentions: [],
        members: [],
      };
      if (place) node.place = place;
      this.nodes.push(node);
    } else if (regionUnion && unionRank(name) < unionRank(node.name)) {
      node.aliases.add(node.name);
      node.name = name;
    }
    this.byName.set(name, node);
    if (regionKeyText) this.byRegion.set(regionKeyText, node);
    for (const m of group) {
      // The form as written stays findable: 湖北省總工會 beside 湖北省总工会.
      for (const alias of [m.name, m.written, stripQuotes(m.original)])
        if (alias !== node.name) node.aliases.add(alias);
      if (m.original !== m.written && !node.original) node.original = m.original;
      node.mentions.push(mentionOf(m, article));
      node.members.push(m);
      this.byName.set(m.name, node);
    }
    return node;
  }

  /**
   * Assigns ids and parents: unions by place (南海区总工会 → 佛山市总工会), units by the body they are named after.
   * A region's federation whose region the page never names (县总工会) is that page's own node: `page`
   * scopes its id, so two pages' bare 县总工会 never merge.
   */
  finish(page = ''): Map<OrgNode, string | undefined> {
    // Hashing a whole page costs more than the rest of this pass: once, and only when needed.
    let pageKey: string | undefined;
    const pageScope = () => {
      pageKey ??= stableId('Page', page);
      return pageKey;
    };
    for (const node of this.nodes) {
      // The fullest form the text writes is the name (珠海市人民政府 over 珠海市政府).
      const formal = formalName(node);
      if (formal !== node.name && node.aliases.has(formal)) {
        node.aliases.add(node.name);
        node.name = formal;
      }
      node.id =
        node.regionUnion && !node.place
          ? stableId('Organization', `${node.name}\u0000${pageScope()}`)
          : stableId('Organization', node.name);
      // A party committee's formal name carries 中共 (汕头市委 → 中共汕头市委): findable by it.
      if (formal.startsWith('中共') && formal !== node.name) node.aliases.add(formal);
      // 吉林省长春市宽城区总工会: findable, and matched, by the name its city gives it (长春市宽城区总工会).
      const local = withoutProvince(node);
      if (local) node.aliases.add(local);
      node.aliases.delete(node.name);
    }
    const parents = new Map<OrgNode, string | undefined>();
    const unions = this.nodes.filter((n) => n.regionUnion && n.place);
    const national = this.nodes.find((n) => n.name === '中华全国总工会');
    for (const node of unions) {
      const place = node.place as Place;
      let parent: OrgNode | undefined;
      for (const code of place.ancestors) {
        parent = unions.find((u) => u.place?.code === code && u.name.endsWith('总工会'));
        if (parent) break;
      }
      if (!parent && place.level === 'province') parent = national;
      parents.set(node, parent?.id);
    }
    // A unit's parent is the body it is named after (…公安局闵行分局 of …闵行分局浦锦路派出所).
    for (const node of this.nodes) {
      const written = node.members.find((m) => m.parent)?.parent;
      const parent = written ? (this.byName.get(written) ?? this.nodes.find((n) => n.aliases.has(written))) : undefined;
      if (parent && parent !== node && !parents.get(node)) parents.set(node, parent.id);
    }
    return parents;
  }
}

/**
 * A body's name without the province written before its city or county (吉林省长春市宽城区总工会 →
 * 长春市宽城区总工会, 江西鹰潭市总工会 → 鹰潭市总工会), as the body names itself; undefined when the
 * name opens with no province, or with a municipality (北京市朝阳区… needs its city).
 */
export function withoutProvince(node: Pick<OrgNode, 'name' | 'place'>): string | undefined {
  const place = node.place;
  if (!place || place.level === 'province') return undefined;
  const province = placeByCode(provinceCodeOf(place));
  if (!province || isMunicipality(province)) return undefined;
  const written = [province.name, province.short].find((form) => node.name.startsWith(form));
  const rest = written ? node.name.slice(written.length) : '';
  const next = rest ? placeStartingAt(rest, 0) : undefined;
  return next?.candidates.some((p) => p.code === place.code || place.ancestors.includes(p.code)) ? rest : undefined;
}

/** A Youth League committee written with 团 before its level (团县委, 团市委, 团委, 团工委). */
const YOUTH_LEAGUE_COMMITTEE = /团[省市区县州旗镇工]?委$/;

/**
 * The formal name of a body often named informally: a party committee carries 中共 (汕头市委 →
 * 中共汕头市委), a government is a 人民政府 (珠海市政府 → 珠海市人民政府).
 */
function formalName(node: OrgNode): string {
  // 共青团大安区委, 鄱阳团县委, 某公司团委 are the Youth League's committees, not the party's: no 中共 before them.
  if (
    node.kind === 'party' &&
    PARTY_COMMITTEE_OR_DEPARTMENT.test(node.name) &&
    !/^(?:中共|中国共产党|共青团)/.test(node.name) &&
    !YOUTH_LEAGUE_COMMITTEE.test(node.name)
  )
    return `中共${node.name}`;
  if (node.kind === 'government' && /[省市区县镇]政府$/.test(node.name)) return node.name.replace(/政府$/, '人民政府');
  return node.name;
}

/** The code of a place (or undefined), for output. */
export function placeCodeOf(node: OrgNode): string | undefined {
  return node.place ? (placeByCode(node.place.code)?.code ?? node.place.code) : undefined;
}
