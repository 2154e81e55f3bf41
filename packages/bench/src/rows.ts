import type { BudgetCheck } from './budgets.ts';
import type { ScaleFigures } from './scale.ts';
import { fmt, fmtBytes, type Row } from './table.ts';
import type {
  ApiFigures,
  BenchResults,
  ExtractFigures,
  IngestFigures,
  IngestRun,
  LambdaFigures,
  LambdaRun,
  QueryFigures,
} from './types.ts';

const budgetText = (b: BudgetCheck) =>
  `${b.kind === 'max' ? '≤' : '≥'} ${b.unit === 'bytes' ? fmtBytes(b.limit) : `${fmt(b.limit)} ${b.unit}`}`;

function ingestRows(section: string, run: IngestRun): Row[] {
  return [
    { section, metric: `upload → queryable p50 (${run.uploads} uploads)`, value: `${fmt(run.p50Ms)} ms` },
    { section, metric: 'upload → queryable p95', value: `${fmt(run.p95Ms)} ms` },
    {
      section,
      metric: 'stage medians (fetch/decode/extract/write)',
      value: ['fetchMs', 'decodeMs', 'extractMs', 'writeMs'].map((s) => fmt(run.stageMedianMs[s], 0)).join(' / '),
    },
    { section, metric: `throughput, ${run.concurrent} uploads at once`, value: `${fmt(run.pagesPerSec, 2)} pages/s` },
  ];
}

/** Attaches the text and verdict of the budget called `name` to a row, when the run checked one. */
function withBudget(budgets: BudgetCheck[], row: Row, name: string): Row {
  const b = budgets.find((c) => c.name === name);
  return b ? { ...row, budget: budgetText(b), verdict: b.verdict } : row;
}

/** The extract section: speed per core and by wall clock, per page, and fresh-process start-up. */
function extractRows(extract: ExtractFigures, budgets: BudgetCheck[]): Row[] {
  return [
    withBudget(
      budgets,
      {
        section: 'extract',
        metric: 'MB/s per core, ~10 MB of the 45 pages (CPU time, Lambda bundle)',
        value: fmt(extract.mbPerSec, 2),
      },
      'extract.mbPerSec',
    ),
    { section: 'extract', metric: 'MB/s, ~10 MB of the 45 pages (wall clock)', value: fmt(extract.wallMbPerSec, 2) },
    {
      section: 'extract',
      metric: '└ the TypeScript source under tsx (CPU time)',
      value: fmt(extract.source.mbPerSec, 2),
    },
    { section: 'extract', metric: 'MB/s per core, first pass in a fresh process', value: fmt(extract.coldMbPerSec, 2) },
    { section: 'extract', metric: 'MB/s per core, one 5 MB text', value: fmt(extract.bigTextMbPerSec, 2) },
    {
      section: 'extract',
      metric: 'MB/s per core by page (min–max)',
      value: `${fmt(Math.min(...Object.values(extract.perPage)), 2)}–${fmt(Math.max(...Object.values(extract.perPage)), 2)}`,
    },
    withBudget(
      budgets,
      {
        section: 'extract',
        metric: 'start-up, fresh process (median of 5)',
        value: extract.startupError ? 'FAILED (see below)' : `${fmt(extract.startupMs)} ms`,
      },
      'extract.startupMs',
    ),
    {
      section: 'extract',
      metric: '└ of which import + first extract',
      value: `${fmt(extract.importAndFirstExtractMs)} ms`,
    },
  ];
}

/** The ingest sections: the in-memory run, then the on-disk run when there is one. */
function ingestSectionRows(ingest: IngestFigures, budgets: BudgetCheck[]): Row[] {
  const section = 'ingest';
  const rows: Row[] = [
    withBudget(
      budgets,
      { section, metric: 'DynamoDB requests per sample page', value: fmt(ingest.requestsPerPage, 1) },
      'ingest.requestsPerPage',
    ),
    withBudget(
      budgets,
      { section, metric: 'items per sample page', value: fmt(ingest.itemsPerPage, 1) },
      'ingest.itemsPerPage',
    ),
    withBudget(
      budgets,
      { section, metric: 'upload → queryable p50, DynamoDB Local on disk', value: `${fmt(ingest.diskP50Ms)} ms` },
      'ingest.diskP50Ms',
    ),
    ...ingestRows('ingest (memory)', ingest),
  ];
  if (ingest.disk) rows.push(...ingestRows('ingest (disk)', ingest.disk));
  return rows;
}

/** One query's rows: load with batching on, with it off when measured, and DynamoDB requests both ways. */
function queryRows(name: string, q: QueryFigures, budgets: BudgetCheck[]): Row[] {
  const on = q.batched;
  const off = q.unbatched;
  const rows: Row[] = [
    {
      section: 'api',
      metric: `${name}: rps / p50 / p99`,
      value: `${fmt(on.rps)} / ${fmt(on.p50Ms, 0)} ms / ${fmt(on.p99Ms, 0)} ms`,
    },
  ];
  if (off) {
    rows.push({
      section: 'api',
      metric: `${name}, batching off: rps / p50 / p99`,
      value: `${fmt(off.rps)} / ${fmt(off.p50Ms, 0)} ms / ${fmt(off.p99Ms, 0)} ms`,
    });
  }
  const requests = {
    section: 'api',
    metric: `${name}: DynamoDB requests on / off`,
    value: `${on.dynamodbRequests} / ${off?.dynamodbRequests ?? '–'}`,
  };
  rows.push(name === 'nested' ? withBudget(budgets, requests, 'api.nestedRequests') : requests);
  return rows;
}

