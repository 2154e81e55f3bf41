import { unlink } from 'node:fs/promises';
import { Readable } from 'node:stream';

/** An object as s3rver's file store returns it: a body stream (absent for an unsatisfiable range) and headers. */
interface StoredObject {
  content: Readable | null;
}

/** The part of s3rver's file store this module replaces. */
interface FilesystemStore {
  getResourcePath(bucket: string, key: string, resource: string): string;
  deleteObject(bucket: string, key: string): Promise<void>;
  putObject(object: { bucket: string; key: string }): Promise<unknown>;
  getObject(bucket: string, key: string, options?: unknown): Promise<StoredObject | null>;
  copyObject(
    srcBucket: string,
    srcKey: string,
    destBucket: string,
    destKey: string,
    metadata?: unknown,
  ): Promise<unknown>;
}

/**
 * Makes s3rver's file store behave as S3 does under concurrency: every object is written, read and
 * deleted whole.
 *
 * - Deletes: its store removes an object's files and then every folder of the key left empty; two
 *   deletes in one folder race on that clean-up (ENOENT), the request fails after the object is
 *   gone and its ObjectRemoved event is never sent, and a put racing the clean-up loses its
 *   folder. Here the files go and the folders stay (an empty folder holds no key, so listings are
 *   unchanged).
 * - One key at a time: a put writes the body, then the headers, as two files, and a delete removes
 *   them one by one. A read between the two saw the new bytes with no headers (so
 *   `binary/octet-stream` for a `text/plain` upload) or with the headers of the version before.
 *   Puts, copies, deletes and reads of one key now run one after another, and a read takes its
 *   whole body before the next write may start (local objects are pages, a few MB at most).
 *
 * @example
 * hardenStore(server.store);
 */
export function hardenStore(store: FilesystemStore): void {
  const oneAtATime = keyedQueue();
  const id = (bucket: string, key: string) => `${bucket}/${key}`;
  const { putObject, getObject, copyObject } = store;

  store.deleteObject = (bucket, key) =>
    oneAtATime(id(bucket, key), () =>
      Promise.all(
        ['object', 'object.md5', 'metadata.json'].map((resource) =>
          unlink(store.getResourcePath(bucket, key, resource)).catch((error: NodeJS.ErrnoException) => {
            if (error.code !== 'ENOENT') throw error;
          }),
        ),
      ).then(() => undefined),
    );
  store.putObject = (object) => oneAtATime(id(object.bucket, object.key), () => putObject.call(store, object));
  store.copyObject = (srcBucket, srcKey, destBucket, destKey, metadata) =>
    oneAtATime(id(destBucket, destKey), () => copyObject.call(store, srcBucket, srcKey, destBucket, destKey, metadata));
  store.getObject = (bucket, key, options) =>
    oneAtATime(id(bucket, key), async () => {
      const object = await getObject.call(store, bucket, key, options);
      if (object?.content) object.content = Readable.from([await drain(object.content)]);
      return object;
    });
}

/** The whole of a stream, read to its end. */
async function drain(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Runs work queued under one name one after another; work under different names runs at once. */
function keyedQueue() {
  const tails = new Map<string, Promise<unknown>>();
  return <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const run = (tails.get(name) ?? Promise.resolve()).then(work, work);
    const tail = run.catch(() => undefined);
    tails.set(name, tail);
    void tail.then(() => {
      if (tails.get(name) === tail) tails.delete(name);
    });
    return run;
  };
}
