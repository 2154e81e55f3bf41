import type { SearchableType, SearchEntry } from '../entities/search-entry.ts';
import type { ExtractResult } from '../extraction.ts';

/** What one document says about an entity's search entry: its labels (its count is the store's). */
export type EntryDraft = Omit<SearchEntry, 'mentions'>;

/** `<Type>#<id>`: how a search record names an entry. */
export const entryName = (ref: { type: string; id: string }) => `${ref.type}#${ref.id}`;

/**
 * The search entries one document contributes: one per entity it names (places, organizations
 * with their aliases, people, events by title, metrics by subject), each once, in a stable order.
 *
 * @example
 * searchEntriesOf(extract(text)).map((e) => e.name) // → ['佛山市', '佛山市总工会', '李灿', …]
 */
export function searchEntriesOf(result: ExtractResult): EntryDraft[] {
  const drafts: EntryDraft[] = [
    ...result.places.map((p) => draft('Place', p.code, p.name, [], p.code)),
    ...result.organizations.map((o) => draft('Organization', o.id, o.name, o.aliases)),
    ...result.people.map((p) => draft('Person', p.id, p.name)),
    ...result.events.map((e) => draft('Event', e.id, e.title)),
    ...result.metrics.map((m) => draft('Metric', m.id, m.subject)),
  ];
  const byName = new Map<string, EntryDraft>();
  for (const d of drafts) {
    if (!d.name.trim()) continue;
    const key = entryName(d.ref);
    const prior = byName.get(key);
    if (prior) prior.aliases = [...new Set([...prior.aliases, ...d.aliases])];
    else byName.set(key, d);
  }
  return [...byName.values()].sort((a, b) => (entryName(a.ref) < entryName(b.ref) ? -1 : 1));
}

function draft(type: SearchableType, id: string, name: string, aliases: readonly string[] = [], code?: string) {
  const others = [...new Set(aliases.filter((a) => a && a !== name))];
  return { ref: { type, id }, name, aliases: others, ...(code ? { code } : {}) };
}
