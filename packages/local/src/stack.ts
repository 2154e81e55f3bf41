import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { DEFAULT_UPLOAD_PREFIX, startServer } from '@reportgraph/api';
import { withExplorer } from '@reportgraph/explorer/serve';
import { createIngestor, type SweepReport, sweep } from '@reportgraph/ingest';
import { createDocumentClient, ensureTable, GraphStore } from '@reportgraph/store';
import type { S3Event } from 'aws-lambda';
import { DEFAULT_DELIVERY, type DeadLetter, type DeliveryPolicy, deliverEvent } from './delivery.ts';
import { asAwsEvent } from './s3-events.ts';
import { LOCAL_CREDENTIALS, LOCAL_REGION, type RunningService, startDynamoDbLocal, startS3rver } from './services.ts';
import { type LoadingState, withStatus } from './status.ts';

export interface StackOptions {
  /** API port; 0 picks a free one. */
  apiPort?: number;
  s3Port?: number;
  dynamoPort?: number;
  /** Folder for DynamoDB and S3 data; kept between runs. */
  dataDir: string;
  /** Start empty: remove the data folder first. */
  reset?: boolean;
  /**
   * Keep DynamoDB in memory instead of `dataDir`. DynamoDB Local syncs every write to disk,
   * which makes ingest several times slower; tests and benchmarks that need no persistence use this.
   */
  inMemory?: boolean;
  tableName?: string;
  bucket?: string;
  /** Key prefix `createUploadUrl` writes under; default `uploads/`. */
  uploadPrefix?: string;
  /** Called with each failure of the event bridge (the stack keeps running). */
  onError?: (error: unknown) => void;
  /** How failed events are retried before they are dead-lettered (default: 3 tries, 2 s and 8 s apart). */
  delivery?: DeliveryPolicy;
  /** Run the sweeper this often (and once at start); off when absent. */
  sweepEveryMs?: number;
  /** Told what each scheduled sweep repaired. */
  onSweep?: (report: SweepReport) => void;
}

/** A running embedded stack. */
export interface Stack {
  apiUrl: string;
  s3Endpoint: string;
  dynamoEndpoint: string;
  bucket: string;
  tableName: string;
  s3: S3Client;
  store: GraphStore;
  /** Resolves when every bucket event received so far has been handled. */
  idle(): Promise<void>;
  /** Sets what `GET /status` says (and the `x-reportgraph-loading` header), e.g. while the samples load. */
  setLoading(state: LoadingState): void;
  /** Events that failed every try (also appended to `<dataDir>/dead-letters.jsonl`). */
  deadLetters: DeadLetter[];
  /** Compares the documents with the bucket now and repairs what differs (see `sweep`). */
  sweep(): Promise<SweepReport>;
  stop(): Promise<void>;
}

/**
 * Starts DynamoDB Local, s3rver with a bucket whose ObjectCreated/ObjectRemoved events invoke
 * the real ingest handler code, and the GraphQL API: the whole system on one machine.
 *
 * @example
 * const stack = await startStack({ dataDir: '.data', apiPort: 4000 });
 * console.log(stack.apiUrl); // http://127.0.0.1:4000/graphql
 */
export async function startStack(options: StackOptions): Promise<Stack> {
  const bucket = options.bucket ?? 'reports';
  const tableName = options.tableName ?? 'reportgraph';
  if (options.reset) await rm(options.dataDir, { recursive: true, force: true });
  const dynamoDir = join(options.dataDir, 'dynamodb');
  await mkdir(dynamoDir, { recursive: true });

  const started: RunningService[] = [];
  try {
    const dynamo = await startDynamoDbLocal({
      port: options.dynamoPort,
      ...(options.inMemory ? {} : { dataDir: dynamoDir }),
    });
    started.push(dynamo);
    const s3Service = await startS3rver({
      port: options.s3Port,
      directory: join(options.dataDir, 's3'),
      buckets: [bucket],
      cors: true,
    });
    started.push(s3Service);

    const dynamoClient = new DynamoDBClient({
      endpoint: dynamo.endpoint,
      region: LOCAL_REGION,
      credentials: LOCAL_CREDENTIALS,
    });
    await ensureTable(dynamoClient, tableName);
    const store = new GraphStore({
      doc: createDocumentClient({ endpoint: dynamo.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS }),
      tableName,
    });
    const s3 = new S3Client({
      endpoint: s3Service.endpoint,
      region: LOCAL_REGION,
      credentials: LOCAL_CREDENTIALS,
      forcePathStyle: true,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });

    // The bucket notification: each event goes to the ingest handler code, retried as Lambda would.
    const ingestor = createIngestor({ s3, store });
    const deadLetters: DeadLetter[] = [];
    const target = {
      ingestor,
      policy: options.delivery ?? DEFAULT_DELIVERY,
      deadLetters,
      deadLetterFile: join(options.dataDir, 'dead-letters.jsonl'),
      onError: options.onError ?? console.error,
    };
    const pending = new Set<Promise<unknown>>();
    s3Service.onEvent((event: S3Event) => {
      const run = deliverEvent(target, asAwsEvent(event)).finally(() => pending.delete(run));
      pending.add(run);
    });
    const sweepNow = () => sweep({ ingestor, store, s3, bucket });
    const sweeper = startSweeper(sweepNow, options);

    // The explorer's static files at `/`, the stack's `/status`; `/graphql` and everything else goes to the API.
    const loading: LoadingState = { loading: false };
    const api = await startServer({
      port: options.apiPort ?? 0,
      store,
      wrap: (next) => withStatus(() => loading, withExplorer(next)),
      uploads: { bucket, prefix: options.uploadPrefix ?? DEFAULT_UPLOAD_PREFIX, s3 },
    });
    started.push({ endpoint: api.url, port: 0, stop: api.close });

    return {
      apiUrl: api.url,
      s3Endpoint: s3Service.endpoint,
      dynamoEndpoint: dynamo.endpoint,
      bucket,
      tableName,
      s3,
      store,
      setLoading(state) {
        Object.assign(loading, { loading: false, done: undefined, total: undefined }, state);
      },
      async idle() {
        while (pending.size > 0) await Promise.allSettled([...pending]);
      },
      deadLetters,
      sweep: sweepNow,
      async stop() {
        sweeper.stop();
        await Promise.allSettled([...pending]);
        for (const service of started.reverse()) await service.stop().catch(() => undefined);
        s3.destroy();
        dynamoClient.destroy();
      },
    };
  } catch (error) {
    for (const service of started.reverse()) await service.stop().catch(() => undefined);
    throw error;
  }
}

/** The local sweeper job: once at start, then every `sweepEveryMs` (never two at once). */
function startSweeper(run: () => Promise<SweepReport>, options: StackOptions): { stop(): void } {
  if (!options.sweepEveryMs) return { stop() {} };
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    run()
      .then((report) => options.onSweep?.(report))
      .catch((error: unknown) => (options.onError ?? console.error)(error))
      .finally(() => {
        running = false;
      });
  };
  tick();
  const timer = setInterval(tick, options.sweepEveryMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
