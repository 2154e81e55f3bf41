import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { describe, expect, inject, it } from 'vitest';

describe('global test services', () => {
  const env = inject('services');

  it('answers DynamoDB requests when the test run has started DynamoDB Local', async () => {
    const client = new DynamoDBClient({ endpoint: env.DYNAMODB_ENDPOINT });
    const out = await client.send(new ListTablesCommand({}));
    expect(Array.isArray(out.TableNames)).toBe(true);
  });

  it('answers S3 requests when the test run has started s3rver', async () => {
    const client = new S3Client({
      endpoint: env.S3_ENDPOINT,
      forcePathStyle: true,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
    await client.send(new CreateBucketCommand({ Bucket: 'services-smoke' }));
    await client.send(new PutObjectCommand({ Bucket: 'services-smoke', Key: '报道 1.txt', Body: '工会' }));
    const out = await client.send(new GetObjectCommand({ Bucket: 'services-smoke', Key: '报道 1.txt' }));
    expect(await out.Body?.transformToString()).toBe('工会');
  });
});
