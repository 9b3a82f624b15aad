/** Serves a built site (dist/) on a free localhost port, as a static host would. */
import {
  createServer,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createGzip } from 'node:zlib';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/** Text types a static host compresses; Pagefind's index files are gzipped already and stay as they are. */
const compressible = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg\+xml)/;

/**
 * Gzips text responses for clients that accept it, as static hosts do (used by the
 * benchmark, so Lighthouse and byte counts see what a visitor downloads).
 */
function gzipText(request: IncomingMessage, response: ServerResponse): void {
  if (!/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) return;
  const writeHead = response.writeHead.bind(response) as (status: number, headers?: OutgoingHttpHeaders) => void;
  const write = response.write.bind(response) as (chunk: Buffer) => boolean;
  const end = response.end.bind(response) as (chunk?: Buffer) => void;
  let gzip: ReturnType<typeof createGzip> | undefined;
  response.writeHead = ((status: number, given: OutgoingHttpHeaders = {}) => {
    let headers = given;
    const type = String(headers['Content-Type'] ?? headers['content-type'] ?? response.getHeader('content-type') ?? '');
    if (compressible.test(type) && status === 200) {
      headers = Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'content-length'));
      response.removeHeader('content-length');
      headers['Content-Encoding'] = 'gzip';
      headers['Vary'] = 'Accept-Encoding';
      gzip = createGzip();
      gzip.on('data', (chunk: Buffer) => write(chunk));
      gzip.on('end', () => end());
    }
    writeHead(status, headers);
    return response;
  }) as typeof response.writeHead;
  // Always "ready for more": streams piped into the response wait for a 'drain' it would never emit.
  response.write = ((chunk: Buffer) => {
    if (!gzip) return write(chunk);
    gzip.write(chunk);
    return true;
  }) as typeof response.write;
  response.end = ((chunk?: Buffer) => {
    if (!gzip) end(chunk);
    else if (chunk) gzip.end(chunk);
    else gzip.end();
    return response;
  }) as typeof response.end;
}

export async function serveDist(
  dir = process.env.DIST_DIR ?? 'dist',
  options: { gzip?: boolean } = {},
): Promise<StaticServer> {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`No built site in ${dir}/: run "npm run build" first (npm test does this).`);
  }
  const assets = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const notFoundPage = join(dir, '404.html');
  const server: Server = createServer((request, response) => {
    if (options.gzip) gzipText(request, response);
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
