import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { printSchemaSdl, schema } from './index.ts';

const committed = join(dirname(fileURLToPath(import.meta.url)), '../../../../schema/schema.graphql');

describe('printSchemaSdl', () => {
  it('does equal the committed schema/schema.graphql when the schema has not drifted', async () => {
    const file = await readFile(committed, 'utf8').catch(() => '');
    const printed = printSchemaSdl();
    if (file !== printed) {
      expect.fail(
        'schema/schema.graphql is out of date with the Pothos schema: run `pnpm schema:print` and commit it.',
      );
    }
  });
});

describe('schema', () => {
  it('does describe every type, field and argument when printed', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      const fields =
        'getFields' in type
          ? (type.getFields() as Record<
              string,
              { description?: string | null; args?: { name: string; description?: string | null }[] }
            >)
          : {};
      for (const [name, field] of Object.entries(fields)) {
        if (!field.description) missing.push(`${type.name}.${name}`);
        for (const arg of field.args ?? []) if (!arg.description) missing.push(`${type.name}.${name}(${arg.name})`);
      }
      if ('getValues' in type)
        for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });
});
