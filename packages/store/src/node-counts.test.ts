import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { createDocumentClient } from './client.ts';
import type { StoreContext } from './context.ts';
import type { ExtractResult } from './extraction.ts';
import { ensureTable } from './setup.ts';
import { GraphStore } from './store.ts';

/** A page naming `count` unions (more than one transaction's worth), the first shared by every page. */
function page(doc: string, count: number): ExtractResult {
  const mention = { article: 0, sentence: '……', start: 0, end: 2 };
  return {
    extractorVersion: 'test',
    articles: [{ id: `a_${doc}`, index: 0, title: '标题', text: '正文', start: 0, end: 2 }],
    places: [],
    organizations: Array.from({ length: count }, (_, i) => ({
      id: i === 0 ? 'o_shared' : `o_${doc}_${i}`,
      name: i === 0 ? '佛山市总工会' : `第${i}工会${doc}`,
      aliases: [],
      kind: 'union' as const,
      mentions: [mention],
    })),
    people: [],
    events: [],
    metrics: [],
  } as unknown as ExtractResult;
}

async function newStore(): Promise<{ ctx: StoreContext; store: GraphStore }> {
  const endpoint = inject('services').DYNAMODB_ENDPOINT;
  const tableName = `counts-${randomUUID()}`;
  await ensureTable(new DynamoDBClient({ endpoint }), tableName);
  const ctx = { doc: createDocumentClient({ endpoint }), tableName };
  return { ctx, store: new GraphStore(ctx) };
}

/** Each node's count, by partition key. */
async function counts(ctx: StoreContext): Promise<Record<string, number>> {
  const out = await ctx.doc.send(new ScanCommand({ TableName: ctx.tableName, ConsistentRead: true }));
  const nodes = (out.Items ?? []).filter((i) => i.sk === '#node' && String(i.pk).startsWith('Organization#'));
  return Object.fromEntries(nodes.map((i) => [String(i.pk), Number(i.mentions)]));
}

describe('writeCountedNodes', () => {
  it('counts each document once when a write fails between two transactions and is retried', async () => {
    const { ctx, store } = await newStore();
    await store.writeDocumentGraph('d1', page('1', 60));
    let transactions = 0;
    const fail = (next: (args: unknown) => Promise<unknown>, context: { commandName?: string }) => (args: unknown) => {
      // The second node transaction of d2 (60 nodes: two of them) fails, as a crash there would.
      if (context.commandName === 'TransactWriteItemsCommand' && ++transactions === 2) {
        throw Object.assign(new Error('simulated crash'), { name: 'SimulatedCrashError' });
      }
      return next(args);
    };
    ctx.doc.middlewareStack.add(fail as never, { step: 'initialize', name: 'crash' });
    await expect(store.writeDocumentGraph('d2', page('2', 60))).rejects.toThrow(/simulated crash/);
    ctx.doc.middlewareStack.remove('crash');
    await store.writeDocumentGraph('d2', page('2', 60));
    await store.writeDocumentGraph('d2', page('2', 60));

    const after = await counts(ctx);
    expect(after['Organization#o_shared']).toBe(2);
    expect(Object.values(after).filter((n) => n !== 1)).toEqual([2]);
    expect(Object.keys(after)).toHaveLength(1 + 59 + 59);
  });

  it('deletes a node with the last document that states it and keeps it while another does', async () => {
    const { ctx, store } = await newStore();
    await store.writeDocumentGraph('d1', page('1', 3));
    await store.writeDocumentGraph('d2', page('2', 3));
    await store.removeDocumentGraph('d1');
    expect(await counts(ctx)).toEqual({
      'Organization#o_shared': 1,
      'Organization#o_2_1': 1,
      'Organization#o_2_2': 1,
    });
    await store.removeDocumentGraph('d2');
    expect(await counts(ctx)).toEqual({});
  });
});
