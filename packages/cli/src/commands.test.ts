import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, SAMPLES_DIR, type Stack, startStack } from '@reportgraph/local';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliIo, runCli } from './commands.ts';

const PAGE = '000_70c7d5442b17734e.txt';

/** Runs the CLI against the stack, capturing what it prints. */
async function cli(stack: Stack | undefined, argv: string[], env: NodeJS.ProcessEnv = {}, cwd = tmpdir()) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t), isTTY: false },
    cwd,
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

describe('runCli, without a stack', () => {
  it('does print the version when asked with --version or -V', async () => {
    const run = await cli(undefined, ['--version']);
    expect(run.stdout).toMatch(/^reportgraph \d+\.\d+\.\d+\n$/);
    expect((await cli(undefined, ['-V'])).stdout).toBe(run.stdout);
  });

  it('does suggest the command or option meant when one is mistyped', async () => {
    const command = await cli(undefined, ['documnets']);
    expect(command.code).toBe(1);
    expect(command.stderr).toBe(
      'reportgraph: Unknown command "documnets". Did you mean "documents"? Run "reportgraph --help".\n',
    );
    const option = await cli(undefined, ['upload', 'a.txt', '--publshed', '2025-10-31']);
    expect(option.stderr).toContain('Did you mean "--published"?');
    const misplaced = await cli(undefined, ['documents', '--wait']);
    expect(misplaced.stderr).toBe('reportgraph: documents does not take --wait (it takes --status, --limit).\n');
  });
});

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

  it('does read a relative path from the folder the command was typed in and print absolute export paths', async () => {
    const upload = await cli(stack, ['upload', PAGE, '--prefix', 'rel'], {}, SAMPLES_DIR);
    expect(upload.code).toBe(0);
    expect(upload.stdout).toContain(`rel/${PAGE}`);
    await stack.idle();
    const out = await cli(stack, ['export', '--format', 'json', '--out', 'graph.json'], {}, dir);
    expect(out.stdout.trim()).toBe(join(dir, 'graph.json'));
  });

  it('does say there are more documents when --limit cuts the list', async () => {
    const run = await cli(stack, ['documents', '--limit', '1']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1 document: 1 DONE');
    expect(run.stdout).toContain('More documents than the 1 shown');
  });

  it('does fail with a suggestion and not print REMOVED when reprocessing a key that does not exist', async () => {
    const run = await cli(stack, ['reprocess', 'no/such/key.txt']);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toContain('REMOVED');
    expect(run.stderr).toMatch(/^reportgraph: No object or document "no\/such\/key.txt" in bucket "reports"/);
    const typo = await cli(stack, ['reprocess', `2025/10/31/${PAGE.replace('.txt', '.tx')}`]);
    expect(typo.stderr).toContain(`Did you mean "2025/10/31/${PAGE}"?`);
  });

  it('does name each skipped file with its reason when a folder holds files the ingest cannot read', async () => {
    const run = await cli(stack, ['upload', join(SAMPLES_DIR, '..', 'gold')]);
    expect(run.stderr).toMatch(/Skipped \/.*gold\/.*\.json: not \.txt/);
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
