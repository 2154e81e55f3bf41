import type { AttributeValue, ExportGraph } from './graph.ts';

/**
 * Escapes text for XML content and attributes, dropping characters XML 1.0 does not allow.
 *
 * @example
 * xmlEscape('A & <B> "C"') // → 'A &amp; &lt;B&gt; &quot;C&quot;'
 */
export function xmlEscape(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing the control characters XML forbids
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

type GraphmlType = 'string' | 'double' | 'boolean';

/** A declared GraphML attribute: its key id, name, and value type. */
interface KeyDef {
  id: string;
  name: string;
  type: GraphmlType;
}

function keysFor(
  prefix: string,
  items: readonly { attributes: Record<string, AttributeValue> }[],
  fixed: readonly string[],
): KeyDef[] {
  const types = new Map<string, Set<string>>();
  for (const name of fixed) types.set(name, new Set(['string']));
  for (const item of items)
    for (const [name, value] of Object.entries(item.attributes)) {
      const seen = types.get(name) ?? new Set<string>();
      if (value !== null) seen.add(typeof value);
      types.set(name, seen);
    }
  return [...types].map(([name, seen], i) => ({
    id: `${prefix}${i}`,
    name,
    type:
      seen.size === 1 && seen.has('number') ? 'double' : seen.size === 1 && seen.has('boolean') ? 'boolean' : 'string',
  }));
}

function data(keys: readonly KeyDef[], values: Record<string, AttributeValue>, indent: string): string[] {
  const lines: string[] = [];
  for (const key of keys) {
    const value = values[key.name];
    if (value === null || value === undefined || value === '') continue;
    lines.push(`${indent}<data key="${key.id}">${xmlEscape(String(value))}</data>`);
  }
  return lines;
}

/**
 * The graph as GraphML for Gephi, yEd or NetworkX: a directed graph whose nodes carry `label`,
 * `type` and their attributes and whose edges carry `label` (the kind of link) and theirs,
 * each attribute declared once with its type (numbers as double).
 *
 * @example
 * toGraphml({ nodes: [{ id: 'o1', type: 'Organization', label: '佛山市总工会', attributes: {} }], edges: [] })
 * // → '<?xml version="1.0" encoding="UTF-8"?>\n<graphml …>…<data key="n0">佛山市总工会</data>…'
 */
export function toGraphml(graph: ExportGraph): string {
  const nodeKeys = keysFor('n', graph.nodes, ['label', 'type']);
  const edgeKeys = keysFor('e', graph.edges, ['label']);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [forWhat, keys] of [
    ['node', nodeKeys],
    ['edge', edgeKeys],
  ] as const)
    for (const key of keys)
      lines.push(`  <key id="${key.id}" for="${forWhat}" attr.name="${xmlEscape(key.name)}" attr.type="${key.type}"/>`);
  lines.push('  <graph id="reportgraph" edgedefault="directed">');
  for (const node of graph.nodes) {
    lines.push(`    <node id="${xmlEscape(node.id)}">`);
    lines.push(...data(nodeKeys, { ...node.attributes, label: node.label, type: node.type }, '      '));
    lines.push('    </node>');
  }
  graph.edges.forEach((edge, i) => {
    lines.push(`    <edge id="e${i}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}">`);
    lines.push(...data(edgeKeys, { ...edge.attributes, label: edge.type }, '      '));
    lines.push('    </edge>');
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
