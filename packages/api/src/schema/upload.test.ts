import { CreateBucketCommand, GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { gql } from '../testing/graphql.ts';
import { createTestStore } from '../testing/sample-graph.ts';
import { uploadConfigFromEnv } from '../uploads.ts';
import { createApi } from '../yoga.ts';
import { invalidKey, isCalendarDate, uploadContentType } from './upload.ts';

const MUTATION = `mutation ($key: String!, $contentType: String!, $size: Int!, $published: String, $overwrite: Boolean) {
  createUploadUrl(key: $key, contentType: $contentType, size: $size, published: $published, overwrite: $overwrite) {
    url key documentId expiresAt headers { name value }
  }
}`;

interface Minted {
  url: string;
  key: string;
  headers: { name: string; value: string }[];
}

const headersOf = (upload: Minted) => Object.fromEntries(upload.headers.map((h) => [h.name, h.value]));

describe('createUploadUrl', () => {
  const bucket = `uploads-${Date.now()}`;
  const body = new TextEncoder().encode('佛山市总工会召开会议。');
  let api: ReturnType<typeof createApi>;
  let s3: S3Client;

  beforeAll(async () => {
    const env = inject('services');
    // The API's own client, configured from the environment as on a deployed stage.
    const config = uploadConfigFromEnv({ ...env, BUCKET_NAME: bucket });
    if (!config) throw new Error('uploads should be on when BUCKET_NAME is set');
    s3 = await config.s3;
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    api = createApi({ store: await createTestStore(), logging: false, uploads: config });
  });

  const mint = async (variables: Record<string, unknown>) => {
    const r = await gql(api, MUTATION, { contentType: 'text/plain', size: body.length, ...variables });
    return { upload: r.data?.createUploadUrl as Minted | undefined, error: r.errors?.[0]?.message };
  };

  it('does store the file under the upload prefix when the editor PUTs it with the given headers', async () => {
    const { upload, error } = await mint({
      key: '2025/10/31/第3版 上传.txt',
      contentType: 'text/plain; charset=UTF-8',
      published: '2025-10-31',
    });
    expect(error).toBeUndefined();
    expect(upload?.key).toBe('uploads/2025/10/31/第3版 上传.txt');
    expect(upload?.url).toContain('X-Amz-SignedHeaders=content-length%3Bcontent-type%3Bhost%3Bif-none-match');
    expect(upload?.url).not.toContain('x-amz-checksum');
    const put = await fetch(upload?.url ?? '', { method: 'PUT', headers: headersOf(upload as Minted), body });
    expect(put.status).toBe(200);
    const stored = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: upload?.key }));
    expect(await stored.Body?.transformToString()).toBe('佛山市总工会召开会议。');
    expect(stored.Metadata?.published).toBe('2025-10-31');
  });

  it('does refuse a taken key unless overwrite is asked for', async () => {
    const taken = await mint({ key: '2025/10/31/第3版 上传.txt' });
    expect(taken.error).toBe(
      'An object already has the key "uploads/2025/10/31/第3版 上传.txt": pass overwrite: true to replace it.',
    );
    const { upload } = await mint({ key: '2025/10/31/第3版 上传.txt', overwrite: true });
    expect(upload?.headers).toEqual([{ name: 'content-type', value: 'text/plain' }]);
    const put = await fetch(upload?.url ?? '', { method: 'PUT', headers: headersOf(upload as Minted), body });
    expect(put.status).toBe(200);
  });

  it('does let the bucket refuse a PUT whose size or type differs from the signed ones', async () => {
    const { upload } = await mint({ key: 'size-and-type.txt' });
    const headers = headersOf(upload as Minted);
    const longer = await fetch(upload?.url ?? '', { method: 'PUT', headers, body: new Uint8Array(body.length * 4) });
    expect(longer.status).toBe(403);
    const html = await fetch(upload?.url ?? '', {
      method: 'PUT',
      headers: { ...headers, 'content-type': 'text/html' },
      body,
    });
    expect(html.status).toBe(403);
  });

  it.each([
    ['a//b.txt', /empty segments/],
    ['dir/', /empty segments/],
    ['/x.txt', /empty segments/],
    ['../x.txt', /segments/],
    ['report\u202Etxt.exe.txt', /bidirectional/],
    ['a\u0007.txt', /control/],
    ['a.png', /must end with one of/],
  ])('does refuse the key %j when it could hide or escape what it names', async (key, message) => {
    expect((await mint({ key })).error).toMatch(message);
  });

  it('does refuse a content type with anything but a known charset, and an impossible date', async () => {
    expect((await mint({ key: 'a.txt', contentType: 'text/plain;<script>' })).error).toMatch(/contentType must be/);
    expect((await mint({ key: 'a.txt', contentType: 'image/png' })).error).toMatch(/contentType must be/);
    expect((await mint({ key: 'a.pdf', contentType: 'text/plain' })).error).toMatch(/does not fit/);
    expect((await mint({ key: 'a.txt', published: '2025-13-45' })).error).toMatch(/published must be a real date/);
    expect((await mint({ key: 'a.txt', size: 50 * 1024 * 1024 })).error).toMatch(/size must be 1 to \d+ bytes/);
  });

  it('does say uploads are off when the API has no bucket', async () => {
    const off = createApi({ store: await createTestStore(), logging: false, uploads: null });
    const r = await gql(off, MUTATION, { key: 'a.txt', contentType: 'text/plain', size: 3 });
    expect(r.errors?.[0]?.message).toMatch(/Uploads are not enabled/);
  });
});

describe('upload checks', () => {
  it('does accept ordinary keys, content types and dates when they are well formed', () => {
    expect(invalidKey('2025/10/31/第3版.txt')).toBeUndefined();
    expect(uploadContentType('text/html; charset=gb18030', 'p.html')).toEqual({ value: 'text/html; charset=gb18030' });
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
  });
});
