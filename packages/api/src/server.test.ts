import { describe, expect, it } from 'vitest';
import { startServer } from './server.ts';
import { createTestStore, loadSampleGraph } from './testing/sample-graph.ts';

describe('startServer', () => {
  it('does answer real HTTP requests when started on a free port', async () => {
    const store = await createTestStore();
    await loadSampleGraph(store, { corpus: false });
    const server = await startServer({ port: 0, store });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
      const res = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ people(namePrefix: "李灿") { edges { node { name roles } } } }' }),
      });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { data: { people: { edges: { node: { name: string } }[] } } };
      expect(body.data.people.edges[0]?.node.name).toBe('李灿');
    } finally {
      await server.close();
    }
  });
});
