import { createRequire } from 'node:module';
import { builder } from '../builder.ts';
import './connection.ts';
import './document.ts';
import './article.ts';
import './organization.ts';
import './person.ts';
import './event.ts';
import './metric.ts';
import './place.ts';
import './aggregates.ts';
import './search.ts';
import './upload.ts';

/**
 * The executable GraphQL schema of the report graph.
 *
 * @example
 * import { schema } from './schema/index.ts';
 * await graphql({ schema, source: '{ __typename }', contextValue });
 */
// Sorted: GraphiQL's docs list the types in schema order, and analysts scan them alphabetically
// (an unsorted schema would save a cold start only about 5 ms).
export const schema = builder.toSchema();

/**
 * The schema as SDL in a stable (sorted) order, as committed in `schema/schema.graphql`.
 *
 * @example
 * await writeFile('schema/schema.graphql', printSchemaSdl());
 */
export function printSchemaSdl(): string {
  // Print with the graphql module the schema was built with (Pothos loads it through Node's
  // resolution); under vitest a static import here could bind the other (ESM) copy.
  const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');
  return `${graphql.printSchema(graphql.lexicographicSortSchema(schema))}\n`;
}
