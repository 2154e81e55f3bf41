import type { BudgetCheck } from './budgets.ts';
import type { ScaleFigures } from './scale.ts';
import type { Throughput } from './throughput.ts';
import type { WriteFigures } from './writes.ts';

/**
 * Extraction speed on one core, on the bundle the ingest Lambda deploys (MB are 2^20 bytes of UTF-8
 * page text; per CPU-second figures count the whole process's CPU time, so that other load on the
 * machine does not lower them).
 */
export interface ExtractFigures extends Throughput {
  /** The same measurement of the TypeScript source under tsx, in the bench's own process. */
  source: Omit<Throughput, 'perPage'>;
  /** Median ms from spawning `node` on a pre-bundled ESM file to its answer (import + extract a tiny string). */
  startupMs: number | null;
  /** Median ms inside that process from before the dynamic import to the first result. */
  importAndFirstExtractMs: number | null;
  /** Why the bundled extractor did not start, when it did not. */
  startupError?: string;
}

/** Upload-to-queryable latency and concurrent throughput of one local stack. */
export interface IngestRun {
  /** DynamoDB Local in memory or on disk. */
  storage: 'memory' | 'disk';
  /** Sequential uploads timed. */
  uploads: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** Median ms of each ingest stage (fetch, decode, extract, write) as the document records them. */
  stageMedianMs: Record<string, number>;
  /** Uploads started at once for the throughput figure. */
  concurrent: number;
  /** Pages made queryable a second with `concurrent` uploads in flight. */
  pagesPerSec: number;
  /** Wall time of the concurrent batch. */
  concurrentWallMs: number;
}

/** Ingest figures: in-memory headline plus the on-disk comparison. */
export interface IngestFigures extends IngestRun {
  /** DynamoDB requests to ingest one sample page into an empty table (reads and writes). */
  requestsPerPage: number;
  /** Items in the table per sample page. */
  itemsPerPage: number;
  /** Upload → queryable p50 with DynamoDB Local on disk. */
  diskP50Ms: number | null;
  writes: WriteFigures;
  disk?: IngestRun;
}

/** One query under load, with batching on or off. */
export interface QueryLoad {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  /** `extensions.cost.dynamodbRequests` of one response. */
  dynamodbRequests: number;
  /** Requests per DynamoDB operation of that response. */
  operations: Record<string, number>;
  /** Non-2xx responses and socket errors during the run. */
  errors: number;
}

/** One named query with both loader modes. */
export interface QueryFigures {
  /** The GraphQL document. */
  query: string;
  /** `extensions.cost.depth`. */
  depth: number;
  batched: QueryLoad;
  unbatched?: QueryLoad;
}

/** API figures: headline numbers (the nested query, batching on) and every query. */
export interface ApiFigures {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  nestedRequests: number;
  nestedRequestsUnbatched: number | null;
  /** `extensions.cost.depth` of the nested query (the API counts the leaf field too). */
  nestedDepth: number;
  /** Connection levels of the nested query (4); the budget is this + 2 requests. */
  nestedLevels: number;
  /** Unbatched ÷ batched DynamoDB requests of the nested query. */
  batchingRatio: number | null;
  /** GetItem of the same node through the SDK, same connections and duration: the storage's ceiling. */
  sdkGetItemRps: number;
  /** `node(id)` requests per second through the API in the run paired with {@link sdkGetItemRps}. */
  nodeRpsPaired: number;
  /**
   * `node(id)` requests per second through the API ÷ {@link sdkGetItemRps}: the median of three
   * back-to-back pairs of runs.
   */
  nodeVsSdk: number;
  connections: number;
  durationSec: number;
  queries: Record<string, QueryFigures>;
}

/** Bundle size and cold start of one Lambda handler. */
export interface LambdaRun {
  /** Bytes a cold start loads: the entry file and the chunks it imports statically. */
  bytes: number;
  /** Bytes of the whole package, chunks loaded on demand (PDF.js, mammoth) included. */
  totalBytes: number;
  /** Median ms from spawning `node` on the bundle to the first event's answer; null when it failed. */
  coldStartMs: number | null;
  /** Why the bundle did not answer, when it did not. */
  error?: string;
  /** Median ms of each ingest stage in the cold invocations (ingest only). */
  stageMedianMs?: Record<string, number>;
  /** Every cold-start sample, in run order. */
  samplesMs: number[];
  /** Median ms inside the process until the bundle's import finished (node boot + parse + init). */
  importMs: number | null;
  /** The largest inputs of the bundle by output bytes (package or source folder). */
  topInputs: { name: string; bytes: number }[];
}

/** Lambda figures as the issue names them, plus details per handler. */
export interface LambdaFigures {
  apiBundleBytes: number;
  apiColdStartMs: number | null;
  ingestBundleBytes: number;
  ingestColdStartMs: number | null;
  /**
   * A fresh `node` process running an empty script, spawned and timed like the cold starts
   * (median of 5): the runtime's own share of each, which no change to a bundle can shorten.
   */
  nodeStartMs: number;
  api: LambdaRun;
  ingest: LambdaRun;
}

/** The machine a run came from. */
export interface MachineInfo {
  cpuModel: string;
  cores: number;
  node: string;
  platform: string;
  totalMemGb: number;
  freeMemGb: number;
  /** 1/5/15-minute load averages when the run started. */
  loadAvg: number[];
  /** Load averages when the run ended. */
  loadAvgAfter?: number[];
}

/** One whole run, as printed with `--json` and written to `results/latest.json`. */
export interface BenchResults {
  date: string;
  machine: MachineInfo;
  extract?: ExtractFigures;
  ingest?: IngestFigures;
  api?: ApiFigures;
  lambda?: LambdaFigures;
  /** The scale run (`--scale N`): one step per batch of recombined pages. */
  scale?: ScaleFigures;
  /** Search recall of exact names after the last step of a scale run. */
  search?: { exactNameRecall: number; namesSearched: number };
  budgets: BudgetCheck[];
  /** Sections that threw, with the message. */
  errors: Record<string, string>;
  /** Wall time of each section, seconds. */
  sectionSeconds: Record<string, number>;
}
