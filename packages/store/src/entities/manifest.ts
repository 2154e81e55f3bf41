import type { KeyPair } from './indexes.ts';
import { manifestKey } from './keys.ts';

/** Keys per manifest chunk; ~100 bytes each keeps an item far under DynamoDB's 400 KB. */
export const MANIFEST_CHUNK = 1000;

/**
 * A document's manifest: the primary keys of every item it contributed (see `itemKey`), in
 * chunks under the document's partition, so a rewrite or delete finds what to withdraw without
 * a Scan.
 */
export interface ManifestChunk {
  key: KeyPair;
  keys: string[];
}

/**
 * The chunks a document's manifest is stored in.
 *
 * @example
 * manifestChunks('d_1', keys).map((c) => c.key.sk) // → ['manifest#0000', 'manifest#0001']
 */
export function manifestChunks(documentId: string, keys: readonly string[]): ManifestChunk[] {
  return Array.from({ length: chunkCount(keys.length) }, (_, i) => ({
    key: manifestKey(documentId, i),
    keys: keys.slice(i * MANIFEST_CHUNK, (i + 1) * MANIFEST_CHUNK),
  }));
}

/**
 * How many chunks a manifest of this many keys takes.
 *
 * @example
 * chunkCount(1001) // → 2
 */
export const chunkCount = (keys: number) => Math.ceil(keys / MANIFEST_CHUNK);

/**
 * Reads the keys of a stored manifest chunk.
 *
 * @example
 * readManifestChunk({ pk: 'Document#d_1', sk: 'manifest#0000', keys: ['Place#440600\u0001#node'] }) // → ['Place#440600\u0001#node']
 */
export const readManifestChunk = (item: Readonly<Record<string, unknown>>): string[] =>
  Array.isArray(item.keys) ? item.keys.filter((k): k is string => typeof k === 'string') : [];
