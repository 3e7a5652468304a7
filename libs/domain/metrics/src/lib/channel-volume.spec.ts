import { channelVolumePoints } from './channel-volume';

describe('channelVolumePoints', () => {
  it('sums days into weeks per channel, with zeros where a channel had none', () => {
    // Week of 2026-03-02: EMAIL 3 + 2 (Mon and Sun), PORTAL 4; week of 2026-03-09: PORTAL 1.
    const rows = [
      { day: '2026-03-02', channel: 'EMAIL', count: 3 },
      { day: '2026-03-08', channel: 'EMAIL', count: 2 },
      { day: '2026-03-04', channel: 'PORTAL', count: 4 },
      { day: '2026-03-09', channel: 'PORTAL', count: 1 },
      { day: '2026-03-30', channel: 'CHAT', count: 9 }, // outside the range
    ];
    expect(
      channelVolumePoints({
        rows,
        from: '2026-03-02',
        to: '2026-03-15',
        grain: 'WEEK',
      }),
    ).toEqual([
      { periodStart: '2026-03-02', channel: 'EMAIL', count: 5 },
      { periodStart: '2026-03-02', channel: 'PORTAL', count: 4 },
      { periodStart: '2026-03-09', channel: 'EMAIL', count: 0 },
      { periodStart: '2026-03-09', channel: 'PORTAL', count: 1 },
    ]);
  });

  it('is empty when no request came in the range', () => {
    expect(
      channelVolumePoints({
        rows: [],
        from: '2026-01-01',
        to: '2026-02-28',
        grain: 'MONTH',
      }),
    ).toEqual([]);
  });
});
