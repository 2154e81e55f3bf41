import { GetObjectCommand, HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { type RetryPolicy, withRetries } from './retry.ts';

/**
 * Raised when an object cannot be read from S3 after the retries. Retryable: the record fails
 * so SQS redelivers it, and after `maxReceiveCount` it lands in the dead-letter queue.
 */
export class ObjectReadError extends Error {
  override readonly name = 'ObjectReadError';
}

/** An object as read: its bytes (absent when it is over the size limit) and the facts S3 gives. */
export interface FetchedObject {
  bytes?: Uint8Array;
  size: number;
  contentType?: string;
  etag?: string;
  lastModified?: string;
  metadata: Record<string, string>;
}

/** How to read: the size past which the body is not downloaded, retries, and where to log them. */
export interface FetchOptions {
  maxBytes: number;
  retry: RetryPolicy;
  onRetry?: (attempt: number) => void;
}

const isNotFound = (error: unknown) => {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404;
};

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * GetObject with retries; undefined when the object does not exist (any more).
 *
 * @example
 * const object = await fetchObject(s3, 'reports', 'p1.txt', { maxBytes: 5 << 20, retry: { attempts: 3, baseDelayMs: 200 } });
 */
export async function fetchObject(
  s3: S3Client,
  bucket: string,
  key: string,
  options: FetchOptions,
): Promise<FetchedObject | undefined> {
  try {
    return await withRetries(
      async (attempt) => {
        if (attempt > 0) options.onRetry?.(attempt);
        const out = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        const size = out.ContentLength ?? 0;
        const common = {
          size,
          metadata: out.Metadata ?? {},
          ...(out.ContentType ? { contentType: out.ContentType } : {}),
          ...(out.ETag ? { etag: out.ETag } : {}),
          ...(out.LastModified ? { lastModified: out.LastModified.toISOString() } : {}),
        };
        if (size > options.maxBytes) {
          // Do not download what we will reject; aborting the body frees the socket.
          (out.Body as { destroy?: () => void } | undefined)?.destroy?.();
          return common;
        }
        // Reading the body is part of the attempt: a connection reset mid-stream is retried here
        // (the SDK's own retries end when the response headers arrive).
        const bytes = (await out.Body?.transformToByteArray()) ?? new Uint8Array();
        return { ...common, bytes, size: bytes.length };
      },
      options.retry,
      (error) => !isNotFound(error),
    );
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw new ObjectReadError(`Could not read s3://${bucket}/${key}: ${errorMessage(error)}`, { cause: error });
  }
}

/**
 * HeadObject: the object's ETag now, or undefined when the key does not exist.
 *
 * @example
 * const now = await headObject(s3, 'reports', 'p1.txt'); // { etag: '"9b2c…"' }
 */
export async function headObject(s3: S3Client, bucket: string, key: string): Promise<{ etag?: string } | undefined> {
  try {
    const out = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return out.ETag ? { etag: out.ETag } : {};
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw new ObjectReadError(`Could not check s3://${bucket}/${key}: ${errorMessage(error)}`, { cause: error });
  }
}

/**
 * HeadObject: whether the key exists now.
 *
 * @example
 * if (await objectExists(s3, 'reports', 'p1.txt')) …
 */
export async function objectExists(s3: S3Client, bucket: string, key: string): Promise<boolean> {
  return (await headObject(s3, bucket, key)) !== undefined;
}
