/**
 * Browser entry of the graph page (bundled by esbuild into the standalone HTML
 * and the served page). Reads the embedded PageData, lays the graph out if the
 * Node side did not (in a web worker for large graphs), draws it with sigma,
 * and wires search, legend filters, focus mode, zoom controls and the side panel.
 *
 * Tests wait on facts: `<html data-ready="true">` after sigma's first render,
 * `data-layout="done"` once positions are final, and the read-only
 * `window.__kgView` hook.
 */
import { MultiDirectedGraph } from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import type { KgGraph } from '../build-graph';
import { layoutGraph, layoutPlan, seedPositions } from '../layout';
import { PAGE_DATA_ELEMENT_ID, type PageData } from '../page-data';
import { el } from './dom';
import { GraphView, type ViewState } from './graph-view';
import { buildLegend } from './legend';
import { SearchBox } from './search-box';
import { SidePanel } from './side-panel';

/** Graphs above this many nodes are laid out in a web worker after the first paint. */
const WORKER_LAYOUT_THRESHOLD = 500;

export interface KgViewTimings {
  /** ms from navigation start to the page script starting. */
  scriptStart: number;
  /** Layout time in ms (synchronous or in the worker), null while running. */
  layoutMs: number | null;
  layoutIterations: number;
  layoutMode: 'precomputed' | 'main-thread' | 'worker';
  /** ms from navigation start to sigma's first completed render. */
  firstRender: number | null;
  /** For each hover: ms from the pointer event to the highlighted frame being drawn. */
  hover: number[];
}

export interface KgViewHook {
  readonly sigma: GraphView['sigma'];
  readonly graph: KgGraph;
  readonly state: Readonly<ViewState>;
  readonly timings: Readonly<KgViewTimings>;
  /** Viewport position (CSS px relative to the page) of a node, for pointer tests. */
  nodeClientPosition(node: string): { x: number; y: number };
}

declare global {
  interface Window {
    __kgView?: KgViewHook;
  }
}

function readData(): PageData {
  const node = document.getElementById(PAGE_DATA_ELEMENT_ID);
  if (!node?.textContent) throw new Error('graph page: embedded data is missing');
  return JSON.parse(node.textContent) as PageData;
}

function iconButton(label: string, text: string, testId: string): HTMLButtonElement {
  return el(
    'button',
    { type: 'button', class: 'control', 'aria-label': label, title: label, 'data-testid': testId },
    text,
  );
}

