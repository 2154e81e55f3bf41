import type { DocumentStatus } from './args.ts';
import { type Connection, type GraphqlClient, paginate } from './graphql-client.ts';
import { formatTable } from './table.ts';

/** A document as the `documents` command lists it. */
export interface DocumentRow {
  id: string;
  key: string;
  status: DocumentStatus | null;
  error: string | null;
  format: string | null;
  publishedDate: string | null;
  updatedAt: string | null;
  counts: { articles: number; organizations: number; people: number; events: number; metrics: number } | null;
}

/** The fields of a document the CLI reads. */
export const DOCUMENT_FIELDS = `id key status error format publishedDate updatedAt
  counts { articles organizations people events metrics }`;

const DOCUMENTS_QUERY = `query Documents($after: String, $status: DocumentStatus) {
  documents(first: 100, after: $after, status: $status) {
    edges { node { ${DOCUMENT_FIELDS} } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/**
 * Lists documents through GraphQL `documents`, every page (or up to `limit`), optionally of one
 * status (then most recently updated first).
 *
 * @example
 * const failed = await listDocuments(client, { status: 'FAILED' });
 */
export async function listDocuments(
  client: GraphqlClient,
  options: { status?: DocumentStatus; limit?: number; onPage?: (rows: number) => void } = {},
): Promise<DocumentRow[]> {
  const rows: DocumentRow[] = [];
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const pages = paginate<{ documents: Connection<{ node: DocumentRow }> }, { node: DocumentRow }>(
    client,
    DOCUMENTS_QUERY,
    { status: options.status ?? null },
    (data) => data.documents,
  );
  for await (const { node } of pages) {
    rows.push(node);
    if (rows.length % 100 === 0) options.onPage?.(rows.length);
    if (rows.length >= limit) break;
  }
  return rows;
}

/**
 * Formats documents as a table: key, status, the counts (articles, organizations, people,
 * events, metrics) and the error of failed files, with a summary line by status.
 *
 * @example
 * console.log(formatDocuments(await listDocuments(client)));
 */
export function formatDocuments(rows: readonly DocumentRow[]): string {
  if (rows.length === 0) return 'No documents.';
  const headers = ['key', 'status', 'published', 'articles', 'orgs', 'people', 'events', 'metrics', 'error'];
  const count = (n: number | undefined) => (n === undefined ? '' : String(n));
  const table = formatTable(
    headers,
    rows.map((d) => [
      d.key,
      d.status ?? '',
      d.publishedDate ?? '',
      count(d.counts?.articles),
      count(d.counts?.organizations),
      count(d.counts?.people),
      count(d.counts?.events),
      count(d.counts?.metrics),
      d.error ?? '',
    ]),
    { alignRight: [3, 4, 5, 6, 7] },
  );
  const byStatus = new Map<string, number>();
  for (const d of rows) byStatus.set(d.status ?? 'UNKNOWN', (byStatus.get(d.status ?? 'UNKNOWN') ?? 0) + 1);
  const summary = [...byStatus].map(([status, n]) => `${n} ${status}`).join(', ');
  return `${table}\n\n${rows.length} document${rows.length === 1 ? '' : 's'}: ${summary}`;
}

/** Statuses a document stays in once processing is over. */
const FINAL: ReadonlySet<string> = new Set(['DONE', 'FAILED']);

/**
 * Polls `documents` until every key has a document in a final status (DONE or FAILED), or
 * until the timeout; returns the documents of those keys as last seen.
 *
 * @example
 * const rows = await waitForDocuments(client, ['2025/10/31/p1.txt'], { timeoutMs: 60_000 });
 */
export async function waitForDocuments(
  client: GraphqlClient,
  keys: readonly string[],
  options: { timeoutMs?: number; intervalMs?: number; onPoll?: (done: number, total: number) => void } = {},
): Promise<DocumentRow[]> {
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  const wanted = new Set(keys);
  for (;;) {
    const rows = (await listDocuments(client)).filter((d) => wanted.has(d.key));
    const done = rows.filter((d) => FINAL.has(d.status ?? ''));
    options.onPoll?.(done.length, wanted.size);
    if (done.length === wanted.size || Date.now() > deadline) return rows;
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 1000));
  }
}
