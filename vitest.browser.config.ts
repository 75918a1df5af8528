import { defineConfig } from 'vitest/config';

/**
 * The browser suite (`npm run test:browser`): Debian's chromium driven by playwright-core over
 * a dashboard started by the suite itself. One worker: one browser, one server, one store.
 */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.spec.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    maxWorkers: 1,
    fileParallelism: false,
    env: { TZ: 'Europe/London' },
  },
});
