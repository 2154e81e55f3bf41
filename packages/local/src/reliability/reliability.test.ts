import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteObjectCommand, HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { documentIdFor } from '@reportgraph/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from '../stack.ts';
import { bucketKeys, checkTable, dumpTable, pageVersions, prng, type TableCheck } from './harness.ts';

/** One row of the issue's table, replayed: how many trials, how many ended wrong. */
interface Row {
  what: string;
  tried: number;
  failed: number;
}

const VERSIONS = pageVersions(12);
const rows: Row[] = [];

describe('reliability › one truth per key (issue 13), on the embedded stack', () => {
  let stack: Stack;
  let dataDir: string;
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const put = (key: string, body: string) =>
    stack.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: body, ContentType: 'text/plain' }));
  const remove = (key: string) => stack.s3.send(new DeleteObjectCommand({ Bucket: stack.bucket, Key: key }));
  const table = () => ({ doc: stack.store.ctx.doc, tableName: stack.tableName });
  const wholeTable = () => checkTable(stack.s3, stack.bucket, stack.dynamoEndpoint, table());

  /** The key's document agrees with the bucket: DONE for the object there now, or no document when it is gone. */
  async function agrees(key: string): Promise<boolean> {
    const head = await stack.s3.send(new HeadObjectCommand({ Bucket: stack.bucket, Key: key })).catch(() => undefined);
    const doc = await stack.store.getDocument(documentIdFor(stack.bucket, key));
    if (!head) return doc === undefined;
    return doc?.status === 'DONE' && doc.etag === head.ETag;
  }

  /** Runs `trials` trials of one row; each trial's key must agree with the bucket afterwards. */
  async function replay(what: string, trials: number, trial: (i: number) => Promise<string[]>) {
    let failed = 0;
    for (let i = 0; i < trials; i++) {
      const keys = await trial(i);
      await stack.idle();
      for (const key of keys) if (!(await agrees(key))) failed++;
    }
    rows.push({ what, tried: trials, failed });
    return failed;
  }

  const expectClean = (check: TableCheck) => {
    expect(check.differences).toEqual([]);
    expect(check.orphans).toEqual([]);
    expect(check.stuck).toBe(0);
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'reportgraph-reliability-'));
    stack = await startStack({
      dataDir,
      inMemory: true,
      apiPort: 0,
      delivery: { attempts: 3, delaysMs: [300, 1_000] },
    });
  });
  afterAll(async () => {
    await stack?.stop();
    await rm(dataDir, { recursive: true, force: true });
    console.log(
      `\n| what | tried | failed |\n|---|---|---|\n${rows.map((r) => `| ${r.what} | ${r.tried} | ${r.failed} |`).join('\n')}\n`,
    );
  });

  it('converges when a key is deleted and re-uploaded at once, with the same or changed bytes', async () => {
    // A neighbour that shares the unions, so shared items are at stake.
    await put('shared/neighbour.txt', VERSIONS[11] as string);
    const same = await replay('delete, then re-upload the same bytes at once', 5, async (i) => {
      const key = `same/${i}.txt`;
      await put(key, VERSIONS[i] as string);
      await stack.idle();
      await remove(key);
      await put(key, VERSIONS[i] as string);
      return [key];
    });
    const changed = await replay('delete, then re-upload changed bytes', 5, async (i) => {
      const key = `changed/${i}.txt`;
      await put(key, VERSIONS[i] as string);
      await stack.idle();
      await remove(key);
      await put(key, VERSIONS[i + 1] as string);
      return [key];
    });
    expect([same, changed]).toEqual([0, 0]);
    expectClean(await wholeTable());
  });

  it('removes the document of a key uploaded then deleted at once', async () => {
    const failed = await replay('upload, then delete at once', 5, async (i) => {
      const key = `gone/${i}.txt`;
      await put(key, VERSIONS[i] as string);
      await remove(key);
      return [key];
    });
    expect(failed).toBe(0);
    expectClean(await wholeTable());
  });

  it('keeps the last of 10 writers of one key, and leaves nothing when the key is deleted', async () => {
    const failed = await replay('10 writers of one key at once, then the key deleted', 3, async (i) => {
      const key = `writers/${i}.txt`;
      await Promise.all(VERSIONS.slice(0, 10).map((body, v) => put(key, `${body}\n第${v}稿`)));
      await stack.idle();
      const ok = await agrees(key);
      await remove(key);
      return ok ? [key] : [key, '\u0000never-agrees'];
    });
    expect(failed).toBe(0);
    expectClean(await wholeTable());
  });

  it('ends as a serial run would after randomized interleavings of put/delete/put by several workers', async () => {
    const failed = await replay('randomized put/delete/put interleavings, 3 workers on one key', 8, async (t) => {
      const key = `random/${t}.txt`;
      const random = prng(1300 + t);
      const worker = async () => {
        for (let op = 0; op < 3; op++) {
          await sleep(Math.floor(random() * 40));
          if (random() < 0.35) await remove(key);
          else await put(key, VERSIONS[Math.floor(random() * VERSIONS.length)] as string);
        }
      };
      await Promise.all([worker(), worker(), worker()]);
      return [key];
    });
    expect(failed).toBe(0);
    expectClean(await wholeTable());
  });

  it('leaves an empty table when every object is deleted', async () => {
    const keys = await bucketKeys(stack.s3, stack.bucket);
    expect(keys.length).toBeGreaterThan(5);
    await Promise.all(keys.map(remove));
    await stack.idle();
    const left = await dumpTable(stack.store.ctx.doc, stack.tableName);
    rows.push({ what: 'delete every object: items left', tried: 1, failed: left.length > 0 ? 1 : 0 });
    expect(left).toEqual([]);
  });

  it('stays up when a key segment is too long for its file store, and answers KeyTooLongError', async () => {
    const long = `2025/${'长'.repeat(88)}.txt`; // 264 bytes in one segment
    const error = await put(long, '工会').then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.name).toBe('KeyTooLongError');
    await put('after-long-key.txt', VERSIONS[0] as string);
    await stack.idle();
    const ok = await agrees('after-long-key.txt');
    rows.push({ what: 'a 262-byte key segment (the stack stays up)', tried: 1, failed: ok ? 0 : 1 });
    expect(ok).toBe(true);
  });
});
