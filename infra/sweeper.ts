import { HANDLERS } from './handlers.ts';
import { ingestCode } from './ingest.ts';

/** How often the sweeper compares the documents with the bucket. */
export const SWEEP_SCHEDULE = 'rate(1 hour)';

/**
 * The sweeper: on a schedule, compares the documents with the bucket and repairs ghosts
 * (documents whose object is gone), missing documents (lost events), stuck PROCESSING records and
 * outage failures, through the ingest code (its lease and checks), and logs what it repaired.
 */
export const sweeper = new sst.aws.Cron('IngestSweeper', {
  schedule: SWEEP_SCHEDULE,
  function: {
    ...ingestCode,
    handler: HANDLERS.sweeper,
    description: 'Repairs documents that disagree with the bucket (ghosts, missing, stuck)',
    memory: '1024 MB',
    timeout: '15 minutes',
    environment: { ...ingestCode.environment, SWEEP_STUCK_AFTER_MINUTES: '15' },
  },
});
