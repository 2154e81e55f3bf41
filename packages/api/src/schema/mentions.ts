import type { ArticleNode, EdgeSource, MentionData, NodeOf, StoredEdge } from '@reportgraph/store';
import type { FieldBuilder } from '../builder.ts';
import { connectionType, type EdgeShape, edgeConnection, loadNode, pageArgs } from './connection.ts';
import { ArticleRef, DocumentRef, EntityTypeEnum, EntityUnion } from './refs.ts';

/** A node an article can mention: an organization, a person, an event or a metric. */
type MentionedNode = NodeOf<EdgeSource<'mentionedIn'>>;

/** A mention: where an entity was read, with the sentence. */
export interface MentionEdge<N> extends EdgeShape<N> {
  data: MentionData;
}

const toMention = <N>(edge: StoredEdge<'mentionedIn'>, node: N, cursor: string): MentionEdge<N> => ({
  cursor,
  node,
  data: edge.data,
});

const mentionFields = <N>(t: FieldBuilder<MentionEdge<N>>) => ({
  sentence: t.string({
    nullable: true,
    description: 'The sentence the mention was read in, as it reads after normalization.',
    resolve: (e) => e.data.sentence,
  }),
  start: t.int({
    nullable: true,
    description: 'Character offset of the sentence start in the decoded source file.',
    resolve: (e) => e.data.start,
  }),
  end: t.int({
    nullable: true,
    description: 'Character offset one past the sentence end in the decoded source file.',
    resolve: (e) => e.data.end,
  }),
  document: t.field({
    type: DocumentRef,
    nullable: true,
    description: 'The uploaded file the sentence is in.',
    resolve: (e, _args, ctx) => loadNode(ctx, { type: 'Document', id: e.data.documentId ?? '' }),
  }),
});

const EntityMentions = connectionType<ArticleNode, MentionEdge<ArticleNode>>('Mention', ArticleRef, {
  description: 'The articles and sentences an entity was read in, in article order.',
  nodeDescription: 'The article the entity is mentioned in.',
  edgeFields: mentionFields,
});

const ArticleMentions = connectionType<MentionedNode, MentionEdge<MentionedNode>>('ArticleMention', EntityUnion, {
  description: 'The entities an article mentions, with the sentence of each mention.',
  nodeDescription: 'The entity mentioned.',
  edgeFields: mentionFields,
});

/**
 * `mentions` on an entity type: the articles and sentences it was read in.
 *
 * @example
 * builder.objectFields(PersonRef, (t) => ({ mentions: entityMentionsField(t) }));
 */
export const entityMentionsField = <N extends MentionedNode>(t: FieldBuilder<N>) =>
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
export const articleMentionsField = (t: FieldBuilder<ArticleNode>) =>
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
