import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveExplorer, withExplorer } from './serve.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rg-explorer-'));
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>explorer</title>');
  await writeFile(join(dir, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(dir, 'assets', 'index-abc.css'), 'body{}');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const get = (path: string, method = 'GET') => serveExplorer(new Request(`http://x${path}`, { method }), dir);

describe('serveExplorer', () => {
  it('does serve index.html at / with no-cache when the explorer is built', async () => {
    const res = await get('/');
    expect(res?.status).toBe(200);
    expect(res?.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res?.headers.get('cache-control')).toBe('no-cache');
    expect(await res?.text()).toContain('<title>explorer</title>');
  });

  it('does serve hashed assets with their type and a long cache when asked for them', async () => {
    const js = await get('/assets/index-abc.js');
    expect(js?.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js?.headers.get('cache-control')).toContain('immutable');
    expect((await get('/assets/index-abc.css'))?.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('does fall back to index.html when a path without extension names no file', async () => {
    expect(await (await get('/org/abc'))?.text()).toContain('explorer');
  });

  it('does leave /graphql, other methods, missing assets and escapes to the caller when asked for them', async () => {
    expect(await get('/graphql')).toBeUndefined();
    expect(await get('/graphql?query={a}')).toBeUndefined();
    expect(await get('/', 'POST')).toBeUndefined();
    expect(await get('/assets/missing.js')).toBeUndefined();
    expect(await get('/..%2f..%2fetc%2fpasswd')).toBeUndefined();
    expect(await get('/%E0%A4%A')).toBeUndefined();
  });

  it('does answer HEAD without a body when asked for a file', async () => {
    const res = await get('/', 'HEAD');
    expect(res?.status).toBe(200);
    expect(res?.body).toBeNull();
  });

  it('does say how to build when the explorer is not built', async () => {
    const res = await serveExplorer(new Request('http://x/'), join(dir, 'nothing'));
    expect(res?.status).toBe(503);
    expect(await res?.text()).toMatch(/pnpm --filter @reportgraph\/explorer build/);
  });
});

describe('withExplorer', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer(
      withExplorer((req, res) => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ api: `${req.method} ${req.url}` }));
      }, dir),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('does serve the page at / and pass /graphql to the API when mounted on a node server', async () => {
    expect(await (await fetch(`${base}/`)).text()).toContain('explorer');
    expect(await (await fetch(`${base}/graphql`)).json()).toEqual({ api: 'GET /graphql' });
    expect(await (await fetch(`${base}/graphql`, { method: 'POST', body: '{}' })).json()).toEqual({
      api: 'POST /graphql',
    });
    expect(await (await fetch(`${base}/assets/missing.js`)).json()).toEqual({ api: 'GET /assets/missing.js' });
  });
});
