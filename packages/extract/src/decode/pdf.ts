import { DecodeError } from '../errors.ts';
import { assertPdfBounded } from './limits.ts';

/**
 * Extracts the text layer of a PDF, pages joined by newlines.
 *
 * A PDF with no text layer (a scan) yields an empty string; the caller reports it as `empty`.
 *
 * Its streams' unpacked size is bounded first (see `assertPdfBounded`).
 *
 * @throws DecodeError `too-large` for streams that unpack to too much, `corrupt` when PDF.js cannot parse the file.
 * @example
 * const text = await pdfToText(await readFile('page.pdf'));
 */
export async function pdfToText(bytes: Uint8Array): Promise<string> {
  assertPdfBounded(bytes);
  // PDF.js may transfer (detach) the buffer it is given, so hand it a copy, never the caller's bytes.
  const data = new Uint8Array(bytes);
  let document: Awaited<ReturnType<typeof import('unpdf').getDocumentProxy>> | undefined;
  try {
    // Loaded on first use: PDF.js is 1.6 MB that a text page never needs.
    const { extractText, getDocumentProxy } = await import('unpdf');
    // verbosity 0: PDF.js otherwise logs font warnings to the console for every odd PDF.
    document = await getDocumentProxy(data, { verbosity: 0 });
    const { text } = await extractText(document, { mergePages: true });
    return text;
  } catch (error) {
    throw new DecodeError(
      'corrupt',
      `The PDF could not be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    await document?.destroy().catch(() => undefined);
  }
}
