import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { GraphStore } from '@reportgraph/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { gql, type Loose } from './testing/graphql.ts';
import { createTestStore, loadSampleGraph } from './testing/sample-graph.ts';
import { createApi } from './yoga.ts';

const require = createRequire(import.meta.url);
const committedSchema = join(dirname(fileURLToPath(import.meta.url)), '../../../schema/schema.graphql');

let store: GraphStore;

beforeAll(async () => {
  store = await createTestStore();
  await loadSampleGraph(store, { corpus: false });
});

const FRAGMENT = `import { graphql } from 'react-relay';
export const fragment = graphql\`
  fragment OrgPeople_organization on Organization
  @refetchable(queryName: "OrgPeopleRefetchQuery")
  @argumentDefinitions(count: { type: "Int", defaultValue: 2 }, cursor: { type: "String" }) {
    people(last: $count, before: $cursor) @connection(key: "OrgPeople_people") {
      totalCount
      edges { title node { name } }
    }
  }
\`;
`;

describe('relay-compiler', () => {
  it('does compile a backward @connection against the committed schema and its query runs here', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'relay-'));
    await mkdir(join(dir, 'src'));
    await mkdir(join(dir, 'gen'));
    await copyFile(committedSchema, join(dir, 'schema.graphql'));
    await writeFile(join(dir, 'src', 'OrgPeople.js'), FRAGMENT);
    const config = { src: './src', schema: './schema.graphql', language: 'javascript', artifactDirectory: './gen' };
    await writeFile(join(dir, 'relay.config.json'), JSON.stringify(config));
    const cli = require.resolve('relay-compiler/cli.js');
    await promisify(execFile)(process.execPath, [cli], { cwd: dir });
    await writeFile(join(dir, 'package.json'), '{ "type": "module" }');
    const url = pathToFileURL(join(dir, 'gen', 'OrgPeopleRefetchQuery.graphql.js')).href;
    const artifact = ((await import(/* @vite-ignore */ url)) as { default: { params: { text: string } } }).default;
    expect(artifact.params.text).toMatch(/people\(last: \$count, before: \$cursor\)/);

    const api = createApi({ store, logging: false });
    const org = await gql(
      api,
      '{ organizationByName(name: "佛山市总工会") { id people(first: 100) { edges { node { name } } } } }',
    );
    const all = org.data?.organizationByName.people.edges.map((e: Loose) => e.node.name);
    const r = await gql(api, artifact.params.text, { id: org.data?.organizationByName.id, count: 2 });
    expect(r.errors).toBeUndefined();
    expect(r.data?.node.people.edges.map((e: Loose) => e.node.name)).toEqual(all.slice(-2));
    expect(r.data?.node.people.pageInfo.hasPreviousPage).toBe(all.length > 2);
  });
});
