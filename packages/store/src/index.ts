export { countFromSummary, edgesFromSummary, SUMMARIZED_EDGES, type SummaryOptions } from './adjacency.ts';
export { createDocumentClient } from './client.ts';
export type { StoreContext } from './context.ts';
export type { EdgeCountOptions } from './counts.ts';
export { decodeCursor, encodeCursor, InvalidCursorError } from './cursor.ts';
export { documentIdFor, type LeaseGuard } from './documents.ts';
export type { ArticleAttributes, ArticleNode } from './entities/article.ts';
export type {
  DocumentAttributes,
  DocumentCounts,
  DocumentNode,
  DocumentRecord,
  DocumentStatus,
} from './entities/document.ts';
export {
  type Direction,
  EDGES,
  type EdgeData,
  type EdgeName,
  type EdgeSource,
  type EdgeTarget,
  isEdge,
  type MentionData,
  type OtherEnd,
  otherEndTypes,
  type PartData,
  type RoleData,
  type StoredEdge,
} from './entities/edge.ts';
export type { EventAttributes, EventNode } from './entities/event.ts';
export { type GraphNode, isNodeOf, type NodeOf, type NodeTypes, refOf } from './entities/index.ts';
export { ACCESS_PATTERNS, type AccessPattern } from './entities/indexes.ts';
export { nodeKey, pinyinKey, placePrefix } from './entities/keys.ts';
export type { MetricAttributes, MetricNode } from './entities/metric.ts';
export type { AdjacencySummary, NodeRecord } from './entities/node.ts';
export type { OrganizationAttributes, OrganizationNode } from './entities/organization.ts';
export type { PersonAttributes, PersonNode } from './entities/person.ts';
export type { PlaceAttributes, PlaceNode } from './entities/place.ts';
export { SEARCHABLE_TYPES, type SearchableType, type SearchEntry } from './entities/search-entry.ts';
export { type GraphItem, toGraphItems } from './items.ts';
export { LeaseLostError, type LeaseRequest } from './lease.ts';
export { type CostMeter, createMeter, type MeterBudget, RequestBudgetError, releaseMeter } from './meter.ts';
export type { EdgeOptions, ListOptions, PageRequest } from './read.ts';
export { ListTooLargeError, type ReadListOptions } from './scan-list.ts';
export { createEmbeddedSearch, type EmbeddedSearchOptions } from './search/engine.ts';
export { MATCH_KINDS, type MatchKind, type SearchHit } from './search/rank.ts';
export { normalizeTerm } from './search/text.ts';
export type { SearchEngine, SearchOptions, SearchPage } from './search.ts';
export { ensureTable } from './setup.ts';
export { GraphStore } from './store.ts';
export { createTableInput, type IndexName, tableDefinition } from './table.ts';
export * from './types.ts';
export type { PriorGraph, WriteSummary } from './write.ts';
