import {
  parseKind,
  parseMapping,
  parseWindow,
  UsageError,
} from './import-options';

describe(parseWindow.name, () => {
  it('reads start..end', () => {
    expect(parseWindow('2026-03-02..2026-03-15')).toEqual({
      windowStart: '2026-03-02',
      windowEnd: '2026-03-15',
    });
  });

  it.each(['2026-03-02', '2026-03-02...2026-03-15', '02/03/2026..15/03/2026'])(
    'refuses %s',
    (window) => {
      expect(() => parseWindow(window)).toThrow(UsageError);
    },
  );
});

describe(parseMapping.name, () => {
  it('splits at the first =', () => {
    expect(parseMapping(' Service Desk = IT ')).toEqual({
      source: 'Service Desk',
      department: 'IT',
    });
  });

  it.each(['IT', '=IT', 'IT='])('refuses %s', (entry) => {
    expect(() => parseMapping(entry)).toThrow(UsageError);
  });
});

describe(parseKind.name, () => {
  it('reads a kind in any case', () => {
    expect(parseKind('Requests')).toBe('REQUESTS');
  });

  it.each([undefined, 'payroll'])('refuses %s, naming the kinds', (kind) => {
    expect(() => parseKind(kind)).toThrow(/audit, requests, metrics/);
  });
});
