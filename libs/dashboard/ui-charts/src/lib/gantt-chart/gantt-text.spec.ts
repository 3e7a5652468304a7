import { ganttRowLines, ganttTableRow } from './gantt-text';

const bar = (label: string, start: string, end: string) => ({
  key: label,
  label,
  start,
  end,
  color: '#000000',
  x: 0,
  width: 0,
  y: 0,
  height: 0,
});

const hr = {
  label: 'HR',
  details: [],
  bars: [
    bar('Pilot', '2026-03-01', '2026-04-15'),
    bar('Rollout', '2026-04-16', '2026-07-31'),
  ],
  markers: [
    {
      key: 'go',
      date: '2026-04-15',
      kind: 'milestone' as const,
      label: 'Go-live',
      x: 0,
      y: 0,
    },
    {
      key: 'gate',
      date: '2026-05-01',
      kind: 'gate-open' as const,
      label: 'Gate 2',
      x: 0,
      y: 0,
    },
  ],
};

describe(ganttRowLines.name, () => {
  it("reads each bar's dates when the row has no details", () => {
    expect(ganttRowLines(hr)).toEqual([
      { label: 'Pilot', value: '2026-03-01 – 2026-04-15' },
      { label: 'Rollout', value: '2026-04-16 – 2026-07-31' },
    ]);
  });

  it("reads the row's own details when it has them", () => {
    const details = [{ label: 'Status', value: 'At risk: 1 task overdue' }];
    expect(ganttRowLines({ ...hr, details })).toBe(details);
  });
});

describe(ganttTableRow.name, () => {
  it('lists the spans and the markers, each joined by semicolons', () => {
    expect(ganttTableRow(hr)).toEqual([
      'HR',
      'Pilot 2026-03-01 – 2026-04-15; Rollout 2026-04-16 – 2026-07-31',
      'Go-live 2026-04-15; Gate 2 2026-05-01',
    ]);
    expect(ganttTableRow({ ...hr, bars: [], markers: [] })).toEqual([
      'HR',
      '',
      '',
    ]);
  });
});
