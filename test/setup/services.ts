import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCAL_CREDENTIALS, LOCAL_REGION, startDynamoDbLocal, startS3rver } from '@reportgraph/local/services';
import type { TestProject } from 'vitest/node';

/**
 * Vitest global setup: one DynamoDB Local (in memory) and one s3rver on free ports for the
 * whole run. Tests isolate themselves by creating their own table and bucket names.
 */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(join(tmpdir(), 'reportgraph-test-'));
  const [dynamo, s3] = await Promise.all([
    startDynamoDbLocal(),
    startS3rver({ directory: join(dir, 's3'), buckets: [] }),
  ]);
  const env = {
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    S3_ENDPOINT: s3.endpoint,
    AWS_REGION: LOCAL_REGION,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
  };
  Object.assign(process.env, env);
  project.provide('services', env);
  return async () => {
    await Promise.all([dynamo.stop(), s3.stop()]);
    await rm(dir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    services: {
      DYNAMODB_ENDPOINT: string;
      S3_ENDPOINT: string;
      AWS_REGION: string;
      AWS_ACCESS_KEY_ID: string;
      AWS_SECRET_ACCESS_KEY: string;
    };
  }
}
