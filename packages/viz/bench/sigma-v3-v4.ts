/**
 * Measures sigma v3 (the version this package uses) against sigma v4 on the same
 * generated graph in headless Chromium with software WebGL: time from `new Sigma`
 * to the first frame being fully drawn (pixels read back), and one full refresh.
 * Both pages use each version's default programs (discs, straight edges).
 *
 * v4 is not a dependency; install it outside the repository first:
 *   mkdir -p /tmp/sigma4 && cd /tmp/sigma4 && npm init -y && npm install sigma@4.0.4 graphology@0.26.0
 * then: pnpm exec tsx packages/viz/bench/sigma-v3-v4.ts [--sizes 1000x5000,10000x50000] [--runs 3]
 * (SIGMA4_NODE_MODULES overrides /tmp/sigma4/node_modules).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { launchChromium } from '../../../tests/support/browser';
import { writeArtifact } from '../src/testing/graph-page';

const v4Modules = process.env.SIGMA4_NODE_MODULES ?? '/tmp/sigma4/node_modules';
const v3Modules = fileURLToPath(new URL('../node_modules', import.meta.url));
const args = process.argv.slice(2);
const arg = (name: string, fallback: string): string =>
  args.includes(name) ? (args[args.indexOf(name) + 1] ?? fallback) : fallback;
const sizes = arg('--sizes', '1000x5000,10000x50000')
  .split(',')
  .map((s) => s.split('x').map(Number) as [number, number]);
const runs = Number(arg('--runs', '3'));

if (!existsSync(`${v4Modules}/sigma/package.json`)) {
  console.error(
    `sigma v4 not found in ${v4Modules}; see the header of this file for the install command`,
  );
  process.exit(1);
}
const version = (dir: string): string =>
  JSON.parse(readFileSync(`${dir}/sigma/package.json`, 'utf8')).version;

const ENTRY = `
import Graph from 'graphology';
import Sigma from 'sigma';
function rng(seed) { let a = seed >>> 0; return () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
function syncAll() { for (const c of document.querySelectorAll('canvas')) { const gl = c.getContext('webgl2') || c.getContext('webgl'); if (gl) { const px = new Uint8Array(4); gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px); } } }
window.runBench = (n, m) => new Promise((resolve) => {
  const random = rng(42);
  const graph = new Graph({ multi: true });
  const colors = ['#2b6cb0', '#2f855a', '#6b46c1', '#c05621', '#0987a0'];
  for (let i = 0; i < n; i++) graph.addNode('n' + i, { x: random() * 100, y: random() * 100, size: 3 + random() * 8, color: colors[i % 5], label: 'Node ' + i });
  for (let k = 0; k < m; k++) { const s = Math.floor(random() * n); let t = Math.floor(n * random() ** 2.5); if (t === s) t = (t + 1) % n; graph.addEdge('n' + s, 'n' + t, { size: 1, color: '#a0aec0' }); }
  const t0 = performance.now();
  const sigma = new Sigma(graph, document.getElementById('c'));
  requestAnimationFrame(() => requestAnimationFrame(() => {
    syncAll();
    const first = performance.now() - t0;
    const t1 = performance.now();
    sigma.refresh();
    syncAll();
    const refresh = performance.now() - t1;
    sigma.kill();
    resolve({ first, refresh });
  }));
});
`;

function bundle(modules: string): string {
  const out = buildSync({
    stdin: { contents: ENTRY, resolveDir: modules, loader: 'js' },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    nodePaths: [modules],
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

const pages = [
  { name: `sigma ${version(v3Modules)}`, js: bundle(v3Modules) },
  { name: `sigma ${version(v4Modules)}`, js: bundle(v4Modules) },
];

const browser = await launchChromium();
try {
  console.log('graph            version        first frame (median)   full refresh (median)');
  for (const [n, m] of sizes) {
    for (const p of pages) {
      const firsts: number[] = [];
      const refreshes: number[] = [];
      for (let r = 0; r < runs; r++) {
        const file = writeArtifact(
          `sigma-compare-${p.name.replace(/\W+/g, '-')}.html`,
          `<!doctype html><html><body style="margin:0"><div id="c" style="width:1280px;height:800px"></div><script>${p.js.replace(/<\/script/gi, '<\\/script')}</script></body></html>`,
        );
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        await page.goto(`file://${file}`);
        const res = await page.evaluate(
          ([a, b]) =>
            (
              window as unknown as {
                runBench(n: number, m: number): Promise<{ first: number; refresh: number }>;
              }
            ).runBench(a, b),
          [n, m] as const,
        );
        firsts.push(res.first);
        refreshes.push(res.refresh);
        await page.close();
      }
      const med = (xs: number[]) =>
        Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!);
      console.log(
        `${`${n}/${m}`.padEnd(16)} ${p.name.padEnd(14)} ${`${med(firsts)} ms`.padEnd(22)} ${med(refreshes)} ms   (runs: ${firsts.map(Math.round).join(', ')})`,
      );
    }
  }
} finally {
  await browser.close();
}
