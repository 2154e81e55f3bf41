import type { NodeRef, NodeType } from '../types.ts';
import type { KeyPair } from './indexes.ts';

/**
 * Every key string of the table is composed here, and nowhere else. The layout over the generic
 * key attributes (see indexes.ts for which access pattern each physical index serves):
 *
 * | item          | pk (byNode)                | sk                               | byTarget (gsi1)                          | byType (gsi2)      | byPlace / byStatus (gsi3)            | bySearchChange (gsi6)                      |
 * |---------------|----------------------------|----------------------------------|------------------------------------------|--------------------|--------------------------------------|--------------------------------------------|
 * | node          | `<Type>#<id>`              | `#node`                          | –                                        | `<Type>`, sort key | `<Type>@place`, `<code>#<sort>`      | `search@changes#<n>`, `<time>#<Type>#<id>` |
 * | edge          | `<From>#<id>`              | `<edge>#<To>#<toId>#<qualifier>` | `<To>#<toId>`, `<edge>#<From>#<id>#<q>`  | –                  | –                                    | –                                          |
 * | document      | `Document#<id>`            | `#node`                          | –                                        | `Document`, key    | `Document@status#<S>`, `<time>#<id>` | –                                          |
 * | manifest      | `Document#<id>`            | `manifest#<nnnn>`                | –                                        | –                  | –                                    | –                                          |
 * | search record | `Document#<id>`            | `search#counted`                 | –                                        | –                  | –                                    | –                                          |
 * | lease         | `Document#<id>`            | `lease`                          | –                                        | –                  | –                                    | –                                          |
 *
 * A searchable node (place, organization, person, event, metric) carries its search entry: its
 * label (`searchName`), how many documents name it (`mentions`) and its place in bySearchChange;
 * its other names are its `aliases`.
 * A node also sits in byCategory (gsi4: `<Type>@<attribute>#<value>`, the byType sort key) when it
 * has a category value, and in byRank (gsi5: `<Type>@<order>`, the order's sort key).
 *
 * (Term items, `term#<bigram>` / `<Type>#<id>#<documentId>`, were the search index before the
 * search entries; documents written then still list them in their manifests, which removes them.)
 *
 * Key strings are stored: changing one here changes what existing items are found by.
 */
const SEP = '#';

/** The sort key of a node item (its edges sort after it under the same pk). */
export const NODE_SK = '#node';
/** Partition key prefix of the legacy search-term items (still removed through old manifests). */
export const TERM_PREFIX = 'term#';
/** Sort key prefix of a document's manifest chunks. */
export const MANIFEST_SK_PREFIX = 'manifest#';

/**
 * Joins the parts of a composite key (ElectroDB's `composite` attributes) in order.
 *
 * @example
 * composite(['2025-10-29', '推进会']) // → '2025-10-29#推进会'
 */
export const composite = (parts: readonly string[]) => parts.join(SEP);

/**
 * The partition key of a node, its out-edges and (for documents) its manifest.
 *
 * @example
 * nodePk({ type: 'Organization', id: 'o_1' }) // → 'Organization#o_1'
 */
export const nodePk = (ref: NodeRef) => composite([ref.type, ref.id]);

/**
 * The primary key of a node item.
 *
 * @example
 * nodeKey({ type: 'Place', id: '440600' }) // → { pk: 'Place#440600', sk: '#node' }
 */
export const nodeKey = (ref: NodeRef): KeyPair => ({ pk: nodePk(ref), sk: NODE_SK });

/**
 * The sort key of an edge seen from one end, naming the node at the other end: the sk of the
 * out-edge (other = target) and the gsi1sk of its reverse (other = source) have the same form.
 *
 * @example
 * edgeSortKey('holds', { type: 'Organization', id: 'o_1' }, '主席') // → 'holds#Organization#o_1#主席'
 */
export const edgeSortKey = (edge: string, other: NodeRef, qualifier: string) =>
  composite([edge, other.type, other.id, qualifier]);

/**
 * Splits an edge sort key (the qualifier may itself contain `#`).
 *
 * @example
 * parseEdgeSortKey('holds#Organization#o_1#主席') // → { edge: 'holds', other: { type: 'Organization', id: 'o_1' }, qualifier: '主席' }
 */
export function parseEdgeSortKey(sortKey: string): { edge: string; other: NodeRef; qualifier: string } {
  const [edge = '', type, id, ...rest] = sortKey.split(SEP);
  return { edge, other: { type: type as NodeType, id: id ?? '' }, qualifier: rest.join(SEP) };
}

/**
 * The sort key prefix selecting edges of a name (and optionally of one type at the other end).
 *
 * @example
 * edgePrefix('describes', 'Metric') // → 'describes#Metric#'
 */
export const edgePrefix = (edge: string, otherType?: NodeType) =>
  otherType ? `${composite([edge, otherType])}${SEP}` : `${edge}${SEP}`;

/**
 * byType: the nodes of a type, in the order of the sort-key parts.
 *
 * @example
 * byTypeKey('Metric', ['技能人才', '人']) // → { pk: 'Metric', sk: '技能人才#人' }
 */
