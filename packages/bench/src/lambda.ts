import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { LOCAL_CREDENTIALS, LOCAL_REGION, type Stack } from '@reportgraph/local';
import { documentIdFor, ensureTable, GraphStore } from '@reportgraph/store';
import type { Metafile } from 'esbuild';
import { bundleHandler } from '../../../infra/bundle.ts';
import { ANSWER_MARK, timeChild } from './child.ts';
import { loadSamplePages } from './extract.ts';
import { lambdaDataFiles } from './layout.ts';
import { median } from './stats.ts';
import type { LambdaFigures, LambdaRun } from './types.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const COLD_RUNS = 5;
/**
 * Cold runs before the timed ones, checked but not timed: the first requests a freshly started
 * DynamoDB Local (a JVM) serves are slow while it compiles, which is the stand-in warming up,
 * not the Lambda starting. Every timed run is still a new process loading the bundle.
 */
const WARMUP_RUNS = 1;

/** The runner a cold start spawns: import the bundle, answer one event, print the answer. */
const RUNNER = `
const [bundle, eventJson] = process.argv.slice(2);
const { handler } = await import(bundle);
const importMs = performance.now();
const result = await handler(JSON.parse(eventJson), { functionName: 'bench', awsRequestId: 'cold' });
process.stdout.write(${JSON.stringify(ANSWER_MARK)} + JSON.stringify({ importMs, result: result ?? null }) + '\\n');
`;

/**
 * Groups a bundle's output bytes by package (`node_modules/<name>`) or workspace folder, largest
 * first: what dominates the bundle size.
 */
export function topInputs(metafile: Metafile, outfile: string, limit = 8): { name: string; bytes: number }[] {
  const output = Object.entries(metafile.outputs).find(([path]) => path.endsWith(outfile.split('/').pop() ?? ''));
  const groups = new Map<string, number>();
  for (const [path, { bytesInOutput }] of Object.entries(output?.[1].inputs ?? {})) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(path)?.[1];
    const name = pkg ?? path.replace(/^(packages\/[^/]+)\/.*$/, '$1');
    groups.set(name, (groups.get(name) ?? 0) + bytesInOutput);
  }
  return [...groups.entries()]
    .map(([name, bytes]) => ({ name, bytes }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, limit);
}

/** Bundles with `bundleHandler` (what deploys) and names its largest inputs. */
async function bundle(source: string, outfile: string) {
  const { bytes, totalBytes, metafile } = await bundleHandler(join(ROOT, source), outfile);
  return { bytes, totalBytes, top: topInputs(metafile, outfile) };
}

/** Cold-start samples of one bundle, or why it failed. */
interface ColdStarts {
  samples: number[];
  importMs: number;
  error?: string;
}

const failed = (error: unknown): ColdStarts => ({
  samples: [],
  importMs: Number.NaN,
  error: (error instanceof Error ? error.message : String(error)).slice(0, 1000),
});

async function coldStarts(
  runner: string,
  outfile: string,
  events: () => Promise<unknown>,
  env: NodeJS.ProcessEnv,
  check: (result: unknown) => void,
  after: (event: unknown, timed: boolean) => Promise<void> = async () => undefined,
): Promise<ColdStarts> {
  const samples: number[] = [];
  const imports: number[] = [];
  for (let i = 0; i < WARMUP_RUNS + COLD_RUNS; i++) {
    const event = await events();
    const { wallMs, answer } = await timeChild([runner, outfile, JSON.stringify(event)], env);
    check(answer.result);
    await after(event, i >= WARMUP_RUNS);
    if (i < WARMUP_RUNS) continue;
    samples.push(wallMs);
    imports.push(Number(answer.importMs));
  }
  return { samples, importMs: median(imports) };
}

/** The runner for {@link nodeStartMs}: answers at once, having loaded nothing. */
const EMPTY_RUNNER = `process.stdout.write(${JSON.stringify(ANSWER_MARK)} + '{}\\n');`;