/** The api section: every query's rows in order, then the nested query's batching ratio. */
function apiRows(api: ApiFigures, budgets: BudgetCheck[]): Row[] {
  const rows = Object.entries(api.queries).flatMap(([name, q]) => queryRows(name, q, budgets));
  rows.push({
    section: 'api',
    metric: 'batching ratio, nested (off ÷ on requests)',
    value: `${fmt(api.batchingRatio, 1)}×`,
  });
  rows.push(
    withBudget(
      budgets,
      {
        section: 'api',
        metric: 'node(id) rps ÷ SDK GetItem loop rps (median of 3 back-to-back pairs)',
        value: `${fmt(api.nodeVsSdk, 2)} (API ${fmt(api.nodeRpsPaired)} / SDK ${fmt(api.sdkGetItemRps)} rps)`,
      },
      'api.nodeVsSdk',
    ),
  );
  return rows;
}

/** The three largest inputs of a bundle, as `name N kB` joined by commas. */
function topInputsText(run: LambdaRun): string {
  return run.topInputs
    .slice(0, 3)
    .map((t) => `${t.name} ${fmt(t.bytes / 1000, 0)} kB`)
    .join(', ');
}

/** The api handler's bundle size and cold start, with its import time. */
function lambdaApiRows(lambda: LambdaFigures, budgets: BudgetCheck[]): Row[] {
  return [
    withBudget(
      budgets,
      { section: 'lambda', metric: 'api bundle', value: fmtBytes(lambda.apiBundleBytes) },
      'lambda.apiBundleBytes',
    ),
    withBudget(
      budgets,
      {
        section: 'lambda',
        metric: 'api cold start (median of 5)',
        value: lambda.api.error ? 'FAILED (see below)' : `${fmt(lambda.apiColdStartMs)} ms`,
      },
      'lambda.apiColdStartMs',
    ),
    { section: 'lambda', metric: '└ of which import', value: `${fmt(lambda.api.importMs)} ms` },
    {
      // The runtime's share, the same in both cold starts: how slow this machine starts any node.
      section: 'lambda',
      metric: '└ of which node itself (empty script, median of 5)',
      value: `${fmt(lambda.nodeStartMs)} ms`,
    },
  ];
}

/** The ingest handler's bundle sizes and cold start, broken into import, non-write time and stages. */
function lambdaIngestRows(lambda: LambdaFigures, budgets: BudgetCheck[]): Row[] {
  return [
    {
      section: 'lambda',
      metric: 'ingest bundle loaded at cold start / whole package',
      value: `${fmtBytes(lambda.ingestBundleBytes)} / ${fmtBytes(lambda.ingest.totalBytes)}`,
    },
    withBudget(
      budgets,
      {
        section: 'lambda',
        metric: 'ingest cold start (median of 5)',
        value: lambda.ingest.error ? 'FAILED (see below)' : `${fmt(lambda.ingestColdStartMs)} ms`,
      },
      'lambda.ingestColdStartMs',
    ),
    { section: 'lambda', metric: '└ of which import', value: `${fmt(lambda.ingest.importMs)} ms` },
    {
      // What is not the table write: the part of a cold start a faster table cannot shorten.
      section: 'lambda',
      metric: '└ all but the graph write (DynamoDB Local)',
      value:
        lambda.ingestColdStartMs === null || lambda.ingest.stageMedianMs?.writeMs === undefined
          ? '–'
          : `${fmt(lambda.ingestColdStartMs - lambda.ingest.stageMedianMs.writeMs)} ms`,
    },
    {
      section: 'lambda',
      metric: '└ ingest stages in cold runs (fetch/decode/extract/write)',
      value: ['fetchMs', 'decodeMs', 'extractMs', 'writeMs']
        .map((s) => fmt(lambda.ingest.stageMedianMs?.[s], 0))
        .join(' / '),
    },
  ];
}

/** The lambda section: api rows, ingest rows, then each bundle's largest inputs. */
function lambdaRows(lambda: LambdaFigures, budgets: BudgetCheck[]): Row[] {
  return [
    ...lambdaApiRows(lambda, budgets),
    ...lambdaIngestRows(lambda, budgets),
    { section: 'lambda', metric: 'api bundle, largest inputs', value: topInputsText(lambda.api) },
    { section: 'lambda', metric: 'ingest bundle, largest inputs', value: topInputsText(lambda.ingest) },
  ];
}

/** One row per step of a scale run: table size, the hub node, query p50s and search recall. */
function scaleRows(scale: ScaleFigures): Row[] {
  return scale.steps.map((step) => ({
    section: `scale ${step.pages}`,
    metric: 'items (per page), MB; hub bytes, RU; p50 node/list/nested/search; exact-name recall',
    value: [
      `${fmt(step.items)} (${fmt(step.itemsPerPage, 0)}), ${fmt(step.bytes / 1e6, 1)} MB`,
      `hub ${fmt(step.hubItemBytes)} B, ${fmt(step.hubReadUnits, 1)} RU`,
      `${[step.p50Ms.node, step.p50Ms.list, step.p50Ms.nested, step.p50Ms.search].map((ms) => fmt(ms, 0)).join('/')} ms`,
      `recall ${fmt(step.exactNameRecall, 3)} of ${step.namesSearched}`,
    ].join('; '),
  }));
}

/**
 * The printed table of one run: every headline figure, with its budget and verdict where it has one.
 */
export function resultRows(results: BenchResults): Row[] {
  const { extract, ingest, api, lambda, budgets } = results;
  return [
    ...(extract ? extractRows(extract, budgets) : []),
    ...(ingest ? ingestSectionRows(ingest, budgets) : []),
    ...(api ? apiRows(api, budgets) : []),
    ...(lambda ? lambdaRows(lambda, budgets) : []),
    ...(results.scale ? scaleRows(results.scale) : []),
  ];
}
