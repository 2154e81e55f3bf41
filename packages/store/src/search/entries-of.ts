import type { SearchableType, SearchEntry } from '../entities/search-entry.ts';
import type { ExtractResult } from '../extraction.ts';

/**
 * What one document says about an entity's search entry: which entity and its label. Its
 * aliases and a place's code are the node's own; its count is the store's.
 */
export type EntryDraft = Pick<SearchEntry, 'ref' | 'name'>;

/** `<Type>#<id>`: how a search record names an entry. */
export const entryName = (ref: { type: string; id: string }) => `${ref.type}#${ref.id}`;

/**
 * The search entries one document contributes: one per entity it names (places, organizations,
 * people, events by title, metrics by subject), each once, in a stable order.
 *
 * @example
 * searchEntriesOf(extract(text)).map((e) => e.name) // → ['佛山市', '佛山市总工会', '李灿', …]
 */
export function searchEntriesOf(result: ExtractResult): EntryDraft[] {
  const drafts: EntryDraft[] = [
    ...result.places.map((p) => draft('Place', p.code, p.name)),
    ...result.organizations.map((o) => draft('Organization', o.id, o.name)),
    ...result.people.map((p) => draft('Person', p.id, p.name)),
    ...result.events.map((e) => draft('Event', e.id, e.title)),
    ...result.metrics.map((m) => draft('Metric', m.id, m.subject)),
  ];
  const byName = new Map<string, EntryDraft>();
  for (const d of drafts) if (d.name.trim() && !byName.has(entryName(d.ref))) byName.set(entryName(d.ref), d);
  return [...byName.values()].sort((a, b) => (entryName(a.ref) < entryName(b.ref) ? -1 : 1));
}

const draft = (type: SearchableType, id: string, name: string): EntryDraft => ({ ref: { type, id }, name });