function main(): void {
  const timings: KgViewTimings = {
    scriptStart: performance.now(),
    layoutMs: null,
    layoutIterations: 0,
    layoutMode: 'precomputed',
    firstRender: null,
    hover: [],
  };
  const data = readData();
  const graph: KgGraph = new MultiDirectedGraph();
  graph.import(data.graph);

  let workerLayout = false;
  if (!data.laidOut) {
    if (graph.order <= WORKER_LAYOUT_THRESHOLD) {
      const result = layoutGraph(graph);
      timings.layoutMs = result.ms;
      timings.layoutIterations = result.iterations;
      timings.layoutMode = 'main-thread';
    } else {
      seedPositions(graph);
      workerLayout = true;
      timings.layoutMode = 'worker';
    }
  } else {
    timings.layoutMs = 0;
  }
  document.documentElement.dataset.layout = workerLayout ? 'running' : 'done';

  // Page shell
  const app = document.getElementById('kg-app') ?? document.body;
  const container = el('div', {
    id: 'kg-graph',
    class: 'graph',
    role: 'region',
    'aria-label': `Graph of ${graph.order} entities and ${graph.size} relations`,
    'aria-describedby': 'kg-graph-hint',
  });
  const hint = el(
    'p',
    { id: 'kg-graph-hint', class: 'visually-hidden' },
    'The drawing is not readable by screen readers: use the search box to open an entity, or the List button for every relation as text.',
  );
  const subtitle = `${graph.order} entities · ${graph.size} relations`;
  const header = el(
    'header',
    { class: 'topbar' },
    el(
      'div',
      { class: 'titles' },
      el('h1', {}, data.title),
      el('p', { class: 'subtitle' }, subtitle),
    ),
  );
  const zoomIn = iconButton('Zoom in', '+', 'zoom-in');
  const zoomOut = iconButton('Zoom out', '−', 'zoom-out');
  const zoomReset = iconButton('Reset view', '⟲', 'zoom-reset');
  const focusButton = el(
    'button',
    {
      type: 'button',
      class: 'control control-wide',
      'aria-pressed': 'false',
      'data-testid': 'focus-toggle',
      title: 'Show only the selected entity and its direct connections',
    },
    'Focus',
  );
  const listButton = el(
    'button',
    {
      type: 'button',
      class: 'control control-wide',
      'data-testid': 'list-all',
      title: 'List every relation as text, with its evidence',
    },
    'List',
  );
  const controls = el(
    'div',
    { class: 'controls', role: 'toolbar', 'aria-label': 'View controls' },
    zoomIn,
    zoomOut,
    zoomReset,
    focusButton,
    listButton,
  );
  const stage = el('main', { class: 'stage' }, container, controls);
  app.append(header, stage, hint);

  const view = new GraphView(graph, container);
  const { sigma, state } = view;
  if (!workerLayout) view.fitLabels();
  const camera = sigma.getCamera();

  const panel = new SidePanel(graph, {
    selectNode: (node) => selectNode(node, true),
    close: () => deselect(),
  });
  const search = new SearchBox(graph, (node) => selectNode(node, true));
  header.append(search.root);
  const legend = buildLegend(graph, data.typeLabels, data.modalities, {
    toggleType: (type, hidden) => {
      if (hidden) state.hiddenTypes.add(type);
      else state.hiddenTypes.delete(type);
      view.refresh();
    },
    toggleModality: (modality, hidden) => {
      if (hidden) state.hiddenModalities.add(modality);
      else state.hiddenModalities.delete(modality);
      view.refresh();
    },
  });
  const narrow = window.matchMedia('(max-width: 700px)');
  if (narrow.matches) legend.removeAttribute('open');
  stage.append(legend, panel.root);

  /** Centres the node; `zoom` also zooms in (search), else the zoom level is kept. */
  function moveCameraTo(node: string, zoom = true): void {
    const d = sigma.getNodeDisplayData(node);
    if (!d) return;
    const ratio = zoom ? Math.min(camera.ratio, 0.35) : camera.ratio;
    camera.animate({ x: d.x, y: d.y, ratio }, { duration: 500 });
  }

  function selectNode(node: string, moveCamera: boolean): void {
    // Choosing an entity of a hidden type (from search or the panel) shows the type again.
    const type = graph.getNodeAttribute(node, 'entityType');
    if (state.hiddenTypes.delete(type)) {
      legend
        .querySelector(`[data-testid="legend-type-${type}"]`)
        ?.setAttribute('aria-pressed', 'true');
    }
    state.selectedNode = node;
    state.selectedEdge = null;
    panel.showNode(node);
    setHash(node);
    if (state.focus) view.refresh();
    else view.highlight();
    // On a phone the panel takes the lower half: bring a clicked node into view.
    if (moveCamera) moveCameraTo(node);
    else if (narrow.matches) requestAnimationFrame(() => moveCameraTo(node, false));
  }

  function selectEdge(edge: string): void {
    state.selectedEdge = edge;
    state.selectedNode = null;
    panel.showEdge(edge);
    view.highlight();
  }

  function deselect(): void {
    state.selectedNode = null;
    state.selectedEdge = null;
    panel.hide();
    view.refresh();
    setHash(null);
  }

  /** `#<entity id>` in the address links to an entity (works from file:// too). */
  function setHash(node: string | null): void {
    const url = node ? `#${encodeURIComponent(node)}` : location.pathname + location.search;
    try {
      history.replaceState(null, '', url);
    } catch {
      // Some file:// contexts refuse replaceState; the link is a nicety.
    }
  }

  function nodeFromHash(): string | null {
    if (location.hash.length < 2) return null;
    try {
      const node = decodeURIComponent(location.hash.slice(1));
      return graph.hasNode(node) ? node : null;
    } catch {
      return null;
    }
  }

  let lastPointer = 0;
  container.addEventListener('mousemove', () => (lastPointer = performance.now()), {
    capture: true,
  });
  sigma.on('enterNode', ({ node }) => {
    const started = lastPointer || performance.now();
    state.hoveredNode = node;
    container.style.cursor = 'pointer';
    view.highlight();
    requestAnimationFrame(() => timings.hover.push(performance.now() - started));
  });
  sigma.on('leaveNode', () => {
    state.hoveredNode = null;
    container.style.cursor = '';
    view.highlight();
  });
  sigma.on('enterEdge', ({ edge }) => {
    state.hoveredEdge = edge;
    container.style.cursor = 'pointer';
    view.highlight();
  });
  sigma.on('leaveEdge', () => {
    state.hoveredEdge = null;
    container.style.cursor = '';
    view.highlight();
  });
  sigma.on('clickNode', ({ node }) => selectNode(node, false));
  sigma.on('clickEdge', ({ edge }) => selectEdge(edge));
  sigma.on('clickStage', () => {
    if (state.selectedNode || state.selectedEdge) deselect();
  });

  zoomIn.addEventListener('click', () => camera.animatedZoom({ duration: 250 }));
  zoomOut.addEventListener('click', () => camera.animatedUnzoom({ duration: 250 }));
  zoomReset.addEventListener('click', () => camera.animatedReset({ duration: 300 }));
  listButton.addEventListener('click', () => {
    state.selectedNode = null;
    state.selectedEdge = null;
    view.highlight();
    const edges = graph
      .edges()
      .filter((e) => view.isEdgeVisible(e))
      .sort((a, b) => {
        const sa = graph.source(a);
        const sb = graph.source(b);
        return graph.degree(sb) - graph.degree(sa) || sa.localeCompare(sb);
      });
    panel.showAll(edges);
  });
  focusButton.addEventListener('click', () => {
    state.focus = !state.focus;
    focusButton.setAttribute('aria-pressed', String(state.focus));
    view.refresh();
  });
  document.addEventListener('keydown', (event) => {
    const typing = event.target instanceof HTMLInputElement;
    if (event.key === 'Escape' && !typing && !panel.root.hidden) deselect();
    if (event.key === '/' && !typing) {
      event.preventDefault();
      search.input.focus();
    }
  });
  window.addEventListener('hashchange', () => {
    const node = nodeFromHash();
    if (node && node !== state.selectedNode) selectNode(node, true);
  });

  window.__kgView = Object.freeze({
    sigma,
    graph,
    state,
    timings,
    nodeClientPosition(node: string) {
      const d = sigma.getNodeDisplayData(node);
      if (!d) throw new Error(`no display data for node ${node}`);
      const p = sigma.framedGraphToViewport(d);
      const rect = container.getBoundingClientRect();
      return { x: rect.left + p.x, y: rect.top + p.y };
    },
  });

  sigma.once('afterRender', () => {
    timings.firstRender = performance.now();
    const linked = nodeFromHash();
    if (linked) selectNode(linked, !workerLayout);
    document.documentElement.dataset.ready = 'true';
    if (workerLayout) runWorkerLayout();
  });
  sigma.scheduleRender();

  function runWorkerLayout(): void {
    const plan = layoutPlan(graph.order, graph.size);
    const started = performance.now();
    const fa2 = new FA2Layout(graph, { settings: plan.settings, getEdgeWeight: null });
    const onStep = (): void => {
      timings.layoutIterations++;
      if (timings.layoutIterations >= plan.iterations) {
        // Stop now (later worker messages are ignored); kill once the supervisor's
        // message handler has returned, as it still touches its buffers.
        fa2.stop();
        setTimeout(() => fa2.kill(), 0);
        graph.removeListener('eachNodeAttributesUpdated', onStep);
        view.fitLabels();
        timings.layoutMs = performance.now() - started;
        document.documentElement.dataset.layout = 'done';
      }
    };
    graph.on('eachNodeAttributesUpdated', onStep);
    fa2.start();
  }
}

try {
  main();
} catch (error) {
  document.documentElement.dataset.error = String(error);
  const box = document.createElement('p');
  box.className = 'fatal';
  box.textContent = `The graph could not be drawn: ${String(error)}`;
  document.body.append(box);
  throw error;
}
