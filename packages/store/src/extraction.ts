/**
 * Everything the store takes from the contract it shares with the extractor, in one place: the
 * extraction result it turns into items, the vocabularies its entities store, stable ids and
 * name folding.
 */
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
  PlaceLevel,
} from '@reportgraph/contract';
export { foldText, stableId } from '@reportgraph/contract';
