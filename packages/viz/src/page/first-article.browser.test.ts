/**
 * The first article's graph as the extractor writes it (`kg extract` on the DW
 * article), not a hand-written fixture: every entity type present is drawn, the
 * panel quotes evidence from the article, search focuses the camera. Expectations
 * are derived from the extracted document so that extractor improvements do not
 * break them. Skipped, with the reason, if the extractor cannot run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { validateDocument, type EntityType, type KgDocument } from '@news-kg/schema';
import { launchChromium } from '../../../../tests/support/browser';
import { ENTITY_STYLES } from '../entity-styles';
import { renderStandaloneHtml } from '../standalone-html';
import {
  ARTIFACTS,
  nodePosition,
  openHtmlFile,
  waitCameraIdle,
  writeArtifact,
} from '../testing/graph-page';
import { countColourNear, decodePng } from '../testing/png';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const ARTICLE = 'data/articles/dw-2025-03-21-venezuela-rejects-us-gang-accusations.txt';
const out = `${ARTIFACTS}first-article.kg.json`;

function extract(): KgDocument | string {
  try {
    execFileSync(
      process.execPath,
      ['--import', 'tsx', 'packages/cli/src/main.ts', 'extract', ARTICLE, '--out', out],
      { cwd: root, stdio: 'pipe', timeout: 120_000 },
    );
  } catch (error) {
    return `kg extract failed: ${String((error as { stderr?: Buffer }).stderr ?? error).slice(0, 300)}`;
  }
  if (!existsSync(out)) return 'kg extract wrote nothing';
  const result = validateDocument(JSON.parse(readFileSync(out, 'utf8')));
  return result.ok ? result.document : 'kg extract wrote an invalid document';
}

const extracted = extract();
const doc = typeof extracted === 'string' ? null : extracted;
if (!doc) console.warn(`first-article browser tests skipped: ${String(extracted)}`);

let browser: Browser;
beforeAll(async () => {
  if (doc) browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.skipIf(!doc)('graph page of the first article (extractor output)', () => {
  it('draws every entity type present, and its panel quotes the article', async () => {
    const d = doc!;
    const { page, errors, blocked } = await openHtmlFile(
      browser,
      renderStandaloneHtml(d),
      'first-article.html',
    );
    const png = await page.screenshot();
    writeArtifact('first-article.png', png);
    const img = decodePng(png);
    const present = new Set(d.entities.map((e) => e.type));
    for (const type of present) {
      const nodes = await page.evaluate((t) => {
        const { graph, sigma } = window.__kgView!;
        return graph
          .filterNodes((_n, a) => a.entityType === t)
          .map((n) => ({ node: n, size: sigma.getNodeDisplayData(n)!.size }));
      }, type as EntityType);
      let best = 0;
      for (const { node, size } of nodes) {
        const { x, y } = await nodePosition(page, node);
        best = Math.max(best, countColourNear(img, x, y, size, ENTITY_STYLES[type].color));
      }
      expect(best, `${type} drawn`).toBeGreaterThan(4);
    }

    // The most connected entity: its panel lists its relations with evidence from the article.
    const hub = await page.evaluate(() => {
      const { graph } = window.__kgView!;
      return graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a))[0]!;
    });
    const p = await nodePosition(page, hub);
    await page.mouse.click(p.x, p.y);
    const name = d.entities.find((e) => e.id === hub)!.name;
    await expect.poll(() => page.getByTestId('panel-name').textContent()).toBe(name);
    const sentences = await page.getByTestId('evidence-sentence').allTextContents();
    expect(sentences.length).toBeGreaterThan(0);
    const text = readFileSync(`${root}${ARTICLE}`, 'utf8').replace(/\s+/g, ' ');
    const first = sentences[0]!.replace(/^“|”$/g, '').replace(/\s+/g, ' ');
    expect(text).toContain(first.slice(0, 40));
    writeArtifact('first-article-panel.png', await page.screenshot());
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
  });

  it('search finds an entity by alias and centres it', async () => {
    const d = doc!;
    const target =
      d.entities.find((e) => e.aliases.length > 0 && e.aliases[0]!.length > 3) ?? d.entities[0]!;
    const query = (target.aliases[0] ?? target.name).slice(0, 6);
    const { page } = await openHtmlFile(
      browser,
      renderStandaloneHtml(d),
      'first-article-search.html',
    );
    const input = page.getByRole('combobox');
    await input.pressSequentially(query);
    await page.getByRole('listbox').waitFor({ state: 'visible' });
    const options = await page.getByRole('option').allTextContents();
    const index = options.findIndex((o) => o.includes(target.name));
    expect(index, `"${query}" lists ${target.name}`).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('panel-name').textContent()).toBe(target.name);
    await waitCameraIdle(page);
    const q = await nodePosition(page, target.id);
    const box = (await page.locator('#kg-graph').boundingBox())!;
    expect(Math.abs(q.x - (box.x + box.width / 2))).toBeLessThan(2);
    expect(Math.abs(q.y - (box.y + box.height / 2))).toBeLessThan(2);
  });
});
