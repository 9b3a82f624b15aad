/** Serves a built site (dist/) on a free localhost port, as a static host would. */
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

export async function serveDist(dir = process.env.DIST_DIR ?? 'dist'): Promise<StaticServer> {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`No built site in ${dir}/: run "npm run build" first (npm test does this).`);
  }
  const assets = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const notFoundPage = join(dir, '404.html');
  const server: Server = createServer((request, response) => {
    assets(request, response, () => {
      response.statusCode = 404;
      if (existsSync(notFoundPage)) {
        void import('node:fs').then(({ createReadStream }) => {
          response.setHeader('content-type', 'text/html; charset=utf-8');
          createReadStream(notFoundPage).pipe(response);
        });
      } else {
        response.end('Not found');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The test server has no port');
  return {
    url: `http://127.0.0.1:${String(address.port)}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
