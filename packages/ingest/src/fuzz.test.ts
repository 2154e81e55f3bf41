import { describe, expect, it } from 'vitest';
import { createIngestor } from './ingest.ts';
import {
  corpusPages,
  createBucket,
  createTestStore,
  dumpTable,
  PNG_BYTES,
  prng,
  putObject,
  s3Event,
  s3Record,
  sqsEvent,
  testS3Client,
  useServices,
} from './test-support.ts';

useServices();

const SEED = 20251031;
const BATCH = 10;

/** Random and mutated pages from a seeded PRNG: the same run every time. */
function fuzzInputs(seed: number, count: number): { key: string; body: Uint8Array }[] {
  const random = prng(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pages = corpusPages().map((p) => Buffer.from(p.text));
  const pick = () => pages[int(pages.length)] as Buffer;
  const bytes = (n: number) => Uint8Array.from({ length: n }, () => int(256));
  const mutations: ((page: Buffer) => Uint8Array)[] = [
    (_page) => bytes(int(4096)),
    (p) => p.subarray(0, int(p.length)), // truncated anywhere, often mid-character
    (p) => {
      const out = Buffer.from(p);
      for (let i = 0; i < 1 + int(40); i++) {
        const at = int(out.length);
        out[at] = (out[at] ?? 0) ^ (1 << int(8)); // bit flips
      }
      return out;
    },
    (p) => Buffer.concat([p.subarray(0, int(p.length)), bytes(int(64)), p.subarray(int(p.length))]), // spliced noise
    (p) => Buffer.concat([Buffer.from(PNG_BYTES), p]), // a page behind an image header
    (p) => Buffer.concat([Buffer.from([0xfe, 0xff]), p]), // a lying UTF-16 BOM
    (p) => Buffer.from(p.toString('utf8').replace(/\n/g, '')), // no line breaks at all
    (p) => Buffer.from(`<html><body>${'<div>'.repeat(500)}${p.toString('utf8')}</body></html>`),
    (_page) =>
      Buffer.from(Array.from({ length: 1 + int(3000) }, () => String.fromCodePoint(0x4e00 + int(0x5000))).join('')),
    (_page) => Buffer.from(`${'主席'.repeat(2000)}${'(（'.repeat(1000)}${'1'.repeat(5000)}万人`),
    (p) => p.subarray(0, 1 + int(3)), // a few stray bytes
    (p) => Buffer.from(p.toString('utf8').replace(/[。，]/g, '\u0000')),
  ];
  const inputs = Array.from({ length: count }, (_, i) => {
    const mutate = mutations[i % mutations.length] as (page: Buffer) => Uint8Array;
    return { key: `fuzz/${String(i).padStart(3, '0')}.txt`, body: mutate(pick()) };
  });
  // Pathological sizes: over the text limit, and over the byte limit.
  inputs.push({ key: 'fuzz/long-text.txt', body: Buffer.from('a'.repeat(400_000)) });
  inputs.push({ key: 'fuzz/huge.txt', body: Buffer.alloc(5 * 1024 * 1024 + 1, 0x41) });
  inputs.push({ key: 'fuzz/empty.txt', body: new Uint8Array() });
  return inputs;
}

// ~200 items a page are written for every accepted page; 24 inputs keep the suite fast.
const COUNT = 24;

describe('handler › fuzzed input through the real decoder and extractor', () => {
  it(`never throws, stays bounded and writes only a FAILED document for rejected input (seed ${SEED})`, async () => {
    const s3 = testS3Client();
    const bucket = await createBucket(s3);
    const { doc, tableName, store } = await createTestStore();
    const ingestor = createIngestor({ s3, store });
    const inputs = fuzzInputs(SEED, COUNT);
    await Promise.all(inputs.map((input) => putObject(s3, bucket, input.key, input.body)));

    let slowest = 0;
    for (let i = 0; i < inputs.length; i += BATCH) {
      const slice = inputs.slice(i, i + BATCH);
      const started = performance.now();
      const response = await ingestor.handleEvent(
        sqsEvent(...slice.map((input) => s3Event(s3Record('ObjectCreated:Put', bucket, input.key)))),
      );
      slowest = Math.max(slowest, performance.now() - started);
      expect(response, `batch at ${i}`).toEqual({ batchItemFailures: [] });
    }
    // Bounded: no batch of ten runs away (a hang would hit the test timeout long before).
    expect(slowest).toBeLessThan(30_000);

    const dump = await dumpTable(doc, tableName, { raw: true });
    const documents = dump.filter((item) => String(item.pk).startsWith('Document#') && item.sk === '#node');
    expect(documents.length).toBe(inputs.length);
    const failed = new Set(documents.filter((d) => d.status === 'FAILED').map((d) => String(d.id)));
    const done = new Set(documents.filter((d) => d.status === 'DONE').map((d) => String(d.id)));
    expect(failed.size + done.size).toBe(inputs.length);
    expect(failed.size).toBeGreaterThan(0);
    const worst = { extractMs: 0, decodeMs: 0, writeMs: 0 };
    for (const d of documents) {
      if (d.status === 'FAILED') expect(String(d.error).length).toBeGreaterThan(10);
      const timings = d.timings as Record<string, number>;
      for (const k of ['extractMs', 'decodeMs', 'writeMs'] as const) worst[k] = Math.max(worst[k], timings[k] ?? 0);
      expect((timings.decodeMs ?? 0) + (timings.extractMs ?? 0)).toBeLessThan(5_000);
    }
    console.info(
      `fuzz: ${inputs.length} inputs, ${failed.size} FAILED, ${done.size} DONE, slowest batch ${Math.round(slowest)} ms, worst ${JSON.stringify(worst)}`,
    );

    for (const item of dump) {
      const pk = String(item.pk);
      if (pk.startsWith('Document#')) {
        // Rejected files have their record and nothing else (no manifest).
        if (item.sk !== '#node') expect(failed.has(pk.slice('Document#'.length))).toBe(false);
        continue;
      }
      // A shared node counts the documents stating it (at least one while it exists).
      if (item.sk === '#node' && !pk.startsWith('Article#')) expect(Number(item.mentions)).toBeGreaterThan(0);
      // Every other graph item belongs to documents that were ingested.
      const owners = (item.docs as string[] | undefined) ?? [];
      for (const owner of owners) expect(done.has(owner as string)).toBe(true);
    }
  });
});
