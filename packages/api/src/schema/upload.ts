import type { S3Client } from '@aws-sdk/client-s3';
import { documentIdFor } from '@reportgraph/store';
import { builder, encodeGlobalId } from '../builder.ts';
import { userError } from '../errors.ts';
import type { UploadConfig } from '../uploads.ts';

/** Content types an upload may declare (the formats the ingest reads), with the extensions each goes with. */
export const UPLOAD_CONTENT_TYPES: Readonly<Record<string, readonly string[]>> = {
  'text/plain': ['.txt', '.text'],
  'text/html': ['.htm', '.html'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'],
  'application/pdf': ['.pdf'],
};

/** Charsets a text upload may name (the ingest detects them anyway). */
const CHARSETS = ['utf-8', 'gb18030', 'gbk', 'gb2312', 'utf-16', 'utf-16le', 'utf-16be'];

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

/** Characters no key may hold: C0/C1 controls, DEL, and the bidi controls that make a name read as another. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters in keys
const FORBIDDEN_IN_KEY = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * Checks the key an editor asked for (below the upload prefix): 1–1024 UTF-8 bytes; segments
 * of 1–255 bytes, none `.` or `..`, so no leading, trailing or doubled `/`; no control or bidi
 * characters; an extension the content types allow. Returns the error message, or undefined.
 *
 * @example
 * invalidKey('2025/10/31/第3版.txt') // → undefined
 * invalidKey('a//b.txt')             // → 'key must not have empty segments (a leading, trailing or doubled "/").'
 */
export function invalidKey(key: string): string | undefined {
  const bytes = Buffer.byteLength(key, 'utf8');
  if (bytes === 0 || bytes > 1024) return 'key must be 1 to 1024 bytes long.';
  if (FORBIDDEN_IN_KEY.test(key)) return 'key must not contain control or bidirectional-override characters.';
  const segments = key.split('/');
  if (segments.some((part) => part === ''))
    return 'key must not have empty segments (a leading, trailing or doubled "/").';
  if (segments.some((part) => part === '.' || part === '..')) return 'key must not contain "." or ".." segments.';
  if (segments.some((part) => Buffer.byteLength(part, 'utf8') > 255))
    return 'each part of key must be at most 255 bytes.';
  const extensions = Object.values(UPLOAD_CONTENT_TYPES).flat();
  if (!extensions.some((ext) => key.toLowerCase().endsWith(ext)))
    return `key must end with one of ${extensions.join(', ')}.`;
  return undefined;
}

/**
 * The canonical content type of an upload, or an error message: one of
 * {@link UPLOAD_CONTENT_TYPES}, optionally with `; charset=` one of the known charsets, and
 * nothing else; it must fit the key's extension.
 *
 * @example
 * uploadContentType('text/plain; charset=UTF-8', 'a.txt') // → { value: 'text/plain; charset=utf-8' }
 * uploadContentType('text/plain;<script>', 'a.txt')       // → { error: 'contentType must be …' }
 */
export function uploadContentType(contentType: string, key: string): { value: string } | { error: string } {
  const m = /^\s*([a-z0-9.+-]+\/[a-z0-9.+-]+)\s*(?:;\s*charset\s*=\s*"?([a-z0-9_-]+)"?\s*)?$/i.exec(contentType);
  const type = m?.[1]?.toLowerCase() ?? '';
  const charset = m?.[2]?.toLowerCase();
  const extensions = UPLOAD_CONTENT_TYPES[type];
  if (!m || !extensions || (charset && (!type.startsWith('text/') || !CHARSETS.includes(charset))))
    return {
      error: `contentType must be one of ${Object.keys(UPLOAD_CONTENT_TYPES).join(', ')}, text types optionally with "; charset=" ${CHARSETS.join('/')} (got ${JSON.stringify(contentType)}).`,
    };
  if (!extensions.some((ext) => key.toLowerCase().endsWith(ext)))
    return { error: `contentType ${type} does not fit the key's extension (use ${extensions.join(' or ')}).` };
  return { value: charset ? `${type}; charset=${charset}` : type };
}

/**
 * True when the text is a real calendar date written `YYYY-MM-DD`.
 *
 * @example
 * isCalendarDate('2025-10-31') // → true
 * isCalendarDate('2025-13-45') // → false
 */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

// The S3 client and presigner are loaded on the first upload (their own chunk in the Lambda bundle),
// not on every cold start of an API that mostly reads.
async function keyTaken(s3: S3Client, bucket: string, key: string): Promise<boolean> {
  const { HeadObjectCommand } = await import('@aws-sdk/client-s3');
  try {
    await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return true;
  } catch (error) {
    const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
    if (e.name === 'NotFound' || e.$metadata?.httpStatusCode === 404) return false;
    throw error;
  }
}

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
    key: t.exposeString('key', { description: 'The object key the file will have (the upload prefix and your key).' }),
    documentId: t.exposeID('documentId', {
      description: 'Global id of the Document the upload becomes; poll `node(id:)` for its status.',
    }),
    headers: t.field({ type: [UploadHeader], description: 'Headers to send with the PUT.', resolve: (u) => u.headers }),
    expiresAt: t.exposeString('expiresAt', { description: 'When the URL stops working (ISO).' }),
  }),
});

