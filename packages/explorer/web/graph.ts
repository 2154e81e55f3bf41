import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import { expandNode } from './expand.ts';
import { type GraphNode, type Neighbourhood, neighbourhoodElements, TYPE_COLOURS } from './neighbourhood.ts';

export type { GraphNode, Neighbourhood } from './neighbourhood.ts';

/** The most nodes drawn; expanding stops adding beyond it. */
export const MAX_NODES = 200;

const STYLE = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'background-color': (node: NodeSingular) => TYPE_COLOURS[node.data('type') as string] ?? '#555',
      color: '#222',
      'font-size': 11,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'ellipsis',
      'text-max-width': '120px',
      'text-background-color': '#fff',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
      width: 16,
      height: 16,
    },
  },
  { selector: 'node[center = 1]', style: { width: 30, height: 30, 'font-size': 14, 'font-weight': 'bold' } },
  { selector: 'node[expanded = 1]', style: { 'border-width': 2, 'border-color': '#222' } },
  {
    selector: 'edge',
    style: {
      width: 1.2,
      'line-color': '#bbb',
      'target-arrow-color': '#bbb',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 10,
      color: '#444',
      'text-background-color': '#fff',
      'text-background-opacity': 0.9,
      'text-background-padding': '2px',
      'text-rotation': 'none',
    },
  },
  { selector: '.filtered', style: { display: 'none' } },
];

/** Node data as a {@link GraphNode}. */
const asGraphNode = (node: NodeSingular): GraphNode => ({
  id: node.id(),
  label: node.data('label') as string,
  type: node.data('type') as string,
  href: node.data('href') as string,
});

/** The types whose filter boxes are unticked in the graph's section. */
function hiddenTypes(section: Element | null): Set<string> {
  const boxes = section?.querySelectorAll<HTMLInputElement>('input[name="type"]') ?? [];
  return new Set([...boxes].filter((b) => !b.checked).map((b) => b.value));
}

/** Hides the nodes (and their edges) of unticked types. */
function applyFilters(cy: Core, section: Element | null): void {
  const hidden = hiddenTypes(section);
  cy.nodes().forEach((n) => {
    n.toggleClass('filtered', hidden.has(n.data('type') as string) && !n.data('center'));
  });
}

/** Lays the graph out again (concentric around the centre, by hop). */
function layout(cy: Core): void {
  cy.layout({
    name: 'concentric',
    concentric: (node: NodeSingular) => 3 - Number(node.data('hop') ?? 1),
    levelWidth: () => 1,
    // Room for a label beside each node: names run to eight characters or more.
    minNodeSpacing: 90,
    padding: 24,
    animate: false,
  } as cytoscape.LayoutOptions).run();
  // A small graph fitted to the box would be blown up until its labels overlap; keep text at its size.
  if (cy.zoom() > 1.2) {
    cy.zoom(1.2);
    cy.center();
  }
}

/**
 * Adds a node's neighbours to the graph in place (the node is marked expanded; a node is
 * expanded once). Returns how many nodes were added.
 */
export async function expandInPlace(cy: Core, node: NodeSingular): Promise<number> {
  if (node.data('expanded')) return 0;
  node.data('expanded', 1);
  const hop = Number(node.data('hop') ?? 0) + 1;
  const neighbours = await expandNode(asGraphNode(node));
  const added: ElementDefinition[] = [];
  for (const n of neighbours) {
    if (cy.nodes().length + added.length >= MAX_NODES) break;
    if (cy.getElementById(n.id).empty() && !added.some((a) => a.data.id === n.id))
      added.push({ data: { id: n.id, label: n.label, type: n.type, href: n.href ?? '', center: 0, hop } });
    const [source, target] = n.direction === 'in' ? [n.id, node.id()] : [node.id(), n.id];
    const id = `${source}->${target}`;
    if (cy.getElementById(id).empty() && !added.some((a) => a.data.id === id))
      added.push({ data: { id, source, target, label: n.edge ?? '' } });
  }
  cy.add(added);
  return added.filter((a) => !a.data.source).length;
}

/** Expands every first-hop node, so the graph shows two hops. */
async function showTwoHops(cy: Core, container: HTMLElement): Promise<void> {
  container.dataset.ready = 'false';
  const firstHop = cy.nodes().filter((n) => Number(n.data('hop') ?? 1) === 1);
  for (const n of firstHop.toArray()) await expandInPlace(cy, n as NodeSingular);
  layout(cy);
  applyFilters(cy, container.closest('section'));
  container.dataset.ready = 'true';
}

/** Wires the section's type filters and two-hop switch to the graph. */
function wireControls(cy: Core, container: HTMLElement): void {
  const section = container.closest('section');
  section?.querySelectorAll<HTMLInputElement>('input[name="type"]').forEach((box) => {
    box.addEventListener('change', () => applyFilters(cy, section));
  });
  section?.querySelector<HTMLInputElement>('input[name="two-hops"]')?.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).checked) void showTwoHops(cy, container);
  });
}

/**
 * Draws a neighbourhood into `container` with cytoscape.js, loaded on first use so the first
 * paint stays light. Click a node to open its page; double-click to add its neighbours in
 * place; the section's boxes filter types and switch on a second hop. Wheel zooms, drag pans.
 *
 * @example
 * await renderNeighbourhood(document.querySelector('#graph')!, hood);
 */
export async function renderNeighbourhood(container: HTMLElement, hood: Neighbourhood): Promise<Core> {
  const { default: cytoscape } = await import('cytoscape');
  const elements = neighbourhoodElements(hood).map((e) =>
    e.data.source
      ? e
      : { data: { ...e.data, hop: e.data.center ? 0 : (e.data.hop ?? 1), expanded: e.data.center ? 1 : 0 } },
  );
  const cy = cytoscape({
    container,
    elements,
    minZoom: 0.2,
    maxZoom: 3,
    style: STYLE as cytoscape.StylesheetJson,
  });
  layout(cy);
  let clicks: ReturnType<typeof setTimeout> | undefined;
  cy.on('tap', 'node', (event) => {
    clearTimeout(clicks);
    const href = event.target.data('href') as string;
    // A second tap soon after is a double-click: wait for it before opening the page.
    clicks = setTimeout(() => {
      if (href) location.hash = href;
    }, 300);
  });
  cy.on('dbltap', 'node', async (event) => {
    clearTimeout(clicks);
    container.dataset.ready = 'false';
    await expandInPlace(cy, event.target as NodeSingular);
    layout(cy);
    applyFilters(cy, container.closest('section'));
    container.dataset.ready = 'true';
  });
  wireControls(cy, container);
  return cy;
}
