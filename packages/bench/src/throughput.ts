/**
 * Extraction throughput, measured the same way wherever the extractor runs: in the bench's own
 * process (the TypeScript source under tsx) or in a fresh process on the bundle the ingest Lambda
 * deploys. Imports nothing but its argument, so that a bundle carries only the extractor.
 */

const MB = 1024 * 1024;

/** The extractor's entry point, as far as a measurement needs it. */
export type ExtractFn = (text: string) => unknown;

/** Figures of one throughput measurement, in MB (2^20 bytes of UTF-8) per second. */
export interface Throughput {
  /** Per CPU-second (user + system of the process) over the ~10 MB corpus. */
  mbPerSec: number;
  /** The same by wall clock (lower when the cores are shared). */
  wallMbPerSec: number;
  /** Per CPU-second, the first pass over the pages in this process. */
  coldMbPerSec: number;
  /** Per CPU-second, one 5 MB text in one call. */
  bigTextMbPerSec: number;
  /** Per CPU-second, each page on its own, by name. */
  perPage: Record<string, number>;
  /** Bytes of page text extracted for `mbPerSec`. */
  corpusBytes: number;
}

/** Speed of one measurement: by wall clock and by CPU time of this process. */
interface Speed {
  cpu: number;
  wall: number;
}

/** Extracts `pages` in turn until at least `minMs` have passed (and `maxBytes` not reached). */
function speedOf(
  extract: ExtractFn,
  pages: readonly string[],
  minMs: number,
  maxBytes = Number.POSITIVE_INFINITY,
): Speed {
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
 * A corpus of `targetBytes` built from the pages: each copy gets a distinct header line so no two
 * pages are byte-identical (nothing can be served from a cache keyed by content).
 */
function buildCorpus(pages: readonly string[], targetBytes = 10 * MB): string[] {
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
 * Extraction speed on one core over `pages`: the first pass (cold: the JIT has not tuned the code
 * yet, as in a new Lambda container), then after a 2 MB warm-up each page, a ~10 MB corpus built
 * from them, and one 5 MB text. Pages differ, so no cache keyed by a sentence can serve a repeat.
 *
 * @example
 * const { mbPerSec } = measureThroughput(extract, pages, { quick: true });
 */
export function measureThroughput(
  extract: ExtractFn,
  pages: readonly { name: string; text: string }[],
  options: { quick?: boolean } = {},
): Throughput {
  const texts = pages.map((p) => p.text);
  const cold = speedOf(extract, texts, 0, 1);
  // Warm up: JIT, lazily built lexicons and gazetteers.
  speedOf(extract, buildCorpus(texts, 2 * MB), 0);
  const perPage: Record<string, number> = {};
  for (const page of pages) perPage[page.name] = speedOf(extract, [page.text], options.quick ? 50 : 200).cpu;
  const corpus = buildCorpus(texts, options.quick ? 2 * MB : 10 * MB);
  const corpusBytes = corpus.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0);
  const whole = speedOf(extract, corpus, 0, corpusBytes);
  const big = speedOf(extract, [buildCorpus(texts, (options.quick ? 1 : 5) * MB).join('\n\n')], 0, 1);
  return {
    mbPerSec: whole.cpu,
    wallMbPerSec: whole.wall,
    coldMbPerSec: cold.cpu,
    bigTextMbPerSec: big.cpu,
    perPage,
    corpusBytes,
  };
}
