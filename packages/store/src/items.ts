import type { ExtractResult, Mention } from '@reportgraph/extract';
import { stableId } from '@reportgraph/extract';
import { addAdjacency } from './adjacency.ts';
import { byPlacePk, edgeSk, isDocumentScoped, NODE_SK, nodePk, reverseEdgeSk } from './keys.ts';
import { scopedValue } from './sets.ts';
import { termItems } from './terms.ts';
import type { EdgeName, NodeRef, NodeType } from './types.ts';

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
}

const clean = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== ''));

function node(
  type: NodeType,
  id: string,
  sort: string,
  attrs: Record<string, unknown>,
  placeCode?: string,
  add?: Record<string, string[]>,
): GraphItem {
  const set: Record<string, unknown> = { type, id, gsi2pk: type, gsi2sk: sort, ...clean(attrs) };
  if (placeCode) {
    set.gsi3pk = byPlacePk(type);
    set.gsi3sk = `${placeCode}#${sort}`;
  }
  return { pk: nodePk({ type, id }), sk: NODE_SK, set, ...(add ? { add } : {}) };
}

function edge(
  name: EdgeName,
  from: NodeRef,
  to: NodeRef,
  qualifier = '',
  data: Record<string, unknown> = {},
): GraphItem {
  return {
    pk: nodePk(from),
    sk: edgeSk(name, to, qualifier),
    set: {
      type: 'edge',
      edge: name,
      fromType: from.type,
      fromId: from.id,
      toType: to.type,
      toId: to.id,
      qualifier,
      gsi1pk: nodePk(to),
      gsi1sk: reverseEdgeSk(name, from, qualifier),
      ...clean(data),
    },
  };
}

/**
 * An article's id in the graph: the extractor's (from its content) within this document. An
 * article belongs to one document, so a page uploaded twice under two keys gives two articles,
 * each part of its own document, and everything about an article is written by one document only.
 */
const articleId = (documentId: string, extractedId: string) => stableId('Article', `${documentId}\u0000${extractedId}`);

/** A sortable date key: undated events sort first. */
const dateKey = (date: string | null) => date ?? '0000-00-00';

/**
 * Turns one document's extraction into the items it contributes to the graph. Pure: the same
 * result always gives the same items, which is what makes re-ingest idempotent.
 *
 * @example
 * const items = toGraphItems('d_1', extract(text));
 * // items[0] → { pk: 'Article#a_…', sk: '#node', set: { type: 'Article', title: '…', … } }
 */
