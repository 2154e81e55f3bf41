import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { edgesFromSummary } from './adjacency.ts';
import { createDocumentClient } from './client.ts';
import { InvalidCursorError } from './cursor.ts';
import type { ExtractResult } from './extraction.ts';
import { createMeter } from './meter.ts';
import { ensureTable } from './setup.ts';
import { GraphStore } from './store.ts';

/** The value, or a failed test when it is missing. */
function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}

const mention = (article: number, sentence: string, start: number) => ({
  article,
  sentence,
  start,
  end: start + sentence.length,
});

/** A small hand-made extraction: two pages sharing one union. */
function page(doc: string, extraOrg?: string): ExtractResult {
  const article = { id: `a_${doc}`, index: 0, title: `标题${doc}`, text: '正文', start: 0, end: 10 };
  const orgs = [
    {
      id: 'o_foshan',
      name: '佛山市总工会',
      aliases: [`市总工会${doc}`],
      kind: 'union' as const,
      placeCode: '440600',
      mentions: [mention(0, '佛山市总工会召开会议。', 0)],
    },
  ];
  if (extraOrg) {
    orgs.push({
      id: `o_${extraOrg}`,
      name: extraOrg,
      aliases: [],
      kind: 'union' as const,
      placeCode: '440605',
      mentions: [mention(0, `${extraOrg}发言。`, 12)],
    });
  }
  return {
    extractorVersion: 'test',
    articles: [article],
    places: [
      { code: '440600', name: '佛山市', level: 'city', parentCode: '440000' },
      { code: '440605', name: '南海区', level: 'county', parentCode: '440600' },
    ],
    organizations: orgs,
    people: [
      {
        id: `p_${doc}`,
        name: `李${doc}`,
        roles: ['佛山市总工会主席'],
        positions: [{ role: '佛山市总工会主席', title: '主席', organizationId: 'o_foshan' }],
        mentions: [mention(0, '主席讲话。', 20)],
      },
    ],
    events: [],
    metrics: [],
  };
}

