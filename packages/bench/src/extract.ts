import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '@reportgraph/extract';
import { SAMPLES_DIR } from '@reportgraph/local';
import { bundleHandler } from '../../../infra/bundle.ts';
import { ANSWER_MARK, timeChild } from './child.ts';
import { lambdaDataFiles } from './layout.ts';
import { median } from './stats.ts';
import { measureThroughput, type Throughput } from './throughput.ts';
import type { ExtractFigures } from './types.ts';

const EXTRACT_ENTRY = fileURLToPath(new URL('../../extract/src/index.ts', import.meta.url));
const THROUGHPUT_MODULE = fileURLToPath(new URL('./throughput.ts', import.meta.url));

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

/**
 * Writes `lines` as `<name>.ts` in `workDir` and bundles it with `bundleHandler`, as the Lambda's
 * bundle is made (esbuild, minified): the extractor runs in a child as it runs in production, with
 * no TypeScript transpiling counted. Returns the bundle's path.
 */
async function bundleEntry(workDir: string, name: string, lines: readonly string[]): Promise<string> {
  const entry = join(workDir, `${name}.ts`);
  await writeFile(entry, lines.join('\n'));
  return (await bundleHandler(entry, join(workDir, `${name}.mjs`))).outfile;
}

/**
 * Start-up of the extractor in a fresh process, `runs` times, on the bundle, set up as the ingest
 * Lambda and the CLI set it up before their first page.
 */
async function startup(
  workDir: string,
  env: Record<string, string>,
  runs: number,
): Promise<{ wallMs: number; insideMs: number }> {
  const outfile = await bundleEntry(workDir, 'extract-startup', [
    'const t0 = performance.now();',
    `const { compileRegexesEagerly, extract } = await import(${JSON.stringify(EXTRACT_ENTRY)});`,
    // As the processes that extract start (the ingest Lambda, the CLI): see regex-tiering.ts.
    'compileRegexesEagerly();',
    "const result = extract('佛山市总工会召开会议。');",
    `process.stdout.write(${JSON.stringify(ANSWER_MARK)} + JSON.stringify({ ms: performance.now() - t0, organizations: result.organizations.length }) + '\\n');`,
    'export {};',
  ]);
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
 * Runs {@link measureThroughput} in a fresh process on the bundle, set up as the Lambda sets it up:
 * the code that extracts in production. (tsx, which runs the source, compiles with `keepNames`,
 * which wraps each named closure in a call, and keeps each module apart.)
 */
async function bundledThroughput(
  workDir: string,
  env: Record<string, string>,
  pages: readonly { name: string; text: string }[],
  quick: boolean,
): Promise<Throughput> {
  const pagesFile = join(workDir, 'throughput-pages.json');
  await writeFile(pagesFile, JSON.stringify(pages));
  const outfile = await bundleEntry(workDir, 'extract-throughput', [
    "import { readFileSync } from 'node:fs';",
    `import { compileRegexesEagerly, extract } from ${JSON.stringify(EXTRACT_ENTRY)};`,
    `import { measureThroughput } from ${JSON.stringify(THROUGHPUT_MODULE)};`,
    'compileRegexesEagerly();',
    "const pages = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8'));",
    `const figures = measureThroughput(extract, pages, { quick: ${quick} });`,
    `process.stdout.write(${JSON.stringify(ANSWER_MARK)} + JSON.stringify(figures) + '\\n');`,
  ]);
  const { answer } = await timeChild([outfile, pagesFile], env, 600_000);
  return answer as unknown as Throughput;
}

/**
 * Extraction speed on one core over the 45 pages of the development corpus ({@link measureThroughput}),
 * on the bundle the ingest Lambda runs and, for comparison, on the TypeScript source in this
 * process; plus start-up in a fresh process.
 */
export async function benchExtractSection(workDir: string, options: { quick?: boolean } = {}): Promise<ExtractFigures> {
  const pages = (await loadCorpusPages()).map((p) => ({ name: basename(p.name, '.txt'), text: p.text }));
  const quick = options.quick ?? false;
  // The gazetteer's data beside the bundles, as the deployed function has it.
  const env = await lambdaDataFiles(workDir);
  const bundled = await bundledThroughput(workDir, env, pages, quick);
  const { perPage: _, ...source } = measureThroughput(extract, pages, { quick });
  // A bundled extractor that cannot start (e.g. it reads a data file from node_modules at run
  // time) must not cost the throughput figures.
  const start = await startup(workDir, env, 5).catch((error: unknown) => ({
    wallMs: null,
    insideMs: null,
    error: (error instanceof Error ? error.message : String(error)).slice(0, 1000),
  }));
  return {
    ...bundled,
    source,
    startupMs: start.wallMs,
    importAndFirstExtractMs: start.insideMs,
    ...('error' in start ? { startupError: start.error } : {}),
  };
}
