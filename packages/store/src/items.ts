import { addAdjacency } from './adjacency.ts';
import { articleEntity } from './entities/article.ts';
import { edgeAttributes, type StoredEdge } from './entities/edge.ts';
import { eventEntity } from './entities/event.ts';
import { isDocumentScoped, itemKey } from './entities/keys.ts';
import { metricEntity } from './entities/metric.ts';
import type { NodeEntity } from './entities/node.ts';
import { organizationEntity } from './entities/organization.ts';
import { personEntity } from './entities/person.ts';
import { placeEntity } from './entities/place.ts';
import type {
  ExtractedArticle,
  ExtractedEvent,
  ExtractedMetric,
  ExtractedOrganization,
  ExtractedPerson,
  ExtractedPlace,
  ExtractResult,
  Mention,
} from './extraction.ts';
import { stableId } from './extraction.ts';
import type { NodeRef, NodeType } from './types.ts';

/**
 * One item a document contributes: its key, the attributes it sets, and the string sets it
 * adds its own entries to (aliases, roles, adjacency; see sets.ts), so concurrent writers agree.
 */
export interface GraphItem {
  pk: string;
  sk: string;
  set: Record<string, unknown>;
  add?: Record<string, string[]>;
  /** Owned by this document alone (see `isDocumentScoped`): written and deleted whole, in batches. */
  scoped?: boolean;
  /** The edge an edge item stores (not written: the adjacency summaries are built from it). */
  edge?: StoredEdge;
}

/** What every item builder of one document needs: its id and its articles' node references. */
interface DocumentScope {
  documentId: string;
  articles: NodeRef<'Article'>[];
}

/** Leaves out absent values and empty strings, which are not stored (and read back as absent). */
function clean<T extends object>(data: T): T {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined && v !== null && v !== '')) as T;
}

function nodeItem<T extends NodeType, A>(
  scope: DocumentScope,
  entity: NodeEntity<T, A>,
  node: A & { id: string },
): GraphItem {
  const { key, set, add } = entity.write(node, scope.documentId);
  return { ...key, set, ...(add ? { add } : {}) };
}

/** What an edge without data or qualifier carries (frozen: every such edge spreads it). */
const NO_DATA = Object.freeze({ qualifier: '', data: Object.freeze({}) });
const placeRef = (code: string): NodeRef<'Place'> => ({ type: 'Place', id: code });
const orgRef = (id: string): NodeRef<'Organization'> => ({ type: 'Organization', id });

/** The item of an edge; its data is written as given, empty values left out. */
function edgeItem(edge: StoredEdge): GraphItem {
  // Each caller passes a fresh edge: cleaning its data in place keeps it one typed value.
  edge.data = clean(edge.data);
  const { key, attributes } = edgeAttributes(edge);
  return { ...key, set: attributes, edge };
}

/**
 * An article's id in the graph: the extractor's (from its content) within this document. An
 * article belongs to one document, so a page uploaded twice under two keys gives two articles,
 * each part of its own document, and everything about an article is written by one document only.
 */
const articleId = (documentId: string, extractedId: string) => stableId('Article', `${documentId}\u0000${extractedId}`);

/** The mention edges of an entity: one per sentence, to the article it is in. */
function mentionItems(scope: DocumentScope, from: StoredEdge<'mentionedIn'>['from'], mentions: Mention[]) {
  return mentions.flatMap((m) => {
    const article = scope.articles[m.article];
    if (!article) return [];
    const { sentence, start, end } = m;
    const data = { sentence, start, end, documentId: scope.documentId };
    const qualifier = String(m.start).padStart(7, '0');
    return [edgeItem({ edge: 'mentionedIn', from, to: article, qualifier, data })];
  });
}

function articleItems(scope: DocumentScope, a: ExtractedArticle, publishedDate: string | undefined): GraphItem[] {
  const ref = { type: 'Article' as const, id: articleId(scope.documentId, a.id) };
  const { index, title, subtitle, byline, dateline, signature, text, start, end } = a;
  const attributes = { documentId: scope.documentId, index, title, subtitle, byline, dateline, signature, text };
  return [nodeItem(scope, articleEntity, { id: ref.id, ...attributes, start, end, publishedDate })];
}

function placeItems(scope: DocumentScope, p: ExtractedPlace): GraphItem[] {
  return [
    nodeItem(scope, placeEntity, { id: p.code, code: p.code, name: p.name, level: p.level, parentCode: p.parentCode }),
  ];
}

function organizationItems(scope: DocumentScope, o: ExtractedOrganization): GraphItem[] {
  const ref = { type: 'Organization' as const, id: o.id };
  const { name, aliases, kind, placeCode } = o;
  return [
    nodeItem(scope, organizationEntity, { id: o.id, name, aliases, kind, placeCode }),
    ...(o.placeCode ? [edgeItem({ edge: 'locatedIn', from: ref, to: placeRef(o.placeCode), ...NO_DATA })] : []),
    ...(o.parentId ? [edgeItem({ edge: 'subunitOf', from: ref, to: orgRef(o.parentId), ...NO_DATA })] : []),
    ...mentionItems(scope, ref, o.mentions),
  ];
}

