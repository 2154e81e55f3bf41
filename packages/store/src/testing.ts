/**
 * Test support for packages that write the table (`@reportgraph/store/testing`): a dump that
 * compares two tables built the same way. Not part of the runtime entry: it Scans the table.
 */
import { type DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { keyAttributes } from './entities/indexes.ts';

/** An item as dumped: attributes by name, sets as sorted arrays. */
export type DumpedItem = Record<string, unknown>;

/** Document-record attributes that differ between two runs by the clock alone. */
const VOLATILE = new Set(['createdAt', 'updatedAt', 'timings', 'gsi3sk', 'sequencer', 'lastModified']);
/** bySearchChange's sort key is the time of a node's last search-entry change: a clock too. */
const CHANGE_CLOCK = keyAttributes('bySearchChange').sortKey;

const normalize = (value: unknown): unknown => {
  if (value instanceof Set) return [...value].map(normalize).sort();
  if (Array.isArray(value)) return value.map(normalize);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as DumpedItem)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, normalize(v)]),
    );
  }
  return value;
};

/** `pk` and `sk` of an item as one string, the dump's order. */
export const dumpKey = (item: DumpedItem) => `${item.pk}\u0001${item.sk}`;

/**
 * Every item of a table, normalized (sets sorted, clock fields dropped unless `raw`) and sorted
 * by key, so two tables built the same way compare equal. A Scan: tests only.
 *
 * @example
 * expect(await dumpTable(doc, 'a')).toEqual(await dumpTable(doc, 'b'));
 */
export async function dumpTable(
  doc: DynamoDBDocumentClient,
  tableName: string,
  options: { raw?: boolean } = {},
): Promise<DumpedItem[]> {
  const items: DumpedItem[] = [];
  let start: DumpedItem | undefined;
  do {
    const out = await doc.send(
      new ScanCommand({ TableName: tableName, ExclusiveStartKey: start, ConsistentRead: true }),
    );
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return items
    .map((item) => {
      const isDocument = String(item.pk).startsWith('Document#') && item.sk === '#node';
      const kept = Object.entries(item).filter(
        ([k]) => options.raw || (k !== CHANGE_CLOCK && !(isDocument && VOLATILE.has(k))),
      );
      return normalize(Object.fromEntries(kept)) as DumpedItem;
    })
    .sort((a, b) => (dumpKey(a) < dumpKey(b) ? -1 : dumpKey(a) > dumpKey(b) ? 1 : 0));
}
