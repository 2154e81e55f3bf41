import type { AttributeValue, ExportGraph, GraphNode, NodeType } from './graph.ts';

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote, line break or leading/trailing
 * space. A text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a
 * leading `'` and is quoted, as OWASP recommends against formula injection; numbers stay numbers.
 *
 * @example
 * csvField('佛山市总工会, 主席') // → '"佛山市总工会, 主席"'
 * csvField('=HYPERLINK("x")')  // → '"\'=HYPERLINK(""x"")"'
 * csvField(-3)                 // → '-3'
 * csvField(null)               // → ''
 */
export function csvField(value: AttributeValue | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) return `"'${text.replace(/"/g, '""')}"`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows as CSV text with a header line and CRLF line ends.
 *
 * @example
 * toCsv(['Id', 'Label'], [['o1', '佛山市总工会']]) // → 'Id,Label\r\no1,佛山市总工会\r\n'
 */
export function toCsv(headers: readonly string[], rows: readonly (readonly AttributeValue[])[]): string {
  return `${[headers, ...rows].map((row) => row.map((v) => csvField(v)).join(',')).join('\r\n')}\r\n`;
}

/** The CSV file name of each node type. */
export const CSV_FILES: Readonly<Record<NodeType, string>> = {
  Organization: 'organizations.csv',
  Person: 'people.csv',
  Event: 'events.csv',
  Metric: 'metrics.csv',
  Place: 'places.csv',
};

/** The file holding the links. */
export const LINKS_FILE = 'links.csv';

function attributeColumns(items: readonly { attributes: Record<string, AttributeValue> }[]): string[] {
  const columns: string[] = [];
  for (const item of items)
    for (const key of Object.keys(item.attributes)) if (!columns.includes(key)) columns.push(key);
  return columns;
}

/**
 * The graph as CSV files, one per node type plus `links.csv`, laid out for Gephi's spreadsheet
 * import: node files start with `Id,Label`, the links file with `Source,Target,Type,Label`
 * (Type is `Directed`, Label the kind of link) followed by the attributes.
 *
 * @example
 * const files = toCsvFiles(graph);
 * files['organizations.csv'] // → 'Id,Label,name,kind,aliases,placeCode\r\n…'
 */
export function toCsvFiles(graph: ExportGraph): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [type, file] of Object.entries(CSV_FILES) as [NodeType, string][]) {
    const nodes = graph.nodes.filter((n): n is GraphNode => n.type === type);
    const columns = attributeColumns(nodes);
    files[file] = toCsv(
      ['Id', 'Label', ...columns],
      nodes.map((n) => [n.id, n.label, ...columns.map((c) => n.attributes[c] ?? null)]),
    );
  }
  const columns = attributeColumns(graph.edges);
  files[LINKS_FILE] = toCsv(
    ['Source', 'Target', 'Type', 'Label', ...columns],
    graph.edges.map((e) => [e.source, e.target, 'Directed', e.type, ...columns.map((c) => e.attributes[c] ?? null)]),
  );
  return files;
}
