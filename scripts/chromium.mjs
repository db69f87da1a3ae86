// One place for how the project launches Chromium: the Playwright config, the screenshot script
// and the benchmark all use these options.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Playwright's own Chromium where it is installed (a normal laptop); otherwise the system one
 * (Debian's /usr/bin/chromium, which CI installs), or CHROMIUM_PATH when set.
 */
function executablePath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // No bundled browser registered.
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
}

const path = executablePath();

/** Launch options: flags for a root user in a closed network (no sandbox, no calls home). */
export const launchOptions = {
  ...(path ? { executablePath: path } : {}),
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
