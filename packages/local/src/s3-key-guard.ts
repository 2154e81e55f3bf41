/** The part of a Koa context the guard reads and writes (s3rver is a Koa app). */
export interface KoaContext {
  path: string;
  status: number;
  type: string;
  body: unknown;
  set(field: string, value: string): void;
}

/** Longest file name the local file systems take (ext4, APFS, NTFS: 255 bytes). */
const NAME_MAX = 255;
/** What s3rver appends to an object's last key segment for its longest file (`<name>._S3rver_metadata.json`). */
const S3RVER_SUFFIX_BYTES = '._S3rver_metadata.json'.length;
/** S3's own limit on a key. */
const KEY_MAX_BYTES = 1024;

/**
 * Why s3rver could not store `key` as files, or undefined when it can: s3rver maps each key
 * segment to a file or folder name, so a segment longer than a file name may be (S3 itself
 * has no such limit) would make it throw ENAMETOOLONG, and `.`/`..` segments would leave its folder.
 *
 * @example
 * unstorableKeyReason(`${'a'.repeat(262)}.txt`) // → 'The key segment "aaaa…" is 266 bytes; the local S3 server stores at most 233.'
 * unstorableKeyReason('2025/10/31/p1.txt')     // → undefined
 */
export function unstorableKeyReason(key: string): string | undefined {
  if (Buffer.byteLength(key) > KEY_MAX_BYTES) return `The key is longer than ${KEY_MAX_BYTES} bytes.`;
  const parts = key.split('/');
  for (const [i, part] of parts.entries()) {
    if (part === '.' || part === '..') return `The key segment "${part}" is not allowed by the local S3 server.`;
    const limit = i === parts.length - 1 ? NAME_MAX - S3RVER_SUFFIX_BYTES : NAME_MAX;
    const bytes = Buffer.byteLength(part);
    if (bytes > limit) {
      return `The key segment "${part.slice(0, 16)}…" is ${bytes} bytes; the local S3 server stores at most ${limit}.`;
    }
  }
  return undefined;
}

/** The object key of a path-style S3 request (`/<bucket>/<key>`), or undefined. */
function keyOf(path: string): string | undefined {
  const slash = path.indexOf('/', 1);
  if (slash < 0 || slash === path.length - 1) return undefined;
  try {
    return decodeURIComponent(path.slice(slash + 1));
  } catch {
    return undefined;
  }
}

const xmlEscape = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Koa middleware for s3rver: answers `400 KeyTooLongError` (the error S3 gives for a key it will
 * not take) for keys s3rver could not store, instead of letting its file store throw and bring
 * the whole local stack down.
 *
 * @example
 * server.middleware.unshift(s3KeyGuard); // before s3rver's own routes
 */
export async function s3KeyGuard(ctx: KoaContext, next: () => Promise<unknown>): Promise<void> {
  const key = keyOf(ctx.path);
  const reason = key === undefined ? undefined : unstorableKeyReason(key);
  if (!reason) {
    await next();
    return;
  }
  ctx.status = 400;
  ctx.type = 'application/xml';
  ctx.set('x-amz-error-code', 'KeyTooLongError');
  ctx.body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>KeyTooLongError</Code><Message>${xmlEscape(reason)}</Message></Error>`;
}
