import type { StoredEdge, StoredNode } from '@reportgraph/store';
import type { NodeFieldBuilder } from '../builder.ts';
import { num, str } from './attributes.ts';
import { connectionType, type EdgeShape, edgeConnection, loadNode, pageArgs } from './connection.ts';
import { ArticleRef, DocumentRef, EntityTypeEnum, EntityUnion } from './refs.ts';

/** A mention: where an entity was read, with the sentence. */
export interface MentionEdge extends EdgeShape<StoredNode> {
  data: StoredEdge['data'];
}

const toMention = (edge: StoredEdge, node: StoredNode, cursor: string): MentionEdge => ({
  cursor,
  node,
  data: edge.data,
});

const mentionFields = (t: PothosSchemaTypes.ObjectFieldBuilder<never, MentionEdge>) => {
  const f = t as unknown as PothosSchemaTypes.ObjectFieldBuilder<import('../builder.ts').BuilderTypes, MentionEdge>;
  return {
    sentence: f.string({
      nullable: true,
      description: 'The sentence the mention was read in, as it reads after normalization.',
      resolve: (e) => str(e.data, 'sentence'),
    }),
    start: f.int({
      nullable: true,
      description: 'Character offset of the sentence start in the decoded source file.',
      resolve: (e) => num(e.data, 'start'),
    }),
    end: f.int({
      nullable: true,
      description: 'Character offset one past the sentence end in the decoded source file.',
      resolve: (e) => num(e.data, 'end'),
    }),
    document: f.field({
      type: DocumentRef,
      nullable: true,
      description: 'The uploaded file the sentence is in.',
      resolve: (e, _args, ctx) => loadNode(ctx, { type: 'Document', id: str(e.data, 'documentId') ?? '' }),
    }),
  };
};

const EntityMentions = connectionType<StoredNode, MentionEdge>('Mention', ArticleRef, {
  description: 'The articles and sentences an entity was read in, in article order.',
  nodeDescription: 'The article the entity is mentioned in.',
  edgeFields: mentionFields as never,
});

const ArticleMentions = connectionType<StoredNode, MentionEdge>('ArticleMention', EntityUnion, {
  description: 'The entities an article mentions, with the sentence of each mention.',
  nodeDescription: 'The entity mentioned.',
  edgeFields: mentionFields as never,
});

/**
 * `mentions` on an entity type: the articles and sentences it was read in.
 *
 * @example
 * builder.objectFields(PersonRef, (t) => ({ mentions: entityMentionsField(t) }));
 */
export const entityMentionsField = (t: NodeFieldBuilder) =>
  t.field({
    type: EntityMentions,
    description: 'Where this was read: each article and sentence that mentions it.',
    args: pageArgs(t),
    resolve: (node, args, ctx) =>
      edgeConnection(ctx, node, { edge: 'mentionedIn', direction: 'out', otherType: 'Article' }, args, toMention),
  });

/**
 * `mentions` on an article: the entities it mentions, optionally of one type.
 *
 * @example
 * builder.objectFields(ArticleRef, (t) => ({ mentions: articleMentionsField(t) }));
 */
export const articleMentionsField = (t: NodeFieldBuilder) =>
  t.field({
    type: ArticleMentions,
    description:
      'The entities this article mentions, one edge per sentence that mentions one, grouped by type. ' +
      'An entity mentioned in several sentences appears once per sentence.',
    args: {
      type: t.arg({ type: EntityTypeEnum, description: 'Only entities of this type.' }),
      ...pageArgs(t),
    },
    resolve: (node, args, ctx) =>
      edgeConnection(
        ctx,
        node,
        { edge: 'mentionedIn', direction: 'in', ...(args.type ? { otherType: args.type } : {}) },
        args,
        toMention,
      ),
  });
