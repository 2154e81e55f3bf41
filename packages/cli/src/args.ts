import { parseArgs } from 'node:util';
import { CliError } from './errors.ts';

/** Processing statuses a document can have (GraphQL `DocumentStatus`). */
export const DOCUMENT_STATUSES = ['PENDING', 'PROCESSING', 'DONE', 'FAILED'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** Export formats. */
export const EXPORT_FORMATS = ['json', 'csv', 'graphml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** One parsed command. */
export type Command =
  | { name: 'help' }
  | { name: 'upload'; paths: string[]; prefix: string; published?: string; wait: boolean }
  | { name: 'documents'; status?: DocumentStatus; limit: number }
  | { name: 'show'; target: string }
  | { name: 'reprocess'; keys: string[]; all: boolean; viaBucket: boolean }
  | { name: 'export'; format: ExportFormat; out: string }
  | { name: 'sweep' };

/** A parsed command line: the command and the options every command takes. */
export interface CommandLine {
  command: Command;
  /** `--stage NAME`: read endpoints from `.sst/outputs.json`. */
  stage?: string;
}

/** Printed by `reportgraph help` and on a usage error. */
export const USAGE = `Usage: reportgraph <command> [options]

Commands:
  upload <files or folders…> [--prefix P] [--published YYYY-MM-DD] [--wait]
                              put report pages into the bucket (folders recursively);
                              --wait waits until each is ingested and prints its status
  documents [--status DONE|FAILED|PENDING|PROCESSING] [--limit N]
                              list uploaded files with their status and counts
  show <key|id>               one document's articles and the entities each mentions
  reprocess <key…> | --all [--via-bucket]
                              run the ingest again (a new extractor, a failed file)
  sweep                       repair documents that disagree with the bucket (ghosts,
                              missing, stuck PROCESSING) and print what was repaired
  export --format json|csv|graphml --out DIR|FILE
                              the whole graph: nodes and links (GraphML opens in Gephi)

Options for every command:
  --stage NAME                use the deployed stage in .sst/outputs.json
  -h, --help                  this text

Environment: REPORTGRAPH_API_URL, API_KEY, S3_ENDPOINT, BUCKET_NAME, DYNAMODB_ENDPOINT, TABLE_NAME.
Defaults are the local stack of "pnpm start".`;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * True when the text is a real calendar date written `YYYY-MM-DD`.
 *
 * @example
 * isIsoDate('2025-10-31') // → true
 * isIsoDate('2025-02-30') // → false
 */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** Normalizes a key prefix: no leading slash, one trailing slash when not empty. */
export function normalizePrefix(prefix: string): string {
  const trimmed = prefix.replace(/^\/+/, '').replace(/\/+$/, '');
  return trimmed ? `${trimmed}/` : '';
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], what: string): T | undefined {
  if (value === undefined) return undefined;
  const upper = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  if (!upper) throw new CliError(`Unknown ${what} "${value}": use one of ${allowed.join(', ')}.`);
  return upper;
}

/**
 * Parses the command line (without `node` and the script). Bad arguments throw a
 * {@link CliError} naming what is wrong.
 *
 * @example
 * parseCommandLine(['upload', 'pages/', '--published', '2025-10-31'])
 * // → { command: { name: 'upload', paths: ['pages/'], prefix: '', wait: false, published: '2025-10-31' } }
 */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new CliError(`${(error as Error).message.replace(/\. To specify.*$/s, '.')} Run "reportgraph --help".`);
  }
  const { values, positionals } = parsed;
  const [name, ...rest] = positionals;
  const stage = values.stage;
  const withStage = (command: Command): CommandLine => (stage ? { command, stage } : { command });
  if (values.help || name === undefined || name === 'help') return withStage({ name: 'help' });

  switch (name) {
    case 'upload': {
      if (rest.length === 0) throw new CliError('upload: name at least one file or folder.');
      const published = values.published;
      if (published !== undefined && !isIsoDate(published))
        throw new CliError(`upload: --published "${published}" is not a date like 2025-10-31.`);
      return withStage({
        name: 'upload',
        paths: rest,
        prefix: normalizePrefix(values.prefix ?? ''),
        wait: values.wait ?? false,
        ...(published ? { published } : {}),
      });
    }
    case 'documents': {
      const status = oneOf(values.status, DOCUMENT_STATUSES, 'status');
      const limit = values.limit === undefined ? Number.POSITIVE_INFINITY : Number(values.limit);
      if (!(limit > 0)) throw new CliError(`documents: --limit "${values.limit}" is not a positive number.`);
      return withStage({ name: 'documents', limit, ...(status ? { status } : {}) });
    }
    case 'show': {
      const [target, ...extra] = rest;
      if (!target || extra.length > 0) throw new CliError('show: name exactly one document key or id.');
      return withStage({ name: 'show', target });
    }
    case 'reprocess': {
      const all = values.all ?? false;
      if (all === rest.length > 0) throw new CliError('reprocess: give document keys or --all (not both).');
      return withStage({ name: 'reprocess', keys: rest, all, viaBucket: values['via-bucket'] ?? false });
    }
    case 'export': {
      const format = oneOf(values.format ?? 'graphml', EXPORT_FORMATS, 'format');
      if (!values.out) throw new CliError('export: --out DIR|FILE is required.');
      if (rest.length > 0) throw new CliError(`export: unexpected argument "${rest[0]}".`);
      return withStage({ name: 'export', format: format ?? 'graphml', out: values.out });
    }
    case 'sweep':
      return withStage({ name: 'sweep' });
    default:
      throw new CliError(`Unknown command "${name}". Run "reportgraph --help".`);
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      stage: { type: 'string' },
      prefix: { type: 'string' },
      published: { type: 'string' },
      status: { type: 'string' },
      limit: { type: 'string' },
      all: { type: 'boolean' },
      'via-bucket': { type: 'boolean' },
      wait: { type: 'boolean' },
      format: { type: 'string' },
      out: { type: 'string' },
    },
  });
}
