import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '@reportgraph/extract';
import { SAMPLES_DIR } from '@reportgraph/local';
import { bundleHandler } from '../../../infra/bundle.ts';
import { ANSWER_MARK, timeChild } from './child.ts';
import { lambdaDataFiles } from './layout.ts';
import { median } from './stats.ts';
import type { ExtractFigures } from './types.ts';

const MB = 1024 * 1024;
const EXTRACT_ENTRY = fileURLToPath(new URL('../../extract/src/index.ts', import.meta.url));

/** The development corpus beside the samples: 40 pages from other sites and provinces. */
const WEB_PAGES_DIR = fileURLToPath(new URL('../../extract/corpus/web/', import.meta.url));

/** The sample pages, by file name. */
export async function loadSamplePages(dir = SAMPLES_DIR): Promise<{ name: string; text: string }[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  return Promise.all(files.map(async (name) => ({ name, text: await readFile(join(dir, name), 'utf8') })));
}

/** All 45 pages of the development corpus: the samples and the web pages. */
export async function loadCorpusPages(): Promise<{ name: string; text: string }[]> {
  return [...(await loadSamplePages()), ...(await loadSamplePages(WEB_PAGES_DIR))];
}

/** Speed of one measurement: by wall clock and by CPU time of this process. */
interface Speed {
  /** MB per CPU-second (user + system of this process): the per-core figure, robust to other load. */
  cpu: number;
  /** MB per wall-clock second (lower when other processes share the cores). */
  wall: number;
}

/** Extracts `pages` in turn until at least `minMs` have passed (and `maxBytes` not reached). */
function throughput(pages: readonly string[], minMs: number, maxBytes = Number.POSITIVE_INFINITY): Speed {
  let bytes = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  do {
    for (const page of pages) {
      extract(page);
      bytes += Buffer.byteLength(page, 'utf8');
    }
  } while (performance.now() - t0 < minMs && bytes < maxBytes);
  const wallSec = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSec = (cpu.user + cpu.system) / 1e6;
  return { cpu: bytes / MB / cpuSec, wall: bytes / MB / wallSec };
}

/**
 * A ~10 MB corpus built from the sample pages: each copy gets a distinct header line so no two
 * pages are byte-identical (nothing can be served from a cache keyed by content).
 */
export function buildCorpus(pages: readonly string[], targetBytes = 10 * MB): string[] {
  const corpus: string[] = [];
  let bytes = 0;
  for (let copy = 0; bytes < targetBytes; copy++) {
    for (const page of pages) {
      const text = `第${copy + 1}期\n${page}`;
      corpus.push(text);
      bytes += Buffer.byteLength(text, 'utf8');
    }
  }
  return corpus;
}

/**
 * Start-up of the extractor in a fresh process, `runs` times: the extractor is pre-bundled with
 * esbuild (as the Lambda bundle would carry it) so no TypeScript transpiling is counted, and set
 * up as the ingest Lambda and the CLI set it up before their first page.
 */
async function startup(workDir: string, runs: number): Promise<{ wallMs: number; insideMs: number }> {
  const env = await lambdaDataFiles(workDir);
  const entry = join(workDir, 'extract-startup.ts');
  await writeFile(
    entry,
    [
      'const t0 = performance.now();',
      `const { compileRegexesEagerly, extract } = await import(${JSON.stringify(EXTRACT_ENTRY)});`,
      // As the processes that extract start (the ingest Lambda, the CLI): see regex-tiering.ts.
      'compileRegexesEagerly();',
      "const result = extract('佛山市总工会召开会议。');",
      `process.stdout.write(${JSON.stringify(ANSWER_MARK)} + JSON.stringify({ ms: performance.now() - t0, organizations: result.organizations.length }) + '\\n');`,
      'export {};',
    ].join('\n'),
  );
  const { outfile } = await bundleHandler(entry, join(workDir, 'extract-startup.mjs'));
  const wall: number[] = [];
  const inside: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { wallMs, answer } = await timeChild([outfile], env);
    wall.push(wallMs);
    inside.push(Number(answer.ms));
  }
  return { wallMs: median(wall), insideMs: median(inside) };
}

/**
 * Extraction speed on one core (this process's main thread), over the 45 pages of the development
 * corpus: the first pass over them in this process (cold: the JIT has not tuned the code yet, as in
 * a new Lambda container), each page, a ~10 MB corpus built from them, and one 5 MB text; plus
 * start-up in a fresh process. Pages differ, so no cache keyed by a sentence can serve a repeat.
 */
export async function benchExtractSection(workDir: string, options: { quick?: boolean } = {}): Promise<ExtractFigures> {
  const pages = await loadCorpusPages();
  const texts = pages.map((p) => p.text);
  const cold = throughput(texts, 0, 1);
  // Warm up: JIT, lazily built lexicons and gazetteers.
  throughput(buildCorpus(texts, 2 * MB), 0);
  const perPage: Record<string, number> = {};
  for (const page of pages)
    perPage[basename(page.name, '.txt')] = throughput([page.text], options.quick ? 50 : 200).cpu;
  const corpus = buildCorpus(texts, options.quick ? 2 * MB : 10 * MB);
  const corpusBytes = corpus.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0);
  const whole = throughput(corpus, 0, corpusBytes);
  const big = throughput([buildCorpus(texts, (options.quick ? 1 : 5) * MB).join('\n\n')], 0, 1);
  // A bundled extractor that cannot start (e.g. it reads a data file from node_modules at run
  // time) must not cost the throughput figures.
  const start = await startup(workDir, 5).catch((error: unknown) => ({
    wallMs: null,
    insideMs: null,
    error: (error instanceof Error ? error.message : String(error)).slice(0, 1000),
  }));
  return {
    mbPerSec: whole.cpu,
    wallMbPerSec: whole.wall,
    coldMbPerSec: cold.cpu,
    bigTextMbPerSec: big.cpu,
    perPage,
    corpusBytes,
    startupMs: start.wallMs,
    importAndFirstExtractMs: start.insideMs,
    ...('error' in start ? { startupError: start.error } : {}),
  };
}
