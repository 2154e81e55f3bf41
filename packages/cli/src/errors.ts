/** An expected failure: printed as one line, exit code 1, no stack trace. */
export class CliError extends Error {
  override readonly name = 'CliError';
}

interface AwsLikeError {
  name?: string;
  code?: string;
  Code?: string;
  message?: string;
  cause?: unknown;
  $metadata?: { httpStatusCode?: number };
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN', 'EHOSTUNREACH']);

/** The network error code of an error or of one of its causes (fetch wraps them), if any. */
function networkCode(error: unknown): string | undefined {
  for (let e = error as AwsLikeError | undefined, depth = 0; e && depth < 5; e = e.cause as AwsLikeError, depth++) {
    if (e.code && NETWORK_CODES.has(e.code)) return e.code;
    const errors = (e as { errors?: unknown[] }).errors;
    if (Array.isArray(errors)) for (const inner of errors) if (networkCode(inner)) return networkCode(inner);
  }
  return undefined;
}

/**
 * Turns any error into the one line the CLI prints: expected failures (service down, bucket
 * missing, access denied) get a clear sentence; anything else keeps its own message.
 *
 * @example
 * describeError(new CliError('Unknown command "uplod".')) // → 'Unknown command "uplod".'
 * describeError(Object.assign(new Error('x'), { name: 'NoSuchBucket' }), { bucket: 'reports' })
 * // → 'Bucket "reports" does not exist (S3 endpoint: default AWS).'
 */
export function describeError(error: unknown, context: { bucket?: string; s3Endpoint?: string } = {}): string {
  if (error instanceof CliError) return error.message;
  const e = (error ?? {}) as AwsLikeError;
  const where = context.s3Endpoint ?? 'default AWS';
  const name = e.name ?? e.Code ?? e.code;
  if (name === 'NoSuchBucket' || (name === 'NotFound' && context.bucket))
    return `Bucket "${context.bucket ?? '?'}" does not exist (S3 endpoint: ${where}).`;
  if (name === 'AccessDenied' || name === 'InvalidAccessKeyId' || name === 'SignatureDoesNotMatch')
    return `S3 refused the request (${name}): check your AWS credentials.`;
  if (name === 'CredentialsProviderError') return 'No AWS credentials found: set AWS_PROFILE or AWS_ACCESS_KEY_ID.';
  const code = networkCode(error);
  if (code) return `Cannot reach ${context.s3Endpoint ?? 'the service'} (${code}). Is it running?`;
  return e.message || String(error);
}
