import { channelMix } from './channel-mix';

describe(channelMix.name, () => {
  it('lists all nine channels in order, zeros included', () => {
    // EMAIL 3 + EMAIL 1 = 4, PORTAL 4: total 8, each half.
    // informal = EMAIL only = 4/8.
    const mix = channelMix({
      entries: [
        { channel: 'PORTAL', count: 4, weight: 4 },
        { channel: 'EMAIL', count: 3, weight: 3 },
        { channel: 'EMAIL', count: 1, weight: 1 },
      ],
    });
    expect(mix.byChannel).toEqual([
      { channel: 'EMAIL', count: 4, share: 0.5 },
      { channel: 'CHAT', count: 0, share: 0 },
      { channel: 'PHONE', count: 0, share: 0 },
      { channel: 'WALK_UP', count: 0, share: 0 },
      { channel: 'SPREADSHEET', count: 0, share: 0 },
      { channel: 'FORM', count: 0, share: 0 },
      { channel: 'PORTAL', count: 4, share: 0.5 },
      { channel: 'VIRTUAL_AGENT', count: 0, share: 0 },
      { channel: 'OTHER', count: 0, share: 0 },
    ]);
    expect(mix.informalShare).toBe(0.5);
  });

  it('shares by weight while counts stay counts', () => {
    // CHAT weight 3, FORM weight 1: 0.75 and 0.25 although counts are equal.
    const mix = channelMix({
      entries: [
        { channel: 'CHAT', count: 2, weight: 3 },
        { channel: 'FORM', count: 2, weight: 1 },
      ],
    });
    expect(mix.byChannel.find((c) => c.channel === 'CHAT')).toEqual({
      channel: 'CHAT',
      count: 2,
      share: 0.75,
    });
    expect(mix.informalShare).toBe(0.75);
  });

  it('gives null shares when there is no volume', () => {
    const mix = channelMix({
      entries: [{ channel: 'OTHER', count: 0, weight: 0 }],
    });
    expect(mix.byChannel.every((c) => c.share === null && c.count === 0)).toBe(
      true,
    );
    expect(mix.informalShare).toBeNull();
  });
});
