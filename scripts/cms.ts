/**
 * Local editing with no account: `npm run cms` starts decap-server (Decap's local
 * backend, on 127.0.0.1 only: it has no authentication) and the site in dev mode,
 * then prints the admin addresses. Ctrl+C stops both.
 *
 *   npm run cms                  edits content/ directly (connectors' admin)
 *   npm run cms -- --workflow    decap-server in git mode: the young editors' review
 *                                workflow works, and every save is a git commit
 *   npm run cms -- --port 4322   another port for the site
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    workflow: { type: 'boolean', default: false },
    port: { type: 'string', default: '4321' },
  },
});

/** The preferred port when it is free, otherwise any free one. */
function freePort(preferred: number): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => {
      const fallback = createServer();
      fallback.listen(0, '127.0.0.1', () => {
        const address = fallback.address();
        fallback.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    server.listen(preferred, '127.0.0.1', () => server.close(() => resolve(preferred)));
  });
}

const children: ChildProcess[] = [];
function stopAll(code = 0): void {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}
process.once('SIGINT', () => stopAll(0));
process.once('SIGTERM', () => stopAll(0));

const decapPort = await freePort(8081);
const sitePort = Number(values.port);
const bin = (path: string) => fileURLToPath(new URL(`../node_modules/${path}`, import.meta.url));

const decap = spawn(process.execPath, [bin('decap-server/dist/index.js')], {
  stdio: 'inherit',
  env: {
    ...process.env,
    PORT: String(decapPort),
    BIND_HOST: '127.0.0.1',
    MODE: values.workflow ? 'git' : 'fs',
    GIT_REPO_DIRECTORY: process.cwd(),
  },
});
children.push(decap);

const astro = spawn(
  process.execPath,
  [bin('astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(sitePort)],
  {
    stdio: 'inherit',
    // The admin pages read the decap-server port from this (src/cms/backend.ts).
    env: { ...process.env, PUBLIC_CMS_LOCAL_PORT: String(decapPort) },
  },
);
children.push(astro);

for (const child of children) {
  child.once('exit', (code) => stopAll(code ?? 0));
}

console.log(`
  Local CMS (no account needed; changes are saved to content/ on this computer)
  Connectors:     http://127.0.0.1:${String(sitePort)}/admin/
  Young editors:  http://127.0.0.1:${String(sitePort)}/young-editors/${values.workflow ? '' : '  (review workflow needs --workflow)'}
  decap-server:   http://127.0.0.1:${String(decapPort)}/api/v1 (${values.workflow ? 'git mode: each save is a commit' : 'file mode'})
`);
