/**
 * The sigma renderer and everything that changes what it draws: hover and
 * selection highlighting, type and modality filters, focus mode, edge labels at
 * close zoom. Reducers read `state`; filters call `refresh()`, hover and
 * selection call `highlight()`.
 *
 * Large graphs ("light" mode: over 500 nodes or 2,000 edges) never redraw the
 * whole graph for a hover: a translucent layer fades the drawn graph and sigma's
 * own hover layer draws the neighbourhood on top, so a highlight costs a few
 * nodes, not a full frame (seconds under software WebGL at 10k nodes).
 */
import Sigma from 'sigma';
import { EdgeArrowProgram, drawDiscNodeHover } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import {
  DEFAULT_EDGE_CURVATURE,
  EdgeCurvedArrowProgram,
  indexParallelEdgesIndex,
} from '@sigma/edge-curve';
import type { EntityType, Modality } from '@news-kg/schema';
import type {
  KgEdgeAttributes,
  KgGraph,
  KgGraphAttributes,
  KgNodeAttributes,
} from '../build-graph';
import { ENTITY_STYLES, shapeIndex } from '../entity-styles';
import { labelsFit } from '../layout';
import { createDashedArrowProgram, createDashedCurvedArrowProgram } from './dashed-edge-program';
import { NodeShapeProgram } from './node-shape-program';
import { edgeLabel } from './relation-text';

const FADED_NODE = '#e2e8f0';
const FADED_EDGE = '#edf2f7';
/** Camera ratio below which every visible edge shows its label. */
const CLOSE_ZOOM = 0.45;

export interface ViewState {
  hoveredNode: string | null;
  hoveredEdge: string | null;
  selectedNode: string | null;
  selectedEdge: string | null;
  hiddenTypes: Set<EntityType>;
  hiddenModalities: Set<Modality>;
  focus: boolean;
  closeZoom: boolean;
}

type NodeData = Partial<NodeDisplayData> & { shape?: number; entityType?: EntityType };
type EdgeData = Partial<EdgeDisplayData> & { curvature?: number };

