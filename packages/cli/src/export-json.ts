import type { ExportGraph } from './graph.ts';

/**
 * The graph as one JSON document: `{ source, exportedAt, nodes, edges }`, pretty-printed.
 *
 * @example
 * toJson(graph, { source: 'http://127.0.0.1:4000/graphql', exportedAt: '2025-11-01T00:00:00Z' })
 * // → '{\n  "source": "http://127.0.0.1:4000/graphql", …'
 */
export function toJson(graph: ExportGraph, meta: { source: string; exportedAt: string }): string {
  return `${JSON.stringify({ ...meta, nodes: graph.nodes, edges: graph.edges }, null, 2)}\n`;
}
