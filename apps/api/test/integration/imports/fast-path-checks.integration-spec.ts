import { Client } from 'pg';
import {
  parseOptionalDecimal,
  parseTimestamp,
  requiredText,
} from '@esm-planner/domain-imports';
import {
  decimalOk,
  instantOk,
  requiredTextOk,
} from '../../../src/modules/imports/importers/requests-fast-sql';

// The fast path's SQL checks must never accept a value the domain's
// JavaScript rules refuse (a value they refuse only sends the file down the
// JavaScript path). Hostile and borderline values, checked both ways.
const INSTANTS = [
  '2026-03-02T09:15:00Z',
  '2026-03-02T09:15:00.1Z',
  '2026-03-02T09:15:00.123+05:30',
  '2026-03-02T09:15:00-14:00',
  '2026-03-02T09:15:00+14:30',
  '2026-03-02T09:15:00+05:75',
  '2026-03-02 09:15:00Z',
  '2026-03-02T24:15:00Z',
  '1969-12-31T23:59:59Z',
  '2101-01-01T00:00:00Z',
  '2026+03-02T09:15:00Z',
  '2026-03-02T09:15:60Z',
  '2026-03-02T09:15:00',
  '2026-03-02T09:15:00.1234Z',
  '2026-03-02T09:15:00z',
  ' 2026-03-02T09:15:00Z',
  '2026-03-02T09:15Z',
  '२०२६-03-02T09:15:00Z',
  '2026-03-02T09:15:00.Z',
];
const TEXTS = [
  'REQ-1',
  ' REQ-1 ',
  '\tREQ-1',
  'REQ\u00a0',
  '\u00a0REQ',
  'R\u0007Q',
  '',
  '   ',
  'x'.repeat(200),
  'x'.repeat(201),
  'é'.repeat(150),
  '=SUM(A1)',
];
const DECIMALS = [
  '',
  '12',
  '12.5',
  '.5',
  '5.',
  '-1',
  '1,5',
  '1e3',
  '007',
  '123456789012345',
  '1234567890123456',
  ' 12',
  '+3',
  '١٢',
];

describe('fast path checks (SQL) against the domain rules (JavaScript)', () => {
  let db: Client;
  beforeAll(async () => {
    db = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await db.connect();
  });
  afterAll(() => db.end());

  const sql = async (
    expression: (cell: string) => string,
    value: string,
  ): Promise<boolean> =>
    (await db.query(`SELECT ${expression('$1::text')} AS ok`, [value])).rows[0]
      .ok === true;

  it('accepts a timestamp only when parseTimestamp reads it with its offset', async () => {
    for (const value of INSTANTS) {
      const js = parseTimestamp(value, 'UTC');
      const accepted = await sql(instantOk, value);
      if (accepted)
        expect({ value, ok: js.ok && js.value.hadOffset }).toEqual({
          value,
          ok: true,
        });
    }
    expect(await sql(instantOk, '2026-03-02T09:15:00.123+05:30')).toBe(true);
    expect(await sql(instantOk, '2026-03-02T09:15:00Z')).toBe(true);
  });

  it('accepts an external id only when requiredText reads the same trimmed value', async () => {
    for (const value of TEXTS) {
      const js = requiredText({ maxLength: 200 })(value);
      if (await sql((cell) => requiredTextOk(cell, 200), value)) {
        expect({
          value,
          ok: js.ok,
          same: js.ok && js.value === value.replace(/^ +| +$/g, ''),
        }).toEqual({ value, ok: true, same: true });
      }
    }
  });

  it('accepts handling minutes only when parseOptionalDecimal does', async () => {
    for (const value of DECIMALS) {
      if (await sql(decimalOk, value))
        expect({ value, ok: parseOptionalDecimal(value).ok }).toEqual({
          value,
          ok: true,
        });
    }
    expect(await sql(decimalOk, '12.5')).toBe(true);
  });
});
