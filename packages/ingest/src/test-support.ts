/**
 * Test-only helpers (not exported from the package): real clients against the test run's
 * DynamoDB Local and s3rver, a deterministic extractor, a table dump, and fault injection.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { type ExtractOptions, type ExtractResult, stableId } from '@reportgraph/extract';
import { createDocumentClient, ensureTable, GraphStore } from '@reportgraph/store';
import type { S3Event, SQSEvent } from 'aws-lambda';
import { inject } from 'vitest';
import { createIngestor, type IngestorOptions } from './ingest.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const CORPUS_DIR = join(here, '../../extract/corpus/reports');

/** The sample pages, in name order. */
export function corpusPages(): { name: string; text: string }[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(CORPUS_DIR, name), 'utf8') }));
}

/** Points the SDK defaults at the test services (the global setup provides them). */
export function useServices() {
  const env = inject('services');
  Object.assign(process.env, env);
  return env;
}

let counter = 0;
/** A name unique to this test file run: tables and buckets never collide between files. */
export const uniqueName = (prefix: string) =>
  `${prefix}-${process.pid}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

export function testS3Client(): S3Client {
  return new S3Client({
    endpoint: process.env.S3_ENDPOINT,
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

export async function createBucket(s3: S3Client, name = uniqueName('ingest')): Promise<string> {
  await s3.send(new CreateBucketCommand({ Bucket: name }));
  return name;
}

/** A fresh table and a store over it; `doc` is the client, for middleware. */
export async function createTestStore(tableName = uniqueName('ingest')) {
  const doc = createDocumentClient();
  await ensureTable(doc as never, tableName);
  return { doc, tableName, store: new GraphStore({ doc, tableName }) };
}

export async function putObject(
  s3: S3Client,
  bucket: string,
  key: string,
  body: string | Uint8Array,
  extra: { metadata?: Record<string, string>; contentType?: string } = {},
) {
  await s3.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: key,
      Body: body,
      ...(extra.metadata ? { Metadata: extra.metadata } : {}),
      ...(extra.contentType ? { ContentType: extra.contentType } : {}),
    }),
  );
}

const silent = { info() {}, warn() {}, error() {} };

/** An ingestor over test clients with the fake extractor, quick retries and no logs. */
export function testIngestor(options: Partial<IngestorOptions> & Pick<IngestorOptions, 's3' | 'store'>) {
  return createIngestor({
    extract: fakeExtract,
    extractorVersion: FAKE_EXTRACTOR_VERSION,
    fetchRetry: { attempts: 3, baseDelayMs: 5 },
    logger: silent,
    ...options,
  });
}

export const FAKE_EXTRACTOR_VERSION = 'fake-1';

const PLACES: Record<string, { code: string; name: string; level: 'province' | 'city'; parentCode?: string }> = {
  广东: { code: '440000', name: '广东省', level: 'province' },
  佛山: { code: '440600', name: '佛山市', level: 'city', parentCode: '440000' },
  广州: { code: '440100', name: '广州市', level: 'city', parentCode: '440000' },
};

/** Unions of a few known places: few, meaningful, shared across pages. */
const ORG_PATTERN = /(?:佛山|广州|南海|顺德|禅城|三水|高明|花都|番禺|天河|越秀|广东)[省市区]?总工会/gu;

/**
 * A deterministic, linear stand-in for the extractor (the real one is being built): one
 * article per page, the 总工会 of a few places, people after 主席, metrics `N人`,
 * places by name, an event when the page says 召开. Enough structure to exercise every kind
 * of item the store writes, and shared nodes across pages.
 */
export function fakeExtract(text: string, options: ExtractOptions = {}): ExtractResult {
  const title = (text.split('\n').find((l) => l.trim()) ?? '').trim().slice(0, 60);
  const article = {
    id: stableId('Article', `${title}\u0000${text.slice(0, 200)}`),
    index: 0,
    title,
    text,
    start: 0,
    end: text.length,
  };
  const mention = (start: number, end: number) => ({ article: 0, sentence: text.slice(start, end), start, end });

  const places = Object.entries(PLACES)
    .filter(([needle]) => text.includes(needle))
    .map(([, p]) => ({ ...p }));
  const placeCode = places.find((p) => p.level === 'city')?.code;

  const orgs = new Map<string, ExtractResult['organizations'][number]>();
  for (const m of text.matchAll(ORG_PATTERN)) {
    const name = m[0];
    const org = orgs.get(name) ?? {
      id: stableId('Organization', name),
      name,
      aliases: [],
      kind: 'union' as const,
      ...(placeCode ? { placeCode } : {}),
      mentions: [],
    };
    if (org.mentions.length < 3) org.mentions.push(mention(m.index, m.index + name.length));
    orgs.set(name, org);
  }
  const organizations = [...orgs.values()];
  const firstOrg = organizations[0];

  const people = new Map<string, ExtractResult['people'][number]>();
  for (const m of text.matchAll(/主席([\u4e00-\u9fff]{2,3})/gu)) {
    const name = m[1] as string;
    const person = people.get(name) ?? {
      id: stableId('Person', name),
      name,
      roles: ['主席'],
      positions: [{ role: '主席', title: '主席', ...(firstOrg ? { organizationId: firstOrg.id } : {}) }],
      mentions: [],
    };
    if (person.mentions.length < 3) person.mentions.push(mention(m.index, m.index + m[0].length));
    people.set(name, person);
  }

  const metrics = [...text.matchAll(/(\d+(?:\.\d+)?)(万?)人/gu)].slice(0, 20).map((m) => {
    const value = Number(m[1]) * (m[2] ? 10_000 : 1);
    return {
      id: stableId('Metric', `${m[0]}\u0000${m.index}`),
      value,
      unit: '人',
      qualifier: 'exact' as const,
      subject: '人数',
      text: m[0],
      isTarget: false,
      scope: firstOrg ? { organizationId: firstOrg.id } : placeCode ? { placeCode } : {},
      mentions: [mention(m.index, m.index + m[0].length)],
    };
  });

  const convened = text.indexOf('召开');
  const events =
    convened >= 0
      ? [
          {
            id: stableId('Event', title),
            title,
            date: options.publishedDate ?? null,
            dateSource: options.publishedDate ? ('published' as const) : ('none' as const),
            type: 'meeting' as const,
            ...(placeCode ? { placeCode } : {}),
            organizerIds: firstOrg ? [firstOrg.id] : [],
            participants: [...people.values()].slice(0, 3).map((p) => ({ personId: p.id, part: 'attended' as const })),
            mentions: [mention(convened, convened + 2)],
          },
        ]
      : [];

  return {
    extractorVersion: FAKE_EXTRACTOR_VERSION,
    ...(options.publishedDate ? { publishedDate: options.publishedDate } : {}),
    articles: title ? [article] : [],
    places,
    organizations,
    people: [...people.values()],
    events,
    metrics,
  };
}

/** Document-record attributes that legitimately differ between two runs (clock, timings). */
const VOLATILE = new Set(['createdAt', 'updatedAt', 'timings', 'gsi3sk', 'sequencer', 'lastModified']);

const normalize = (value: unknown): unknown => {
  if (value instanceof Set) return [...value].map(normalize).sort();
  if (Array.isArray(value)) return value.map(normalize);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, normalize(v)]),
    );
  }
  return value;
};

/**
 * Every item of a table, normalized (sets sorted, clock fields of document records dropped)
 * and sorted by key, so two tables built the same way compare equal. Test-only: a Scan.
 */
export async function dumpTable(doc: DynamoDBDocumentClient, tableName: string, options: { raw?: boolean } = {}) {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
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
      const kept = Object.entries(item).filter(([k]) => options.raw || !(isDocument && VOLATILE.has(k)));
      return normalize(Object.fromEntries(kept)) as Record<string, unknown>;
    })
    .sort((a, b) => {
      const ka = `${a.pk}\u0001${a.sk}`;
      const kb = `${b.pk}\u0001${b.sk}`;
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
}

/** The graph part of a dump: everything but document records and manifests (which name the bucket). */
export const graphItems = (dump: Record<string, unknown>[]) =>
  dump.filter((i) => !String(i.pk).startsWith('Document#'));

/** A real-shaped S3 event record (as in @types/aws-lambda), key form-encoded as S3 sends it. */
export function s3Record(
  eventName: string,
  bucket: string,
  key: string,
  extra: { size?: number; sequencer?: string; eTag?: string } = {},
): S3Event['Records'][number] {
  return {
    eventVersion: '2.1',
    eventSource: 'aws:s3',
    awsRegion: 'us-east-1',
    eventTime: new Date().toISOString(),
    eventName,
    userIdentity: { principalId: 'AWS:TEST' },
    requestParameters: { sourceIPAddress: '127.0.0.1' },
    responseElements: { 'x-amz-request-id': 'TEST', 'x-amz-id-2': 'TEST' },
    s3: {
      s3SchemaVersion: '1.0',
      configurationId: 'ingest',
      bucket: { name: bucket, ownerIdentity: { principalId: 'TEST' }, arn: `arn:aws:s3:::${bucket}` },
      object: {
        key: encodeS3Key(key),
        size: extra.size ?? 0,
        eTag: extra.eTag ?? '',
        sequencer: extra.sequencer ?? '0055AED6DCD90281E5',
      },
    },
  };
}

/** Encodes a key the way S3 does in notifications (form encoding: spaces as `+`). */
export const encodeS3Key = (key: string) => encodeURIComponent(key).replace(/%2F/g, '/').replace(/%20/g, '+');

export const s3Event = (...records: S3Event['Records']): S3Event => ({ Records: records });

/** An SQS batch whose messages each carry one S3 event body. */
export function sqsEvent(...bodies: (string | S3Event)[]): SQSEvent {
  return {
    Records: bodies.map((body, i) => ({
      messageId: `m-${i}`,
      receiptHandle: `r-${i}`,
      body: typeof body === 'string' ? body : JSON.stringify(body),
      attributes: {
        ApproximateReceiveCount: '1',
        SentTimestamp: String(Date.now()),
        SenderId: 'TEST',
        ApproximateFirstReceiveTimestamp: String(Date.now()),
      },
      messageAttributes: {},
      md5OfBody: '',
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:ingest',
      awsRegion: 'us-east-1',
    })),
  };
}

/** A minimal valid PNG header (8-byte signature + IHDR start). */
export const PNG_BYTES = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01,
  0x00,
]);

/** Seeded PRNG (mulberry32): the fuzz test is reproducible from its seed. */
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

type Middleware = (
  next: (args: { input: Record<string, unknown> }) => Promise<{ output: Record<string, unknown> }>,
  context: { commandName?: string },
) => (args: { input: Record<string, unknown> }) => Promise<{ output: Record<string, unknown> }>;

/**
 * Adds a middleware to a real SDK client. `step: 'initialize'` runs above the SDK's retry
 * (a throw there fails the `send`); `step: 'deserialize'` runs beneath it (the SDK retries).
 */
export function addMiddleware(
  client: { middlewareStack: unknown },
  step: 'initialize' | 'deserialize',
  middleware: Middleware,
) {
  const stack = client.middlewareStack as { add(mw: unknown, options: { step: string; name: string }): void };
  stack.add(middleware, { step, name: `fault-${counter++}` });
}

/** An error the SDK's retry strategy classifies as throttling. */
export function throttlingError(name = 'ThrottlingException') {
  return Object.assign(new Error('Rate of requests exceeds the allowed throughput (injected).'), {
    name,
    $fault: 'client',
    $metadata: { httpStatusCode: 400, attempts: 1, totalRetryDelay: 0 },
  });
}
