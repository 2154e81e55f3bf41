import { DecodeError } from '../errors.ts';
import type { DecodedText, DecodeOptions } from '../types.ts';

const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Turns a file's bytes into page text. Placeholder: UTF-8 only; the full decoder
 * (GB18030, UTF-16, HTML, docx, PDF) replaces it.
 */
export async function decode(bytes: Uint8Array, options: DecodeOptions = {}): Promise<DecodedText> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length === 0) throw new DecodeError('empty', 'The file is empty.');
  if (bytes.length > maxBytes)
    throw new DecodeError('too-large', `The file is ${bytes.length} bytes; the limit is ${maxBytes}.`);
  return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', format: 'text' };
}
