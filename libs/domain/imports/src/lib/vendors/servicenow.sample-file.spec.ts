import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mapVendorHeader, VendorRequestRow } from './vendor-mapping';
import { SERVICENOW_MAPPING } from './servicenow';
import { isLaterVersion } from './vendor-mappings';

// The first 3,000 rows of a real ServiceNow incident event log (UCI; see
// tests/fixtures/README.md for the citation).
const FILE = join(__dirname, '../../../../../../tests/fixtures/servicenow-incident-event-log-sample.csv');

describe('the real ServiceNow event-log sample', () => {
  // Expected figures counted independently (Python csv + strptime('%d/%m/%Y %H:%M'),
  // latest row per number by (sys_mod_count, sys_updated_at)): 3,000 rows,
  // 447 incidents, all resolved; 231 deflected (knowledge = true and
  // reassignment_count = 0), 216 by an agent; 5 reopened; made_sla true 294.
  it('reads every row and keeps one version per incident', () => {
    const text = readFileSync(FILE, 'utf8');
    expect(text).not.toContain('"'); // a plain split is a correct CSV reader for this file
    const [header, ...lines] = text.split(/\r?\n/).filter((line) => line !== '');
    const mapped = mapVendorHeader({ header: header.split(','), columns: SERVICENOW_MAPPING.columns, label: SERVICENOW_MAPPING.label });
    if (!mapped.ok) throw new Error(mapped.errors[0].message);
    const latest = new Map<string, VendorRequestRow>();
    lines.forEach((line, index) => {
      const result = SERVICENOW_MAPPING.readRecord({ record: line.split(','), line: index + 2, headerWidth: mapped.headerWidth, columns: mapped.columns, timeZone: 'UTC' });
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      const kept = latest.get(result.row.externalId);
      if (!kept || isLaterVersion(result.row.version!, kept.version!)) latest.set(result.row.externalId, result.row);
    });
    expect(lines).toHaveLength(3000);
    const incidents = [...latest.values()];
    expect(incidents).toHaveLength(447);
    const count = (predicate: (row: VendorRequestRow) => boolean) => incidents.filter(predicate).length;
    expect(count((row) => row.resolution === 'DEFLECTED')).toBe(231);
    expect(count((row) => row.resolution === 'AGENT')).toBe(216);
    expect(count((row) => row.reopened === true)).toBe(5);
    expect(count((row) => row.slaMet === true)).toBe(294);
    expect(count((row) => row.channel === 'PHONE')).toBe(447);
    // INC0000045's last update is sys_mod_count 4 (Closed on 5/3/2016 12:00).
    expect(latest.get('INC0000045')?.version).toEqual({ rank: 4, updatedAt: Date.UTC(2016, 2, 5, 12, 0) });
  });
});
