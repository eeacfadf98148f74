import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { defineConfig, devices } from '@playwright/test';

import { CHROMIUM_ARGS, chromiumPath } from './support/chromium';

const ROOT = join(__dirname, '../../..');
const PORT = Number(process.env['E2E_PORT'] ?? 4310);
const DATA_DIR = join(tmpdir(), `vigie-e2e-${PORT}`);

/**
 * Browser journeys against the product started as the README starts it: the built app on the
 * embedded PostgreSQL with the demo data (a fresh data directory each run).
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.e2e-spec.ts',
  outputDir: join(ROOT, 'test-results/e2e'),
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: join(ROOT, 'playwright-report') }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    // Angular's service worker fetches every file of the app once signed in: only the offline
    // journey, which is about it, lets it run (offline.e2e-spec.ts); the others measure the app.
    serviceWorkers: 'block',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: `rm -rf ${DATA_DIR} && node scripts/start.mjs`,
    cwd: ROOT,
    url: `http://localhost:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      VIGIE_DATA_DIR: DATA_DIR,
      LOG_LEVEL: 'warn',
      LOG_FORMAT: 'json',
    },
  },
});
