import { targetField } from '@esm-planner/domain-imports';
import {
  AS_READ,
  looksResolved,
  MISSING,
  readAsIs,
  storedValueText,
  suggestValueTarget,
  targetLabel,
  valueTargetOptions,
} from './value-targets';

const field = (name: string) => targetField('REQUESTS', name)!;

describe(valueTargetOptions.name, () => {
  it('offers every channel in words, Other last', () => {
    const options = valueTargetOptions(field('channel'))!;
    expect(options[0]).toEqual({ value: 'EMAIL', label: 'Email' });
    expect(options.at(-1)).toEqual({ value: 'OTHER', label: 'Other' });
    expect(options.map((option) => option.label)).toContain('Walk-up');
  });

  it('offers yes and no for a yes/no field, and free text for a department', () => {
    expect(valueTargetOptions(field('sla_met'))).toEqual([
      { value: 'true', label: 'Yes' },
      { value: 'false', label: 'No' },
    ]);
    expect(valueTargetOptions(field('department'))).toBeNull();
    expect(targetLabel(field('resolution'), 'NO_TOUCH')).toBe(
      'No touch (automated)',
    );
  });
});

describe(suggestValueTarget.name, () => {
  it.each([
    // The facilities sample's channel words.
    ['Phone call', 'PHONE'],
    ['Facilities app', 'PORTAL'],
    ['Kiosk', 'PORTAL'],
    ['Walk-in desk', 'WALK_UP'],
    ['Email', AS_READ], // the reader knows it
    ['Fax', AS_READ], // nothing fits: Other, reported
  ])('channel %s → %p', (value, expected) => {
    expect(suggestValueTarget(field('channel'), value)).toBe(expected);
  });

  it.each([
    ['Y', AS_READ],
    ['N/A', MISSING],
    ['Met', 'true'],
    ['Breached', 'false'],
  ])('sla_met %s → %p', (value, expected) => {
    expect(suggestValueTarget(field('sla_met'), value)).toBe(expected);
  });

  it.each([
    ['Completed', 'AGENT'],
    ['Open', 'UNRESOLVED'],
    ['Cancelled', 'UNRESOLVED'],
    ['agent', AS_READ],
  ])('resolution %s → %p', (value, expected) => {
    expect(suggestValueTarget(field('resolution'), value)).toBe(expected);
  });
});

describe(readAsIs.name, () => {
  it('says what the format’s own reader makes of a value, and when a row would be invalid', () => {
    expect(readAsIs(field('channel'), 'walk-up')).toEqual({
      ok: true,
      text: 'Walk-up',
    });
    expect(readAsIs(field('channel'), 'Fax')).toEqual({
      ok: true,
      text: 'Other (reported)',
    });
    expect(readAsIs(field('sla_met'), 'N/A')).toEqual({
      ok: false,
      text: 'not a yes or no: the row is invalid',
    });
    expect(readAsIs(field('resolution'), '')).toEqual({
      ok: true,
      text: 'missing',
    });
    expect(readAsIs(field('department'), ' HQ ')).toEqual({
      ok: true,
      text: '“HQ”',
    });
  });
});

describe(looksResolved.name, () => {
  it.each([
    ['Resolved', true],
    ['Closed', true],
    ['In review', false],
    ['Triage', false],
  ])('%s → %p', (status, expected) => {
    expect(looksResolved(status)).toBe(expected);
  });
});

describe(storedValueText.name, () => {
  it('says what the import stores in words, never a code', () => {
    expect(storedValueText(field('channel'), 'WALK_UP')).toBe('Walk-up');
    expect(storedValueText(field('resolution'), 'AGENT')).toBe(
      'Resolved by an agent',
    );
    expect(storedValueText(field('sla_met'), 'false')).toBe('No');
    expect(storedValueText(field('department'), '')).toBe('—');
    expect(
      storedValueText(field('opened_at'), '2026-03-05T10:50:00.000Z'),
    ).toMatch(/5 Mar 2026/);
    expect(storedValueText(field('handling_minutes'), '54.5')).toBe('54.5');
  });
});
