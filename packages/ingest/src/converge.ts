import { createHash, randomUUID } from 'node:crypto';
import { type DocumentRecord, documentIdFor, LeaseLostError } from '@reportgraph/store';
import { errorMessage, type IngestContext, type IngestOutcome, type ProcessOptions } from './context.ts';
import { compareSequencers, type IngestRecord, isRemoval } from './events.ts';
import { type FetchedObject, fetchObject, headObject } from './fetch.ts';
import { withLease } from './lease.ts';
import { publishedDateOf } from './published.ts';
import { isRejection, type PageReader, readPage } from './read-page.ts';

/**
 * Raised when an object kept changing while it was being ingested (three times in a row).
 * Retryable: the next delivery reads it again.
 */
export class ObjectChangedError extends Error {
  override readonly name = 'ObjectChangedError';
}

/** How many times one run reads the object again when it changed before the write committed. */
const ROUNDS = 3;

/** One run over one record: what every step below shares. */
interface Run {
  ctx: IngestContext;
  documentId: string;
  record: IngestRecord;
  owner: string;
  force: boolean;
  /** Set once this run has written graph items (so a give-up withdraws them). */
  graphTouched: boolean;
  /** Milliseconds per stage of the current round (fetch, decode, extract, write). */
  timings: Record<string, number>;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const acted = (record: IngestRecord) =>
  isRemoval(record) || record.eventName.startsWith('ObjectCreated') || record.eventName.startsWith('Reprocess');

/**
 * Processes one object event: makes the document agree with what the bucket holds for the key
 * *now*, under the document's lease, so any interleaving of uploads, deletes and workers ends as
 * a serial run would. Resolves with what happened (bad input is a resolved FAILED outcome);
 * rejects for failures a retry can fix, except on the last try, where the document is marked
 * FAILED with the reason and a partly written graph is withdrawn.
 *
 * @example
 * await processRecord(ctx, { bucket: 'reports', key: 'p1.txt', eventName: 'ObjectCreated:Put' }, {});
 */
export async function processRecord(
  ctx: IngestContext,
  record: IngestRecord,
  options: ProcessOptions,
): Promise<IngestOutcome> {
  const documentId = documentIdFor(record.bucket, record.key);
  if (!acted(record)) {
    return { status: 'IGNORED', documentId, key: record.key, why: `Event ${record.eventName} is not acted on.` };
  }
  const owner = options.leaseOwner ?? randomUUID();
  const run: Run = { ctx, documentId, record, owner, force: options.force ?? false, graphTouched: false, timings: {} };
  const policy = { owner, ttlMs: ctx.leaseTtlMs, waitMs: ctx.leaseWaitMs };
  return withLease(
    ctx.store,
    documentId,
    policy,
    async () => {
      try {
        return await converge(run);
      } catch (error) {
        if (!options.lastAttempt || error instanceof LeaseLostError) throw error;
        return giveUp(run, error);
      }
    },
    (error) => ctx.logger.warn('Could not release the lease', { documentId, error: errorMessage(error) }),
  );
}

/** An event older than the last one applied to the document carries nothing new. */
function isStale(record: IngestRecord, previous: DocumentRecord | undefined): boolean {
  if (!record.sequencer || !previous?.sequencer) return false;
  return compareSequencers(record.sequencer, previous.sequencer) < 0;
}

/** Reads the key's state and applies it; reads again when the object changed before the commit. */
async function converge(run: Run): Promise<IngestOutcome> {
  const { ctx, record, documentId } = run;
  const { bucket, key } = record;
  for (let round = 0; round < ROUNDS; round++) {
    const previous = await ctx.store.getDocument(documentId);
    if (round === 0 && !run.force && isStale(record, previous)) {
      ctx.logger.info('Stale event: a newer one on this key was applied', { documentId, key });
      return { status: 'IGNORED', documentId, key, why: 'A newer event on this key was applied.' };
    }
    if (isRemoval(record) && round === 0 && !(await headObject(ctx.s3, bucket, key))) {
      return removeDocument(run);
    }
    const t0 = performance.now();
    const object = await fetchObject(ctx.s3, bucket, key, {
      ...ctx.fetch,
      onRetry: (attempt) => ctx.logger.warn('Retrying S3 read', { bucket, key, attempt }),
    });
    run.timings = { fetchMs: Math.round(performance.now() - t0) };
    if (!object) {
      ctx.logger.info('Object no longer exists; removing its document', { documentId, bucket, key });
      return removeDocument(run);
    }
    const outcome = await ingestObject(run, object, previous);
    if (outcome?.status === 'UNCHANGED' && isRemoval(record)) {
      ctx.logger.info('Stale removal: the object exists again; ignoring', { documentId, key });
      return { status: 'IGNORED', documentId, key, why: 'The object exists again.' };
    }
    if (outcome) return outcome;
    ctx.logger.info('The object changed while it was read; reading it again', { documentId, key, round });
  }
  throw new ObjectChangedError(`s3://${bucket}/${key} kept changing while it was ingested.`);
}

/** Withdraws a document's contribution, then its record. */
async function removeDocument(run: Run): Promise<IngestOutcome> {
  const { ctx, documentId, record } = run;
  // Graph first, record last: a crash in between leaves the record, so a retry finds it again.
  run.graphTouched = true;
  await ctx.store.removeDocumentGraph(documentId);
  await ctx.store.deleteDocument(documentId, { leaseOwner: run.owner });
  ctx.logger.info('Document removed', { documentId, bucket: record.bucket, key: record.key });
  return { status: 'REMOVED', documentId, key: record.key };
}

/** Same bytes read by the same extractor, and DONE: a re-delivery. */
function isCurrent(ctx: IngestContext, previous: DocumentRecord | undefined, checksum: string): boolean {
  return (
    previous?.status === 'DONE' && previous.checksum === checksum && previous.extractorVersion === ctx.extractorVersion
  );
}

/** The PROCESSING record of a run over `object`. */
function processingRecord(
  run: Run,
  object: FetchedObject,
  previous: DocumentRecord | undefined,
  checksum: string | undefined,
): DocumentRecord {
  const { ctx, record, documentId } = run;
  const publishedDate = publishedDateOf(record.key, object.metadata);
  const startedAt = ctx.now().toISOString();
  const sequencer = isStale(record, previous) ? previous?.sequencer : (record.sequencer ?? previous?.sequencer);
  return {
    id: documentId,
    bucket: record.bucket,
    key: record.key,
    status: 'PROCESSING',
    size: object.size,
    extractorVersion: ctx.extractorVersion,
    createdAt: previous?.createdAt ?? startedAt,
    updatedAt: startedAt,
    ...(checksum ? { checksum } : {}),
    ...(object.contentType ? { contentType: object.contentType } : {}),
    ...(publishedDate ? { publishedDate } : {}),
    ...(object.etag ? { etag: object.etag } : {}),
    ...(object.lastModified ? { lastModified: object.lastModified } : {}),
    ...(sequencer ? { sequencer } : {}),
  };
}

/**
 * (unchanged? skip) → PROCESSING record (while the page is read) → write the graph → the object
 * is still the one read? → DONE (or FAILED for bad input). Undefined when the object changed before the commit.
 */
async function ingestObject(
  run: Run,
  object: FetchedObject,
  previous: DocumentRecord | undefined,
): Promise<IngestOutcome | undefined> {
  const { ctx, documentId, record } = run;
  const { bucket, key } = record;
  const checksum = object.bytes ? sha256(object.bytes) : undefined;
  if (!run.force && checksum && isCurrent(ctx, previous, checksum)) {
    ctx.logger.info('Unchanged object; skipping', { documentId, bucket, key, checksum });
    return { status: 'UNCHANGED', documentId, key };
  }
  const base = processingRecord(run, object, previous, checksum);
  // The PROCESSING record and the reads the graph write needs go out before extraction, so their
  // round trips overlap it; the record is awaited before anything is written after it.
  const processing = ctx.store.putDocument(base, { leaseOwner: run.owner });
  processing.catch(() => undefined);
  const prior = ctx.store.readPriorGraph(documentId);
  // Extraction is synchronous: let the requests get onto the wire before it holds the event loop.
  await new Promise((resolve) => setImmediate(resolve));
  const reader: PageReader = {
    ...ctx.reader,
    onSlowExtract: (extractMs, chars) =>
      ctx.logger.warn('Extraction over budget', { documentId, key, extractMs, chars }),
  };
  let page: Awaited<ReturnType<typeof readPage>>;
  try {
    page = await readPage(
      object,
      key,
      base.publishedDate ? { publishedDate: base.publishedDate } : {},
      reader,
      documentId,
    );
  } catch (error) {
    await processing;
    if (!isRejection(error)) throw error;
    return rejectDocument(run, base, error.reason, error.message);
  }
  await processing;
  const timings = Object.assign(run.timings, page.timings);
  const t3 = performance.now();
  try {
    run.graphTouched = true;
    await ctx.store.writeDocumentGraph(documentId, page.result, prior);
  } catch (error) {
    // DynamoDB refusing an item (size, key length) is not transient; anything else is retried.
    if ((error as Error).name !== 'ValidationException') throw error;
    return rejectDocument(run, base, 'unstorable', `The page could not be stored: ${errorMessage(error)}`);
  }
  timings.writeMs = Math.round(performance.now() - t3);
  // The final check: commit only if the object read is still the object there.
  const now = await headObject(ctx.s3, bucket, key);
  if (!now || (object.etag && now.etag !== object.etag)) return undefined;
  const counts = {
    articles: page.result.articles.length,
    organizations: page.result.organizations.length,
    people: page.result.people.length,
    events: page.result.events.length,
    metrics: page.result.metrics.length,
  };
  await ctx.store.putDocument(
    {
      ...base,
      status: 'DONE',
      format: page.decoded.format,
      encoding: page.decoded.encoding,
      ...(page.decoded.warning ? { warning: page.decoded.warning } : {}),
      extractorVersion: page.result.extractorVersion || ctx.extractorVersion,
      counts,
      timings,
      updatedAt: ctx.now().toISOString(),
    },
    { leaseOwner: run.owner },
  );
  ctx.logger.info('Document ingested', { documentId, bucket, key, counts, timings });
  return { status: 'DONE', documentId, key, counts, timings };
}

/** Bad input: withdraw what an earlier version contributed, record why, write nothing else. */
async function rejectDocument(run: Run, base: DocumentRecord, reason: string, message: string): Promise<IngestOutcome> {
  const { ctx, documentId } = run;
  run.graphTouched = true;
  await ctx.store.removeDocumentGraph(documentId);
  await ctx.store.putDocument(
    { ...base, status: 'FAILED', error: message, timings: run.timings, updatedAt: ctx.now().toISOString() },
    { leaseOwner: run.owner },
  );
  ctx.logger.warn('Document rejected', { documentId, key: base.key, reason, error: message });
  return { status: 'FAILED', documentId, key: base.key, error: message, reason };
}

/**
 * The last try failed for a reason a retry could fix: withdraw what this run wrote (a graph left
 * half written is never visible) and record FAILED with the reason, marked retryable for the sweeper.
 */
async function giveUp(run: Run, error: unknown): Promise<IngestOutcome> {
  const { ctx, documentId, record } = run;
  const cause = errorMessage(error);
  ctx.logger.error('Giving up after the last try', { documentId, key: record.key, error: cause });
  if (run.graphTouched) await ctx.store.removeDocumentGraph(documentId);
  const previous = await ctx.store.getDocument(documentId);
  const now = ctx.now().toISOString();
  const kept =
    previous && !run.graphTouched && previous.status === 'DONE' ? ' The previous version is still shown.' : '';
  const message = `The file could not be processed after several tries (${cause}). It will be tried again.${kept}`;
  const { counts: _counts, ...rest } = previous ?? { bucket: record.bucket, key: record.key, createdAt: now };
  await ctx.store.putDocument(
    {
      ...rest,
      ...(kept && previous?.counts ? { counts: previous.counts } : {}),
      id: documentId,
      status: 'FAILED',
      error: message,
      retryable: true,
      updatedAt: now,
    },
    { leaseOwner: run.owner },
  );
  return { status: 'FAILED', documentId, key: record.key, error: message, reason: 'retries-exhausted' };
}
