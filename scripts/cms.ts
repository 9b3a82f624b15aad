/**
 * Local editing with no account: `npm run cms` starts decap-server (Decap's local
 * backend, on 127.0.0.1 only: it has no authentication) and the site in dev mode,
 * each on a free port, then prints the addresses they really use. Ctrl+C stops both.
 *
 * In a git clone decap-server runs in git mode, so the young editors' review works as in
 * production (Draft, In review, Ready on `cms/...` branches; Published merges into the
 * current branch) and every save is a commit. Outside a git repository it says so in one
 * line and runs in plain mode: saves go straight to content/, with no review step.
 *
 *   npm run cms                  as above
 *   npm run cms -- --plain       plain mode even in a git clone (no commits, no review)
 *   npm run cms -- --port 4400   the site's preferred port (the next free one otherwise)
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    plain: { type: 'boolean', default: false },
    // Kept for old notes and scripts: git mode is now the default wherever it can run.
    workflow: { type: 'boolean', default: false },
    port: { type: 'string', default: '4321' },
  },
});

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** True when `port` on 127.0.0.1 can be listened on now. */
function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** The preferred port when it is free, otherwise the next free one above it. */
async function freePort(preferred: number): Promise<number> {
  for (let port = preferred; port < preferred + 100; port += 1) {
    if (await isFree(port)) return port;
  }
  throw new Error(`no free port between ${String(preferred)} and ${String(preferred + 99)} on 127.0.0.1`);
}

/** decap-server's git mode needs a work tree; it stops the whole process otherwise. */
function insideGitWorkTree(directory: string): boolean {
  const result = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: directory, encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim() === 'true';
}

const children: ChildProcess[] = [];
function stopAll(code = 0): void {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}
process.once('SIGINT', () => stopAll(0));
process.once('SIGTERM', () => stopAll(0));

const gitMode = !values.plain && insideGitWorkTree(projectRoot);
if (!gitMode && !values.plain) {
  console.log(
    `No git repository at ${projectRoot}: plain mode (saves go straight to content/; the young editors' review needs a git clone).`,
  );
}

const preferredSitePort = Number(values.port);
if (!Number.isInteger(preferredSitePort) || preferredSitePort < 1 || preferredSitePort > 65535) {
  throw new Error(`--port must be a port number; found "${values.port}"`);
}
const decapPort = await freePort(8081);
const sitePort = await freePort(preferredSitePort === decapPort ? preferredSitePort + 1 : preferredSitePort);
const bin = (path: string) => fileURLToPath(new URL(`../node_modules/${path}`, import.meta.url));

const decap = spawn(process.execPath, [bin('decap-server/dist/index.js')], {
  stdio: 'inherit',
  cwd: projectRoot,
  env: {
    ...process.env,
    PORT: String(decapPort),
    BIND_HOST: '127.0.0.1',
    MODE: gitMode ? 'git' : 'fs',
    GIT_REPO_DIRECTORY: projectRoot,
  },
});
children.push(decap);

const astro = spawn(
  process.execPath,
  [bin('astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(sitePort)],
  {
    stdio: ['inherit', 'pipe', 'inherit'],
    cwd: projectRoot,
    env: {
      ...process.env,
      // The admin pages read these (src/cms/backend.ts): where decap-server is, and whether it
      // can hold articles for review.
      PUBLIC_CMS_LOCAL_PORT: String(decapPort),
      PUBLIC_CMS_LOCAL_REVIEW: gitMode ? 'on' : 'off',
    },
  },
);
children.push(astro);

for (const child of children) {
  child.once('exit', (code) => stopAll(code ?? 0));
}

// Astro may still move to another port if one was taken in the meantime: print the one it reports.
let printed = false;
astro.stdout?.on('data', (chunk: Buffer) => {
  const text = chunk.toString();
  process.stdout.write(text);
  // eslint-disable-next-line no-control-regex -- Astro colours its output.
  const address = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(text.replace(/\u001b\[[0-9;]*m/g, ''));
  if (printed || !address) return;
  printed = true;
  const site = `http://127.0.0.1:${address[1] ?? String(sitePort)}`;
  console.log(`
  Local CMS (no account needed; changes are saved to content/ on this computer)
  Connectors:     ${site}/admin/
  Young editors:  ${site}/young-editors/${gitMode ? '' : '  (no review step in plain mode)'}
  decap-server:   http://127.0.0.1:${String(decapPort)}/api/v1 (${gitMode ? 'git mode: each save is a commit, articles wait for review on cms/ branches' : 'plain mode'})
`);
});
