import { isUtf8 } from 'node:buffer';
import { DecodeError } from '../errors.ts';
import { looksLikeHtml, sniffFormat } from './detect.ts';
import { docxToText } from './docx.ts';
import { declaredCharset, htmlToText } from './html.ts';
import { loadLegacyEncodings } from './legacy.ts';
import { replacementWarning } from './limits.ts';
import { pdfToText } from './pdf.ts';
import { assertReadable, decodeText, normalizeNewlines } from './text.ts';
import type { DecodedText, DecodeOptions } from './types.ts';

/** Default upload limit: report pages are tens of KiB; anything near this is not a page. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

/** The text of a text-like file (plain text or HTML), with encoding detected and HTML reduced to text. */
function decodeMarkupOrText(bytes: Uint8Array, hinted: 'text' | 'html'): DecodedText {
  const first = decodeText(bytes);
  if (hinted !== 'html' && !looksLikeHtml(first.text)) return { ...first, format: 'text' };

  // A page's <meta charset> matters only when the bytes are not valid UTF-8 (see decodeText).
  const charset = declaredCharset(first.text);
  const decoded = charset && first.encoding === 'gb18030' ? decodeText(bytes, { declaredCharset: charset }) : first;
  return { text: htmlToText(decoded.text), encoding: decoded.encoding, format: 'html' };
}

/**
 * Turns a file's bytes into page text. Sniffs the format (PDF, Word .docx, HTML, plain text) from
 * magic bytes, then Content-Type or extension; detects the text encoding (BOM, UTF-16, UTF-8,
 * GB18030/GBK); rejects what cannot be a report page with a {@link DecodeError} whose `reason` is
 * machine-readable and whose message is meant for the editor who uploaded the file.
 * The text always has LF line endings and no BOM. Bytes invalid in the detected encoding are
 * replaced with U+FFFD and reported in `warning` (how many, and where the first is); archives
 * (.docx) and PDFs are bounded in what they unpack to before they are read.
 *
 * @throws DecodeError `empty`, `too-large`, `binary`, `unsupported` or `corrupt`.
 * @example
 * const { text, encoding, format } = await decode(await readFile('page.txt'), { key: 'page.txt' });
 * // encoding: 'gb18030', format: 'text'
 */
export async function decode(bytes: Uint8Array, options: DecodeOptions = {}): Promise<DecodedText> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    throw new DecodeError(
      'too-large',
      `The file is ${formatSize(bytes.length)}; the limit is ${formatSize(maxBytes)}. Upload one report page at a time.`,
    );
  }
  if (bytes.length === 0) throw new DecodeError('empty', 'The file is empty.');

  const format = sniffFormat(bytes, options);
  let result: DecodedText;
  if (format === 'pdf') result = { text: await pdfToText(bytes), encoding: 'utf-8', format };
  else if (format === 'docx') result = { text: await docxToText(bytes), encoding: 'utf-8', format };
  else {
    // Only bytes that are not UTF-8 can need a legacy decoder: load it for those alone.
    if (!isUtf8(bytes)) await loadLegacyEncodings();
    result = decodeMarkupOrText(bytes, format);
  }

  const text = normalizeNewlines(result.text);
  if (text.trim() === '') {
    const why = format === 'pdf' ? ' (a scanned PDF has no text layer; upload the text instead)' : '';
    throw new DecodeError('empty', `The file contains no text${why}.`);
  }
  assertReadable(text);
  // Bytes invalid in the encoding became U+FFFD: say where, rather than pass garbled text silently.
  const warning = format === 'text' || format === 'html' ? replacementWarning(text, result.encoding) : undefined;
  return { ...result, text, ...(warning ? { warning } : {}) };
}
