import { defineConfig } from 'vitest/config';

/**
 * Three projects, chosen by file name:
 *   *.test.ts          unit: pure Node, no services
 *   *.int.test.ts      integration: a real Neo4j (started by tests/setup/neo4j.global.ts)
 *   *.browser.test.ts  browser: real headless Chromium via playwright-core
 */
const shared = ['packages/*/src/**', 'packages/*/scripts/**', 'packages/*/eval/**', 'tests/**'];
const within = (suffix: string): string[] => shared.map((dir) => `${dir}/*${suffix}`);

export default defineConfig({
  test: {
    reporters: ['default'],
    projects: [
      {
        test: {
          name: 'unit',
          include: within('.test.ts'),
          exclude: [...within('.int.test.ts'), ...within('.browser.test.ts'), '**/node_modules/**'],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'int',
          include: within('.int.test.ts'),
          globalSetup: ['tests/setup/neo4j.global.ts'],
          // One Neo4j server is shared; files run one at a time so that tests
          // that count nodes or kill connections do not see each other.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: within('.browser.test.ts'),
          fileParallelism: false,
          // Software WebGL (SwiftShader) is slow to paint; allow for it here
          // rather than weakening what the tests assert.
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
