/**
 * Screenshot of the graph page for a document, optionally with one entity's panel open.
 *   pnpm exec tsx packages/viz/scripts/screenshot.ts graph.json docs/graph-page.png [--select <entity id>] [--size 1400x860]
 */
import { readFileSync } from 'node:fs';
import { assertValidDocument } from '@news-kg/schema';
import { launchChromium } from '../../../tests/support/browser';
import { renderStandaloneHtml } from '../src/standalone-html';
import { nodePosition, openHtmlFile } from '../src/testing/graph-page';

const [input, output, ...rest] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: screenshot.ts <graph.json> <out.png> [--select <entity id>] [--size WxH]');
  process.exit(2);
}
const opt = (name: string): string | undefined =>
  rest.includes(name) ? rest[rest.indexOf(name) + 1] : undefined;
const [width, height] = (opt('--size') ?? '1400x860').split('x').map(Number) as [number, number];
const doc = assertValidDocument(JSON.parse(readFileSync(input, 'utf8')), input);
const browser = await launchChromium();
try {
  const { page } = await openHtmlFile(browser, renderStandaloneHtml(doc), 'screenshot.html', {
    width,
    height,
  });
  const select = opt('--select');
  if (select) {
    const p = await nodePosition(page, select);
    await page.mouse.click(p.x, p.y);
    await page.locator('#kg-panel').waitFor({ state: 'visible' });
    await page.mouse.move(2, height - 2);
  }
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
  await page.screenshot({ path: output });
  console.log(`wrote ${output}`);
} finally {
  await browser.close();
}
