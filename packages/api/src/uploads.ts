import type { S3Client } from '@aws-sdk/client-s3';

/** Where `createUploadUrl` lets editors write: a bucket, a key prefix, and the S3 client that signs. */
export interface UploadConfig {
  bucket: string;
  /** Every upload's key starts with this (e.g. `uploads/`); nothing outside it can be written. */
  prefix: string;
  /**
   * Signs the URLs and checks whether a key is taken. A deployed API makes it on the first upload
   * (a promise), so the S3 client is not part of every cold start.
   */
  s3: S3Client | Promise<S3Client>;
}

/** The default prefix uploads are written under. */
export const DEFAULT_UPLOAD_PREFIX = 'uploads/';

/**
 * Normalizes a key prefix: no leading slash, one trailing slash (empty stays empty).
 *
 * @example
 * normalizeUploadPrefix('/web/uploads') // → 'web/uploads/'
 */
export function normalizeUploadPrefix(prefix: string): string {
  const trimmed = prefix.replace(/^\/+/, '').replace(/\/+$/, '');
  return trimmed ? `${trimmed}/` : '';
}

/**
 * The upload configuration of a deployed API, from its environment: `BUCKET_NAME` (required;
 * `UPLOADS=false` turns uploads off), `UPLOAD_PREFIX` (default `uploads/`), `S3_ENDPOINT` and
 * `AWS_REGION` (default `us-east-1`). Undefined when uploads are off.
 *
 * @example
 * uploadConfigFromEnv({ BUCKET_NAME: 'reports' })?.prefix // → 'uploads/'
 */
export function uploadConfigFromEnv(env: NodeJS.ProcessEnv = process.env): UploadConfig | undefined {
  const bucket = env.BUCKET_NAME;
  if (!bucket || env.UPLOADS === 'false') return undefined;
  let client: Promise<S3Client> | undefined;
  return {
    bucket,
    prefix: normalizeUploadPrefix(env.UPLOAD_PREFIX ?? DEFAULT_UPLOAD_PREFIX),
    get s3() {
      client ??= import('@aws-sdk/client-s3').then(
        ({ S3Client }) =>
          new S3Client({
            region: env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1',
            ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT, forcePathStyle: true } : {}),
            // A checksum of the (absent) body must not be signed into the URL.
            requestChecksumCalculation: 'WHEN_REQUIRED',
            responseChecksumValidation: 'WHEN_REQUIRED',
          }),
      );
      return client;
    },
  };
}
