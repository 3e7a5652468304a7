import fc from 'fast-check';
import { ImportError } from '../import-error';
import {
  ColumnMappingInput,
  FieldBinding,
  IMPORT_KINDS,
} from './column-mapping';
import { compileColumnMapping } from './compile-mapping';
import { MappedEvent } from './event-log';
import { TARGET_FIELDS } from './target-fields';
import { validateColumnMapping } from './validate-mapping';

// Pools of plausible and hostile pieces: names, cells, formats, zones.
const NAMES = [
  'id',
  'ID',
  ' Opened ',
  'Closed',
  'Status',
  'Notes',
  'Notes (2)',
  'Team',
  'Type',
  'Via',
  'When',
  '',
  'constructor',
  '__proto__',
];
const CELLS = [
  '',
  ' ',
  '?',
  'N/A',
  'x',
  'IT',
  'Email',
  'PHONE',
  'Fax',
  'true',
  'no',
  '2',
  '0',
  '-1',
  '12.5',
  '1,5',
  'Resolved',
  'closed',
  '2026-03-08 02:30',
  '2026-03-02T09:15:00Z',
  '03/08/2026 02:30:00 AM',
  '29/2/2016 01:16',
  '31/04/2026',
  '12/Mar/24 9:05 AM',
  'Mon, 2nd March 2026 09:15',
  '=SUM(A1)',
  'R\u0007Q',
  'é'.repeat(300),
  'x'.repeat(1_200),
  '\uFEFFid',
  '9'.repeat(40),
];
const FORMATS = [
  'MM/dd/yyyy hh:mm:ss a',
  'd/M/yyyy',
  'd/M/yyyy H:mm',
  "yyyy-MM-dd'T'HH:mm:ssXXX",
  'EEE, do MMMM yyyy HH:mm',
  'dd.MM.yy',
  'yyyy',
  'jj',
  "'",
];
const ZONES = [
  'UTC',
  'America/New_York',
  'Europe/London',
  'Australia/Lord_Howe',
  'Pacific/Apia',
  'Mars/Olympus',
  '+02:00',
];
const VALUES = [
  'PHONE',
  'OTHER',
  'FAXX',
  'true',
  'maybe',
  'AGENT',
  'DEFLECTED',
  'Unassigned',
  '',
  '12',
  '-3',
];

const anyName = fc.constantFrom(...NAMES);
const anyCell = fc.constantFrom(...CELLS);
const condition = fc.record(
  {
    column: anyName,
    field: fc.constantFrom('channel', 'department', 'nope'),
    equals: fc.array(anyCell, { maxLength: 2 }),
    contains: fc.array(anyCell, { maxLength: 2 }),
  },
  { requiredKeys: [] },
);

const mappingArbitrary = fc.constantFrom(...IMPORT_KINDS).chain((kind) =>
  fc.record(
    {
      name: fc.constantFrom('Fuzz', ''),
      kind: fc.constant(kind),
      fields: fc.array(
        fc.record(
          {
            field: fc.constantFrom(
              ...TARGET_FIELDS[kind].map((field) => field.name),
              'unknown',
            ),
            column: anyName,
            constant: fc.constantFrom(...VALUES),
            default: fc.constantFrom(...VALUES),
            fallback: fc.record(
              { column: anyName, when: condition },
              { requiredKeys: ['column'] },
            ),
            label: fc.constantFrom('the opening time', ''),
          },
          { requiredKeys: ['field'] },
        ),
        { maxLength: 12 },
      ),
      values: fc.array(
        fc.record({
          field: fc.constantFrom(
            'channel',
            'sla_met',
            'reopened',
            'department',
            'resolution',
            'opened_at',
          ),
          from: anyCell,
          to: fc.constantFrom(...VALUES),
          match: fc.constantFrom(
            'EXACT',
            'STARTS_WITH',
            'CONTAINS',
            'GREATER_THAN',
            'FUZZY',
          ),
        }),
        { maxLength: 5 },
      ),
      dateFormat: fc.constantFrom(...FORMATS),
      otherDateFormats: fc.array(fc.constantFrom(...FORMATS), { maxLength: 2 }),
      timeZone: fc.constantFrom(...ZONES),
      missingValues: fc.array(anyCell, { maxLength: 3 }),
      eventLog: fc.record(
        {
          eventTime: anyName,
          status: anyName,
          resolvedStatuses: fc.array(anyCell, { maxLength: 2 }),
          sequence: anyName,
        },
        { requiredKeys: ['eventTime'] },
      ),
      sourceColumns: fc.array(
        fc.record(
          {
            name: anyName,
            aliases: fc.array(anyName, { maxLength: 2 }),
            optional: fc.boolean(),
          },
          { requiredKeys: ['name'] },
        ),
        { maxLength: 3 },
      ),
      resolutionRule: fc.record(
        {
          cases: fc.array(
            fc.record({
              when: fc.array(condition, { maxLength: 2 }),
              then: fc.constantFrom('DEFLECTED', 'NO_TOUCH', 'MAYBE'),
            }),
            { maxLength: 2 },
          ),
          otherwise: fc.constantFrom('AGENT', 'UNRESOLVED'),
        },
        { requiredKeys: ['cases'] },
      ),
    },
    { requiredKeys: ['name', 'kind', 'fields'] },
  ),
) as fc.Arbitrary<ColumnMappingInput>;

