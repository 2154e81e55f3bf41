import type Iconv from 'iconv-lite';

let iconv: typeof Iconv | undefined;

/**
 * Loads iconv-lite, the decoder of legacy encodings (GB18030, Big5, Windows code pages). It is
 * imported on first need rather than at start-up: most uploads are UTF-8, and its code tables
 * are a quarter of the ingest bundle, which every cold start would otherwise parse.
 *
 * @example
 * await loadLegacyEncodings();
 * legacyEncodings().decode(bytes, 'gb18030');
 */
export async function loadLegacyEncodings(): Promise<typeof Iconv> {
  iconv ??= (await import('iconv-lite')).default;
  return iconv;
}

/**
 * iconv-lite, once {@link loadLegacyEncodings} has loaded it.
 *
 * @throws Error when it has not been loaded: a caller decoding bytes that are not UTF-8 must load it first.
 * @example
 * legacyEncodings().encodingExists('big5') // → true
 */
export function legacyEncodings(): typeof Iconv {
  if (!iconv) throw new Error('Legacy encodings are not loaded: await loadLegacyEncodings() before decoding.');
  return iconv;
}
