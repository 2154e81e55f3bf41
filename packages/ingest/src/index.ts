export { ObjectChangedError } from './converge.ts';
export {
  compareSequencers,
  decodeS3Key,
  EventParseError,
  type IngestRecord,
  isRemoval,
  isS3TestEvent,
  isSqsEvent,
  parseS3Event,
  parseSqsRecord,
} from './events.ts';
export { type FetchedObject, ObjectReadError } from './fetch.ts';
export { createS3Client, defaultIngestor, handler } from './handler.ts';
export {
  createIngestor,
  DEFAULT_EXTRACT_BUDGET_MS,
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_TEXT_CHARS,
  IngestBatchError,
  type IngestLogger,
  type IngestOutcome,
  type Ingestor,
  type IngestorOptions,
  type ProcessOptions,
} from './ingest.ts';
export { LeaseBusyError } from './lease.ts';
export { dateInText, publishedDateOf } from './published.ts';
export { listObjectKeys, type ReprocessOptions, type ReprocessSummary, reprocessAll } from './reprocess.ts';
export {
  type SweepFinding,
  type SweepOptions,
  type SweepRepair,
  type SweepReport,
  sweep,
} from './sweep.ts';
