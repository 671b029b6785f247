import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertValidDocument } from '@news-kg/schema';
import { buildGraph } from './build-graph';
import { countLabelOverlaps, labelBoxes, labelsFit, layoutGraph, layoutPlan } from './layout';
import { generateDocument } from './generated-documents';

const fixture = assertValidDocument(
  JSON.parse(readFileSync(new URL('../fixtures/venezuela.kg.json', import.meta.url), 'utf8')),
);

const positions = (graph: ReturnType<typeof buildGraph>) =>
  graph.mapNodes((n, a) => [n, a.x, a.y] as const);

describe('layoutGraph', () => {
  it('gives the same picture for the same graph and seed', () => {
    const a = buildGraph(fixture);
    const b = buildGraph(fixture);
    layoutGraph(a);
    layoutGraph(b);
    expect(positions(a)).toEqual(positions(b));
    for (const [, x, y] of positions(a)) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    }
  });

  it('gives a different picture for another seed', () => {
    const a = buildGraph(fixture);
    const b = buildGraph(fixture);
    layoutGraph(a, { seed: 1 });
    layoutGraph(b, { seed: 2 });
    expect(positions(a)).not.toEqual(positions(b));
  });

  it('keeps labels apart at the default zoom (no two label boxes overlap)', () => {
    const graph = buildGraph(fixture);
    expect(countLabelOverlaps(labelBoxes(graph))).toBeGreaterThan(0); // all at 0,0 before layout
    layoutGraph(graph);
    expect(countLabelOverlaps(labelBoxes(graph))).toBe(0);
  });

  it('knows when all labels can fit (article) and when only the biggest can (corpus)', () => {
    expect(labelsFit(buildGraph(fixture))).toBe(true);
    expect(labelsFit(buildGraph(generateDocument(300, 600, 2)))).toBe(false);
  });

  it('infers settings from the graph size', () => {
    const small = layoutPlan(20, 30);
    const large = layoutPlan(10_000, 50_000);
    expect(small.settings.barnesHutOptimize).toBe(false);
    expect(large.settings.barnesHutOptimize).toBe(true);
    expect(small.settings.adjustSizes).toBe(true);
    expect(large.noverlap).toBe(false);
    expect(small.iterations).toBeGreaterThan(large.iterations);
  });

  it('lays out a 1k-node generated graph deterministically', () => {
    const doc = generateDocument(1000, 5000, 7);
    const a = buildGraph(doc);
    const b = buildGraph(doc);
    layoutGraph(a, { iterations: 30, noverlap: false });
    layoutGraph(b, { iterations: 30, noverlap: false });
    expect(positions(a)).toEqual(positions(b));
  });
});
