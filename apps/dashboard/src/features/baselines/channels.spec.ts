import {
  CHANNEL_SERIES,
  CHANNELS,
  channelLabel,
  isInformalChannel,
} from './channels';

describe(channelLabel.name, () => {
  it.each([
    ['WALK_UP', 'Walk-up'],
    ['VIRTUAL_AGENT', 'Virtual agent'],
    ['FAX', 'FAX'],
  ])('labels %s as %s', (channel, expected) => {
    expect(channelLabel(channel)).toBe(expected);
  });
});

describe(isInformalChannel.name, () => {
  it('follows domain §2', () => {
    expect(CHANNELS.filter(isInformalChannel)).toEqual([
      'EMAIL',
      'CHAT',
      'PHONE',
      'WALK_UP',
      'SPREADSHEET',
      'OTHER',
    ]);
  });
});

describe('CHANNEL_SERIES', () => {
  it('has one distinct colour per channel and groups them', () => {
    expect(new Set(CHANNEL_SERIES.map((s) => s.color)).size).toBe(9);
    expect(CHANNEL_SERIES.map((s) => s.group)).toEqual([
      ...Array(6).fill('Informal'),
      ...Array(3).fill('Structured'),
    ]);
  });
});
