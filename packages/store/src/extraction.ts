/**
 * Everything the store takes from the extractor, in one place: the extraction result it turns
 * into items, the vocabularies its entities store, stable ids and name folding. When these move
 * to a contract package of their own, this file is the one import to change.
 */
import type { ExtractedPlace } from '@reportgraph/extract';

export type {
  DateSource,
  EventPart,
  EventType,
  ExtractedArticle,
  ExtractedEvent,
  ExtractedMetric,
  ExtractedOrganization,
  ExtractedPerson,
  ExtractedPlace,
  ExtractResult,
  Mention,
  MetricQualifier,
  OrganizationKind,
} from '@reportgraph/extract';
export { foldText, stableId } from '@reportgraph/extract';

/** The level of an administrative division. */
export type PlaceLevel = ExtractedPlace['level'];