/** Median wall time of a fresh `node` that answers at once: what every cold start pays first. */
async function nodeStartMs(workDir: string): Promise<number> {
  const runner = join(workDir, 'empty-runner.mjs');
  await writeFile(runner, EMPTY_RUNNER);
  const samples: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) samples.push((await timeChild([runner])).wallMs);
  return median(samples);
}

/** A Function URL event for one GraphQL POST. */
export function functionUrlEvent(query: string): Record<string, unknown> {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: '/graphql',
    rawQueryString: '',
    headers: { 'content-type': 'application/json', accept: 'application/json', host: 'bench.lambda-url.local' },
    requestContext: {
      domainName: 'bench.lambda-url.local',
      http: { method: 'POST', path: '/graphql', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'bench' },
      requestId: 'bench',
      routeKey: '$default',
      stage: '$default',
      time: new Date().toUTCString(),
      timeEpoch: Date.now(),
    },
    body: JSON.stringify({ query }),
    isBase64Encoded: false,
  };
}

/** An S3 ObjectCreated event for one object. */
export function s3Event(bucket: string, key: string, size: number) {
  return {
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: LOCAL_REGION,
        eventTime: new Date().toISOString(),
        eventName: 'ObjectCreated:Put',
        s3: {
          s3SchemaVersion: '1.0',
          configurationId: 'bench',
          bucket: { name: bucket, arn: `arn:aws:s3:::${bucket}` },
          object: { key: encodeURIComponent(key), size, sequencer: Date.now().toString(16).toUpperCase() },
        },
      },
    ],
  };
}

/** A bundled handler: bytes loaded at a cold start, bytes of the whole package, largest inputs. */
type Bundled = Awaited<ReturnType<typeof bundle>>;

/** The environment both handlers share: local region, credentials and DynamoDB endpoint. */
function baseEnv(stack: Stack) {
  return {
    AWS_REGION: LOCAL_REGION,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    DYNAMODB_ENDPOINT: stack.dynamoEndpoint,
    NODE_ENV: 'production',
  };
}

/** Cold starts of the API bundle, each answering one organizations query from the stack's table. */
function apiColdStarts(runner: string, outfile: string, stack: Stack): Promise<ColdStarts> {
  return coldStarts(
    runner,
    outfile,
    async () => functionUrlEvent('{ organizations(first: 3) { edges { node { name } } } }'),
    { ...baseEnv(stack), TABLE_NAME: stack.tableName, GRAPHIQL: 'false', INTROSPECTION: 'false' },
    (result) => {
      const r = result as { statusCode?: number; body?: string };
      if (r.statusCode !== 200 || !r.body?.includes('"organizations"')) {
        throw new Error(`api cold start answered ${JSON.stringify(result).slice(0, 300)}`);
      }
    },
  ).catch(failed);
}

/** Creates the table `coldTable` in DynamoDB Local and returns a store over it. */
async function coldTableStore(stack: Stack, coldTable: string): Promise<GraphStore> {
  const dynamo = new DynamoDBClient({
    endpoint: stack.dynamoEndpoint,
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
  });
  await ensureTable(dynamo, coldTable);
  dynamo.destroy();
  return new GraphStore({ ...stack.store.ctx, tableName: coldTable });
}

/** Events for the ingest runs: each puts the next sample page in the bucket and returns its S3 event. */
function samplePageEvents(stack: Stack, pages: { text: string }[]): () => Promise<unknown> {
  let n = 0;
  return async () => {
    const page = Buffer.from(pages[n % pages.length]?.text ?? '', 'utf8');
    const key = `bench/cold/${Date.now().toString(36)}-${n++}.txt`;
    await stack.s3.send(
      new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: page, ContentType: 'text/plain' }),
    );
    await stack.idle();
    return s3Event(stack.bucket, key, page.length);
  };
}

/**
 * The check after each ingest run: the object's document must be DONE in `store`; its stage
 * timings are appended to `stages`.
 */
