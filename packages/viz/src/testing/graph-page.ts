/**
 * Helpers for the viz browser tests and the benchmark: write a page to
 * test-artifacts/viz/, open it from file:// with every non-file request aborted,
 * and wait on the page's own facts (data-ready, the __kgView hook).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';

export const ARTIFACTS = fileURLToPath(new URL('../../../../test-artifacts/viz/', import.meta.url));

export interface OpenedPage {
  page: Page;
  /** Requests that were not file: URLs (all aborted). */
  blocked: string[];
  dialogs: string[];
  errors: string[];
  file: string;
}

export function writeArtifact(name: string, content: string | Buffer): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, name);
  writeFileSync(file, content);
  return file;
}

export async function openHtmlFile(
  browser: Browser,
  html: string,
  name: string,
  viewport = { width: 1280, height: 800 },
  waitLayout = true,
): Promise<OpenedPage> {
  const file = writeArtifact(name, html);
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const opened: OpenedPage = { page, blocked: [], dialogs: [], errors: [], file };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    opened.blocked.push(url);
    return route.abort();
  });
  page.on('dialog', (dialog) => {
    opened.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => opened.errors.push(error.message));
  await page.goto(pathToFileURL(file).href);
  await waitReady(page, waitLayout);
  return opened;
}

export async function waitReady(page: Page, layoutDone = true): Promise<void> {
  await page.waitForFunction(
    (layout) => {
      const d = document.documentElement.dataset;
      if (d.error) throw new Error(`page error: ${d.error}`);
      return d.ready === 'true' && (!layout || d.layout === 'done');
    },
    layoutDone,
    { timeout: 100_000, polling: 50 },
  );
}

export async function nodePosition(page: Page, node: string): Promise<{ x: number; y: number }> {
  return page.evaluate((n) => window.__kgView!.nodeClientPosition(n), node);
}

export async function waitCameraIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => !window.__kgView!.sigma.getCamera().isAnimated(), null, {
    timeout: 30_000,
    polling: 50,
  });
  // One more frame so that the last camera state is drawn.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
}
