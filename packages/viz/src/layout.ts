/**
 * Deterministic ForceAtlas2 layout: seeded start positions, settings chosen for the
 * graph's size, then a label-aware noverlap pass so names do not pile up.
 * Plain Node/browser code (no sigma); the page runs the same settings in a worker
 * for large graphs.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';

export interface LayoutOptions {
  /** Same seed + same graph → same picture. Default 1. */
  seed?: number;
  /** FA2 iterations; default chosen from the graph size (see `layoutPlan`). */
  iterations?: number;
  /** Label-aware overlap removal; default on up to 5,000 nodes. */
  noverlap?: boolean;
}

export interface LayoutResult {
  iterations: number;
  settings: ForceAtlas2Settings;
  noverlap: boolean;
  ms: number;
}

export interface LayoutPlan {
  settings: ForceAtlas2Settings;
  iterations: number;
  noverlap: boolean;
}

/** FA2 settings and iteration count inferred from the graph's size. */
export function layoutPlan(order: number, size: number): LayoutPlan {
  const settings: ForceAtlas2Settings = {
    ...forceAtlas2.inferSettings(order),
    // Hubs (a president, a country) sit in the middle of news graphs; dissuading
    // hubs spreads their many leaves out instead of clumping them.
    outboundAttractionDistribution: true,
    linLogMode: order > 50,
    adjustSizes: order <= 500,
    edgeWeightInfluence: 1,
    slowDown: order > 2000 ? 5 : 1 + Math.log(1 + order) / 2,
    gravity: order > 2000 ? 0.5 : order <= 60 ? 0.3 : 1,
    barnesHutOptimize: order > 1000,
    barnesHutTheta: 0.6,
    // Strong gravity keeps isolated entities and small components near the story instead of at the edges.
    strongGravityMode: order <= 60,
  };
  settings.scalingRatio = order > 2000 ? 4 : order > 100 ? 6 : 12;
  const density = order > 0 ? size / order : 0;
  const iterations =
    order <= 100 ? 600 : order <= 1000 ? 300 : order <= 5000 ? 150 + Math.round(density * 4) : 100;
  return { settings, iterations, noverlap: order <= 5000 };
}

/** Small, fast, seedable PRNG (mulberry32); also seeds the generated benchmark graphs. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a of a string, for per-node seeds that do not depend on insertion order. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Start positions on a disc of radius ∝ √n, from a hash of each node key and the seed:
 * a node gets the same start position whatever else is in the graph.
 */
export function seedPositions(graph: AbstractGraph, seed = 1): void {
  const radius = 10 * Math.sqrt(Math.max(1, graph.order));
  graph.updateEachNodeAttributes(
    (node, attr) => {
      const random = rng(hash32(node) ^ Math.imul(seed, 0x9e3779b1));
      const angle = random() * 2 * Math.PI;
      const r = radius * Math.sqrt(random());
      return { ...attr, x: r * Math.cos(angle), y: r * Math.sin(angle) };
    },
    { attributes: ['x', 'y'] },
  );
}

/** Approximate width in pixels of a label at sigma's default 14px font. */
export function estimateLabelWidth(label: unknown, fontSize = 14): number {
  return typeof label === 'string' ? label.length * fontSize * 0.62 : 0;
}

/**
 * The view the layout plans labels for: sigma fits the graph into the graph area
 * (minus its stage padding), so pixels per graph unit follow from the extent.
 * 900×620 is a laptop window minus the legend; larger windows only add room.
 */
const REFERENCE_VIEW = { width: 900, height: 620 };
const LABEL_HEIGHT = 16;

export interface LabelBox {
  node: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

function pixelsPerUnit(graph: AbstractGraph): number {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_n, a: Attributes) => {
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  });
  return Math.min(
    REFERENCE_VIEW.width / Math.max(maxX - minX, 1e-9),
    REFERENCE_VIEW.height / Math.max(maxY - minY, 1e-9),
  );
}

/** Node + label rectangles in reference-view pixels (label to the right of the node, as sigma draws it). */
export function labelBoxes(graph: AbstractGraph, pad = 2): LabelBox[] {
  const s = pixelsPerUnit(graph);
  return graph.mapNodes((node, a: Attributes) => {
    const size = typeof a.size === 'number' ? a.size : 1;
    const half = Math.max(size, LABEL_HEIGHT / 2);
    return {
      node,
      x0: a.x * s - size - pad,
      x1: a.x * s + size + 4 + estimateLabelWidth(a.label) + pad,
      y0: a.y * s - half - pad,
      y1: a.y * s + half + pad,
    };
  });
}

export function countLabelOverlaps(boxes: LabelBox[]): number {
  let n = 0;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const p = boxes[i]!;
      const q = boxes[j]!;
      if (p.x0 < q.x1 && q.x0 < p.x1 && p.y0 < q.y1 && q.y0 < p.y1) n++;
    }
  }
  return n;
}

/**
 * Pushes overlapping node+label rectangles apart along their axis of least
 * overlap (usually vertically, since labels are wide), until none overlap in the
 * reference view. Quadratic, so only for graphs whose labels are all drawn.
 */
