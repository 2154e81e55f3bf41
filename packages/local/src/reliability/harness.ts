/**
 * The reliability suite's yardstick: a table dump normalized so two tables built the same way
 * compare equal, a fresh serial ingest of what a bucket holds, and the checks the issue names —
 * differences, orphans, documents stuck.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createIngestor } from '@reportgraph/ingest';
import { createDocumentClient, ensureTable, GraphStore } from '@reportgraph/store';
import { type DumpedItem, dumpKey, dumpTable } from '@reportgraph/store/testing';
import { SAMPLES_DIR } from '../samples.ts';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../services.ts';

export type Item = DumpedItem;

export { dumpTable };

const keyOf = dumpKey;

/**
 * Keys of items that are in one dump and not the other, or in both but different, each with the
 * attributes that differ (a race that ends wrong is then readable from the failure alone).
 */
export function differences(actual: Item[], expected: Item[]): string[] {
  const want = new Map(expected.map((i) => [keyOf(i), i]));
  const have = new Map(actual.map((i) => [keyOf(i), i]));
  const keys = new Set([...want.keys(), ...have.keys()]);
  const out: string[] = [];
  for (const k of keys) {
    const [w, h] = [want.get(k), have.get(k)];
    if (JSON.stringify(w) === JSON.stringify(h)) continue;
    const key = k.replace('\u0001', ' ');
    out.push(w && h ? `${key} (${differingAttributes(w, h)})` : `${key} (${w ? 'missing' : 'extra'})`);
  }
  return out;
}

/** The attributes two versions of an item disagree on, as `name: expected → actual`. */
function differingAttributes(want: Item, have: Item): string {
  const names = new Set([...Object.keys(want), ...Object.keys(have)]);
  return [...names]
    .filter((n) => JSON.stringify(want[n]) !== JSON.stringify(have[n]))
    .map((n) => `${n}: ${JSON.stringify(want[n])?.slice(0, 60)} → ${JSON.stringify(have[n])?.slice(0, 60)}`)
    .join('; ');
}

/**
 * Items that name a document with no record (its `docs`, a manifest, a lease, a search term),
 * and leases left behind: what a lost race leaves.
 */
export function orphans(dump: Item[]): string[] {
  const documents = new Set(
    dump.filter((i) => String(i.pk).startsWith('Document#') && i.sk === '#node').map((i) => String(i.id)),
  );
  return dump
    .filter((item) => {
      const pk = String(item.pk);
      if (item.sk === 'lease') return true;
      if (pk.startsWith('Document#')) return !documents.has(pk.slice('Document#'.length));
      const docs = (item.docs as string[] | undefined) ?? [];
      return docs.some((d) => !documents.has(d));
    })
    .map(keyOf);
}

/** Documents neither DONE nor FAILED. */
export const stuck = (dump: Item[]) =>
  dump.filter(
    (i) => String(i.pk).startsWith('Document#') && i.sk === '#node' && !['DONE', 'FAILED'].includes(String(i.status)),
  );

let tables = 0;

/** A store over a new table on `endpoint`. */
export async function freshStore(endpoint: string, prefix = 'reference') {
  const doc = createDocumentClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  const tableName = `${prefix}-${process.pid}-${tables++}`;
  const client = new DynamoDBClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  await ensureTable(client, tableName);
  client.destroy();
  return { doc, tableName, store: new GraphStore({ doc, tableName }) };
}

/** Every key of a bucket. */
export async function bucketKeys(s3: S3Client, bucket: string): Promise<string[]> {
  const out = await s3.send(new ListObjectsV2Command({ Bucket: bucket }));
  return (out.Contents ?? []).flatMap((o) => (o.Key ? [o.Key] : [])).sort();
}

/** The table a fresh, one-by-one ingest of what the bucket holds now builds: the truth to compare with. */
export async function serialReference(s3: S3Client, bucket: string, endpoint: string): Promise<Item[]> {
  const fresh = await freshStore(endpoint);
  const ingestor = createIngestor({ s3, store: fresh.store });
  for (const key of await bucketKeys(s3, bucket)) {
    await ingestor.processRecord({ bucket, key, eventName: 'ObjectCreated:Put' });
  }
  return dumpTable(fresh.doc, fresh.tableName);
}

/** What a whole-table check found. */
export interface TableCheck {
  differences: string[];
  orphans: string[];
  stuck: number;
}

/** The whole table against a fresh serial ingest of the bucket. */
export async function checkTable(
  s3: S3Client,
  bucket: string,
  endpoint: string,
  table: { doc: DynamoDBDocumentClient; tableName: string },
): Promise<TableCheck> {
  const [actual, expected] = await Promise.all([
    dumpTable(table.doc, table.tableName),
    serialReference(s3, bucket, endpoint),
  ]);
  return { differences: differences(actual, expected), orphans: orphans(actual), stuck: stuck(actual).length };
}

/**
 * Versions of a report page, short so extraction is quick: every version names the same unions
 * (so versions and keys share items) and has its own lines.
 */
export function pageVersions(count: number): string[] {
  const pages = readdirSync(SAMPLES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(SAMPLES_DIR, f), 'utf8'));
  return Array.from({ length: count }, (_, i) => {
    const page = pages[i % pages.length] ?? '';
    const start = (i * 397) % Math.max(1, page.length - 900);
    return `第${i}期 工会动态\n佛山市总工会、南海区总工会召开联席会议，主席李灿出席。会员${100 + i}人参加。\n${page.slice(start, start + 900)}`;
  });
}

/** Seeded PRNG (mulberry32): a randomized trial is replayed from its seed. */
export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
