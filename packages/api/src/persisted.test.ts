import { createHash } from 'node:crypto';
import { ApolloClient, gql as apolloGql, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import type { GraphStore } from '@reportgraph/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { gql } from './testing/graphql.ts';
import { createTestStore, loadSampleGraph } from './testing/sample-graph.ts';
import { createApi } from './yoga.ts';

let store: GraphStore;

beforeAll(async () => {
  store = await createTestStore();
  await loadSampleGraph(store, { corpus: false });
});

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const ORG = '{ organizationByName(name: "佛山市总工会") { id name } }';

/** Apollo Client with its real persisted-query link, over an in-process API, recording what it sent. */
function apolloOver(api: ReturnType<typeof createApi>, sent: { body: string }[]) {
  const fetchApi = async (input: RequestInfo | URL, init?: RequestInit) => {
    sent.push({ body: String(init?.body ?? input.toString()) });
    return api.fetch(String(input instanceof Request ? input.url : input), init ?? {});
  };
  const link = new PersistedQueryLink({ sha256 }).concat(
    new HttpLink({ uri: 'http://localhost/graphql', fetch: fetchApi as typeof fetch }),
  );
  return new ApolloClient({ link, cache: new InMemoryCache() });
}

describe('persisted queries', () => {
  it("does round-trip Apollo's persisted-query link: the hash, then the query once, then the hash alone", async () => {
    const api = createApi({ store, logging: false });
    const sent: { body: string }[] = [];
    const first = await apolloOver(api, sent).query({ query: apolloGql(ORG), fetchPolicy: 'network-only' });
    expect(first.data).toMatchObject({ organizationByName: { name: '佛山市总工会' } });
    expect(sent).toHaveLength(2);
    expect(JSON.parse(sent[0]?.body ?? '{}').query).toBeUndefined();
    expect(JSON.parse(sent[1]?.body ?? '{}').query).toMatch(/organizationByName/);
    const again: { body: string }[] = [];
    const second = await apolloOver(api, again).query({ query: apolloGql(ORG), fetchPolicy: 'network-only' });
    expect(second.data).toMatchObject({ organizationByName: { name: '佛山市总工会' } });
    expect(again).toHaveLength(1);
    expect(JSON.parse(again[0]?.body ?? '{}').query).toBeUndefined();
  });

  it('does run only trusted documents, by documentId or hash, when trusted documents are configured', async () => {
    // The manifest holds the documents as the client sends them (Apollo prints them with __typename).
    const recorded: { body: string }[] = [];
    const open = createApi({ store, logging: false });
    await apolloOver(open, recorded).query({ query: apolloGql(ORG), fetchPolicy: 'network-only' });
    const query = JSON.parse(recorded[1]?.body ?? '{}').query as string;
    const api = createApi({ store, logging: false, trustedDocuments: { [sha256(query)]: query, org: query } });
    const byId = await api.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ documentId: 'org' }),
    });
    expect(((await byId.json()) as { data: Record<string, unknown> }).data).toMatchObject({
      organizationByName: { name: '佛山市总工会' },
    });
    const sent: { body: string }[] = [];
    const viaApollo = await apolloOver(api, sent).query({ query: apolloGql(ORG) });
    expect(sent).toHaveLength(1);
    expect(viaApollo.data).toMatchObject({ organizationByName: { name: '佛山市总工会' } });
    const arbitrary = await gql(api, '{ people(first: 1) { edges { cursor } } }');
    expect(arbitrary.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_ONLY');
    expect(arbitrary.data ?? null).toBeNull();
  });

  it('does read trusted documents from the file TRUSTED_DOCUMENTS names', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(await mkdtemp(join(tmpdir(), 'trusted-')), 'documents.json');
    await writeFile(file, JSON.stringify({ t: '{ __typename }' }));
    const saved = process.env.TRUSTED_DOCUMENTS;
    process.env.TRUSTED_DOCUMENTS = file;
    try {
      const api = createApi({ store, logging: false });
      const ok = await api.fetch('http://localhost/graphql?documentId=t', { headers: { accept: 'application/json' } });
      expect(await ok.json()).toMatchObject({ data: { __typename: 'Query' } });
      expect((await gql(api, '{ __typename }')).errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_ONLY');
    } finally {
      if (saved === undefined) delete process.env.TRUSTED_DOCUMENTS;
      else process.env.TRUSTED_DOCUMENTS = saved;
    }
  });
});
