import { tableDefinition } from '../packages/store/src/table.ts';
import { BUCKET_READ_ACTIONS, BUCKET_UPLOAD_ACTIONS, TABLE_READ_ACTIONS, TABLE_WRITE_ACTIONS } from './permissions.ts';
import { toSstDynamoArgs } from './table.ts';

const production = $app.stage === 'production';

/** Where editors upload report pages; every create or delete is ingested. */
export const bucket = new sst.aws.Bucket('Reports');

/** The graph: one table whose keys and indexes come from the store package's definition. */
export const table = new sst.aws.Dynamo('Graph', {
  ...toSstDynamoArgs(tableDefinition),
  // A dropped production table loses every editor's work; the bucket still has the files, but
  // re-ingesting them all is slow, so guard against it and keep point-in-time backups.
  deletionProtection: production,
  transform: { table: { pointInTimeRecovery: { enabled: production } } },
});

const tableResources = [table.arn, $interpolate`${table.arn}/index/*`];

/** Read-only access to the table (the GraphQL API): `Resource.GraphRead.name` in the handler. */
export const tableRead = new sst.Linkable('GraphRead', {
  properties: { name: table.name, arn: table.arn },
  include: [sst.aws.permission({ actions: [...TABLE_READ_ACTIONS], resources: tableResources })],
});

/** Read and write access to the table (ingest). */
export const tableReadWrite = new sst.Linkable('GraphReadWrite', {
  properties: { name: table.name, arn: table.arn },
  include: [
    sst.aws.permission({ actions: [...TABLE_READ_ACTIONS, ...TABLE_WRITE_ACTIONS], resources: tableResources }),
  ],
});

/** Read-only access to the uploads (ingest): objects for GetObject, the bucket for ListBucket. */
export const bucketRead = new sst.Linkable('ReportsRead', {
  properties: { name: bucket.name, arn: bucket.arn },
  include: [
    sst.aws.permission({ actions: [...BUCKET_READ_ACTIONS], resources: [bucket.arn, $interpolate`${bucket.arn}/*`] }),
  ],
});

/** Upload-only access for the API, which presigns PUTs for editors' front-ends. */
export const bucketUpload = new sst.Linkable('ReportsUpload', {
  properties: { name: bucket.name },
  include: [sst.aws.permission({ actions: [...BUCKET_UPLOAD_ACTIONS], resources: [$interpolate`${bucket.arn}/*`] })],
});
