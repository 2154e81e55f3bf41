import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { HeadBucketCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { CliError } from './errors.ts';
import { formatBytes, type ProgressState } from './progress.ts';

/** File extensions the ingest reads, with the content type each is uploaded with. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.txt': 'text/plain',
  '.text': 'text/plain',
  '.htm': 'text/html',
  '.html': 'text/html',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.pdf': 'application/pdf',
};

/**
 * The content type a file is uploaded with (text is not labelled with a charset: the ingest
 * detects UTF-8, GB18030/GBK and UTF-16 itself).
 *
 * @example
 * contentTypeOf('第3版.HTML') // → 'text/html'
 * contentTypeOf('scan.tif')   // → 'application/octet-stream'
 */
export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** One file to upload and the key it goes to. */
export interface UploadItem {
  path: string;
  key: string;
  size: number;
}

/** The largest file the ingest reads (5 MiB); bigger files are skipped before upload. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** A file left out of an upload, and why. */
export interface SkippedFile {
  /** Absolute path. */
  path: string;
  reason: string;
}

/** What {@link collectFiles} found. */
export interface CollectedFiles {
  items: UploadItem[];
  /** Files left out: hidden, a format the ingest does not read, empty, or too large. */
  skipped: SkippedFile[];
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.')) files.push(...(await walk(full)));
    } else if (entry.isFile()) files.push(full);
  }
  return files;
}

/** The S3 key of a file: the prefix plus its path below the folder named (forward slashes). */
export function keyFor(prefix: string, path: string, root?: string): string {
  const rel = root ? relative(root, path) : basename(path);
  return `${prefix}${rel.split(sep).join('/')}`;
}

/**
 * Why a file cannot be uploaded, or undefined when it can: hidden, not a format the ingest
 * reads, empty, or over {@link MAX_UPLOAD_BYTES}.
 *
 * @example
 * skipReason('第3版.txt', 6 * 1024 * 1024) // → '6.0 MB is over the 5.0 MB limit'
 * skipReason('notes.xlsx', 10)            // → 'not .txt/.text/.htm/.html/.docx/.pdf'
 */
export function skipReason(path: string, size: number, maxBytes = MAX_UPLOAD_BYTES): string | undefined {
  const name = basename(path);
  if (name.startsWith('.')) return 'hidden';
  if (!(extname(name).toLowerCase() in CONTENT_TYPES)) return `not ${Object.keys(CONTENT_TYPES).join('/')}`;
  if (size === 0) return 'empty';
  if (size > maxBytes) return `${formatBytes(size)} is over the ${formatBytes(maxBytes)} limit`;
  return undefined;
}

/**
 * Expands files and folders (relative paths are read from `cwd`) into upload items with
 * absolute paths; folders are walked recursively. Files the ingest cannot read (see
 * {@link skipReason}) are skipped and named with the reason. Keys are `prefix` + the path below
 * the folder. A missing path is a {@link CliError}.
 *
 * @example
 * await collectFiles(['pages/'], '2025/10/31/', { cwd: '/home/editor' })
 * // → { items: [{ path: '/home/editor/pages/a.txt', key: '2025/10/31/a.txt', size: 5012 }, …], skipped: [] }
 */
export async function collectFiles(
  paths: readonly string[],
  prefix = '',
  options: { cwd?: string; maxBytes?: number } = {},
): Promise<CollectedFiles> {
  const items: UploadItem[] = [];
  const skipped: SkippedFile[] = [];
  const seen = new Set<string>();
  const take = (path: string, size: number, root?: string) => {
    const reason = skipReason(path, size, options.maxBytes);
    if (reason) return void skipped.push({ path, reason });
    const key = keyFor(prefix, path, root);
    if (seen.has(key)) throw new CliError(`Two files would be uploaded as "${key}": rename one or use --prefix.`);
    seen.add(key);
    items.push({ path, key, size });
  };
  for (const typed of paths) {
    const path = resolve(options.cwd ?? process.cwd(), typed);
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new CliError(`No such file or folder: ${path}`);
    if (info.isFile()) {
      take(path, info.size);
      continue;
    }
    for (const file of await walk(path)) take(file, (await stat(file)).size, path);
  }
  return { items, skipped };
}

/** Options of {@link uploadFiles}. */
export interface UploadOptions {
  s3: S3Client;
  bucket: string;
  items: readonly UploadItem[];
  /** Publication date (`YYYY-MM-DD`), sent as `x-amz-meta-published`. */
  published?: string;
  /** Files in flight at once (default 4). */
  concurrency?: number;
  onProgress?: (state: ProgressState) => void;
}

/**
 * Fails with a clear {@link CliError} when the bucket does not exist or cannot be reached.
 *
 * @example
 * await assertBucket(s3, 'reports');
 */
export async function assertBucket(s3: S3Client, bucket: string): Promise<void> {
  try {
    await s3.send(new HeadBucketCommand({ Bucket: bucket }));
  } catch (error) {
    const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
    const status = e.$metadata?.httpStatusCode;
    if (e.name === 'NotFound' || e.name === 'NoSuchBucket' || status === 404)
      throw new CliError(`Bucket "${bucket}" does not exist.`);
    if (status === 403) throw new CliError(`Access to bucket "${bucket}" is denied: check your AWS credentials.`);
    throw error;
  }
}

/**
 * Puts each file into the bucket (PutObject with its content type and, when given, the
 * `published` metadata the ingest dates events by), a few at a time, reporting progress.
 * Each upload fires the bucket event that ingests the file. Returns the keys written.
 *
 * @example
 * const { items } = await collectFiles(['page.txt']);
 * await uploadFiles({ s3, bucket: 'reports', items, published: '2025-10-31' });
 */
export async function uploadFiles(options: UploadOptions): Promise<string[]> {
  const { s3, bucket, items } = options;
  const state: ProgressState = {
    filesDone: 0,
    filesTotal: items.length,
    bytesDone: 0,
    bytesTotal: items.reduce((sum, item) => sum + item.size, 0),
  };
  options.onProgress?.({ ...state });
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) {
      const item = items[i] as UploadItem;
      options.onProgress?.({ ...state, current: item.key });
      await s3.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: item.key,
          Body: await readFile(item.path),
          ContentType: contentTypeOf(item.path),
          ...(options.published ? { Metadata: { published: options.published } } : {}),
        }),
      );
      state.filesDone++;
      state.bytesDone += item.size;
      options.onProgress?.({ ...state, current: item.key });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 4, items.length)) }, worker));
  return items.map((item) => item.key);
}
