import { DecodeError } from '../errors.ts';
import { legacyEncodings } from './legacy.ts';

/** Text and the encoding it was read with. */
export interface TextWithEncoding {
  text: string;
  /** Lower-case WHATWG-style label: `utf-8`, `utf-16le`, `utf-16be`, `gb18030`, … */
  encoding: string;
}

export interface DecodeTextOptions {
  /**
   * A charset the file declares (HTML `<meta charset>`). Used when the bytes are not valid UTF-8:
   * valid UTF-8 is stronger evidence than a declaration that pages often keep after re-saving.
   */
  declaredCharset?: string;
}

/** How many leading bytes the statistical checks look at; enough to judge, cheap on 5 MiB files. */
const SAMPLE_BYTES = 64 * 1024;
/** Share of control bytes above which a file without UTF-16 structure is treated as binary. */
const MAX_CONTROL_RATIO = 0.05;
/** Share of plausible characters a no-BOM UTF-16 reading needs before we trust it. */
const MIN_UTF16_PLAUSIBLE = 0.95;
/** UTF-16 with zero bytes is already likely; it needs a lower bar to tell it from parity-skewed binary. */
const MIN_UTF16_PLAUSIBLE_WITH_ZEROS = 0.8;
/** Share of replacement characters (among non-space characters) that makes the text unreadable. */
const MAX_REPLACEMENT_RATIO = 0.3;

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const utf8Lossy = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/** Legacy Chinese labels all map to GB18030, which is a strict superset of GB2312 and GBK. */
const GB_FAMILY = new Set(['gb2312', 'gbk', 'gb18030', 'x-gbk', 'cp936', 'gb_2312-80', 'euc-cn', 'csgb2312']);

/**
 * The label iconv-lite should use for a declared charset, or undefined when it cannot decode it
 * (iconv-lite must be loaded for a label other than UTF-8 or the GB family).
 *
 * @example
 * normalizeCharset('GB2312') // 'gb18030'
 * normalizeCharset('utf8') // 'utf-8'
 */
export function normalizeCharset(label: string | undefined): string | undefined {
  const name = label?.trim().toLowerCase();
  if (!name) return undefined;
  if (GB_FAMILY.has(name)) return 'gb18030';
  if (name === 'utf8' || name === 'utf-8') return 'utf-8';
  return legacyEncodings().encodingExists(name) ? name : undefined;
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Code points a Chinese report (or its ASCII parts) plausibly contains; used to judge UTF-16 guesses. */
function isPlausibleCodePoint(cp: number): boolean {
  return (
    cp === 0x09 ||
    cp === 0x0a ||
    cp === 0x0d ||
    (cp >= 0x20 && cp <= 0x7e) ||
    (cp >= 0xa0 && cp <= 0x24f) || // Latin-1 and Latin Extended
    (cp >= 0x370 && cp <= 0x4ff) || // Greek, Cyrillic (units, names)
    (cp >= 0x2000 && cp <= 0x2bff) || // punctuation, symbols, arrows, ①, ■
    (cp >= 0x2e80 && cp <= 0x2fdf) || // CJK radicals
    (cp >= 0x3000 && cp <= 0x30ff) || // CJK punctuation, kana
    (cp >= 0x3200 && cp <= 0x4dbf) || // enclosed CJK, compatibility, Extension A
    (cp >= 0x4e00 && cp <= 0x9fff) || // CJK Unified Ideographs
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xffef) || // full-width forms
    (cp >= 0x20000 && cp <= 0x3134f) // CJK Extensions B–G
  );
}

/** Share of code points in `text` that are plausible; lone surrogates and U+FFFD count against it. */
function plausibleRatio(text: string): number {
  let total = 0;
  let good = 0;
  for (const ch of text) {
    total++;
    if (isPlausibleCodePoint(ch.codePointAt(0) ?? 0)) good++;
  }
  return total === 0 ? 0 : good / total;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  // An odd trailing byte is a truncated code unit; drop it rather than emit U+FFFD.
  const even = bytes.subarray(0, bytes.length - (bytes.length % 2));
  return new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(even);
}

function bomOf(bytes: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * Guesses BOM-less UTF-16 from where zero bytes fall: ASCII in UTF-16LE puts them at odd offsets,
 * in UTF-16BE at even ones. Returns undefined when there are no zeros or they are spread evenly.
 */
function utf16ByZeros(sample: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  // CJK text has few zero bytes (ASCII digits, punctuation, newlines), so a handful suffices when
  // most sit on one side. The other side is not empty: 一 (U+4E00) and 开 (U+5F00) are common, and
  // real reports show ratios near 8:1, so 3:1 it is; the plausibility check behind it catches binary.
  if (odd >= 2 && odd >= 3 * even) return 'utf-16le';
  if (even >= 2 && even >= 3 * odd) return 'utf-16be';
  return undefined;
}

/** UTF-16 without BOM and without zero bytes (pure CJK) is only recognisable by what it decodes to. */
function utf16ByContent(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 8 || bytes.length % 2 !== 0) return undefined;
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    if (plausibleRatio(decodeUtf16(sample, encoding)) >= MIN_UTF16_PLAUSIBLE) return encoding;
  }
  return undefined;
}

function controlRatio(sample: Uint8Array): number {
  let controls = 0;
  for (const b of sample) {
    // Tab, LF, FF, CR and ESC appear in real text files; everything else below 0x20 (and DEL) does not.
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) controls++;
  }
  return sample.length === 0 ? 0 : controls / sample.length;
}

