import type {
  ArticleNode,
  DocumentNode,
  EventNode,
  MetricNode,
  OrganizationNode,
  PersonNode,
  PlaceNode,
} from '@reportgraph/store';
import { builder } from '../builder.ts';

/**
 * The object type refs, declared up front so each type's file can link to the others. Each node
 * type is backed by the store's typed record of that type, so a resolver that reads an attribute
 * the type does not have fails to compile.
 */
export const DocumentRef = builder.objectRef<DocumentNode>('Document');
export const ArticleRef = builder.objectRef<ArticleNode>('Article');
export const OrganizationRef = builder.objectRef<OrganizationNode>('Organization');
export const PersonRef = builder.objectRef<PersonNode>('Person');
export const EventRef = builder.objectRef<EventNode>('Event');
export const MetricRef = builder.objectRef<MetricNode>('Metric');
export const PlaceRef = builder.objectRef<PlaceNode>('Place');

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
