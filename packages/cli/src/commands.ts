import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import { type LocalEndpoints, readEndpointsFile } from '@reportgraph/local/endpoints-file';
import { type Command, type CommandLine, parseCommandLine, USAGE } from './args.ts';
import { type Endpoints, resolveEndpoints, sstRoot } from './config.ts';
import { formatDocuments, listDocuments, waitForDocuments } from './documents.ts';
import { describeError } from './errors.ts';
import { writeExport } from './export.ts';
import { collectGraph } from './export-collect.ts';
import { createGraphqlClient } from './graphql-client.ts';
import { createProgressBar, startStatus } from './progress.ts';
import { assertKnownDocuments, assertKnownKeys, reprocessDirect, reprocessViaBucket } from './reprocess.ts';
import { createS3 } from './s3.ts';
import { formatDocumentGraph, loadDocumentGraph } from './show.ts';
import { runSweep } from './sweep.ts';
import { assertBucket, collectFiles, type UploadItem, uploadFiles } from './upload.ts';

/** Where the CLI writes and what it reads from its surroundings. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  env: NodeJS.ProcessEnv;
  /** The folder the user typed the command in: relative paths are read from here. */
  cwd: string;
  /** The running local stack's endpoints (from its endpoints file), when there is one. */
  localStack?: LocalEndpoints;
}

/**
 * The real process's streams and folder. Run through a pnpm script, the process starts in the
 * package's folder; pnpm keeps the folder the user typed the command in as `INIT_CWD`.
 */
const defaultIo = (): CliIo => {
  const localStack = readEndpointsFile();
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.env.INIT_CWD || process.cwd(),
    ...(localStack ? { localStack } : {}),
  };
};

/** The CLI's version, from its package.json. */
export const VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** The arguments of one command, by its name. */
type CommandOf<N extends Command['name']> = Extract<Command, { name: N }>;

/** Writes `text` and a newline to a stream. */
function writeLine(stream: { write(text: string): unknown }, text: string): void {
  stream.write(`${text}\n`);
}

/** A GraphQL client for the resolved API, sending its key when there is one. */
function apiClient(endpoints: Endpoints) {
  return createGraphqlClient({ url: endpoints.apiUrl, ...(endpoints.apiKey ? { apiKey: endpoints.apiKey } : {}) });
}

/** Uploads the collected files to the bucket with a progress bar on stderr; returns their keys. */
async function uploadWithProgress(
  s3: S3Client,
  command: CommandOf<'upload'>,
  endpoints: Endpoints,
  items: UploadItem[],
  io: CliIo,
): Promise<string[]> {
  const bar = createProgressBar(io.stderr);
  const keys = await uploadFiles({
    s3,
    bucket: endpoints.bucket,
    items,
    ...(command.published ? { published: command.published } : {}),
    onProgress: (state) => bar.update(state),
  });
  bar.done(`Uploaded ${keys.length} file(s) to s3://${endpoints.bucket}/.`);
  return keys;
}

/** Waits until the uploaded keys are ingested, prints their table; 0 when every one is DONE. */
async function waitForIngest(keys: string[], endpoints: Endpoints, io: CliIo): Promise<number> {
  writeLine(io.stderr, 'Waiting for the ingest…');
  let done = 0;
  const status = startStatus(io.stderr, (s) => `Waiting for the ingest: ${done}/${keys.length} done (${s} s)`);
  const rows = await waitForDocuments(apiClient(endpoints), keys, { onPoll: (n) => (done = n) }).finally(() =>
    status.stop(),
  );
  writeLine(io.stdout, formatDocuments(rows));
  return rows.length === keys.length && rows.every((r) => r.status === 'DONE') ? 0 : 1;
}

/** `upload`: collects the files, uploads them, prints their keys and, with `--wait`, waits for the ingest. */
async function runUpload(command: CommandOf<'upload'>, endpoints: Endpoints, io: CliIo): Promise<number> {
  const { items, skipped } = await collectFiles(command.paths, command.prefix, { cwd: io.cwd });
  for (const file of skipped) writeLine(io.stderr, `Skipped ${file.path}: ${file.reason}.`);
  if (items.length === 0) {
    writeLine(io.stderr, 'Nothing to upload.');
    return 1;
  }
  const s3 = createS3(endpoints);
  try {
    await assertBucket(s3, endpoints.bucket);
    const keys = await uploadWithProgress(s3, command, endpoints, items, io);
    for (const key of keys) writeLine(io.stdout, key);
    if (!command.wait) {
      writeLine(io.stderr, 'Each file is ingested on arrival; see its status with "reportgraph documents".');
      return 0;
    }
    return await waitForIngest(keys, endpoints, io);
  } finally {
    s3.destroy();
  }
}

/** `documents`: prints the table of documents, filtered by status when asked. */
async function runDocuments(command: CommandOf<'documents'>, endpoints: Endpoints, io: CliIo): Promise<number> {
  let read = 0;
  const status = startStatus(io.stderr, (s) => `Reading documents: ${read} (${s} s)`);
  const rows = await listDocuments(apiClient(endpoints), {
    limit: command.limit + 1,
    onPage: (n) => (read = n),
    ...(command.status ? { status: command.status } : {}),
  }).finally(() => status.stop());
  const more = rows.length > command.limit;
  writeLine(io.stdout, formatDocuments(more ? rows.slice(0, command.limit) : rows));
  if (more)
    writeLine(
      io.stdout,
      `More documents than the ${command.limit} shown: raise --limit, or leave it out to list them all.`,
    );
  return 0;
}

