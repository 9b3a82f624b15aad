/**
 * Map benchmark: time to the first clustered render of /map/ and the JavaScript the
 * map page loads (compressed), in the system Chromium with every non-local request
 * blocked (no tiles), as in CI. Measured on the built points and services files:
 * the synthetic listings with a place to go have coordinates (scripts/bench/generate.ts).
 */
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { chromium } from 'playwright-core';
import type { BenchMeasure } from '../types.ts';
import { waitForQuiet } from '../quiet.ts';
import { readPointsFile, type PointsFile, type ServicesFile } from '../../../src/lib/map/marker-data.ts';
import { createClusterIndex } from '../../../src/lib/map/cluster-index.ts';

const targets = { readyMs: 1000, jsKb: 150 };

/**
 * The first render's data work on the points file, with the map's own functions
 * (parse, marker points, cluster index, clusters for the whole city at zoom 10),
 * timed as CPU time in Node: unlike wall time in the browser, it does not grow
 * when other processes share the machine. Median of 5. In the browser the index
 * part runs in a Web Worker, beside Leaflet's start.
 */
export function clusteringCpuMs(json: string): number {
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const start = process.cpuUsage();
    const data = readPointsFile(JSON.parse(json) as PointsFile);
    createClusterIndex(data).inView([-2.1, 52.35, -1.7, 52.62], 10);
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  return [...times].sort((a, b) => a - b)[2] ?? NaN;
}

const kb = (bytes: number) => `${(bytes / 1024).toLocaleString('en-GB', { maximumFractionDigits: 1 })} KB`;

const measure: BenchMeasure = async (context) => {
  const notes: string[] = [];
  const pointsPath = join(context.distDir, 'data', 'map-points.json');
  const servicesPath = join(context.distDir, 'data', 'map-services.json');
  if (!existsSync(join(context.distDir, 'map', 'index.html')) || !existsSync(pointsPath) || !existsSync(servicesPath)) {
    return { title: 'Map', rows: [['Map page', 'not built']], notes: ['dist has no /map/ page or map data files.'] };
  }
  const pointsJson = readFileSync(pointsPath, 'utf8');
  const places = (JSON.parse(pointsJson) as PointsFile).points.length / 3;
  const services = (JSON.parse(readFileSync(servicesPath, 'utf8')) as ServicesFile).ids.length;
  const gzipKb = (path: string) => kb(gzipSync(readFileSync(path)).length);
  const pageHtml = readFileSync(join(context.distDir, 'map', 'index.html'));

  const cpuMs = clusteringCpuMs(pointsJson);
  const assets = sirv(context.distDir, { dev: false, extensions: ['html'] });
  const server = createServer((request, response) => {
    assets(request, response, () => {
      response.statusCode = 404;
      response.end('Not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = typeof address === 'object' && address ? `http://127.0.0.1:${String(address.port)}` : '';
  const browser = await chromium.launch({
    executablePath: context.chromiumPath,
    headless: true,
    // Every host but the local server fails to resolve: no tiles, as in CI, without intercepting requests.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  try {
    // Timed from navigation: start once the disk and CPU have settled after the build (../quiet.ts).
    await waitForQuiet();
    const runs: { ready: number; clustering: number; js: number }[] = [];
    for (let run = 0; run < 3; run++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const scripts = new Map<string, Buffer>();
      page.on('response', (response) => {
        const url = response.url();
        if (!url.startsWith(origin)) return;
        const type = response.request().resourceType();
        void response
          .body()
          .then((body) => {
            // The cluster index's worker script counts too, whatever type the browser gives its request.
            if (type === 'script' || new URL(url).pathname.endsWith('.js')) scripts.set(url, body);
          })
          .catch(() => undefined);
      });
      await page.goto(`${origin}/map/`);
      await page.locator('.service-map__canvas[data-state="ready"]').waitFor({ timeout: 60_000 });
      const marks = await page.evaluate(() => {
        const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
        return { ready: at('map:clusters-ready'), data: at('map:data-ready') };
      });
      const counted = await page.evaluate(() =>
        [...document.querySelectorAll('.map-pin, .map-cluster')].reduce(
          (sum, element) => sum + Number(element.getAttribute('data-count') ?? '0'),
          0,
        ),
      );
      if (counted !== places)
        notes.push(`Run ${String(run + 1)}: ${String(counted)} places on the map, expected ${String(places)}.`);
      await page.waitForLoadState('networkidle').catch(() => undefined);
      const js = [...scripts.values()].reduce((sum, body) => sum + gzipSync(body).length, 0);
      runs.push({ ready: marks.ready, clustering: marks.ready - marks.data, js });
      await page.close();
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
    const ready = median(runs.map((r) => r.ready));
    const clustering = median(runs.map((r) => r.clustering));
    const js = runs[0]?.js ?? 0;
    const [load = 0] = loadavg();
    if (load > availableParallelism())
      notes.push(
        `The machine was busy during this run (load average ${load.toFixed(1)} on ${String(availableParallelism())} cores): timings are inflated.`,
      );
    if (ready > targets.readyMs)
      notes.push(`First clustered render took ${ready.toFixed(0)} ms, over the ${String(targets.readyMs)} ms target.`);
    if (js / 1024 > targets.jsKb)
      notes.push(`The map page loads ${kb(js)} of JavaScript (gzip), over the ${String(targets.jsKb)} KB target.`);
    return {
      title: 'Map',
      rows: [
        ['Places on the map', places.toLocaleString('en-GB')],
        ['Services in the lists (on the map and with no fixed place)', services.toLocaleString('en-GB')],
        ['Map page HTML (raw / gzip)', `${kb(pageHtml.length)} / ${kb(gzipSync(pageHtml).length)}`],
        ['First clustered render, from navigation (median of 3)', `${ready.toFixed(0)} ms`],
        ['Cluster index and first render, after points, boundaries and Leaflet loaded', `${clustering.toFixed(0)} ms`],
        ['Points file work (parse, cluster index), CPU time in Node', `${cpuMs.toFixed(0)} ms`],
        ['Map page JavaScript (gzip)', kb(js)],
        ['Points file, for the first render (raw / gzip)', `${kb(statSync(pointsPath).size)} / ${gzipKb(pointsPath)}`],
        [
          'Services file, for the lists, filters and popups (raw / gzip)',
          `${kb(statSync(servicesPath).size)} / ${gzipKb(servicesPath)}`,
        ],
      ],
      notes,
    };
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
};

export default measure;
