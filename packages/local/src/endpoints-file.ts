import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What a running local stack tells its tools: where each service answers, and whether the samples are in. */
export interface LocalEndpoints {
  /** The GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql`. */
  apiUrl: string;
  s3Endpoint: string;
  bucket: string;
  dynamoEndpoint: string;
  tableName: string;
  /** The process running the stack: a file whose process is gone is stale. */
  pid: number;
}

/** The endpoints file of this checkout's `pnpm start`: `.data/endpoints.json` at the repository root. */
export const ENDPOINTS_FILE: string = fileURLToPath(new URL('../../../.data/endpoints.json', import.meta.url));

/**
 * Writes the endpoints file (the stack calls it once its services answer).
 *
 * @example
 * await writeEndpointsFile({ apiUrl: stack.apiUrl, …, pid: process.pid });
 */
export async function writeEndpointsFile(endpoints: LocalEndpoints, file: string = ENDPOINTS_FILE): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(endpoints, null, 2)}\n`);
}

/** Removes the endpoints file (the stack calls it when it stops). */
export async function removeEndpointsFile(file: string = ENDPOINTS_FILE): Promise<void> {
  await rm(file, { force: true });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Reads the endpoints of the running local stack, or undefined when there is none (no file,
 * an unreadable one, or one left by a stack whose process has gone).
 *
 * @example
 * readEndpointsFile()?.apiUrl // → 'http://127.0.0.1:4000/graphql' while `pnpm start` runs
 */
export function readEndpointsFile(file: string = ENDPOINTS_FILE): LocalEndpoints | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const endpoints = JSON.parse(readFileSync(file, 'utf8')) as LocalEndpoints;
    if (typeof endpoints.apiUrl !== 'string' || !Number.isInteger(endpoints.pid)) return undefined;
    return isRunning(endpoints.pid) ? endpoints : undefined;
  } catch {
    return undefined;
  }
}
