import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { todayIn } from '../common/today';

// The database's snapshot (xmin:xmax:in-progress ids) changes exactly when a
// transaction that wrote completes, and never returns to an earlier value; the
// time zones of the organisations come along in the same round trip.
const VERSION_SQL = `SELECT pg_current_snapshot()::text AS version,
 (SELECT string_agg(DISTINCT time_zone, ',' ORDER BY time_zone) FROM organization) AS zones`;

/** What an answer read now depends on besides the request: the data, and "today" everywhere. */
export type DataState = { version: string; dates: string };

type Row = { version: string; zones: string | null };

/**
 * Reads the data version from PostgreSQL for each request (docs/decisions/0027).
 * Requests that arrive while a read is under way share the next one: it is sent
 * after they arrived, so it sees every write committed before each of them.
 */
@Injectable()
export class DataVersion {
  private next: Promise<Row> | null = null;
  private previous: Promise<unknown> = Promise.resolve();
  private dates = { minute: NaN, zones: '', text: '' };

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async current(): Promise<DataState> {
    const row = await this.read();
    return { version: row.version, dates: this.datesIn(row.zones ?? '') };
  }

  private read(): Promise<Row> {
    if (this.next) return this.next;
    const batch = this.previous.then(async () => {
      // From here on, arrivals wait for the read after this one.
      this.next = null;
      const [row]: Row[] = await this.dataSource.query(VERSION_SQL);
      return row;
    });
    this.next = batch;
    this.previous = batch.catch(() => undefined);
    return batch;
  }

  /**
   * Today in UTC and in each organisation's zone. Every zone's offset is a
   * whole number of quarter hours, so local dates change only on a whole UTC
   * minute: the answer is kept for the minute.
   */
  private datesIn(zones: string): string {
    const minute = Math.floor(this.clock.now() / 60_000);
    if (minute !== this.dates.minute || zones !== this.dates.zones) {
      const now = new Date(minute * 60_000);
      const list = ['UTC', ...(zones ? zones.split(',') : [])];
      this.dates = {
        minute,
        zones,
        text: list.map((zone) => safeToday(zone, now)).join(','),
      };
    }
    return this.dates.text;
  }
}

function safeToday(zone: string, now: Date): string {
  try {
    return todayIn(zone, now);
  } catch {
    // A zone Intl does not know: the organisation's answers fail the same way.
    return `?${zone}`;
  }
}
