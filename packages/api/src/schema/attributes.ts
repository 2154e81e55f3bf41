/**
 * The value when it is one of `allowed`, else null: the store reads enum attributes as strings,
 * and a value newer than the schema (an extractor that learned a new kind) must stay readable as
 * null rather than fail the whole response.
 *
 * @example
 * oneOf(['union', 'party'], 'union') // → 'union'; oneOf(['union'], 'guild') // → null
 */
export const oneOf = <T extends string>(allowed: readonly T[], value: string | null | undefined): T | null =>
  value != null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
