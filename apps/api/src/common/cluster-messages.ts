// The messages between `npm start`'s primary and its API processes
// (apps/api/src/cluster/); here because the auth caches send some.

/** What an API process tells the primary once it listens. */
export type ReadyApi = {
  url: string;
  /** The demo login (seed/demo-seed.service.ts `DemoSeedResult`). */
  demo: { created: boolean; email: string; password: string } | null;
  setupCode: string | null;
};

/**
 * What a process must forget from its auth caches (modules/auth/cache-evictions.ts):
 * a session or API token, every credential of a person, or a person's memberships.
 */
export type Eviction =
  | { kind: 'credential'; credentialId: string }
  | { kind: 'user'; userId: string }
  | { kind: 'memberships'; userId: string };

export const CLUSTER = {
  /** process → primary: listening. */
  ready: 'esm-planner:ready',
  /** process → primary: tell the others to evict; primary → process: the others have. */
  evict: 'esm-planner:evict',
  evicted: 'esm-planner:evicted',
  /** primary → process: evict this; process → primary: done. */
  peerEvict: 'esm-planner:peer-evict',
  peerEvicted: 'esm-planner:peer-evicted',
} as const;

export type ClusterMessage =
  | { type: typeof CLUSTER.ready; ready: ReadyApi }
  | { type: typeof CLUSTER.evict; id: number; eviction: Eviction }
  | { type: typeof CLUSTER.evicted; id: number }
  | { type: typeof CLUSTER.peerEvict; id: string; eviction: Eviction }
  | { type: typeof CLUSTER.peerEvicted; id: string };

/** Variables the primary sets for each process it starts (not for people to set). */
export const WORKER_ENV = {
  /** 1 for the first process, which runs migrations, the demo seed and imports. */
  index: 'ESM_PLANNER_API_PROCESS',
  /** The setup code the first process printed, so every process accepts it. */
  setupCode: 'ESM_PLANNER_SETUP_CODE',
} as const;
