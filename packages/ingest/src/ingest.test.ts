import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import { EXTRACTOR_VERSION, extract } from '@reportgraph/extract';
import { documentIdFor } from '@reportgraph/store';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import {
  corpusPages,
  createBucket,
  createTestStore,
  dumpTable,
  graphItems,
  PNG_BYTES,
  putObject,
  testIngestor,
  testS3Client,
  useServices,
} from './test-support.ts';

useServices();

const pages = corpusPages();
const page = (i: number) => (pages[i] as { text: string }).text;
const SHARED = '佛山市总工会';

describe('createIngestor › processRecord', () => {
  const created = (bucket: string, key: string) => ({ bucket, key, eventName: 'ObjectCreated:Put' });
  const removed = (bucket: string, key: string) => ({ bucket, key, eventName: 'ObjectRemoved:Delete' });

  it('marks the document DONE with counts, checksum, extractor version and timings', async () => {
    const s3 = testS3Client();
    const bucket = await createBucket(s3);
    const { store } = await createTestStore();
    const ingestor = testIngestor({ s3, store });
    await putObject(s3, bucket, 'reports/page-0.txt', page(0), { contentType: 'text/plain; charset=utf-8' });

    const outcome = await ingestor.processRecord(created(bucket, 'reports/page-0.txt'));

    const expected = extract(page(0));
    expect(outcome.status).toBe('DONE');
    const doc = await store.getDocument(documentIdFor(bucket, 'reports/page-0.txt'));
    expect(doc).toMatchObject({
      status: 'DONE',
      bucket,
      key: 'reports/page-0.txt',
      contentType: 'text/plain; charset=utf-8',
      format: 'text',
      encoding: 'utf-8',
      extractorVersion: EXTRACTOR_VERSION,
      size: Buffer.byteLength(page(0)),
      counts: {
        articles: expected.articles.length,
        organizations: expected.organizations.length,
        people: expected.people.length,
        events: expected.events.length,
        metrics: expected.metrics.length,
      },
    });
    expect(doc?.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(doc?.timings ?? {}).sort()).toEqual(['decodeMs', 'extractMs', 'fetchMs', 'writeMs']);
    expect(doc?.error).toBeUndefined();
    expect(expected.organizations.length).toBeGreaterThan(0);
    const [org] = await store.getNodes([{ type: 'Organization', id: expected.organizations[0]?.id as string }]);
    expect(org?.name).toBe(expected.organizations[0]?.name);
  });

  it('ingests with the real extractor and records its version', async () => {
    const s3 = testS3Client();
    const bucket = await createBucket(s3);
    const { store } = await createTestStore();
    const { createIngestor } = await import('./ingest.ts');
    const { EXTRACTOR_VERSION } = await import('@reportgraph/extract');
    const ingestor = createIngestor({ s3, store });
    await putObject(s3, bucket, 'p.txt', page(1));
    const outcome = await ingestor.processRecord(created(bucket, 'p.txt'));
    expect(outcome.status).toBe('DONE');
    expect((await store.getDocument(documentIdFor(bucket, 'p.txt')))?.extractorVersion).toBe(EXTRACTOR_VERSION);
  });

  it('writes an identical table when the same file is delivered twice, and skips the second', async () => {
    const s3 = testS3Client();
    const bucket = await createBucket(s3);
    const { doc, tableName, store } = await createTestStore();
    const ingestor = testIngestor({ s3, store });
    await putObject(s3, bucket, 'p.txt', page(0));

    await ingestor.processRecord(created(bucket, 'p.txt'));
    const first = await dumpTable(doc, tableName);
    const again = await ingestor.processRecord(created(bucket, 'p.txt'));
    const forced = await ingestor.processRecord(created(bucket, 'p.txt'), { force: true });

    expect(again.status).toBe('UNCHANGED');
    expect(forced.status).toBe('DONE');
    expect(await dumpTable(doc, tableName)).toEqual(first);
  });

  it('replaces the old contribution when the file changes', async () => {
    const s3 = testS3Client();
    const bucket = await createBucket(s3);
    const { doc, tableName, store } = await createTestStore();
    const ingestor = testIngestor({ s3, store });
    await putObject(s3, bucket, 'p.txt', page(0));
    await ingestor.processRecord(created(bucket, 'p.txt'));
    await putObject(s3, bucket, 'p.txt', page(2));
    await ingestor.processRecord(created(bucket, 'p.txt'));

    // A table that only ever saw the second version.
    const fresh = await createTestStore();
    await testIngestor({ s3, store: fresh.store }).processRecord(created(bucket, 'p.txt'));
    expect(await dumpTable(doc, tableName)).toEqual(await dumpTable(fresh.doc, fresh.tableName));
  });

  it('removes a deleted file’s contribution while a node another document mentions stays', async () => {
    const s3 = testS3Client();
    const bucket = await createBucket(s3);
    const { doc, tableName, store } = await createTestStore();
    const ingestor = testIngestor({ s3, store });
    const a = `${SHARED}召开会议。主席李灿出席。`;
    const b = `${SHARED}与南海区总工会开展活动。`;
    await putObject(s3, bucket, 'a.txt', a);
    await putObject(s3, bucket, 'b.txt', b);
    await ingestor.processRecord(created(bucket, 'a.txt'));
    await ingestor.processRecord(created(bucket, 'b.txt'));

    await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: 'a.txt' }));
    const outcome = await ingestor.processRecord(removed(bucket, 'a.txt'));

    expect(outcome.status).toBe('REMOVED');
    expect(await store.getDocument(documentIdFor(bucket, 'a.txt'))).toBeUndefined();
    const shared = extract(a).organizations.find((o) => o.name === SHARED);
    const person = extract(a).people[0];
    const [org, gone] = await store.getNodes([
      { type: 'Organization', id: shared?.id as string },
      { type: 'Person', id: person?.id as string },
    ]);
    expect(org?.name).toBe(SHARED);
    expect(gone).toBeUndefined();
    // Exactly what ingesting b alone gives.
    const fresh = await createTestStore();
    await testIngestor({ s3, store: fresh.store }).processRecord(created(bucket, 'b.txt'));
    expect(await dumpTable(doc, tableName)).toEqual(await dumpTable(fresh.doc, fresh.tableName));
  });

  it('ignores a removal that arrives after the key was written again (out of order)', async () => {
    const s3 = testS3Client();
    const bucket = await createBucket(s3);
    const { store } = await createTestStore();
    const ingestor = testIngestor({ s3, store });
    await putObject(s3, bucket, 'p.txt', page(0));
    await ingestor.processRecord(created(bucket, 'p.txt'));
    const outcome = await ingestor.processRecord(removed(bucket, 'p.txt'));
    expect(outcome.status).toBe('IGNORED');
    expect((await store.getDocument(documentIdFor(bucket, 'p.txt')))?.status).toBe('DONE');
  });

  it('removes the document when a created event arrives after the object was deleted', async () => {
    const s3 = testS3Client();
    const bucket = await createBucket(s3);
    const { doc, tableName, store } = await createTestStore();
    const ingestor = testIngestor({ s3, store });
    await putObject(s3, bucket, 'p.txt', page(0));
    await ingestor.processRecord(created(bucket, 'p.txt'));
    await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: 'p.txt' }));
    const outcome = await ingestor.processRecord(created(bucket, 'p.txt'));
    expect(outcome.status).toBe('REMOVED');
    expect(await dumpTable(doc, tableName)).toEqual([]);
  });

  it('takes the publication date from x-amz-meta-published, else from the key', async () => {
    const s3 = testS3Client();
    const bucket = await createBucket(s3);
    const { store } = await createTestStore();
    const ingestor = testIngestor({ s3, store });
    const text = (key: string) => `${key}\n10月30日，${SHARED}召开工作推进会。`;
    // The metadata wins over the date in the key.
    await putObject(s3, bucket, '2025/10/31/a.txt', text('2025/10/31/a.txt'), {
      metadata: { published: '2024-11-01' },
    });
    for (const key of ['2025/10/31/b.txt', '20251029-c.txt', 'none.txt']) await putObject(s3, bucket, key, text(key));
    for (const key of ['2025/10/31/a.txt', '2025/10/31/b.txt', '20251029-c.txt', 'none.txt']) {
      await ingestor.processRecord(created(bucket, key));
    }
    const date = async (key: string) => (await store.getDocument(documentIdFor(bucket, key)))?.publishedDate;
    expect(await date('2025/10/31/a.txt')).toBe('2024-11-01');
    expect(await date('2025/10/31/b.txt')).toBe('2025-10-31');
    expect(await date('20251029-c.txt')).toBe('2025-10-29');
    expect(await date('none.txt')).toBeUndefined();
    // The extractor received it: the event's month and day got the page's year.
    const event = extract(text('2025/10/31/a.txt'), { publishedDate: '2024-11-01' }).events[0];
    const [node] = await store.getNodes([{ type: 'Event', id: event?.id as string }]);
    expect(node).toMatchObject({ date: '2024-10-30', dateSource: 'published' });
  });

  describe('bad input', () => {
    const cases: { name: string; body: Uint8Array | string; reason: RegExp }[] = [
      { name: 'empty.txt', body: '', reason: /empty/i },
      { name: 'photo.txt', body: PNG_BYTES, reason: /PNG/ },
    ];
    for (const c of cases) {
      it(`marks the document FAILED with a clear error when the object is ${c.name}`, async () => {
        const s3 = testS3Client();
        const bucket = await createBucket(s3);
        const { doc, tableName, store } = await createTestStore();
        const ingestor = testIngestor({ s3, store });
        await putObject(s3, bucket, c.name, c.body);
        const outcome = await ingestor.processRecord(created(bucket, c.name));
        expect(outcome.status).toBe('FAILED');
        const record = await store.getDocument(documentIdFor(bucket, c.name));
        expect(record?.status).toBe('FAILED');
        expect(record?.error).toMatch(c.reason);
        // Nothing but the document record.
        const dump = await dumpTable(doc, tableName);
        expect(dump.map((i) => i.sk)).toEqual(['#node']);
      });
    }

    it('marks the document FAILED without downloading it when the object is too large', async () => {
      const s3 = testS3Client();
      const bucket = await createBucket(s3);
      const { doc, tableName, store } = await createTestStore();
      const ingestor = testIngestor({ s3, store, maxBytes: 1024 });
      await putObject(s3, bucket, 'big.txt', '工会'.repeat(2000));
      const outcome = await ingestor.processRecord(created(bucket, 'big.txt'));
      expect(outcome).toMatchObject({ status: 'FAILED', reason: 'too-large' });
      const record = await store.getDocument(documentIdFor(bucket, 'big.txt'));
      expect(record?.error).toMatch(/12000 bytes; the limit is 1024/);
      expect(record?.size).toBe(12000);
      expect((await dumpTable(doc, tableName)).length).toBe(1);
    });

    it('marks the document FAILED when the decoded text is longer than the limit', async () => {
      const s3 = testS3Client();
      const bucket = await createBucket(s3);
      const { store } = await createTestStore();
      const ingestor = testIngestor({ s3, store, maxTextChars: 1000 });
      await putObject(s3, bucket, 'long.txt', page(0));
      const outcome = await ingestor.processRecord(created(bucket, 'long.txt'));
      expect(outcome).toMatchObject({ status: 'FAILED', reason: 'too-large' });
    });

    it('marks the document FAILED when the extractor throws, and withdraws the previous contribution', async () => {
      const s3 = testS3Client();
      const bucket = await createBucket(s3);
      const { doc, tableName, store } = await createTestStore();
      await putObject(s3, bucket, 'p.txt', page(0));
      await testIngestor({ s3, store }).processRecord(created(bucket, 'p.txt'));
      expect((await dumpTable(doc, tableName)).length).toBeGreaterThan(10);

      const throwing = testIngestor({
        s3,
        store,
        extractorVersion: 'fake-2',
        extract: () => {
          throw new RangeError('Maximum call stack size exceeded');
        },
      });
      const outcome = await throwing.processRecord(created(bucket, 'p.txt'));
      expect(outcome.status).toBe('FAILED');
      const record = await store.getDocument(documentIdFor(bucket, 'p.txt'));
      expect(record?.error).toBe('The page could not be analysed: Maximum call stack size exceeded');
      expect((await dumpTable(doc, tableName)).map((i) => i.sk)).toEqual(['#node']);
    });

    it('marks the document FAILED, writing nothing, when the extraction cannot be stored', async () => {
      const s3 = testS3Client();
      const bucket = await createBucket(s3);
      const { doc, tableName, store } = await createTestStore();
      await putObject(s3, bucket, 'p.txt', page(0));
      const infinite = testIngestor({
        s3,
        store,
        extract: (t, o) => {
          const r = extract(t, o);
          return { ...r, metrics: r.metrics.map((m) => ({ ...m, value: Number.POSITIVE_INFINITY })) };
        },
      });
      const outcome = await infinite.processRecord(created(bucket, 'p.txt'));
      expect(outcome).toMatchObject({ status: 'FAILED', reason: 'unstorable' });
      expect((await store.getDocument(documentIdFor(bucket, 'p.txt')))?.error).toBe(
        'The page produced a number that cannot be stored (Metric.value is not finite).',
      );
      expect((await dumpTable(doc, tableName)).map((i) => i.sk)).toEqual(['#node']);
    });

    it('decodes a GBK-encoded page and marks it DONE', async () => {
      const s3 = testS3Client();
      const bucket = await createBucket(s3);
      const { store } = await createTestStore();
      const ingestor = testIngestor({ s3, store });
      await putObject(s3, bucket, 'gbk.txt', iconv.encode(page(0), 'gbk'));
      const outcome = await ingestor.processRecord(created(bucket, 'gbk.txt'));
      expect(outcome.status).toBe('DONE');
      const record = await store.getDocument(documentIdFor(bucket, 'gbk.txt'));
      expect(record?.encoding).toMatch(/gb/i);
      expect(record?.counts?.organizations).toBe(extract(page(0)).organizations.length);
    });

    it('handles a page whose UTF-8 is truncated mid-character without throwing', async () => {
      const s3 = testS3Client();
      const bucket = await createBucket(s3);
      const { doc, tableName, store } = await createTestStore();
      const ingestor = testIngestor({ s3, store });
      const bytes = Buffer.from(page(0));
      await putObject(s3, bucket, 'cut.txt', bytes.subarray(0, bytes.length - 1));
      const outcome = await ingestor.processRecord(created(bucket, 'cut.txt'));
      const record = await store.getDocument(documentIdFor(bucket, 'cut.txt'));
      expect(record?.status).toBe(outcome.status);
      if (outcome.status === 'FAILED') {
        expect((await dumpTable(doc, tableName)).length).toBe(1);
      } else {
        expect(outcome.status).toBe('DONE');
        expect(graphItems(await dumpTable(doc, tableName)).length).toBeGreaterThan(0);
      }
    });
  });
});