function separateLabels(graph: AbstractGraph, maxPasses = 400): void {
  const nodes = graph.nodes();
  const pos = new Map(
    nodes.map((n) => [
      n,
      { x: graph.getNodeAttribute(n, 'x') as number, y: graph.getNodeAttribute(n, 'y') as number },
    ]),
  );
  for (let pass = 0; pass < maxPasses; pass++) {
    const s = pixelsPerUnit(graph);
    const boxes = labelBoxes(graph, 3);
    let moved = false;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const p = boxes[i]!;
        const q = boxes[j]!;
        const ox = Math.min(p.x1, q.x1) - Math.max(p.x0, q.x0);
        const oy = Math.min(p.y1, q.y1) - Math.max(p.y0, q.y0);
        if (ox <= 0 || oy <= 0) continue;
        moved = true;
        const a = pos.get(p.node)!;
        const b = pos.get(q.node)!;
        if (oy <= ox) {
          const dir = a.y < b.y || (a.y === b.y && i < j) ? -1 : 1;
          const step = (oy / 2 + 0.5) / s;
          a.y += dir * step;
          b.y -= dir * step;
        } else {
          const dir = (p.x0 + p.x1) / 2 < (q.x0 + q.x1) / 2 ? -1 : 1;
          const step = (ox / 2 + 0.5) / s;
          a.x += dir * step;
          b.x -= dir * step;
        }
      }
    }
    if (!moved) break;
    for (const [n, p] of pos) graph.mergeNodeAttributes(n, { x: p.x, y: p.y });
  }
}

/**
 * True when every label can be drawn without overlap in the reference view:
 * their boxes together take under a third of it. Otherwise the page shows the
 * biggest nodes' labels only (sigma's label grid) and pushing boxes apart would
 * only stretch the picture.
 */
export function labelsFit(
  graph: AbstractGraph,
  width = REFERENCE_VIEW.width,
  height = REFERENCE_VIEW.height,
): boolean {
  let area = 0;
  graph.forEachNode((_n, a: Attributes) => {
    const size = typeof a.size === 'number' ? a.size : 1;
    area += (2 * size + 6 + estimateLabelWidth(a.label)) * Math.max(2 * size, LABEL_HEIGHT + 4);
  });
  return area < (width * height) / 3;
}

/** Removes node overlaps with noverlap, then label overlaps for graphs small enough to label fully. */
function spreadLabels(graph: AbstractGraph): void {
  const s = pixelsPerUnit(graph);
  noverlap.assign(graph, {
    maxIterations: 100,
    settings: { margin: 6 / s, ratio: 1, expansion: 1.1, gridSize: 20 },
    inputReducer: (_key, a) => {
      const attr = a as Attributes;
      const size = typeof attr.size === 'number' ? attr.size : 1;
      return { x: attr.x, y: attr.y, size: size / s };
    },
  });
  if (graph.order <= 400 && labelsFit(graph)) separateLabels(graph);
}

/**
 * A copy of the graph for the force simulation, with a weak tie from whoever a
 * claim is attributed to (edge attribute `attributedTo`) to the claim's subject,
 * so that a speaker such as "White House" sits next to what it claims instead of
 * drifting off as an isolated node.
 */
function simulationGraph(graph: AbstractGraph): AbstractGraph {
  const sim = graph.copy() as AbstractGraph;
  sim.forEachEdge((_e, a: Attributes) => {
    if (a.weight === undefined) a.weight = 1;
  });
  let k = 0;
  graph.forEachEdge((_e, a: Attributes, source) => {
    const by = a.attributedTo;
    if (typeof by === 'string' && by !== source && sim.hasNode(by)) {
      sim.addEdgeWithKey(`__attribution:${k++}`, by, source, { weight: 0.5 });
    }
  });
  return sim;
}

/** Rotates positions about their centroid so that the long axis is horizontal (screens are wide). */
function alignLongAxis(graph: AbstractGraph): void {
  let n = 0;
  let mx = 0;
  let my = 0;
  graph.forEachNode((_k, a: Attributes) => {
    mx += a.x;
    my += a.y;
    n++;
  });
  if (n < 3) return;
  mx /= n;
  my /= n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  graph.forEachNode((_k, a: Attributes) => {
    const dx = a.x - mx;
    const dy = a.y - my;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  });
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  const cos = Math.cos(-angle);
  const sin = Math.sin(-angle);
  graph.updateEachNodeAttributes(
    (_k, a: Attributes) => {
      const dx = a.x - mx;
      const dy = a.y - my;
      return { ...a, x: dx * cos - dy * sin, y: dx * sin + dy * cos };
    },
    { attributes: ['x', 'y'] },
  );
}

/**
 * Lays out `graph` in place (x, y on every node) and returns what it did.
 * Deterministic: the same graph, seed and options give the same coordinates.
 */
export function layoutGraph(graph: AbstractGraph, opts: LayoutOptions = {}): LayoutResult {
  const started = performance.now();
  const plan = layoutPlan(graph.order, graph.size);
  const iterations = opts.iterations ?? plan.iterations;
  const useNoverlap = opts.noverlap ?? plan.noverlap;
  seedPositions(graph, opts.seed ?? 1);
  if (graph.order > 1 && iterations > 0) {
    const sim = simulationGraph(graph);
    const positions = forceAtlas2(sim, {
      iterations,
      settings: plan.settings,
      getEdgeWeight: 'weight',
    });
    graph.updateEachNodeAttributes(
      (node, a: Attributes) => ({ ...a, x: positions[node]!.x, y: positions[node]!.y }),
      { attributes: ['x', 'y'] },
    );
    alignLongAxis(graph);
  }
  if (useNoverlap && graph.order > 1) spreadLabels(graph);
  return {
    iterations,
    settings: plan.settings,
    noverlap: useNoverlap,
    ms: performance.now() - started,
  };
}
