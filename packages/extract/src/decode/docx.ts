import { DecodeError } from '../errors.ts';
import { assertDocxBounded } from './limits.ts';

/**
 * Extracts the raw text of a Word (.docx) document, one paragraph per block separated by blank
 * lines (mammoth's raw-text layout, which matches the plain-text reports).
 *
 * The archive is bounded first (parts, unpacked size; see `assertDocxBounded`).
 *
 * @throws DecodeError `too-large` for an archive that unpacks to too much, `corrupt` when the
 * archive or its XML cannot be read.
 * @example
 * const text = await docxToText(await readFile('page.docx'));
 */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  try {
    await assertDocxBounded(bytes);
    // Loaded on first use: most pages are text, and a Lambda should not parse mammoth to read them.
    const { default: mammoth } = await import('mammoth');
    const result = await mammoth.extractRawText({
      buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    });
    return result.value;
  } catch (error) {
    if (error instanceof DecodeError) throw error;
    throw new DecodeError('corrupt', `The Word document could not be read: ${reasonOf(error)}`);
  }
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
