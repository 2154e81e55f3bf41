import { describe, expect, it } from 'vitest';
import { documentEntity } from './document.ts';
import { edgeFromSortKey, edgeKeyPairs, readEdge } from './edge.ts';
import { isNodeOf, NODE_ENTITIES, readNode } from './index.ts';
import { manifestChunks } from './manifest.ts';
import { organizationEntity } from './organization.ts';

describe('NODE_ENTITIES', () => {
  it('keys every node type by type and id under the node sort key', () => {
    for (const [type, entity] of Object.entries(NODE_ENTITIES)) {
      expect(entity.key('x_1')).toEqual({ pk: `${type}#x_1`, sk: '#node' });
    }
  });
});

describe('documentEntity', () => {
  it('lists a document byType by its key and byStatus by the time of its last change', () => {
    const doc = {
      id: 'd_1',
      bucket: 'b',
      key: '2025/p1.txt',
      status: 'DONE' as const,
      createdAt: 't0',
      updatedAt: 't1',
    };
    expect(documentEntity.indexKeys(doc)).toEqual({
      gsi2pk: 'Document',
      gsi2sk: '2025/p1.txt',
      gsi3pk: 'Document@status#DONE',
      gsi3sk: 't1#d_1',
    });
  });
});

describe('readNode', () => {
  it('reads a stored node item back as a record of its type, keys and bookkeeping left out', () => {
    const { key, set, add } = organizationEntity.write({ id: 'o_1', name: '总工会', aliases: ['工会'] }, 'd_1');
    const stored = { ...key, ...set, aliases: new Set(add?.aliases), docs: new Set(['d_1']) };
    const node = readNode(stored);
    expect(node).toEqual({ type: 'Organization', id: 'o_1', name: '总工会', aliases: ['工会'] });
    expect(isNodeOf(node, 'Organization') && node.aliases).toEqual(['工会']);
  });

  it('returns undefined when the item is an edge or a search term', () => {
    expect(readNode({ pk: 'Person#p_1', sk: 'holds#Organization#o_1#主席', type: 'edge' })).toBeUndefined();
    expect(readNode({ pk: 'term#工会', sk: 'Organization#o_1#d_1', type: 'term' })).toBeUndefined();
  });
});

describe('edgeKeyPairs', () => {
  it('names the other end in the same sort-key form from either end', () => {
    const edge = {
      edge: 'holds' as const,
      from: { type: 'Person' as const, id: 'p_1' },
      to: { type: 'Organization' as const, id: 'o_1' },
      qualifier: '主席',
    };
    expect(edgeKeyPairs(edge)).toEqual({
      byNode: { pk: 'Person#p_1', sk: 'holds#Organization#o_1#主席' },
      byTarget: { pk: 'Organization#o_1', sk: 'holds#Person#p_1#主席' },
    });
  });
});

describe('edgeFromSortKey', () => {
  it('reads the same edge from a summary entry as from the stored item, either direction', () => {
    const stored = {
      type: 'edge',
      edge: 'participates',
      fromType: 'Person',
      fromId: 'p_1',
      toType: 'Event',
      toId: 'e_1',
      qualifier: 'spoke',
      part: 'spoke',
      docs: new Set(['d_1']),
    };
    const fromItem = readEdge(stored);
    const out = edgeFromSortKey({ type: 'Person', id: 'p_1' }, 'out', 'participates#Event#e_1#spoke', {
      part: 'spoke',
    });
    const back = edgeFromSortKey({ type: 'Event', id: 'e_1' }, 'in', 'participates#Person#p_1#spoke', {
      part: 'spoke',
    });
    expect(out).toEqual(fromItem);
    expect(back).toEqual(fromItem);
    expect(fromItem.data).toEqual({ part: 'spoke' });
  });
});

describe('manifestChunks', () => {
  it('splits a long manifest into numbered chunks under the document', () => {
    const keys = Array.from({ length: 1001 }, (_, i) => `k${i}`);
    const chunks = manifestChunks('d_1', keys);
    expect(chunks.map((c) => c.key)).toEqual([
      { pk: 'Document#d_1', sk: 'manifest#0000' },
      { pk: 'Document#d_1', sk: 'manifest#0001' },
    ]);
    expect(chunks.map((c) => c.keys.length)).toEqual([1000, 1]);
  });
});
