/** A key attribute type, as the store package declares it. */
export type KeyAttributeType = 'string' | 'number' | 'binary';

/**
 * The shape of the store package's single table definition (`packages/store/src/table.ts`):
 * generic key names, the attributes that take part in keys, and the global indexes.
 */
export interface TableDefinition {
  readonly partitionKey: string;
  readonly sortKey?: string;
  readonly attributes: Readonly<Record<string, KeyAttributeType>>;
  readonly globalIndexes?: Readonly<Record<string, { readonly partitionKey: string; readonly sortKey?: string }>>;
}

/** The key-schema part of `sst.aws.Dynamo`'s arguments. */
export interface SstDynamoKeyArgs {
  fields: Record<string, KeyAttributeType>;
  primaryIndex: { hashKey: string; rangeKey?: string };
  globalIndexes: Record<string, { hashKey: string; rangeKey?: string; projection: 'all' }>;
}

/**
 * Maps the store's table definition onto `sst.aws.Dynamo` arguments, so the deployed table,
 * the local DynamoDB and the tests share one key design. Every index projects all attributes,
 * like the local table (`createTableInput`), because the store reads whole items from indexes.
 *
 * Throws when the definition could not deploy: a key that is not a declared attribute, or an
 * attribute no key uses (DynamoDB rejects attribute definitions outside the key schemas, but only
 * at deploy time and with a vaguer message).
 *
 * @example
 * toSstDynamoArgs({ partitionKey: 'pk', sortKey: 'sk', attributes: { pk: 'string', sk: 'string' } })
 * // { fields: { pk: 'string', sk: 'string' }, primaryIndex: { hashKey: 'pk', rangeKey: 'sk' }, globalIndexes: {} }
 */
export function toSstDynamoArgs(def: TableDefinition): SstDynamoKeyArgs {
  const used = new Set<string>();
  const key = (name: string | undefined, where: string): string | undefined => {
    if (name === undefined) return undefined;
    if (!(name in def.attributes)) throw new Error(`Table definition: ${where} key "${name}" is not in attributes.`);
    used.add(name);
    return name;
  };

  const primaryIndex = withRange(key(def.partitionKey, 'partition') ?? def.partitionKey, key(def.sortKey, 'sort'));
  const globalIndexes: SstDynamoKeyArgs['globalIndexes'] = {};
  for (const [name, index] of Object.entries(def.globalIndexes ?? {})) {
    const hashKey = key(index.partitionKey, `${name} partition`) ?? index.partitionKey;
    globalIndexes[name] = { ...withRange(hashKey, key(index.sortKey, `${name} sort`)), projection: 'all' };
  }

  const unused = Object.keys(def.attributes).filter((name) => !used.has(name));
  if (unused.length > 0) throw new Error(`Table definition: attributes ${unused.join(', ')} are used by no key.`);

  return { fields: { ...def.attributes }, primaryIndex, globalIndexes };
}

/** Leaves `rangeKey` out rather than `undefined`, so the args read (and compare) like hand-written ones. */
function withRange(hashKey: string, rangeKey: string | undefined): { hashKey: string; rangeKey?: string } {
  return rangeKey === undefined ? { hashKey } : { hashKey, rangeKey };
}
