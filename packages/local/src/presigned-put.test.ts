import { CreateBucketCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from './services.ts';

describe('the local S3 guard (presigned PUTs, conditional writes)', () => {
  const bucket = `presigned-${Date.now()}`;
  let s3: S3Client;
  const body = new TextEncoder().encode('佛山市总工会召开会议。');

  /** A presigned PUT binding the content type, the size and, when asked, If-None-Match: *. */
  const sign = (key: string, options: { ifNoneMatch?: boolean; expiresIn?: number } = {}) =>
    getSignedUrl(
      s3,
      new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        ContentType: 'text/plain',
        ContentLength: body.length,
        ...(options.ifNoneMatch ? { IfNoneMatch: '*' } : {}),
      }),
      {
        expiresIn: options.expiresIn ?? 900,
        signableHeaders: new Set(['content-type', 'content-length', ...(options.ifNoneMatch ? ['if-none-match'] : [])]),
      },
    );

  beforeAll(async () => {
    s3 = new S3Client({
      endpoint: inject('services').S3_ENDPOINT,
      forcePathStyle: true,
      region: LOCAL_REGION,
      credentials: LOCAL_CREDENTIALS,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  });

  it('does store the file when the PUT carries the signed type and size', async () => {
    const put = await fetch(await sign('报道/第1版.txt'), {
      method: 'PUT',
      headers: { 'content-type': 'text/plain' },
      body,
    });
    expect(put.status).toBe(200);
    const stored = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: '报道/第1版.txt' }));
    expect(await stored.Body?.transformToString()).toBe('佛山市总工会召开会议。');
  });

  it('does refuse with SignatureDoesNotMatch when the content type or size differs from the signed one', async () => {
    const url = await sign('报道/第2版.txt');
    const otherType = await fetch(url, { method: 'PUT', headers: { 'content-type': 'text/html' }, body });
    expect(otherType.status).toBe(403);
    expect(await otherType.text()).toContain('<Code>SignatureDoesNotMatch</Code>');
    const bigger = new Uint8Array(body.length + 1000);
    const otherSize = await fetch(url, { method: 'PUT', headers: { 'content-type': 'text/plain' }, body: bigger });
    expect(otherSize.status).toBe(403);
  });

  it('does refuse an expired URL when its time is up', async () => {
    const url = await sign('报道/第3版.txt', { expiresIn: 1 });
    await new Promise((r) => setTimeout(r, 2100));
    const put = await fetch(url, { method: 'PUT', headers: { 'content-type': 'text/plain' }, body });
    expect(put.status).toBe(403);
    expect(await put.text()).toContain('Request has expired');
  });

  it('does refuse the second write with 412 when the URL was signed with If-None-Match: *', async () => {
    const headers = { 'content-type': 'text/plain', 'if-none-match': '*' };
    const first = await fetch(await sign('报道/第4版.txt', { ifNoneMatch: true }), { method: 'PUT', headers, body });
    expect(first.status).toBe(200);
    const second = await fetch(await sign('报道/第4版.txt', { ifNoneMatch: true }), { method: 'PUT', headers, body });
    expect(second.status).toBe(412);
  });
});
