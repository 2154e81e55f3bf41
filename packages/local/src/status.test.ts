import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoadingState, withStatus } from './status.ts';

describe('withStatus', () => {
  const state: LoadingState = { loading: true, done: 2, total: 5 };
  const server = createServer(
    withStatus(
      () => state,
      (_req, res) => res.end('api'),
    ),
  );
  let base: string;

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('does answer the loading state on /status and mark every response while the samples load', async () => {
    const status = await fetch(`${base}/status`);
    expect(await status.json()).toEqual({ loading: true, done: 2, total: 5 });
    const api = await fetch(`${base}/graphql`);
    expect(await api.text()).toBe('api');
    expect(api.headers.get('x-reportgraph-loading')).toBe('2/5');
  });

  it('does drop the header when loading is over', async () => {
    Object.assign(state, { loading: false, done: 5 });
    const api = await fetch(`${base}/graphql`);
    expect(api.headers.get('x-reportgraph-loading')).toBeNull();
    expect(await (await fetch(`${base}/status`)).json()).toMatchObject({ loading: false });
  });
});
