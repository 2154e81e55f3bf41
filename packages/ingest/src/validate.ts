import type { ExtractResult } from '@reportgraph/contract';
import { tableDefinition, toGraphItems } from '@reportgraph/store';

/** DynamoDB limits an item must respect, or the write fails the same way on every retry. */
const MAX_ITEM_BYTES = 400 * 1024;
const MAX_PARTITION_KEY_BYTES = 2048;
const MAX_SORT_KEY_BYTES = 1024;
/** The table's and every index's key attributes, from the store's one table definition. */
const KEYED = [tableDefinition, ...Object.values(tableDefinition.globalIndexes)];
const PARTITION_KEYS: readonly string[] = KEYED.map((index) => index.partitionKey);
const SORT_KEYS: readonly string[] = KEYED.map((index) => index.sortKey);

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** A generous estimate of an item's stored size: names plus values, strings as UTF-8. */
function sizeOf(value: unknown): number {
  if (typeof value === 'string') return bytes(value);
  if (typeof value === 'number' || typeof value === 'boolean') return 21;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + 3 + sizeOf(v), 3);
  if (value && typeof value === 'object') {
    return Object.entries(value).reduce((n, [k, v]) => n + bytes(k) + 3 + sizeOf(v), 3);
  }
  return 1;
}

function badNumber(value: unknown, path: string): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : path;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const bad = badNumber(v, `${path}[${i}]`);
      if (bad) return bad;
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const bad = badNumber(v, `${path}.${k}`);
      if (bad) return bad;
    }
  }
  return undefined;
}

/**
 * Checks that a document's extraction can be stored: every number finite, every key within
 * DynamoDB's key limits, every item under 400 KB. Returns the first problem as a message for
 * the editor, or undefined. Such a result would fail identically on every retry, so the ingest
 * records the document as FAILED instead of letting the message cycle to the dead-letter queue.
 *
 * @example
 * storableProblem('d_1', extract(text)) // undefined, or 'The page has a Article too large to store (512 KB; the limit is 400 KB). Split the file.'
 */
export function storableProblem(documentId: string, result: ExtractResult): string | undefined {
  for (const item of toGraphItems(documentId, result)) {
    const attrs: Record<string, unknown> = { pk: item.pk, sk: item.sk, ...item.set, ...(item.add ?? {}) };
    const what = String(item.set.type === 'edge' ? `${String(item.set.edge)} link` : item.set.type);
    const bad = badNumber(attrs, what);
    if (bad) return `The page produced a number that cannot be stored (${bad} is not finite).`;
    for (const key of PARTITION_KEYS) {
      const v = attrs[key];
      if (typeof v === 'string' && bytes(v) > MAX_PARTITION_KEY_BYTES) {
        return `The page produced a name too long to store (${what}, ${bytes(v)} bytes).`;
      }
    }
    for (const key of SORT_KEYS) {
      const v = attrs[key];
      if (typeof v === 'string' && bytes(v) > MAX_SORT_KEY_BYTES) {
        return `The page produced a name too long to store (${what}, ${bytes(v)} bytes; the limit is ${MAX_SORT_KEY_BYTES}).`;
      }
    }
    const size = sizeOf(attrs) + 200; // room for `docs` and set overhead
    if (size > MAX_ITEM_BYTES) {
      return `The page has a ${what} too large to store (${Math.round(size / 1024)} KB; the limit is 400 KB). Split the file.`;
    }
  }
  return undefined;
}
