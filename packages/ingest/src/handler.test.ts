import type { EventEmitter } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { documentIdFor } from '@reportgraph/store';
import type { S3Event } from 'aws-lambda';
import S3rver from 's3rver';
import { describe, expect, it } from 'vitest';
import {
  addMiddleware,
  corpusPages,
  createBucket,
  createTestStore,
  PNG_BYTES,
  putObject,
  s3Event,
  s3Record,
  sqsEvent,
  testIngestor,
  testS3Client,
  uniqueName,
  useServices,
} from './test-support.ts';

const services = useServices();
const pages = corpusPages();
const text = (i: number) => (pages[i] as { text: string }).text;

async function setup() {
  const s3 = testS3Client();
  const bucket = await createBucket(s3);
  const { store, doc, tableName } = await createTestStore();
  return { s3, bucket, store, doc, tableName, ingestor: testIngestor({ s3, store }) };
}

describe('handler', () => {
  it('reports a partial batch failure only for the retryable record of an SQS batch', async () => {
    const { s3, bucket, store, ingestor } = await setup();
    addMiddleware(s3, 'initialize', (next, context) => async (args) => {
      if (context.commandName === 'GetObjectCommand' && args.input.Key === 'flaky.txt') {
        throw Object.assign(new Error('Service Unavailable'), { name: 'ServiceUnavailable' });
      }
      return next(args);
    });
    await putObject(s3, bucket, 'photo.txt', PNG_BYTES);
    await putObject(s3, bucket, 'good.txt', text(0));
    await putObject(s3, bucket, 'flaky.txt', text(1));

    const response = await ingestor.handleEvent(
      sqsEvent(
        s3Event(s3Record('ObjectCreated:Put', bucket, 'photo.txt')),
        s3Event(s3Record('ObjectCreated:Put', bucket, 'flaky.txt')),
        s3Event(s3Record('ObjectCreated:Put', bucket, 'good.txt')),
        JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent', Bucket: bucket }),
      ),
    );

    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: 'm-1' }] });
    const photo = await store.getDocument(documentIdFor(bucket, 'photo.txt'));
    expect(photo).toMatchObject({ status: 'FAILED', error: expect.stringMatching(/PNG image, not text/) });
    expect((await store.getDocument(documentIdFor(bucket, 'good.txt')))?.status).toBe('DONE');
    expect(await store.getDocument(documentIdFor(bucket, 'flaky.txt'))).toBeUndefined();
  });

  it('marks the document FAILED when the object is a PNG, and the batch succeeds', async () => {
    const { s3, bucket, store, ingestor } = await setup();
    await putObject(s3, bucket, 'scan.png', PNG_BYTES, { contentType: 'image/png' });
    const response = await ingestor.handleEvent(sqsEvent(s3Event(s3Record('ObjectCreated:Put', bucket, 'scan.png'))));
    expect(response).toEqual({ batchItemFailures: [] });
    expect((await store.getDocument(documentIdFor(bucket, 'scan.png')))?.error).toBe(
      "The file is a PNG image, not text. Upload the page's text instead.",
    );
  });

  it('sends a message that is not an S3 event to the dead-letter queue instead of dropping it', async () => {
    const { ingestor, bucket, s3 } = await setup();
    await putObject(s3, bucket, 'good.txt', text(0));
    const response = await ingestor.handleEvent(
      sqsEvent('not json', s3Event(s3Record('ObjectCreated:Put', bucket, 'good.txt'))),
    );
    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: 'm-0' }] });
  });

  it('processes every record of a direct S3 event even when one is bad', async () => {
    const { s3, bucket, store, ingestor } = await setup();
    await putObject(s3, bucket, 'empty.txt', new Uint8Array());
    await putObject(s3, bucket, 'good.txt', text(0));
    await expect(
      ingestor.handleEvent(
        s3Event(s3Record('ObjectCreated:Put', bucket, 'empty.txt'), s3Record('ObjectCreated:Put', bucket, 'good.txt')),
      ),
    ).resolves.toBeUndefined();
    expect((await store.getDocument(documentIdFor(bucket, 'empty.txt')))?.status).toBe('FAILED');
    expect((await store.getDocument(documentIdFor(bucket, 'good.txt')))?.status).toBe('DONE');
  });

  it('ignores the s3:TestEvent sent directly or through SQS', async () => {
    const { ingestor, doc, tableName } = await setup();
    const test = { Service: 'Amazon S3', Event: 's3:TestEvent', Time: new Date().toISOString(), Bucket: 'b' };
    await expect(ingestor.handleEvent(test)).resolves.toBeUndefined();
    await expect(ingestor.handleEvent(sqsEvent(JSON.stringify(test)))).resolves.toEqual({ batchItemFailures: [] });
    const { dumpTable } = await import('./test-support.ts');
    expect(await dumpTable(doc, tableName)).toEqual([]);
  });

  it('finds keys with spaces, plus signs, percent signs and Chinese from form-encoded event keys', async () => {
    const { s3, bucket, store, ingestor } = await setup();
    const keys = ['2025/10/31/报道 第1版.txt', 'a+b c%20d.txt', '佛山 工会/100% 完成.txt'];
    for (const key of keys) await putObject(s3, bucket, key, `${key}\n${text(0)}`);
    const event = s3Event(...keys.map((key) => s3Record('ObjectCreated:Put', bucket, key)));
    expect(event.Records[1]?.s3.object.key).toBe('a%2Bb+c%2520d.txt');
    // SNS → SQS wrapping too.
    const sns = JSON.stringify({ Type: 'Notification', Message: JSON.stringify(event) });
    expect(await ingestor.handleEvent(sqsEvent(sns))).toEqual({ batchItemFailures: [] });
    for (const key of keys) {
      expect((await store.getDocument(documentIdFor(bucket, key)))?.status, key).toBe('DONE');
    }
    expect((await store.getDocument(documentIdFor(bucket, keys[0] as string)))?.publishedDate).toBe('2025-10-31');
  });

  it('ingests and removes from the real event payloads s3rver emits', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ingest-s3rver-'));
    const bucket = 'events';
    const server = new S3rver({
      port: 0,
      address: '127.0.0.1',
      silent: true,
      directory: dir,
      configureBuckets: [{ name: bucket, configs: [] }],
    });
    const address = await server.run();
    try {
      const s3 = new S3Client({
        endpoint: `http://127.0.0.1:${address.port}`,
        forcePathStyle: true,
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
      });
      const events: S3Event[] = [];
      // s3rver is an EventEmitter (its typings omit it).
      (server as unknown as EventEmitter).on('event', (e: S3Event) => events.push(e));
      const { store } = await createTestStore();
      const ingestor = testIngestor({ s3, store });
      const key = '2025/10/31/报道 1.txt';
      await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: text(0) }));
      await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'other.txt', Body: text(0) }));
      await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: 'other.txt' }));
      await new Promise((r) => setTimeout(r, 50));
      expect(events.map((e) => e.Records[0]?.eventName)).toEqual([
        'ObjectCreated:Put',
        'ObjectCreated:Put',
        'ObjectRemoved:Delete',
      ]);
      for (const event of events) await ingestor.handleEvent(sqsEvent(event));
      expect((await store.getDocument(documentIdFor(bucket, key)))?.status).toBe('DONE');
      expect(await store.getDocument(documentIdFor(bucket, 'other.txt'))).toBeUndefined();
    } finally {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('runs as the Lambda entry point with clients from the environment', async () => {
    const s3 = testS3Client();
    const bucket = await createBucket(s3);
    const { store, tableName } = await createTestStore(uniqueName('handler'));
    process.env.TABLE_NAME = tableName;
    process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
    expect(process.env.S3_ENDPOINT).toBe(services.S3_ENDPOINT);
    await putObject(s3, bucket, 'p.txt', text(0));
    const { handler } = await import('./handler.ts');
    await expect(handler(s3Event(s3Record('ObjectCreated:Put', bucket, 'p.txt')))).resolves.toBeUndefined();
    expect((await store.getDocument(documentIdFor(bucket, 'p.txt')))?.status).toBe('DONE');
  });
});
