/**
 * The IAM actions each function gets, named once so the config and its test agree.
 * Linking an `sst.aws.Dynamo` or `sst.aws.Bucket` directly would grant `dynamodb:*` / `s3:*`;
 * the `sst.Linkable`s in `storage.ts` grant only these.
 */

/** What the GraphQL API needs: point reads, batched reads (dataloader) and index queries. Never Scan. */
export const TABLE_READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'] as const;

/** What ingest adds on top of reading: idempotent puts and updates, and removal of a document's items. */
export const TABLE_WRITE_ACTIONS = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
] as const;

/**
 * What ingest needs from the bucket: GetObject (also covers HeadObject) to fetch an upload, and
 * ListBucket so a HeadObject on a deleted key answers 404 rather than 403 (S3 hides absence from
 * callers who may not list), which is how ingest tells a removal from a permission problem.
 */
export const BUCKET_READ_ACTIONS = ['s3:GetObject', 's3:ListBucket'] as const;

/** Presigned uploads (`createUploadUrl`): the API signs PUTs, so it needs PutObject on objects only. */
export const BUCKET_UPLOAD_ACTIONS = ['s3:PutObject'] as const;
