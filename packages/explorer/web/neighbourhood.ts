import type { ElementDefinition } from 'cytoscape';

/** A node of a neighbourhood graph. */
export interface GraphNode {
  id: string;
  label: string;
  type: string;
  /** The page it links to. */
  href?: string;
}

/** A node's neighbourhood: the node, its neighbours and the label of each link. */
export interface Neighbourhood {
  center: GraphNode;
  neighbours: (GraphNode & { edge?: string; direction?: 'in' | 'out' })[];
}

/** Colours of the node types (kept in step with the page's legend). */
export const TYPE_COLOURS: Readonly<Record<string, string>> = {
  Organization: '#c0392b',
  Person: '#2471a3',
  Event: '#d68910',
  Metric: '#7d3c98',
  Place: '#229954',
  Article: '#7f8c8d',
};

/** The most neighbours drawn around one node. */
export const MAX_NEIGHBOURS = 60;

/**
 * Cytoscape elements for a neighbourhood: the centre, up to {@link MAX_NEIGHBOURS} distinct
 * neighbours, one edge each (labelled with the role or kind of link).
 *
 * @example
 * neighbourhoodElements({ center: { id: 'o', label: '佛山市总工会', type: 'Organization' }, neighbours: [] })
 * // → [{ data: { id: 'o', label: '佛山市总工会', type: 'Organization', center: 1 } }]
 */
export function neighbourhoodElements(hood: Neighbourhood): ElementDefinition[] {
  const { center } = hood;
  const elements: ElementDefinition[] = [
    { data: { id: center.id, label: center.label, type: center.type, center: 1, href: center.href ?? '' } },
  ];
  const seen = new Set([center.id]);
  for (const n of hood.neighbours) {
    if (seen.has(n.id)) continue;
    if (seen.size > MAX_NEIGHBOURS) break;
    seen.add(n.id);
    elements.push({ data: { id: n.id, label: n.label, type: n.type, center: 0, href: n.href ?? '' } });
    const [source, target] = n.direction === 'in' ? [n.id, center.id] : [center.id, n.id];
    elements.push({ data: { id: `${source}->${target}`, source, target, label: n.edge ?? '' } });
  }
  return elements;
}
