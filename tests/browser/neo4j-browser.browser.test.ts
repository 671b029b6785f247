import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, localConnection, startLocalNeo4j, stopLocalNeo4j } from '@news-kg/neo4j';
import { launchChromium } from '../support/browser';

/**
 * Neo4j Browser, served by the project's own Neo4j at /browser/, loads in real
 * headless Chromium, logs in with the local credentials over Bolt and runs a
 * query. Starts the local server if it is not running (and then stops it
 * again); skipped when NEO4J_URI points at another server.
 */
const BROWSER_URL = 'http://127.0.0.1:7474/browser/';
const artifacts = join(repoRoot(), 'test-artifacts');

describe.skipIf(Boolean(process.env.NEO4J_URI))(
  'Neo4j Browser at http://127.0.0.1:7474/browser/',
  () => {
    let browser: Browser;
    let startedHere = false;

    beforeAll(async () => {
      const result = await startLocalNeo4j();
      startedHere = !result.alreadyRunning;
      browser = await launchChromium();
      mkdirSync(artifacts, { recursive: true });
    });

    afterAll(async () => {
      await browser?.close();
      if (startedHere) await stopLocalNeo4j();
    });

    it('loads, connects as neo4j and runs a Cypher query', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      try {
        const response = await page.goto(BROWSER_URL, { waitUntil: 'domcontentloaded' });
        expect(response?.status()).toBe(200);
        expect(await page.title()).toBe('Neo4j Browser');

        // The connect form is the app itself rendering, pre-filled with our Bolt address.
        await page.getByTestId('boltaddress').waitFor({ timeout: 60_000 });
        expect(await page.getByTestId('boltaddress').inputValue()).toContain('127.0.0.1:7687');
        await page.getByTestId('username').fill('neo4j');
        await page.getByTestId('password').fill(localConnection().password);
        await page.getByTestId('connect').click();
        await page.getByText(/You are connected as user/).waitFor({ timeout: 60_000 });

        await page.locator('.monaco-editor').first().click();
        await page.keyboard.type("RETURN 'kg' + '-browser-smoke' AS greeting");
        await page.getByTestId('editor-Run').click();
        // Only the server can have joined the two strings.
        await page.getByText('"kg-browser-smoke"').first().waitFor({ timeout: 60_000 });
        await page.screenshot({ path: join(artifacts, 'neo4j-browser.png') });
      } finally {
        await page.close();
      }
    });
  },
);
