import type { ExtractOptions, ExtractResult } from '@reportgraph/contract';
import { type DecodedText, DecodeError } from '@reportgraph/extract';
import type { FetchedObject } from './fetch.ts';
import { storableProblem } from './validate.ts';

/** A rejection of the input itself: recorded as FAILED, never retried. */
export class RejectedInputError extends Error {
  override readonly name = 'RejectedInputError';
  constructor(
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}

/** What reading a page needs: the limits and the two stages (injectable for tests). */
export interface PageReader {
  maxBytes: number;
  maxTextChars: number;
  extractBudgetMs: number;
  decode: (bytes: Uint8Array, options: { key: string; maxBytes: number; contentType?: string }) => Promise<DecodedText>;
  extract: (text: string, options: ExtractOptions) => ExtractResult;
  /** Told when extraction ran over its budget (it cannot be interrupted in-process). */
  onSlowExtract?: (extractMs: number, chars: number) => void;
}

/** A page read: its text, its graph and the milliseconds each stage took. */
export interface ReadPage {
  decoded: DecodedText;
  result: ExtractResult;
  timings: { decodeMs: number; extractMs: number };
}

/**
 * Decodes and extracts one fetched object. Bad input (too large, undecodable, an extractor
 * failure, a result DynamoDB would refuse) throws {@link RejectedInputError} or `DecodeError`,
 * both carrying a `reason` and a message for the editor.
 *
 * @example
 * const { result } = await readPage(object, 'p1.txt', { publishedDate: '2025-10-31' }, reader, documentId);
 */
export async function readPage(
  object: FetchedObject,
  key: string,
  options: ExtractOptions,
  reader: PageReader,
  documentId: string,
): Promise<ReadPage> {
  if (!object.bytes) {
    throw new DecodeError('too-large', `The file is ${object.size} bytes; the limit is ${reader.maxBytes} bytes.`);
  }
  const t1 = performance.now();
  const decoded = await reader.decode(object.bytes, {
    key,
    maxBytes: reader.maxBytes,
    ...(object.contentType ? { contentType: object.contentType } : {}),
  });
  const decodeMs = Math.round(performance.now() - t1);
  if (decoded.text.length > reader.maxTextChars) {
    throw new RejectedInputError(
      'too-large',
      `The page has ${decoded.text.length} characters of text; the limit is ${reader.maxTextChars}. Split it into smaller files.`,
    );
  }
  const t2 = performance.now();
  let result: ExtractResult;
  try {
    result = reader.extract(decoded.text, options);
  } catch (error) {
    throw new RejectedInputError(
      'extract',
      `The page could not be analysed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const extractMs = Math.round(performance.now() - t2);
  // A result DynamoDB would reject fails the same way on every retry: reject it up front.
  const problem = storableProblem(documentId, result);
  if (problem) throw new RejectedInputError('unstorable', problem);
  if (extractMs > reader.extractBudgetMs) reader.onSlowExtract?.(extractMs, decoded.text.length);
  return { decoded, result, timings: { decodeMs, extractMs } };
}

/** True for the errors that mean the input is bad (recorded as FAILED, not retried). */
export const isRejection = (error: unknown): error is DecodeError | RejectedInputError =>
  error instanceof DecodeError || error instanceof RejectedInputError;
