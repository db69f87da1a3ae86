import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';

/**
 * End-to-end tests against the built site (run `npm run build` first; `npm test` does).
 * Browser: Playwright's own Chromium where it is installed (a normal laptop), otherwise the
 * system Chromium (Debian's /usr/bin/chromium), which is what CI uses.
 */
function systemChromium(): string | undefined {
  try {
    if (existsSync(chromium.executablePath())) return undefined; // Playwright's own build is there.
  } catch {
    // No bundled browser registered.
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
}

const executablePath = process.env.CHROMIUM_PATH ?? systemChromium();
const launchOptions = {
  ...(executablePath ? { executablePath } : {}),
  // Flags for a root user in a closed network (no sandbox, no background calls home).
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
const PORT = Number(process.env.PORT ?? 4322);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
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