function checkIngested(
  stack: Stack,
  store: GraphStore,
  stages: Record<string, number[]>,
): (event: unknown, timed: boolean) => Promise<void> {
  return async (event, timed) => {
    // Each cold invocation must have left a DONE document in its table.
    const key = decodeURIComponent((event as ReturnType<typeof s3Event>).Records[0]?.s3.object.key ?? '');
    const doc = await store.getDocument(documentIdFor(stack.bucket, key));
    if (doc?.status !== 'DONE') {
      throw new Error(`ingest cold start left ${key} ${doc?.status ?? 'unprocessed'}: ${doc?.error ?? ''}`);
    }
    if (!timed) return;
    for (const [stage, ms] of Object.entries(doc.timings ?? {})) stages[stage] = [...(stages[stage] ?? []), ms];
  };
}

/**
 * Cold starts of the ingest bundle, each processing a fresh sample object into a table of its own,
 * with the stage timings of the runs that finished (kept when a later run fails).
 */
async function ingestColdStarts(
  runner: string,
  outfile: string,
  stack: Stack,
  workDir: string,
): Promise<{ cold: ColdStarts; stages: Record<string, number[]> }> {
  const coldTable = `${stack.tableName}-cold`;
  const coldStore = await coldTableStore(stack, coldTable);
  const pages = await loadSamplePages();
  const stages: Record<string, number[]> = {};
  const dataFiles = await lambdaDataFiles(workDir);
  const cold = await coldStarts(
    runner,
    outfile,
    samplePageEvents(stack, pages),
    {
      ...baseEnv(stack),
      TABLE_NAME: coldTable,
      BUCKET_NAME: stack.bucket,
      S3_ENDPOINT: stack.s3Endpoint,
      POWERTOOLS_LOG_LEVEL: 'WARN',
      ...dataFiles,
    },
    () => undefined,
    checkIngested(stack, coldStore, stages),
  ).catch(failed);
  return { cold, stages };
}

/** One handler's figures from its bundle and cold starts (null times when no run succeeded). */
function lambdaRun(b: Bundled, c: ColdStarts): LambdaRun {
  return {
    bytes: b.bytes,
    totalBytes: b.totalBytes,
    coldStartMs: c.samples.length ? median(c.samples) : null,
    samplesMs: c.samples,
    importMs: c.samples.length ? c.importMs : null,
    topInputs: b.top,
    ...(c.error ? { error: c.error } : {}),
  };
}

/**
 * Bundles both handlers and measures cold starts against the running stack: the API answers a
 * real query from DynamoDB Local; ingest processes a fresh sample object from s3rver into a table
 * of its own (so the stack's bucket bridge and the checksum skip do not interfere).
 */
export async function benchLambda(stack: Stack, workDir: string): Promise<LambdaFigures> {
  const runner = join(workDir, 'cold-runner.mjs');
  await writeFile(runner, RUNNER);
  const apiOut = join(workDir, 'api.mjs');
  const ingestOut = join(workDir, 'ingest.mjs');
  const api = await bundle('packages/api/src/lambda.ts', apiOut);
  const ingest = await bundle('packages/ingest/src/handler.ts', ingestOut);

  const nodeMs = await nodeStartMs(workDir);
  const apiCold = await apiColdStarts(runner, apiOut, stack);
  const { cold: ingestCold, stages } = await ingestColdStarts(runner, ingestOut, stack, workDir);

  const apiRun = lambdaRun(api, apiCold);
  const ingestRun: LambdaRun = {
    ...lambdaRun(ingest, ingestCold),
    stageMedianMs: Object.fromEntries(Object.entries(stages).map(([stage, ms]) => [stage, median(ms)])),
  };
  return {
    apiBundleBytes: apiRun.bytes,
    apiColdStartMs: apiRun.coldStartMs,
    ingestBundleBytes: ingestRun.bytes,
    ingestColdStartMs: ingestRun.coldStartMs,
    nodeStartMs: nodeMs,
    api: apiRun,
    ingest: ingestRun,
  };
}
