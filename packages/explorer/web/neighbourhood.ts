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
  /** Each neighbour links to the centre, or to the neighbour named by `via` (a second hop). */
  neighbours: (GraphNode & { edge?: string; direction?: 'in' | 'out'; via?: string })[];
}

/** Colours of the node types (kept in step with the page's legend). */
export const TYPE_COLOURS: Readonly<Record<string, string>> = {
  Organization: '#c0392b',
  Person: '#2471a3',
  Event: '#d68910',
  Metric: '#7d3c98',
  Place: '#229954',
  Article: '#7f8c8d',
  Document: '#34495e',
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
  const linked = new Set<string>();
  for (const n of hood.neighbours) {
    // A neighbour is drawn once; a second mention only adds a link when it comes by another node.
    if (seen.has(n.id) && !n.via) continue;
    if (!seen.has(n.id)) {
      if (seen.size > MAX_NEIGHBOURS) break;
      seen.add(n.id);
      elements.push({
        data: { id: n.id, label: n.label, type: n.type, center: 0, href: n.href ?? '', hop: n.via ? 2 : 1 },
      });
    }
    const from = n.via ?? center.id;
    if (!seen.has(from)) continue;
    const [source, target] = n.direction === 'in' ? [n.id, from] : [from, n.id];
    const id = `${source}->${target}`;
    if (linked.has(id) || source === target) continue;
    linked.add(id);
    elements.push({ data: { id, source, target, label: n.edge ?? '' } });
  }
  return elements;
}
