import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LocalEndpoints } from '@reportgraph/local/endpoints-file';
import { CliError } from './errors.ts';

/** Where the CLI sends its requests. */
export interface Endpoints {
  /** The GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql`. */
  apiUrl: string;
  /** Sent as `x-api-key` when set. */
  apiKey?: string;
  /** S3 endpoint; undefined means AWS itself. */
  s3Endpoint?: string;
  bucket: string;
  /** DynamoDB endpoint for `reprocess`; undefined means AWS itself. */
  dynamoEndpoint?: string;
  tableName: string;
  /** Region for the AWS clients. */
  region: string;
  /** True for the local stack (s3rver, DynamoDB Local): fixed credentials, path-style URLs. */
  local: boolean;
}

/** The local stack started by `pnpm start`. */
export const LOCAL_ENDPOINTS: Endpoints = {
  apiUrl: 'http://127.0.0.1:4000/graphql',
  s3Endpoint: 'http://127.0.0.1:4569',
  bucket: 'reports',
  dynamoEndpoint: 'http://127.0.0.1:8000',
  tableName: 'reportgraph',
  region: 'us-east-1',
  local: true,
};

/** The outputs `sst deploy` writes to `.sst/outputs.json` (see sst.config.ts). */
interface SstOutputs {
  api?: string;
  bucket?: string;
  table?: string;
}

/**
 * The GraphQL URL of an API base URL: a function URL (`https://x.lambda-url…/`) gets `/graphql`.
 *
 * @example
 * graphqlUrlOf('https://abc.lambda-url.eu-west-1.on.aws/') // → 'https://abc.lambda-url.eu-west-1.on.aws/graphql'
 * graphqlUrlOf('http://127.0.0.1:4000/graphql')            // unchanged
 */
export function graphqlUrlOf(base: string): string {
  const url = new URL(base);
  if (!url.pathname.endsWith('/graphql')) url.pathname = `${url.pathname.replace(/\/+$/, '')}/graphql`;
  return url.toString();
}

/**
 * Reads the endpoints of a deployed stage from `.sst/outputs.json` (written by `sst deploy`).
 * SST keeps one outputs file: when `.sst/stage` names another stage, that is an error rather
 * than a silent mix-up.
 */
export function readSstOutputs(stage: string, root = process.cwd()): Partial<Endpoints> {
  const file = join(root, '.sst', 'outputs.json');
  if (!existsSync(file)) throw new CliError(`No ${file}: deploy with "pnpm sst deploy --stage ${stage}" first.`);
  const stageFile = join(root, '.sst', 'stage');
  const deployed = existsSync(stageFile) ? readFileSync(stageFile, 'utf8').trim() : undefined;
  if (deployed && deployed !== stage)
    throw new CliError(`.sst/outputs.json is for stage "${deployed}", not "${stage}": deploy "${stage}" first.`);
  let outputs: SstOutputs;
  try {
    outputs = JSON.parse(readFileSync(file, 'utf8')) as SstOutputs;
  } catch {
    throw new CliError(`${file} is not valid JSON.`);
  }
  return {
    ...(outputs.api ? { apiUrl: graphqlUrlOf(outputs.api) } : {}),
    ...(outputs.bucket ? { bucket: outputs.bucket } : {}),
    ...(outputs.table ? { tableName: outputs.table } : {}),
    s3Endpoint: undefined,
    dynamoEndpoint: undefined,
    local: false,
  };
}

/** The repository this CLI belongs to (where `pnpm start` and `sst deploy` write their files). */
export const REPO_ROOT: string = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * The folder whose `.sst/outputs.json` names the deployed stages: the nearest one at or above
 * `cwd` that has it, else the CLI's own repository.
 *
 * @example
 * sstRoot('/work/reportgraph/packages/cli') // → '/work/reportgraph'
 */
export function sstRoot(cwd: string): string {
  for (let dir = cwd; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.sst', 'outputs.json'))) return dir;
    if (dirname(dir) === dir) return REPO_ROOT;
  }
}

/** The endpoints a running local stack wrote to its endpoints file. */
function localStackEndpoints(local: LocalEndpoints): Partial<Endpoints> {
  return {
    apiUrl: local.apiUrl,
    s3Endpoint: local.s3Endpoint,
    bucket: local.bucket,
    dynamoEndpoint: local.dynamoEndpoint,
    tableName: local.tableName,
  };
}

/**
 * Resolves the endpoints: local stack defaults, then the endpoints file of a running `pnpm
 * start` (its real ports), then `--stage` outputs, then the environment (`REPORTGRAPH_API_URL`,
 * `S3_ENDPOINT`, `BUCKET_NAME`, `API_KEY`, `DYNAMODB_ENDPOINT`, `TABLE_NAME`, `AWS_REGION`),
 * each overriding the one before.
 *
 * @example
 * resolveEndpoints({ env: { BUCKET_NAME: 'pages' } }).bucket // → 'pages'
 * resolveEndpoints({ stage: 'prod' }).apiUrl                 // from .sst/outputs.json
 * resolveEndpoints({ localStack: readEndpointsFile() }).apiUrl // the running stack's port
 */
export function resolveEndpoints(
  options: { stage?: string; env?: NodeJS.ProcessEnv; root?: string; localStack?: LocalEndpoints } = {},
): Endpoints {
  const env = options.env ?? process.env;
  const local: Endpoints = {
    ...LOCAL_ENDPOINTS,
    ...(options.localStack ? localStackEndpoints(options.localStack) : {}),
  };
  const base: Endpoints = options.stage ? { ...local, ...readSstOutputs(options.stage, options.root) } : local;
  const pick = (name: string) => (env[name] ? env[name] : undefined);
  const apiUrl = pick('REPORTGRAPH_API_URL');
  const s3Endpoint = pick('S3_ENDPOINT');
  const dynamoEndpoint = pick('DYNAMODB_ENDPOINT');
  const apiKey = pick('API_KEY');
  return {
    ...base,
    ...(apiUrl ? { apiUrl: graphqlUrlOf(apiUrl) } : {}),
    ...(s3Endpoint ? { s3Endpoint } : {}),
    ...(dynamoEndpoint ? { dynamoEndpoint } : {}),
    ...(apiKey ? { apiKey } : {}),
    bucket: pick('BUCKET_NAME') ?? base.bucket,
    tableName: pick('TABLE_NAME') ?? base.tableName,
    region: pick('AWS_REGION') ?? pick('AWS_DEFAULT_REGION') ?? base.region,
  };
}