/** Bytes a UTF-8 sequence starting with `lead` should have, or 0 for a byte that cannot lead one. */
function utf8SequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/**
 * Where an incomplete UTF-8 sequence begins at the very end of `bytes` (a file cut mid-character
 * by a size limit or a bad copy), or -1 when the end is complete.
 */
function truncatedUtf8Start(bytes: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const i = bytes.length - back;
    const b = bytes[i] ?? 0;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const need = utf8SequenceLength(b);
    return need > back ? i : -1;
  }
  return -1;
}

function tryStrictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8Strict.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * UTF-8 with a few damaged bytes still reads better as UTF-8 than as GB18030 mojibake.
 * We accept it when correctly decoded non-ASCII characters outnumber the damage twenty to one.
 */
function lossyUtf8IfMostlyValid(bytes: Uint8Array): string | undefined {
  const text = utf8Lossy.decode(bytes);
  let bad = 0;
  let good = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp === 0xfffd) bad++;
    else if (cp > 0x7f) good++;
  }
  return bad > 0 && good >= 20 * bad ? text : undefined;
}

/**
 * Reads bytes as text, detecting the encoding: BOM (UTF-8, UTF-16LE/BE), BOM-less UTF-16,
 * strict UTF-8 (tolerating a sequence cut off at the very end), a declared charset, and finally
 * GB18030 (which also covers GBK and GB2312). Binary data is rejected. Bytes that are not UTF-8
 * need the legacy decoders loaded first (`await loadLegacyEncodings()`; `decode` does it).
 *
 * @throws DecodeError `binary` when the bytes are not text.
 * @example
 * decodeText(iconv.encode('佛山市总工会', 'gbk')) // { text: '佛山市总工会', encoding: 'gb18030' }
 */
export function decodeText(bytes: Uint8Array, options: DecodeTextOptions = {}): TextWithEncoding {
  const bom = bomOf(bytes);
  if (bom) {
    const body = bytes.subarray(bom.length);
    const text = bom.encoding === 'utf-8' ? utf8Lossy.decode(body) : decodeUtf16(body, bom.encoding);
    return { text, encoding: bom.encoding };
  }

  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const byZeros = utf16ByZeros(sample);
  if (byZeros) {
    const text = decodeUtf16(bytes, byZeros);
    if (plausibleRatio(text.slice(0, SAMPLE_BYTES)) >= MIN_UTF16_PLAUSIBLE_WITH_ZEROS)
      return { text, encoding: byZeros };
  }
  if (sample.includes(0)) {
    throw new DecodeError('binary', 'The file contains binary data (NUL bytes), not text.');
  }
  const binary = () => new DecodeError('binary', 'The file contains binary data (control characters), not text.');
  // Control bytes mean binary in single-byte, UTF-8 and GB encodings, but not in UTF-16, where
  // CJK code units such as U+4F1A (会) contain 0x1A; so that reading is tried before the check.
  const controlHeavy = controlRatio(sample) > MAX_CONTROL_RATIO;

  const utf8 = tryStrictUtf8(bytes);
  if (utf8 !== undefined) {
    if (controlHeavy) throw binary();
    return { text: utf8, encoding: 'utf-8' };
  }
  const cut = truncatedUtf8Start(bytes);
  const trimmed = cut > 0 ? tryStrictUtf8(bytes.subarray(0, cut)) : undefined;
  if (trimmed !== undefined && !controlHeavy) return { text: trimmed, encoding: 'utf-8' };

  // Only now, with UTF-8 ruled out: ASCII decoded as UTF-16 looks like CJK and would pass.
  const utf16 = utf16ByContent(bytes);
  if (utf16) return { text: decodeUtf16(bytes, utf16), encoding: utf16 };
  if (controlHeavy) throw binary();

  const declared = normalizeCharset(options.declaredCharset);
  if (declared && declared !== 'utf-8')
    return { text: legacyEncodings().decode(toBuffer(bytes), declared), encoding: declared };

  const nearlyUtf8 = lossyUtf8IfMostlyValid(bytes);
  if (nearlyUtf8 !== undefined) return { text: nearlyUtf8, encoding: 'utf-8' };

  return { text: legacyEncodings().decode(toBuffer(bytes), 'gb18030'), encoding: 'gb18030' };
}

/**
 * Strips a leading BOM, turns CRLF and lone CR into LF, and drops NUL characters left by
 * converters, so every format hands downstream the same kind of text.
 *
 * @example
 * normalizeNewlines('\uFEFFa\r\nb\rc') // 'a\nb\nc'
 */
export function normalizeNewlines(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replaceAll('\0', '');
}

/**
 * Rejects text that is mostly replacement characters (U+FFFD, or its GBK mojibake 锟斤拷),
 * which means the bytes were already damaged before upload.
 *
 * @throws DecodeError `corrupt`
 * @example
 * assertReadable('佛山') // ok
 * assertReadable('\uFFFD\uFFFD\uFFFD') // throws DecodeError('corrupt')
 */
export function assertReadable(text: string): void {
  let visible = 0;
  let replaced = 0;
  for (const ch of text) {
    if (/\s/u.test(ch)) continue;
    visible++;
    if (ch === '\uFFFD') replaced++;
  }
  // 锟斤拷 is what U+FFFD's UTF-8 bytes look like when read as GBK: three characters per lost one.
  replaced += (text.match(/锟斤拷/g)?.length ?? 0) * 3;
  if (visible > 0 && replaced / visible > MAX_REPLACEMENT_RATIO) {
    throw new DecodeError('corrupt', 'The file is damaged: most of its characters could not be read.');
  }
}