export const byTypeKey = (type: NodeType, sort: readonly string[]): KeyPair => ({
  pk: byTypePk(type),
  sk: composite(sort),
});

/** The byType partition of a node type: the type's name. */
export const byTypePk = (type: NodeType) => type;

/**
 * byPlace: the nodes of a type with a place, under the place code (then the byType order).
 *
 * @example
 * byPlaceKey('Organization', '440605', ['南海区总工会']) // → { pk: 'Organization@place', sk: '440605#南海区总工会' }
 */
export const byPlaceKey = (type: NodeType, placeCode: string, sort: readonly string[]): KeyPair => ({
  pk: byPlacePk(type),
  sk: composite([placeCode, ...sort]),
});

/** The byPlace partition of a node type. */
export const byPlacePk = (type: NodeType) => `${type}@place`;

/**
 * byStatus: documents with a status, by the time of their last change.
 *
 * @example
 * byStatusKey('DONE', '2025-10-31T08:00:00Z', 'd_1') // → { pk: 'Document@status#DONE', sk: '2025-10-31T08:00:00Z#d_1' }
 */
export const byStatusKey = (status: string, updatedAt: string, id: string): KeyPair => ({
  pk: byStatusPk(status),
  sk: composite([updatedAt, id]),
});

/**
 * byCategory: the nodes of a type with one value of a category attribute, in the byType order.
 *
 * @example
 * byCategoryKey('Organization', 'kind', 'union', ['佛山市总工会']) // → { pk: 'Organization@kind#union', sk: '佛山市总工会' }
 */
export const byCategoryKey = (type: NodeType, attribute: string, value: string, sort: readonly string[]): KeyPair => ({
  pk: byCategoryPk(type, attribute, value),
  sk: composite(sort),
});

/** The byCategory partition of one value of a node type's category attribute. */
export const byCategoryPk = (type: NodeType, attribute: string, value: string) =>
  composite([`${type}@${attribute}`, value]);

/**
 * byRank: the nodes of a type in one more order (`pinyin`, `value#<unit>`).
 *
 * @example
 * byRankKey('Person', 'pinyin', pinyinSort('李灿')) // → { pk: 'Person@pinyin', sk: 'hc0eehb2d3\u0001#李灿' }
 */
export const byRankKey = (type: NodeType, order: string, sort: readonly string[]): KeyPair => ({
  pk: byRankPk(type, order),
  sk: composite(sort),
});

/** The byRank partition of one order of a node type. */
export const byRankPk = (type: NodeType, order: string) => `${type}@${order}`;

/** Each GB2312 hanzi and its code: level 1 (the 3,755 common characters) is in pinyin order. */
let gb2312: Map<string, number> | undefined;

/** GB2312's hanzi rows (lead bytes) and cells (trail bytes). */
const GB2312_LEADS = { from: 0xb0, to: 0xf7 };
const GB2312_TRAILS = { from: 0xa1, to: 0xfe };

/**
 * Builds the GB2312 table once, with the platform's GBK decoder: every hanzi code in one buffer,
 * each followed by a newline so a code that does not decode cannot shift the next, decoded in
 * one call (a call per code cost a cold ingest about 10 ms more).
 */
function gb2312Codes(): Map<string, number> {
  if (gb2312) return gb2312;
  const cells = GB2312_TRAILS.to - GB2312_TRAILS.from + 1;
  const bytes = new Uint8Array((GB2312_LEADS.to - GB2312_LEADS.from + 1) * cells * 3);
  let at = 0;
  for (let hi = GB2312_LEADS.from; hi <= GB2312_LEADS.to; hi++) {
    for (let lo = GB2312_TRAILS.from; lo <= GB2312_TRAILS.to; lo++) {
      bytes[at++] = hi;
      bytes[at++] = lo;
      bytes[at++] = 0x0a;
    }
  }
  const chars = new TextDecoder('gbk').decode(bytes).split('\n');
  const table = new Map<string, number>();
  chars.forEach((char, i) => {
    const code = ((GB2312_LEADS.from + Math.floor(i / cells)) << 8) | (GB2312_TRAILS.from + (i % cells));
    if (char.length === 1 && char !== '\ufffd' && !table.has(char)) table.set(char, code);
  });
  gb2312 = table;
  return table;
}

/** Pinyin keys are cut here (about 90 characters) so that key and name stay under DynamoDB's 1 KB sort key. */
const PINYIN_KEY_LENGTH = 450;

/**
 * A name's pinyin sort key: each character as a fixed-width token, GB2312 hanzi by their code
 * (level 1, the 3,755 common characters, is ordered by pinyin; level 2 by radical), letters and
 * digits lower-cased before them, anything else after. So names sort as a Chinese reader expects
 * (北京 before 佛山 before 广州), not by code point, with no pinyin dictionary in the bundle
 * (pinyin-pro would add 460 kB to the API Lambda, which never computes this key).
 *
 * @example
 * ['广州', '北京', '佛山'].sort((a, b) => (pinyinKey(a) < pinyinKey(b) ? -1 : 1)) // → ['北京', '佛山', '广州']
 */
