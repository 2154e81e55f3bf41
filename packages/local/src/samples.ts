import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';

/** The sample report pages shipped with the project (the extractor's development corpus). */
export const SAMPLES_DIR = fileURLToPath(new URL('../../extract/corpus/reports/', import.meta.url));

/** Uploads every sample page to the bucket under `samples/`; returns the keys. */
export async function uploadSamples(s3: S3Client, bucket: string, dir = SAMPLES_DIR): Promise<string[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  const keys: string[] = [];
  for (const file of files) {
    const key = `samples/${file}`;
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        Body: await readFile(join(dir, file)),
        ContentType: 'text/plain; charset=utf-8',
      }),
    );
    keys.push(key);
  }
  return keys;
}
