import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '@reportgraph/local';
import { createDocumentClient, documentIdFor, ensureTable, GraphStore } from '@reportgraph/store';
import { describe, expect, inject, it } from 'vitest';
import type { Endpoints } from './config.ts';
import { createS3 } from './s3.ts';
import { runSweep } from './sweep.ts';

describe('runSweep', () => {
  it('ingests an object whose event was lost and removes a ghost document, and prints each repair', async () => {
    const env = inject('services');
    const endpoints: Endpoints = {
      apiUrl: 'http://127.0.0.1:1/graphql',
      s3Endpoint: env.S3_ENDPOINT,
      bucket: `sweep-cli-${process.pid}`,
      dynamoEndpoint: env.DYNAMODB_ENDPOINT,
      tableName: `sweep-cli-${process.pid}`,
      region: LOCAL_REGION,
      local: true,
    };
    const doc = createDocumentClient({
      endpoint: env.DYNAMODB_ENDPOINT,
      region: LOCAL_REGION,
      credentials: LOCAL_CREDENTIALS,
    });
    // The document client sends plain DynamoDB commands too (ensureTable's CreateTable/DescribeTable).
    await ensureTable(doc as never, endpoints.tableName);
    const store = new GraphStore({ doc, tableName: endpoints.tableName });
    const s3 = createS3(endpoints);
    await s3.send(new CreateBucketCommand({ Bucket: endpoints.bucket }));
    await s3.send(
      new PutObjectCommand({ Bucket: endpoints.bucket, Key: 'lost.txt', Body: '佛山市总工会召开会议，主席李灿出席。' }),
    );
    const now = new Date().toISOString();
    const ghost = documentIdFor(endpoints.bucket, 'ghost.txt');
    await store.putDocument({
      id: ghost,
      bucket: endpoints.bucket,
      key: 'ghost.txt',
      status: 'DONE',
      createdAt: now,
      updatedAt: now,
    });

    const lines: string[] = [];
    expect(await runSweep(endpoints, (text) => lines.push(text))).toBe(0);

    const output = lines.join('\n');
    expect(output).toContain('missing    lost.txt  → DONE');
    expect(output).toContain('ghost      ghost.txt  → REMOVED');
    expect(output).toContain('Swept 1 object(s) and 1 document(s)');
    expect((await store.getDocument(documentIdFor(endpoints.bucket, 'lost.txt')))?.status).toBe('DONE');
    expect(await store.getDocument(ghost)).toBeUndefined();
  });
});
