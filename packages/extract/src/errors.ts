/** Why a file could not be read as a report page. The message is shown to editors. */
export type DecodeFailure = 'empty' | 'binary' | 'too-large' | 'unsupported' | 'corrupt';

/**
 * Raised when a file's bytes cannot become page text. `reason` is machine-readable,
 * `message` is for the editor who uploaded the file.
 */
export class DecodeError extends Error {
  override readonly name = 'DecodeError';
  constructor(
    readonly reason: DecodeFailure,
    message: string,
  ) {
    super(message);
  }
}
