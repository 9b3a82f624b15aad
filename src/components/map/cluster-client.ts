/**
 * The main thread's end of the map's cluster index: the same questions as
 * `ClusterIndex` (cluster-index.ts), answered later. The index lives in a Web
 * Worker (cluster-worker.ts), started as soon as the page's script runs, so that
 * it is built from the points while Leaflet is still loading. Where a worker
 * cannot start (no Worker, or its script fails to load) the same index is built
 * on the main thread instead: slower to first render, never broken.
 */
import type { ClusterIndex } from '../../lib/map/cluster-index.ts';
import type { MapPoints } from '../../lib/map/marker-data.ts';
import type { ClusterCall, ClusterQueries, ClusterReply, ClusterStart } from './types.ts';

interface Waiting {
  call: ClusterCall;
  resolve: (value: unknown) => void;
  reject: (reason: Error) => void;
}

export function startClusterIndex(pointsRead: Promise<MapPoints>): ClusterQueries {
  let inThread: ClusterIndex | undefined;
  const runHere = async (call: ClusterCall) => {
    const [{ answerCall, createClusterIndex }, points] = await Promise.all([
      import('../../lib/map/cluster-index.ts'),
      pointsRead,
    ]);
    inThread ??= createClusterIndex(points);
    return answerCall(inThread, call.method, call.args);
  };

  const waiting = new Map<number, Waiting>();
  let worker: Worker | undefined;
  try {
    worker = new Worker(new URL('./cluster-worker.ts', import.meta.url), { type: 'module', name: 'map-clusters' });
  } catch {
    worker = undefined;
  }
  /** The worker could not start: every call still waiting, and every later one, is answered here. */
  const fallBack = () => {
    worker?.terminate();
    worker = undefined;
    for (const [id, { call, resolve, reject }] of waiting) {
      waiting.delete(id);
      runHere(call).then(resolve, reject);
    }
  };
  let started: Promise<void> = Promise.resolve();
  if (worker) {
    const own = worker;
    own.onmessage = (event: MessageEvent<ClusterReply>) => {
      const reply = event.data;
      const entry = waiting.get(reply.id);
      if (!entry) return;
      waiting.delete(reply.id);
      if ('error' in reply) entry.reject(new Error(reply.error));
      else entry.resolve(reply.result);
    };
    own.onerror = (event) => {
      event.preventDefault();
      fallBack();
    };
    started = pointsRead.then(
      (points) => {
        const start: ClusterStart = { points: points.points, markerCount: points.markerCount };
        own.postMessage(start);
      },
      () => undefined,
    );
  }

  let nextId = 0;
  const ask = (method: keyof ClusterIndex, args: unknown[]): Promise<unknown> => {
    const call: ClusterCall = { id: nextId++, method, args };
    // Calls are posted in the order they are made (after the places), so the worker answers them in that order.
    return started.then(
      () =>
        new Promise((resolve, reject) => {
          if (!worker) {
            runHere(call).then(resolve, reject);
            return;
          }
          waiting.set(call.id, { call, resolve, reject });
          worker.postMessage(call);
        }),
    );
  };
  return {
    select: (...args) => ask('select', args) as Promise<number>,
    inView: (...args) => ask('inView', args) as ReturnType<ClusterQueries['inView']>,
    expansionZoom: (...args) => ask('expansionZoom', args) as Promise<number>,
    services: (...args) => ask('services', args) as Promise<number[]>,
  };
}
