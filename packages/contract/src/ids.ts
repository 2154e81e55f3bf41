import { hash } from 'node:crypto';

/**
 * A deterministic id for an entity: the same canonical key always gives the same id,
 * so re-ingesting a page writes the same items.
 *
 * @example
 * stableId('Organization', '佛山市总工会') // → 'o_3k…' (16 base-36 chars after the prefix)
 */
export function stableId(type: string, canonicalKey: string): string {
  // One-shot `hash` is about twice as fast as a Hash object; the first 64 bits, as before, read
  // from the digest's bytes rather than through a hex string.
  const digest = hash('sha256', `${type}\u0000${canonicalKey}`, 'buffer');
  return `${type.charAt(0).toLowerCase()}_${digest.readBigUInt64BE(0).toString(36)}`;
}
