import type { BudgetCheck } from './budgets.ts';
import { fmt, fmtBytes, type Row } from './table.ts';
import type { BenchResults, IngestRun } from './types.ts';

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

/**
 * The printed table of one run: every headline figure, with its budget and verdict where it has one.
 */
export function resultRows(results: BenchResults): Row[] {
  const rows: Row[] = [];
  const budget = (name: string) => results.budgets.find((b) => b.name === name);
  const withBudget = (row: Row, name: string): Row => {
    const b = budget(name);
    return b ? { ...row, budget: budgetText(b), verdict: b.verdict } : row;
  };
  const { extract, ingest, api, lambda } = results;
  if (extract) {
    rows.push(
      withBudget(
        { section: 'extract', metric: 'MB/s per core, ~10 MB corpus (CPU time)', value: fmt(extract.mbPerSec, 2) },
        'extract per core',
      ),
      { section: 'extract', metric: 'MB/s, ~10 MB corpus (wall clock)', value: fmt(extract.wallMbPerSec, 2) },
      { section: 'extract', metric: 'MB/s per core, sample pages', value: fmt(extract.samplesMbPerSec, 2) },
      {
        section: 'extract',
        metric: 'MB/s per core by page (min–max)',
        value: `${fmt(Math.min(...Object.values(extract.perPage)), 2)}–${fmt(Math.max(...Object.values(extract.perPage)), 2)}`,
      },
      {
        section: 'extract',
        metric: 'start-up, fresh process (median of 5)',
        value: extract.startupError ? 'FAILED (see below)' : `${fmt(extract.startupMs)} ms`,
      },
      {
        section: 'extract',
        metric: '└ of which import + first extract',
        value: `${fmt(extract.importAndFirstExtractMs)} ms`,
      },
    );
  }
  if (ingest) {
    rows.push(...ingestRows('ingest (memory)', ingest));
    if (ingest.disk) rows.push(...ingestRows('ingest (disk)', ingest.disk));
  }
  if (api) {
    for (const [name, q] of Object.entries(api.queries)) {
      const on = q.batched;
      const off = q.unbatched;
      rows.push({
        section: 'api',
        metric: `${name}: rps / p50 / p99`,
        value: `${fmt(on.rps)} / ${fmt(on.p50Ms, 0)} ms / ${fmt(on.p99Ms, 0)} ms`,
      });
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
      rows.push(name === 'nested' ? withBudget(requests, 'nested query requests') : requests);
    }
    rows.push({
      section: 'api',
      metric: 'batching ratio, nested (off ÷ on requests)',
      value: `${fmt(api.batchingRatio, 1)}×`,
    });
  }
  if (lambda) {
    rows.push(
      withBudget({ section: 'lambda', metric: 'api bundle', value: fmtBytes(lambda.apiBundleBytes) }, 'api bundle'),
      withBudget(
        {
          section: 'lambda',
          metric: 'api cold start (median of 5)',
          value: lambda.api.error ? 'FAILED (see below)' : `${fmt(lambda.apiColdStartMs)} ms`,
        },
        'api cold start',
      ),
      { section: 'lambda', metric: '└ of which import', value: `${fmt(lambda.api.importMs)} ms` },
      {
        section: 'lambda',
        metric: 'ingest bundle loaded at cold start / whole package',
        value: `${fmtBytes(lambda.ingestBundleBytes)} / ${fmtBytes(lambda.ingest.totalBytes)}`,
      },
      withBudget(
        {
          section: 'lambda',
          metric: 'ingest cold start (median of 5)',
          value: lambda.ingest.error ? 'FAILED (see below)' : `${fmt(lambda.ingestColdStartMs)} ms`,
        },
        'ingest cold start',
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
      {
        section: 'lambda',
        metric: 'api bundle, largest inputs',
        value: lambda.api.topInputs
          .slice(0, 3)
          .map((t) => `${t.name} ${fmt(t.bytes / 1000, 0)} kB`)
          .join(', '),
      },
      {
        section: 'lambda',
        metric: 'ingest bundle, largest inputs',
        value: lambda.ingest.topInputs
          .slice(0, 3)
          .map((t) => `${t.name} ${fmt(t.bytes / 1000, 0)} kB`)
          .join(', '),
      },
    );
  }
  return rows;
}