function curvatureFor(index: number, maxIndex: number): number {
  if (maxIndex <= 0) return 0;
  if (index < 0) return -curvatureFor(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}

/** Edge program name: solid for facts, dashed for claims and allegations, dotted for denials. */
function edgeProgram(modality: Modality, curved: boolean): string {
  const stroke = modality === 'asserted' ? 'solid' : modality === 'denied' ? 'dotted' : 'dashed';
  if (curved) return { solid: 'curved', dashed: 'curvedDashed', dotted: 'curvedDotted' }[stroke];
  return { solid: 'arrow', dashed: 'dashed', dotted: 'dotted' }[stroke];
}

function drawHaloLabel(
  context: CanvasRenderingContext2D,
  data: { x: number; y: number; size: number; label: string | null },
  settings: Settings,
): void {
  if (!data.label) return;
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const y = data.y + size / 3;
  // Labels go right of the node, or left of it when they would run off the canvas.
  const width = context.measureText(data.label).width;
  const canvasWidth = context.canvas.width / (window.devicePixelRatio || 1);
  const right = data.x + data.size + 4 + width <= canvasWidth - 4;
  let x = right ? data.x + data.size + 4 : data.x - data.size - 4 - width;
  // Neither side fits (a long name in a narrow window): keep the label on screen.
  if (x < 4) x = Math.max(4, Math.min(data.x + data.size + 4, canvasWidth - 4 - width));
  context.lineJoin = 'round';
  context.lineWidth = 4;
  context.strokeStyle = 'rgba(255,255,255,0.92)';
  context.strokeText(data.label, x, y);
  context.fillStyle = settings.labelColor.color ?? '#1a202c';
  context.fillText(data.label, x, y);
}

export class GraphView {
  readonly sigma: Sigma<KgNodeAttributes, KgEdgeAttributes, KgGraphAttributes>;
  readonly state: ViewState = {
    hoveredNode: null,
    hoveredEdge: null,
    selectedNode: null,
    selectedEdge: null,
    hiddenTypes: new Set(),
    hiddenModalities: new Set(),
    focus: false,
    closeZoom: false,
  };
  /** Node whose neighbourhood is highlighted (hover wins over selection), and that neighbourhood. */
  private centre: string | null = null;
  /** Large-graph mode, see the file comment. */
  readonly light: boolean;
  /** Light mode: white veil over the drawn graph, with the highlighted relations drawn on it. */
  private readonly fade: HTMLCanvasElement;
  /** Light mode: neighbours whose hover label is drawn (the 25 best connected), so a hub does not bury the view. */
  private labelled = new Set<string>();
  /** Smaller shapes on phone-sized windows, so the story still fits. */
  private sizeScale = 1;
  private neighbourhood = new Set<string>();
  private edgeEnds = new Set<string>();
  private readonly shapeOf: Record<string, number> = {};
  private readonly parallel = new Map<string, number>();
  /**
   * Edges between the same two entities share one label, on the first of them
   * ("member of (claimed, alleged, denied)"), instead of stacking three labels.
   */
  private readonly sharedLabel = new Map<string, string | null>();

  constructor(
    readonly graph: KgGraph,
    container: HTMLElement,
  ) {
    for (const [type, style] of Object.entries(ENTITY_STYLES)) {
      this.shapeOf[type] = shapeIndex(style.shape);
    }
    indexParallelEdgesIndex(graph as never, {
      edgeIndexAttribute: 'parallelIndex',
      edgeMinIndexAttribute: 'parallelMinIndex',
      edgeMaxIndexAttribute: 'parallelMaxIndex',
    });
    graph.forEachEdge((edge, attr) => {
      const a = attr as unknown as { parallelIndex?: number; parallelMaxIndex?: number };
      if (typeof a.parallelIndex === 'number' && typeof a.parallelMaxIndex === 'number') {
        const c = curvatureFor(a.parallelIndex, a.parallelMaxIndex);
        if (c !== 0) this.parallel.set(edge, c);
      }
    });
    const groups = new Map<string, string[]>();
    graph.forEachEdge((edge, _a, source, target) => {
      const key = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
      const list = groups.get(key);
      if (list) list.push(edge);
      else groups.set(key, [edge]);
    });
    for (const edges of groups.values()) {
      if (edges.length < 2) continue;
      const byLabel = new Map<string, Set<string>>();
      for (const e of edges) {
        const a = graph.getEdgeAttributes(e);
        const mods = byLabel.get(a.label) ?? new Set<string>();
        mods.add(a.modality === 'asserted' ? 'reported' : a.modality);
        byLabel.set(a.label, mods);
      }
      const text = [...byLabel]
        .map(([label, mods]) =>
          mods.size === 1 && mods.has('reported') ? label : `${label} (${[...mods].join(', ')})`,
        )
        .join(' · ');
      edges.forEach((e, i) => this.sharedLabel.set(e, i === 0 ? text : null));
    }

    const order = graph.order;
    // Draw every label when they all fit in the window, else only the biggest nodes' (label grid).
    const small =
      order <= 400 &&
      labelsFit(
        graph,
        Math.max(320, container.offsetWidth - 80),
        Math.max(240, container.offsetHeight - 80),
      );
    this.light = order > 500 || graph.size > 2000;
    this.sizeScale = container.offsetWidth < 500 ? 0.6 : 1;
    this.sigma = new Sigma<KgNodeAttributes, KgEdgeAttributes, KgGraphAttributes>(
      graph,
      container,
      {
        nodeProgramClasses: { shape: NodeShapeProgram as never },
        edgeProgramClasses: {
          arrow: EdgeArrowProgram as never,
          dashed: createDashedArrowProgram(7, 5) as never,
          dotted: createDashedArrowProgram(2.5, 3.5) as never,
          curved: EdgeCurvedArrowProgram as never,
          curvedDashed: createDashedCurvedArrowProgram(EdgeCurvedArrowProgram, 7, 5) as never,
          curvedDotted: createDashedCurvedArrowProgram(EdgeCurvedArrowProgram, 2.5, 3.5) as never,
        },
        defaultNodeType: 'shape',
        defaultEdgeType: 'arrow',
        renderEdgeLabels: true,
        enableEdgeEvents: graph.size <= 20_000,
        hideEdgesOnMove: this.light,
        hideLabelsOnMove: this.light,
        zIndex: true,
        labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        labelSize: small ? 13 : 12,
        labelWeight: '600',
        labelColor: { color: '#1a202c' },
        labelDensity: small ? 1 : order <= 2000 ? 0.6 : 0.25,
        labelGridCellSize: small ? 40 : 120,
        labelRenderedSizeThreshold: small ? 0 : order <= 2000 ? 4 : 7,
        edgeLabelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        edgeLabelSize: 11,
        edgeLabelWeight: '500',
        edgeLabelColor: { color: '#2d3748' },
        defaultDrawNodeLabel: drawHaloLabel as never,
        defaultDrawNodeHover: ((
          context: CanvasRenderingContext2D,
          data: { key: string },
          settings: Settings,
        ) => {
          if (!this.light || data.key === this.centre || this.labelled.has(data.key)) {
            drawDiscNodeHover(context, data as never, settings as never);
          }
        }) as never,
        minCameraRatio: 0.03,
        maxCameraRatio: 6,
        stagePadding: container.offsetWidth < 500 ? 16 : 40,
        nodeReducer: (node, attr) => this.reduceNode(node, attr),
        edgeReducer: (edge, attr) => this.reduceEdge(edge, attr),
      },
    );

    this.fade = document.createElement('canvas');
    this.fade.className = 'graph-fade';
    this.fade.hidden = true;
    const canvases = this.sigma.getCanvases();
    this.sigma.getContainer().insertBefore(this.fade, canvases.hovers ?? null);
    this.sigma.getCamera().on('updated', () => {
      if (!this.fade.hidden) this.drawFade();
    });

    this.sigma.on('resize', () => {
      if (this.sigma.getCustomBBox()) this.fitLabels();
    });

    this.sigma.getCamera().on('updated', (camera) => {
      const close = camera.ratio < CLOSE_ZOOM;
      if (close !== this.state.closeZoom) {
        this.state.closeZoom = close;
        this.refresh();
      }
    });
  }

  /**
   * Frames the graph so that the labels of the right-most nodes fit too: sigma
   * fits node positions only, so the bounding box is widened by each label's
   * width converted to graph units (two rounds, as the scale depends on the box).
   */
  fitLabels(): void {
    if (this.graph.order === 0 || this.graph.order > 2000) return;
    const width = Math.max(
      1,
      this.sigma.getContainer().offsetWidth - 2 * this.sigma.getSetting('stagePadding'),
    );
    const height = Math.max(
      1,
      this.sigma.getContainer().offsetHeight - 2 * this.sigma.getSetting('stagePadding'),
    );
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    this.graph.forEachNode((_n, a) => {
      minX = Math.min(minX, a.x);
      maxX = Math.max(maxX, a.x);
      minY = Math.min(minY, a.y);
      maxY = Math.max(maxY, a.y);
    });
    const context = document.createElement('canvas').getContext('2d');
    const font = `${this.sigma.getSetting('labelWeight')} ${this.sigma.getSetting('labelSize')}px ${this.sigma.getSetting('labelFont')}`;
    if (context) context.font = font;
    const labelWidth = (label: string): number =>
      context ? context.measureText(label).width : label.length * 7;
    let right = maxX;
    // Give labels at most 40 % of the width; beyond that (narrow windows) they flip left.
    const maxExtraPixels = width * 0.4;
    for (let round = 0; round < 2; round++) {
      const unitsPerPixel = Math.max((right - minX) / width, (maxY - minY) / height, 1e-9);
      right = maxX;
      this.graph.forEachNode((_n, a) => {
        const extra = Math.min(a.size + 6 + labelWidth(a.label), maxExtraPixels);
        right = Math.max(right, a.x + extra * unitsPerPixel);
      });
    }
    this.sigma.setCustomBBox({ x: [minX, right], y: [minY, maxY] });
    this.sigma.refresh();
  }

  /** True when the node passes the type filter and, in focus mode, is in the focus neighbourhood. */
  isNodeVisible(node: string): boolean {
    const attr = this.graph.getNodeAttributes(node);
    if (this.state.hiddenTypes.has(attr.entityType)) return false;
    const focus = this.state.focus ? this.state.selectedNode : null;
    if (focus && node !== focus && !this.graph.areNeighbors(node, focus)) return false;
    return true;
  }

  isEdgeVisible(edge: string): boolean {
    const attr = this.graph.getEdgeAttributes(edge);
    if (this.state.hiddenModalities.has(attr.modality)) return false;
    const [s, t] = this.graph.extremities(edge);
    return this.isNodeVisible(s) && this.isNodeVisible(t);
  }

  /** Applies a hover or selection change: a full redraw, or in light mode the fade layer and sigma's hover layer. */
  highlight(): void {
    if (!this.light) {
      this.refresh();
      return;
    }
    this.computeNeighbourhood();
    const lit = this.centre ? this.neighbourhood : this.edgeEnds;
    this.fade.hidden = lit.size === 0;
    if (!this.fade.hidden) this.drawFade();
    // sigma draws `highlightedNodes` (and the hovered node) on its hover layer,
    // above the fade; the set is private API, pinned by the exact sigma version.
    const internal = this.sigma as unknown as {
      highlightedNodes: Set<string>;
      scheduleHighlightedNodesRender(): void;
    };
    this.labelled = new Set(
      [...lit]
        .filter((n) => n !== this.centre)
        .sort((a, b) => this.graph.degree(b) - this.graph.degree(a))
        .slice(0, 25),
    );
    internal.highlightedNodes.clear();
    for (const node of lit) if (this.isNodeVisible(node)) internal.highlightedNodes.add(node);
    internal.scheduleHighlightedNodesRender();
  }

  /** Paints the veil and, on it, the highlighted relations (dashed and dotted as in WebGL). */
  private drawFade(): void {
    const container = this.sigma.getContainer();
    const ratio = window.devicePixelRatio || 1;
    const width = container.offsetWidth;
    const height = container.offsetHeight;
    if (
      this.fade.width !== Math.round(width * ratio) ||
      this.fade.height !== Math.round(height * ratio)
    ) {
      this.fade.width = Math.round(width * ratio);
      this.fade.height = Math.round(height * ratio);
    }
    const ctx = this.fade.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.fillStyle = 'rgba(255, 255, 255, 0.8)';
    ctx.fillRect(0, 0, width, height);
    const edges = this.centre
      ? this.graph.edges(this.centre)
      : ([this.state.hoveredEdge ?? this.state.selectedEdge].filter(
          (e) => e !== null && this.graph.hasEdge(e),
        ) as string[]);
    for (const edge of edges) {
      if (!this.isEdgeVisible(edge)) continue;
      const attr = this.graph.getEdgeAttributes(edge);
      const [s, t] = this.graph.extremities(edge);
      const sd = this.sigma.getNodeDisplayData(s);
      const td = this.sigma.getNodeDisplayData(t);
      if (!sd || !td || s === t) continue;
      const a = this.sigma.framedGraphToViewport(sd);
      const b = this.sigma.framedGraphToViewport(td);
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const len = Math.hypot(dx, dy);
      if (len < 1) continue;
      const ux = dx / len;
      const uy = dy / len;
      const end = {
        x: b.x - ux * (this.sigma.scaleSize(td.size) + 2),
        y: b.y - uy * (this.sigma.scaleSize(td.size) + 2),
      };
      ctx.strokeStyle = attr.color;
      ctx.fillStyle = attr.color;
      ctx.lineWidth = 2;
      ctx.setLineDash(
        attr.modality === 'asserted' ? [] : attr.modality === 'denied' ? [2.5, 3.5] : [7, 5],
      );
      ctx.beginPath();
      ctx.moveTo(a.x, a.y);
      ctx.lineTo(end.x - ux * 7, end.y - uy * 7);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.beginPath();
      ctx.moveTo(end.x, end.y);
      ctx.lineTo(end.x - ux * 9 - uy * 4, end.y - uy * 9 + ux * 4);
      ctx.lineTo(end.x - ux * 9 + uy * 4, end.y - uy * 9 - ux * 4);
      ctx.closePath();
      ctx.fill();
    }
  }

  private computeNeighbourhood(): void {
    const centre = this.state.hoveredNode ?? this.state.selectedNode;
    this.centre = centre && this.graph.hasNode(centre) ? centre : null;
    this.neighbourhood = new Set();
    this.edgeEnds = new Set();
    if (this.centre) {
      this.neighbourhood.add(this.centre);
      this.graph.forEachEdge(this.centre, (edge, _a, s, t) => {
        if (!this.isEdgeVisible(edge)) return;
        this.neighbourhood.add(s);
        this.neighbourhood.add(t);
      });
    } else {
      const edge = this.state.hoveredEdge ?? this.state.selectedEdge;
      if (edge && this.graph.hasEdge(edge)) {
        for (const n of this.graph.extremities(edge)) this.edgeEnds.add(n);
      }
    }
  }

  /** Re-applies filters and highlighting to every node and edge and redraws. */
  refresh(): void {
    this.computeNeighbourhood();
    this.sigma.refresh();
    if (this.light) this.highlight();
  }

  private reduceNode(node: string, attr: KgNodeAttributes): NodeData {
    const res: NodeData = {
      ...attr,
      size: attr.size * this.sizeScale,
      type: 'shape',
      shape: this.shapeOf[attr.entityType] ?? 0,
    };
    if (!this.isNodeVisible(node)) {
      res.hidden = true;
      return res;
    }
    const lit = this.light
      ? null
      : this.centre
        ? this.neighbourhood
        : this.edgeEnds.size
          ? this.edgeEnds
          : null;
    if (lit) {
      if (lit.has(node)) {
        res.zIndex = 2;
        res.forceLabel = true;
        res.highlighted = node === this.state.selectedNode || node === this.centre;
      } else {
        res.color = FADED_NODE;
        res.label = null;
        res.zIndex = 0;
      }
    } else {
      res.zIndex = 1;
      res.highlighted = node === this.state.selectedNode;
    }
    return res;
  }

  private reduceEdge(edge: string, attr: KgEdgeAttributes): EdgeData {
    const curvature = this.parallel.get(edge);
    const res: EdgeData = {
      ...attr,
      type: edgeProgram(attr.modality, curvature !== undefined),
      label: null,
    };
    if (curvature !== undefined) res.curvature = curvature;
    if (!this.isEdgeVisible(edge)) {
      res.hidden = true;
      return res;
    }
    const [s, t] = this.graph.extremities(edge);
    const touched =
      edge === this.state.hoveredEdge ||
      edge === this.state.selectedEdge ||
      (this.centre !== null && (s === this.centre || t === this.centre));
    const anyHighlight = !this.light && (this.centre !== null || this.edgeEnds.size > 0);
    const pointed = edge === this.state.hoveredEdge || edge === this.state.selectedEdge;
    const label =
      this.sharedLabel.has(edge) && !pointed ? this.sharedLabel.get(edge)! : edgeLabel(attr);
    if (touched) {
      res.label = label;
      res.forceLabel = true;
      res.zIndex = 2;
      res.size = (attr.size ?? 1) * 1.6;
    } else if (anyHighlight) {
      res.color = FADED_EDGE;
      res.zIndex = 0;
    } else if (this.state.closeZoom) {
      res.label = label;
    }
    return res;
  }
}
