import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlUrlOf, LOCAL_ENDPOINTS, resolveEndpoints } from './config.ts';

describe('resolveEndpoints', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'rg-cli-config-'));
    await mkdir(join(root, '.sst'));
    await writeFile(
      join(root, '.sst', 'outputs.json'),
      JSON.stringify({ api: 'https://abc.lambda-url.eu-west-1.on.aws/', bucket: 'prod-reports', table: 'prod-graph' }),
    );
    await writeFile(join(root, '.sst', 'stage'), 'prod\n');
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('does use the local stack when nothing is configured', () => {
    expect(resolveEndpoints({ env: {} })).toEqual(LOCAL_ENDPOINTS);
  });

  it('does let the environment override the defaults when variables are set', () => {
    const endpoints = resolveEndpoints({
      env: { REPORTGRAPH_API_URL: 'http://h:1', S3_ENDPOINT: 'http://s:2', BUCKET_NAME: 'b', API_KEY: 'k' },
    });
    expect(endpoints).toMatchObject({
      apiUrl: 'http://h:1/graphql',
      s3Endpoint: 'http://s:2',
      bucket: 'b',
      apiKey: 'k',
    });
  });

  it('does use the running local stack’s ports when its endpoints file names them', () => {
    const localStack = {
      apiUrl: 'http://127.0.0.1:4100/graphql',
      s3Endpoint: 'http://127.0.0.1:4669',
      bucket: 'reports',
      dynamoEndpoint: 'http://127.0.0.1:8100',
      tableName: 'reportgraph',
      pid: process.pid,
    };
    expect(resolveEndpoints({ env: {}, localStack })).toMatchObject({
      apiUrl: 'http://127.0.0.1:4100/graphql',
      s3Endpoint: 'http://127.0.0.1:4669',
      dynamoEndpoint: 'http://127.0.0.1:8100',
      local: true,
    });
    expect(resolveEndpoints({ env: { REPORTGRAPH_API_URL: 'http://h:1' }, localStack }).apiUrl).toBe(
      'http://h:1/graphql',
    );
  });

  it('does read the SST outputs when a deployed stage is named', () => {
    expect(resolveEndpoints({ stage: 'prod', root, env: {} })).toMatchObject({
      apiUrl: 'https://abc.lambda-url.eu-west-1.on.aws/graphql',
      bucket: 'prod-reports',
      tableName: 'prod-graph',
      s3Endpoint: undefined,
      local: false,
    });
  });

  it('does refuse outputs of another stage when the stage differs', () => {
    expect(() => resolveEndpoints({ stage: 'dev', root, env: {} })).toThrow(/is for stage "prod"/);
  });

  it('does explain how to deploy when there are no outputs', () => {
    expect(() => resolveEndpoints({ stage: 'prod', root: tmpdir(), env: {} })).toThrow(/sst deploy --stage prod/);
  });
});

describe('graphqlUrlOf', () => {
  it('does append /graphql when the URL is a bare function URL', () => {
    expect(graphqlUrlOf('https://x.on.aws/')).toBe('https://x.on.aws/graphql');
    expect(graphqlUrlOf('http://127.0.0.1:4000/graphql')).toBe('http://127.0.0.1:4000/graphql');
  });
});
