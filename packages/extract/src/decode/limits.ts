import { inflateSync, constants as zlib } from 'node:zlib';
import { DecodeError } from '../errors.ts';

/** Most parts a .docx may have: a report page has about 20. */
export const MAX_DOCX_ENTRIES = 1_000;
/** Most bytes a .docx or a PDF may unpack to: a report page unpacks to a few MiB at most. */
export const MAX_INFLATED_BYTES = 64 * 1024 * 1024;

const mib = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(0)} MiB`;

const tooLarge = (what: string, size: string) =>
  new DecodeError(
    'too-large',
    `${what} unpacks to more than ${size}; at most ${mib(MAX_INFLATED_BYTES)} are read. It is not one report page: upload the page's text, or a smaller file.`,
  );

/** A zip entry as JSZip reads its directory: the size it declares, and a stream of its inflated bytes. */
interface ZipEntry {
  dir: boolean;
  _data?: { uncompressedSize?: number };
  internalStream(type: 'uint8array'): {
    on(event: 'data', listener: (chunk: Uint8Array) => void): unknown;
    on(event: 'error', listener: (error: Error) => void): unknown;
    on(event: 'end', listener: () => void): unknown;
    pause(): unknown;
    resume(): unknown;
  };
}

/** Inflates one entry, counting; stops (paused, rejected) as soon as the running total passes the cap. */
function countInflated(entry: ZipEntry, already: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let total = already;
    const stream = entry.internalStream('uint8array');
    stream.on('data', (chunk) => {
      total += chunk.length;
      if (total > MAX_INFLATED_BYTES) {
        stream.pause();
        reject(tooLarge('The Word document', mib(MAX_INFLATED_BYTES)));
      }
    });
    stream.on('error', reject);
    stream.on('end', () => resolve(total));
    stream.resume();
  });
}

/**
 * Bounds a .docx before it is unpacked: at most {@link MAX_DOCX_ENTRIES} parts, and at most
 * {@link MAX_INFLATED_BYTES} unpacked, by the sizes the archive declares and then by counting
 * while inflating (a declared size can lie), so a zip bomb fails fast instead of filling memory.
 *
 * @throws DecodeError `too-large` with a reason for the editor.
 * @example
 * await assertDocxBounded(bytes); // then hand the bytes to mammoth
 */
export async function assertDocxBounded(bytes: Uint8Array): Promise<void> {
  const { default: JSZip } = await import('jszip');
  // Reads the central directory only; nothing is inflated here.
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  const entries = (Object.values(zip.files) as unknown as ZipEntry[]).filter((e) => !e.dir);
  if (entries.length > MAX_DOCX_ENTRIES) {
    throw new DecodeError(
      'too-large',
      `The Word document has ${entries.length} parts; at most ${MAX_DOCX_ENTRIES} are read. It is not one report page.`,
    );
  }
  const declared = entries.reduce((sum, e) => sum + (e._data?.uncompressedSize ?? 0), 0);
  if (declared > MAX_INFLATED_BYTES) throw tooLarge('The Word document', mib(declared));
  let total = 0;
  for (const entry of entries) total = await countInflated(entry, total);
}

const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');

/** The byte ranges of a PDF's streams (`stream` EOL … `endstream`), found by scanning, not by /Length. */
function* pdfStreams(bytes: Buffer): Generator<Buffer> {
  let at = bytes.indexOf(STREAM);
  while (at >= 0) {
    let start = at + STREAM.length;
    if (bytes[start] === 0x0d) start++;
    if (bytes[start] === 0x0a) start++;
    const end = bytes.indexOf(END_STREAM, start);
    if (end < 0) return;
    // `endstream` also contains `stream`; skip past it.
    yield bytes.subarray(start, end);
    at = bytes.indexOf(STREAM, end + END_STREAM.length);
  }
}

/**
 * Bounds a PDF before PDF.js reads it: inflates every Flate stream with a running cap
 * (`maxOutputLength`), so a PDF whose streams unpack to more than {@link MAX_INFLATED_BYTES}
 * fails fast. Streams that are not Flate (or are encrypted) fail to inflate and are not counted.
 *
 * @throws DecodeError `too-large` with a reason for the editor.
 * @example
 * assertPdfBounded(bytes); // then hand the bytes to PDF.js
 */
export function assertPdfBounded(bytes: Uint8Array): void {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (const stream of pdfStreams(buffer)) {
    try {
      total += inflateSync(stream, {
        maxOutputLength: MAX_INFLATED_BYTES - total + 1,
        finishFlush: zlib.Z_SYNC_FLUSH,
      }).length;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
        throw tooLarge('The PDF', mib(MAX_INFLATED_BYTES));
      }
      // Not a Flate stream (an image, an encrypted stream): PDF.js decides what to do with it.
    }
    if (total > MAX_INFLATED_BYTES) throw tooLarge('The PDF', mib(MAX_INFLATED_BYTES));
  }
}

/**
 * Where a decoded text has replacement characters (U+FFFD: bytes invalid in its encoding), for
 * the editor: how many, and the line and column of the first. Undefined when there are none.
 *
 * @example
 * replacementWarning('第一行\n工\uFFFD会', 'gb18030')
 * // → '1 byte sequence invalid in GB18030 was replaced with "\uFFFD" (first at line 2, column 2).'
 */
export function replacementWarning(text: string, encoding: string): string | undefined {
  const first = text.indexOf('\uFFFD');
  if (first < 0) return undefined;
  let count = 0;
  for (let i = first; i >= 0; i = text.indexOf('\uFFFD', i + 1)) count++;
  const before = text.slice(0, first);
  const line = before.split('\n').length;
  const column = first - before.lastIndexOf('\n');
  const sequences = count === 1 ? '1 byte sequence invalid in' : `${count} byte sequences invalid in`;
  const verb = count === 1 ? 'was' : 'were';
  return `${sequences} ${encoding.toUpperCase()} ${verb} replaced with "\uFFFD" (first at line ${line}, column ${column}).`;
}
