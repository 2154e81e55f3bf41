import { parseArgs } from 'node:util';
import { closest, distance } from 'fastest-levenshtein';
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
  | { name: 'version' }
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
  -V, --version               the version of reportgraph

Environment: REPORTGRAPH_API_URL, API_KEY, S3_ENDPOINT, BUCKET_NAME, DYNAMODB_ENDPOINT, TABLE_NAME.
Defaults are the local stack of "pnpm start" (its real ports, from .data/endpoints.json).
Paths are read from the folder you run the command in.`;

/** The commands, by name. */
export const COMMANDS = ['upload', 'documents', 'show', 'reprocess', 'export', 'help'] as const;

/** Options each command takes, besides `--stage`, `--help` and `--version`. */
const COMMAND_OPTIONS: Readonly<Record<(typeof COMMANDS)[number], readonly string[]>> = {
  upload: ['prefix', 'published', 'wait'],
  documents: ['status', 'limit'],
  show: [],
  reprocess: ['all', 'via-bucket'],
  export: ['format', 'out'],
  help: [],
};

/**
 * The closest of `candidates` to a mistyped word, when it is close enough to be a likely typo
 * (at most a third of its letters wrong, or a prefix of it).
 *
 * @example
 * suggest('documnets', ['upload', 'documents']) // → 'documents'
 * suggest('zzz', ['upload', 'documents'])       // → undefined
 */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  if (!word || candidates.length === 0) return undefined;
  const lower = word.toLowerCase();
  const prefixed = candidates.find((c) => c.startsWith(lower));
  if (prefixed) return prefixed;
  const best = closest(lower, [...candidates]);
  return distance(lower, best) <= Math.max(1, Math.floor(best.length / 3)) ? best : undefined;
}

/** " Did you mean …?" for a suggestion, or nothing. */
const didYouMean = (suggestion: string | undefined) => (suggestion ? ` Did you mean "${suggestion}"?` : '');

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
    throw parseError(error as Error);
  }
  const { values, positionals } = parsed;
  const [name, ...rest] = positionals;
  const stage = values.stage;
  const withStage = (command: Command): CommandLine => (stage ? { command, stage } : { command });
  if (values.version) return withStage({ name: 'version' });
  if (values.help || name === undefined || name === 'help') return withStage({ name: 'help' });
  checkOptionsOf(name, values);

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
      throw new CliError(`Unknown command "${name}".${didYouMean(suggest(name, COMMANDS))} Run "reportgraph --help".`);
  }
}

/** Every option name, for suggestions. */
const ALL_OPTIONS = ['help', 'version', 'stage', ...new Set(Object.values(COMMAND_OPTIONS).flat())];

/** A parseArgs error as one line, with the option the user probably meant. */
function parseError(error: Error): CliError {
  const message = error.message.replace(/\. To specify.*$/s, '.');
  const unknown = /Unknown option '-{1,2}([^']+)'/.exec(message)?.[1];
  const hint = unknown ? suggest(unknown, ALL_OPTIONS) : undefined;
  return new CliError(`${message}${hint ? ` Did you mean "--${hint}"?` : ''} Run "reportgraph --help".`);
}

/** Refuses options the command does not take (e.g. `documents --wait`). */
function checkOptionsOf(name: string, values: Record<string, unknown>): void {
  const allowed = COMMAND_OPTIONS[name as keyof typeof COMMAND_OPTIONS];
  if (!allowed) return;
  const wrong = Object.keys(values).find((o) => !['help', 'version', 'stage', ...allowed].includes(o));
  if (wrong)
    throw new CliError(
      `${name} does not take --${wrong}${allowed.length ? ` (it takes ${allowed.map((o) => `--${o}`).join(', ')})` : ''}.`,
    );
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'V' },
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
