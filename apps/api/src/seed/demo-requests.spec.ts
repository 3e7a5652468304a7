import { demoRequestsCsv } from './demo-requests';

describe(demoRequestsCsv.name, () => {
  const today = new Date('2026-11-22T10:00:00Z'); // a Sunday
  const lines = demoRequestsCsv({ today }).trim().split('\n');
  const rows = lines.slice(1).map((line) => line.split(','));

  it('is the same file for the same day', () => {
    expect(demoRequestsCsv({ today })).toBe(demoRequestsCsv({ today }));
  });

  it('holds 26 weeks of IT, ending with the week before the current one, and 4 HR weeks', () => {
    const opened = (department: string) =>
      rows
        .filter((row) => row[1] === department)
        .map((row) => row[4])
        .sort();
    const it = opened('IT');
    // The current week starts Monday 2026-11-16: data runs from 26 weeks before it to its eve.
    expect(it[0] >= '2026-05-18').toBe(true);
    expect(it[it.length - 1] < '2026-11-16').toBe(true);
    expect(opened('HR')[0] >= '2026-10-19').toBe(true);
    expect(new Set(rows.map((row) => row[0])).size).toBe(rows.length);
  });

  it('never resolves a request before it was opened', () => {
    for (const row of rows) expect(row[6] >= row[4]).toBe(true);
  });
});
