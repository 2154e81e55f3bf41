import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { type ApiOptions, createApi, decodeGlobalId, GRAPHQL_PATH } from '@reportgraph/api';
import type { Stack } from '@reportgraph/local';
import { nodeKey } from '@reportgraph/store';
import autocannon from 'autocannon';
import { gql } from './graphql.ts';
import { FANOUT_PREFIX, seedFanOut } from './seed.ts';
import type { ApiFigures, QueryFigures, QueryLoad } from './types.ts';

/**
 * The fixed query set. `$id` is the first synthetic fan-out organization; `nested` is the
 * four-level query organizations → people → events → participants over the fan-out graph.
 */
export const QUERIES = {
  nodeLookup: 'query($id: ID!) { node(id: $id) { id ... on Organization { name kind placeCode aliases } } }',
  listPage:
    '{ organizations(first: 20) { edges { cursor node { id name kind placeCode } } pageInfo { hasNextPage endCursor } } }',
  nested: `{ organizations(first: 5, namePrefix: "${FANOUT_PREFIX}") { edges { node { name people(first: 5) { edges { node { name events(first: 5) { edges { node { title participants(first: 5) { edges { node { name } } } } } } } } } } } } }`,
  nestedOne:
    'query($id: ID!) { node(id: $id) { ... on Organization { name people(first: 5) { edges { node { name events(first: 5) { edges { node { title participants(first: 5) { edges { node { name } } } } } } } } } } } }',
  search:
    '{ search(query: "佛山市", first: 10) { totalCount edges { node { id score matched node { __typename ... on Organization { name } } } } } }',
} as const;

/** Name of a query in {@link QUERIES}. */
export type QueryName = keyof typeof QUERIES;

/** Levels of connections in the nested queries (organizations/node → people → events → participants). */
export const NESTED_LEVELS = 4;

/** The global id of the first synthetic organization. */
async function fanOutRoot(url: string): Promise<string> {
  const { data } = await gql(
    url,
    `{ organizations(first: 1, namePrefix: "${FANOUT_PREFIX}") { edges { node { id } } } }`,
  );
  const edges = (data?.organizations as { edges: { node: { id: string } }[] } | undefined)?.edges ?? [];
  const id = edges[0]?.node.id;
  if (!id) throw new Error('the fan-out graph is missing');
  return id;
}

