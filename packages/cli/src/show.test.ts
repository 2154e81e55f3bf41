import { describe, expect, it } from 'vitest';
import { formatDocuments } from './documents.ts';
import { formatDocumentGraph, isDocumentGlobalId } from './show.ts';

const DOC = {
  id: Buffer.from('Document:d_1').toString('base64url'),
  key: 'samples/000.txt',
  status: 'DONE' as const,
  error: null,
  format: 'text',
  publishedDate: '2025-10-31',
  updatedAt: '2025-11-01T00:00:00Z',
  counts: { articles: 1, organizations: 1, people: 1, events: 0, metrics: 1 },
};

describe('isDocumentGlobalId', () => {
  it('does tell document ids from object keys when given either', () => {
    expect(isDocumentGlobalId(DOC.id)).toBe(true);
    expect(isDocumentGlobalId('samples/000.txt')).toBe(false);
    expect(isDocumentGlobalId(Buffer.from('Person:p_1').toString('base64url'))).toBe(false);
  });
});

describe('formatDocumentGraph', () => {
  it('does list each article with its entities grouped by type when given a graph', () => {
    const text = formatDocumentGraph({
      document: DOC,
      articles: [
        {
          id: 'a',
          index: 0,
          title: '佛山市总工会召开会议',
          entities: [
            { __typename: 'Person', id: 'p', name: '李灿', roles: ['佛山市总工会主席'] },
            { __typename: 'Organization', id: 'o', name: '佛山市总工会', kind: 'UNION' },
            { __typename: 'Metric', id: 'm', subject: '会员', text: '12万人', value: 120000, unit: '人' },
          ],
        },
      ],
    });
    expect(text.split('\n')).toEqual([
      'samples/000.txt  DONE  2025-10-31  1 articles, 1 organizations, 1 people, 0 events, 1 metrics',
      `id: ${DOC.id}`,
      '',
      '[1] 佛山市总工会召开会议',
      '  organizations:',
      '    - 佛山市总工会 (union)',
      '  people:',
      '    - 李灿 — 佛山市总工会主席',
      '  metrics:',
      '    - 会员: 12万人',
    ]);
  });
});

describe('formatDocuments', () => {
  it('does show counts, errors and a summary by status when given documents', () => {
    const failed = { ...DOC, key: 'bad.pdf', status: 'FAILED' as const, counts: null, error: 'Scanned PDF: no text' };
    const text = formatDocuments([DOC, failed]);
    expect(text).toContain('Scanned PDF: no text');
    expect(text).toMatch(/samples\/000\.txt\s+DONE\s+2025-10-31\s+1\s+1\s+1\s+0\s+1/);
    expect(text.endsWith('2 documents: 1 DONE, 1 FAILED')).toBe(true);
    expect(formatDocuments([])).toBe('No documents.');
  });
});
