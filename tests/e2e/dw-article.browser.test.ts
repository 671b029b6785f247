/**
 * The graph page of the first article in real Chromium: `kg build` (here with
 * --no-neo4j; the int test proves the Neo4j export equals this graph) writes
 * graph.html, the page draws every entity and relation with sigma (pixels of the
 * entity colours are counted in a screenshot), and clicking a node opens its panel
 * with the evidence sentences. A two-article corpus shows a shared entity with the
 * evidence of both articles.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildSummary } from '@news-kg/cli';
import type { KgDocument } from '@news-kg/schema';
import { ENTITY_STYLES } from '@news-kg/viz';
import { launchChromium } from '../support/browser';
import { countColours } from '../support/pixels';
import { DW_FILE, kgJson, ROOT } from './kg';

const CHILE_FILE = join(
  ROOT,
  'data',
  'articles',
  '2025-04-09-chile-supreme-court-strikes-down-expulsion-decree.txt',
);
const ARTIFACTS = join(ROOT, 'test-artifacts');

interface ViewHook {
  graph: { order: number; size: number };
  nodeClientPosition(node: string): { x: number; y: number };
}

let browser: Browser;
let out: string;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'kg-e2e-browser-'));
  browser = await launchChromium();
  mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  if (out) await rm(out, { recursive: true, force: true });
});

async function build(
  name: string,
  files: string[],
): Promise<{ summary: BuildSummary; doc: KgDocument }> {
  const summary = await kgJson<BuildSummary>([
    'build',
    ...files,
    '--no-neo4j',
    '--out',
    out,
    '--name',
    name,
    '--json',
  ]);
  const doc = JSON.parse(readFileSync(summary.files.json, 'utf8')) as KgDocument;
  return { summary, doc };
}

async function openPage(html: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(html).href);
  await page.waitForSelector('html[data-ready="true"][data-layout="done"]', { timeout: 90_000 });
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  return { page, errors };
}

async function clickNode(page: Page, node: string): Promise<void> {
  const { x, y } = await page.evaluate(
    (id) => (window as unknown as { __kgView: ViewHook }).__kgView.nodeClientPosition(id),
    node,
  );
  await page.mouse.click(x, y);
  await page.waitForSelector('#kg-panel:not([hidden])');
}

const rgb = (hex: string): [number, number, number] => [
  parseInt(hex.slice(1, 3), 16),
  parseInt(hex.slice(3, 5), 16),
  parseInt(hex.slice(5, 7), 16),
];

describe('graph page of the DW article in Chromium', () => {
  it('draws every entity and relation, and a node click shows its evidence', async () => {
    const { summary, doc } = await build('dw', [DW_FILE]);
    const { page, errors } = await openPage(summary.files.html);
    try {
      const drawn = await page.evaluate(() => {
        const view = (window as unknown as { __kgView: ViewHook }).__kgView;
        return { order: view.graph.order, size: view.graph.size };
      });
      expect(drawn).toEqual({ order: doc.entities.length, size: doc.relations.length });

      const png = await page.screenshot();
      // The README's "What you get" picture.
      copyFileSync(summary.files.html, join(ARTIFACTS, 'dw-graph.html'));
      await page.screenshot({ path: join(ARTIFACTS, 'dw-graph.png') });
      const types = ['Person', 'Country', 'CriminalOrganization'] as const;
      const counts = await countColours(
        browser,
        png,
        Object.fromEntries(types.map((t) => [t, rgb(ENTITY_STYLES[t].color)])),
        10,
      );
      for (const t of types) expect(counts[t], `${t} pixels`).toBeGreaterThan(40);

      const trump = doc.entities.find((e) => e.name === 'Donald Trump')!;
      expect(trump).toBeDefined();
      await clickNode(page, trump.id);
      await expect.poll(() => page.getByTestId('panel-name').textContent()).toBe('Donald Trump');
      const sentences = await page.getByTestId('evidence-sentence').allTextContents();
      expect(sentences.length).toBeGreaterThan(0);
      expect(sentences.some((s) => s.includes('Alien Enemies Act'))).toBe(true);
      const captions = await page.locator('#kg-panel figcaption').allTextContents();
      expect(captions.some((c) => c.includes('Venezuela rejects US crime gang accusations'))).toBe(
        true,
      );
      await page.screenshot({ path: join(ARTIFACTS, 'dw-graph-panel.png') });
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('corpus page in Chromium', () => {
  it('an entity two articles share is one node with the evidence of both', async () => {
    const { summary, doc } = await build('pair', [DW_FILE, CHILE_FILE]);
    expect(doc.documents).toHaveLength(2);
    const tda = doc.entities.filter((e) => e.name === 'Tren de Aragua');
    expect(tda).toHaveLength(1);
    const { page, errors } = await openPage(summary.files.html);
    try {
      await clickNode(page, tda[0]!.id);
      await expect.poll(() => page.getByTestId('panel-name').textContent()).toBe('Tren de Aragua');
      const captions = (await page.locator('#kg-panel figcaption').allTextContents()).join('\n');
      for (const article of doc.documents) expect(captions).toContain(article.title!);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
