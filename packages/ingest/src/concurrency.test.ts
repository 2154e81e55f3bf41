import { extract } from '@reportgraph/extract';
import { describe, expect, it } from 'vitest';
import {
  corpusPages,
  createBucket,
  createTestStore,
  dumpTable,
  putObject,
  testIngestor,
  testS3Client,
  useServices,
} from './test-support.ts';

useServices();

const FILES = 20;

describe('createIngestor › concurrent ingestion', () => {
  it('gives the same table for 20 files sharing organizations ingested at once as one by one', async () => {
    const s3 = testS3Client();
    const bucket = await createBucket(s3);
    const pages = corpusPages();
    const keys: string[] = [];
    for (let i = 0; i < FILES; i++) {
      const key = `2025/10/${String(10 + i)}/page-${i}.txt`;
      const page = (pages[i % pages.length]?.text ?? '').slice(0, 600);
      // Every file mentions the same unions and chairman; each also has its own title and content.
      const body = `第${i}期 工会动态\n佛山市总工会、南海区总工会召开联席会议，主席李灿出席。会员${100 + i}人参加。\n${page}`;
      await putObject(s3, bucket, key, body);
      keys.push(key);
    }

    const parallel = await createTestStore();
    const serial = await createTestStore();
    const atOnce = testIngestor({ s3, store: parallel.store });
    const oneByOne = testIngestor({ s3, store: serial.store });
    const created = (key: string) => ({ bucket, key, eventName: 'ObjectCreated:Put' });

    const outcomes = await Promise.all(keys.map((key) => atOnce.processRecord(created(key))));
    for (const key of keys) await oneByOne.processRecord(created(key));

    expect(outcomes.map((o) => o.status)).toEqual(keys.map(() => 'DONE'));
    const [a, b] = await Promise.all([
      dumpTable(parallel.doc, parallel.tableName),
      dumpTable(serial.doc, serial.tableName),
    ]);
    expect(a.length).toBeGreaterThan(FILES * 10);
    expect(a).toEqual(b);
    const unionId = extract('佛山市总工会').organizations[0]?.id;
    const union = a.find((i) => i.pk === `Organization#${unionId}` && i.sk === '#node');
    // The node counts every file that states it once, however many wrote it at once.
    expect(union?.mentions).toBe(FILES);
  });
});
