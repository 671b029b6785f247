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
    gravity: order > 2000 ? 0.5 : 1,
    barnesHutOptimize: order > 1000,
    barnesHutTheta: 0.6,
    strongGravityMode: false,
  };
  settings.scalingRatio = order > 2000 ? 4 : order > 100 ? 6 : 12;
  const density = order > 0 ? size / order : 0;
  const iterations =
    order <= 100 ? 600 : order <= 1000 ? 300 : order <= 5000 ? 150 + Math.round(density * 4) : 100;
  return { settings, iterations, noverlap: order <= 5000 };
}

/** Small, fast, seedable PRNG (mulberry32). */
function rng(seed: number): () => number {
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
  return typeof label === 'string' ? label.length * fontSize * 0.55 : 0;
}

/**
 * Runs noverlap treating each node as a disc wide enough for its label, in
 * "reference pixels" (the graph fitted into a 900px-wide view, as sigma does at
 * default zoom), so that labels at default zoom do not overlap.
 */
function spreadLabels(graph: AbstractGraph): void {
  for (let pass = 0; pass < 3; pass++) {
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
    const extent = Math.max(maxX - minX, maxY - minY, 1e-6);
    const unitsPerPixel = extent / 900;
    noverlap.assign(graph, {
      maxIterations: 150,
      settings: { margin: 4 * unitsPerPixel, ratio: 1, expansion: 1.1, gridSize: 20 },
      inputReducer: (_key, a) => {
        const attr = a as Attributes;
        const size = typeof attr.size === 'number' ? attr.size : 1;
        const labelHalf = (size + 3 + estimateLabelWidth(attr.label)) / 2;
        return { x: attr.x, y: attr.y, size: Math.max(size, labelHalf) * unitsPerPixel };
      },
    });
  }
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
    forceAtlas2.assign(graph, { iterations, settings: plan.settings, getEdgeWeight: null });
  }
  if (useNoverlap && graph.order > 1) spreadLabels(graph);
  return {
    iterations,
    settings: plan.settings,
    noverlap: useNoverlap,
    ms: performance.now() - started,
  };
}
