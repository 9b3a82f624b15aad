/**
 * The Web Worker that holds the map's cluster index (cluster-index.ts). The first
 * message brings the places; every later one is a call to the index, answered
 * with the same id. cluster-client.ts is the other end.
 */
import { answerCall, createClusterIndex, type ClusterIndex } from '../../lib/map/cluster-index.ts';
import type { ClusterCall, ClusterReply, ClusterStart } from './types.ts';

let index: ClusterIndex | undefined;

const reply = (message: ClusterReply) => {
  self.postMessage(message);
};

self.onmessage = (event: MessageEvent<ClusterStart | ClusterCall>) => {
  const message = event.data;
  if ('points' in message) {
    index = createClusterIndex(message);
    return;
  }
  try {
    if (!index) throw new Error('The cluster index has no places yet');
    reply({ id: message.id, result: answerCall(index, message.method, message.args) });
  } catch (error) {
    reply({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
};
