import { normalizePage } from './page/normalize.ts';
import { type Sentence, splitSentences } from './page/sentences.ts';
import { type ArticleContext, articleContext } from './places/context.ts';

/**
 * Test helper: the sentences of a short text (one paragraph, read as an article's lead)
 * and their place context, as the extractor would see them.
 *
 * @example
 * const { sentences, ctx } = sentencesOf('佛山市总工会召开会议。');
 */
export function sentencesOf(text: string, province = '440000'): { sentences: Sentence[]; ctx: ArticleContext } {
  const sentences = normalizePage(text).flatMap((b) => splitSentences(b, 0, { lead: true }));
  sentences.forEach((s, i) => {
    s.index = i;
  });
  return { sentences, ctx: articleContext(sentences, province) };
}
