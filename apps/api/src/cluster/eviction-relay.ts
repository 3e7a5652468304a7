import type { Worker } from 'node:cluster';
import { CLUSTER, ClusterMessage, Eviction } from '../common/cluster-messages';

// A process that has not answered by then is stuck or stopping; its cached
// entries still expire after AUTH_CACHE_TTL_SECONDS.
const PEER_TIMEOUT_MS = 2_000;

/**
 * The primary's side of cache evictions across processes: a process asks it
 * to tell the others (a logout, a revocation, a role change); it sends the
 * eviction to every other live process and answers the asker once all have
 * applied it, so the asker's mutation returns only when no process of this
 * start still serves the old entry.
 */
export class EvictionRelay {
  private next = 0;
  private readonly waiting = new Map<string, () => void>();

  constructor(private readonly workers: () => Worker[]) {}

  /** Handles a message from `from`; false when it is not about evictions. */
  handle(from: Worker, message: ClusterMessage): boolean {
    if (message?.type === CLUSTER.evict) {
      void this.relay(from, message.id, message.eviction);
      return true;
    }
    if (message?.type === CLUSTER.peerEvicted) {
      this.waiting.get(message.id)?.();
      return true;
    }
    return false;
  }

  private async relay(
    from: Worker,
    id: number,
    eviction: Eviction,
  ): Promise<void> {
    const peers = this.workers().filter(
      (worker) => worker !== from && worker.isConnected(),
    );
    await Promise.all(peers.map((peer) => this.tell(peer, eviction)));
    if (from.isConnected()) from.send({ type: CLUSTER.evicted, id });
  }

  private tell(peer: Worker, eviction: Eviction): Promise<void> {
    const id = `${(this.next += 1)}`;
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        peer.off('exit', done);
        this.waiting.delete(id);
        resolve();
      };
      const timer = setTimeout(done, PEER_TIMEOUT_MS);
      this.waiting.set(id, done);
      peer.once('exit', done);
      peer.send({ type: CLUSTER.peerEvict, id, eviction });
    });
  }
}
