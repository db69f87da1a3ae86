import { defineConfig, devices } from '@playwright/test';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchOptions } from './scripts/chromium.mjs';

/**
 * End-to-end tests against the built site (run `npm run build` first; `npm test` does).
 * Browser: see scripts/chromium.mjs (Playwright's own Chromium, or the system one).
 */
const PORT = Number(process.env.PORT ?? 4322);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: 'list',
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      // The site over http, served by nginx as in production.
      name: 'chromium',
      testIgnore: ['offline-file.spec.ts'],
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
    {
      // The static export opened from disk, as a reader who double-clicks dist/index.html.
      name: 'file',
      testMatch: ['offline-file.spec.ts', 'searchQuality.spec.ts'],
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: pathToFileURL(`${resolve('dist')}/`).href },
    },
  ],
  webServer: {
    command: `node tests/e2e/serve.mjs`,
    url: `http://127.0.0.1:${PORT}/index.html`,
    reuseExistingServer: !process.env.CI,
    env: { PORT: String(PORT) },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
