import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { encodeGlobalId } from '@reportgraph/api';
import { extract } from '@reportgraph/extract';
import { LOCAL_CREDENTIALS, LOCAL_REGION, type Stack } from '@reportgraph/local';
import { nodeKey } from '@reportgraph/store';
import { QUERIES } from './api.ts';
import { loadCorpusPages } from './extract.ts';
import { gql } from './graphql.ts';
import { recombinedPage } from './recombine.ts';
import { median } from './stats.ts';

/** The organization most pages mention: the hub whose size and read cost must stay flat. */
export const HUB_NAME = '中华全国总工会';

/** Figures after one batch of a scale run. */
export interface ScaleStep {
  pages: number;
  /** Items and bytes in the table, as DynamoDB Local describes it. */
  items: number;
  bytes: number;
  itemsPerPage: number;
  /** The hub node's item: bytes as stored and read units of one strongly consistent GetItem. */
  hubItemBytes: number | null;
  hubReadUnits: number | null;
  /** p50 ms of each query over HTTP (node is the hub, nested starts at the hub). */
  p50Ms: Record<'node' | 'list' | 'nested' | 'search', number>;
  /** Exact names searched, and the share found among the hits of their own search. */
  namesSearched: number;
  exactNameRecall: number;
}

/** The scale run: one step per batch. */
export interface ScaleFigures {
  batch: number;
  steps: ScaleStep[];
}

const SEARCH_QUERY =
  'query($q: String!) { search(query: $q, first: 10) { edges { node { node { __typename ... on Organization { name } ... on Person { name } } } } } }';
const QUERY_RUNS = 15;
const UPLOADS_AT_ONCE = 8;
const NAMES_PER_STEP = 100;

async function timedP50(url: string, query: string, variables?: Record<string, unknown>): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < QUERY_RUNS; i++) {
    const t0 = performance.now();
    await gql(url, query, variables);
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

/** Uploads pages [from, to) a few at a time and waits until the stack has ingested them. */
async function uploadBatch(stack: Stack, run: string, pages: readonly string[], from: number, to: number) {
  for (let i = from; i < to; i += UPLOADS_AT_ONCE) {
    const keys = Array.from({ length: Math.min(UPLOADS_AT_ONCE, to - i) }, (_, k) => i + k);
    await Promise.all(
      keys.map((n) =>
        stack.s3.send(
          new PutObjectCommand({
            Bucket: stack.bucket,
            Key: `scale/${run}/p-${n}.txt`,
            Body: pages[n],
            ContentType: 'text/plain; charset=utf-8',
          }),
        ),
      ),
    );
    await stack.idle();
  }
}

/** Of `names`, the share that its own search returns among its first ten hits. */
async function exactRecall(url: string, names: readonly string[]): Promise<number> {
  let found = 0;
  for (const name of names) {
    const { data } = await gql(url, SEARCH_QUERY, { q: name });
    const edges = (data?.search as { edges: { node: { node: { name?: string } } }[] } | undefined)?.edges ?? [];
    if (edges.some((e) => e.node.node.name === name)) found++;
  }
  return names.length === 0 ? Number.NaN : found / names.length;
}

/** A spread of names from the pages so far: every k-th, at most `count`. */
function sampleNames(names: ReadonlySet<string>, count: number): string[] {
  const list = [...names].sort();
  const step = Math.max(1, Math.floor(list.length / count));
  return list.filter((_, i) => i % step === 0).slice(0, count);
}

async function hubItem(stack: Stack, hubId: string | undefined) {
  if (!hubId) return { bytes: null, units: null };
  const out = await stack.store.ctx.doc.send(
    new GetCommand({
      TableName: stack.tableName,
      Key: nodeKey({ type: 'Organization', id: hubId }),
      ConsistentRead: true,
      ReturnConsumedCapacity: 'TOTAL',
    }),
  );
  return {
    // Sets (docs, adjacency) as arrays, so their entries count; about the item's stored size.
    bytes: out.Item ? Buffer.byteLength(JSON.stringify(out.Item, (_, v) => (v instanceof Set ? [...v] : v))) : null,
    units: out.ConsumedCapacity?.CapacityUnits ?? null,
  };
}

/**
 * Ingests `total` recombined pages into the stack in batches and, after each batch, reports the
 * table's items and bytes, the hub node's size and read cost, query p50s and the recall of exact
 * names in search.
 *
 * @example
 * const { steps } = await benchScale(stack, { total: 300, batch: 100 });
 */
export async function benchScale(
  stack: Stack,
  options: { total: number; batch: number; log?: (line: string) => void },
): Promise<ScaleFigures> {
  const sources = (await loadCorpusPages()).map((p) => p.text);
  const pages = Array.from({ length: options.total }, (_, i) => recombinedPage(sources, i));
  const run = Date.now().toString(36);
  const ddb = new DynamoDBClient({
    endpoint: stack.dynamoEndpoint,
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
  });
  const names = new Set<string>();
  let hubId: string | undefined;
  const steps: ScaleStep[] = [];
  try {
    for (let from = 0; from < pages.length; from += options.batch) {
      const to = Math.min(pages.length, from + options.batch);
      options.log?.(`scale: pages ${from + 1}–${to} …`);
      await uploadBatch(stack, run, pages, from, to);
      for (const page of pages.slice(from, to)) {
        const result = extract(page);
        for (const e of [...result.organizations, ...result.people]) names.add(e.name);
        hubId ??= result.organizations.find((o) => o.name === HUB_NAME)?.id;
      }
      steps.push(await measureStep(stack, ddb, to, hubId, names));
    }
  } finally {
    ddb.destroy();
  }
  return { batch: options.batch, steps };
}

async function measureStep(
  stack: Stack,
  ddb: DynamoDBClient,
  pages: number,
  hubId: string | undefined,
  names: ReadonlySet<string>,
): Promise<ScaleStep> {
  const table = (await ddb.send(new DescribeTableCommand({ TableName: stack.tableName }))).Table;
  const hub = await hubItem(stack, hubId);
  const hubGlobal = hubId ? { id: encodeGlobalId('Organization', hubId) } : undefined;
  const sample = sampleNames(names, NAMES_PER_STEP);
  return {
    pages,
    items: table?.ItemCount ?? Number.NaN,
    bytes: table?.TableSizeBytes ?? Number.NaN,
    itemsPerPage: (table?.ItemCount ?? Number.NaN) / pages,
    hubItemBytes: hub.bytes,
    hubReadUnits: hub.units,
    p50Ms: {
      node: hubGlobal ? await timedP50(stack.apiUrl, QUERIES.nodeLookup, hubGlobal) : Number.NaN,
      list: await timedP50(stack.apiUrl, QUERIES.listPage),
      nested: hubGlobal ? await timedP50(stack.apiUrl, QUERIES.nestedOne, hubGlobal) : Number.NaN,
      search: await timedP50(stack.apiUrl, SEARCH_QUERY, { q: '总工会' }),
    },
    namesSearched: sample.length,
    exactNameRecall: await exactRecall(stack.apiUrl, sample),
  };
}
