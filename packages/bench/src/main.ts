import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchApi } from './api.ts';
import { budgetSummary, checkBudgets } from './budgets.ts';
import { benchExtractSection } from './extract.ts';
import { measureIngest, startBenchStack } from './ingest.ts';
import { benchLambda } from './lambda.ts';
import { machineInfo } from './machine.ts';
import { resultRows } from './rows.ts';
import { benchScale } from './scale.ts';
import { formatTable } from './table.ts';
import type { BenchResults } from './types.ts';
import { measureWrites } from './writes.ts';

const SECTIONS = ['extract', 'ingest', 'api', 'lambda'] as const;
const RESULTS_DIR = fileURLToPath(new URL('../results/', import.meta.url));

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    only: { type: 'string' },
    uploads: { type: 'string', default: '50' },
    'disk-uploads': { type: 'string', default: '10' },
    concurrent: { type: 'string', default: '20' },
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '10' },
    quick: { type: 'boolean', default: false },
    scale: { type: 'string' },
    'scale-batch': { type: 'string', default: '100' },
    'no-write': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(`pnpm bench [--json] [--only extract,ingest,api,lambda] [--uploads 50] [--disk-uploads 10]
           [--concurrent 20] [--duration 5] [--connections 10] [--quick] [--no-write]
           [--scale N [--scale-batch 100]]   N recombined pages in batches, figures after each batch`);
  process.exit(0);
}

const scaleTotal = values.scale === undefined ? 0 : Number(values.scale);
// A scale run keeps its own file, so it never replaces the figures of a full run.
const RESULTS_FILE = join(RESULTS_DIR, scaleTotal > 0 ? 'scale.json' : 'latest.json');
// A scale run is a section of its own; the others run only when named with --only.
const only = new Set((values.only ?? (scaleTotal > 0 ? 'scale' : SECTIONS.join(','))).split(',').map((s) => s.trim()));
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
const num = (text: string | undefined, fallback: number) => (Number.isFinite(Number(text)) ? Number(text) : fallback);

const results: BenchResults = {
  date: new Date().toISOString(),
  machine: machineInfo(),
  budgets: [],
  errors: {},
  sectionSeconds: {},
};
const workDir = await mkdtemp(join(tmpdir(), 'reportgraph-bench-work-'));

async function section<T>(name: string, run: () => Promise<T>): Promise<T | undefined> {
  if (!only.has(name)) return undefined;
  log(`${name} …`);
  const t0 = performance.now();
  try {
    return await run();
  } catch (error) {
    // One broken section must not lose the others' figures.
    results.errors[name] = error instanceof Error ? error.message : String(error);
    log(`${name} FAILED: ${results.errors[name]}`);
    return undefined;
  } finally {
    results.sectionSeconds[name] = Math.round((performance.now() - t0) / 100) / 10;
    log(`${name} done in ${results.sectionSeconds[name]} s`);
  }
}

try {
  results.extract = await section('extract', () => benchExtractSection(workDir, { quick: values.quick }));
  const needStack = only.has('ingest') || only.has('api') || only.has('lambda') || only.has('scale');
  const stack = needStack ? await startBenchStack({ inMemory: true }) : undefined;
  try {
    if (stack) {
      const ingest = await section('ingest', async () => {
        log('ingest: requests and items per sample page …');
        const writes = await measureWrites(stack);
        const memory = await measureIngest(stack, 'memory', num(values.uploads, 50), num(values.concurrent, 20));
        log('ingest: DynamoDB Local on disk …');
        const diskStack = await startBenchStack({ inMemory: false });
        try {
          const n = num(values['disk-uploads'], 10);
          const disk = await measureIngest(diskStack, 'disk', n, n);
          return {
            ...memory,
            requestsPerPage: writes.requestsPerPage,
            itemsPerPage: writes.itemsPerPage,
            diskP50Ms: disk.p50Ms,
            writes,
            disk,
          };
        } finally {
          await diskStack.stop();
        }
      });
      if (ingest) results.ingest = ingest;
      results.api = await section('api', () =>
        benchApi(stack, { connections: num(values.connections, 10), durationSec: num(values.duration, 5), log }),
      );
      results.lambda = await section('lambda', () => benchLambda(stack, workDir));
      results.scale = await section('scale', () =>
        benchScale(stack, { total: scaleTotal, batch: num(values['scale-batch'], 100), log }),
      );
      const last = results.scale?.steps.at(-1);
      if (last) results.search = { exactNameRecall: last.exactNameRecall, namesSearched: last.namesSearched };
    }
  } finally {
    await stack?.stop();
  }
} finally {
  await rm(workDir, { recursive: true, force: true });
}

results.machine.loadAvgAfter = loadavg().map((l) => Math.round(l * 100) / 100);
const { lambda, api, extract, ingest } = results;
results.budgets = checkBudgets({
  'extract.mbPerSec': extract?.mbPerSec,
  'extract.startupMs': extract?.startupMs,
  'ingest.requestsPerPage': ingest?.requestsPerPage,
  'ingest.itemsPerPage': ingest?.itemsPerPage,
  'ingest.diskP50Ms': ingest?.diskP50Ms,
  'lambda.ingestColdStartMs': lambda?.ingestColdStartMs,
  'lambda.apiColdStartMs': lambda?.apiColdStartMs,
  'lambda.apiBundleBytes': lambda?.apiBundleBytes,
  'api.nestedRequests': api?.nestedRequests,
  'api.nodeVsSdk': api?.nodeVsSdk,
  broken: [
    ...(lambda?.api.error ? (['lambda.apiColdStartMs'] as const) : []),
    ...(lambda?.ingest.error ? (['lambda.ingestColdStartMs'] as const) : []),
    ...(extract?.startupError ? (['extract.startupMs'] as const) : []),
  ],
});

const json = JSON.stringify(results, null, 2);
if (!values['no-write']) {
  await mkdir(join(RESULTS_FILE, '..'), { recursive: true });
  await writeFile(RESULTS_FILE, `${json}\n`);
  log(`wrote ${RESULTS_FILE}`);
}
if (values.json) {
  process.stdout.write(`${json}\n`);
} else {
  const m = results.machine;
  console.log(`reportgraph bench — ${results.date}`);
  console.log(
    `${m.cpuModel}, ${m.cores} cores, Node ${m.node}, load ${m.loadAvg.join(' ')} → ${m.loadAvgAfter?.join(' ')}\n`,
  );
  console.log(formatTable(resultRows(results)));
  for (const [name, message] of Object.entries(results.errors)) console.log(`\n${name} FAILED: ${message}`);
  if (extract?.startupError) console.log(`\nextract start-up FAILED: ${extract.startupError}`);
  for (const [name, run] of Object.entries({ api: lambda?.api, ingest: lambda?.ingest })) {
    if (run?.error) console.log(`\n${name} Lambda cold start FAILED: ${run.error}`);
  }
  console.log(`\n${budgetSummary(results.budgets)}`);
}
// SDK clients and autocannon workers may keep handles open; the run is complete.
process.exit(0);
