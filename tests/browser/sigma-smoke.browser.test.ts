import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '@news-kg/neo4j';
import { launchChromium } from '../support/browser';
import { countColours } from '../support/pixels';

/**
 * Smoke test of the browser harness: a tiny page (sigma + graphology, bundled
 * with esbuild from packages/viz) draws a small graph in headless Chromium with
 * software WebGL, and a screenshot must really show the node colours. A page
 * whose graph has no nodes is the control: the same count must find nothing,
 * so a blank canvas cannot pass.
 */
const root = repoRoot();
const vizDir = join(root, 'packages', 'viz');
const artifacts = join(root, 'test-artifacts');

const COLOURS = { red: [230, 25, 75], green: [60, 180, 75], blue: [67, 99, 216] } as const;
type ColourName = keyof typeof COLOURS;

const ENTRY = `
import Graph from 'graphology';
import Sigma from 'sigma';
const empty = location.search.includes('empty');
const graph = new Graph();
if (!empty) {
  graph.addNode('a', { x: 0, y: 0, size: 40, color: 'rgb(${COLOURS.red.join(',')})', label: 'A' });
  graph.addNode('b', { x: 10, y: 0, size: 40, color: 'rgb(${COLOURS.green.join(',')})', label: 'B' });
  graph.addNode('c', { x: 5, y: 8, size: 40, color: 'rgb(${COLOURS.blue.join(',')})', label: 'C' });
  graph.addEdge('a', 'b', { size: 4, color: '#999999' });
  graph.addEdge('b', 'c', { size: 4, color: '#999999' });
}
const renderer = new Sigma(graph, document.getElementById('graph'), { renderLabels: false });
let frames = 0;
renderer.on('afterRender', () => { frames += 1; window.__frames = frames; });
renderer.refresh();
window.__sigma = { nodes: graph.order, edges: graph.size };
`;

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>sigma smoke</title>
<style>html,body{margin:0;background:#fff}#graph{width:600px;height:400px}</style></head>
<body><div id="graph"></div><script src="/bundle.js"></script></body></html>`;

let browser: Browser;
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  const esbuild = join(vizDir, 'node_modules', '.bin', 'esbuild');
  const bundle = execFileSync(
    esbuild,
    [
      '--bundle',
      '--format=iife',
      '--platform=browser',
      '--target=es2020',
      '--log-level=warning',
      '--sourcefile=entry.js',
    ],
    { cwd: vizDir, input: ENTRY, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  server = createServer((req, res) => {
    if (req.url?.startsWith('/bundle.js')) {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
    } else if (req.url === '/' || req.url?.startsWith('/?')) {
      res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
  mkdirSync(artifacts, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** Loads the page, waits for sigma to have rendered, and returns a PNG of the graph container. */
async function renderAndShoot(page: Page, query: string): Promise<Buffer> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${baseUrl}/${query}`);
  await page.waitForFunction(
    () => ((window as unknown as { __frames?: number }).__frames ?? 0) >= 1,
  );
  // Two more animation frames so the WebGL output is composited before the screenshot.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  expect(errors).toEqual([]);
  return page.locator('#graph').screenshot();
}

describe('sigma in headless Chromium (SwiftShader WebGL2)', () => {
  it('draws coloured nodes that a screenshot can see', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
    try {
      const png = await renderAndShoot(page, '');
      writeFileSync(join(artifacts, 'sigma-smoke.png'), png);
      const state = await page.evaluate(() => (window as unknown as { __sigma: unknown }).__sigma);
      expect(state).toEqual({ nodes: 3, edges: 2 });
      const counts = await countColours(browser, png, COLOURS);
      // A node of size 40 covers thousands of pixels; demand a solid disc's worth of each colour.
      for (const name of Object.keys(COLOURS) as ColourName[]) {
        expect(counts[name], `${name} pixels in test-artifacts/sigma-smoke.png`).toBeGreaterThan(
          500,
        );
      }
    } finally {
      await page.close();
    }
  });

  it('control: the same count finds no node colours on an empty graph', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
    try {
      const png = await renderAndShoot(page, '?empty');
      writeFileSync(join(artifacts, 'sigma-smoke-empty.png'), png);
      expect(await countColours(browser, png, COLOURS)).toEqual({ red: 0, green: 0, blue: 0 });
    } finally {
      await page.close();
    }
  });
});
