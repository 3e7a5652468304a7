import {
  channelVolumeColumns,
  channelVolumeSeries,
  columnTotal,
  shortPeriodLabel,
  type ChannelVolumeFields,
} from './channel-volume';

const point = (
  periodStart: string,
  channel: string,
  count: number,
): ChannelVolumeFields => ({
  periodStart,
  channel,
  count,
});

const POINTS = [
  point('2026-03-09', 'PORTAL', 40),
  point('2026-03-02', 'EMAIL', 12),
  point('2026-03-02', 'PORTAL', 30),
  point('2026-03-02', 'FAX', 1),
  point('2026-03-09', 'CHAT', 0),
];

describe(shortPeriodLabel.name, () => {
  it('names a week by its Monday and a month by month and year', () => {
    expect(shortPeriodLabel('2026-03-02', 'WEEK')).toBe('2 Mar');
    expect(shortPeriodLabel('2026-03-01', 'MONTH')).toBe('Mar 26');
  });

  it('reads the date as a calendar day, whatever the time zone', () => {
    expect(shortPeriodLabel('2026-01-01', 'WEEK')).toBe('1 Jan');
  });
});

describe(channelVolumeSeries.name, () => {
  it('keeps the baseline’s channel order and colours, drops channels without requests', () => {
    const series = channelVolumeSeries(POINTS);
    // CHAT has a 0 count only, so it is not in the legend.
    expect(series.map((s) => s.key)).toEqual(['EMAIL', 'PORTAL', 'FAX']);
    expect(series[0]).toMatchObject({ label: 'Email', color: '#b42318' });
    expect(series[1]).toMatchObject({ label: 'Portal', color: '#0e7490' });
  });

  it('shows an unknown channel as the API names it, in grey, last', () => {
    expect(channelVolumeSeries(POINTS)[2]).toEqual({
      key: 'FAX',
      label: 'FAX',
      color: '#667085',
    });
  });

  it('has no series without requests', () => {
    expect(channelVolumeSeries([])).toEqual([]);
  });
});

describe(channelVolumeColumns.name, () => {
  it('makes one column per period, oldest first, including empty periods', () => {
    const columns = channelVolumeColumns(
      POINTS,
      ['2026-03-02', '2026-03-09', '2026-03-16'],
      'WEEK',
    );
    expect(columns).toEqual([
      {
        key: '2026-03-02',
        label: '2 Mar',
        values: { EMAIL: 12, PORTAL: 30, FAX: 1 },
      },
      { key: '2026-03-09', label: '9 Mar', values: { PORTAL: 40, CHAT: 0 } },
      { key: '2026-03-16', label: '16 Mar', values: {} },
    ]);
  });

  it('adds a period the API counted but the range list lacks', () => {
    const columns = channelVolumeColumns(POINTS, ['2026-03-09'], 'WEEK');
    expect(columns.map((c) => c.key)).toEqual(['2026-03-02', '2026-03-09']);
  });

  it('sums a channel that appears twice in a period', () => {
    const [column] = channelVolumeColumns(
      [point('2026-03-02', 'EMAIL', 2), point('2026-03-02', 'EMAIL', 3)],
      [],
      'WEEK',
    );
    expect(column.values).toEqual({ EMAIL: 5 });
  });
});

describe(columnTotal.name, () => {
  it('adds the counts of the chart’s series: 12 + 30 + 1 = 43', () => {
    const [column] = channelVolumeColumns(POINTS, [], 'WEEK');
    expect(columnTotal(column, channelVolumeSeries(POINTS))).toBe(43);
  });
});
