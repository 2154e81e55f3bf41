import { CreateBucketCommand, GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gql } from '../testing/graphql.ts';
import { createTestStore } from '../testing/sample-graph.ts';
import { createApi } from '../yoga.ts';
import { invalidKey } from './upload.ts';

const MUTATION = `mutation ($key: String!, $contentType: String!, $size: Int!, $published: String) {
  createUploadUrl(key: $key, contentType: $contentType, size: $size, published: $published) {
    url key documentId expiresAt headers { name value }
  }
}`;

describe('createUploadUrl', () => {
  const bucket = `uploads-${Date.now()}`;
  let api: ReturnType<typeof createApi>;
  let s3: S3Client;

  beforeAll(async () => {
    const env = inject('services');
    s3 = new S3Client({
      endpoint: env.S3_ENDPOINT,
      forcePathStyle: true,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    process.env.BUCKET_NAME = bucket;
    api = createApi({ store: await createTestStore(), logging: false });
  });

  afterAll(() => {
    delete process.env.BUCKET_NAME;
  });

  it('returns a presigned PUT that stores the file under the key when the editor uploads with it', async () => {
    const body = new TextEncoder().encode('佛山市总工会召开会议。');
    const key = '2025/10/31/第3版 上传.txt';
    const r = await gql(api, MUTATION, {
      key,
      contentType: 'text/plain; charset=utf-8',
      size: body.length,
      published: '2025-10-31',
    });
    expect(r.errors).toBeUndefined();
    const upload = r.data?.createUploadUrl;
    expect(upload.key).toBe(key);
    expect(upload.url).toContain('X-Amz-SignedHeaders=content-length%3Bcontent-type%3Bhost');
    const headers = Object.fromEntries(upload.headers.map((h: { name: string; value: string }) => [h.name, h.value]));
    const put = await fetch(upload.url, { method: 'PUT', headers, body });
    expect(put.status).toBe(200);
    const stored = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    expect(await stored.Body?.transformToString()).toBe('佛山市总工会召开会议。');
    expect(stored.Metadata?.published).toBe('2025-10-31');
  });

  it('refuses with a clear error when the size is over the limit or the type is not a report format', async () => {
    const big = await gql(api, MUTATION, { key: 'a.txt', contentType: 'text/plain', size: 50 * 1024 * 1024 });
    expect(big.errors?.[0]?.message).toMatch(/size must be 1 to \d+ bytes/);
    const image = await gql(api, MUTATION, { key: 'a.png', contentType: 'image/png', size: 10 });
    expect(image.errors?.[0]?.message).toMatch(/contentType must be one of/);
  });

  it('rejects keys that escape the bucket layout when validating', () => {
    expect(invalidKey('2025/10/31/第3版.txt')).toBeUndefined();
    expect(invalidKey('../x.txt')).toMatch(/segments/);
    expect(invalidKey('/x.txt')).toMatch(/must not start/);
  });
});
