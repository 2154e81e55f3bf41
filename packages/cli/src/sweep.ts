import { createIngestor, type SweepReport, sweep } from '@reportgraph/ingest';
import { createDocumentClient, GraphStore } from '@reportgraph/store';
import type { Endpoints } from './config.ts';
import { awsClientConfig, createS3 } from './s3.ts';
import { assertBucket } from './upload.ts';

/**
 * The lines a sweep prints: one per repair (what was wrong, the key, what the ingest did), then
 * a summary.
 *
 * @example
 * formatSweepReport({ objects: 3, documents: 4, found: { ghost: 1 }, repairs: [{ key: 'a.txt', finding: 'ghost', status: 'REMOVED' }] })
 * // → 'ghost      a.txt  → REMOVED\nSwept 3 object(s) and 4 document(s): 1 ghost repaired.'
 */
export function formatSweepReport(report: SweepReport): string {
  const lines = report.repairs.map(
    (r) => `${r.finding.padEnd(10)} ${r.key}  → ${r.status}${r.error ? `  ${r.error}` : ''}`,
  );
  const found = Object.entries(report.found).map(([finding, n]) => `${n} ${finding}`);
  lines.push(
    `Swept ${report.objects} object(s) and ${report.documents} document(s): ${found.length ? `${found.join(', ')} repaired` : 'nothing to repair'}.`,
  );
  return lines.join('\n');
}

/**
 * `reportgraph sweep`: compares the documents with the bucket in this process and repairs
 * ghosts, missing documents, stuck PROCESSING records and outage failures (see `sweep` in
 * `@reportgraph/ingest`). Needs S3 and DynamoDB access. Exit code 1 when a repair failed.
 *
 * @example
 * const code = await runSweep(endpoints, (line) => console.log(line));
 */
export async function runSweep(endpoints: Endpoints, print: (text: string) => void): Promise<number> {
  const s3 = createS3(endpoints);
  const doc = createDocumentClient({
    ...awsClientConfig(endpoints),
    ...(endpoints.dynamoEndpoint ? { endpoint: endpoints.dynamoEndpoint } : {}),
  });
  try {
    await assertBucket(s3, endpoints.bucket);
    const store = new GraphStore({ doc, tableName: endpoints.tableName });
    const quiet = () => undefined;
    const ingestor = createIngestor({ s3, store, logger: { info: quiet, warn: quiet, error: quiet } });
    const report = await sweep({ ingestor, store, s3, bucket: endpoints.bucket });
    print(formatSweepReport(report));
    return report.repairs.some((r) => r.status === 'ERROR') ? 1 : 0;
  } finally {
    s3.destroy();
    doc.destroy();
  }
}