function personItems(scope: DocumentScope, p: ExtractedPerson): GraphItem[] {
  const ref = { type: 'Person' as const, id: p.id };
  const positions = p.positions.flatMap(({ title, role, organizationId, article }) => {
    const data = { title, role };
    const byline = article === undefined ? undefined : scope.articles[article];
    return [
      ...(organizationId
        ? [
            edgeItem({
              edge: 'holds',
              from: ref,
              to: { type: 'Organization', id: organizationId },
              qualifier: title,
              data,
            }),
          ]
        : []),
      ...(byline ? [edgeItem({ edge: 'reported', from: ref, to: byline, qualifier: title, data })] : []),
    ];
  });
  return [
    nodeItem(scope, personEntity, { id: p.id, name: p.name, roles: p.roles }),
    ...positions,
    ...mentionItems(scope, ref, p.mentions),
  ];
}

function eventItems(scope: DocumentScope, e: ExtractedEvent): GraphItem[] {
  const ref = { type: 'Event' as const, id: e.id };
  const { title, dateSource, location, placeCode } = e;
  const event = { id: e.id, title, date: e.date ?? undefined, dateSource, eventType: e.type, location, placeCode };
  return [
    nodeItem(scope, eventEntity, event),
    ...(e.placeCode ? [edgeItem({ edge: 'heldIn', from: ref, to: placeRef(e.placeCode), ...NO_DATA })] : []),
    ...e.organizerIds.map((org) => edgeItem({ edge: 'organizes', from: orgRef(org), to: ref, ...NO_DATA })),
    ...e.participants.map(({ personId, part }) =>
      edgeItem({
        edge: 'participates',
        from: { type: 'Person', id: personId },
        to: ref,
        qualifier: part,
        data: { part },
      }),
    ),
    ...mentionItems(scope, ref, e.mentions),
  ];
}

function metricItems(scope: DocumentScope, m: ExtractedMetric): GraphItem[] {
  const ref = { type: 'Metric' as const, id: m.id };
  const { value, unit, qualifier, subject, text, isTarget, year, isChange } = m;
  const { organizationId, placeCode } = m.scope;
  const metric = { value, unit, qualifier, subject, text, isTarget, year, isChange, organizationId, placeCode };
  return [
    nodeItem(scope, metricEntity, { id: m.id, ...metric }),
    ...(organizationId ? [edgeItem({ edge: 'describes', from: ref, to: orgRef(organizationId), ...NO_DATA })] : []),
    ...(placeCode ? [edgeItem({ edge: 'describes', from: ref, to: placeRef(placeCode), ...NO_DATA })] : []),
    ...mentionItems(scope, ref, m.mentions),
  ];
}

/**
 * Turns one document's extraction into the items it contributes to the graph. Pure: the same
 * result always gives the same items, which is what makes re-ingest idempotent.
 *
 * @example
 * const items = toGraphItems('d_1', extract(text));
 * // items[0] → { pk: 'Article#a_…', sk: '#node', set: { type: 'Article', title: '…', … } }
 */
export function toGraphItems(documentId: string, result: ExtractResult): GraphItem[] {
  const articles = result.articles.map((a) => ({ type: 'Article' as const, id: articleId(documentId, a.id) }));
  const scope: DocumentScope = { documentId, articles };
  const items = [
    ...result.articles.flatMap((a) => articleItems(scope, a, result.publishedDate)),
    ...result.places.flatMap((p) => placeItems(scope, p)),
    ...result.organizations.flatMap((o) => organizationItems(scope, o)),
    ...result.people.flatMap((p) => personItems(scope, p)),
    ...result.events.flatMap((e) => eventItems(scope, e)),
    ...result.metrics.flatMap((m) => metricItems(scope, m)),
  ];
  const unique = dedupe(items);
  addAdjacency(unique, documentId);
  for (const item of unique) if (isDocumentScoped(item)) item.scoped = true;
  return unique;
}

/** Two mentions of one entity in one sentence give one edge; keep the first. */
function dedupe(items: GraphItem[]): GraphItem[] {
  const seen = new Map<string, GraphItem>();
  for (const item of items) {
    const key = itemKey(item);
    const prior = seen.get(key);
    if (!prior) seen.set(key, item);
    else if (item.add) {
      for (const [attr, values] of Object.entries(item.add)) {
        prior.add = { ...prior.add, [attr]: [...new Set([...(prior.add?.[attr] ?? []), ...values])] };
      }
    }
  }
  return [...seen.values()];
}
