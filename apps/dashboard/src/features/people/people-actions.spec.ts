import { confirmText, doneText } from './people-actions';

describe(confirmText.name, () => {
  it('names the person and the organisation, and says what follows', () => {
    expect(confirmText('remove', 'Ada Lovelace', 'Northwind')).toEqual({
      question: 'Remove Ada Lovelace from Northwind?',
      consequence:
        'They lose their role and every view of this organisation at once. Their account stays.',
      confirm: 'Remove from organisation',
    });
    expect(confirmText('disable', 'Ada', 'Northwind').confirm).toBe(
      'Disable account',
    );
    expect(
      confirmText('end-sessions', 'Ada', 'Northwind').consequence,
    ).toContain('API tokens keep working');
  });
});

describe(doneText.name, () => {
  it('counts sessions with the right plural', () => {
    expect(doneText('end-sessions', 'Ada', 1)).toBe(
      'Ada was signed out of 1 session.',
    );
    expect(doneText('end-sessions', 'Ada', 0)).toBe(
      'Ada was signed out of 0 sessions.',
    );
    expect(doneText('end-sessions', 'Ada', 3)).toBe(
      'Ada was signed out of 3 sessions.',
    );
    expect(doneText('disable', 'Ada')).toBe('Ada’s account is disabled.');
  });
});
