import type { NodeRef } from '../types.ts';
import type { KeyPair } from './indexes.ts';
import { termKey } from './keys.ts';

/** A label of a node and how much a match on it counts (the canonical name most). */
export interface Label {
  text: string;
  weight: number;
}

/**
 * A search-term item's stored attributes: for one bigram, the labels of one node that contain
 * it, as one document states them. Found byTerm (pk `term#<bigram>`).
 */
export interface TermAttributes {
  type: 'term';
  nodeType: NodeRef['type'];
  nodeId: string;
  labels: Label[];
}

/**
 * The key and attributes of one term item.
 *
 * @example
 * termItem('工会', { type: 'Organization', id: 'o_1' }, 'd_1', [{ text: '佛山市总工会', weight: 1 }])
 * // → { key: { pk: 'term#工会', sk: 'Organization#o_1#d_1' }, attributes: { type: 'term', nodeType: 'Organization', … } }
 */
export function termItem(
  term: string,
  node: NodeRef,
  documentId: string,
  labels: readonly Label[],
): { key: KeyPair; attributes: TermAttributes } {
  return {
    key: termKey(term, node, documentId),
    attributes: {
      type: 'term',
      nodeType: node.type,
      nodeId: node.id,
      labels: labels.map((l) => ({ text: l.text, weight: l.weight })),
    },
  };
}

/**
 * Reads the node and labels of a stored term item.
 *
 * @example
 * readTerm(item) // → { node: { type: 'Organization', id: 'o_1' }, labels: [{ text: '佛山市总工会', weight: 1 }] }
 */
export function readTerm(item: Readonly<Record<string, unknown>>): { node: NodeRef; labels: Label[] } {
  const labels = Array.isArray(item.labels) ? (item.labels as Partial<Label>[]) : [];
  return {
    node: { type: item.nodeType as NodeRef['type'], id: String(item.nodeId) },
    labels: labels.map((l) => ({ text: String(l.text ?? ''), weight: Number(l.weight ?? 1) })),
  };
}
