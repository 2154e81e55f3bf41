import type { ArticleNode, DocumentCounts, DocumentNode } from '@reportgraph/store';
import { builder, type FieldBuilder } from '../builder.ts';
import { oneOf } from './attributes.ts';
import { connectionType, listConnection, pageArgs } from './connection.ts';
import { nodeOptions } from './node.ts';
import { ArticleRef, DocumentRef } from './refs.ts';

const STATUSES = ['PENDING', 'PROCESSING', 'DONE', 'FAILED'] as const;

const DocumentStatusEnum = builder.enumType('DocumentStatus', {
  description: 'Processing status of an uploaded file.',
  values: {
    PENDING: { value: 'PENDING', description: 'Uploaded, not yet picked up.' },
    PROCESSING: { value: 'PROCESSING', description: 'Being extracted right now.' },
    DONE: { value: 'DONE', description: 'Extracted; its graph is in place.' },
    FAILED: { value: 'FAILED', description: 'Extraction failed; see `error`.' },
  } as const,
});

const DocumentCountsRef = builder.objectRef<DocumentCounts>('DocumentCounts').implement({
  description: 'How many of each kind of node a file contributed.',
  fields: (t) => ({
    articles: t.exposeInt('articles', { description: 'Articles on the page.' }),
    organizations: t.exposeInt('organizations', { description: 'Organizations extracted.' }),
    people: t.exposeInt('people', { description: 'People extracted.' }),
    events: t.exposeInt('events', { description: 'Events extracted.' }),
    metrics: t.exposeInt('metrics', { description: 'Metrics extracted.' }),
  }),
});

const DocumentConnection = connectionType<DocumentNode>('Document', DocumentRef, {
  description: 'A page of uploaded files.',
  nodeDescription: 'The file.',
});
const DocumentArticles = connectionType<ArticleNode>('DocumentArticles', ArticleRef, {
  description: 'The articles of a file.',
  nodeDescription: 'The article.',
});

/**
 * The counts a document records, each 0 when missing: a record written before a kind was
 * counted still reads as a whole set of counts.
 */
function countsOf(counts: Partial<DocumentCounts> | undefined): DocumentCounts | null {
  if (!counts) return null;
  const { articles = 0, organizations = 0, people = 0, events = 0, metrics = 0 } = counts;
  return { articles, organizations, people, events, metrics };
}

/** Where the file came from and what it was read as. */
const fileFields = (t: FieldBuilder<DocumentNode>) => ({
  key: t.exposeString('key', { description: 'The object key it was uploaded under.' }),
  bucket: t.string({
    nullable: true,
    description: 'The bucket it was uploaded to.',
    resolve: (n) => n.bucket || null,
  }),
  checksum: t.exposeString('checksum', { nullable: true, description: 'Checksum of the file content.' }),
  format: t.exposeString('format', { nullable: true, description: 'Format read: text, html, docx or pdf.' }),
  encoding: t.exposeString('encoding', { nullable: true, description: 'Detected text encoding.' }),
  size: t.exposeInt('size', { nullable: true, description: 'Size in bytes.' }),
  publishedDate: t.exposeString('publishedDate', { nullable: true, description: 'ISO publication date, when known.' }),
});

/** How processing went. */
const processingFields = (t: FieldBuilder<DocumentNode>) => ({
  status: t.field({
    type: DocumentStatusEnum,
    nullable: true,
    description: 'Where processing stands.',
    resolve: (n) => oneOf(STATUSES, n.status),
  }),
  error: t.exposeString('error', { nullable: true, description: 'Why processing failed, when it did.' }),
  retryable: t.boolean({
    description:
      'True when it FAILED for a reason a later try can fix (an outage, not the file); the sweeper retries it.',
    resolve: (n) => n.retryable === true,
  }),
  warning: t.exposeString('warning', {
    nullable: true,
    description:
      'Read, but with something the editor should know, e.g. where bytes invalid in the detected encoding were replaced.',
  }),
  extractorVersion: t.exposeString('extractorVersion', {
    nullable: true,
    description: 'Version of the extractor that produced its graph.',
  }),
  createdAt: t.string({
    nullable: true,
    description: 'When it was first seen (ISO).',
    resolve: (n) => n.createdAt || null,
  }),
  updatedAt: t.string({
    nullable: true,
    description: 'When its status last changed (ISO).',
    resolve: (n) => n.updatedAt || null,
  }),
  counts: t.field({
    type: DocumentCountsRef,
    nullable: true,
    description: 'How many nodes of each kind it contributed; null until processed.',
    resolve: (n) => countsOf(n.counts),
  }),
});

builder.node(DocumentRef, {
  ...nodeOptions('Document'),
  description: 'One uploaded report file and what processing it gave.',
  fields: (t) => ({
    ...fileFields(t),
    ...processingFields(t),
    articles: t.field({
      type: DocumentArticles,
      description: 'The articles on the page.',
      args: pageArgs(t),
      // An article's byType key starts with its document's id, then its index on the page.
      resolve: (n, args, ctx) => listConnection(ctx, 'Article', args, { prefix: `${n.id}#` }),
    }),
  }),
});

builder.queryFields((t) => ({
  documents: t.field({
    type: DocumentConnection,
    description: 'Uploaded files: with `status`, most recently updated first; without, in key order.',
    args: {
      status: t.arg({ type: DocumentStatusEnum, description: 'Only files with this status.' }),
      ...pageArgs(t),
    },
    resolve: (_root, args, ctx) =>
      listConnection(ctx, 'Document', args, args.status ? { status: args.status, descending: true } : {}),
  }),
}));
