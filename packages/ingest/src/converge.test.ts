import { documentIdFor } from '@reportgraph/store';
import { describe, expect, it } from 'vitest';
import { LeaseBusyError } from './lease.ts';
import {
  addMiddleware,
  corpusPages,
  createBucket,
  createTestStore,
  dumpTable,
  isSharedItemsWrite,
  putObject,
  s3Event,
  s3Record,
  sqsEvent,
  testIngestor,
  testS3Client,
  useServices,
} from './test-support.ts';

useServices();

const pages = corpusPages();
/** A short page (extraction in milliseconds) that names the shared unions. */
const page = (i: number) =>
  `第${i}期\n佛山市总工会召开会议，主席李灿出席。\n${(pages[i % pages.length]?.text ?? '').slice(0, 700)}`;
const created = (bucket: string, key: string, sequencer?: string) => ({
  bucket,
  key,
  eventName: 'ObjectCreated:Put',
  ...(sequencer ? { sequencer } : {}),
});

describe('processRecord › one truth per key', () => {
  it('lets one worker at a time write a document: a second waits for the lease, then finds it current', async () => {
    const s3 = testS3Client();
    const bucket = await createBucket(s3);
    const { store } = await createTestStore();
    await putObject(s3, bucket, 'p.txt', page(0));
    const ingestor = testIngestor({ s3, store });
    const outcomes = await Promise.all([
      ingestor.processRecord(created(bucket, 'p.txt')),
      ingestor.processRecord(created(bucket, 'p.txt')),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['DONE', 'UNCHANGED']);
  });

  it('throws LeaseBusyError (retryable) when another worker holds the lease longer than the wait', async () => {
    const s3 = testS3Client();
    const bucket = await createBucket(s3);
    const { store } = await createTestStore();
    await putObject(s3, bucket, 'p.txt', page(0));
    const id = documentIdFor(bucket, 'p.txt');
    expect(await store.tryAcquireLease(id, { owner: 'someone-else', ttlMs: 60_000 })).toBe(true);
    const ingestor = testIngestor({ s3, store, leaseWaitMs: 300 });
    await expect(ingestor.processRecord(created(bucket, 'p.txt'))).rejects.toBeInstanceOf(LeaseBusyError);
    // An expired lease is taken over.
    await store.releaseLease(id, 'someone-else');
    expect(await store.tryAcquireLease(id, { owner: 'crashed', ttlMs: 1, nowMs: Date.now() - 10_000 })).toBe(true);
    expect((await ingestor.processRecord(created(bucket, 'p.txt'))).status).toBe('DONE');
  });

  it('ignores an event older (by sequencer) than one already applied', async () => {
    const s3 = testS3Client();
    const bucket = await createBucket(s3);
    const { store } = await createTestStore();
    const ingestor = testIngestor({ s3, store });
    await putObject(s3, bucket, 'p.txt', page(1));
    expect((await ingestor.processRecord(created(bucket, 'p.txt', '0000000000000B'))).status).toBe('DONE');
    const late = await ingestor.processRecord({
      ...created(bucket, 'p.txt', '0000000000000A'),
      eventName: 'ObjectRemoved:Delete',
    });
    expect(late).toMatchObject({ status: 'IGNORED', why: 'A newer event on this key was applied.' });
    expect((await store.getDocument(documentIdFor(bucket, 'p.txt')))?.sequencer).toBe('0000000000000B');
  });

  it('reads the object again when it changed before the DONE record committed, and ends on the newer bytes', async () => {
    const s3 = testS3Client();
    const bucket = await createBucket(s3);
    const { doc, tableName, store } = await createTestStore();
    await putObject(s3, bucket, 'p.txt', page(0));
    let heads = 0;
    // The final check (HeadObject) of the first round sees a new upload land just before it.
    addMiddleware(s3, 'initialize', (next, context) => async (args) => {
      if (context.commandName === 'HeadObjectCommand' && ++heads === 1)
        await putObject(testS3Client(), bucket, 'p.txt', page(2));
      return next(args);
    });
    const outcome = await testIngestor({ s3, store }).processRecord(created(bucket, 'p.txt'));
    expect(outcome.status).toBe('DONE');
    const fresh = await createTestStore();
    await testIngestor({ s3: testS3Client(), store: fresh.store }).processRecord(created(bucket, 'p.txt'));
    expect(await dumpTable(doc, tableName)).toEqual(await dumpTable(fresh.doc, fresh.tableName));
  });
});

describe('processRecord › the last try ends in a status', () => {
  it('records FAILED with the reason, retryable, when S3 cannot be read on the last try, keeping the previous version', async () => {
    const s3 = testS3Client();
    const bucket = await createBucket(s3);
    const { store } = await createTestStore();
    await putObject(s3, bucket, 'p.txt', page(0));
    await testIngestor({ s3, store }).processRecord(created(bucket, 'p.txt'));
    await putObject(s3, bucket, 'p.txt', page(1));
    const broken = testS3Client();
    addMiddleware(broken, 'initialize', (next, context) => async (args) => {
      if (context.commandName === 'GetObjectCommand')
        throw Object.assign(new Error('socket hang up'), { name: 'TimeoutError' });
      return next(args);
    });
    const ingestor = testIngestor({ s3: broken, store });
    await expect(ingestor.processRecord(created(bucket, 'p.txt'))).rejects.toThrow(/socket hang up/);
    const outcome = await ingestor.processRecord(created(bucket, 'p.txt'), { lastAttempt: true });
    expect(outcome).toMatchObject({ status: 'FAILED', reason: 'retries-exhausted' });
    const doc = await store.getDocument(documentIdFor(bucket, 'p.txt'));
    expect(doc).toMatchObject({ status: 'FAILED', retryable: true });
    expect(doc?.error).toMatch(
      /could not be processed after several tries \(Could not read .*socket hang up\).*previous version is still shown/,
    );
    expect(doc?.counts?.articles).toBeGreaterThan(0);
  });

  it('withdraws a half-written graph and records FAILED when DynamoDB fails mid-write on the last try', async () => {
    const s3 = testS3Client();
    const bucket = await createBucket(s3);
    const { doc, tableName, store } = await createTestStore();
    await putObject(s3, bucket, 'p.txt', page(3));
    let updates = 0;
    addMiddleware(doc, 'initialize', (next, context) => async (args) => {
      // The graph's shared items go in transactions: the first fails, as an outage would.
      if (isSharedItemsWrite(context.commandName, args.input) && ++updates === 1) {
        throw Object.assign(new Error('Service unavailable (injected).'), { name: 'ServiceUnavailable' });
      }
      return next(args);
    });
    const outcome = await testIngestor({ s3, store }).processRecord(created(bucket, 'p.txt'), { lastAttempt: true });
    expect(outcome).toMatchObject({ status: 'FAILED', reason: 'retries-exhausted' });
    const items = await dumpTable(doc, tableName);
    // Only the document's record (FAILED, with the reason) is left: nothing half written is visible.
    expect(items.map((i) => `${i.pk} ${i.sk}`)).toEqual([`Document#${documentIdFor(bucket, 'p.txt')} #node`]);
    expect(items[0]).toMatchObject({ status: 'FAILED', retryable: true });
    expect(String(items[0]?.error)).toContain('Service unavailable (injected).');
  });
});

describe('handleEvent › the last SQS receive', () => {
  it('records FAILED and lets the message go on its last receive, and asks for a redelivery before', async () => {
    const s3 = testS3Client();
    const bucket = await createBucket(s3);
    const { store } = await createTestStore();
    await putObject(s3, bucket, 'p.txt', page(0));
    const broken = testS3Client();
    addMiddleware(broken, 'initialize', (next, context) => async (args) => {
      if (context.commandName === 'GetObjectCommand')
        throw Object.assign(new Error('socket hang up'), { name: 'TimeoutError' });
      return next(args);
    });
    const ingestor = testIngestor({ s3: broken, store, maxReceives: 3 });
    const message = (receives: number) => {
      const event = sqsEvent(s3Event(s3Record('ObjectCreated:Put', bucket, 'p.txt')));
      (event.Records[0] as { attributes: { ApproximateReceiveCount: string } }).attributes.ApproximateReceiveCount =
        String(receives);
      return event;
    };
    // Before the last receive the failure is thrown (a batch whose every message failed fails whole).
    await expect(ingestor.handleEvent(message(2))).rejects.toThrow(/All records failed/);
    expect(await store.getDocument(documentIdFor(bucket, 'p.txt'))).toBeUndefined();
    expect(await ingestor.handleEvent(message(3))).toEqual({ batchItemFailures: [] });
    expect(await store.getDocument(documentIdFor(bucket, 'p.txt'))).toMatchObject({
      status: 'FAILED',
      retryable: true,
    });
  });
});
