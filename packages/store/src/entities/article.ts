import type { ExtractedArticle } from '../extraction.ts';
import { byTypeKey } from './keys.ts';
import { defineNode, type NodeRecord } from './node.ts';

/**
 * An article's stored attributes: one article of an uploaded page, as the extractor read it
 * (offsets optional: older items lack them), with its document and the page's publication date.
 */
export interface ArticleAttributes
  extends Pick<ExtractedArticle, 'index' | 'title' | 'subtitle' | 'byline' | 'dateline' | 'signature' | 'text'>,
    Partial<Pick<ExtractedArticle, 'start' | 'end'>> {
  /** The document it is part of: an article belongs to one document only. */
  documentId: string;
  publishedDate?: string;
}

/** An article node as read back. */
export type ArticleNode = NodeRecord<'Article', ArticleAttributes>;

/**
 * Articles: listed by document, then position on the page (byType).
 *
 * @example
 * articleEntity.indexKeys({ id: 'a_1', documentId: 'd_1', index: 2, title: '…', text: '…' })
 * // → { gsi2pk: 'Article', gsi2sk: 'd_1#0002' }
 */
export const articleEntity = defineNode<'Article', ArticleAttributes>({
  type: 'Article',
  attributes: {
    documentId: 'string',
    index: 'number',
    title: 'string',
    subtitle: 'string?',
    byline: 'string?',
    dateline: 'string?',
    signature: 'string?',
    text: 'string',
    start: 'number?',
    end: 'number?',
    publishedDate: 'string?',
  },
  indexes: { byType: (a) => byTypeKey('Article', [a.documentId, String(a.index).padStart(4, '0')]) },
});
