import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { SCHEMA_VERSION, type KgDocument } from '@news-kg/schema';
import { launchChromium } from '../../../../tests/support/browser';
import { buildDocument } from '../document-builder';
import { renderStandaloneHtml } from '../standalone-html';
import { openHtmlFile } from '../testing/graph-page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('degenerate documents', () => {
  it('an empty graph (e.g. an empty Neo4j) draws an empty page without errors', async () => {
    const empty: KgDocument = {
      schemaVersion: SCHEMA_VERSION,
      documents: [],
      entities: [],
      relations: [],
    };
    const { page, errors } = await openHtmlFile(browser, renderStandaloneHtml(empty), 'empty.html');
    expect(await page.evaluate(() => window.__kgView!.graph.order)).toBe(0);
    expect(await page.locator('.subtitle').textContent()).toBe('0 entities · 0 relations');
    await page.getByTestId('list-all').click();
    await expect.poll(() => page.getByTestId('panel-name').textContent()).toBe('All relations');
    expect(errors).toEqual([]);
  });

  it('one entity without relations draws and opens its panel', async () => {
    const doc = buildDocument(
      {
        id: 'one',
        title: 'One',
        url: null,
        publishedAt: null,
        source: null,
        text: 'Ana Ruiz spoke.',
      },
      [{ name: 'Ana Ruiz', type: 'Person' }],
      [],
    );
    const { page, errors } = await openHtmlFile(browser, renderStandaloneHtml(doc), 'one.html');
    const p = await page.evaluate(() => window.__kgView!.nodeClientPosition('person:ana-ruiz'));
    await page.mouse.click(p.x, p.y);
    await expect.poll(() => page.getByTestId('panel-name').textContent()).toBe('Ana Ruiz');
    expect(await page.locator('#kg-panel h3').textContent()).toBe('0 relations');
    expect(errors).toEqual([]);
  });
});
