import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The gazetteer's town index, which infra copies into the ingest function's package. */
const TOWN_INDEX = fileURLToPath(new URL('../../extract/data/towns.json', import.meta.url));

/**
 * Lays out the data files a bundled extractor reads at run time as the deployed function has
 * them (infra/ingest.ts `copyFiles`), and returns the environment that points at them.
 *
 * @example
 * const env = await lambdaDataFiles(workDir); // { TOWN_INDEX: '/tmp/…/data/towns.json' }
 */
export async function lambdaDataFiles(workDir: string): Promise<Record<string, string>> {
  const target = join(workDir, 'data', 'towns.json');
  await mkdir(join(workDir, 'data'), { recursive: true });
  await copyFile(TOWN_INDEX, target);
  return { TOWN_INDEX: target };
}
