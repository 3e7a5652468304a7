import cluster, { Worker } from 'node:cluster';
import {
  CLUSTER,
  ClusterMessage,
  ReadyApi,
  WORKER_ENV,
} from '../common/cluster-messages';
import { EvictionRelay } from './eviction-relay';

/** A running set of API processes behind one port. */
export type ApiCluster = {
  /** What the first process reported once it listened (address, demo login, setup code). */
  ready: ReadyApi;
  /** Sends `signal` to every process and resolves with 0 once all ended cleanly, else 1. */
  stop(signal: NodeJS.Signals): Promise<number>;
};

type Options = {
  processes: number;
  log: (line: string) => void;
  /** Called when a process keeps failing once the cluster runs (the caller stops and exits). */
  onGiveUp: (error: Error) => void;
  /** A process that ends this soon after it started counts as failing to start. */
  startupMs?: number;
  /** Wait before a process that ended is replaced. */
  restartDelayMs?: number;
};

// A process that keeps dying right after its start (a bad configuration, the
// database gone) is not restarted for ever: the start fails instead.
const MAX_QUICK_FAILURES = 3;

/**
 * Runs `processes` copies of the API in Node's cluster (the primary accepts
 * connections on the port and hands them round-robin to the processes).
 *
 * The first process starts alone: it runs the migrations, seeds the demo and
 * makes the setup code; the others start once it listens, find all of that
 * done, and take the same setup code. Only the first runs import jobs
 * (RUN_IMPORT_WORKER), so one import at a time keeps its memory bound. A
 * process that ends while the cluster runs is replaced. The primary also
 * relays auth-cache evictions between the processes (eviction-relay.ts).
 */
export async function startApiCluster(options: Options): Promise<ApiCluster> {
  const { processes, log } = options;
  const startupMs = options.startupMs ?? 30_000;
  const restartDelayMs = options.restartDelayMs ?? 1_000;
  const importWorker = process.env.RUN_IMPORT_WORKER ?? 'true';
  const workers = new Map<number, Worker>();
  const evictions = new EvictionRelay(() => [...workers.values()]);
  let stopping = false;
  let started = false;
  let setupCode: string | null = null;
  let quickFailures = 0;
  let giveUp: (error: Error) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => (giveUp = reject));
  failed.catch(() => undefined);

  const fork = (index: number): Promise<ReadyApi> => {
    const startedAt = Date.now();
    const worker = cluster.fork({
      [WORKER_ENV.index]: String(index),
      RUN_IMPORT_WORKER: index === 1 ? importWorker : 'false',
      ...(setupCode ? { [WORKER_ENV.setupCode]: setupCode } : {}),
    });
    workers.set(index, worker);
    const ready = new Promise<ReadyApi>((resolve, reject) => {
      worker.on('message', (message: ClusterMessage) => {
        if (evictions.handle(worker, message)) return;
        if (message?.type !== CLUSTER.ready) return;
        setupCode ??= message.ready.setupCode;
        resolve(message.ready);
      });
      worker.once('exit', (code, signal) => {
        reject(new Error(`API process ${index} ended (${signal ?? code})`));
        if (stopping || workers.get(index) !== worker) return;
        // While starting, any process that ends fails the start.
        if (!started)
          return giveUp(new Error(`API process ${index} could not start`));
        quickFailures =
          Date.now() - startedAt < startupMs ? quickFailures + 1 : 0;
        if (quickFailures >= MAX_QUICK_FAILURES) {
          giveUp(new Error(`API process ${index} keeps failing to start`));
          return;
        }
        log(
          `API process ${index} (pid ${worker.process.pid}) ended (${signal ?? `code ${code}`}); starting another`,
        );
        setTimeout(() => {
          if (!stopping) fork(index).catch(() => undefined);
        }, restartDelayMs);
      });
    });
    ready.catch(() => undefined);
    return ready;
  };

  const stop = async (signal: NodeJS.Signals): Promise<number> => {
    stopping = true;
    const ended = [...workers.values()].map(
      (worker) =>
        new Promise<number>((resolve) => {
          if (worker.isDead()) return resolve(worker.process.exitCode ?? 1);
          worker.once('exit', (code) => resolve(code));
          // Not worker.kill(): it disconnects first, which stops the
          // process listening before it has drained.
          worker.process.kill(signal);
        }),
    );
    const codes = await Promise.all(ended);
    return codes.every((code) => code === 0) ? 0 : 1;
  };

  try {
    const first = await Promise.race([fork(1), failed]);
    const others = Array.from({ length: processes - 1 }, (_, i) => fork(i + 2));
    await Promise.race([Promise.all(others), failed]);
    started = true;
    // Past the start, a process that cannot come back stops the whole API.
    failed.catch(options.onGiveUp);
    return { ready: first, stop };
  } catch (error) {
    await stop('SIGINT');
    throw error;
  }
}
