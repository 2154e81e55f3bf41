import { entryDocument } from './entities/attributes.ts';
import { ADJ_IN, ADJ_OUT } from './entities/node.ts';

/**
 * The string sets on shared nodes whose entries name the document that added them: a node's
 * aliases and a person's roles (`<value>\u0001<documentId>`), and its adjacency summaries
 * (`<edge>\u0001<documentId>\u0001<data>`). Each document ADDs and DELETEs only its own entries
 * (atomic set updates), so a rewritten or deleted document takes back exactly what it said, even
 * while other documents keep the node. A hub node whose sets reach the cap (see
 * `StoreContext.summaryCap`) takes further aliases and roles as plain values, kept for good.
 */
export const SCOPED_SETS = ['aliases', 'roles', ADJ_OUT, ADJ_IN] as const;

export { plainValues, scopedValue } from './entities/attributes.ts';

/**
 * The entries of each scoped set of an item that one document contributed.
 *
 * @example
 * ownEntries({ aliases: new Set(['市总工会\u0001d_1', '总工会\u0001d_2']) }, 'd_1') // → { aliases: ['市总工会\u0001d_1'] }
 */
export function ownEntries(item: Readonly<Record<string, unknown>>, documentId: string): Record<string, string[]> {
  const own: Record<string, string[]> = {};
  for (const attr of SCOPED_SETS) {
    const entries = [...((item[attr] as Iterable<string> | undefined) ?? [])].filter(
      (e) => entryDocument(e) === documentId,
    );
    if (entries.length) own[attr] = entries;
  }
  return own;
}
