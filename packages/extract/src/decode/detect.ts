import { DecodeError } from '../errors.ts';
import type { DecodedText, DecodeOptions } from './types.ts';

/** How the bytes should be read; `text` and `html` still go through encoding detection. */
export type SniffedFormat = DecodedText['format'];

/** Magic numbers of image formats editors upload by mistake (a photo of the page instead of its text). */
// Only signatures long or odd enough that no plain-text page can start with them
// (BMP's `BM` is left out for that reason: "BMW…" is a valid first line).
const IMAGE_SIGNATURES: ReadonlyArray<{ name: string; bytes: readonly number[]; at?: number }> = [
  { name: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38, 0x37, 0x61] },
  { name: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61] },
  { name: 'WebP', bytes: [0x57, 0x45, 0x42, 0x50], at: 8 },
  { name: 'TIFF', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'TIFF', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
];

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04] as const;
/** OLE2 compound file: legacy .doc/.xls, which we cannot read. */
const OLE_HEADER = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;
const PDF_MAGIC = '%PDF-';
/** Readers accept `%PDF-` anywhere in the first KiB (some generators prepend junk), so we do too. */
const PDF_MAGIC_WINDOW = 1024;

/**
 * True when `bytes` starts with `prefix` at `offset`.
 *
 * @example
 * startsWith(new Uint8Array([1, 2, 3]), [1, 2]) // true
 */
export function startsWith(bytes: Uint8Array, prefix: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + prefix.length) return false;
  return prefix.every((b, i) => bytes[offset + i] === b);
}

/** Index of an ASCII `needle` inside `bytes[from, to)`, or -1. Avoids decoding the whole file to search it. */
function indexOfAscii(bytes: Uint8Array, needle: string, from = 0, to = bytes.length): number {
  const codes = Array.from(needle, (c) => c.charCodeAt(0));
  const last = Math.min(to, bytes.length) - codes.length;
  outer: for (let i = from; i <= last; i++) {
    for (let j = 0; j < codes.length; j++) if (bytes[i + j] !== codes[j]) continue outer;
    return i;
  }
  return -1;
}

function extensionOf(key: string | undefined): string {
  const match = /\.([a-z0-9]+)$/i.exec(key ?? '');
  return match?.[1]?.toLowerCase() ?? '';
}

function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** What the upload's metadata claims, used only when the bytes themselves say nothing. */
function hintedFormat(options: DecodeOptions): SniffedFormat | undefined {
  const type = mediaTypeOf(options.contentType);
  const ext = extensionOf(options.key);
  if (type === 'application/pdf' || ext === 'pdf') return 'pdf';
  if (type === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' || ext === 'docx')
    return 'docx';
  if (type === 'text/html' || type === 'application/xhtml+xml' || ext === 'html' || ext === 'htm' || ext === 'xhtml')
    return 'html';
  return undefined;
}

/**
 * Decides how to read a file: by magic bytes first, then by Content-Type or extension.
 * Images and other non-text containers are rejected here, before any decoding is attempted,
 * so the editor gets a message that names the real problem.
 *
 * @example
 * sniffFormat(new TextEncoder().encode('%PDF-1.4 ...')) // 'pdf'
 * sniffFormat(new TextEncoder().encode('plain'), { key: 'page.html' }) // 'html'
 */
export function sniffFormat(bytes: Uint8Array, options: DecodeOptions = {}): SniffedFormat {
  if (indexOfAscii(bytes, PDF_MAGIC, 0, PDF_MAGIC_WINDOW) !== -1) return 'pdf';

  if (startsWith(bytes, ZIP_LOCAL_HEADER)) {
    // The entry name is stored uncompressed in both the local header and the central directory,
    // so a byte search is enough to tell a Word document from any other ZIP.
    if (indexOfAscii(bytes, 'word/document.xml') !== -1) return 'docx';
    throw new DecodeError(
      'unsupported',
      'The file is a ZIP archive, not a Word (.docx) document. Upload the page itself.',
    );
  }
  if (startsWith(bytes, OLE_HEADER)) {
    throw new DecodeError(
      'unsupported',
      'The file is a legacy Office document (.doc). Save it as .docx, PDF or plain text and upload it again.',
    );
  }
  const image = IMAGE_SIGNATURES.find((sig) => startsWith(bytes, sig.bytes, sig.at));
  if (image) {
    throw new DecodeError('binary', `The file is a ${image.name} image, not text. Upload the page's text instead.`);
  }

  const hint = hintedFormat(options);
  // A file that claims to be PDF/docx but lacks the signature was damaged on the way (or renamed).
  if (hint === 'pdf') throw new DecodeError('corrupt', 'The file is named or typed as a PDF but is not a valid PDF.');
  if (hint === 'docx')
    throw new DecodeError('corrupt', 'The file is named or typed as a Word document but is not a valid .docx.');
  return hint === 'html' ? 'html' : 'text';
}

/** Tags that, at the start of a document, mean it is markup rather than prose. */
const HTML_START = /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|p|meta|div)[\s>/]/i;

/**
 * True when already-decoded text begins like an HTML document (after BOM and whitespace).
 * Runs on decoded text, not bytes, so UTF-16 HTML is recognised too.
 *
 * @example
 * looksLikeHtml('\uFEFF  <!DOCTYPE html><html>…') // true
 * looksLikeHtml('佛山召开推进会') // false
 */
export function looksLikeHtml(text: string): boolean {
  return HTML_START.test(text.replace(/^\uFEFF/, '').trimStart());
}
