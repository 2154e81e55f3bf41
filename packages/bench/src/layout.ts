import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The gazetteer's data, which infra copies into the ingest function's package. */
const GAZETTEER_DATA = fileURLToPath(new URL('../../extract/data/gazetteer.json', import.meta.url));

/**
 * Lays out the data files a bundled extractor reads at run time as the deployed function has
 * them (infra/ingest.ts `copyFiles`), and returns the environment that points at them.
 *
 * @example
 * const env = await lambdaDataFiles(workDir); // { GAZETTEER_DATA: '/tmp/…/data/gazetteer.json' }
 */
export async function lambdaDataFiles(workDir: string): Promise<Record<string, string>> {
  const target = join(workDir, 'data', 'gazetteer.json');
  await mkdir(join(workDir, 'data'), { recursive: true });
  await copyFile(GAZETTEER_DATA, target);
  return { GAZETTEER_DATA: target };
}
