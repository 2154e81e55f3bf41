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

/**
 * GraphQL enum values from one of the contract's lists: each value under its CONSTANT_CASE name,
 * with its description. `descriptions` must describe every value, so a kind added to the contract
 * fails to compile here until the schema says what it means.
 *
 * @example
 * enumValues(['exact', 'atLeast'], { exact: 'As stated.', atLeast: 'At least.' })
 * // → { EXACT: { value: 'exact', … }, AT_LEAST: { value: 'atLeast', … } }
 */
export function enumValues<T extends string>(
  values: readonly T[],
  descriptions: Record<T, string>,
): Record<string, { value: T; description: string }> {
  const constantCase = (v: string) => v.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
  return Object.fromEntries(values.map((value) => [constantCase(value), { value, description: descriptions[value] }]));
}
