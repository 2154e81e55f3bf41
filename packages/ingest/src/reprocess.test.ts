import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import { extract } from '@reportgraph/extract';
import { documentIdFor } from '@reportgraph/store';
import { describe, expect, it } from 'vitest';
import { reprocessAll } from './reprocess.ts';
import {
  corpusPages,
  createBucket,
  createTestStore,
  dumpTable,
  putObject,
  testIngestor,
  testS3Client,
  useServices,
} from './test-support.ts';

useServices();

describe('reprocessAll', () => {
  it('converges a table built by an old extractor to what a fresh ingest with the new one builds', async () => {
    const s3 = testS3Client();
    const bucket = await createBucket(s3);
    const pages = corpusPages();
    const keys = ['a.txt', 'b.txt', 'c.txt', 'gone.txt', 'bad.txt'];
    for (const [i, key] of keys.entries()) await putObject(s3, bucket, key, (pages[i] as { text: string }).text);
    const { doc, tableName, store } = await createTestStore();

    // The old extractor: drops people and sees an organization that does not exist.
    const old = testIngestor({
      s3,
      store,
      extractorVersion: 'old',
      extract: (t, o) => {
        const r = extract(t, o);
        const ghost = {
          ...(r.organizations[0] ?? extract('佛山市总工会').organizations[0]),
        } as (typeof r.organizations)[number];
        return {
          ...r,
          extractorVersion: 'old',
          people: [],
          organizations: [...r.organizations, { ...ghost, id: 'o_ghost', name: '幽灵总工会', mentions: [] }],
        };
      },
    });
    for (const key of keys) await old.processRecord({ bucket, key, eventName: 'ObjectCreated:Put' });
    // Since then: one object deleted (its event lost), one replaced by an image, one new object never announced.
    await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: 'gone.txt' }));
    await putObject(s3, bucket, 'bad.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
    await putObject(s3, bucket, 'new.txt', (pages[1] as { text: string }).text);

    const summary = await reprocessAll({ ingestor: testIngestor({ s3, store }), store, s3, bucket });
    expect(summary).toEqual({ total: 6, byStatus: { DONE: 4, FAILED: 1, REMOVED: 1 }, errors: [] });

    const fresh = await createTestStore();
    const ingestor = testIngestor({ s3, store: fresh.store });
    for (const key of ['a.txt', 'b.txt', 'bad.txt', 'c.txt', 'new.txt']) {
      await ingestor.processRecord({ bucket, key, eventName: 'ObjectCreated:Put' });
    }
    expect(await dumpTable(doc, tableName)).toEqual(await dumpTable(fresh.doc, fresh.tableName));
    expect(await store.getDocument(documentIdFor(bucket, 'gone.txt'))).toBeUndefined();
  });

  it('reprocesses only the named keys and skips unchanged files when not forced', async () => {
    const s3 = testS3Client();
    const bucket = await createBucket(s3);
    const { store } = await createTestStore();
    const ingestor = testIngestor({ s3, store });
    await putObject(s3, bucket, 'a.txt', '佛山市总工会召开会议。');
    await putObject(s3, bucket, 'b.txt', '南海区总工会召开会议。');
    for (const key of ['a.txt', 'b.txt']) await ingestor.processRecord({ bucket, key, eventName: 'ObjectCreated:Put' });
    const named = await reprocessAll({ ingestor, store, keys: ['a.txt'], force: false });
    expect(named).toEqual({ total: 1, byStatus: { UNCHANGED: 1 }, errors: [] });
    const forced = await reprocessAll({ ingestor, store, keys: ['a.txt'] });
    expect(forced.byStatus).toEqual({ DONE: 1 });
  });
});
