import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { assertValidDocument, type EntityType } from '@news-kg/schema';
import { launchChromium } from '../../../../tests/support/browser';
import { ENTITY_STYLES } from '../entity-styles';
import { renderStandaloneHtml } from '../standalone-html';
import { countColourNear, decodePng } from '../testing/png';
import {
  nodePosition,
  openHtmlFile,
  waitCameraIdle,
  writeArtifact,
  type OpenedPage,
} from '../testing/graph-page';

const fixture = assertValidDocument(
  JSON.parse(readFileSync(new URL('../../fixtures/venezuela.kg.json', import.meta.url), 'utf8')),
);
const html = renderStandaloneHtml(fixture);

const TRUMP = 'person:donald-trump';
const ACT = 'law:alien-enemies-act';
const GANG = 'criminalorganization:tren-de-aragua';
const BOASBERG = 'person:james-boasberg';

let browser: Browser;
const opened: OpenedPage[] = [];

async function open(
  name: string,
  viewport?: { width: number; height: number },
): Promise<OpenedPage> {
  const o = await openHtmlFile(browser, html, `${name}.html`, viewport);
  opened.push(o);
  return o;
}

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('graph page (fixture: DW 2025-03-21, Venezuela / Tren de Aragua)', () => {
  it('draws a node of every entity type present, in its colour, at its place', async () => {
    const { page, errors, blocked } = await open('types');
    const png = await page.screenshot();
    writeArtifact('types.png', png);
    const img = decodePng(png);
    const byType = await page.evaluate(() => {
      const { graph, sigma } = window.__kgView!;
      const out: Record<string, { node: string; size: number }> = {};
      graph.forEachNode((node, a) => {
        const d = sigma.getNodeDisplayData(node)!;
        if (!out[a.entityType] || d.size > out[a.entityType]!.size)
          out[a.entityType] = { node, size: d.size };
      });
      return out;
    });
    const types = Object.keys(byType) as EntityType[];
    expect(types.length).toBe(10);
    for (const type of types) {
      const { node, size } = byType[type]!;
      const { x, y } = await nodePosition(page, node);
      const hits = countColourNear(img, x, y, size, ENTITY_STYLES[type].color);
      expect(hits, `${type} (${node}) drawn at ${Math.round(x)},${Math.round(y)}`).toBeGreaterThan(
        4,
      );
    }
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
  });

  it('hovering a node highlights its neighbourhood and fades the rest', async () => {
    const { page } = await open('hover');
    const gangBefore = await nodePosition(page, GANG);
    const gangSize = await page.evaluate(
      (n) => window.__kgView!.sigma.getNodeDisplayData(n)!.size,
      GANG,
    );
    const p = await nodePosition(page, TRUMP);
    await page.mouse.move(p.x, p.y);
    await page.waitForFunction((n) => window.__kgView!.state.hoveredNode === n, TRUMP);
    const facts = await page.evaluate(
      ([trump, act, gang]) => {
        const { sigma, graph } = window.__kgView!;
        const edge = graph.edges(trump, act)[0]!;
        return {
          actColour: sigma.getNodeDisplayData(act)!.color,
          gangColour: sigma.getNodeDisplayData(gang)!.color,
          gangLabel: sigma.getNodeDisplayData(gang)!.label,
          edgeLabel: sigma.getEdgeDisplayData(edge)!.label,
        };
      },
      [TRUMP, ACT, GANG],
    );
    expect(facts.actColour).toBe(ENTITY_STYLES.Law.color);
    expect(facts.gangColour).toBe('#e2e8f0');
    expect(facts.gangLabel).toBeNull();
    expect(facts.edgeLabel).toBe('invoked');
    const png = await page.screenshot();
    writeArtifact('hover.png', png);
    const img = decodePng(png);
    expect(
      countColourNear(
        img,
        gangBefore.x,
        gangBefore.y,
        gangSize,
        ENTITY_STYLES.CriminalOrganization.color,
      ),
    ).toBe(0);
    expect(countColourNear(img, gangBefore.x, gangBefore.y, gangSize, '#e2e8f0')).toBeGreaterThan(
      4,
    );

    await page.mouse.move(5, 790);
    await page.waitForFunction(() => window.__kgView!.state.hoveredNode === null);
    expect(
      await page.evaluate((n) => window.__kgView!.sigma.getNodeDisplayData(n)!.color, GANG),
    ).toBe(ENTITY_STYLES.CriminalOrganization.color);
  });

  it('parallel relations share one label instead of stacking three', async () => {
    const { page } = await open('parallel');
    const p = await nodePosition(page, GANG);
    await page.mouse.move(p.x, p.y);
    await page.waitForFunction((n) => window.__kgView!.state.hoveredNode === n, GANG);
    const labels = await page.evaluate((gang) => {
      const { graph, sigma } = window.__kgView!;
      return graph
        .edges('group:venezuelan-deportees', gang)
        .map((e) => sigma.getEdgeDisplayData(e)!.label)
        .filter(Boolean);
    }, GANG);
    expect(labels).toEqual(['member of (claimed, denied, alleged)']);
  });

  it('clicking a node opens the panel with its relations in words, modality and evidence', async () => {
    const { page } = await open('panel');
    const p = await nodePosition(page, TRUMP);
    await page.mouse.click(p.x, p.y);
    const panel = page.locator('#kg-panel');
    await panel.waitFor({ state: 'visible' });
    await expect.poll(() => page.getByTestId('panel-name').textContent()).toBe('Donald Trump');
    expect(await page.getByTestId('panel-type').textContent()).toContain('Person');
    expect(await page.getByTestId('panel-aliases').textContent()).toBe('Also called: Trump');
    const relations = await page.locator('.relation-sentence').allTextContents();
    expect(relations).toContain('Donald Trump invoked Alien Enemies Act');
    expect(relations).toContain('Donald Trump president of United States');
    const evidence = await page.getByTestId('evidence-sentence').allTextContents();
    expect(
      evidence.some((s) =>
        s.includes('US President Donald Trump last Saturday invoked an obscure wartime law'),
      ),
    ).toBe(true);
    const link = panel.locator('figcaption a').first();
    expect(await link.getAttribute('href')).toBe('https://p.dw.com/p/4s77Q');
    expect(await link.textContent()).toBe('Venezuela rejects US crime gang accusations as slur');
    writeArtifact('panel.png', await page.screenshot());

    // Navigate through the panel to the gang: claim, allegation and denial in words.
    await panel.getByRole('button', { name: 'Alien Enemies Act' }).click();
    await expect.poll(() => page.getByTestId('panel-name').textContent()).toBe('Alien Enemies Act');
    const gang = await nodePosition(page, GANG);
    await page.mouse.click(gang.x, gang.y);
    await expect.poll(() => page.getByTestId('panel-name').textContent()).toBe('Tren de Aragua');
    const modalities = await page.locator('.relation-modality').allTextContents();
    expect(modalities.map((m) => m.trim())).toEqual(
      expect.arrayContaining([
        'claimed by White House',
        'denied by Venezuela',
        'alleged',
        'reported as fact',
      ]),
    );
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
  });

  it('clicking an edge shows its evidence', async () => {
    const { page } = await open('edge');
    const a = await nodePosition(page, TRUMP);
    const b = await nodePosition(page, ACT);
    const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    await page.mouse.move(mid.x, mid.y);
    await page.waitForFunction(() => window.__kgView!.state.hoveredEdge !== null);
    await page.mouse.click(mid.x, mid.y);
    await expect.poll(() => page.getByTestId('panel-name').textContent()).toBe('Relation');
    expect(await page.locator('.relation-sentence').textContent()).toBe(
      'Donald Trump invoked Alien Enemies Act',
    );
    expect(await page.getByTestId('evidence-sentence').first().textContent()).toContain(
      'invoked an obscure wartime law',
    );
  });

  it('search autocompletes names and aliases, is keyboard-operable, and focuses the camera', async () => {
    const { page } = await open('search');
    const input = page.getByRole('combobox');
    await input.click();
    await input.pressSequentially('boasb');
    const listbox = page.getByRole('listbox');
    await listbox.waitFor({ state: 'visible' });
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByRole('option').first().textContent()).toContain('James Boasberg');
    await page.keyboard.press('Escape');
    expect(await input.getAttribute('aria-expanded')).toBe('false');

    await input.fill('');
    await input.pressSequentially('cecot');
    await listbox.waitFor({ state: 'visible' });
    expect(await page.getByRole('option').first().textContent()).toContain(
      'Terrorism Confinement Center',
    );

    await input.fill('');
    await input.pressSequentially('bo');
    await listbox.waitFor({ state: 'visible' });
    const options = await page.getByRole('option').allTextContents();
    const index = options.findIndex((o) => o.includes('James Boasberg'));
    expect(index).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe(`kg-search-option-${index}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('panel-name').textContent()).toBe('James Boasberg');
    await waitCameraIdle(page);
    const camera = await page.evaluate((n) => {
      const { sigma } = window.__kgView!;
      const d = sigma.getNodeDisplayData(n)!;
      const c = sigma.getCamera().getState();
      return { dx: Math.abs(c.x - d.x), dy: Math.abs(c.y - d.y), ratio: c.ratio };
    }, BOASBERG);
    expect(camera.dx).toBeLessThan(1e-6);
    expect(camera.dy).toBeLessThan(1e-6);
    expect(camera.ratio).toBeLessThan(1);
    // The entity is now in the middle of the graph area.
    const p = await nodePosition(page, BOASBERG);
    const box = (await page.locator('#kg-graph').boundingBox())!;
    expect(Math.abs(p.x - (box.x + box.width / 2))).toBeLessThan(2);
    expect(Math.abs(p.y - (box.y + box.height / 2))).toBeLessThan(2);
    writeArtifact('search.png', await page.screenshot());
  });

  it('legend toggles hide a type and a modality; focus mode keeps the neighbourhood', async () => {
    const { page } = await open('filters');
    const trump = await nodePosition(page, TRUMP);
    const size = await page.evaluate(
      (n) => window.__kgView!.sigma.getNodeDisplayData(n)!.size,
      TRUMP,
    );
    await page.getByTestId('legend-type-Person').click();
    expect(await page.getByTestId('legend-type-Person').getAttribute('aria-pressed')).toBe('false');
    const hidden = await page.evaluate(() => {
      const { graph, sigma } = window.__kgView!;
      return graph
        .filterNodes((n) => sigma.getNodeDisplayData(n)!.hidden)
        .map((n) => graph.getNodeAttribute(n, 'entityType'));
    });
    expect(hidden.length).toBe(5);
    expect(new Set(hidden)).toEqual(new Set(['Person']));
    const img = decodePng(await page.screenshot());
    expect(countColourNear(img, trump.x, trump.y, size, ENTITY_STYLES.Person.color)).toBe(0);
    await page.getByTestId('legend-type-Person').click();
    expect(
      await page.evaluate((n) => window.__kgView!.sigma.getNodeDisplayData(n)!.hidden, TRUMP),
    ).toBe(false);

    await page.getByTestId('legend-modality-denied').click();
    const deniedHidden = await page.evaluate(() => {
      const { graph, sigma } = window.__kgView!;
      return graph
        .filterEdges((e, a) => a.modality === 'denied')
        .every((e) => sigma.getEdgeDisplayData(e)!.hidden);
    });
    expect(deniedHidden).toBe(true);
    await page.getByTestId('legend-modality-denied').click();

    await page.mouse.click(trump.x, trump.y);
    await expect.poll(() => page.getByTestId('panel-name').textContent()).toBe('Donald Trump');
    await page.getByTestId('focus-toggle').click();
    const visible = await page.evaluate(() => {
      const { graph, sigma } = window.__kgView!;
      return graph.filterNodes((n) => !sigma.getNodeDisplayData(n)!.hidden).sort();
    });
    expect(visible).toEqual([ACT, TRUMP, 'country:united-states'].sort());
  });

  it('lists every relation as text with its evidence (the graph without the picture)', async () => {
    const { page } = await open('list');
    await page.getByTestId('list-all').click();
    await expect.poll(() => page.getByTestId('panel-name').textContent()).toBe('All relations');
    const sentences = await page.locator('.relation-sentence').allTextContents();
    expect(sentences.length).toBe(fixture.relations.length);
    expect(sentences).toContain('Donald Trump invoked Alien Enemies Act');
    expect(sentences).toContain(
      'United States designated Tren de Aragua as terrorist group and alien enemy',
    );
    // Filters apply to the list too.
    await page.getByTestId('legend-modality-asserted').click();
    await page.getByTestId('list-all').click();
    const notAsserted = await page.locator('.relation-modality').allTextContents();
    expect(notAsserted.length).toBe(
      fixture.relations.filter((r) => r.modality !== 'asserted').length,
    );
    expect(notAsserted.map((m) => m.trim())).not.toContain('reported as fact');
  });

  it('links to an entity with #<id>: opening the link selects it, selecting updates it', async () => {
    const o = await open('hash');
    const { page } = o;
    const p = await nodePosition(page, TRUMP);
    await page.mouse.click(p.x, p.y);
    await expect.poll(() => page.getByTestId('panel-name').textContent()).toBe('Donald Trump');
    expect(await page.evaluate(() => location.hash)).toBe(`#${encodeURIComponent(TRUMP)}`);
    await page.goto(`${page.url().split('#')[0]}#${encodeURIComponent(GANG)}`);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    await expect.poll(() => page.getByTestId('panel-name').textContent()).toBe('Tren de Aragua');
    // "/" focuses the search box.
    await page.locator('body').press('Escape');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('kg-search');
  });

  it('zoom controls zoom in, out and reset', async () => {
    const { page } = await open('zoom');
    const ratio = () => page.evaluate(() => window.__kgView!.sigma.getCamera().ratio);
    const start = await ratio();
    await page.getByTestId('zoom-in').click();
    await waitCameraIdle(page);
    expect(await ratio()).toBeLessThan(start);
    await page.getByTestId('zoom-out').click();
    await waitCameraIdle(page);
    await page.getByTestId('zoom-out').click();
    await waitCameraIdle(page);
    expect(await ratio()).toBeGreaterThan(start);
    await page.getByTestId('zoom-reset').click();
    await waitCameraIdle(page);
    expect(await ratio()).toBeCloseTo(start, 5);
  });

  it('edge labels appear at close zoom', async () => {
    const { page } = await open('close-zoom');
    const label = () =>
      page.evaluate(
        ([a, b]) => {
          const { graph, sigma } = window.__kgView!;
          return sigma.getEdgeDisplayData(graph.edges(a, b)[0]!)!.label;
        },
        [TRUMP, ACT] as const,
      );
    expect(await label()).toBeFalsy();
    await page.evaluate(() => window.__kgView!.sigma.getCamera().setState({ ratio: 0.3 }));
    await expect.poll(label).toBe('invoked');
  });

  it('works in a narrow window: search on its own row, no sideways scrolling, panel as a sheet', async () => {
    const { page } = await open('narrow', { width: 390, height: 780 });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    expect(await page.locator('#kg-legend').getAttribute('open')).toBeNull();
    const p = await nodePosition(page, TRUMP);
    await page.mouse.click(p.x, p.y);
    await expect.poll(() => page.getByTestId('panel-name').textContent()).toBe('Donald Trump');
    const panel = (await page.locator('#kg-panel').boundingBox())!;
    expect(panel.width).toBeGreaterThan(380);
    writeArtifact('narrow.png', await page.screenshot());
  });

  it('opens from file:// with the network blocked and asks for nothing', async () => {
    const o = await open('offline');
    expect(o.blocked).toEqual([]);
    expect(o.errors).toEqual([]);
    expect(await o.page.evaluate(() => window.__kgView!.graph.order)).toBe(fixture.entities.length);
    expect(
      await o.page.evaluate(() => document.querySelectorAll('script[src], link[href], img').length),
    ).toBe(0);
  });
});
