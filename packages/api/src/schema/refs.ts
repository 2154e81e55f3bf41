import type { StoredNode } from '@reportgraph/store';
import { builder } from '../builder.ts';

/**
 * The object type refs, declared up front so each type's file can link to the others.
 * Every node type is backed by the store's `StoredNode` (type, id and attributes).
 */
export const DocumentRef = builder.objectRef<StoredNode>('Document');
export const ArticleRef = builder.objectRef<StoredNode>('Article');
export const OrganizationRef = builder.objectRef<StoredNode>('Organization');
export const PersonRef = builder.objectRef<StoredNode>('Person');
export const EventRef = builder.objectRef<StoredNode>('Event');
export const MetricRef = builder.objectRef<StoredNode>('Metric');
export const PlaceRef = builder.objectRef<StoredNode>('Place');

/** The entity types an article can mention. */
export const ENTITY_TYPES = ['Organization', 'Person', 'Event', 'Metric'] as const;

export const EntityTypeEnum = builder.enumType('EntityType', {
  description: 'The kinds of entity extracted from articles.',
  values: {
    ORGANIZATION: { value: 'Organization', description: 'Organizations (unions, government bodies, companies …).' },
    PERSON: { value: 'Person', description: 'Named people.' },
    EVENT: { value: 'Event', description: 'Meetings, trainings, competitions and other events.' },
    METRIC: { value: 'Metric', description: 'Stated quantities (counts, money, percentages).' },
  } as const,
});

export const EntityUnion = builder.unionType('Entity', {
  description: 'Anything extracted from an article: an organization, a person, an event or a metric.',
  types: [OrganizationRef, PersonRef, EventRef, MetricRef],
  resolveType: (node) => node.type,
});

export const MetricScopeUnion = builder.unionType('MetricScope', {
  description: 'What a metric measures something of: an organization or a place.',
  types: [OrganizationRef, PlaceRef],
  resolveType: (node) => node.type,
});

export const SearchResultUnion = builder.unionType('SearchResult', {
  description: 'A search match: an organization, a person, a metric or a place.',
  types: [OrganizationRef, PersonRef, MetricRef, PlaceRef, EventRef],
  resolveType: (node) => node.type,
});
