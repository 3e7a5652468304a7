import { ganttChartModel } from './gantt-chart.model';

describe(ganttChartModel.name, () => {
  const rows = [
    {
      key: 'it',
      label: 'IT',
      bars: [
        {
          key: 'a',
          label: 'Audit',
          start: '2026-01-01',
          end: '2026-01-10',
          color: '#000',
        },
      ],
    },
    {
      key: 'hr',
      label: 'HR',
      tentative: true,
      bars: [
        {
          key: 'b',
          label: 'Audit',
          start: '2026-01-11',
          end: '2026-01-20',
          color: '#000',
        },
      ],
      markers: [
        {
          key: 'g',
          date: '2026-01-20',
          kind: 'milestone' as const,
          label: 'Go-live',
        },
      ],
    },
  ];

  it('spans the first start to the end of the last day, and bars cover whole days', () => {
    // 20 days (01-01 … 01-20 inclusive) over an inner width of 200 px: 10 px a day.
    const model = ganttChartModel({ rows, width: 200 + 72 + 16 });
    expect(model.innerWidth).toBe(200);
    expect(model.rows[0].bars[0]).toMatchObject({ x: 0, width: 100 });
    expect(model.rows[1].bars[0]).toMatchObject({ x: 100, width: 100 });
    // A marker sits in the middle of its day: 01-20 is day 20 → 190 + 5.
    expect(model.rows[1].markers[0].x).toBe(195);
    expect(model.rows[1].tentative).toBe(true);
    expect(model.todayX).toBeNull();
  });

  it('widens the range to show today, with the line in the middle of the day', () => {
    // 01-01 … 01-30 = 30 days over 300 px; today 01-30 → 290 + 5.
    const model = ganttChartModel({
      rows,
      width: 300 + 72 + 16,
      today: '2026-01-30',
    });
    expect(model.todayX).toBe(295);
  });

  it('stacks rows and sizes the label margin to the longest label', () => {
    const model = ganttChartModel({
      rows: [
        ...rows,
        { key: 'x', label: 'Procurement and Facilities', bars: [] },
      ],
      width: 600,
      rowHeight: 30,
    });
    expect(model.rows.map((row) => row.centerY)).toEqual([15, 45, 75]);
    expect(model.innerHeight).toBe(90);
    expect(model.margin.left).toBe(26 * 7 + 16);
  });

  it('sets markers that share a day side by side, centred on the day', () => {
    // 01-01 … 01-10 over 200 px: 20 px a day; 01-05 is centred at 4 × 20 + 10 = 90; three markers at 80, 90, 100.
    const model = ganttChartModel({
      rows: [
        {
          key: 'p',
          label: 'P',
          bars: [
            {
              key: 'a',
              label: 'A',
              start: '2026-01-01',
              end: '2026-01-10',
              color: '#000',
            },
          ],
          markers: ['t1', 't2', 't3'].map((key) => ({
            key,
            date: '2026-01-05',
            kind: 'task-open' as const,
            label: key,
          })),
        },
      ],
      width: 200 + 72 + 16,
    });
    expect(model.rows[0].markers.map((marker) => marker.x)).toEqual([
      80, 90, 100,
    ]);
  });
});
