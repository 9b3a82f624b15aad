/**
 * decap-server (Decap's local backend) on a free port of 127.0.0.1, serving a
 * folder that holds a content/ copy. Stopped, and its folder removed, by `stop`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';

export interface DecapServer {
  port: number;
  url: string;
  stop: () => Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startDecapServer(repoDir: string, mode: 'fs' | 'git' = 'fs'): Promise<DecapServer> {
  const entry = createRequire(import.meta.url).resolve('decap-server/dist/index.js');
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [entry], {
    env: {
      ...process.env,
      PORT: String(port),
      // It has no authentication: never listen beyond this machine.
      BIND_HOST: '127.0.0.1',
      MODE: mode,
      GIT_REPO_DIRECTORY: repoDir,
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`decap-server did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('listening on')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`decap-server exited with ${String(code)}:\n${output}`));
    });
  });
  return {
    port,
    url: `http://127.0.0.1:${String(port)}/api/v1`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