export function pinyinKey(name: string): string {
  const codes = gb2312Codes();
  return [...name]
    .map((char) => {
      const code = codes.get(char);
      if (code) return `h${code.toString(16)}`;
      if (/^[\da-z]$/i.test(char)) return `0${char.toLowerCase()}`;
      return `x${(char.codePointAt(0) ?? 0).toString(16).padStart(6, '0')}`;
    })
    .join('')
    .slice(0, PINYIN_KEY_LENGTH);
}

/**
 * The byRank sort parts of a name in pinyin order: its pinyin key ended below a space, so a name
 * whose pinyin is a prefix of another's sorts first (中国 before 中国工会), then the name.
 *
 * @example
 * pinyinSort('李灿') // → ['hc0eehb2d3\u0001', '李灿']
 */
export const pinyinSort = (name: string): string[] => [`${pinyinKey(name)}\u0001`, name];

/**
 * A number as a string that sorts in numeric order (negatives first), for byRank by value.
 *
 * @example
 * [numberKey(-5), numberKey(3), numberKey(12.5)].sort() // → same order
 */
export function numberKey(value: number): string {
  const shifted = value < 0 ? 1e15 + value : value;
  return `${value < 0 ? 'n' : 'p'}${shifted.toFixed(4).padStart(21, '0')}`;
}

/** The byStatus partition of a status. */
export const byStatusPk = (status: string) => composite(['Document@status', status]);

/**
 * The code prefix that selects a division and everything beneath it in byPlace:
 * 440000 → 44, 440600 → 4406, 440605 → 440605, 440605001 → 440605001.
 *
 * @example
 * placePrefix('440600') // → '4406'
 */
export function placePrefix(code: string): string {
  if (code.length > 6) return code;
  let prefix = code;
  while (prefix.length > 2 && prefix.endsWith('00')) prefix = prefix.slice(0, -2);
  return prefix;
}

/**
 * The primary key of a document's search record, beside its manifest: which entries that
 * document counts in.
 *
 * @example
 * searchRecordKey('d_1') // → { pk: 'Document#d_1', sk: 'search#counted' }
 */
export const searchRecordKey = (documentId: string): KeyPair => ({
  pk: nodePk({ type: 'Document', id: documentId }),
  sk: 'search#counted',
});

/** The bySearchChange partition of one shard. */
export const searchChangesPk = (shard: number) => `search@changes#${shard}`;

/**
 * bySearchChange: a searchable node under its shard, by the time of its last change.
 *
 * @example
 * searchChangesKey(2, '2025-10-31T08:00:00.000Z', { type: 'Place', id: '440600' })
 * // → { pk: 'search@changes#2', sk: '2025-10-31T08:00:00.000Z#Place#440600' }
 */
export const searchChangesKey = (shard: number, stamp: string, ref: NodeRef): KeyPair => ({
  pk: searchChangesPk(shard),
  sk: composite([stamp, ref.type, ref.id]),
});

/**
 * The primary key of one chunk of a document's manifest.
 *
 * @example
 * manifestKey('d_1', 1) // → { pk: 'Document#d_1', sk: 'manifest#0001' }
 */
export const manifestKey = (documentId: string, chunk: number): KeyPair => ({
  pk: nodePk({ type: 'Document', id: documentId }),
  sk: `${MANIFEST_SK_PREFIX}${String(chunk).padStart(4, '0')}`,
});

/** Sort key of a document's lease (see lease.ts): one worker at a time writes the document. */
export const LEASE_SK = 'lease';

/**
 * The primary key of a document's lease item.
 *
 * @example
 * leaseKey('d_1') // → { pk: 'Document#d_1', sk: 'lease' }
 */
export const leaseKey = (documentId: string): KeyPair => ({
  pk: nodePk({ type: 'Document', id: documentId }),
  sk: LEASE_SK,
});

/**
 * Whether only one document ever writes this item: its search terms, its articles (an article's
 * id includes its document's) and the edges to and from them. Such items are put and deleted
 * whole, 25 a request, with nothing to merge; every other item is shared and merged atomically.
 *
 * @example
 * isDocumentScoped({ pk: 'Organization#o_1', sk: 'mentionedIn#Article#a_2#0000012' }) // → true
 * isDocumentScoped({ pk: 'Organization#o_1', sk: 'locatedIn#Place#440600#' }) // → false
 */
export function isDocumentScoped(key: KeyPair): boolean {
  const article = `Article${SEP}`;
  return (
    key.pk.startsWith(TERM_PREFIX) ||
    key.pk.startsWith(article) ||
    key.sk.slice(key.sk.indexOf(SEP) + 1).startsWith(article)
  );
}

/**
 * A compact string for an item's primary key, used in manifests (and to de-duplicate items).
 *
 * @example
 * parseItemKey(itemKey({ pk: 'Place#440600', sk: '#node' })) // → { pk: 'Place#440600', sk: '#node' }
 */
export const itemKey = (key: KeyPair) => `${key.pk}\u0001${key.sk}`;

/** The primary key a manifest entry names. */
export function parseItemKey(entry: string): KeyPair {
  const at = entry.indexOf('\u0001');
  return { pk: entry.slice(0, at), sk: entry.slice(at + 1) };
}
