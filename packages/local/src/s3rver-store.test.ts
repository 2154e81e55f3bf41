import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_CREDENTIALS, LOCAL_REGION, type RunningS3, startS3rver } from './services.ts';

describe('hardenStore', () => {
  let dir: string;
  let s3rver: RunningS3;
  let s3: S3Client;
  const Bucket = 'hardened';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'reportgraph-s3rver-'));
    s3rver = await startS3rver({ directory: dir, buckets: [Bucket] });
    s3 = new S3Client({
      endpoint: s3rver.endpoint,
      region: LOCAL_REGION,
      credentials: LOCAL_CREDENTIALS,
      forcePathStyle: true,
    });
  });
  afterAll(async () => {
    s3?.destroy();
    await s3rver?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('never serves an object without its headers or with bytes its ETag does not name, when puts, deletes and reads of one key interleave', async () => {
    const Key = 'one/key.txt';
    // Bodies of a few hundred KB, so a put's body and headers are written far enough apart to be read between.
    const bodies = ['甲', '乙', '丙'].map((c) => c.repeat(100_000));
    const writes = Array.from({ length: 30 }, (_, i) =>
      i % 3 === 1
        ? s3.send(new DeleteObjectCommand({ Bucket, Key }))
        : s3.send(new PutObjectCommand({ Bucket, Key, Body: bodies[i % 3], ContentType: 'text/plain' })),
    );
    const reads = Array.from({ length: 60 }, async () => {
      const out = await s3.send(new GetObjectCommand({ Bucket, Key })).catch(() => undefined);
      if (!out?.Body) return 'absent';
      const bytes = await out.Body.transformToByteArray();
      const md5 = `"${createHash('md5').update(bytes).digest('hex')}"`;
      return `${out.ContentType} ${md5 === out.ETag ? 'whole' : 'torn'}`;
    });
    await Promise.all(writes);
    const seen = new Set(await Promise.all(reads));
    seen.delete('absent');
    expect([...seen]).toEqual(['text/plain whole']);
  });
});
