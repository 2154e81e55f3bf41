import type { StoredNode } from '@reportgraph/store';
import { builder } from '../builder.ts';
import { num, oneOf, str } from './attributes.ts';
import { connectionType, edgeConnection, nodePageConnection, pageArgs } from './connection.ts';
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

interface Counts {
  articles: number;
  organizations: number;
  people: number;
  events: number;
  metrics: number;
}

const DocumentCounts = builder.objectRef<Counts>('DocumentCounts').implement({
  description: 'How many of each kind of node a file contributed.',
  fields: (t) => ({
    articles: t.exposeInt('articles', { description: 'Articles on the page.' }),
    organizations: t.exposeInt('organizations', { description: 'Organizations extracted.' }),
    people: t.exposeInt('people', { description: 'People extracted.' }),
    events: t.exposeInt('events', { description: 'Events extracted.' }),
    metrics: t.exposeInt('metrics', { description: 'Metrics extracted.' }),
  }),
});

const DocumentConnection = connectionType<StoredNode>('Document', DocumentRef, {
  description: 'A page of uploaded files.',
  nodeDescription: 'The file.',
});
const DocumentArticles = connectionType<StoredNode>('DocumentArticles', ArticleRef, {
  description: 'The articles of a file.',
  nodeDescription: 'The article.',
});

builder.node(DocumentRef, {
  ...nodeOptions('Document'),
  description: 'One uploaded report file and what processing it gave.',
  fields: (t) => ({
    key: t.string({ description: 'The object key it was uploaded under.', resolve: (n) => str(n, 'key') ?? '' }),
    bucket: t.string({
      nullable: true,
      description: 'The bucket it was uploaded to.',
      resolve: (n) => str(n, 'bucket'),
    }),
    status: t.field({
      type: DocumentStatusEnum,
      nullable: true,
      description: 'Where processing stands.',
      resolve: (n) => oneOf(STATUSES, str(n, 'status')),
    }),
    error: t.string({
      nullable: true,
      description: 'Why processing failed, when it did.',
      resolve: (n) => str(n, 'error'),
    }),
    checksum: t.string({
      nullable: true,
      description: 'Checksum of the file content.',
      resolve: (n) => str(n, 'checksum'),
    }),
    extractorVersion: t.string({
      nullable: true,
      description: 'Version of the extractor that produced its graph.',
      resolve: (n) => str(n, 'extractorVersion'),
    }),
    format: t.string({
      nullable: true,
      description: 'Format read: text, html, docx or pdf.',
      resolve: (n) => str(n, 'format'),
    }),
    encoding: t.string({ nullable: true, description: 'Detected text encoding.', resolve: (n) => str(n, 'encoding') }),
    size: t.int({ nullable: true, description: 'Size in bytes.', resolve: (n) => num(n, 'size') }),
    publishedDate: t.string({
      nullable: true,
      description: 'ISO publication date, when known.',
      resolve: (n) => str(n, 'publishedDate'),
    }),
    createdAt: t.string({
      nullable: true,
      description: 'When it was first seen (ISO).',
      resolve: (n) => str(n, 'createdAt'),
    }),
    updatedAt: t.string({
      nullable: true,
      description: 'When its status last changed (ISO).',
      resolve: (n) => str(n, 'updatedAt'),
    }),
    counts: t.field({
      type: DocumentCounts,
      nullable: true,
      description: 'How many nodes of each kind it contributed; null until processed.',
      resolve: (n) => {
        const c = n.counts as Partial<Counts> | undefined;
        if (!c || typeof c !== 'object') return null;
        return {
          articles: c.articles ?? 0,
          organizations: c.organizations ?? 0,
          people: c.people ?? 0,
          events: c.events ?? 0,
          metrics: c.metrics ?? 0,
        };
      },
    }),
    articles: t.field({
      type: DocumentArticles,
      description: 'The articles on the page.',
      args: pageArgs(t),
      resolve: (n, args, ctx) =>
        edgeConnection(ctx, n, { edge: 'partOf', direction: 'in' }, args, (_e, node, cursor) => ({ node, cursor })),
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
      nodePageConnection(ctx, args, async (page) => {
        const result = await ctx.store.listDocuments({ ...page, ...(args.status ? { status: args.status } : {}) });
        return {
          ...result,
          items: result.items.map((d) => ({ ...d, type: 'Document' as const }) as unknown as StoredNode),
        };
      }),
  }),
}));
