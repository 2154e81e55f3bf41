import { GraphStore } from '@reportgraph/store';
import { createS3Client, logger } from './handler.ts';
import { createIngestor } from './ingest.ts';
import { type SweepReport, sweep } from './sweep.ts';

/**
 * The scheduled sweeper Lambda: compares the documents with the bucket (`BUCKET_NAME`) and
 * repairs ghosts, missing documents, stuck PROCESSING records and outage failures; logs and
 * returns what it repaired. `SWEEP_STUCK_AFTER_MINUTES` (default 15) says when PROCESSING is stuck.
 *
 * @example
 * // sst: new sst.aws.Cron('IngestSweeper', { schedule: 'rate(1 hour)', function: { handler: 'packages/ingest/src/sweep-handler.handler' } })
 * const report = await handler();
 */
export const handler = async (): Promise<SweepReport> => {
  const bucket = process.env.BUCKET_NAME ?? 'reports';
  const store = GraphStore.fromEnv();
  const s3 = createS3Client();
  const ingestor = createIngestor({
    s3,
    store,
    logger: {
      info: (message, attributes) => logger.info(message, attributes ?? {}),
      warn: (message, attributes) => logger.warn(message, attributes ?? {}),
      error: (message, attributes) => logger.error(message, attributes ?? {}),
    },
  });
  const stuckAfterMs = Number(process.env.SWEEP_STUCK_AFTER_MINUTES ?? 15) * 60_000;
  const report = await sweep({ ingestor, store, s3, bucket, stuckAfterMs });
  logger.info('Sweep done', { objects: report.objects, documents: report.documents, found: report.found });
  for (const repair of report.repairs) logger.info('Swept', { ...repair });
  return report;
};
