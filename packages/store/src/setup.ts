import { CreateTableCommand, DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createTableInput } from './table.ts';

/**
 * Creates the table from the single table definition if it does not exist yet (local stack and
 * tests; deployed stages get it from infra). Returns once the table is ACTIVE.
 *
 * @example
 * await ensureTable(createDocumentClient(), 'reportgraph');
 */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<void> {
  try {
    await client.send(new CreateTableCommand(createTableInput(tableName)));
  } catch (error) {
    if ((error as Error).name !== 'ResourceInUseException') throw error;
  }
  for (let i = 0; i < 100; i++) {
    const out = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (out.Table?.TableStatus === 'ACTIVE') return;
    await new Promise((r) => setTimeout(r, 100));
  }
}
