import { type Label, termItem } from './entities/term.ts';
import { foldText } from './extraction.ts';
import type { GraphItem } from './items.ts';
import type { NodeRef } from './types.ts';

/**
 * The search index: for each node a document names, one term item per character bigram of its
 * labels (a name, aliases, an event title…), `pk = term#<bigram>`, `sk = <Type>#<id>#<documentId>`,
 * holding the labels that contain the bigram. Term items are scoped to the document that wrote
 * them, so they are plain puts and deletes (batched 25 a request) with no merging: a node found
 * through any document is found.
 */
export type { Label } from './entities/term.ts';

/** Folds text for matching: NFKC, lower case, traditional → simplified, no spaces. */
export const normalizeTerm = (text: string) => foldText(text.normalize('NFKC')).toLowerCase().replace(/\s+/g, '');

/** The distinct character bigrams of a normalized label. */
export function bigrams(label: string): string[] {
  const chars = [...label];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(`${chars[i]}${chars[i + 1]}`);
  return [...out];
}

/**
 * The term items of one node's labels: one per distinct bigram, with every label that has it (an
 * alias such as 市总工会 shares all its bigrams with the name 佛山市总工会, so it adds no items).
 */
export function termItems(node: NodeRef, documentId: string, labels: Label[]): GraphItem[] {
  const byTerm = new Map<string, Label[]>();
  for (const label of labels) {
    for (const term of bigrams(normalizeTerm(label.text))) {
      const list = byTerm.get(term) ?? [];
      if (!list.some((l) => l.text === label.text)) list.push(label);
      byTerm.set(term, list);
    }
  }
  return [...byTerm].map(([term, list]) => {
    const { key, attributes } = termItem(term, node, documentId, list);
    return { ...key, set: { ...attributes }, scoped: true };
  });
}

/** A search hit: the node, the label that matched, and its score (higher is better). */
export interface SearchHit {
  type: NodeRef['type'];
  id: string;
  label: string;
  score: number;
}

/**
 * Scores a label against a normalized query, in (0, 1]: an exact match is 1, a prefix match
 * 0.5–0.95 and a substring match up to 0.45, by how much of the label the query covers; times
 * the label's weight (aliases and subjects count less than names). 0 when it does not match.
 *
 * @example
 * scoreLabel('佛山市总工会', '市总工会', 1) // → 0.3 (a substring covering 4 of 6 characters)
 */
export function scoreLabel(label: string, query: string, weight: number): number {
  const text = normalizeTerm(label);
  const at = text.indexOf(query);
  if (at < 0) return 0;
  const coverage = query.length / text.length;
  const base = text === query ? 1 : at === 0 ? 0.5 + 0.45 * coverage : 0.45 * coverage;
  return Math.round(base * weight * 1000) / 1000;
}

/** The bigrams worth querying for a query: its first, middle and last (distinct). */
export function queryTerms(query: string): string[] {
  const all = bigrams(query);
  if (all.length <= 3) return all;
  return [...new Set([all[0], all[Math.floor(all.length / 2)], all[all.length - 1]] as string[])];
}
