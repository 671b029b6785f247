import { defineConfig } from 'vitest/config';

/**
 * The root vitest projects only collect packages/*\/src/**, so the evaluation
 * harness's unit tests run with this config:
 *   pnpm exec vitest run --config packages/extract/eval/vitest.config.ts
 */
export default defineConfig({
  test: {
    name: 'eval',
    root: import.meta.dirname,
    include: ['*.test.ts'],
  },
});
