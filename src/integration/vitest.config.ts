import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Integration tests against real Prometheus and Alertmanager servers, started
 * and seeded once by the global setup (scripts/backends/). Run with:
 *   npx vitest run --config src/integration/vitest.config.ts
 */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['src/integration/**/*.integration.ts'],
    environment: 'node',
    globalSetup: ['src/integration/global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'threads',
  },
});
