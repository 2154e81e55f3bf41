import type { S3Event } from 'aws-lambda';

/**
 * Encodes an object key the way S3 does in event notifications (URL-encoded, spaces as `+`).
 * s3rver puts the raw key in its events; the real service does not, and the ingest handler
 * must be exercised with what AWS actually sends.
 *
 * @example
 * encodeEventKey('2025/10/31/报道 1.txt') // → '2025/10/31/%E6%8A%A5%E9%81%93+1.txt'
 */
export function encodeEventKey(key: string): string {
  return key
    .split('/')
    .map((part) => encodeURIComponent(part).replace(/%20/g, '+'))
    .join('/');
}

let lastSequencer = 0n;

/**
 * The next event sequencer: S3 gives each event on a key a hex string that grows with each
 * change of the key; s3rver gives the millisecond (a number, equal for two changes in one
 * millisecond). This one grows strictly for every event of the process, from the clock.
 *
 * @example
 * nextSequencer() < nextSequencer() // true (same length, hex)
 */
export function nextSequencer(): string {
  const fromClock = BigInt(Date.now()) * 4096n;
  lastSequencer = fromClock > lastSequencer ? fromClock : lastSequencer + 1n;
  return lastSequencer.toString(16).toUpperCase().padStart(16, '0');
}

/** The s3rver event as S3 would send it: each key encoded, each record with a growing sequencer. */
export function asAwsEvent(event: S3Event): S3Event {
  return {
    Records: event.Records.map((record) => ({
      ...record,
      s3: {
        ...record.s3,
        object: { ...record.s3.object, key: encodeEventKey(record.s3.object.key), sequencer: nextSequencer() },
      },
    })),
  };
}
