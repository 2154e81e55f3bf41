import { ADJ_IN, ADJ_OUT } from './adjacency.ts';

const SEP = '\u0001';

/**
 * The string sets on shared nodes whose entries name the document that added them: a node's
 * aliases and a person's roles (`<value>\u0001<documentId>`), and its adjacency summaries
 * (`<edge>\u0001<documentId>\u0001<data>`). Each document ADDs and DELETEs only its own entries
 * (atomic set updates), so a rewritten or deleted document takes back exactly what it said, even
 * while other documents keep the node. A hub node whose sets reach the cap (see
 * `StoreContext.summaryCap`) takes further aliases and roles as plain values, kept for good.
 */
export const SCOPED_SETS = ['aliases', 'roles', ADJ_OUT, ADJ_IN] as const;

/** Set attributes readers see as plain values (the document part dropped). */
export const VALUE_SETS: ReadonlySet<string> = new Set(['aliases', 'roles']);

/** An alias or role as stored: the value and the document that states it. */
export const scopedValue = (value: string, documentId: string) => `${value}${SEP}${documentId}`;

/**
 * The distinct values of a stored value set, sorted.
 *
 * @example
 * plainValues(['市总工会\u0001d_1', '市总工会\u0001d_2']) // → ['市总工会']
 */
export function plainValues(entries: Iterable<string>): string[] {
  return [...new Set([...entries].map((e) => e.split(SEP)[0] as string))].sort();
}

/** The entries of each scoped set of an item that one document contributed. */
export function ownEntries(item: Record<string, unknown>, documentId: string): Record<string, string[]> {
  const own: Record<string, string[]> = {};
  for (const attr of SCOPED_SETS) {
    const entries = [...((item[attr] as Iterable<string> | undefined) ?? [])].filter(
      (e) => e.split(SEP)[1] === documentId,
    );
    if (entries.length) own[attr] = entries;
  }
  return own;
}