/** The arguments of `createUploadUrl`. */
interface UploadArgs {
  key: string;
  contentType: string;
  size: number;
  published?: string | null;
  overwrite?: boolean | null;
}

/** Validates the arguments; returns the full key and canonical content type, or throws a BAD_USER_INPUT error. */
function checkUpload(config: UploadConfig, args: UploadArgs): { key: string; contentType: string } {
  const bad = (message: string) => userError(message, 'BAD_USER_INPUT');
  const keyError = invalidKey(args.key);
  if (keyError) throw bad(keyError);
  const type = uploadContentType(args.contentType, args.key);
  if ('error' in type) throw bad(type.error);
  if (!Number.isInteger(args.size) || args.size < 1 || args.size > UPLOAD_MAX_BYTES)
    throw bad(`size must be 1 to ${UPLOAD_MAX_BYTES} bytes (got ${args.size}).`);
  if (args.published && !isCalendarDate(args.published))
    throw bad(`published must be a real date like 2025-10-31 (got ${JSON.stringify(args.published)}).`);
  const key = `${config.prefix}${args.key}`;
  if (Buffer.byteLength(key, 'utf8') > 1024) throw bad('key with the upload prefix must be at most 1024 bytes.');
  return { key, contentType: type.value };
}

/** Signs the PUT: type, size and (unless overwriting) `If-None-Match: *`, so S3 refuses anything else. */
async function signUpload(
  config: UploadConfig,
  args: UploadArgs,
  key: string,
  contentType: string,
): Promise<UploadUrl> {
  const overwrite = args.overwrite ?? false;
  const [{ PutObjectCommand }, { getSignedUrl }] = await Promise.all([
    import('@aws-sdk/client-s3'),
    import('@aws-sdk/s3-request-presigner'),
  ]);
  const command = new PutObjectCommand({
    Bucket: config.bucket,
    Key: key,
    ContentType: contentType,
    ContentLength: args.size,
    ...(overwrite ? {} : { IfNoneMatch: '*' }),
    ...(args.published ? { Metadata: { published: args.published } } : {}),
  });
  const url = await getSignedUrl(await config.s3, command, {
    expiresIn: UPLOAD_URL_TTL_SECONDS,
    signableHeaders: new Set(['content-type', 'content-length', ...(overwrite ? [] : ['if-none-match'])]),
  });
  return {
    url,
    key,
    documentId: encodeGlobalId('Document', documentIdFor(config.bucket, key)),
    headers: [
      { name: 'content-type', value: contentType },
      ...(overwrite ? [] : [{ name: 'if-none-match', value: '*' }]),
    ],
    expiresAt: new Date(Date.now() + UPLOAD_URL_TTL_SECONDS * 1000).toISOString(),
  };
}

builder.mutationType({ description: 'Changes: uploading report files.' });

builder.mutationField('createUploadUrl', (t) =>
  t.field({
    type: UploadUrlRef,
    description:
      'A presigned PUT URL for one report file (text, HTML, .docx or text PDF, at most 5 MiB), written under ' +
      'the API’s upload prefix (`uploads/` by default). The signature binds the content type, the exact size ' +
      'and, unless `overwrite` is true, that no object has the key yet; the bucket event ingests the file.',
    args: {
      key: t.arg.string({ required: true, description: 'Key below the upload prefix, e.g. 2025/10/31/第3版.txt.' }),
      contentType: t.arg.string({
        required: true,
        description: 'text/plain or text/html (optionally with a charset), the .docx type, or application/pdf.',
      }),
      size: t.arg.int({ required: true, description: 'The file size in bytes.' }),
      published: t.arg.string({ description: 'Publication date of the page, YYYY-MM-DD (x-amz-meta-published).' }),
      overwrite: t.arg.boolean({
        description: 'Replace the object when the key is taken (default false: a taken key is refused).',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const config = ctx.uploads;
      if (!config) throw userError('Uploads are not enabled on this API (set BUCKET_NAME).', 'BAD_USER_INPUT');
      const { key, contentType } = checkUpload(config, args);
      if (!args.overwrite && (await keyTaken(await config.s3, config.bucket, key)))
        throw userError(
          `An object already has the key "${key}": pass overwrite: true to replace it.`,
          'BAD_USER_INPUT',
        );
      return signUpload(config, args, key, contentType);
    },
  }),
);
