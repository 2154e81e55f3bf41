/**
 * Prints the schema SDL to `schema/schema.graphql` at the repository root (sorted, so diffs
 * show real changes). Run with `pnpm schema:print`; a test fails when the file drifts.
 */
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printSchemaSdl } from '../src/schema/index.ts';

const target = join(dirname(fileURLToPath(import.meta.url)), '../../../schema/schema.graphql');
await writeFile(target, printSchemaSdl());
console.log(`wrote ${target}`);
