import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, DeleteObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createIngestor, type Ingestor, sweep } from '@reportgraph/ingest';
import { type DocumentRecord, documentIdFor, type GraphStore } from '@reportgraph/store';
import type { S3Event } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type DeadLetter, deliverEvent } from '../delivery.ts';
import { nextSequencer } from '../s3-events.ts';
import { freePort, LOCAL_CREDENTIALS, LOCAL_REGION, type RunningService, startDynamoDbLocal } from '../services.ts';
import { checkTable, dumpTable, freshStore, pageVersions, stuck } from './harness.ts';

const VERSIONS = pageVersions(12);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** An S3 event as the bucket would send it for `key`. */
const eventOf = (bucket: string, key: string, eventName = 'ObjectCreated:Put'): S3Event =>
  ({
    Records: [
      {
        eventName,
        s3: { bucket: { name: bucket }, object: { key: encodeURIComponent(key), sequencer: nextSequencer() } },
      },
    ],
  }) as unknown as S3Event;

describe('reliability › DynamoDB Local killed and restarted mid-ingest (issue 13)', () => {
  const env = inject('services');
  const s3 = new S3Client({
    endpoint: env.S3_ENDPOINT,
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const bucket = `outage-${process.pid}`;
  let dataDir: string;
  let port: number;
  let dynamo: RunningService;
  let table: Awaited<ReturnType<typeof freshStore>>;
  let store: GraphStore;
  let ingestor: Ingestor;
  const put = (key: string, body: string) => s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
  const restart = async () => {
    dynamo = await startDynamoDbLocal({ port, dataDir });
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'reportgraph-outage-'));
    port = await freePort();
    // Its own DynamoDB Local (the reference is built on the run's in-memory one), on disk, so it can be killed and come back with its data.
    await restart();
    table = await freshStore(dynamo.endpoint, 'outage');
    store = table.store;
    ingestor = createIngestor({ s3, store, leaseTtlMs: 15_000, fetchRetry: { attempts: 2, baseDelayMs: 50 } });
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  });
  afterAll(async () => {
    await dynamo?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('retries every event through the outage and ends with the table a serial ingest builds', async () => {
    const keys = VERSIONS.slice(0, 5).map((_, i) => `2025/10/${10 + i}/p${i}.txt`);
    for (const [i, key] of keys.entries()) await put(key, VERSIONS[i] as string);
    const deadLetters: DeadLetter[] = [];
    const target = { ingestor, policy: { attempts: 4, delaysMs: [2_000, 4_000, 8_000] }, deadLetters, onError() {} };
    const deliveries = keys.map((key) => deliverEvent(target, eventOf(bucket, key)));
    // Kill it while the first documents are being written.
    for (let i = 0; i < 100 && !(await store.listDocuments({ first: 1, status: 'PROCESSING' })).items.length; i++) {
      await sleep(20);
    }
    await dynamo.kill?.();
    await sleep(1_000);
    await restart();
    await Promise.all(deliveries);

    expect(deadLetters).toEqual([]);
    const check = await checkTable(s3, bucket, env.DYNAMODB_ENDPOINT, table);
    expect(check).toEqual({ differences: [], orphans: [], stuck: 0 });
  }, 240_000);

  it('sweeps what an outage longer than every retry left: stuck, missing and ghost documents', async () => {
    const lost = ['2025/11/01/q0.txt', '2025/11/01/q1.txt', '2025/11/01/q2.txt'];
    const deadLetters: DeadLetter[] = [];
    const target = { ingestor, policy: { attempts: 2, delaysMs: [100] }, deadLetters, onError() {} };
    await dynamo.kill?.();
    for (const [i, key] of lost.entries()) await put(key, VERSIONS[8 + i] as string);
    // An object deleted while its event is lost: its document becomes a ghost.
    await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: '2025/10/10/p0.txt' }));
    await Promise.all(lost.map((key) => deliverEvent(target, eventOf(bucket, key))));
    expect(deadLetters.map((d) => d.record.key).sort()).toEqual(lost);
    await restart();
    // A worker that died mid-ingest long ago left its record PROCESSING.
    const dead = await store.getDocument(documentIdFor(bucket, '2025/10/11/p1.txt'));
    await store.putDocument({
      ...(dead as DocumentRecord),
      status: 'PROCESSING',
      updatedAt: '2020-01-01T00:00:00.000Z',
    });

    const report = await sweep({ ingestor, store, s3, bucket, stuckAfterMs: 60_000 });
    expect(report.found).toEqual({ ghost: 1, missing: 3, stuck: 1 });
    expect(report.repairs.map((r) => r.status).sort()).toEqual(['DONE', 'DONE', 'DONE', 'DONE', 'REMOVED']);
    const check = await checkTable(s3, bucket, env.DYNAMODB_ENDPOINT, table);
    expect(check).toEqual({ differences: [], orphans: [], stuck: 0 });
    expect(stuck(await dumpTable(table.doc, table.tableName))).toEqual([]);
    // A second sweep finds nothing left to repair.
    expect((await sweep({ ingestor, store, s3, bucket })).repairs).toEqual([]);
  }, 240_000);
});
