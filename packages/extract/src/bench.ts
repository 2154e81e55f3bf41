import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Extractor speed: start-up (importing the extractor and extracting a tiny string, in a
 * fresh process, so gazetteer and lexicon loading count) and throughput in MB/s of page
 * text on one core over the sample pages repeated to about 10 MB. Both are measured in
 * CPU time (the process's user + system time), which is what one core delivers even on a
 * busy machine; wall-clock figures are reported alongside.
 */
const here = fileURLToPath(new URL('.', import.meta.url));
const TARGET_BYTES = 10 * 1024 * 1024;

export interface BenchResult {
  /** MB of page text per CPU-second. */
  mbPerSec: number;
  /** CPU milliseconds for import + first extract in a fresh process. */
  startupMs: number;
  bytes: number;
  /** The same figures by the wall clock. */
  wallMbPerSec: number;
  startupWallMs: number;
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Measures start-up in a child process: time to import extract.ts and run it on a short text. */
function measureStartup(): { cpu: number; wall: number } {
  const script = `
    const u0 = process.cpuUsage();
    const t0 = performance.now();
    const { extract } = await import(${JSON.stringify(join(here, 'extract.ts'))});
    extract('佛山市总工会召开会议。');
    const u = process.cpuUsage(u0);
    process.stdout.write(JSON.stringify({ cpu: (u.user + u.system) / 1000, wall: performance.now() - t0 }));
  `;
  const tsx = join(here, '..', 'node_modules', '.bin', 'tsx');
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: { ...process.env, PATH: `${join(tsx, '..')}:${process.env.PATH ?? ''}` },
  });
  return JSON.parse(out.trim()) as { cpu: number; wall: number };
}

/**
 * Runs the benchmark.
 *
 * @example
 * const { mbPerSec, startupMs } = await benchExtract(); // e.g. { mbPerSec: 3.1, startupMs: 180, bytes: 10485760 }
 */
export async function benchExtract(): Promise<BenchResult> {
  // The first start-up also fills tsx's transform cache; measure a second, warm one.
  measureStartup();
  const startup = measureStartup();
  const { extract } = await import('./extract.ts');
  const dir = join(here, '..', 'corpus', 'reports');
  const pages = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  extract(pages[0] ?? '');
  let bytes = 0;
  const t0 = performance.now();
  const c0 = cpuMs();
  while (bytes < TARGET_BYTES) {
    for (const page of pages) {
      extract(page);
      bytes += Buffer.byteLength(page, 'utf8');
    }
  }
  const mb = bytes / (1024 * 1024);
  return {
    mbPerSec: mb / ((cpuMs() - c0) / 1000),
    startupMs: startup.cpu,
    bytes,
    wallMbPerSec: mb / ((performance.now() - t0) / 1000),
    startupWallMs: startup.wall,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await benchExtract();
  console.log(
    `start-up: ${r.startupMs.toFixed(0)} ms CPU, ${r.startupWallMs.toFixed(0)} ms wall (import + first extract, fresh process)`,
  );
  console.log(
    `throughput: ${r.mbPerSec.toFixed(2)} MB/s per CPU-second, ${r.wallMbPerSec.toFixed(2)} MB/s wall, over ${(r.bytes / 1024 / 1024).toFixed(1)} MB of page text`,
  );
}
