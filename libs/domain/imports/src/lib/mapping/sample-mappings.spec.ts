import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ImportError } from '../import-error';
import { RequestRow } from '../request-row';
import { ColumnMappingInput } from './column-mapping';
import { compileColumnMapping } from './compile-mapping';
import { MappedEvent } from './event-log';
import { validateColumnMapping } from './validate-mapping';

// The two example files of data-formats §5 and their mappings (tests/fixtures/README.md).
const FIXTURES = join(__dirname, '../../../../../../tests/fixtures');

function fixture(name: string): {
  header: string[];
  records: { line: number; cells: string[] }[];
} {
  const text = readFileSync(join(FIXTURES, name), 'utf8');
  // A plain split is a correct CSV reader only for a file without quotes.
  expect(text).not.toContain('"');
  const [header, ...lines] = text.split(/\r?\n/);
  return {
    header: header.split(','),
    records: lines
      .map((line, index) => ({ line: index + 2, cells: line.split(',') }))
      .filter(({ cells }) => cells.join('') !== ''),
  };
}

const mappingOf = (name: string) =>
  JSON.parse(
    readFileSync(join(FIXTURES, name), 'utf8'),
  ) as ColumnMappingInput & { kind: 'REQUESTS' };

describe('the facilities work orders through their mapping', () => {
  const { header, records } = fixture('facilities-work-orders.csv');
  const mapping = mappingOf('facilities-work-orders.mapping.json');
  const compiled = compileColumnMapping({ mapping, header, timeZone: 'UTC' });
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.errors));
  const rows: (RequestRow & { line: number })[] = [];
  const errors: ImportError[] = [];
  let skipped = 0;
  let repeated = 0;
  for (const { line, cells } of records) {
    const result = compiled.mapping.readRow({ cells, line });
    if (result.ok) {
      rows.push({ ...result.row, line });
      skipped += result.skippedLocalTimes;
      repeated += result.repeatedLocalTimes;
    } else errors.push(...result.errors);
  }

  // Counted from the raw file, with a reading of its dates written here.
  const column = (name: string) => header.indexOf(name);
  const wallClock = (text: string) => {
    const [, month, day, year, hour, minute, second, period] =
      /^(\d\d)\/(\d\d)\/(\d{4}) (\d\d):(\d\d):(\d\d) (AM|PM)$/
        .exec(text)!
        .map((part, i) => (i === 7 ? part : Number(part)));
    return Date.UTC(
      year as number,
      (month as number) - 1,
      day as number,
      ((hour as number) % 12) + (period === 'PM' ? 12 : 0),
      minute as number,
      second as number,
    );
  };
  const created = column('Created (local)');
  const closed = column('Closed (local)');
  const closedBeforeOpened = records.filter(
    ({ cells }) =>
      cells[closed] !== '' &&
      wallClock(cells[closed]) < wallClock(cells[created]),
  );
  const valid = records.filter(
    (record) => !closedBeforeOpened.includes(record),
  );

  it('is a valid mapping of the file', () => {
    expect(validateColumnMapping(mapping, { header })).toEqual([]);
  });

  it('reads every work order but those closed before they were opened, each refused at its line and closing column', () => {
    expect(records).toHaveLength(4000);
    expect(closedBeforeOpened).toHaveLength(4);
    expect(rows).toHaveLength(4000 - closedBeforeOpened.length);
    expect(errors).toEqual(
      closedBeforeOpened.map(({ line, cells }) => ({
        line,
        column: closed + 1,
        field: 'Closed (local)',
        message: 'Closed (local) is before Created (local)',
        value: cells[closed],
      })),
    );
  });

  it('maps the channel words, and reports Fax as OTHER', () => {
    const words: Record<string, string> = {
      'Phone call': 'PHONE',
      'Facilities app': 'PORTAL',
      Kiosk: 'PORTAL',
      'Walk-in desk': 'WALK_UP',
      Email: 'EMAIL',
      Fax: 'OTHER',
    };
    const via = column('Requested Via');
    const expected: Record<string, number> = {};
    for (const { cells } of valid)
      expected[words[cells[via]]] = (expected[words[cells[via]]] ?? 0) + 1;
    const actual: Record<string, number> = {};
    for (const row of rows)
      actual[row.channel] = (actual[row.channel] ?? 0) + 1;
    expect(actual).toEqual(expected);
    expect(
      rows
        .filter((row) => row.mappedToOther)
        .map((row) => row.mappedToOther!.value),
    ).toEqual(
      valid.filter(({ cells }) => cells[via] === 'Fax').map(() => 'Fax'),
    );
  });

  it('reads Y/N targets, N/A and empty as missing, and labour minutes', () => {
    const target = column('Met Target');
    const verdict = (text: string) =>
      text === 'Y' ? true : text === 'N' ? false : null;
    expect(rows.map((row) => row.slaMet)).toEqual(
      valid.map(({ cells }) => verdict(cells[target])),
    );
    expect(rows.map((row) => row.handlingMinutes)).toEqual(
      valid.map(({ cells }) => Number(cells[column('Labour Minutes')])),
    );
    expect(rows.map((row) => row.resolvedAt === null)).toEqual(
      valid.map(({ cells }) => cells[closed] === ''),
    );
  });

  it('reads the local times in New York, counting those the clock changes skipped or repeated', () => {
    // WO-100000 opened 03/05/2026 05:50:00 AM, Eastern Standard Time (UTC−5): 10:50Z.
    expect(rows[0]).toMatchObject({
      externalId: 'WO-100000',
      openedAt: Date.UTC(2026, 2, 5, 10, 50),
      readInTimeZone: true,
      department: 'Facilities',
    });
    // 2026: 02:00–02:59 on 8 March is skipped, 01:00–01:59 on 1 November repeated.
    const times = valid
      .flatMap(({ cells }) => [cells[created], cells[closed]])
      .filter((text) => text !== '');
    expect(skipped).toBe(
      times.filter(
        (text) => text.startsWith('03/08/2026 02:') && text.endsWith('AM'),
      ).length,
    );
    expect(repeated).toBe(
      times.filter(
        (text) => text.startsWith('11/01/2026 01:') && text.endsWith('AM'),
      ).length,
    );
  });
});

