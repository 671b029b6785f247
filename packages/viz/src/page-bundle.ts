/**
 * Bundles the browser page (page/main.ts and its imports, sigma and graphology
 * included) into one IIFE script with esbuild, once per process.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

export interface PageAssets {
  js: string;
  css: string;
}

let cached: PageAssets | undefined;

export function pageAssets(): PageAssets {
  if (cached) return cached;
  const entry = fileURLToPath(new URL('./page/main.ts', import.meta.url));
  const result = buildSync({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('viz: esbuild produced no page bundle');
  cached = {
    js: file.text,
    css: readFileSync(fileURLToPath(new URL('./page/page.css', import.meta.url)), 'utf8'),
  };
  return cached;
}
