import { type ExtractResult, type Mention, stableId } from '@reportgraph/contract';
import type { GraphStore } from '@reportgraph/store';

/** Name prefix of the synthetic organizations, so a list query can select exactly them. */
export const FANOUT_PREFIX = '基准测试机构';

/**
 * A synthetic page whose graph fans out `width` ways at every level: `width` organizations, each
 * with `width` people (positions), each organization organizing `width` events in which all of
 * its people take part. `organizations(first: width) → people → events → participants` then
 * touches width⁴ edges over width² distinct people and width² distinct events: the sample pages'
 * graph has no person–event links, so a four-level query over it would stop after two levels.
 */
export function fanOutGraph(width = 5): ExtractResult {
  const text = `${FANOUT_PREFIX}基准页面。`;
  const mention: Mention = { article: 0, sentence: text, start: 0, end: text.length };
  const organizations: ExtractResult['organizations'] = [];
  const people: ExtractResult['people'] = [];
  const events: ExtractResult['events'] = [];
  for (let o = 0; o < width; o++) {
    const orgName = `${FANOUT_PREFIX}${String(o).padStart(2, '0')}`;
    const orgId = stableId('Organization', orgName);
    organizations.push({
      id: orgId,
      name: orgName,
      aliases: [],
      kind: 'union',
      placeCode: '440600',
      mentions: [mention],
    });
    const personIds: string[] = [];
    for (let p = 0; p < width; p++) {
      const name = `基准${o}${p}`;
      const id = stableId('Person', `${orgName}#${name}`);
      personIds.push(id);
      people.push({
        id,
        name,
        roles: [`${orgName}委员`],
        positions: [{ role: `${orgName}委员`, title: '委员', organizationId: orgId }],
        mentions: [mention],
      });
    }
    for (let e = 0; e < width; e++) {
      const title = `${orgName}第${e + 1}次会议`;
      events.push({
        id: stableId('Event', `2025-10-${String(e + 1).padStart(2, '0')}#${title}`),
        title,
        date: `2025-10-${String(e + 1).padStart(2, '0')}`,
        dateSource: 'text',
        type: 'meeting',
        placeCode: '440600',
        organizerIds: [orgId],
        participants: personIds.map((personId) => ({ personId, part: 'attended' as const })),
        mentions: [mention],
      });
    }
  }
  return {
    extractorVersion: 'bench-fanout',
    publishedDate: '2025-10-31',
    articles: [
      { id: stableId('Article', 'bench-fanout#0'), index: 0, title: '基准页面', text, start: 0, end: text.length },
    ],
    places: [
      { code: '440000', name: '广东省', level: 'province' },
      { code: '440600', name: '佛山市', level: 'city', parentCode: '440000' },
    ],
    organizations,
    people,
    events,
    metrics: [],
  };
}

/** Writes the synthetic fan-out graph into the store (idempotent). */
export async function seedFanOut(store: GraphStore, width = 5): Promise<void> {
  await store.writeDocumentGraph(stableId('Document', 'bench/fanout'), fanOutGraph(width));
}