/** The one-line summary of a reprocess run: the total and the count of each status. */
function reprocessSummaryLine(summary: { total: number; byStatus: Record<string, number> }): string {
  const parts = Object.entries(summary.byStatus).map(([status, n]) => `${n} ${status}`);
  return `Reprocessed ${summary.total} document(s)${parts.length ? `: ${parts.join(', ')}` : ''}.`;
}

/** `reprocess`: reprocesses the chosen documents directly or through the bucket, one status line each. */
async function runReprocess(command: CommandOf<'reprocess'>, endpoints: Endpoints, io: CliIo): Promise<number> {
  const s3 = createS3(endpoints);
  let finished = 0;
  const status = startStatus(io.stderr, (s) =>
    finished === 0 ? `Reading the bucket and the documents… (${s} s)` : `Reprocessed ${finished} so far (${s} s)`,
  );
  try {
    await assertBucket(s3, endpoints.bucket);
    if (command.viaBucket) await assertKnownKeys({ s3, bucket: endpoints.bucket, keys: command.keys });
    else await assertKnownDocuments(endpoints, s3, command.keys);
    const onProgress = (p: { key: string; status: string; error?: string }) => {
      finished++;
      writeLine(io.stderr, `${p.status.padEnd(9)} ${p.key}${p.error ? `  ${p.error}` : ''}`);
    };
    const options = { s3, all: command.all, keys: command.keys, onProgress };
    const summary = command.viaBucket
      ? await reprocessViaBucket({ ...options, bucket: endpoints.bucket })
      : await reprocessDirect({ ...options, endpoints });
    status.stop();
    writeLine(io.stdout, reprocessSummaryLine(summary));
    return summary.errors.length > 0 ? 1 : 0;
  } finally {
    status.stop();
    s3.destroy();
  }
}

/** `export`: reads the whole graph (progress on a TTY), writes the files and prints their paths. */
async function runExport(command: CommandOf<'export'>, endpoints: Endpoints, io: CliIo): Promise<number> {
  const api = apiClient(endpoints);
  let reading = 'the graph';
  const status = startStatus(io.stderr, (s) => `Reading ${reading} (${s} s)`);
  const graph = await collectGraph(api, (type, n) => {
    reading = `${type}: ${n}`;
  }).finally(() => status.stop());
  const out = resolve(io.cwd, command.out);
  const files = await writeExport(graph, { format: command.format, out, source: api.url });
  writeLine(io.stderr, `Exported ${graph.nodes.length} nodes and ${graph.edges.length} links.`);
  for (const file of files) writeLine(io.stdout, file);
  return 0;
}

/** Runs one parsed command against the resolved endpoints and returns its exit code. */
async function execute(command: Command, endpoints: Endpoints, io: CliIo): Promise<number> {
  switch (command.name) {
    case 'help':
      writeLine(io.stdout, USAGE);
      return 0;
    case 'version':
      writeLine(io.stdout, `reportgraph ${VERSION}`);
      return 0;
    case 'upload':
      return runUpload(command, endpoints, io);
    case 'documents':
      return runDocuments(command, endpoints, io);
    case 'show':
      writeLine(io.stdout, formatDocumentGraph(await loadDocumentGraph(apiClient(endpoints), command.target)));
      return 0;
    case 'reprocess':
      return runReprocess(command, endpoints, io);
    case 'export':
      return runExport(command, endpoints, io);
    case 'sweep':
      return runSweep(endpoints, (text) => writeLine(io.stdout, text));
  }
}

/**
 * Runs the CLI on an argument list and returns the exit code. Expected failures (the API or
 * bucket unreachable or missing, bad arguments) print one line to stderr and return 1.
 *
 * @example
 * process.exitCode = await runCli(['documents', '--status', 'FAILED']);
 */
export async function runCli(argv: readonly string[], io: CliIo = defaultIo()): Promise<number> {
  let endpoints: Endpoints | undefined;
  let commandLine: CommandLine;
  try {
    commandLine = parseCommandLine(argv);
    if (commandLine.command.name === 'help' || commandLine.command.name === 'version')
      return execute(commandLine.command, {} as Endpoints, io);
    endpoints = resolveEndpoints({
      env: io.env,
      root: sstRoot(io.cwd),
      ...(io.localStack ? { localStack: io.localStack } : {}),
      ...(commandLine.stage ? { stage: commandLine.stage } : {}),
    });
    return await execute(commandLine.command, endpoints, io);
  } catch (error) {
    io.stderr.write(
      `reportgraph: ${describeError(error, endpoints ? { bucket: endpoints.bucket, s3Endpoint: endpoints.s3Endpoint ?? 'AWS S3' } : {})}\n`,
    );
    if (io.env.REPORTGRAPH_DEBUG) io.stderr.write(`${(error as Error)?.stack ?? error}\n`);
    return 1;
  }
}