// A mapping the validator accepts, so that files are read (not only refused).
const readableMapping = fc.constantFrom(...IMPORT_KINDS).chain((kind) =>
  fc
    .tuple(
      fc.array(anyName, { minLength: 1, maxLength: 6 }),
      fc.boolean(),
      fc.constantFrom(...ZONES.slice(0, 5)),
      fc.option(fc.constantFrom(...FORMATS.slice(0, 6)), { nil: undefined }),
    )
    .chain(([header, log, timeZone, dateFormat]) =>
      fc
        .tuple(
          fc.tuple(
            ...TARGET_FIELDS[kind].map(() =>
              fc.oneof(
                fc.constant(null),
                anyName.filter((name) => header.includes(name)),
              ),
            ),
          ),
          fc.array(
            anyCell.filter((cell) => cell.length < 100),
            { maxLength: 2 },
          ),
        )
        .map(([columns, missingValues]) => {
          const fields = TARGET_FIELDS[kind].flatMap(
            (field, i): FieldBinding[] => {
              const column = columns[i];
              if (column !== null && column.trim() !== '')
                return [{ field: field.name, column }];
              if (!field.required) return [];
              const named = header.find((name) => name.trim() !== '');
              if (
                (field.type === 'timestamp' || field.type === 'date') &&
                named
              )
                return [{ field: field.name, column: named }];
              return [
                {
                  field: field.name,
                  constant:
                    field.type === 'channel'
                      ? 'OTHER'
                      : field.type === 'count'
                        ? '1'
                        : 'Fixed',
                },
              ];
            },
          );
          const mapping: ColumnMappingInput = {
            name: 'Fuzz',
            kind,
            fields,
            timeZone,
            dateFormat,
            missingValues,
          };
          if (
            kind === 'REQUESTS' &&
            log &&
            header.some((name) => name.trim() !== '')
          ) {
            mapping.eventLog = {
              eventTime: header.find((name) => name.trim() !== '')!,
            };
            mapping.fields = fields.map((binding) =>
              binding.field === 'external_id' && binding.constant
                ? {
                    field: 'external_id',
                    column: header.find((n) => n.trim() !== '')!,
                  }
                : binding,
            );
          }
          return { mapping, header };
        }),
    ),
);

function expectRowOrPointedErrors(
  result: { ok: true } | { ok: false; errors: ImportError[] },
  line: number,
  width: number,
): void {
  if (result.ok) return;
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors) {
    expect(error.line).toBe(line);
    expect(
      error.column === null ||
        (Number.isInteger(error.column) &&
          error.column >= 1 &&
          error.column <= width),
    ).toBe(true);
    expect(typeof error.message).toBe('string');
  }
}

describe('the mapping engine, fuzzed', () => {
  it('never throws on any mapping: it compiles or says why, on line 1', () => {
    fc.assert(
      fc.property(
        mappingArbitrary,
        fc.array(anyName, { maxLength: 6 }),
        (mapping, header) => {
          const compiled = compileColumnMapping({
            mapping,
            header,
            timeZone: 'UTC',
          });
          if (!compiled.ok)
            expect(
              compiled.errors.every(
                (error) => error.line === 1 && error.column === null,
              ),
            ).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('validates any mapping to problems naming a field, and what it passes with a header compiles against that header', () => {
    fc.assert(
      fc.property(
        mappingArbitrary,
        fc.array(anyName, { maxLength: 6 }),
        (mapping, header) => {
          const problems = validateColumnMapping(mapping, { header });
          for (const problem of problems) {
            expect(problem.field).toEqual(expect.stringMatching(/\S/));
            expect(problem.message).toEqual(expect.stringMatching(/\S/));
          }
          if (problems.length === 0)
            expect(
              compileColumnMapping({ mapping, header, timeZone: 'UTC' }),
            ).toMatchObject({ ok: true });
        },
      ),
      // Checking a date format parses samples (about a millisecond each): 500 runs are a few seconds.
      { numRuns: 500 },
    );
  });

  it('reads any record of a valid mapping to a row or errors with its line and a source column', () => {
    fc.assert(
      fc.property(
        readableMapping,
        fc.array(fc.array(anyCell, { maxLength: 8 }), {
          minLength: 1,
          maxLength: 6,
        }),
        ({ mapping, header }, records) => {
          const compiled = compileColumnMapping({
            mapping,
            header,
            timeZone: 'UTC',
          });
          // Only a header without a single named column leaves a date unbound.
          if (!compiled.ok) {
            expect(header.every((name) => name.trim() === '')).toBe(true);
            return;
          }
          const reader = compiled.mapping;
          const events: MappedEvent[] = [];
          records.forEach((cells, index) => {
            const line = index + 2;
            expectRowOrPointedErrors(
              reader.readRow({ cells, line }),
              line,
              header.length,
            );
            if (reader.eventLog) {
              const event = reader.readEvent({ cells, line });
              expectRowOrPointedErrors(event, line, header.length);
              if (event.ok) events.push(event.event);
            }
          });
          if (reader.eventLog) {
            for (const built of reader.buildCases(events))
              expectRowOrPointedErrors(built.result, built.line, header.length);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
