import type { ExtractOptions, ExtractResult } from './types.ts';

/** Bumped whenever extraction output can change, so documents can be reprocessed. */
export const EXTRACTOR_VERSION = '0.0.0';

/** Placeholder until the extractor lands. */
export function extract(_text: string, options: ExtractOptions = {}): ExtractResult {
  return {
    extractorVersion: EXTRACTOR_VERSION,
    publishedDate: options.publishedDate,
    articles: [],
    places: [],
    organizations: [],
    people: [],
    events: [],
    metrics: [],
  };
}
