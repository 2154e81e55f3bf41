import type { S3Client } from '@aws-sdk/client-s3';
import { type Command, type CommandLine, parseCommandLine, USAGE } from './args.ts';
import { type Endpoints, resolveEndpoints } from './config.ts';
import { formatDocuments, listDocuments, waitForDocuments } from './documents.ts';
import { describeError } from './errors.ts';
import { writeExport } from './export.ts';
import { collectGraph } from './export-collect.ts';
import { createGraphqlClient } from './graphql-client.ts';
import { createProgressBar } from './progress.ts';
import { reprocessDirect, reprocessViaBucket } from './reprocess.ts';
import { createS3 } from './s3.ts';
import { formatDocumentGraph, loadDocumentGraph } from './show.ts';
import { runSweep } from './sweep.ts';
import { assertBucket, collectFiles, type UploadItem, uploadFiles } from './upload.ts';

/** Where the CLI writes and what it reads from its surroundings. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

const defaultIo = (): CliIo => ({
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});

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
  const rows = await waitForDocuments(apiClient(endpoints), keys);
  writeLine(io.stdout, formatDocuments(rows));
  return rows.length === keys.length && rows.every((r) => r.status === 'DONE') ? 0 : 1;
}

/** `upload`: collects the files, uploads them, prints their keys and, with `--wait`, waits for the ingest. */
async function runUpload(command: CommandOf<'upload'>, endpoints: Endpoints, io: CliIo): Promise<number> {
  const { items, skipped } = await collectFiles(command.paths, command.prefix);
  if (skipped.length) {
    writeLine(io.stderr, `Skipped ${skipped.length} file(s) that are hidden or not .txt/.html/.docx/.pdf.`);
  }
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
  const rows = await listDocuments(apiClient(endpoints), {
    limit: command.limit,
    ...(command.status ? { status: command.status } : {}),
  });
  writeLine(io.stdout, formatDocuments(rows));
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
  try {
    await assertBucket(s3, endpoints.bucket);
    const onProgress = (p: { key: string; status: string; error?: string }) =>
      writeLine(io.stderr, `${p.status.padEnd(9)} ${p.key}${p.error ? `  ${p.error}` : ''}`);
    const options = { s3, all: command.all, keys: command.keys, onProgress };
    const summary = command.viaBucket
      ? await reprocessViaBucket({ ...options, bucket: endpoints.bucket })
      : await reprocessDirect({ ...options, endpoints });
    writeLine(io.stdout, reprocessSummaryLine(summary));
    return summary.errors.length > 0 ? 1 : 0;
  } finally {
    s3.destroy();
  }
}

/** `export`: reads the whole graph (progress on a TTY), writes the files and prints their paths. */
async function runExport(command: CommandOf<'export'>, endpoints: Endpoints, io: CliIo): Promise<number> {
  const api = apiClient(endpoints);
  const graph = await collectGraph(api, (type, n) => {
    if (io.stderr.isTTY) io.stderr.write(`\r\x1b[2KReading ${type}: ${n}`);
  });
  if (io.stderr.isTTY) io.stderr.write('\r\x1b[2K');
  const files = await writeExport(graph, { format: command.format, out: command.out, source: api.url });
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
    if (commandLine.command.name === 'help') return execute(commandLine.command, {} as Endpoints, io);
    endpoints = resolveEndpoints({
      env: io.env,
      root: io.cwd,
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
