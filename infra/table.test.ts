import { describe, expect, it } from 'vitest';
import { createTableInput, tableDefinition } from '../packages/store/src/table.ts';
import { toSstDynamoArgs } from './table.ts';

describe('Function: toSstDynamoArgs', () => {
  it('maps the store definition onto fields, primary index and global indexes', () => {
    const args = toSstDynamoArgs(tableDefinition);
    expect(args.fields).toEqual(tableDefinition.attributes);
    expect(args.primaryIndex).toEqual({ hashKey: tableDefinition.partitionKey, rangeKey: tableDefinition.sortKey });
    expect(Object.keys(args.globalIndexes)).toEqual(Object.keys(tableDefinition.globalIndexes));
    for (const [name, index] of Object.entries(tableDefinition.globalIndexes)) {
      expect(args.globalIndexes[name]).toEqual({
        hashKey: index.partitionKey,
        rangeKey: index.sortKey,
        projection: 'all',
      });
    }
  });

  it('describes the same key schema as the local table when both come from the store definition', () => {
    const local = createTableInput('graph');
    const args = toSstDynamoArgs(tableDefinition);
    const keysOf = (schema: ReadonlyArray<{ AttributeName: string; KeyType: string }>) =>
      Object.fromEntries(schema.map((k) => [k.KeyType, k.AttributeName]));
    expect(keysOf(local.KeySchema)).toEqual({ HASH: args.primaryIndex.hashKey, RANGE: args.primaryIndex.rangeKey });
    for (const gsi of local.GlobalSecondaryIndexes) {
      const sst = args.globalIndexes[gsi.IndexName];
      expect(keysOf(gsi.KeySchema)).toEqual({ HASH: sst?.hashKey, RANGE: sst?.rangeKey });
      expect(gsi.Projection.ProjectionType).toBe('ALL');
    }
  });

  it('omits rangeKey when the table or an index has no sort key', () => {
    const args = toSstDynamoArgs({
      partitionKey: 'id',
      attributes: { id: 'string', type: 'string' },
      globalIndexes: { byType: { partitionKey: 'type' } },
    });
    expect(args.primaryIndex).toEqual({ hashKey: 'id' });
    expect(args.globalIndexes.byType).toEqual({ hashKey: 'type', projection: 'all' });
  });

  it('throws when a key is not a declared attribute', () => {
    expect(() => toSstDynamoArgs({ partitionKey: 'pk', sortKey: 'sk', attributes: { pk: 'string' } })).toThrow(
      /sort key "sk" is not in attributes/,
    );
  });

  it('throws when an attribute is used by no key, which DynamoDB would reject at deploy time', () => {
    expect(() => toSstDynamoArgs({ partitionKey: 'pk', attributes: { pk: 'string', name: 'string' } })).toThrow(
      /attributes name are used by no key/,
    );
  });
});
