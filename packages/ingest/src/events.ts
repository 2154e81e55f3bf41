import type { S3Event, S3EventRecord, SQSEvent, SQSRecord } from 'aws-lambda';

/** One object change the ingest acts on, whatever envelope it arrived in. */
export interface IngestRecord {
  bucket: string;
  /** The object key, URL-decoded (S3 event keys are form-encoded: `+` is a space). */
  key: string;
  /** The S3 event name, e.g. `ObjectCreated:Put`, `ObjectRemoved:Delete`. */
  eventName: string;
  size?: number;
  eTag?: string;
  /** Hex string S3 orders events on one key with; compare with {@link compareSequencers}. */
  sequencer?: string;
}

/** Raised when a message is not an S3 event notification at all (it goes to the DLQ for a human). */
export class EventParseError extends Error {
  override readonly name = 'EventParseError';
}

/**
 * Decodes an S3 event key: S3 form-encodes keys in notifications (`+` for a space, `%XX` for
 * everything else, UTF-8), so `2025%2F%E6%8A%A5%E9%81%93+1.txt` is `2025/报道 1.txt`.
 *
 * @example
 * decodeS3Key('%E6%8A%A5%E9%81%93+1.txt') // '报道 1.txt'
 */
export function decodeS3Key(key: string): string {
  const spaced = key.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    // A lone `%` that is not an escape: keep the key as delivered rather than dropping the event.
    return spaced;
  }
}

/**
 * Orders two S3 sequencers (hex strings of varying length): the shorter is padded with zeros
 * on the right, then the two are compared as strings, as the S3 documentation describes.
 * Only meaningful for events on the same key.
 *
 * @example
 * compareSequencers('0055AED6DCD90281E5', '0055AED6DCD90281E6') // < 0
 */
export function compareSequencers(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? -1 : 1;
  const width = Math.max(a.length, b.length);
  const x = a.toUpperCase().padEnd(width, '0');
  const y = b.toUpperCase().padEnd(width, '0');
  return x < y ? -1 : x > y ? 1 : 0;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** True for the `s3:TestEvent` S3 sends when a notification configuration is saved. */
export function isS3TestEvent(value: unknown): boolean {
  return isObject(value) && value.Event === 's3:TestEvent';
}

function toRecord(raw: unknown): IngestRecord {
  if (!isObject(raw) || !isObject(raw.s3)) throw new EventParseError('The record is not an S3 event record.');
  const s3 = raw.s3 as Partial<S3EventRecord['s3']>;
  const bucket = s3.bucket?.name;
  const key = s3.object?.key;
  const eventName = raw.eventName;
  if (typeof bucket !== 'string' || typeof key !== 'string' || typeof eventName !== 'string') {
    throw new EventParseError('The S3 event record lacks a bucket name, object key or event name.');
  }
  const size = Number(s3.object?.size);
  return {
    bucket,
    key: decodeS3Key(key),
    eventName,
    ...(Number.isFinite(size) && s3.object?.size !== undefined ? { size } : {}),
    ...(typeof s3.object?.eTag === 'string' && s3.object.eTag ? { eTag: s3.object.eTag } : {}),
    ...(typeof s3.object?.sequencer === 'string' && s3.object.sequencer ? { sequencer: s3.object.sequencer } : {}),
  };
}

/**
 * The records of a direct S3 event notification (`{ Records: [...] }`); the `s3:TestEvent`
 * gives none. Records that are not S3 records throw {@link EventParseError}.
 *
 * @example
 * parseS3Event({ Records: [{ eventName: 'ObjectCreated:Put', s3: { bucket: { name: 'b' }, object: { key: 'a+b.txt' } } }] })
 * // → [{ bucket: 'b', key: 'a b.txt', eventName: 'ObjectCreated:Put' }]
 */
export function parseS3Event(event: unknown): IngestRecord[] {
  if (isS3TestEvent(event)) return [];
  if (!isObject(event) || !Array.isArray(event.Records)) {
    throw new EventParseError('The event is not an S3 event notification (no Records).');
  }
  return (event as unknown as S3Event).Records.map(toRecord);
}

/**
 * The S3 records carried by one SQS message: its body is the S3 event JSON (or an SNS
 * notification whose `Message` is). The `s3:TestEvent` message gives none.
 *
 * @example
 * parseSqsRecord({ body: JSON.stringify({ Event: 's3:TestEvent' }) } as SQSRecord) // → []
 */
export function parseSqsRecord(record: Pick<SQSRecord, 'body'>): IngestRecord[] {
  let body: unknown;
  try {
    body = JSON.parse(record.body);
  } catch {
    throw new EventParseError('The SQS message body is not JSON.');
  }
  // S3 → SNS → SQS: the S3 event is the SNS envelope's Message.
  if (isObject(body) && body.Type === 'Notification' && typeof body.Message === 'string') {
    return parseSqsRecord({ body: body.Message });
  }
  return parseS3Event(body);
}

/** True when the event is an SQS batch (records carry `eventSource: 'aws:sqs'`). */
export function isSqsEvent(event: unknown): event is SQSEvent {
  if (!isObject(event) || !Array.isArray(event.Records) || event.Records.length === 0) return false;
  const first: unknown = event.Records[0];
  return isObject(first) && first.eventSource === 'aws:sqs';
}

/** True for `ObjectRemoved:*` events (Delete, DeleteMarkerCreated). */
export const isRemoval = (record: Pick<IngestRecord, 'eventName'>) => record.eventName.startsWith('ObjectRemoved');
