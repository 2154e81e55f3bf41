import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * A DynamoDB document client configured from the environment: `DYNAMODB_ENDPOINT` points it at
 * DynamoDB Local; otherwise the SDK's defaults (region, credentials) apply. Retries use the SDK's
 * standard mode with exponential backoff, which covers throttling errors.
 *
 * @example
 * const doc = createDocumentClient({ endpoint: 'http://127.0.0.1:8000' });
 */
export function createDocumentClient(config: DynamoDBClientConfig = {}): DynamoDBDocumentClient {
  const endpoint = config.endpoint ?? process.env.DYNAMODB_ENDPOINT;
  const resolved: DynamoDBClientConfig = {
    maxAttempts: 8,
    ...(endpoint ? { endpoint } : {}),
    ...(endpoint && !process.env.AWS_ACCESS_KEY_ID
      ? {
          credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
          region: process.env.AWS_REGION ?? 'us-east-1',
        }
      : {}),
    ...config,
  };
  const doc = DynamoDBDocumentClient.from(plainClient(resolved), {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
  let reader: DynamoDBClient | undefined;
  readers.set(doc, () => {
    reader ??= plainClient({ ...resolved, cacheMiddleware: true });
    return reader;
  });
  const destroy = doc.destroy.bind(doc);
  doc.destroy = () => {
    destroy();
    reader?.destroy();
  };
  return doc;
}

function plainClient(config: DynamoDBClientConfig): DynamoDBClient {
  const client = new DynamoDBClient(config);
  // With no logger configured the SDK still builds a redacted copy of every input and output for
  // its no-op logger (a schema walk over each transaction's items); without a logger, skip it.
  if (!config.logger) client.middlewareStack.remove('loggerMiddleware');
  return client;
}

/** The hot-read client of each document client `createDocumentClient` made, created on first use. */
const readers = new WeakMap<DynamoDBDocumentClient, () => DynamoDBClient>();

/**
 * A plain client with the SDK's handler cache, beside `doc` and configured like it, for the
 * hottest read: one item by key (`node(id)`). The document client cannot use the cache
 * (lib-dynamodb refuses `cacheMiddleware`), and resolving the middleware on every send was ~7 %
 * of the API's CPU per `node(id)`. `undefined` for a document client made elsewhere.
 *
 * @example
 * const reader = hotReaderOf(ctx.doc);
 * const out = await reader?.send(new GetItemCommand({ TableName, Key: marshall(key) }));
 */
export function hotReaderOf(doc: DynamoDBDocumentClient): DynamoDBClient | undefined {
  return readers.get(doc)?.();
}
