import { DynamoDBClient, ScanCommand, type ScanCommandOutput } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { createIngestor } from '@reportgraph/ingest';
import { LOCAL_CREDENTIALS, LOCAL_REGION, type Stack } from '@reportgraph/local';
import { createDocumentClient, createMeter, ensureTable, GraphStore } from '@reportgraph/store';
import { loadSamplePages } from './extract.ts';

/** What one sample page costs to write. */
export interface WriteFigures {
  /** Pages ingested (the sample pages, each once). */
  pages: number;
  /** DynamoDB requests per page, reads included (the ingest's checks and its writes). */
  requestsPerPage: number;
  /** Items in the table per page once every sample page is in. */
  itemsPerPage: number;
  /** Write capacity units per page, as DynamoDB Local reports them. */
  writeUnitsPerPage: number;
  /** Requests per page by DynamoDB operation (where the requests go). */
  operationsPerPage: Record<string, number>;
}

/** Items in a table, read with a counting scan (page by page). */
async function countItems(client: DynamoDBClient, tableName: string): Promise<number> {
  let count = 0;
  let start: ScanCommandOutput['LastEvaluatedKey'];
  do {
    const page = await client.send(
      new ScanCommand({ TableName: tableName, Select: 'COUNT', ...(start ? { ExclusiveStartKey: start } : {}) }),
    );
    count += page.Count ?? 0;
    start = page.LastEvaluatedKey;
  } while (start);
  return count;
}

/**
 * Ingests each sample page once into an empty table of its own, through the real ingest code and
 * a metered store, and reports requests and items per page.
 *
 * @example
 * const { requestsPerPage, itemsPerPage } = await measureWrites(stack);
 */
export async function measureWrites(stack: Stack): Promise<WriteFigures> {
  const tableName = `bench-writes-${Date.now().toString(36)}`;
  const config = { endpoint: stack.dynamoEndpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS };
  const client = new DynamoDBClient(config);
  const doc = createDocumentClient(config);
  try {
    await ensureTable(client, tableName);
    const meter = createMeter();
    const ingestor = createIngestor({ s3: stack.s3, store: new GraphStore({ doc, tableName }).withMeter(meter) });
    const pages = await loadSamplePages();
    for (const page of pages) {
      const key = `bench/writes/${tableName}/${page.name}`;
      await stack.s3.send(
        new PutObjectCommand({
          Bucket: stack.bucket,
          Key: key,
          Body: page.text,
          ContentType: 'text/plain; charset=utf-8',
        }),
      );
      const outcome = await ingestor.processRecord({ bucket: stack.bucket, key, eventName: 'ObjectCreated:Put' });
      if (outcome.status !== 'DONE') throw new Error(`${page.name}: ${outcome.status}`);
    }
    const items = await countItems(client, tableName);
    return {
      pages: pages.length,
      requestsPerPage: meter.requests / pages.length,
      itemsPerPage: items / pages.length,
      writeUnitsPerPage: meter.writeCapacityUnits / pages.length,
      operationsPerPage: Object.fromEntries(Object.entries(meter.operations).map(([op, n]) => [op, n / pages.length])),
    };
  } finally {
    doc.destroy();
    client.destroy();
  }
}
