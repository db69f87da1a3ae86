import { defineConfig, devices } from '@playwright/test';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchOptions } from './scripts/chromium.mjs';
import { e2ePort } from './scripts/e2ePort.mjs';

/**
 * End-to-end tests against the built site (run `npm run build` first; `npm test` does).
 * Browser: see scripts/chromium.mjs (Playwright's own Chromium, or the system one).
 * Server: the suite starts its own (tests/e2e/serve.mjs) on the port scripts/e2ePort.mjs picks,
 * and never reuses one it did not start.
 */
const PORT = e2ePort();
const CI = !!process.env.CI;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  forbidOnly: CI,
  // A retry on CI shows whether a failure is a flake, and failOnFlakyTests keeps it red either way.
  retries: CI ? 1 : 0,
  failOnFlakyTests: CI,
  workers: 2,
  reporter: CI ? [['list'], ['github']] : 'list',
  timeout: 30_000,
  expect: { timeout: 10_000 },
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
    // Never: a server already on the port is someone else's (e2ePort.mjs has checked it is free).
    reuseExistingServer: false,
    env: { PORT: String(PORT) },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
