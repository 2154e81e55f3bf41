import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { documentIdFor } from '@reportgraph/store';
import { builder, encodeGlobalId } from '../builder.ts';
import { userError } from '../errors.ts';

/** Content types an upload may declare: the formats the ingest reads. */
export const UPLOAD_CONTENT_TYPES: readonly string[] = [
  'text/plain',
  'text/html',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/pdf',
];

/** Largest upload in bytes: the ingest's limit (5 MiB) unless `UPLOAD_MAX_BYTES` says otherwise. */
export const UPLOAD_MAX_BYTES = Number(process.env.UPLOAD_MAX_BYTES ?? 5 * 1024 * 1024);

/** How long a presigned URL stays valid, in seconds. */
export const UPLOAD_URL_TTL_SECONDS = 900;

/** A presigned PUT and what the client must send with it. */
interface UploadUrl {
  url: string;
  key: string;
  documentId: string;
  headers: { name: string; value: string }[];
  expiresAt: string;
}

/**
 * Checks an object key an editor asked for: 1–1024 UTF-8 bytes, no leading slash, no `.` or
 * `..` segments, no control characters. Returns the error message, or undefined when valid.
 *
 * @example
 * invalidKey('2025/10/31/第3版.txt') // → undefined
 * invalidKey('../x.txt')             // → 'key must not contain "." or ".." segments.'
 */
export function invalidKey(key: string): string | undefined {
  const bytes = Buffer.byteLength(key, 'utf8');
  if (bytes === 0 || bytes > 1024) return 'key must be 1 to 1024 bytes long.';
  if (key.startsWith('/')) return 'key must not start with "/".';
  if (key.split('/').some((part) => part === '.' || part === '..')) return 'key must not contain "." or ".." segments.';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters in keys
  if (/[\u0000-\u001f\u007f]/.test(key)) return 'key must not contain control characters.';
  return undefined;
}

/** The bare media type of a Content-Type value (`text/plain; charset=gbk` → `text/plain`). */
const mediaType = (contentType: string) => contentType.split(';')[0]?.trim().toLowerCase() ?? '';

let s3: S3Client | undefined;
const client = () => {
  s3 ??= new S3Client({
    ...(process.env.S3_ENDPOINT ? { endpoint: process.env.S3_ENDPOINT, forcePathStyle: true } : {}),
  });
  return s3;
};

const UploadHeader = builder.objectRef<{ name: string; value: string }>('UploadHeader').implement({
  description: 'A header the upload request must carry exactly as given.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Header name, e.g. content-type.' }),
    value: t.exposeString('value', { description: 'Header value.' }),
  }),
});

const UploadUrlRef = builder.objectRef<UploadUrl>('UploadUrl').implement({
  description: 'A presigned URL to PUT one report file into the bucket; the upload is then ingested.',
  fields: (t) => ({
    url: t.exposeString('url', { description: 'PUT the file here, with `headers`, before `expiresAt`.' }),
    key: t.exposeString('key', { description: 'The object key the file will have.' }),
    documentId: t.exposeID('documentId', {
      description: 'Global id of the Document the upload becomes; poll `node(id:)` for its status.',
    }),
    headers: t.field({ type: [UploadHeader], description: 'Headers to send with the PUT.', resolve: (u) => u.headers }),
    expiresAt: t.exposeString('expiresAt', { description: 'When the URL stops working (ISO).' }),
  }),
});

builder.mutationType({ description: 'Changes: uploading report files.' });

builder.mutationField('createUploadUrl', (t) =>
  t.field({
    type: UploadUrlRef,
    description:
      'A presigned PUT URL for one report file (text, HTML, .docx or text PDF, at most 5 MiB). ' +
      'The signature binds the content type and the exact size; the bucket event ingests the file.',
    args: {
      key: t.arg.string({ required: true, description: 'Object key, e.g. 2025/10/31/第3版.txt.' }),
      contentType: t.arg.string({
        required: true,
        description: 'text/plain, text/html, a .docx type or application/pdf.',
      }),
      size: t.arg.int({ required: true, description: 'The file size in bytes.' }),
      published: t.arg.string({ description: 'Publication date of the page, YYYY-MM-DD (x-amz-meta-published).' }),
    },
    resolve: async (_root, args) => {
      const bucket = process.env.BUCKET_NAME;
      if (!bucket || process.env.UPLOADS === 'false')
        throw userError('Uploads are not enabled on this API.', 'BAD_USER_INPUT');
      const keyError = invalidKey(args.key);
      if (keyError) throw userError(keyError, 'BAD_USER_INPUT');
      const type = mediaType(args.contentType);
      if (!UPLOAD_CONTENT_TYPES.includes(type))
        throw userError(
          `contentType must be one of ${UPLOAD_CONTENT_TYPES.join(', ')} (got ${args.contentType}).`,
          'BAD_USER_INPUT',
        );
      if (!Number.isInteger(args.size) || args.size < 1 || args.size > UPLOAD_MAX_BYTES)
        throw userError(`size must be 1 to ${UPLOAD_MAX_BYTES} bytes (got ${args.size}).`, 'BAD_USER_INPUT');
      if (args.published && !/^\d{4}-\d{2}-\d{2}$/.test(args.published))
        throw userError('published must be a date like 2025-10-31.', 'BAD_USER_INPUT');

      const command = new PutObjectCommand({
        Bucket: bucket,
        Key: args.key,
        ContentType: args.contentType,
        ContentLength: args.size,
        ...(args.published ? { Metadata: { published: args.published } } : {}),
      });
      const url = await getSignedUrl(client(), command, {
        expiresIn: UPLOAD_URL_TTL_SECONDS,
        // Signed, so S3 refuses a PUT with another type or size.
        signableHeaders: new Set(['content-type', 'content-length']),
      });
      return {
        url,
        key: args.key,
        documentId: encodeGlobalId('Document', documentIdFor(bucket, args.key)),
        headers: [{ name: 'content-type', value: args.contentType }],
        expiresAt: new Date(Date.now() + UPLOAD_URL_TTL_SECONDS * 1000).toISOString(),
      };
    },
  }),
);
