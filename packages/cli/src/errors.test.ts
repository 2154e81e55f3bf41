import { describe, expect, it } from 'vitest';
import { CliError, describeError } from './errors.ts';

describe('describeError', () => {
  it('does keep the message of a CliError when given one', () => {
    expect(describeError(new CliError('bad'))).toBe('bad');
  });

  it('does name the bucket when S3 says it does not exist', () => {
    const error = Object.assign(new Error('The specified bucket does not exist'), { name: 'NoSuchBucket' });
    expect(describeError(error, { bucket: 'reports', s3Endpoint: 'http://127.0.0.1:4569' })).toBe(
      'Bucket "reports" does not exist (S3 endpoint: http://127.0.0.1:4569).',
    );
  });

  it('does say the service is down when the connection is refused deep in the causes', () => {
    const error = new TypeError('fetch failed', { cause: Object.assign(new Error('x'), { code: 'ECONNREFUSED' }) });
    expect(describeError(error, { s3Endpoint: 'http://127.0.0.1:4569' })).toBe(
      'Cannot reach http://127.0.0.1:4569 (ECONNREFUSED). Is it running?',
    );
  });
});
