import type { DateSource, EventType } from '../extraction.ts';
import { byCategoryKey, byPlaceKey, byTypeKey } from './keys.ts';
import { defineNode, type NodeRecord } from './node.ts';

/** An event's stored attributes. */
export interface EventAttributes {
  title: string;
  /** ISO date (2025-10-29), `--10-29` when the year is unknown; absent when the text gives none. */
  date?: string;
  dateSource?: DateSource;
  /** Stored as `eventType`: `type` is the node type. */
  eventType?: EventType;
  /** Where it was held, as written. */
  location?: string;
  placeCode?: string;
}

/** An event node as read back. */
export type EventNode = NodeRecord<'Event', EventAttributes>;

/** A sortable date: undated events sort first. */
const dateKey = (date: string | undefined) => date ?? '0000-00-00';

/** The byType order of events: by date, then title (a date prefix such as `2025-10` selects a month). */
const byDate = (e: EventAttributes) => [dateKey(e.date), e.title];

/**
 * Events: listed by date (byType), by place (byPlace) and by type, by date (byCategory).
 *
 * @example
 * eventEntity.indexKeys({ id: 'e_1', title: '推进会', date: '2025-10-29' })
 * // → { gsi2pk: 'Event', gsi2sk: '2025-10-29#推进会' }
 */
export const eventEntity = defineNode<'Event', EventAttributes>({
  type: 'Event',
  attributes: {
    title: 'string',
    date: 'string?',
    dateSource: 'string?',
    eventType: 'string?',
    location: 'string?',
    placeCode: 'string?',
  },
  indexes: {
    byType: (e) => byTypeKey('Event', byDate(e)),
    byPlace: (e) => (e.placeCode ? byPlaceKey('Event', e.placeCode, byDate(e)) : undefined),
    byCategory: (e) => (e.eventType ? byCategoryKey('Event', 'eventType', e.eventType, byDate(e)) : undefined),
  },
});
