import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { freePort, SAMPLES_DIR, type Stack, startStack } from '@reportgraph/local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** A real S3 key with a space and Chinese characters: S3 events URL-encode it. */
const KEY = '2025/10/31/佛山 第3版.txt';
const PAGE = '000_70c7d5442b17734e.txt';

interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string }[];
  extensions?: { cost?: { dynamodbRequests: number } };
}

describe('the embedded stack, end to end', () => {
  let stack: Stack;
  let dataDir: string;

  const graphql = async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(stack.apiUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GraphQLResponse<T>;
    expect(body.errors).toBeUndefined();
    return body.data as T;
  };

  /** Polls the API (not the store) until the document reaches a final status. */
  const waitForDocument = async (key: string, want: (status: string | undefined) => boolean) => {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const data = await graphql<{ documents: { edges: { node: { key: string; status: string } }[] } }>(
        '{ documents(first: 100) { edges { node { key status } } } }',
      );
      const status = data.documents.edges.find((e) => e.node.key === key)?.node.status;
      if (want(status)) return status;
      if (Date.now() > deadline) throw new Error(`document ${key} stayed ${status}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  const allOrganizationNames = async () => {
    const names: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: {
        organizations: { edges: { node: { name: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
      } = await graphql(
        `query($after: String) { organizations(first: 100, after: $after) {
          edges { node { name } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      names.push(...page.organizations.edges.map((e) => e.node.name));
      if (!page.organizations.pageInfo.hasNextPage) return names;
      after = page.organizations.pageInfo.endCursor;
    }
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'reportgraph-e2e-'));
    stack = await startStack({
      dataDir,
      inMemory: true,
      apiPort: 0,
      s3Port: await freePort(),
      dynamoPort: await freePort(),
    });
  });

  afterAll(async () => {
    await stack?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('serves an organization → people → events graph when a page is put into the bucket', async () => {
    const body = await readFile(join(SAMPLES_DIR, PAGE));
    await stack.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: KEY, Body: body }));
    expect(await waitForDocument(KEY, (s) => s === 'DONE' || s === 'FAILED')).toBe('DONE');

    const data = await graphql<{
      organizationByName: {
        name: string;
        kind: string;
        place: { name: string } | null;
        people: {
          edges: {
            title: string | null;
            node: { name: string; events: { edges: { part: string | null; node: { title: string } }[] } };
          }[];
        };
        childUnions: { edges: { node: { name: string } }[] };
      } | null;
    }>(`{
      organizationByName(name: "佛山市总工会") {
        name kind place { name }
        people(first: 10) { edges { title node { name events(first: 10) { edges { part node { title } } } } } }
        childUnions(first: 10) { edges { node { name } } }
      }
    }`);
    const org = data.organizationByName;
    expect(org?.kind).toBe('UNION');
    expect(org?.place?.name).toBe('佛山市');
    const lican = org?.people.edges.find((e) => e.node.name === '李灿');
    expect(lican?.title).toBe('主席');
    expect(lican?.node.events.edges.map((e) => e.node.title).join()).toContain('推进会');
    expect(org?.childUnions.edges.map((e) => e.node.name)).toContain('佛山市南海区总工会');
  });

  it('creates no duplicates when the same file is uploaded again', async () => {
    const before = await allOrganizationNames();
    expect(new Set(before).size).toBe(before.length);
    const body = await readFile(join(SAMPLES_DIR, PAGE));
    await stack.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: KEY, Body: body }));
    await stack.idle();
    expect(await waitForDocument(KEY, (s) => s === 'DONE')).toBe('DONE');
    expect(await allOrganizationNames()).toEqual(before);
  });

  it('removes what the file contributed when it is deleted from the bucket', async () => {
    await stack.s3.send(new DeleteObjectCommand({ Bucket: stack.bucket, Key: KEY }));
    await waitForDocument(KEY, (s) => s === undefined);
    expect(await allOrganizationNames()).toEqual([]);
    const data = await graphql<{ organizationByName: unknown }>('{ organizationByName(name: "佛山市总工会") { id } }');
    expect(data.organizationByName).toBeNull();
  });
});