describe('the legal matter events through their event-log mapping', () => {
  const { header, records } = fixture('legal-matter-events.csv');
  const mapping = mappingOf('legal-matter-events.mapping.json');
  const compiled = compileColumnMapping({
    mapping,
    header,
    timeZone: 'Europe/London',
  });
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.errors));
  const events: MappedEvent[] = [];
  for (const { line, cells } of records) {
    const read = compiled.mapping.readEvent({ cells, line });
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    events.push(read.event);
  }
  const cases = compiled.mapping.buildCases(events);

  // The rules of data-formats §5, applied here to the raw file on their own.
  const at = (name: string) => header.indexOf(name);
  const byMatter = new Map<
    string,
    { line: number; time: number; stage: string; group: string }[]
  >();
  for (const { line, cells } of records) {
    const list = byMatter.get(cells[at('Matter ID')]) ?? [];
    list.push({
      line,
      time: Date.parse(cells[at('Event Time')]),
      stage: cells[at('Stage')],
      group: cells[at('Practice Group')],
    });
    byMatter.set(cells[at('Matter ID')], list);
  }
  const isResolved = (stage: string) =>
    stage === 'Resolved' || stage === 'Closed';
  const expected = new Map(
    [...byMatter].map(([id, list]) => {
      const sorted = [...list].sort(
        (a, b) => a.time - b.time || a.line - b.line,
      );
      const last = sorted[sorted.length - 1];
      let start = sorted.length;
      while (start > 0 && isResolved(sorted[start - 1].stage)) start -= 1;
      const resolvedAt = start < sorted.length ? sorted[start].time : null;
      const reopened = sorted.some(
        (event, i) =>
          !isResolved(event.stage) &&
          sorted.slice(0, i).some((before) => isResolved(before.stage)),
      );
      return [
        id,
        {
          openedAt: sorted[0].time,
          resolvedAt,
          reopened,
          department: last.group,
          line: last.line,
        },
      ];
    }),
  );

  it('reads 4,505 events into 900 matters (rowsRead counts events, rowsStored cases)', () => {
    expect(events).toHaveLength(4505);
    expect(cases).toHaveLength(900);
    expect(cases.every((matter) => matter.result.ok)).toBe(true);
  });

  it('builds every matter as the rules say: opened, when it last became resolved, reopened, the last event’s practice group', () => {
    const actual = new Map(
      cases.map((matter) => {
        const row = matter.result.ok ? matter.result.row : null;
        return [
          matter.caseId,
          {
            openedAt: row?.openedAt,
            resolvedAt: row?.resolvedAt,
            reopened: row?.reopened,
            department: row?.department,
            line: matter.line,
          },
        ];
      }),
    );
    expect(actual).toEqual(expected);
    // Figures of the sample (also counted with Python's csv and datetime): 760 matters
    // resolved, 93 reopened, 99 whose practice group changed between the first and the last event.
    const values = [...expected.values()];
    expect(values.filter((matter) => matter.resolvedAt !== null)).toHaveLength(
      760,
    );
    expect(values.filter((matter) => matter.reopened)).toHaveLength(93);
    expect(
      [...byMatter].filter(
        ([id, list]) =>
          list.sort((a, b) => a.time - b.time)[0].group !==
          expected.get(id)!.department,
      ),
    ).toHaveLength(99);
    expect(
      cases.filter(
        (matter) =>
          matter.result.ok && matter.result.row.resolution === 'AGENT',
      ),
    ).toHaveLength(760);
  });
});
