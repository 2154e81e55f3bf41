import type { PersonNode } from '@reportgraph/store';
import { builder } from '../builder.ts';
import { connectionType, edgeConnection, loadNode, pageArgs } from './connection.ts';
import { articleMentionsField } from './mentions.ts';
import { nodeOptions } from './node.ts';
import { type BylineEdge, bylineFields, toBylineEdge } from './person.ts';
import { ArticleRef, DocumentRef, PersonRef } from './refs.ts';

const ArticleReporters = connectionType<PersonNode, BylineEdge<PersonNode>>('ArticleReporters', PersonRef, {
  description: "People named in an article's byline.",
  nodeDescription: 'The reporter or correspondent.',
  edgeFields: bylineFields,
});

builder.node(ArticleRef, {
  ...nodeOptions('Article'),
  description: 'One article of an uploaded page: a headline and its body.',
  fields: (t) => ({
    title: t.exposeString('title', { description: 'The headline.' }),
    subtitle: t.exposeString('subtitle', { nullable: true, description: 'The subheading, if any.' }),
    byline: t.exposeString('byline', {
      nullable: true,
      description: 'The byline as printed, e.g. 全媒体记者黄细英 通讯员霍嘉琪.',
    }),
    dateline: t.exposeString('dateline', { nullable: true, description: 'Dateline marker such as 本报讯.' }),
    signature: t.exposeString('signature', {
      nullable: true,
      description: 'Trailing pen-name or author in parentheses, e.g. 花都工.',
    }),
    text: t.exposeString('text', { description: 'The body text, hard wraps joined, captions removed.' }),
    index: t.exposeInt('index', { description: 'Position of the article on its page (0 first).' }),
    start: t.exposeInt('start', {
      nullable: true,
      description: 'Character offset of the article in the decoded source file.',
    }),
    end: t.exposeInt('end', {
      nullable: true,
      description: 'Character offset one past the article end in the decoded source file.',
    }),
    publishedDate: t.exposeString('publishedDate', {
      nullable: true,
      description: 'ISO publication date of the page, when known.',
    }),
    document: t.field({
      type: DocumentRef,
      nullable: true,
      description: 'The uploaded file this article is part of.',
      resolve: (n, _args, ctx) => loadNode(ctx, { type: 'Document', id: n.documentId }),
    }),
    mentions: articleMentionsField(t),
    reporters: t.field({
      type: ArticleReporters,
      description: 'People named in the byline (reporters, correspondents), with their byline title.',
      args: pageArgs(t),
      resolve: (n, args, ctx) => edgeConnection(ctx, n, { edge: 'reported', direction: 'in' }, args, toBylineEdge),
    }),
  }),
});