/** Serves an API over `store` on a free loopback port. */
async function serve(options: ApiOptions): Promise<{ url: string; server: Server }> {
  const server = createServer(createApi({ graphiql: false, logging: false, ...options }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${GRAPHQL_PATH}`, server };
}

/**
 * Seconds of load before each measurement, not counted: the first seconds of a query run JIT
 * compilation and first-use set-up, which would otherwise land on whichever query runs first.
 */
const WARMUP_SEC = 2;

async function load(
  url: string,
  body: string,
  connections: number,
  durationSec: number,
  warmupSec = WARMUP_SEC,
): Promise<Omit<QueryLoad, 'dynamodbRequests' | 'operations'>> {
  const options: autocannon.Options & { warmup?: { connections: number; duration: number } } = {
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body,
    connections,
    duration: durationSec,
    ...(warmupSec > 0 ? { warmup: { connections, duration: warmupSec } } : {}),
    // The load generator gets its own thread, so it does not share the API's event loop.
    workers: 1,
  };
  // autocannon runs `warmup` before the measured run and counts only the latter (its types lack the option).
  const result = await autocannon(options);
  return {
    rps: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

/** Most seconds {@link warmUntilSteady} loads before it gives up waiting for a steady rate. */
const MAX_WARM_SEC = 30;

/**
 * Loads `url` in 2-second runs until two runs in a row agree within 10 %: DynamoDB Local's JVM
 * and the API's V8 compile their hot paths under the first 10–15 s of load, and the query
 * measured first would otherwise pay for both.
 */
async function warmUntilSteady(url: string, body: string, connections: number): Promise<void> {
  let previous = 0;
  for (let spent = 0; spent < MAX_WARM_SEC; spent += 2) {
    const { rps } = await load(url, body, connections, 2, 0);
    if (previous > 0 && Math.abs(rps - previous) <= 0.1 * previous) return;
    previous = rps;
  }
}

async function measureQuery(
  url: string,
  query: string,
  variables: Record<string, unknown> | undefined,
  connections: number,
  durationSec: number,
): Promise<{ load: QueryLoad; depth: number }> {
  const probe = await gql(url, query, variables);
  const cost = probe.extensions?.cost;
  const body = JSON.stringify(variables ? { query, variables } : { query });
  const figures = await load(url, body, connections, durationSec);
  return {
    load: { ...figures, dynamodbRequests: cost?.dynamodbRequests ?? Number.NaN, operations: cost?.operations ?? {} },
    depth: cost?.depth ?? Number.NaN,
  };
}

/**
 * The storage's ceiling for `node(id)`: GetItem of the same item through the SDK, in `connections`
 * concurrent loops for `durationSec`, in this process like the API. Requests per second.
 */
function sdkGetItemLoop(stack: Stack, globalId: string, connections: number) {
  const { typename, id } = decodeGlobalId(globalId);
  const command = new GetCommand({ TableName: stack.tableName, Key: nodeKey({ type: typename, id }) });
  const { doc } = stack.store.ctx;
  return async (seconds: number) => {
    const until = performance.now() + seconds * 1000;
    let done = 0;
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (performance.now() < until) {
          await doc.send(command);
          done++;
        }
      }),
    );
    return done / seconds;
  };
}

/** Rounds of {@link nodeVsSdkRounds}: an odd count, so the median is one round's ratio. */
const RATIO_ROUNDS = 3;

/**
 * `node(id)` through the API against the SDK's GetItem loop, measured in back-to-back pairs and
 * summarised by the median pair. A shared machine's speed drifts by tens of percent within a
 * minute; a ratio of two runs taken a minute apart measured that drift as much as the API.
 */
async function nodeVsSdkRounds(stack: Stack, nodeBody: string, globalId: string, connections: number, seconds: number) {
  const sdkLoop = sdkGetItemLoop(stack, globalId, connections);
  // Warmed up as long as each API query is, so neither side counts its JIT compilation.
  await sdkLoop(WARMUP_SEC);
  const rounds: { apiRps: number; sdkRps: number; ratio: number }[] = [];
  for (let i = 0; i < RATIO_ROUNDS; i++) {
    const { rps: apiRps } = await load(stack.apiUrl, nodeBody, connections, seconds, 1);
    const sdkRps = await sdkLoop(seconds);
    rounds.push({ apiRps, sdkRps, ratio: apiRps / sdkRps });
  }
  const median = [...rounds].sort((a, b) => a.ratio - b.ratio)[(RATIO_ROUNDS - 1) / 2];
  if (!median) throw new Error('no node/SDK rounds ran');
  return median;
}

/**
 * Runs the fixed query set under autocannon against the stack's API (batching on) and against a
 * second API instance on the same table with DataLoader batching off.
 */
export async function benchApi(
  stack: Stack,
  options: { connections?: number; durationSec?: number; log?: (line: string) => void } = {},
): Promise<ApiFigures> {
  const connections = options.connections ?? 10;
  const durationSec = options.durationSec ?? 5;
  await seedFanOut(stack.store);
  const orgId = await fanOutRoot(stack.apiUrl);
  await warmUntilSteady(
    stack.apiUrl,
    JSON.stringify({ query: QUERIES.nodeLookup, variables: { id: orgId } }),
    connections,
  );
  // A second API on the same table with DataLoader batching off: one request per node.
  const unbatched = await serve({ store: stack.store, batching: false });
  const queries: Partial<Record<QueryName, QueryFigures>> = {};
  try {
    for (const [name, query] of Object.entries(QUERIES) as [QueryName, string][]) {
      const variables = query.includes('$id') ? { id: orgId } : undefined;
      options.log?.(`api: ${name} (batching on)`);
      const on = await measureQuery(stack.apiUrl, query, variables, connections, durationSec);
      options.log?.(`api: ${name} (batching off)`);
      const offRun = await measureQuery(unbatched.url, query, variables, connections, durationSec);
      queries[name] = { query, depth: on.depth, batched: on.load, unbatched: offRun.load };
    }
  } finally {
    unbatched.server.closeAllConnections();
    await new Promise((resolve) => unbatched.server.close(resolve));
  }
  options.log?.('api: node(id) and the SDK GetItem loop (its storage ceiling), in pairs');
  const nodeBody = JSON.stringify({ query: QUERIES.nodeLookup, variables: { id: orgId } });
  const pair = await nodeVsSdkRounds(stack, nodeBody, orgId, connections, durationSec);
  const nested = queries.nested;
  if (!nested) throw new Error('nested query did not run');
  const offRequests = nested.unbatched?.dynamodbRequests ?? null;
  return {
    rps: nested.batched.rps,
    p50Ms: nested.batched.p50Ms,
    p99Ms: nested.batched.p99Ms,
    nestedRequests: nested.batched.dynamodbRequests,
    nestedRequestsUnbatched: offRequests,
    nestedDepth: nested.depth,
    nestedLevels: NESTED_LEVELS,
    batchingRatio: offRequests === null ? null : offRequests / nested.batched.dynamodbRequests,
    sdkGetItemRps: pair.sdkRps,
    nodeRpsPaired: pair.apiRps,
    nodeVsSdk: pair.ratio,
    connections,
    durationSec,
    queries: queries as Record<QueryName, QueryFigures>,
  };
}
