import {
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  type TableDescription,
  UpdateTableCommand,
} from '@aws-sdk/client-dynamodb';
import { createTableInput } from './table.ts';

/**
 * Creates the table from the single table definition if it does not exist yet, and adds the
 * global indexes an older table lacks (local stack and tests; deployed stages get both from
 * infra). Returns once the table and its indexes are ACTIVE.
 *
 * @example
 * await ensureTable(createDocumentClient(), 'reportgraph');
 */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<void> {
  const input = createTableInput(tableName);
  try {
    await client.send(new CreateTableCommand(input));
  } catch (error) {
    if ((error as Error).name !== 'ResourceInUseException') throw error;
  }
  let table = await active(client, tableName);
  // DynamoDB adds one global index per UpdateTable.
  for (const index of input.GlobalSecondaryIndexes) {
    if (table?.GlobalSecondaryIndexes?.some((i) => i.IndexName === index.IndexName)) continue;
    await client.send(
      new UpdateTableCommand({
        TableName: tableName,
        AttributeDefinitions: input.AttributeDefinitions,
        GlobalSecondaryIndexUpdates: [{ Create: index }],
      }),
    );
    table = await active(client, tableName);
  }
}

/** Waits until the table and each of its indexes are ACTIVE (about 10 s at most). */
async function active(client: DynamoDBClient, tableName: string): Promise<TableDescription | undefined> {
  let table: TableDescription | undefined;
  for (let i = 0; i < 100; i++) {
    table = (await client.send(new DescribeTableCommand({ TableName: tableName }))).Table;
    const indexes = table?.GlobalSecondaryIndexes ?? [];
    if (table?.TableStatus === 'ACTIVE' && indexes.every((x) => x.IndexStatus === 'ACTIVE')) return table;
    await new Promise((r) => setTimeout(r, 100));
  }
  return table;
}
