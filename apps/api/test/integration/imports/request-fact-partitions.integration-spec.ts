import { Client } from 'pg';
import { ensureRequestFactPartitions } from '@esm-planner/api-data-access-db';
import { buildOrganization } from '../../support/fixtures';
import { importText } from '../../support/imports';
import {
  createScratchDatabase,
  ScratchDatabase,
} from '../../support/scratch-database';
import { startTestApi, TestApi } from '../../support/test-api';

const HEADER =
  'external_id,department,request_type,channel,opened_at,first_response_at,resolved_at,resolution,sla_met,reopened,handling_minutes';

/** A resolved request opened at `opened` (UTC) and resolved an hour later. */
const row = (id: string, opened: string, resolution = 'AGENT', hours = 1) => {
  const resolved = new Date(
    Date.parse(opened) + hours * 3_600_000,
  ).toISOString();
  return `${id},IT,VPN access,EMAIL,${opened},,${resolved},${resolution},true,false,5`;
};
const file = (...rows: string[]) => `${[HEADER, ...rows].join('\n')}\n`;

const ROLLUPS = [
  'request_day_rollup',
  'request_day_channel',
  'request_day_type',
  'request_period_resolution',
];

// Request facts are partitioned by month in UTC (decision 0024); detaching
// a month changes the schema, so this file has a database of its own.
describe('request facts partitioned by month', () => {
  let database: ScratchDatabase;
  let api: TestApi;
  let db: Client;

  beforeAll(async () => {
    database = await createScratchDatabase('partitions');
    api = await startTestApi({ DATABASE_URL: database.url });
    db = new Client({ connectionString: database.url });
    await db.connect();
  }, 120_000);
  afterAll(async () => {
    await db?.end();
    await api?.close();
    await database?.drop();
  });

  const requests = async (organizationId: string) =>
    (
      await db.query(
        `SELECT external_id, id, tableoid::regclass::text AS partition, resolution FROM request_fact
          WHERE organization_id = $1 ORDER BY external_id`,
        [organizationId],
      )
    ).rows;
  const attached = async () =>
    (
      await db.query(
        `SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
          WHERE i.inhparent = 'request_fact'::regclass ORDER BY 1`,
      )
    ).rows.map((r) => r.relname);
  // Every rollup row of the organisation, its department named rather than keyed.
  const rollups = async (organizationId: string) => {
    const all: Record<string, unknown[]> = {};
    for (const table of ROLLUPS)
      all[table] = (
        await db.query(
          `SELECT d.name, (to_jsonb(r) - 'organization_id' - 'department_id')::text AS row FROM ${table} r
             JOIN department d ON d.organization_id = r.organization_id AND d.id = r.department_id
            WHERE r.organization_id = $1 ORDER BY 1, 2`,
          [organizationId],
        )
      ).rows;
    return all;
  };
  const load = (organizationId: string, csv: string) =>
    importText(api, { organizationId, kind: 'REQUESTS', csv });

  it('makes the months an import needs, and a re-import changes nothing', async () => {
    const org = await buildOrganization(api);
    const csv = file(
      row('R1', '2025-11-20T09:00:00Z'),
      row('R2', '2025-12-31T23:30:00Z'),
      row('R3', '2026-01-05T10:00:00Z'),
    );
    expect(await load(org.id, csv)).toMatchObject({
      status: 'SUCCEEDED',
      rowsStored: 3,
    });
    const first = await requests(org.id);
    expect(first.map((r) => r.partition)).toEqual([
      'request_fact_p2025_11',
      'request_fact_p2025_12',
      'request_fact_p2026_01',
    ]);
    expect(await attached()).toEqual(
      expect.arrayContaining([
        'request_fact_p2025_11',
        'request_fact_p2025_12',
        'request_fact_p2026_01',
      ]),
    );
    const rolledUp = await rollups(org.id);
    expect(await load(org.id, csv)).toMatchObject({
      status: 'SUCCEEDED',
      rowsStored: 0,
      rowsDuplicate: 3,
    });
    expect(await requests(org.id)).toEqual(first);
    expect(await rollups(org.id)).toEqual(rolledUp);
  });

  // A month's keys: names, definitions (the table's name left out) and the request_fact index each is attached to.
  const keysOf = async (client: Client, partition: string) =>
    (
      await client.query(
        `SELECT c.relname AS name, replace(pg_get_indexdef(x.indexrelid), $1, 'M') AS definition,
                p.inhparent::regclass::text AS parent, x.indisprimary AS primary
           FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid
           LEFT JOIN pg_inherits p ON p.inhrelid = x.indexrelid
          WHERE x.indrelid = $1::regclass ORDER BY c.relname`,
        [partition],
      )
    ).rows.map((k) => ({ ...k, name: k.name.replace(partition, 'M') }));

  it('fills the months a first import makes before building their keys: the keys an empty month gets, each ids unique', async () => {
    // The keys an empty month gets when attached (a re-import's new months), in a transaction rolled back.
    const other = new Client({ connectionString: database.url });
    await other.connect();
    let expected: unknown[];
    try {
      await other.query('BEGIN');
      await other.query(
        `CREATE TEMP TABLE months_needed AS SELECT '2021-06-09T10:00:00Z'::timestamptz AS opened_at`,
      );
      await ensureRequestFactPartitions(
        (sql, p) => other.query(sql, p).then((r) => r.rows),
        'months_needed',
      );
      expected = await keysOf(other, 'request_fact_p2021_06');
      await other.query('ROLLBACK');
    } finally {
      await other.end();
    }
    // Three keys, the primary key among them, each attached to request_fact's own.
    expect(expected).toHaveLength(3);
    expect(
      expected.filter((k) => (k as { primary: boolean }).primary),
    ).toHaveLength(1);
    expect(
      expected.every((k) => (k as { parent: string | null }).parent !== null),
    ).toBe(true);

    const first = await buildOrganization(api);
    await load(first.id, file(row('F1', '2021-02-09T10:00:00Z')));
    // Another organisation's first import: February exists (rows routed through request_fact), March is made and filled.
    const org = await buildOrganization(api);
    expect(
      await load(
        org.id,
        file(
          row('N1', '2021-02-10T10:00:00Z'),
          row('N2', '2021-03-01T00:00:00Z'),
          row('N3', '2021-02-28T23:59:59Z'),
          row('N4', '2021-03-31T12:00:00Z'),
        ),
      ),
    ).toMatchObject({ status: 'SUCCEEDED', rowsStored: 4 });
    const stored = await requests(org.id);
    expect(stored.map((r) => [r.external_id, r.partition])).toEqual([
      ['N1', 'request_fact_p2021_02'],
      ['N2', 'request_fact_p2021_03'],
      ['N3', 'request_fact_p2021_02'],
      ['N4', 'request_fact_p2021_03'],
    ]);
    expect(new Set(stored.map((r) => r.id)).size).toBe(4);
    for (const month of ['request_fact_p2021_02', 'request_fact_p2021_03'])
      expect(await keysOf(db, month)).toEqual(expected);
    expect(await attached()).not.toContainEqual(
      expect.stringMatching(/^request_fact_load_/),
    );
    const [{ leftovers }] = (
      await db.query(
        `SELECT count(*)::int AS leftovers FROM pg_class WHERE relname LIKE 'request_fact_load_%'`,
      )
    ).rows;
    expect(leftovers).toBe(0);
  });

  it('updates a request by external id when it moves to another month, as a fresh import of the file would store it', async () => {
    const org = await buildOrganization(api);
    const before = file(
      row('M1', '2026-02-03T09:00:00Z'),
      row('M2', '2026-02-10T09:00:00Z'),
      row('M3', '2026-02-17T09:00:00Z'),
    );
    const after = file(
      row('M1', '2026-02-03T09:00:00Z'),
      row('M2', '2026-04-14T09:00:00Z'),
      row('M3', '2026-02-17T09:00:00Z', 'DEFLECTED'),
    );
    await load(org.id, before);
    const [, moving] = await requests(org.id);
    expect(await load(org.id, after)).toMatchObject({
      status: 'SUCCEEDED',
      rowsStored: 2,
      rowsDuplicate: 1,
    });
    const stored = await requests(org.id);
    expect(stored.map((r) => [r.external_id, r.partition])).toEqual([
      ['M1', 'request_fact_p2026_02'],
      ['M2', 'request_fact_p2026_04'],
      ['M3', 'request_fact_p2026_02'],
    ]);
    expect(stored[1].id).toBe(moving.id);
    expect(stored[2].resolution).toBe('DEFLECTED');
    // The partition it left keeps nothing of it, and the rollups are those of the file alone.
    const fresh = await buildOrganization(api);
    await load(fresh.id, after);
    expect(await rollups(org.id)).toEqual(await rollups(fresh.id));
  });

  it('fills a re-import’s new months before their keys, with a known request moved into one of them', async () => {
    const org = await buildOrganization(api);
    // R6: in the week of Monday 2018-03-26, which runs into April (made by the re-import).
    const sixth = row('R6', '2018-03-29T09:00:00Z', 'AGENT', 7);
    await load(
      org.id,
      file(
        row('R1', '2018-02-03T09:00:00Z'),
        row('R2', '2018-02-10T09:00:00Z'),
        sixth,
      ),
    );
    const moving = (await requests(org.id))[1];
    // R2 moves into April (made by this import), R3 is new in April (and in
    // R6's week), R4 new in May (made), R5 new in February (there already).
    const changes = [
      row('R1', '2018-02-03T09:00:00Z'),
      row('R2', '2018-04-14T09:00:00Z', 'AGENT', 30),
      row('R3', '2018-04-01T00:00:00Z', 'AGENT', 2),
      row('R4', '2018-05-31T23:59:59Z', 'DEFLECTED', 5),
      row('R5', '2018-02-28T08:00:00Z', 'AGENT', 11),
    ];
    expect(await load(org.id, file(...changes))).toMatchObject({
      status: 'SUCCEEDED',
      rowsStored: 4,
      rowsDuplicate: 1,
    });
    const stored = await requests(org.id);
    expect(stored.map((r) => [r.external_id, r.partition])).toEqual([
      ['R1', 'request_fact_p2018_02'],
      ['R2', 'request_fact_p2018_04'],
      ['R3', 'request_fact_p2018_04'],
      ['R4', 'request_fact_p2018_05'],
      ['R5', 'request_fact_p2018_02'],
      ['R6', 'request_fact_p2018_03'],
    ]);
    expect(stored[1].id).toBe(moving.id);
    expect(new Set(stored.map((r) => r.id)).size).toBe(6);
    // The made months got request_fact's three keys, attached to its own.
    for (const month of ['request_fact_p2018_04', 'request_fact_p2018_05']) {
      const keys = await keysOf(db, month);
      expect(keys).toHaveLength(3);
      expect(
        keys.every((k) => (k as { parent: string | null }).parent !== null),
      ).toBe(true);
    }
    const [{ leftovers }] = (
      await db.query(
        `SELECT count(*)::int AS leftovers FROM pg_class WHERE relname LIKE 'request_fact_load_%'`,
      )
    ).rows;
    expect(leftovers).toBe(0);
    // The same rollups as one import of what the organisation now holds
    // (the week of R6 and R3 counted whole: R6 from request_fact, R3 from the stage).
    const fresh = await buildOrganization(api);
    await load(fresh.id, file(...changes, sixth));
    expect(await rollups(org.id)).toEqual(await rollups(fresh.id));
  });

  it('detaches a month: its requests leave request_fact, its table keeps them, and the month is refused until the table is gone', async () => {
    const org = await buildOrganization(api);
    await load(
      org.id,
      file(
        row('D1', '2024-02-10T09:00:00Z'),
        row('D2', '2024-03-10T09:00:00Z'),
      ),
    );
    await db.query(
      'ALTER TABLE request_fact DETACH PARTITION request_fact_p2024_02',
    );
    expect((await requests(org.id)).map((r) => r.external_id)).toEqual(['D2']);
    const kept = await db.query(
      'SELECT external_id FROM request_fact_p2024_02 WHERE organization_id = $1',
      [org.id],
    );
    expect(kept.rows).toEqual([{ external_id: 'D1' }]);

    const refused = await load(org.id, file(row('D3', '2024-02-20T09:00:00Z')));
    expect(refused.status).toBe('FAILED');
    expect(refused.errors[0].message).toMatch(
      /requests of 2024-02 cannot be stored: that month was detached from request_fact and its table request_fact_p2024_02 is still there/,
    );
    expect((await requests(org.id)).map((r) => r.external_id)).toEqual(['D2']);

    await db.query('DROP TABLE request_fact_p2024_02');
    expect(
      await load(org.id, file(row('D3', '2024-02-20T09:00:00Z'))),
    ).toMatchObject({ status: 'SUCCEEDED', rowsStored: 1 });
    expect((await requests(org.id)).map((r) => r.partition)).toEqual([
      'request_fact_p2024_03',
      'request_fact_p2024_02',
    ]);
  });

  it('lets two transactions that need the same new month wait for each other rather than fail', async () => {
    const clients = [0, 1].map(
      () => new Client({ connectionString: database.url }),
    );
    await Promise.all(clients.map((c) => c.connect()));
    try {
      for (const c of clients) {
        await c.query('BEGIN');
        await c.query(
          `CREATE TEMP TABLE months_needed ON COMMIT DROP AS SELECT '2023-05-09T10:00:00Z'::timestamptz AS opened_at`,
        );
      }
      const [a, b] = clients.map(
        (c) => (sql: string, p?: unknown[]) =>
          c.query(sql, p).then((r) => r.rows),
      );
      expect(await ensureRequestFactPartitions(a, 'months_needed')).toEqual([
        '2023-05-01',
      ]);
      let secondDone = false;
      const second = ensureRequestFactPartitions(b, 'months_needed').then(
        (made) => {
          secondDone = true;
          return made;
        },
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(secondDone).toBe(false);
      await clients[0].query('COMMIT');
      expect(await second).toEqual([]);
      await clients[1].query('COMMIT');
      expect(
        (await attached()).filter((name) => name === 'request_fact_p2023_05'),
      ).toHaveLength(1);
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
  });
});
