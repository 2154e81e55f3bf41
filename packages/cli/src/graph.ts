/** A value of a node or edge attribute. */
export type AttributeValue = string | number | boolean | null;

/** The node types an export holds. */
export const NODE_TYPES = ['Organization', 'Person', 'Event', 'Metric', 'Place'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/** A node of the exported graph; `id` is the API's global id. */
export interface GraphNode {
  id: string;
  type: NodeType;
  label: string;
  attributes: Record<string, AttributeValue>;
}

/**
 * Link kinds: a person HOLDS_ROLE at an organization, an organization ORGANIZED an event, a
 * person TOOK_PART in an event, a union is a SUBUNIT_OF another, an organization is LOCATED_IN
 * and an event HELD_IN a place, a metric MEASURES an organization or place, a place lies WITHIN another.
 */
export type EdgeType =
  | 'HOLDS_ROLE'
  | 'ORGANIZED'
  | 'TOOK_PART'
  | 'SUBUNIT_OF'
  | 'LOCATED_IN'
  | 'HELD_IN'
  | 'MEASURES'
  | 'WITHIN';

/** A directed link of the exported graph. */
export interface GraphEdge {
  source: string;
  target: string;
  type: EdgeType;
  attributes: Record<string, AttributeValue>;
}

/** The whole graph as exported. */
export interface ExportGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/**
 * Drops edges whose ends are not nodes of the graph and repeated edges (same ends, type and
 * attributes), so every format holds a consistent graph.
 *
 * @example
 * cleanEdges({ nodes: [a, b], edges: [ab, ab, ac] }) // → { nodes: [a, b], edges: [ab] }
 */
export function cleanEdges(graph: ExportGraph): ExportGraph {
  const ids = new Set(graph.nodes.map((n) => n.id));
  const seen = new Set<string>();
  const edges = graph.edges.filter((e) => {
    if (!ids.has(e.source) || !ids.has(e.target)) return false;
    const key = JSON.stringify([e.source, e.target, e.type, e.attributes]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { nodes: graph.nodes, edges };
}

/** Flattens an attribute value for text formats: lists joined with `|`. */
export function attributeText(value: unknown): AttributeValue {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.join('|');
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}
