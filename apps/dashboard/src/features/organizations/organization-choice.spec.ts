import { pickOrganization } from './organization-choice';

const ACME = { id: 'acme', name: 'Acme' };
const GLOBEX = { id: 'globex', name: 'Globex' };

describe(pickOrganization.name, () => {
  it('reopens the organisation chosen last time', () => {
    expect(pickOrganization([ACME, GLOBEX], 'globex')).toBe(GLOBEX);
  });

  it('falls back to the first one when the remembered one is gone', () => {
    expect(pickOrganization([ACME, GLOBEX], 'initech')).toBe(ACME);
  });

  it('falls back to the first one when nothing was remembered', () => {
    expect(pickOrganization([ACME, GLOBEX], null)).toBe(ACME);
  });

  it('returns null for a person without organisations', () => {
    expect(pickOrganization([], 'acme')).toBeNull();
  });
});
