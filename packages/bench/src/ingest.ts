import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { encodeGlobalId } from '@reportgraph/api';
import { freePort, type Stack, startStack } from '@reportgraph/local';
import { documentIdFor } from '@reportgraph/store';
import { loadSamplePages } from './extract.ts';
import { gql } from './graphql.ts';
import { percentile } from './stats.ts';
import type { IngestRun } from './types.ts';

const STATUS_QUERY = 'query($id: ID!) { node(id: $id) { ... on Document { status error } } }';
const POLL_MS = 5;

/**
 * Starts the embedded stack in a fresh temporary folder (removed by `stop`).
 *
 * @example
 * const stack = await startBenchStack({ inMemory: true });
 */
export async function startBenchStack(options: { inMemory: boolean }): Promise<Stack> {
  const dataDir = await mkdtemp(join(tmpdir(), 'reportgraph-bench-'));
  const stack = await startStack({
    dataDir,
    inMemory: options.inMemory,
    apiPort: 0,
    s3Port: await freePort(),
    dynamoPort: await freePort(),
    onError: (error) => console.error('[bench] ingest error:', error),
  });
  return {
    ...stack,
    async stop() {
      await stack.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Uploads one page and resolves with the ms until GraphQL shows its `Document` DONE. */
export async function uploadUntilQueryable(
  stack: Stack,
  key: string,
  body: Buffer,
  timeoutMs = 60_000,
): Promise<number> {
  const id = encodeGlobalId('Document', documentIdFor(stack.bucket, key));
  const t0 = performance.now();
  await stack.s3.send(
    new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: body, ContentType: 'text/plain; charset=utf-8' }),
  );
  for (;;) {
    const { data } = await gql(stack.apiUrl, STATUS_QUERY, { id });
    const node = data?.node as { status?: string; error?: string } | null | undefined;
    if (node?.status === 'DONE') return performance.now() - t0;
    if (node?.status === 'FAILED') throw new Error(`${key} failed to ingest: ${node.error ?? ''}`);
    if (performance.now() - t0 > timeoutMs) throw new Error(`${key} not DONE after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/**
 * Upload → queryable latency on a running stack: `uploads` sequential uploads (distinct keys,
 * sample pages cycled) for p50/p95, then `concurrent` uploads at once for pages/s.
 */
export async function measureIngest(
  stack: Stack,
  storage: 'memory' | 'disk',
  uploads: number,
  concurrent: number,
): Promise<IngestRun> {
  const pages = (await loadSamplePages()).map((p) => Buffer.from(p.text, 'utf8'));
  const page = (i: number) => pages[i % pages.length] ?? Buffer.alloc(0);
  const run = `${storage}-${Date.now().toString(36)}`;
  // One untimed upload warms the bridge, the extractor and the connections.
  await uploadUntilQueryable(stack, `bench/${run}/warmup.txt`, page(0));
  const latencies: number[] = [];
  const stages: Record<string, number[]> = {};
  for (let i = 0; i < uploads; i++) {
    const key = `bench/${run}/seq-${i}.txt`;
    latencies.push(await uploadUntilQueryable(stack, key, page(i)));
    const doc = await stack.store.getDocument(documentIdFor(stack.bucket, key));
    for (const [stage, ms] of Object.entries(doc?.timings ?? {})) {
      stages[stage] = [...(stages[stage] ?? []), ms];
    }
  }
  await stack.idle();
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrent }, (_, i) =>
      uploadUntilQueryable(stack, `bench/${run}/par-${i}.txt`, page(i), 180_000),
    ),
  );
  const wallMs = performance.now() - t0;
  await stack.idle();
  return {
    storage,
    uploads,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    maxMs: Math.max(...latencies),
    stageMedianMs: Object.fromEntries(Object.entries(stages).map(([stage, ms]) => [stage, percentile(ms, 50)])),
    concurrent,
    pagesPerSec: concurrent / (wallMs / 1000),
    concurrentWallMs: wallMs,
  };
}
