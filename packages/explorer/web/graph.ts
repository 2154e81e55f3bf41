import type { Core } from 'cytoscape';
import { type Neighbourhood, neighbourhoodElements, TYPE_COLOURS } from './neighbourhood.ts';

export type { GraphNode, Neighbourhood } from './neighbourhood.ts';

/**
 * Draws a neighbourhood into `container` with cytoscape.js, loaded on first use so the first
 * paint stays light. Clicking a node opens its page; wheel zooms, drag pans.
 *
 * @example
 * await renderNeighbourhood(document.querySelector('#graph')!, hood);
 */
export async function renderNeighbourhood(container: HTMLElement, hood: Neighbourhood): Promise<Core> {
  const { default: cytoscape } = await import('cytoscape');
  const cy = cytoscape({
    container,
    elements: neighbourhoodElements(hood),
    wheelSensitivity: 0.3,
    minZoom: 0.3,
    maxZoom: 3,
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          'background-color': (node) => TYPE_COLOURS[node.data('type') as string] ?? '#555',
          color: '#222',
          'font-size': 11,
          'text-valign': 'bottom',
          'text-margin-y': 3,
          'text-wrap': 'ellipsis',
          'text-max-width': '120px',
          width: 16,
          height: 16,
        },
      },
      { selector: 'node[center = 1]', style: { width: 30, height: 30, 'font-size': 14, 'font-weight': 'bold' } },
      {
        selector: 'edge',
        style: {
          width: 1.2,
          'line-color': '#bbb',
          'target-arrow-color': '#bbb',
          'target-arrow-shape': 'triangle',
          'curve-style': 'bezier',
          label: 'data(label)',
          'font-size': 9,
          color: '#777',
          'text-rotation': 'autorotate',
        },
      },
    ],
    layout: {
      name: hood.neighbours.length > 12 ? 'concentric' : 'circle',
      concentric: (node) => (node.data('center') ? 2 : 1),
      levelWidth: () => 1,
      padding: 24,
      animate: false,
    } as cytoscape.LayoutOptions,
  });
  cy.on('tap', 'node', (event) => {
    const href = event.target.data('href') as string;
    if (href) location.hash = href;
  });
  return cy;
}
