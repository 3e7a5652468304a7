import {
  errorCountNote,
  errorPlace,
  importFormatLabel,
  importKindLabel,
  importStatusLabel,
  importStatusTone,
} from './import-labels';

describe(importStatusTone.name, () => {
  it('shows success green and failure red', () => {
    expect(importStatusTone('SUCCEEDED')).toBe('success');
    expect(importStatusTone('FAILED')).toBe('danger');
    expect(importStatusLabel('RUNNING')).toBe('Running');
    expect([
      importStatusLabel('CANCELLED'),
      importStatusTone('CANCELLED'),
    ]).toEqual(['Cancelled', 'warning']);
  });
});

describe(importKindLabel.name, () => {
  it('names kinds and formats for people', () => {
    expect(importKindLabel('METRICS')).toBe('Weekly metrics');
    expect(importFormatLabel('JSM')).toBe('Jira Service Management');
  });
});

describe(errorPlace.name, () => {
  it('names the line and, when known, the column', () => {
    expect(errorPlace(12, 3)).toBe('line 12, column 3');
    expect(errorPlace(1, null)).toBe('line 1');
  });
});

describe(errorCountNote.name, () => {
  it('says when only the first problems are listed', () => {
    expect(errorCountNote(100, 250)).toBe(
      'Showing the first 100 of 250 problems.',
    );
  });

  it('says so when every problem is listed', () => {
    expect(errorCountNote(1, 1)).toBe('The one problem found.');
    expect(errorCountNote(3, 3)).toBe('All 3 problems found.');
  });
});
