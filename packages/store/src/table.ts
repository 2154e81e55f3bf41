import { PHYSICAL_INDEXES } from './entities/indexes.ts';

const { table, ...globalIndexes } = PHYSICAL_INDEXES;

/** Every key attribute of the table and its indexes: all strings. */
const keyAttributes = Object.fromEntries(
  Object.values(PHYSICAL_INDEXES).flatMap((index) => [
    [index.partitionKey, 'string'],
    [index.sortKey, 'string'],
  ]),
) as Record<(typeof PHYSICAL_INDEXES)[keyof typeof PHYSICAL_INDEXES]['partitionKey' | 'sortKey'], 'string'>;

/**
 * The single source of truth for the table: infra (SST), the local stack and tests all derive
 * their table from this definition, which derives from the physical indexes the entities' access
 * patterns are declared over (entities/indexes.ts): byTarget is gsi1, byType gsi2, byPlace and
 * byStatus share gsi3 (why: see `ACCESS_PATTERNS`).
 */
export const tableDefinition = {
  partitionKey: table.partitionKey,
  sortKey: table.sortKey,
  attributes: keyAttributes,
  globalIndexes,
} as const;

export type IndexName = keyof typeof tableDefinition.globalIndexes;

/**
 * The CreateTable input for DynamoDB (local stack and tests).
 *
 * @example
 * await client.send(new CreateTableCommand(createTableInput('reportgraph')));
 */
export function createTableInput(tableName: string) {
  const def = tableDefinition;
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST' as const,
    AttributeDefinitions: Object.keys(def.attributes).map((name) => ({
      AttributeName: name,
      AttributeType: 'S' as const,
    })),
    KeySchema: [
      { AttributeName: def.partitionKey, KeyType: 'HASH' as const },
      { AttributeName: def.sortKey, KeyType: 'RANGE' as const },
    ],
    GlobalSecondaryIndexes: Object.entries(def.globalIndexes).map(([IndexName, index]) => ({
      IndexName,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: 'HASH' as const },
        { AttributeName: index.sortKey, KeyType: 'RANGE' as const },
      ],
      Projection: { ProjectionType: 'ALL' as const },
    })),
  };
}
