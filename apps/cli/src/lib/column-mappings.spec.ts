import { findMapping } from './column-mappings';
import { UsageError } from './import-options';

const MAPPINGS = [
  { id: 'm1', name: 'Facilities work orders', kind: 'REQUESTS' },
  { id: 'm2', name: 'ServiceNow incidents', kind: 'REQUESTS' },
];

describe(findMapping.name, () => {
  it('finds a mapping by its name, without case or surrounding spaces', () => {
    expect(findMapping('  facilities WORK orders ', MAPPINGS)).toBe(
      MAPPINGS[0],
    );
  });

  it('lists the available mappings for an unknown name', () => {
    expect(() => findMapping('Facilities', MAPPINGS)).toThrow(UsageError);
    expect(() => findMapping('Facilities', MAPPINGS)).toThrow(
      'the organisation has no column mapping named "Facilities"; its mappings are:\n  Facilities work orders\n  ServiceNow incidents',
    );
    expect(() => findMapping('x', [])).toThrow(
      'its mappings are: none yet (save one on the Imports page)',
    );
  });
});
