import { groupRequestTypes, requestTypeKey } from './request-type';

describe(requestTypeKey.name, () => {
  it.each([
    ['Password reset', 'password reset'],
    ['  Password   RESET ', 'password reset'],
    ['Wi-Fi\tissue', 'wi-fi issue'],
    ['Ärztliches Attest', 'ärztliches attest'],
  ])('%p → %p', (name, key) => {
    expect(requestTypeKey(name)).toBe(key);
  });
});

describe(groupRequestTypes.name, () => {
  it('sums counts case-insensitively and keeps the first spelling, trimmed', () => {
    expect(
      groupRequestTypes({
        entries: [
          { requestType: ' VPN access ', count: 2 },
          { requestType: 'Password reset', count: 5 },
          { requestType: 'vpn ACCESS', count: 3 },
        ],
      }),
    ).toEqual([
      { requestType: 'VPN access', count: 5, weight: 5 },
      { requestType: 'Password reset', count: 5, weight: 5 },
    ]);
  });

  it('sums the weight the caller gives', () => {
    expect(
      groupRequestTypes({
        entries: [
          { requestType: 'Leave', count: 2, factor: 0.5 },
          { requestType: 'leave', count: 4, factor: 2 },
        ],
        weightOf: (entry) => entry.count * entry.factor,
      }),
    ).toEqual([{ requestType: 'Leave', count: 6, weight: 9 }]);
  });
});
