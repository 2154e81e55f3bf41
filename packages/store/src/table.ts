/**
 * The single source of truth for the table: infra (SST), the local stack and tests all derive
 * their table from this definition. Generic key names; the access patterns live in `keys.ts`.
 */
export const tableDefinition = {
  partitionKey: 'pk',
  sortKey: 'sk',
  attributes: {
    pk: 'string',
    sk: 'string',
    gsi1pk: 'string',
    gsi1sk: 'string',
    gsi2pk: 'string',
    gsi2sk: 'string',
    gsi3pk: 'string',
    gsi3sk: 'string',
  },
  globalIndexes: {
    /** byTarget: the reverse of every edge, so both directions are one Query. */
    gsi1: { partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    /** byType: every node of a type in its natural order (name, date, code, key). */
    gsi2: { partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
    /** byPlace / byStatus: nodes by place code prefix (everything beneath a place), documents by status. */
    gsi3: { partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
  },
} as const;

export type IndexName = keyof typeof tableDefinition.globalIndexes;

/** The CreateTable input for DynamoDB (local stack and tests). */
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
