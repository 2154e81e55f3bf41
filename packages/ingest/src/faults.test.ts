import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import { extract } from '@reportgraph/extract';
import { documentIdFor } from '@reportgraph/store';
import { describe, expect, it } from 'vitest';
import { ObjectReadError } from './fetch.ts';
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
  throttlingError,
  useServices,
} from './test-support.ts';

useServices();

const pages = corpusPages();
const text = (i: number) => (pages[i] as { text: string }).text;
const created = (bucket: string, key: string) => ({ bucket, key, eventName: 'ObjectCreated:Put' });

/** Ingests `keys` of `bucket` one by one into a fresh table with no faults: the reference dump. */
async function referenceDump(bucket: string, keys: string[]) {
  const s3 = testS3Client();
  const fresh = await createTestStore();
  const ingestor = testIngestor({ s3, store: fresh.store });
  for (const key of keys) await ingestor.processRecord(created(bucket, key));
  return dumpTable(fresh.doc, fresh.tableName);
}

describe('createIngestor under injected faults', () => {
  it('absorbs DynamoDB throttling through the SDK retry and writes the same table', async () => {
    const s3 = testS3Client();
    const bucket = await createBucket(s3);
    const { doc, tableName, store } = await createTestStore();
    let calls = 0;
    let throttled = 0;
    addMiddleware(doc, 'deserialize', (next) => async (args) => {
      calls++;
      // Every 5th request on the wire is throttled, alternating both throttling error codes.
      if (calls % 5 === 0) {
        throttled++;
        throw throttlingError(throttled % 2 ? 'ThrottlingException' : 'ProvisionedThroughputExceededException');
      }
      return next(args);
    });
    const ingestor = testIngestor({ s3, store });
    const keys = ['a.txt', 'b.txt'];
    await putObject(s3, bucket, 'a.txt', text(0));
    await putObject(s3, bucket, 'b.txt', text(2));
    for (const key of keys) expect((await ingestor.processRecord(created(bucket, key))).status).toBe('DONE');

    expect(throttled).toBeGreaterThanOrEqual(5);
    expect(await dumpTable(doc, tableName)).toEqual(await referenceDump(bucket, keys));
  });

  it('reads every node back when BatchGetItem returns UnprocessedKeys', async () => {
    const s3 = testS3Client();
    const bucket = await createBucket(s3);
    const { doc, store } = await createTestStore();
    await putObject(s3, bucket, 'a.txt', text(0));
    await testIngestor({ s3, store }).processRecord(created(bucket, 'a.txt'));
    let deferred = 0;
    addMiddleware(doc, 'initialize', (next, context) => async (args) => {
      const result = await next(args);
      if (context.commandName !== 'BatchGetItemCommand') return result;
      // Keep one item per response; hand the rest back as unprocessed, as DynamoDB does under load.
      const responses = result.output.Responses as Record<string, Record<string, unknown>[]>;
      const [table, items = []] = Object.entries(responses)[0] ?? [];
      if (!table || items.length <= 1) return result;
      const rest = items.slice(1);
      deferred += rest.length;
      responses[table] = items.slice(0, 1);
      result.output.UnprocessedKeys = { [table]: { Keys: rest.map((i) => ({ pk: i.pk, sk: i.sk })) } };
      return result;
    });
    const extracted = extract(text(0));
    const refs = [
      ...extracted.organizations.map((o) => ({ type: 'Organization' as const, id: o.id })),
      ...extracted.people.map((p) => ({ type: 'Person' as const, id: p.id })),
      ...extracted.metrics.map((m) => ({ type: 'Metric' as const, id: m.id })),
    ];
    const nodes = await store.getNodes(refs);
    expect(deferred).toBeGreaterThan(0);
    expect(nodes.every((n) => n !== undefined)).toBe(true);
    expect(nodes.map((n) => n?.id)).toEqual(refs.map((r) => r.id));
  });

  it('retries an S3 GetObject that fails twice and then succeeds', async () => {
    const s3 = testS3Client();
    const bucket = await createBucket(s3);
    const { store } = await createTestStore();
    let gets = 0;
    addMiddleware(s3, 'initialize', (next, context) => async (args) => {
      if (context.commandName === 'GetObjectCommand' && ++gets <= 2) {
        throw Object.assign(new Error('We encountered an internal error. Please try again.'), {
          name: 'InternalError',
          $metadata: { httpStatusCode: 500 },
        });
      }
      return next(args);
    });
    await putObject(s3, bucket, 'a.txt', text(0));
    const outcome = await testIngestor({ s3, store }).processRecord(created(bucket, 'a.txt'));
    expect(outcome.status).toBe('DONE');
    expect(gets).toBe(3);
  });

  it('fails only the record whose object S3 never returns, so SQS redrives it to the DLQ', async () => {
    const s3 = testS3Client();
    const bucket = await createBucket(s3);
    const { store } = await createTestStore();
    let gets = 0;
    addMiddleware(s3, 'initialize', (next, context) => async (args) => {
      if (context.commandName === 'GetObjectCommand' && args.input.Key === 'unreadable.txt') {
        gets++;
        throw Object.assign(new Error('socket hang up'), { name: 'TimeoutError' });
      }
      return next(args);
    });
    await putObject(s3, bucket, 'unreadable.txt', text(0));
    await putObject(s3, bucket, 'good.txt', text(1));
    const ingestor = testIngestor({ s3, store });

    await expect(ingestor.processRecord(created(bucket, 'unreadable.txt'))).rejects.toBeInstanceOf(ObjectReadError);
    expect(gets).toBe(3);
    const response = await ingestor.handleEvent(
      sqsEvent(
        s3Event(s3Record('ObjectCreated:Put', bucket, 'unreadable.txt')),
        s3Event(s3Record('ObjectCreated:Put', bucket, 'good.txt')),
      ),
    );
    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: 'm-0' }] });
    expect(await store.getDocument(documentIdFor(bucket, 'unreadable.txt'))).toBeUndefined();
    expect((await store.getDocument(documentIdFor(bucket, 'good.txt')))?.status).toBe('DONE');
    // A direct S3 event surfaces the failure to Lambda (retry, then the on-failure destination).
    await expect(
      ingestor.handleEvent(s3Event(s3Record('ObjectCreated:Put', bucket, 'unreadable.txt'))),
    ).rejects.toMatchObject({ name: 'IngestBatchError', errors: [expect.any(ObjectReadError)] });
  });

  it('leaves the document not DONE after a crash halfway through the graph write, and a retry converges', async () => {
    const s3 = testS3Client();
    const bucket = await createBucket(s3);
    const { doc, tableName, store } = await createTestStore();
    let writes = 0;
    let crashAfter = Number.POSITIVE_INFINITY;
    addMiddleware(doc, 'initialize', (next, context) => async (args) => {
      // The graph's shared items go in transactions, after its document-owned items.
      if (isSharedItemsWrite(context.commandName, args.input) && ++writes > crashAfter) {
        throw Object.assign(new Error('Lambda timed out (simulated crash).'), { name: 'SimulatedCrashError' });
      }
      return next(args);
    });
    const ingestor = testIngestor({ s3, store });
    const id = documentIdFor(bucket, 'p.txt');

    // First version, cleanly; then a second version that crashes at its shared items, after its
    // manifest, its document-owned items and the withdrawal of its stale entries are written.
    await putObject(s3, bucket, 'p.txt', text(0));
    await ingestor.processRecord(created(bucket, 'p.txt'));
    await putObject(s3, bucket, 'p.txt', text(2));
    writes = 0;
    crashAfter = 0;
    await expect(ingestor.processRecord(created(bucket, 'p.txt'))).rejects.toThrow(/simulated crash/);
    expect((await store.getDocument(id))?.status).toBe('PROCESSING');

    // The redelivery (same event) completes to exactly what a clean ingest of version 2 gives.
    crashAfter = Number.POSITIVE_INFINITY;
    expect((await ingestor.processRecord(created(bucket, 'p.txt'))).status).toBe('DONE');
    expect(await dumpTable(doc, tableName)).toEqual(await referenceDump(bucket, ['p.txt']));
  });

  it('converges after a crash halfway through removing a document', async () => {
    const s3 = testS3Client();
    const bucket = await createBucket(s3);
    const { doc, tableName, store } = await createTestStore();
    let updates = 0;
    let crashAfter = Number.POSITIVE_INFINITY;
    addMiddleware(doc, 'initialize', (next, context) => async (args) => {
      if (context.commandName === 'UpdateItemCommand' && ++updates > crashAfter) {
        throw Object.assign(new Error('simulated crash'), { name: 'SimulatedCrashError' });
      }
      return next(args);
    });
    const ingestor = testIngestor({ s3, store });
    await putObject(s3, bucket, 'a.txt', text(0));
    await putObject(s3, bucket, 'b.txt', text(2));
    await ingestor.processRecord(created(bucket, 'a.txt'));
    await ingestor.processRecord(created(bucket, 'b.txt'));
    await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: 'a.txt' }));

    updates = 0;
    crashAfter = 4;
    const removal = { bucket, key: 'a.txt', eventName: 'ObjectRemoved:Delete' };
    await expect(ingestor.processRecord(removal)).rejects.toThrow(/simulated crash/);
    crashAfter = Number.POSITIVE_INFINITY;
    expect((await ingestor.processRecord(removal)).status).toBe('REMOVED');
    expect(await dumpTable(doc, tableName)).toEqual(await referenceDump(bucket, ['b.txt']));
  });
});
