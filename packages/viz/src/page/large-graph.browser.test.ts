/**
 * The large-graph path: layout in a web worker after the first paint, and hover
 * highlighting through the fade layer + sigma's hover layer instead of a redraw.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../../../tests/support/browser';
import { generateDocument } from '../generated-documents';
import { layoutPlan } from '../layout';
import { documentPageData, renderPageHtml } from '../standalone-html';
import { nodePosition, openHtmlFile, waitReady, writeArtifact } from '../testing/graph-page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('a 1,200-node graph laid out in the browser', () => {
  it('paints before the worker layout ends, then hover highlights without a full redraw', async () => {
    const doc = generateDocument(1200, 3000, 3);
    const html = renderPageHtml(documentPageData(doc, { layout: 'browser' }));
    const { page, errors, blocked } = await openHtmlFile(
      browser,
      html,
      'large.html',
      undefined,
      false,
    );
    // Drawn (seeded positions) while the worker is still laying out.
    expect(await page.evaluate(() => document.documentElement.dataset.layout)).toBe('running');
    expect(await page.evaluate(() => window.__kgView!.timings.layoutMode)).toBe('worker');
    await waitReady(page, true);
    const timings = await page.evaluate(() => window.__kgView!.timings);
    expect(timings.layoutIterations).toBe(layoutPlan(1200, 3000).iterations);
    expect(timings.layoutMs).toBeGreaterThan(0);

    const target = await page.evaluate(() => {
      const { graph } = window.__kgView!;
      const container = document.getElementById('kg-graph')!;
      return graph
        .nodes()
        .sort((a, b) => graph.degree(b) - graph.degree(a))
        .find((n) => {
          const p = window.__kgView!.nodeClientPosition(n);
          const hit = document.elementFromPoint(p.x, p.y);
          return hit?.tagName === 'CANVAS' && container.contains(hit);
        })!;
    });
    const renders = await page.evaluate(() => {
      const w = window as unknown as { __renders: number };
      w.__renders = 0;
      window.__kgView!.sigma.on('afterRender', () => w.__renders++);
      return 0;
    });
    const p = await nodePosition(page, target);
    await page.mouse.move(p.x, p.y);
    await page.waitForFunction((n) => window.__kgView!.state.hoveredNode === n, target, {
      timeout: 60_000,
    });
    await page.waitForFunction(() => window.__kgView!.timings.hover.length > 0, null, {
      timeout: 60_000,
    });
    const facts = await page.evaluate((n) => {
      const { sigma, graph } = window.__kgView!;
      const highlighted = (sigma as unknown as { highlightedNodes: Set<string> }).highlightedNodes;
      return {
        fadeShown: !(document.querySelector('.graph-fade') as HTMLElement).hidden,
        neighboursHighlighted: graph.neighbors(n).every((m) => highlighted.has(m)),
        strangerHighlighted: graph
          .filterNodes((m) => m !== n && !graph.areNeighbors(m, n))
          .some((m) => highlighted.has(m)),
        renders: (window as unknown as { __renders: number }).__renders,
      };
    }, target);
    expect(facts.fadeShown).toBe(true);
    expect(facts.neighboursHighlighted).toBe(true);
    expect(facts.strangerHighlighted).toBe(false);
    expect(facts.renders).toBe(renders); // no full frame for a hover
    writeArtifact('large-hover.png', await page.screenshot());

    await page.mouse.move(100, 790);
    await page.waitForFunction(() => window.__kgView!.state.hoveredNode === null);
    expect(
      await page.evaluate(() => (document.querySelector('.graph-fade') as HTMLElement).hidden),
    ).toBe(true);
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
  });
});
