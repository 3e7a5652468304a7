import {
  defaultVocabularyFor,
  KIND_OPTIONS,
  STATUS_OPTIONS,
  statusTone,
  vocabularyPlural,
  worksInLabel,
} from './department-labels';

describe(vocabularyPlural.name, () => {
  it.each([
    ['ticket', 'tickets'],
    ['purchase request', 'purchase requests'],
    ['matter', 'matters'],
    ['case', 'cases'],
    ['inquiry', 'inquiries'],
    ['approval', 'approvals'],
  ])('%s → %s', (word, plural) => {
    expect(vocabularyPlural(word)).toBe(plural);
  });
});

describe(worksInLabel.name, () => {
  it("speaks the department's own language", () => {
    expect(worksInLabel('ticket')).toBe('Works in: tickets');
    expect(worksInLabel('purchase request')).toBe(
      'Works in: purchase requests',
    );
  });
});

describe(defaultVocabularyFor.name, () => {
  it("offers each kind's default word", () => {
    expect(defaultVocabularyFor('LEGAL')).toBe('matter');
    expect(defaultVocabularyFor('PROCUREMENT')).toBe('purchase request');
  });

  it('has no suggestion before a kind is chosen', () => {
    expect(defaultVocabularyFor('')).toBeUndefined();
  });
});

describe('select options', () => {
  it('lists the 8 kinds, IT first', () => {
    expect(KIND_OPTIONS.map((option) => option.label)).toEqual([
      'IT',
      'HR',
      'Finance',
      'Legal',
      'Facilities',
      'Procurement',
      'Security',
      'Other',
    ]);
  });

  it('lists the statuses in lifecycle order', () => {
    expect(STATUS_OPTIONS.map((option) => option.value)).toEqual([
      'PLANNED',
      'AUDITING',
      'BUILDING',
      'PILOTING',
      'LIVE',
    ]);
  });
});

describe(statusTone.name, () => {
  it('shows only a live department in green', () => {
    expect(
      STATUS_OPTIONS.filter(
        (option) => statusTone(option.value as never) === 'success',
      ),
    ).toEqual([{ value: 'LIVE', label: 'Live' }]);
  });
});
