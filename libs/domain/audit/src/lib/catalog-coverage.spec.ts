import { catalogCoverage } from './catalog-coverage';

describe(catalogCoverage.name, () => {
  const COUNTS = [
    { requestType: 'Password reset', count: 6 },
    { requestType: 'VPN access', count: 3 },
    { requestType: 'Laptop request', count: 1 },
  ];

  it('is the covered part of the volume, names matched loosely', () => {
    // Password reset 6 + VPN access 3 of 10
    expect(
      catalogCoverage({
        counts: COUNTS,
        coveredRequestTypes: new Set([
          ' password RESET',
          'vpn  access',
          'Printer',
        ]),
      }),
    ).toBe(0.9);
  });

  it.each([[undefined], [new Set<string>()], [[]]])(
    'is 0 without a catalogue (%p)',
    (coveredRequestTypes) => {
      expect(catalogCoverage({ counts: COUNTS, coveredRequestTypes })).toBe(0);
    },
  );

  it('is null for an empty audit', () => {
    expect(
      catalogCoverage({ counts: [], coveredRequestTypes: ['VPN access'] }),
    ).toBeNull();
    expect(
      catalogCoverage({ counts: [{ requestType: 'VPN access', count: 0 }] }),
    ).toBeNull();
  });
});
