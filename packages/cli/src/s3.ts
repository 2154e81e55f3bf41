import { S3Client } from '@aws-sdk/client-s3';
import type { Endpoints } from './config.ts';

/** Credentials s3rver and DynamoDB Local accept. */
export const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

/**
 * AWS client settings for the endpoints: a custom endpoint gets path-style URLs; the local
 * stack gets its fixed credentials unless AWS credentials are set in the environment.
 */
export function awsClientConfig(endpoints: Endpoints, env: NodeJS.ProcessEnv = process.env) {
  const useLocalCredentials = endpoints.local && !env.AWS_ACCESS_KEY_ID && !env.AWS_PROFILE;
  return {
    region: endpoints.region,
    ...(useLocalCredentials ? { credentials: LOCAL_CREDENTIALS } : {}),
  };
}

/**
 * An S3 client for the endpoints.
 *
 * @example
 * const s3 = createS3(resolveEndpoints());
 */
export function createS3(endpoints: Endpoints): S3Client {
  return new S3Client({
    ...awsClientConfig(endpoints),
    ...(endpoints.s3Endpoint ? { endpoint: endpoints.s3Endpoint, forcePathStyle: true } : {}),
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}
