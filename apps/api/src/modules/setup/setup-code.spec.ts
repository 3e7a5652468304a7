import {
  newSetupCode,
  normaliseSetupCode,
  setupCodeMatches,
} from './setup-code';

describe('setup code', () => {
  it('is four groups of four unambiguous characters (at least 12 characters, api.md)', () => {
    const code = newSetupCode();
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{4}(-[A-HJKMNP-Z2-9]{4}){3}$/);
    expect(normaliseSetupCode(code)).toHaveLength(16);
  });

  it('differs from one start to the next', () => {
    const codes = new Set(Array.from({ length: 50 }, newSetupCode));
    expect(codes.size).toBe(50);
  });

  it('forgives case, spaces and dashes but nothing else', () => {
    expect(
      setupCodeMatches(' k7qm 2xrd-9pwt-hc4n ', 'K7QM-2XRD-9PWT-HC4N'),
    ).toBe(true);
    expect(setupCodeMatches('K7QM-2XRD-9PWT-HC4M', 'K7QM-2XRD-9PWT-HC4N')).toBe(
      false,
    );
    expect(setupCodeMatches('', 'K7QM-2XRD-9PWT-HC4N')).toBe(false);
  });
});
