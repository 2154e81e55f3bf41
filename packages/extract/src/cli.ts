import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { decode } from './decode/index.ts';
import { extract } from './extract.ts';

/**
 * `extract FILE [--published YYYY-MM-DD] [--compact]`: decodes the file, extracts, prints
 * one JSON object.
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
  const compact = args.includes('--compact');
  const file = args.filter((a) => !a.startsWith('--'))[0];
  if (!file) {
    process.stderr.write('usage: extract FILE [--published YYYY-MM-DD] [--compact]\n');
    return 2;
  }
  // Under `pnpm --filter` the working directory is the package; INIT_CWD is where the user ran it.
  const bytes = await readFile(resolve(process.env.INIT_CWD ?? process.cwd(), file));
  const decoded = await decode(new Uint8Array(bytes), { key: basename(file) });
  const result = extract(decoded.text, published ? { publishedDate: published } : {});
  process.stdout.write(`${JSON.stringify(result, null, compact ? undefined : 2)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`extract: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
