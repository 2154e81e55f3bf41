import { LONE_SURROGATE } from '../builder.ts';
import { userError } from '../errors.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Validates an ISO date argument (`2025-10-29`).
 *
 * @example
 * isoDate('from', '2025-10-01') // → '2025-10-01'; isoDate('from', '10/01') throws BAD_USER_INPUT
 */
export function isoDate(name: string, value: string): string {
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(value))) {
    throw userError(`${name} must be an ISO date like 2025-10-29 (got "${value}").`, 'BAD_USER_INPUT');
  }
  return value;
}

/**
 * Validates a place code: 6 digits (province, city, county) or 9 digits (town).
 *
 * @example
 * placeCode('440600') // → '440600'
 */
export function placeCode(value: string): string {
  if (!/^\d{6}(\d{3})?$/.test(value)) {
    throw userError(`placeCode must be a 6- or 9-digit division code like 440600 (got "${value}").`, 'BAD_USER_INPUT');
  }
  return value;
}

/**
 * Rejects argument combinations that contradict each other (an exact subject and a subject prefix).
 *
 * @example
 * exclusive({ placeCode, namePrefix }) // throws when both are given
 */
export function exclusive(args: Record<string, unknown>): void {
  const given = Object.entries(args)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k]) => k);
  if (given.length > 1) {
    throw userError(`${given.join(' and ')} cannot be combined in one request; use one of them.`, 'BAD_USER_INPUT');
  }
}

/** A non-empty trimmed string argument, or null. */
export const text = (value: string | null | undefined): string | null => {
  // Lone surrogates cannot be encoded as UTF-8 for DynamoDB: make the text well-formed first.
  const t = value?.replace(new RegExp(LONE_SURROGATE, 'g'), '\uFFFD').trim();
  return t ? t : null;
};

/** DynamoDB's limit on a sort key, in bytes; names, prefixes, subjects and units become keys. */
export const MAX_KEY_BYTES = 1024;

/**
 * A non-empty trimmed string argument that becomes (part of) a key, or null; longer than a key
 * can be is BAD_USER_INPUT rather than a DynamoDB error.
 *
 * @example
 * keyText('namePrefix', ' 佛山 ') // → '佛山'; keyText('namePrefix', '佛'.repeat(400)) throws BAD_USER_INPUT
 */
export function keyText(name: string, value: string | null | undefined): string | null {
  const t = text(value);
  if (t && Buffer.byteLength(t, 'utf8') > MAX_KEY_BYTES - 64) {
    throw userError(
      `${name} is ${Buffer.byteLength(t, 'utf8')} bytes long; no stored name is longer than ${MAX_KEY_BYTES - 64} bytes ` +
        '(about 320 Chinese characters): shorten it.',
      'BAD_USER_INPUT',
    );
  }
  return t;
}

/**
 * The inclusive date range of `from`/`to`/`year` (year narrows from/to), or null when none is
 * given; an empty range (from after to) is BAD_USER_INPUT saying which to change.
 *
 * @example
 * dateRange({ year: 2025, from: '2025-10-01' }) // → ['2025-10-01', '2025-12-31']
 */
export function dateRange(args: {
  from?: string | null;
  to?: string | null;
  year?: number | null;
}): [string, string] | null {
  const from = text(args.from);
  const to = text(args.to);
  const year = args.year ?? null;
  if (!from && !to && year === null) return null;
  if (year !== null && (!Number.isInteger(year) || year < 1000 || year > 9999)) {
    throw userError(`year must be a four-digit year like 2025 (got ${year}).`, 'BAD_USER_INPUT');
  }
  const starts = [from ? isoDate('from', from) : '0000-00-01', year !== null ? `${year}-01-01` : '0000-00-01'];
  const ends = [to ? isoDate('to', to) : '9999-12-31', year !== null ? `${year}-12-31` : '9999-12-31'];
  const start = starts.sort().at(-1) as string;
  const end = ends.sort()[0] as string;
  if (start > end) {
    const what =
      year !== null
        ? `from/to (${from ?? '…'} to ${to ?? '…'}) lie outside year ${year}`
        : `from (${from}) is after to (${to})`;
    throw userError(`The date range is empty: ${what}; swap or widen them.`, 'BAD_USER_INPUT');
  }
  return [start, end];
}
