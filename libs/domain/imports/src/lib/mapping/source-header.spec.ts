import { columnKey, columnLookup, sourceColumnNames } from './source-header';

describe(sourceColumnNames.name, () => {
  it('names a repeated header "text (2)", "text (3)" from its second occurrence, without case', () => {
    expect(
      sourceColumnNames(['WO Number', 'Notes', 'notes', ' NOTES ', 'Status']),
    ).toEqual(['WO Number', 'Notes', 'notes (2)', 'NOTES (3)', 'Status']);
  });

  it('skips a number already taken by a header of its own, and names empty cells by position', () => {
    expect(sourceColumnNames(['Notes', 'Notes (2)', 'Notes'])).toEqual([
      'Notes',
      'Notes (2)',
      'Notes (3)',
    ]);
    expect(sourceColumnNames(['\uFEFFid', '', ' '])).toEqual([
      'id',
      'column 2',
      'column 3',
    ]);
  });
});

describe(columnLookup.name, () => {
  const lookup = columnLookup(
    ['Number', 'Opened', 'Notes', 'Notes'],
    [
      { name: 'opened_at', aliases: ['Opened'] },
      { name: 'closed_at', aliases: ['Closed'], optional: true },
    ],
  );

  it('finds columns without case and surrounding spaces, through aliases', () => {
    expect(lookup.indexOf(' number ')).toBe(0);
    expect(lookup.indexOf('OPENED_AT')).toBe(1);
    expect(lookup.indexOf('notes (2)')).toBe(3);
    expect(columnKey(' Notes (2) ')).toBe('notes (2)');
  });

  it('says null for an optional column the file lacks, undefined for an unknown one', () => {
    expect(lookup.indexOf('closed_at')).toBeNull();
    expect(lookup.indexOf('resolved_at')).toBeUndefined();
  });
});
