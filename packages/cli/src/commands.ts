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
import { assertBucket, collectFiles, uploadFiles } from './upload.ts';

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

async function execute(command: Command, endpoints: Endpoints, io: CliIo): Promise<number> {
  const out = (text: string) => io.stdout.write(`${text}\n`);
  const err = (text: string) => io.stderr.write(`${text}\n`);
  const client = () =>
    createGraphqlClient({ url: endpoints.apiUrl, ...(endpoints.apiKey ? { apiKey: endpoints.apiKey } : {}) });

  switch (command.name) {
    case 'help':
      out(USAGE);
      return 0;
    case 'upload': {
      const { items, skipped } = await collectFiles(command.paths, command.prefix);
      if (skipped.length) err(`Skipped ${skipped.length} file(s) that are hidden or not .txt/.html/.docx/.pdf.`);
      if (items.length === 0) {
        err('Nothing to upload.');
        return 1;
      }
      const s3 = createS3(endpoints);
      try {
        await assertBucket(s3, endpoints.bucket);
        const bar = createProgressBar(io.stderr);
        const keys = await uploadFiles({
          s3,
          bucket: endpoints.bucket,
          items,
          ...(command.published ? { published: command.published } : {}),
          onProgress: (state) => bar.update(state),
        });
        bar.done(`Uploaded ${keys.length} file(s) to s3://${endpoints.bucket}/.`);
        for (const key of keys) out(key);
        if (!command.wait) {
          err('Each file is ingested on arrival; see its status with "reportgraph documents".');
          return 0;
        }
        err('Waiting for the ingest…');
        const rows = await waitForDocuments(client(), keys);
        out(formatDocuments(rows));
        return rows.length === keys.length && rows.every((r) => r.status === 'DONE') ? 0 : 1;
      } finally {
        s3.destroy();
      }
    }
    case 'documents': {
      const rows = await listDocuments(client(), {
        limit: command.limit,
        ...(command.status ? { status: command.status } : {}),
      });
      out(formatDocuments(rows));
      return 0;
    }
    case 'show':
      out(formatDocumentGraph(await loadDocumentGraph(client(), command.target)));
      return 0;
    case 'reprocess': {
      const s3 = createS3(endpoints);
      try {
        await assertBucket(s3, endpoints.bucket);
        const onProgress = (p: { key: string; status: string; error?: string }) =>
          err(`${p.status.padEnd(9)} ${p.key}${p.error ? `  ${p.error}` : ''}`);
        const options = { s3, all: command.all, keys: command.keys, onProgress };
        const summary = command.viaBucket
          ? await reprocessViaBucket({ ...options, bucket: endpoints.bucket })
          : await reprocessDirect({ ...options, endpoints });
        const parts = Object.entries(summary.byStatus).map(([status, n]) => `${n} ${status}`);
        out(`Reprocessed ${summary.total} document(s)${parts.length ? `: ${parts.join(', ')}` : ''}.`);
        return summary.errors.length > 0 ? 1 : 0;
      } finally {
        s3.destroy();
      }
    }
    case 'export': {
      const api = client();
      const graph = await collectGraph(api, (type, n) => {
        if (io.stderr.isTTY) io.stderr.write(`\r\x1b[2KReading ${type}: ${n}`);
      });
      if (io.stderr.isTTY) io.stderr.write('\r\x1b[2K');
      const files = await writeExport(graph, { format: command.format, out: command.out, source: api.url });
      err(`Exported ${graph.nodes.length} nodes and ${graph.edges.length} links.`);
      for (const file of files) out(file);
      return 0;
    }
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
