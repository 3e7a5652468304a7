import cluster from 'node:cluster';
import { Injectable, OnModuleDestroy } from '@nestjs/common';
import {
  CLUSTER,
  ClusterMessage,
  Eviction,
} from '../../common/cluster-messages';

// Past this, the caller goes on: the other processes' entries still expire
// within AUTH_CACHE_TTL_SECONDS.
const PEERS_TIMEOUT_MS = 3_000;

type Handler = (eviction: Eviction) => void;

/**
 * Evictions from the auth caches (who a token is, what a person may do),
 * applied in this process and, when `npm start` runs several API processes
 * (cluster/), in every other one before `evict` resolves: a logout, a
 * revocation or a role change then holds on the next request whichever
 * process serves it. Separate replicas (other machines) are not reached:
 * there the TTL bounds it (docs/access.md).
 */
@Injectable()
export class CacheEvictions implements OnModuleDestroy {
  private readonly handlers = new Set<Handler>();
  private readonly pending = new Map<number, () => void>();
  private next = 0;
  private readonly onMessage = (message: ClusterMessage) =>
    this.receive(message);
  private readonly inCluster = cluster.isWorker && Boolean(process.send);

  constructor() {
    if (this.inCluster) process.on('message', this.onMessage);
  }

  onModuleDestroy(): void {
    process.off('message', this.onMessage);
    for (const done of this.pending.values()) done();
  }

  /** Registers what this process does for an eviction (each cache owner once). */
  on(handler: Handler): void {
    this.handlers.add(handler);
  }

  /** Applies the eviction here, then in the other processes of this start; resolves once they have. */
  evict(eviction: Eviction): Promise<void> {
    this.apply(eviction);
    if (!this.inCluster) return Promise.resolve();
    const id = (this.next += 1);
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.pending.delete(id);
        resolve();
      };
      const timer = setTimeout(done, PEERS_TIMEOUT_MS);
      this.pending.set(id, done);
      const message: ClusterMessage = { type: CLUSTER.evict, id, eviction };
      process.send?.(message);
    });
  }

  private apply(eviction: Eviction): void {
    for (const handler of this.handlers) handler(eviction);
  }

  private receive(message: ClusterMessage): void {
    if (message?.type === CLUSTER.evicted) {
      this.pending.get(message.id)?.();
    } else if (message?.type === CLUSTER.peerEvict) {
      this.apply(message.eviction);
      const done: ClusterMessage = {
        type: CLUSTER.peerEvicted,
        id: message.id,
      };
      process.send?.(done);
    }
  }
}
