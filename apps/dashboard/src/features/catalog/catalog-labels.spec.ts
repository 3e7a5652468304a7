import {
  CATALOG_CSV_COLUMNS,
  flagLabel,
  parseHours,
  parseRequestTypes,
} from './catalog-labels';

describe('catalogue labels', () => {
  it('parses request types and hours as typed', () => {
    expect(parseRequestTypes(' Leave request, ,PTO question ')).toEqual([
      'Leave request',
      'PTO question',
    ]);
    expect(parseHours(' ')).toBeNull();
    expect(parseHours('4,5')).toBe(4.5);
    expect(parseHours('abc')).toBeNaN();
  });

  it('labels flags and exports raw values', () => {
    expect(flagLabel('NO_SLA')).toBe('No SLA');
    const row = {
      __typename: 'CatalogItem' as const,
      id: '1',
      departmentId: 'd',
      name: 'Leave',
      owner: null,
      slaTargetHours: 24,
      fulfilmentMode: 'RESOLVE' as const,
      requestTypes: ['Leave request', 'PTO'],
      processReviewed: true,
      lastReviewedAt: null,
      reviewDueOn: null,
      flags: ['NO_OWNER' as const, 'REVIEW_DUE' as const],
    };
    expect(CATALOG_CSV_COLUMNS.map((column) => column.value(row))).toEqual([
      'Leave',
      '',
      24,
      'RESOLVE',
      'Leave request; PTO',
      'yes',
      '',
      '',
      'NO_OWNER REVIEW_DUE',
    ]);
  });
});
