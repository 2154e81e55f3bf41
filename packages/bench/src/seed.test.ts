import { describe, expect, it } from 'vitest';
import { FANOUT_PREFIX, fanOutGraph } from './seed.ts';

describe('fanOutGraph', () => {
  it('fans out width ways at each level of organizations → people → events → participants', () => {
    const graph = fanOutGraph(3);
    expect(graph.organizations).toHaveLength(3);
    expect(graph.people).toHaveLength(9);
    expect(graph.events).toHaveLength(9);
    expect(graph.organizations.every((o) => o.name.startsWith(FANOUT_PREFIX))).toBe(true);
    const org = graph.organizations[0];
    const staff = graph.people.filter((p) => p.positions.some((pos) => pos.organizationId === org?.id));
    expect(staff).toHaveLength(3);
    const events = graph.events.filter((e) => e.organizerIds.includes(org?.id ?? ''));
    expect(events.every((e) => e.participants.length === 3)).toBe(true);
  });

  it('is deterministic, so re-seeding writes the same items', () => {
    expect(fanOutGraph(2)).toEqual(fanOutGraph(2));
  });
});
