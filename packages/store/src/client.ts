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
  const client = new DynamoDBClient({
    maxAttempts: 8,
    ...(endpoint ? { endpoint } : {}),
    ...(endpoint && !process.env.AWS_ACCESS_KEY_ID
      ? {
          credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
          region: process.env.AWS_REGION ?? 'us-east-1',
        }
      : {}),
    ...config,
  });
  // With no logger configured the SDK still builds a redacted copy of every input and output for
  // its no-op logger (a schema walk over each transaction's items); without a logger, skip it.
  if (!config.logger) client.middlewareStack.remove('loggerMiddleware');
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
}
