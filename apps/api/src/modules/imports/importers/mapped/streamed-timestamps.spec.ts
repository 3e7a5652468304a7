import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ColumnMappingInput,
  compileColumnMapping,
  CompiledMapping,
  RequestRow,
} from '@esm-planner/domain-imports';
import { instantSql, StreamedTimestamps } from './streamed-timestamps';

const HEADER = [
  'WO Number',
  'Created (local)',
  'Closed (local)',
  'Trade',
  'Requested Via',
  'Met Target',
  'Status',
  'Building',
  'Notes',
  'Notes',
  'Labour Minutes',
];

// The facilities sample's mapping: MM/dd/yyyy hh:mm:ss a in America/New_York, N/A missing.
const facilities = JSON.parse(
  readFileSync(
    join(
      __dirname,
      '../../../../../../../tests/fixtures/facilities-work-orders.mapping.json',
    ),
    'utf8',
  ),
) as ColumnMappingInput & {
  kind: 'REQUESTS';
};

function timestamps(): StreamedTimestamps {
  const compiled = compileColumnMapping({
    mapping: facilities,
    header: HEADER,
    timeZone: 'UTC',
  });
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.errors));
  return new StreamedTimestamps(
    compiled.mapping as CompiledMapping<RequestRow>,
  );
}

const cells = (created: string, closed: string) => ['WO-1', created, closed];

describe('StreamedTimestamps', () => {
  it('reads the mapping’s timestamp columns as the engine does (worked by hand)', () => {
    const reader = timestamps();
    expect(reader.columns).toEqual([1, 2]);
    // 19 June 2026 is daylight time in New York (UTC−4): 21:33 → 01:33Z on the 20th; N/A is missing.
    expect(reader.values(cells('06/19/2026 09:33:00 PM', 'N/A'))).toEqual([
      false,
      '1781919180000', // 2026-06-20T01:33:00.000Z
      true,
      true,
      null,
      false,
    ]);
    // 15 January: standard time (UTC−5). An empty cell is missing too.
    expect(reader.values(cells('01/15/2026 12:05:09 AM', ''))).toEqual([
      false,
      '1768453509000', // 2026-01-15T05:05:09.000Z
      true,
      true,
      null,
      false,
    ]);
  });

  it('leaves unreadable cells and clock-change local times unread, for the re-read to report or count', () => {
    const reader = timestamps();
    // 8 March 2026 02:30 does not exist in New York (clocks went 02:00 → 03:00);
    // 1 November 2026 01:30 happened twice. Neither is an instant here.
    expect(
      reader.values(cells('03/08/2026 02:30:00 AM', '11/01/2026 01:30:00 AM')),
    ).toEqual([false, null, false, false, null, false]);
    expect(
      reader.values(cells('2026-03-08', '13/45/2026 01:00:00 PM')),
    ).toEqual([false, null, false, false, null, false]);
  });

  it('reuses the previous line’s reading of the same text, and reads a new text again', () => {
    const reader = timestamps();
    const first = reader.values(cells('06/19/2026 09:33:00 PM', 'N/A'));
    expect(reader.values(cells('06/19/2026 09:33:00 PM', 'N/A'))).toEqual(
      first,
    );
    expect(reader.values(cells('06/19/2026 09:34:00 PM', 'N/A'))[1]).toBe(
      '1781919240000', // 2026-06-20T01:34:00.000Z
    );
  });

  it('writes the same values as CSV fields for the appender, line after line', () => {
    const asFields = timestamps();
    const asValues = timestamps();
    const render = (values: (string | boolean | null)[]) =>
      values
        .map(
          (v) =>
            `;${v === null ? '' : v === true ? 't' : v === false ? 'f' : v}`,
        )
        .join('');
    for (const line of [
      cells('06/19/2026 09:33:00 PM', 'N/A'),
      cells('06/19/2026 09:33:00 PM', 'N/A'),
      cells('03/08/2026 02:30:00 AM', '01/15/2026 12:05:09 AM'),
      cells('06/19/2026 09:33:00 PM', ''),
    ])
      expect(asFields.fields(line, ';')).toBe(render(asValues.values(line)));
  });

  it('names the typed columns and their SQL over the raw row', () => {
    const reader = timestamps();
    expect(reader.definitions).toEqual([
      't2_miss boolean',
      't2_ms bigint',
      't2_naive boolean',
      't3_miss boolean',
      't3_ms bigint',
      't3_naive boolean',
    ]);
    expect(reader.read(2)).toEqual({
      miss: 'r.t3_miss',
      at: instantSql('r.t3_ms'),
      known: '(r.t3_ms IS NOT NULL)',
      naive: 'r.t3_naive',
    });
    expect(() => reader.read(0)).toThrow('column 1 is not a timestamp column');
  });
});
