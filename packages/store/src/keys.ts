import type { EdgeName, NodeRef, NodeType } from './types.ts';

/**
 * Key layout over the generic pk/sk/gsiN attributes (see table.ts):
 *
 * | item       | pk               | sk                                 | gsi1 (byTarget)                     | gsi2 (byType)       | gsi3 (byPlace/byStatus)       |
 * |------------|------------------|------------------------------------|-------------------------------------|---------------------|-------------------------------|
 * | node       | `<Type>#<id>`    | `#node`                            | –                                   | `<Type>`, sort key  | `<Type>@place`, `<code>#sort` |
 * | edge       | `<From>#<id>`    | `<edge>#<To>#<toId>#<qualifier>`   | `<To>#<toId>`, `<edge>#<From>#<id>#<q>` | –               | –                             |
 * | document   | `Document#<id>`  | `#node`                            | –                                   | `Document`, key     | `Document@status#<S>`, time   |
 * | manifest   | `Document#<id>`  | `manifest#<nnnn>`                  | –                                   | –                   | –                             |
 */
export const NODE_SK = '#node';
/** Partition key prefix of search-term items (see terms.ts). */
export const TERM_PREFIX = 'term#';
export const MANIFEST_SK_PREFIX = 'manifest#';
const SEP = '#';

export const nodePk = (ref: NodeRef) => `${ref.type}${SEP}${ref.id}`;

export function parseNodePk(pk: string): NodeRef {
  const at = pk.indexOf(SEP);
  return { type: pk.slice(0, at) as NodeType, id: pk.slice(at + 1) };
}

export const edgeSk = (edge: EdgeName, to: NodeRef, qualifier: string) =>
  `${edge}${SEP}${to.type}${SEP}${to.id}${SEP}${qualifier}`;

export const reverseEdgeSk = (edge: EdgeName, from: NodeRef, qualifier: string) =>
  `${edge}${SEP}${from.type}${SEP}${from.id}${SEP}${qualifier}`;

/** The sk prefix selecting out-edges of a name (and optionally a target type). */
export const edgePrefix = (edge: EdgeName, otherType?: NodeType) =>
  otherType ? `${edge}${SEP}${otherType}${SEP}` : `${edge}${SEP}`;

export const byPlacePk = (type: NodeType) => `${type}@place`;
export const byStatusPk = (status: string) => `Document@status${SEP}${status}`;

/**
 * The code prefix that selects a division and everything beneath it:
 * 440000 → 44, 440600 → 4406, 440605 → 440605, 440605001 → 440605001.
 */
export function placePrefix(code: string): string {
  if (code.length > 6) return code;
  let prefix = code;
  while (prefix.length > 2 && prefix.endsWith('00')) prefix = prefix.slice(0, -2);
  return prefix;
}

export const manifestSk = (chunk: number) => `${MANIFEST_SK_PREFIX}${String(chunk).padStart(4, '0')}`;

/**
 * Whether only one document ever writes this item: its search terms, its articles (an article's
 * id includes its document's) and the edges to and from them. Such items are put and deleted
 * whole, 25 a request, with nothing to merge; every other item is shared and merged atomically.
 *
 * @example
 * isDocumentScoped({ pk: 'Organization#o_1', sk: 'mentionedIn#Article#a_2#0000012' }) // → true
 * isDocumentScoped({ pk: 'Organization#o_1', sk: 'locatedIn#Place#440600#' }) // → false
 */
export function isDocumentScoped(key: { pk: string; sk: string }): boolean {
  return (
    key.pk.startsWith(TERM_PREFIX) ||
    key.pk.startsWith(`Article${SEP}`) ||
    key.sk.slice(key.sk.indexOf(SEP) + 1).startsWith(`Article${SEP}`)
  );
}

/** A compact string for an item's primary key, used in manifests. */
export const itemKey = (pk: string, sk: string) => `${pk}\u0001${sk}`;
export function parseItemKey(key: string): { pk: string; sk: string } {
  const at = key.indexOf('\u0001');
  return { pk: key.slice(0, at), sk: key.slice(at + 1) };
}
