import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../../../tests/support/browser';
import { buildDocument } from '../document-builder';
import { renderStandaloneHtml } from '../standalone-html';
import { startGraphServer } from '../graph-server';
import { nodePosition, openHtmlFile, waitReady, writeArtifact } from '../testing/graph-page';

const IMG = '<img src=x onerror=alert(1)>';
const BREAKOUT = '</script><script>window.__pwned=1;alert(2)</script>';
const COMMENT = '<!--<script>window.__pwned=2</script>';

const text =
  `Officials said ${IMG} Holdings paid Smith ${BREAKOUT} Group. ` +
  `A judge said the ${COMMENT} Cartel denied it, <b onmouseover=alert(3)>bold</b> claims notwithstanding.`;

const doc = buildDocument(
  {
    id: 'xss-article',
    title: `Title ${BREAKOUT}`,
    url: 'javascript:alert(4)',
    publishedAt: '2025-01-01',
    source: 'test',
    text,
  },
  [
    {
      name: `${IMG} Holdings`,
      type: 'Organization',
      aliases: ['<svg onload=alert(5)>'],
      mentions: [`${IMG} Holdings`],
    },
    { name: `Smith ${BREAKOUT} Group`, type: 'Organization' },
    { name: `${COMMENT} Cartel`, type: 'CriminalOrganization' },
  ],
  [
    {
      subject: `${IMG} Holdings`,
      predicate: 'PAID',
      object: `Smith ${BREAKOUT} Group`,
      modality: 'claimed',
      by: `${COMMENT} Cartel`,
      evidence: [
        { sentence: 'Officials said', span: `${IMG} Holdings paid Smith ${BREAKOUT} Group` },
      ],
    },
    {
      subject: `${COMMENT} Cartel`,
      predicate: 'DENIED',
      object: `${IMG} Holdings`,
      evidence: [{ sentence: 'A judge said', span: 'denied it, <b onmouseover=alert(3)>bold</b>' }],
    },
  ],
);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function assertInert(page: Page, dialogs: string[]): Promise<void> {
  expect(dialogs).toEqual([]);
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
  // Only the two elements the page itself writes, nothing from the data.
  expect(await page.evaluate(() => document.querySelectorAll('script').length)).toBe(2);
  expect(
    await page.evaluate(() => document.querySelectorAll('img, svg image, b, iframe').length),
  ).toBe(0);
  expect(
    await page.evaluate(
      () => document.querySelectorAll('[onerror], [onload], [onmouseover]').length,
    ),
  ).toBe(0);
}

describe('untrusted strings in names, aliases, sentences and titles', () => {
  it('are embedded so that </script> and <!-- cannot break out', () => {
    const html = renderStandaloneHtml(doc);
    const data = html.slice(
      html.indexOf('id="kg-data">'),
      html.indexOf('</script>', html.indexOf('id="kg-data">')),
    );
    expect(data).not.toContain('<');
    expect(html.match(/<\/script>/g)?.length).toBe(2);
    expect(html).toContain('<title>Title &#60;/script&#62;');
  });

  it('render literally and run nothing in the standalone file', async () => {
    const o = await openHtmlFile(browser, renderStandaloneHtml(doc), 'xss.html');
    const { page, dialogs } = o;
    await assertInert(page, dialogs);
    expect(await page.locator('h1').textContent()).toBe(`Title ${BREAKOUT}`);

    const holdings = await page.evaluate(() =>
      window.__kgView!.graph.findNode(
        (_n, a) => a.entityType === 'Organization' && a.name.includes('Holdings'),
      )!,
    );
    const p = await nodePosition(page, holdings);
    await page.mouse.move(p.x, p.y);
    await page.mouse.click(p.x, p.y);
    await expect.poll(() => page.getByTestId('panel-name').textContent()).toBe(`${IMG} Holdings`);
    expect(await page.getByTestId('panel-aliases').textContent()).toBe(
      'Also called: <svg onload=alert(5)>',
    );
    const sentences = await page.getByTestId('evidence-sentence').allTextContents();
    expect(sentences.join(' ')).toContain(BREAKOUT);
    expect(sentences.join(' ')).toContain('<b onmouseover=alert(3)>bold</b>');
    // The javascript: article URL is not turned into a link.
    expect(await page.locator('#kg-panel a').count()).toBe(0);
    const relations = await page.locator('.relation-modality').allTextContents();
    expect(relations.map((r) => r.trim())).toContain(`claimed by ${COMMENT} Cartel`);

    const input = page.getByRole('combobox');
    await input.fill('');
    await input.pressSequentially('<svg');
    await page.getByRole('listbox').waitFor({ state: 'visible' });
    expect(await page.getByRole('option').first().textContent()).toContain(`${IMG} Holdings`);
    await page.mouse.move(p.x + 1, p.y + 1);
    writeArtifact('xss.png', await page.screenshot());
    await assertInert(page, dialogs);
    expect(o.errors).toEqual([]);
    expect(o.blocked).toEqual([]);
  });

  it('render literally and run nothing when served', async () => {
    const server = await startGraphServer({ port: 0, render: () => renderStandaloneHtml(doc) });
    try {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(server.url);
      await waitReady(page);
      expect(await page.evaluate(() => window.__kgView!.graph.order)).toBe(3);
      await assertInert(page, dialogs);
      await page.close();
    } finally {
      await server.close();
    }
  });
});
