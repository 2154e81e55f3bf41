import type { StoredEdge, StoredNode } from '@reportgraph/store';

type Bag = StoredNode | StoredEdge['data'];

/** A string attribute, or null when absent or empty. */
export const str = (n: Bag, key: string): string | null => {
  const v = n[key];
  return typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : null;
};

/** A numeric attribute, or null. */
export const num = (n: Bag, key: string): number | null => {
  const v = n[key];
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
};

/** A boolean attribute, or null. */
export const bool = (n: Bag, key: string): boolean | null => (typeof n[key] === 'boolean' ? (n[key] as boolean) : null);

/** A string list attribute (string sets arrive as sorted arrays), empty when absent. */
export const strs = (n: Bag, key: string): string[] => {
  const v = n[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
};

/** The value when it is one of `allowed`, else null (a value newer than the schema stays readable as null). */
export const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | null =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
