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
 * Rejects argument combinations the indexes cannot serve in one Query.
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
  const t = value?.trim();
  return t ? t : null;
};