describe('GraphStore', () => {
  let store: GraphStore;

  beforeAll(async () => {
    const endpoint = inject('services').DYNAMODB_ENDPOINT;
    const tableName = `store-${randomUUID()}`;
    await ensureTable(new DynamoDBClient({ endpoint }), tableName);
    store = new GraphStore({ doc: createDocumentClient({ endpoint }), tableName });
  });

  it('links both directions of an edge when a document is written', async () => {
    await store.writeDocumentGraph('d1', page('1'));
    const out = await store.edgesOf({ type: 'Person', id: 'p_1' }, { direction: 'out', edge: 'holds', first: 10 });
    expect(out.items.map((e) => [e.to.id, e.data.title])).toEqual([['o_foshan', '主席']]);
    const back = await store.edgesOf(
      { type: 'Organization', id: 'o_foshan' },
      { direction: 'in', edge: 'holds', first: 10 },
    );
    expect(back.items.map((e) => e.from.id)).toEqual(['p_1']);
  });

  it('keeps a shared node until the last document mentioning it is removed', async () => {
    await store.writeDocumentGraph('d2', page('2', '南海区总工会'));
    const [shared] = await store.getNodes([{ type: 'Organization', id: 'o_foshan' }]);
    expect(shared?.aliases).toEqual(['市总工会1', '市总工会2']);

    await store.removeDocumentGraph('d1');
    const [still, gone] = await store.getNodes([
      { type: 'Organization', id: 'o_foshan' },
      { type: 'Person', id: 'p_1' },
    ]);
    // The removed document's alias goes with it; the other document's stays.
    expect(still).toMatchObject({ type: 'Organization', name: '佛山市总工会', aliases: ['市总工会2'] });
    expect(gone).toBeUndefined();

    await store.removeDocumentGraph('d2');
    const [after] = await store.getNodes([{ type: 'Organization', id: 'o_foshan' }]);
    expect(after).toBeUndefined();
  });

  it('withdraws what a document no longer says when it is rewritten', async () => {
    await store.writeDocumentGraph('d3', page('3', '南海区总工会'));
    await store.writeDocumentGraph('d3', page('3'));
    const [nanhai] = await store.getNodes([{ type: 'Organization', id: 'o_南海区总工会' }]);
    expect(nanhai).toBeUndefined();
    await store.removeDocumentGraph('d3');
  });

  it('withdraws what a rewrite no longer says when its prior reads were started before extraction', async () => {
    await store.writeDocumentGraph('d3p', page('3p', '顺德区总工会'));
    const prior = store.readPriorGraph('d3p');
    await store.writeDocumentGraph('d3p', page('3p'), prior);
    const [shunde] = await store.getNodes([{ type: 'Organization', id: 'o_顺德区总工会' }]);
    expect(shunde).toBeUndefined();
    const [foshan] = await store.getNodes([{ type: 'Organization', id: 'o_foshan' }]);
    expect(foshan).toBeDefined();
    await store.removeDocumentGraph('d3p');
  });

  it('lists a place and everything beneath it when filtered by place code', async () => {
    await store.writeDocumentGraph('d4', page('4', '南海区总工会'));
    const inFoshan = await store.listNodes('Organization', { first: 10, placeCode: '440600' });
    expect(inFoshan.items.map((n) => n.name).sort()).toEqual(['佛山市总工会', '南海区总工会']);
    const inNanhai = await store.listNodes('Organization', { first: 10, placeCode: '440605' });
    expect(inNanhai.items.map((n) => n.name)).toEqual(['南海区总工会']);
    await store.removeDocumentGraph('d4');
  });

  it('pages through a list with per-item cursors when first is smaller than the list', async () => {
    await store.writeDocumentGraph('d5', page('5', '南海区总工会'));
    const first = await store.listNodes('Place', { first: 1 });
    expect(first.hasNextPage).toBe(true);
    const second = await store.listNodes('Place', { first: 1, after: first.cursors[0] });
    expect(second.hasNextPage).toBe(false);
    expect([...first.items, ...second.items].map((p) => p.code)).toEqual(['440600', '440605']);
    await store.removeDocumentGraph('d5');
  });

  it('throws InvalidCursorError when the cursor was not issued by the store', async () => {
    await expect(store.listNodes('Place', { first: 1, after: 'not-a-cursor' })).rejects.toBeInstanceOf(
      InvalidCursorError,
    );
  });

  it('records requests and consumed capacity when reading through a meter', async () => {
    const meter = createMeter();
    await store.withMeter(meter).getNodes([
      { type: 'Place', id: '440600' },
      { type: 'Place', id: '440605' },
    ]);
    expect(meter.requests).toBe(1);
    expect(meter.operations).toEqual({ BatchGetItem: 1 });
  });

  it('reads one node by GetItem exactly as a batch reads it, metered', async () => {
    await store.writeDocumentGraph('d10', page('10'));
    const ref = { type: 'Organization' as const, id: 'o_foshan' };
    const meter = createMeter();
    const [alone] = await store.withMeter(meter).getNodes([ref]);
    const [batched] = await store.getNodes([ref, { type: 'Person', id: 'p_10' }]);
    expect(alone).toBeDefined();
    expect(alone).toEqual(batched);
    expect(meter.operations).toEqual({ GetItem: 1 });
    expect(meter.readCapacityUnits).toBeGreaterThan(0);
    await store.removeDocumentGraph('d10');
  });

  it('lists documents by status, newest first', async () => {
    const base = { bucket: 'b', createdAt: '2025-10-31T00:00:00Z' };
    await store.putDocument({ ...base, id: 'x1', key: 'a.txt', status: 'DONE', updatedAt: '2025-10-31T00:00:01Z' });
    await store.putDocument({ ...base, id: 'x2', key: 'b.txt', status: 'DONE', updatedAt: '2025-10-31T00:00:02Z' });
    await store.putDocument({ ...base, id: 'x3', key: 'c.txt', status: 'FAILED', updatedAt: '2025-10-31T00:00:03Z' });
    const done = await store.listDocuments({ status: 'DONE', first: 10 });
    expect(done.items.map((d) => d.key)).toEqual(['b.txt', 'a.txt']);
    const failed = await store.listDocuments({ status: 'FAILED', first: 10 });
    expect(failed.items.map((d) => d.id)).toEqual(['x3']);
  });

  it('reads the same edges and cursors from a node summary as from a Query, both directions', async () => {
    await store.writeDocumentGraph('d6', page('6'));
    await store.writeDocumentGraph('d7', page('7'));
    const refs = [
      { ref: { type: 'Organization' as const, id: 'o_foshan' }, direction: 'in' as const },
      { ref: { type: 'Person' as const, id: 'p_6' }, direction: 'out' as const },
    ];
    for (const { ref, direction } of refs) {
      const [node] = await store.getNodes([ref]);
      const queried = await store.edgesOf(ref, { direction, edge: 'holds', first: 1 });
      const summarized = edgesFromSummary(must(node), { direction, edge: 'holds', first: 1 });
      expect(summarized).toEqual(queried);
      if (queried.hasNextPage) {
        const next = await store.edgesOf(ref, { direction, edge: 'holds', first: 5, after: queried.cursors[0] });
        expect(edgesFromSummary(must(node), { direction, edge: 'holds', first: 5, after: queried.cursors[0] })).toEqual(
          next,
        );
      }
    }
    await store.removeDocumentGraph('d6');
    await store.removeDocumentGraph('d7');
  });

  it("drops only a removed document's summary entries when another document keeps the node", async () => {
    await store.writeDocumentGraph('d8', page('8'));
    await store.writeDocumentGraph('d9', page('9'));
    await store.removeDocumentGraph('d8');
    const [org] = await store.getNodes([{ type: 'Organization', id: 'o_foshan' }]);
    const holders = edgesFromSummary(must(org), { direction: 'in', edge: 'holds', first: 10 });
    expect(holders?.items.map((e) => e.from.id)).toEqual(['p_9']);
    await store.removeDocumentGraph('d9');
  });

  it("drops a rewritten document's stale summary entries and roles when it no longer states them", async () => {
    const first = page('10');
    await store.writeDocumentGraph('d10', first);
    const second = page('10');
    must(second.people[0]).positions = [{ role: '佛山市总工会副主席', title: '副主席', organizationId: 'o_foshan' }];
    must(second.people[0]).roles = ['佛山市总工会副主席'];
    await store.writeDocumentGraph('d10', second);
    const [org] = await store.getNodes([{ type: 'Organization', id: 'o_foshan' }]);
    const titles = edgesFromSummary(must(org), { direction: 'in', edge: 'holds', first: 10 })?.items.map(
      (e) => e.qualifier,
    );
    expect(titles).toEqual(['副主席']);
    const [person] = await store.getNodes([{ type: 'Person', id: 'p_10' }]);
    expect(person?.roles).toEqual(['佛山市总工会副主席']);
    const queried = await store.edgesOf(
      { type: 'Organization', id: 'o_foshan' },
      { direction: 'in', edge: 'holds', first: 10 },
    );
    expect(queried.items.map((e) => e.qualifier)).toEqual(['副主席']);
    await store.removeDocumentGraph('d10');
  });

  it('gives each document its own article and merges only shared items when one page is stored twice', async () => {
    const meter = createMeter();
    await store.withMeter(meter).writeDocumentGraph('d13', page('13'));
    await store.writeDocumentGraph('d14', page('13'));
    const org = { type: 'Organization' as const, id: 'o_foshan' };
    const sources = await store.edgesOf(org, { direction: 'out', edge: 'mentionedIn', first: 10 });
    const articles = await store.getNodes(sources.items.map((e) => e.to));
    expect(articles.map((a) => a?.documentId).sort()).toEqual(['d13', 'd14']);
    // Shared items (2 places, the union, the person and their 4 edges) are merged in one
    // transaction; the article, its part-of edge and mentions of it go whole in batches.
    expect(meter.operations.TransactWriteItems).toBeGreaterThanOrEqual(1);
    expect(meter.operations.UpdateItem).toBeUndefined();
    expect(meter.operations.BatchWriteItem).toBeGreaterThan(0);

    await store.removeDocumentGraph('d13');
    const left = await store.edgesOf(org, { direction: 'out', edge: 'mentionedIn', first: 10 });
    expect(left.items.map((e) => e.data.documentId)).toEqual(['d14']);
    const [gone] = await store.getNodes(sources.items.filter((e) => e.data.documentId === 'd13').map((e) => e.to));
    expect(gone).toBeUndefined();
    await store.removeDocumentGraph('d14');
  });

  it('stops summarizing a hub node at its cap and reads its edges with a Query from then on', async () => {
    const capped = new GraphStore({ ...store.ctx, summaryCap: 2 });
    for (const n of ['15', '16', '17']) await capped.writeDocumentGraph(`d${n}`, page(n));
    const org = { type: 'Organization' as const, id: 'o_foshan' };
    const [hub] = await capped.getNodes([org]);
    expect(hub?.adjFull).toBe(true);
    expect(hub?.aliases).toEqual(['市总工会15', '市总工会16', '市总工会17']);
    expect(edgesFromSummary(must(hub), { direction: 'in', edge: 'holds', first: 10 })).toBeUndefined();
    const holders = await capped.edgesOf(org, { direction: 'in', edge: 'holds', first: 10 });
    expect(holders.items.map((e) => e.from.id)).toEqual(['p_15', 'p_16', 'p_17']);
    // The people's own summaries are small and stay in use.
    const [person] = await capped.getNodes([{ type: 'Person', id: 'p_17' }]);
    expect(edgesFromSummary(must(person), { direction: 'out', edge: 'holds', first: 10 })?.items).toHaveLength(1);
    for (const n of ['15', '16', '17']) await capped.removeDocumentGraph(`d${n}`);
  });

  it('finds a node by a substring of its name or alias, exact matches first', async () => {
    await store.writeDocumentGraph('d11', page('11', '南海区总工会'));
    const hits = await store.search('总工会', { first: 10 });
    expect(hits.hits.map((h) => h.label)).toEqual(['佛山市总工会', '南海区总工会']);
    const exact = await store.search('佛山市总工会', { first: 10 });
    expect(exact.hits[0]).toMatchObject({
      type: 'Organization',
      id: 'o_foshan',
      label: '佛山市总工会',
      match: 'exact',
    });
    const alias = await store.search('市总工会11', { first: 10 });
    expect(alias.hits.map((h) => h.id)).toEqual(['o_foshan']);
    const places = await store.search('南海', { first: 10, types: ['Place'] });
    expect(places.hits.map((h) => h.id)).toEqual(['440605']);
    await store.removeDocumentGraph('d11');
    expect((await store.search('总工会', { first: 10 })).totalCount).toBe(0);
  });

  it('matches traditional characters against simplified labels when searching', async () => {
    await store.writeDocumentGraph('d12', page('12'));
    const hits = await store.search('佛山市總工會', { first: 10 });
    expect(hits.hits[0]?.id).toBe('o_foshan');
    await store.removeDocumentGraph('d12');
  });
});
