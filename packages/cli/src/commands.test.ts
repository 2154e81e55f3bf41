import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, SAMPLES_DIR, type Stack, startStack } from '@reportgraph/local';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliIo, runCli } from './commands.ts';

const PAGE = '000_70c7d5442b17734e.txt';

/** Runs the CLI against the stack, capturing what it prints. */
async function cli(stack: Stack | undefined, argv: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t), isTTY: false },
    cwd: tmpdir(),
    env: {
      ...(stack
        ? {
            REPORTGRAPH_API_URL: stack.apiUrl,
            S3_ENDPOINT: stack.s3Endpoint,
            BUCKET_NAME: stack.bucket,
            DYNAMODB_ENDPOINT: stack.dynamoEndpoint,
            TABLE_NAME: stack.tableName,
          }
        : {}),
      ...env,
    },
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

describe('runCli, against the embedded stack', () => {
  let stack: Stack;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rg-cli-'));
    stack = await startStack({
      dataDir: join(dir, 'data'),
      inMemory: true,
      apiPort: 0,
      s3Port: await freePort(),
      dynamoPort: await freePort(),
    });
  });

  afterAll(async () => {
    await stack?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('does upload a page with its publication date and list it as DONE when --wait is given', async () => {
    const run = await cli(stack, [
      'upload',
      join(SAMPLES_DIR, PAGE),
      '--prefix',
      '2025/10/31',
      '--published',
      '2025-10-31',
      '--wait',
    ]);
    expect(run.stderr).toContain('Uploaded 1 file(s) to s3://reports/.');
    expect(run.stdout).toContain(`2025/10/31/${PAGE}`);
    expect(run.code).toBe(0);
    await stack.idle();

    const listed = await cli(stack, ['documents', '--status', 'DONE']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(new RegExp(`2025/10/31/${PAGE}\\s+DONE\\s+2025-10-31`));
  });

  it('does print the articles and their entities when showing a document by key', async () => {
    const run = await cli(stack, ['show', `2025/10/31/${PAGE}`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('佛山市总工会');
    expect(run.stdout).toMatch(/李灿 — .*主席/);
  });

  it('does export GraphML that parses and holds the union and its chairman when asked for graphml', async () => {
    const out = join(dir, 'export');
    const run = await cli(stack, ['export', '--format', 'graphml', '--out', out]);
    expect(run.code).toBe(0);
    const xml = await readFile(join(out, 'reportgraph.graphml'), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml) as {
      graphml: { graph: { node: { id: string }[]; edge: { source: string; target: string }[] } };
    };
    expect(doc.graphml.graph.node.length).toBeGreaterThan(10);
    expect(doc.graphml.graph.edge.length).toBeGreaterThan(5);
    expect(xml).toContain('佛山市总工会');
    expect(xml).toContain('HOLDS_ROLE');
  });

  it('does export one CSV per type when asked for csv', async () => {
    const out = join(dir, 'csv');
    const run = await cli(stack, ['export', '--format', 'csv', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(6);
    expect(await readFile(join(out, 'people.csv'), 'utf8')).toContain('李灿');
  });

  it('does rebuild the document when reprocessing it directly or through the bucket', async () => {
    const direct = await cli(stack, ['reprocess', `2025/10/31/${PAGE}`]);
    expect(direct.stdout).toBe('Reprocessed 1 document(s): 1 DONE.\n');
    expect(direct.code).toBe(0);
    const viaBucket = await cli(stack, ['reprocess', '--all', '--via-bucket']);
    expect(viaBucket.stdout).toBe('Reprocessed 1 document(s): 1 REQUEUED.\n');
    await stack.idle();
    const listed = await cli(stack, ['documents']);
    expect(listed.stdout).toContain('1 document: 1 DONE');
  });

  it('does print one line and exit 1 when the bucket does not exist', async () => {
    const run = await cli(stack, ['upload', join(SAMPLES_DIR, PAGE)], { BUCKET_NAME: 'no-such-bucket' });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('reportgraph: Bucket "no-such-bucket" does not exist.\n');
  });

  it('does print one line and exit 1 when the API is down', async () => {
    const url = `http://127.0.0.1:${await freePort()}/graphql`;
    const run = await cli(undefined, ['documents'], { REPORTGRAPH_API_URL: url });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `reportgraph: Cannot reach the API at ${url} (ECONNREFUSED). Is it running? (pnpm start, or set REPORTGRAPH_API_URL)\n`,
    );
  });
});
