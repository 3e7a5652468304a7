import { DEFAULT_DEMO_PASSWORD, demoSeedDecision } from './demo-seed-policy';

describe(demoSeedDecision.name, () => {
  const base = {
    seedDemo: undefined,
    embeddedDatabase: false,
    demoPassword: undefined,
    production: false,
  };

  it('seeds the embedded database of `npm start` by default, with the published password', () => {
    expect(demoSeedDecision({ ...base, embeddedDatabase: true })).toEqual({
      seed: true,
      password: DEFAULT_DEMO_PASSWORD,
    });
  });

  it('does not seed a DATABASE_URL server unless SEED_DEMO=true', () => {
    expect(demoSeedDecision(base)).toEqual({ seed: false });
    expect(demoSeedDecision({ ...base, production: true })).toEqual({
      seed: false,
    });
    expect(demoSeedDecision({ ...base, seedDemo: true })).toEqual({
      seed: true,
      password: DEFAULT_DEMO_PASSWORD,
    });
    expect(
      demoSeedDecision({
        ...base,
        seedDemo: true,
        demoPassword: 'a-chosen-password',
      }),
    ).toEqual({
      seed: true,
      password: 'a-chosen-password',
    });
  });

  it('lets SEED_DEMO=false turn the embedded demo off', () => {
    expect(
      demoSeedDecision({ ...base, embeddedDatabase: true, seedDemo: false }),
    ).toEqual({ seed: false });
  });

  it('never seeds a production server with the published password', () => {
    expect(() =>
      demoSeedDecision({ ...base, production: true, seedDemo: true }),
    ).toThrow(
      'SEED_DEMO=true with NODE_ENV=production needs DEMO_PASSWORD: the default demo password is published',
    );
    expect(
      demoSeedDecision({
        ...base,
        production: true,
        seedDemo: true,
        demoPassword: 'a-chosen-password',
      }),
    ).toEqual({
      seed: true,
      password: 'a-chosen-password',
    });
    expect(() =>
      demoSeedDecision({
        ...base,
        production: true,
        seedDemo: true,
        demoPassword: DEFAULT_DEMO_PASSWORD,
      }),
    ).toThrow();
  });
});
