import { hash } from 'node:crypto';

/**
 * A deterministic id for an entity: the same canonical key always gives the same id,
 * so re-ingesting a page writes the same items.
 *
 * @example
 * stableId('Organization', '佛山市总工会') // → 'o_3k…' (16 base-36 chars after the prefix)
 */
export function stableId(type: string, canonicalKey: string): string {
  // One-shot `hash` is about twice as fast as a Hash object; the first 64 bits, as before.
  const hex = hash('sha256', `${type}\u0000${canonicalKey}`, 'hex').slice(0, 16);
  return `${type.charAt(0).toLowerCase()}_${BigInt(`0x${hex}`).toString(36)}`;
}
