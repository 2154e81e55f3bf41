import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportTarget, writeExport } from './export.ts';
import { csvField, toCsv, toCsvFiles } from './export-csv.ts';
import { toGraphml, xmlEscape } from './export-graphml.ts';
import { toJson } from './export-json.ts';
import { cleanEdges, type ExportGraph } from './graph.ts';

const GRAPH: ExportGraph = {
  nodes: [
    {
      id: 'o1',
      type: 'Organization',
      label: '佛山市总工会',
      attributes: { name: '佛山市总工会', kind: 'UNION', aliases: '市总工会' },
    },
    { id: 'p1', type: 'Person', label: '李灿', attributes: { name: '李灿', roles: '佛山市总工会主席' } },
    { id: 'm1', type: 'Metric', label: '会员 12万人', attributes: { subject: '会员', value: 120000, isTarget: false } },
  ],
  edges: [
    { source: 'p1', target: 'o1', type: 'HOLDS_ROLE', attributes: { role: '佛山市总工会主席', title: '主席' } },
    { source: 'm1', target: 'o1', type: 'MEASURES', attributes: {} },
  ],
};

describe('cleanEdges', () => {
  it('does drop dangling and repeated edges when the graph has them', () => {
    const edge = GRAPH.edges[1] as ExportGraph['edges'][number];
    const cleaned = cleanEdges({ nodes: GRAPH.nodes, edges: [edge, edge, { ...edge, target: 'gone' }] });
    expect(cleaned.edges).toEqual([edge]);
  });
});

describe('csvField', () => {
  it('does quote fields with commas, quotes and line breaks when they have them', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('x\ny')).toBe('"x\ny"');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField(null)).toBe('');
  });

  it('does neutralize a text cell as OWASP recommends when it starts like a formula', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('+1+2')).toBe(`"'+1+2"`);
    expect(csvField('-2+3')).toBe(`"'-2+3"`);
    expect(csvField('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvField('\t=1')).toBe(`"'\t=1"`);
    expect(csvField('\r=1')).toBe(`"'\r=1"`);
    expect(csvField(-3)).toBe('-3');
    expect(csvField('佛山-南海')).toBe('佛山-南海');
  });
});

describe('toCsv', () => {
  it('does write a header and CRLF lines when given rows', () => {
    expect(toCsv(['Id', 'Label'], [['o1', '佛山市总工会']])).toBe('Id,Label\r\no1,佛山市总工会\r\n');
  });
});

describe('toCsvFiles', () => {
  it('does write one file per type and a Gephi-style links file when given a graph', () => {
    const files = toCsvFiles(GRAPH);
    expect(Object.keys(files).sort()).toEqual([
      'events.csv',
      'links.csv',
      'metrics.csv',
      'organizations.csv',
      'people.csv',
      'places.csv',
    ]);
    expect(files['organizations.csv']).toBe(
      'Id,Label,name,kind,aliases\r\no1,佛山市总工会,佛山市总工会,UNION,市总工会\r\n',
    );
    expect(files['links.csv']?.split('\r\n')[0]).toBe('Source,Target,Type,Label,role,title');
    expect(files['links.csv']).toContain('p1,o1,Directed,HOLDS_ROLE,佛山市总工会主席,主席');
    expect(files['events.csv']).toBe('Id,Label\r\n');
  });
});

describe('xmlEscape', () => {
  it('does escape markup and drop forbidden control characters when given them', () => {
    expect(xmlEscape('A & <B> "C"\u0001')).toBe('A &amp; &lt;B&gt; &quot;C&quot;');
  });
});

describe('toGraphml', () => {
  it('does produce well-formed GraphML with typed keys when given a graph', () => {
    const xml = toGraphml(GRAPH);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml) as {
      graphml: {
        key: { id: string; 'attr.name': string; 'attr.type': string; for: string }[];
        graph: { node: unknown[]; edge: unknown[] };
      };
    };
    expect(doc.graphml.graph.node).toHaveLength(3);
    expect(doc.graphml.graph.edge).toHaveLength(2);
    const value = doc.graphml.key.find((k) => k['attr.name'] === 'value');
    expect(value).toMatchObject({ for: 'node', 'attr.type': 'double' });
    expect(doc.graphml.key.find((k) => k['attr.name'] === 'isTarget')).toMatchObject({ 'attr.type': 'boolean' });
    expect(xml).toContain('佛山市总工会');
  });
});

describe('toJson', () => {
  it('does hold the source, the time and the graph when serialized', () => {
    const parsed = JSON.parse(toJson(GRAPH, { source: 'u', exportedAt: 't' })) as ExportGraph & { source: string };
    expect(parsed.source).toBe('u');
    expect(parsed.nodes).toHaveLength(3);
  });
});

describe('writeExport', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rg-export-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('does pick a file inside a folder when --out names a folder', async () => {
    expect(await exportTarget('graphml', dir)).toEqual({ file: join(dir, 'reportgraph.graphml') });
    expect(await exportTarget('json', join(dir, 'g.json'))).toEqual({ file: join(dir, 'g.json') });
    expect(await exportTarget('csv', join(dir, 'csv'))).toEqual({ dir: join(dir, 'csv') });
  });

  it('does write every CSV file when the format is csv', async () => {
    const files = await writeExport(GRAPH, { format: 'csv', out: join(dir, 'csv'), source: 'u' });
    expect(files).toHaveLength(6);
    expect((await readdir(join(dir, 'csv'))).sort()).toContain('links.csv');
    expect(await readFile(join(dir, 'csv', 'people.csv'), 'utf8')).toContain('李灿');
  });
});
