import type { StoredNode } from '@reportgraph/store';
import { builder } from '../builder.ts';
import { num, str } from './attributes.ts';
import { connectionType, edgeConnection, loadNode, pageArgs } from './connection.ts';
import { articleMentionsField } from './mentions.ts';
import { nodeOptions } from './node.ts';
import { type BylineEdge, bylineFields } from './person.ts';
import { ArticleRef, DocumentRef, PersonRef } from './refs.ts';

const ArticleReporters = connectionType<StoredNode, BylineEdge>('ArticleReporters', PersonRef, {
  description: "People named in an article's byline.",
  nodeDescription: 'The reporter or correspondent.',
  edgeFields: bylineFields as never,
});

builder.node(ArticleRef, {
  ...nodeOptions('Article'),
  description: 'One article of an uploaded page: a headline and its body.',
  fields: (t) => ({
    title: t.string({ description: 'The headline.', resolve: (n) => str(n, 'title') ?? '' }),
    subtitle: t.string({ nullable: true, description: 'The subheading, if any.', resolve: (n) => str(n, 'subtitle') }),
    byline: t.string({
      nullable: true,
      description: 'The byline as printed, e.g. 全媒体记者黄细英 通讯员霍嘉琪.',
      resolve: (n) => str(n, 'byline'),
    }),
    dateline: t.string({
      nullable: true,
      description: 'Dateline marker such as 本报讯.',
      resolve: (n) => str(n, 'dateline'),
    }),
    signature: t.string({
      nullable: true,
      description: 'Trailing pen-name or author in parentheses, e.g. 花都工.',
      resolve: (n) => str(n, 'signature'),
    }),
    text: t.string({
      description: 'The body text, hard wraps joined, captions removed.',
      resolve: (n) => str(n, 'text') ?? '',
    }),
    index: t.int({
      description: 'Position of the article on its page (0 first).',
      resolve: (n) => num(n, 'index') ?? 0,
    }),
    start: t.int({
      nullable: true,
      description: 'Character offset of the article in the decoded source file.',
      resolve: (n) => num(n, 'start'),
    }),
    end: t.int({
      nullable: true,
      description: 'Character offset one past the article end in the decoded source file.',
      resolve: (n) => num(n, 'end'),
    }),
    publishedDate: t.string({
      nullable: true,
      description: 'ISO publication date of the page, when known.',
      resolve: (n) => str(n, 'publishedDate'),
    }),
    document: t.field({
      type: DocumentRef,
      nullable: true,
      description: 'The uploaded file this article is part of.',
      resolve: (n, _args, ctx) => loadNode(ctx, { type: 'Document', id: str(n, 'documentId') ?? '' }),
    }),
    mentions: articleMentionsField(t),
    reporters: t.field({
      type: ArticleReporters,
      description: 'People named in the byline (reporters, correspondents), with their byline title.',
      args: pageArgs(t),
      resolve: (n, args, ctx) =>
        edgeConnection(ctx, n, { edge: 'reported', direction: 'in' }, args, (e, node, cursor) => ({
          node,
          cursor,
          title: str(e.data, 'title') ?? (e.qualifier || null),
        })),
    }),
  }),
});