export function toGraphItems(documentId: string, result: ExtractResult): GraphItem[] {
  const items: GraphItem[] = [];
  const doc: NodeRef = { type: 'Document', id: documentId };
  const articleRefs = result.articles.map((a) => ({ type: 'Article' as const, id: articleId(documentId, a.id) }));
  const mentions = (from: NodeRef, list: Mention[]) => {
    for (const m of list) {
      const article = articleRefs[m.article];
      if (!article) continue;
      items.push(
        edge('mentionedIn', from, article, String(m.start).padStart(7, '0'), {
          sentence: m.sentence,
          start: m.start,
          end: m.end,
          documentId,
        }),
      );
    }
  };

  for (const a of result.articles) {
    const ref = { type: 'Article' as const, id: articleId(documentId, a.id) };
    items.push(
      node('Article', ref.id, `${documentId}#${String(a.index).padStart(4, '0')}`, {
        documentId,
        index: a.index,
        title: a.title,
        subtitle: a.subtitle,
        byline: a.byline,
        dateline: a.dateline,
        signature: a.signature,
        text: a.text,
        start: a.start,
        end: a.end,
        publishedDate: result.publishedDate,
      }),
    );
    items.push(edge('partOf', ref, doc));
  }

  for (const p of result.places) {
    const ref = { type: 'Place' as const, id: p.code };
    items.push(
      node('Place', p.code, p.code, { code: p.code, name: p.name, level: p.level, parentCode: p.parentCode }, p.code),
    );
    items.push(...termItems('Place', p.code, documentId, [{ text: p.name, weight: 1 }]));
    if (p.parentCode) items.push(edge('within', ref, { type: 'Place', id: p.parentCode }));
  }

  for (const o of result.organizations) {
    const ref = { type: 'Organization' as const, id: o.id };
    const add = o.aliases.length ? { aliases: o.aliases.map((a) => scopedValue(a, documentId)) } : undefined;
    items.push(
      node('Organization', o.id, o.name, { name: o.name, kind: o.kind, placeCode: o.placeCode }, o.placeCode, add),
    );
    const labels = [{ text: o.name, weight: 1 }, ...o.aliases.map((text) => ({ text, weight: 0.8 }))];
    items.push(...termItems('Organization', o.id, documentId, labels));
    if (o.placeCode) items.push(edge('locatedIn', ref, { type: 'Place', id: o.placeCode }));
    if (o.parentId) items.push(edge('subunitOf', ref, { type: 'Organization', id: o.parentId }));
    mentions(ref, o.mentions);
  }

  for (const p of result.people) {
    const ref = { type: 'Person' as const, id: p.id };
    items.push(
      node(
        'Person',
        p.id,
        p.name,
        { name: p.name },
        undefined,
        p.roles.length ? { roles: p.roles.map((r) => scopedValue(r, documentId)) } : undefined,
      ),
    );
    items.push(...termItems('Person', p.id, documentId, [{ text: p.name, weight: 1 }]));
    for (const pos of p.positions) {
      if (pos.organizationId) {
        items.push(
          edge('holds', ref, { type: 'Organization', id: pos.organizationId }, pos.title, {
            title: pos.title,
            role: pos.role,
          }),
        );
      }
      const article = pos.article === undefined ? undefined : articleRefs[pos.article];
      if (article) items.push(edge('reported', ref, article, pos.title, { title: pos.title, role: pos.role }));
    }
    mentions(ref, p.mentions);
  }

  for (const e of result.events) {
    const ref = { type: 'Event' as const, id: e.id };
    items.push(
      node(
        'Event',
        e.id,
        `${dateKey(e.date)}#${e.title}`,
        {
          title: e.title,
          date: e.date,
          dateSource: e.dateSource,
          eventType: e.type,
          location: e.location,
          placeCode: e.placeCode,
        },
        e.placeCode,
      ),
    );
    items.push(...termItems('Event', e.id, documentId, [{ text: e.title, weight: 0.9 }]));
    if (e.placeCode) items.push(edge('heldIn', ref, { type: 'Place', id: e.placeCode }));
    for (const org of e.organizerIds) items.push(edge('organizes', { type: 'Organization', id: org }, ref));
    for (const part of e.participants) {
      items.push(edge('participates', { type: 'Person', id: part.personId }, ref, part.part, { part: part.part }));
    }
    mentions(ref, e.mentions);
  }

  for (const m of result.metrics) {
    const ref = { type: 'Metric' as const, id: m.id };
    items.push(
      node(
        'Metric',
        m.id,
        `${m.subject}#${m.unit}`,
        {
          value: m.value,
          unit: m.unit,
          qualifier: m.qualifier,
          subject: m.subject,
          text: m.text,
          isTarget: m.isTarget,
          year: m.year,
          isChange: m.isChange,
          organizationId: m.scope.organizationId,
          placeCode: m.scope.placeCode,
        },
        m.scope.placeCode,
      ),
    );
    items.push(...termItems('Metric', m.id, documentId, [{ text: m.subject, weight: 0.7 }]));
    if (m.scope.organizationId)
      items.push(edge('describes', ref, { type: 'Organization', id: m.scope.organizationId }));
    if (m.scope.placeCode) items.push(edge('describes', ref, { type: 'Place', id: m.scope.placeCode }));
    mentions(ref, m.mentions);
  }

  const unique = dedupe(items);
  addAdjacency(unique, documentId);
  for (const item of unique) if (isDocumentScoped(item)) item.scoped = true;
  return unique;
}

/** Two mentions of one entity in one sentence give one edge; keep the first. */
function dedupe(items: GraphItem[]): GraphItem[] {
  const seen = new Map<string, GraphItem>();
  for (const item of items) {
    const key = `${item.pk}\u0001${item.sk}`;
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
