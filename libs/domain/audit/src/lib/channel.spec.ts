import {
  CHANNELS,
  INFORMAL_CHANNELS,
  STRUCTURED_CHANNELS,
  isChannel,
  isInformalChannel,
} from './channel';

describe('channel groups', () => {
  it('splits every channel into exactly one of informal and structured', () => {
    const grouped = [...INFORMAL_CHANNELS, ...STRUCTURED_CHANNELS];
    expect([...grouped].sort()).toEqual([...CHANNELS].sort());
    expect(new Set(grouped).size).toBe(CHANNELS.length);
  });

  it('keeps the order domain §2 lists', () => {
    expect(CHANNELS).toEqual([
      'EMAIL',
      'CHAT',
      'PHONE',
      'WALK_UP',
      'SPREADSHEET',
      'FORM',
      'PORTAL',
      'VIRTUAL_AGENT',
      'OTHER',
    ]);
  });
});

describe(isChannel.name, () => {
  it.each(CHANNELS.map((channel) => [channel]))('accepts %s', (channel) => {
    expect(isChannel(channel)).toBe(true);
  });

  it.each([['email'], [' EMAIL'], ['WALK-UP'], [''], [null], [7], [undefined]])(
    'rejects %p (no spelling is mapped here)',
    (value) => {
      expect(isChannel(value)).toBe(false);
    },
  );
});

describe(isInformalChannel.name, () => {
  it.each([
    ['EMAIL', true],
    ['CHAT', true],
    ['PHONE', true],
    ['WALK_UP', true],
    ['SPREADSHEET', true],
    ['OTHER', true],
    ['FORM', false],
    ['PORTAL', false],
    ['VIRTUAL_AGENT', false],
  ] as const)('%s → %s', (channel, informal) => {
    expect(isInformalChannel(channel)).toBe(informal);
  });
});
