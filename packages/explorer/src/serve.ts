import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Absolute path of the built explorer (`packages/explorer/dist`). A bundled Lambda has no
 * package folder: there `EXPLORER_DIR` (relative to the working directory) names where the
 * files were copied.
 */
export const explorerDir: string = process.env.EXPLORER_DIR
  ? resolve(process.env.EXPLORER_DIR)
  : fileURLToPath(new URL('../dist', import.meta.url));

/** Content types of the files a Vite build emits. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Paths the explorer never answers: the API's. */
const API_PATHS = /^\/graphql(\/|$)/;

async function fileAt(path: string): Promise<Buffer | undefined> {
  const info = await stat(path).catch(() => undefined);
  return info?.isFile() ? readFile(path) : undefined;
}

/**
 * Serves the built explorer: GET/HEAD of `/` and of the files in `dir`, with content types;
 * hashed assets are cached for a year, `index.html` is revalidated. A path without an
 * extension that names no file gets `index.html` (the page routes by hash, so this only
 * catches typed URLs). Returns undefined for everything else (`/graphql`, other methods,
 * missing assets) so the caller passes the request on.
 *
 * @example
 * const response = (await serveExplorer(request)) ?? (await yoga.fetch(request));
 */
export async function serveExplorer(request: Request, dir: string = explorerDir): Promise<Response | undefined> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
  const { pathname } = new URL(request.url);
  if (API_PATHS.test(pathname)) return undefined;
  let relative: string;
  try {
    relative = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (relative.includes('\0')) return undefined;
  const root = resolve(dir);
  const target = normalize(join(root, relative === '/' ? 'index.html' : relative));
  if (target !== root && !target.startsWith(root + sep)) return undefined;

  let path = target;
  let body = await fileAt(path);
  if (!body && extname(relative) === '') {
    path = join(root, 'index.html');
    body = await fileAt(path);
    if (!body && relative === '/')
      return new Response('The explorer is not built: run "pnpm --filter @reportgraph/explorer build".\n', {
        status: 503,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      });
  }
  if (!body) return undefined;
  const hashed = relative.startsWith('/assets/');
  const headers = {
    'content-type': CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
    'content-length': String(body.length),
    'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
  };
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}

/** The Fetch `Request` of a node:http request without a body (GET/HEAD). */
function toRequest(req: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  return new Request(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`, { method: req.method, headers });
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    res.setHeader(name, value);
  });
  res.end(response.body ? Buffer.from(await response.arrayBuffer()) : undefined);
}

/**
 * Wraps a node:http request listener (yoga) so GET/HEAD requests for the explorer are served
 * from `dir` and everything else goes to `next`.
 *
 * @example
 * const server = createServer(withExplorer(yoga));
 */
export function withExplorer(next: RequestListener, dir: string = explorerDir): RequestListener {
  return (req, res) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(req.url ?? '/')) {
      next(req, res);
      return;
    }
    serveExplorer(toRequest(req), dir)
      .then((response) => (response ? send(res, response) : next(req, res)))
      .catch(() => {
        if (!res.headersSent) next(req, res);
      });
  };
}
