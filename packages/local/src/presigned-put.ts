import { S3RequestPresigner } from '@aws-sdk/s3-request-presigner';
import { Hash } from '@smithy/hash-node';
import { HttpRequest } from '@smithy/protocol-http';

/** Credentials and region the local S3 signs with. */
export interface SigningIdentity {
  credentials: { accessKeyId: string; secretAccessKey: string };
  region: string;
}

/** A request as the check reads it: method, the URL as sent, and its headers (lower-case names). */
export interface PresignedRequest {
  method: string;
  /** Path and query exactly as sent, e.g. `/reports/a.txt?X-Amz-Algorithm=…`. */
  url: string;
  headers: Record<string, string | string[] | undefined>;
}

/** Why a presigned request is refused, as S3 says it: an error code, a message and the HTTP status. */
export interface PresignRefusal {
  code: 'AccessDenied' | 'SignatureDoesNotMatch';
  message: string;
  status: 403;
}

/** `20251031T120000Z` → a Date. */
function amzDate(text: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  return m ? new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`) : undefined;
}

const header = (headers: PresignedRequest['headers'], name: string) => {
  const value = headers[name];
  return Array.isArray(value) ? value.join(',') : value;
};

/**
 * Checks a query-signed (presigned) SigV4 request the way S3 does: not expired, and its
 * signature is the one the signed headers' values give. s3rver skips V4 signatures; the local
 * stack calls this first, so a PUT with another content type or size than was signed is
 * refused locally as it is on S3. Returns undefined when the request is not presigned or holds.
 *
 * @example
 * const refusal = await checkPresignedRequest(request, { credentials, region: 'us-east-1' });
 * if (refusal) respond(refusal.status, refusal.code);
 */
export async function checkPresignedRequest(
  request: PresignedRequest,
  identity: SigningIdentity,
  now: Date = new Date(),
): Promise<PresignRefusal | undefined> {
  const url = new URL(request.url, 'http://local');
  const given = url.searchParams.get('X-Amz-Signature');
  if (!given || url.searchParams.get('X-Amz-Algorithm') !== 'AWS4-HMAC-SHA256') return undefined;
  const signingDate = amzDate(url.searchParams.get('X-Amz-Date') ?? '');
  const expiresIn = Number(url.searchParams.get('X-Amz-Expires'));
  if (!signingDate || !Number.isInteger(expiresIn))
    return { code: 'AccessDenied', message: 'Malformed presigned URL.', status: 403 };
  if (now.getTime() > signingDate.getTime() + expiresIn * 1000)
    return { code: 'AccessDenied', message: 'Request has expired', status: 403 };
  const signed = (url.searchParams.get('X-Amz-SignedHeaders') ?? '').split(';').filter(Boolean);
  const headers: Record<string, string> = {};
  for (const name of signed) headers[name] = header(request.headers, name) ?? '';
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams) if (!name.startsWith('X-Amz-')) query[name] = value;
  const [hostname, port] = (headers.host ?? '').split(':');
  const presigner = new S3RequestPresigner({ ...identity, sha256: Hash.bind(null, 'sha256') });
  const expected = await presigner.presign(
    new HttpRequest({
      method: request.method,
      protocol: 'http:',
      hostname: hostname ?? '',
      ...(port ? { port: Number(port) } : {}),
      path: url.pathname,
      query,
      headers,
    }),
    { signingDate, expiresIn, signableHeaders: new Set(signed) },
  );
  if (expected.query?.['X-Amz-Signature'] === given) return undefined;
  return {
    code: 'SignatureDoesNotMatch',
    message: 'The request signature we calculated does not match the signature you provided.',
    status: 403,
  };
}
