import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import type { ExtractOptions } from '@reportgraph/contract';
import { decode } from './decode/index.ts';
import { extract } from './extract.ts';
import { compileRegexesEagerly } from './regex-tiering.ts';
import { explain } from './rules/explain.ts';
import { traced } from './rules/registry.ts';

const USAGE =
  'usage: extract FILE [--published YYYY-MM-DD] [--compact | --explain]\n       extract --out DIR FILE...\n';

/** Reads and decodes one file. */
async function textOf(path: string): Promise<string> {
  const bytes = await readFile(path);
  return (await decode(new Uint8Array(bytes), { key: basename(path) })).text;
}

/**
 * `extract FILE [--published YYYY-MM-DD] [--compact]`: decodes the file, extracts, prints
 * one JSON object. `extract --out DIR FILE...` writes `DIR/NAME.json` per file in one
 * process (so a corpus scores in seconds); a file that fails is reported and skipped.
 * `extract FILE --explain` prints, instead of JSON, which rules made each entity.
 */
async function main(argv: readonly string[]): Promise<number> {
  const args = [...argv];
  const take = (flag: string): string | undefined => {
    const i = args.indexOf(flag);
    if (i < 0) return undefined;
    const [, value] = args.splice(i, 2);
    return value;
  };
  const published = take('--published');
  const out = take('--out');
  const compact = args.includes('--compact');
  const explaining = args.includes('--explain');
  const files = args.filter((a) => !a.startsWith('--'));
  // Under `pnpm --filter` the working directory is the package; INIT_CWD is where the user ran it.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const options: ExtractOptions = published ? { publishedDate: published } : {};
  if (out === undefined) {
    if (files.length !== 1) {
      process.stderr.write(USAGE);
      return 2;
    }
    const text = await textOf(resolve(cwd, files[0] as string));
    if (explaining) {
      const run = traced(() => extract(text, options));
      process.stdout.write(explain(run.result, run.fired));
      return 0;
    }
    const result = extract(text, options);
    process.stdout.write(`${JSON.stringify(result, null, compact ? undefined : 2)}\n`);
    return 0;
  }
  if (files.length === 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  const dir = resolve(cwd, out);
  await mkdir(dir, { recursive: true });
  let failed = 0;
  for (const file of files) {
    try {
      const result = extract(await textOf(resolve(cwd, file)), options);
      await writeFile(join(dir, `${basename(file, extname(file))}.json`), `${JSON.stringify(result)}\n`);
    } catch (error) {
      failed += 1;
      process.stderr.write(`extract: ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

compileRegexesEagerly();
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`extract: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
