import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, type Stack, startStack, uploadSamples } from '@reportgraph/local';
import { type DefinitionNode, parse, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const README = fileURLToPath(new URL('../README.md', import.meta.url));
const TYPED_CLIENT = fileURLToPath(new URL('../examples/typed-client/', import.meta.url));

/**
 * Runs a command of the typed-client example in its folder; resolves to its exit code and output.
 * Asynchronous: the API it queries runs in this process.
 */
function inTypedClient(command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  return new Promise<{ status: number | null; output: string }>((resolve) => {
    const child = spawn(command, args, {
      cwd: TYPED_CLIENT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
      timeout: 120_000,
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += String(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += String(chunk);
    });
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** The fenced blocks of a language in a Markdown text, in order. */
function fencedBlocks(markdown: string, lang: string): string[] {
  const blocks: string[] = [];
  const fence = new RegExp(`^\`\`\`${lang}\\n([\\s\\S]*?)^\`\`\``, 'gm');
  for (const m of markdown.matchAll(fence)) blocks.push(m[1] ?? '');
  return blocks;
}

/** Each operation of the README's GraphQL blocks, printed on its own (a block may hold several). */
function readmeOperations(markdown: string): { name: string; query: string }[] {
  return fencedBlocks(markdown, 'graphql').flatMap((block, b) =>
    parse(block).definitions.map((def: DefinitionNode, i) => ({
      name: `block ${b + 1}, operation ${i + 1}: ${print(def).split('\n').slice(0, 3).join(' ').slice(0, 80)}`,
      query: print(def),
    })),
  );
}

/** True when a result holds data: non-null top-level fields, and non-empty lists and connections among them. */
function hasData(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value !== 'object') return true;
  const record = value as Record<string, unknown>;
  if ('edges' in record) return Array.isArray(record.edges) && record.edges.length > 0;
  return Object.values(record).every(hasData);
}

describe('the README’s GraphQL examples, against the sample stack', async () => {
  const markdown = await readFile(README, 'utf8');
  const operations = readmeOperations(markdown);
  let stack: Stack;
  let dataDir: string;

  const run = async (query: string) => {
    const response = await fetch(stack.apiUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'reportgraph-readme-'));
    stack = await startStack({
      dataDir,
      inMemory: true,
      apiPort: 0,
      s3Port: await freePort(),
      dynamoPort: await freePort(),
    });
    await uploadSamples(stack.s3, stack.bucket);
    await stack.idle();
  });
  afterAll(async () => {
    await stack?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('does hold GraphQL examples to run', () => {
    expect(operations.length).toBeGreaterThanOrEqual(6);
  });

  it.each(operations.map((o) => [o.name, o.query]))('does return data for %s', async (_name, query) => {
    const result = await run(query);
    expect(result.errors).toBeUndefined();
    expect(hasData(result.data), JSON.stringify(result.data)).toBe(true);
  });

  it('does compile and run the typed client example when its generated types match the schema', async () => {
    const check = await inTypedClient('pnpm', ['exec', 'graphql-codegen', '--config', 'codegen.ts', '--check']);
    expect(check.status, `run "pnpm schema:print" to regenerate: ${check.output}`).toBe(0);
    const compile = await inTypedClient('pnpm', ['exec', 'tsc', '-p', 'tsconfig.json']);
    expect(compile.status, compile.output).toBe(0);
    const run = await inTypedClient('pnpm', ['exec', 'tsx', 'src/main.ts'], { REPORTGRAPH_API_URL: stack.apiUrl });
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain('佛山市总工会 (UNION) in 佛山市 440600');
    expect(run.output).toMatch(/主席 李灿/);
  });

  it('does give exactly the answer the README shows for the first query', async () => {
    const [first] = operations;
    const shown = JSON.parse(fencedBlocks(markdown, 'json')[0] ?? '{}') as { data: unknown };
    expect((await run(first?.query ?? '')).data).toEqual(shown.data);
  });
});
