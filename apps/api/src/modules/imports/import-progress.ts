// Progress is written at most this often, however fast rows arrive, and the
// heartbeat proves the job is alive even while nothing is read.
const PROGRESS_INTERVAL_MS = 500;
const HEARTBEAT_INTERVAL_MS = 2_000;

export type ProgressSnapshot = { bytesRead: number; rowsRead: number };

/** Collects bytes and rows read and flushes them to the job row, throttled. */
export class ImportProgress {
  private snapshot: ProgressSnapshot = { bytesRead: 0, rowsRead: 0 };
  private lastFlush = 0;
  private pending: Promise<void> = Promise.resolve();
  private readonly heartbeat: NodeJS.Timeout;

  constructor(
    private readonly flush: (snapshot: ProgressSnapshot) => Promise<void>,
  ) {
    this.heartbeat = setInterval(() => this.write(), HEARTBEAT_INTERVAL_MS);
    this.heartbeat.unref();
  }

  bytes(bytesRead: number): void {
    this.snapshot = { ...this.snapshot, bytesRead };
    this.maybeWrite();
  }

  rows(rowsRead: number): void {
    this.snapshot = { ...this.snapshot, rowsRead };
    this.maybeWrite();
  }

  get current(): ProgressSnapshot {
    return this.snapshot;
  }

  async stop(): Promise<void> {
    clearInterval(this.heartbeat);
    await this.pending;
  }

  private maybeWrite(): void {
    if (Date.now() - this.lastFlush >= PROGRESS_INTERVAL_MS) this.write();
  }

  private write(): void {
    this.lastFlush = Date.now();
    const snapshot = this.snapshot;
    // Writes are chained so they land in order; a failed progress write must
    // not fail the import.
    this.pending = this.pending
      .then(() => this.flush(snapshot))
      .catch(() => undefined);
  }
}
