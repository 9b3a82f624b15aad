/**
 * The system Chromium, driven by playwright-core. Playwright cannot download its
 * own browsers here, so we use Debian's package: CHROMIUM_PATH, then
 * /usr/bin/chromium, then chromium on the PATH.
 */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (path): path is string => Boolean(path),
  );
  for (const path of candidates) if (existsSync(path)) return path;
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(
      'No Chromium found for the browser tests. Install one (Debian/Ubuntu: "sudo apt-get install chromium") ' +
        'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

/**
 * A browser context whose requests can only reach the local test server: the
 * network is closed in CI, so anything else (map tiles, say) is aborted at once
 * instead of hanging.
 */
export async function newLocalContext(
  browser: Browser,
  baseURL: string,
  options: { bypassCSP?: boolean } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, locale: 'en-GB', bypassCSP: options.bypassCSP ?? false });
  await context.route(
    (url) => url.origin !== new URL(baseURL).origin,
    (route) => route.abort('blockedbyclient'),
  );
  return context;
}
