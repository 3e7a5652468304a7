import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileColumnMapping } from '../mapping/compile-mapping';
import { MappedEvent } from '../mapping/event-log';
import { RequestRow } from '../request-row';
import { SERVICENOW_MAPPING } from './servicenow';

// The first 3,000 rows of a real ServiceNow incident event log (UCI; see
// tests/fixtures/README.md for the citation).
const FILE = join(
  __dirname,
  '../../../../../../tests/fixtures/servicenow-incident-event-log-sample.csv',
);

describe('the real ServiceNow event-log sample', () => {
  // Expected figures counted independently (Python csv + strptime('%d/%m/%Y %H:%M'),
  // latest row per number by (sys_mod_count, sys_updated_at)): 3,000 rows,
  // 447 incidents, all resolved; 231 deflected (knowledge = true and
  // reassignment_count = 0), 216 by an agent; 5 reopened; made_sla true 294.
  it('reads every row and keeps one version per incident', () => {
    const text = readFileSync(FILE, 'utf8');
    expect(text).not.toContain('"'); // a plain split is a correct CSV reader for this file
    const [header, ...lines] = text
      .split(/\r?\n/)
      .filter((line) => line !== '');
    // The built-in mapping is an event log ordered by sys_mod_count, then
    // sys_updated_at, then line: each incident is its last update.
    const mapped = compileColumnMapping({
      mapping: SERVICENOW_MAPPING,
      header: header.split(','),
      timeZone: 'UTC',
    });
    if (!mapped.ok) throw new Error(mapped.errors[0].message);
    const events: MappedEvent[] = [];
    lines.forEach((line, index) => {
      const result = mapped.mapping.readEvent({
        cells: line.split(','),
        line: index + 2,
      });
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      events.push(result.event);
    });
    const cases = mapped.mapping.buildCases(events);
    const latest = new Map(
      cases.map((incident) => {
        if (!incident.result.ok)
          throw new Error(JSON.stringify(incident.result.errors));
        return [
          incident.caseId,
          { ...incident.result.row, version: incident.version },
        ];
      }),
    );
    expect(lines).toHaveLength(3000);
    const incidents = [...latest.values()];
    expect(incidents).toHaveLength(447);
    const count = (predicate: (row: RequestRow) => boolean) =>
      incidents.filter(predicate).length;
    expect(count((row) => row.resolution === 'DEFLECTED')).toBe(231);
    expect(count((row) => row.resolution === 'AGENT')).toBe(216);
    expect(count((row) => row.reopened === true)).toBe(5);
    expect(count((row) => row.slaMet === true)).toBe(294);
    expect(count((row) => row.channel === 'PHONE')).toBe(447);
    // INC0000045's last update is sys_mod_count 4 (Closed on 5/3/2016 12:00).
    expect(latest.get('INC0000045')?.version).toEqual({
      rank: 4,
      updatedAt: Date.UTC(2016, 2, 5, 12, 0),
    });
  });
});
