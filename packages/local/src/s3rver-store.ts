import { unlink } from 'node:fs/promises';

/** The part of s3rver's file store this module replaces. */
interface FilesystemStore {
  getResourcePath(bucket: string, key: string, resource: string): string;
  deleteObject(bucket: string, key: string): Promise<void>;
}

/**
 * Makes s3rver's DeleteObject safe under concurrency. Its file store removes an object's files
 * and then every folder of the key left empty; two deletes in one folder race on that clean-up
 * (ENOENT), the request fails after the object is gone and its ObjectRemoved event is never sent,
 * and a put racing the clean-up loses its folder. Here the files go and the folders stay (an
 * empty folder holds no key, so listings are unchanged).
 *
 * @example
 * hardenDeletes(server.store);
 */
export function hardenDeletes(store: FilesystemStore): void {
  store.deleteObject = async (bucket, key) => {
    await Promise.all(
      ['object', 'object.md5', 'metadata.json'].map((resource) =>
        unlink(store.getResourcePath(bucket, key, resource)).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw error;
        }),
      ),
    );
  };
}
