import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // DuckDB files and generated workbooks live in per-test temporary folders; two workers
    // match the two-core CI machine.
    maxWorkers: 2,
    env: { TZ: 'Europe/London' },
  },
});
