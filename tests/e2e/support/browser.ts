/**
 * The browser for the browser tests, driven by playwright-core: a system Chromium or
 * Chrome when there is one (CHROMIUM_PATH, then the usual places and the PATH), and
 * otherwise the Chromium that the @sparticuz/chromium package delivers through npm, so
 * that `npm install && npm test` needs nothing else on a fresh Linux machine.
 * CHROMIUM_PATH=npm skips the system browsers (to try the npm one where both exist).
 */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const usualPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
];
const namesOnPath = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function systemBrowser(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = usualPaths.find((path) => existsSync(path));
  if (found) return found;
  for (const name of namesOnPath) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      // not on the PATH: try the next name
    }
  }
  return undefined;
}

async function findChromium(): Promise<string> {
  const system = process.env.CHROMIUM_PATH === 'npm' ? undefined : systemBrowser();
  if (system) return system;
  try {
    // Unpacks its Chromium into the temporary folder on first use (then reuses it).
    const { default: npmChromium } = await import('@sparticuz/chromium');
    return await npmChromium.executablePath();
  } catch (error) {
    throw new Error(
      'No Chromium found for the browser tests, and the one from @sparticuz/chromium could not be unpacked ' +
        `(${error instanceof Error ? error.message : String(error)}). Set CHROMIUM_PATH to a Chromium or Chrome binary.`,
      { cause: error },
    );
  }
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: await findChromium(),
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
