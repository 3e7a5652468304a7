import {
  DEFAULT_VOCABULARY,
  pluralizeVocabulary,
  vocabularyFor,
} from './vocabulary';

describe(vocabularyFor.name, () => {
  it.each([
    ['IT', 'ticket'],
    ['HR', 'request'],
    ['FINANCE', 'approval'],
    ['LEGAL', 'matter'],
    ['FACILITIES', 'request'],
    ['PROCUREMENT', 'purchase request'],
    ['SECURITY', 'case'],
    ['OTHER', 'request'],
  ] as const)('defaults %s to "%s" (domain §1)', (kind, word) => {
    expect(vocabularyFor({ kind })).toBe(word);
    expect(DEFAULT_VOCABULARY[kind]).toBe(word);
  });

  it('prefers the department’s own word, trimmed', () => {
    expect(vocabularyFor({ kind: 'HR', vocabulary: '  case  ' })).toBe('case');
  });

  it.each([null, '', '   '])(
    'falls back to the default for %p',
    (vocabulary) => {
      expect(vocabularyFor({ kind: 'LEGAL', vocabulary })).toBe('matter');
    },
  );
});

describe(pluralizeVocabulary.name, () => {
  it.each([
    ['ticket', 2, 'tickets'],
    ['ticket', 1, 'ticket'],
    ['ticket', 0, 'tickets'],
    ['purchase request', 3, 'purchase requests'],
    ['case', 2, 'cases'],
    ['matter', 2, 'matters'],
    ['inquiry', 2, 'inquiries'],
    ['day', 2, 'days'],
    ['box', 2, 'boxes'],
    ['approval', 1261, 'approvals'],
  ])('%s × %d → %s', (word, count, expected) => {
    expect(pluralizeVocabulary(word, count)).toBe(expected);
  });
});
