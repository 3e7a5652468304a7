import { initialSetupValues, setupInput } from './setup-form';

describe('setup form', () => {
  it('starts in the given zone and US dollars, everything else empty', () => {
    expect(initialSetupValues('Europe/Paris')).toEqual({
      setupCode: '',
      name: '',
      email: '',
      password: '',
      organizationName: '',
      timeZone: 'Europe/Paris',
      currency: 'USD',
    });
  });

  it('sends trimmed text and the currency in capitals, the password untouched', () => {
    expect(
      setupInput({
        setupCode: ' k7qm-2xrd ',
        name: ' Ada ',
        email: ' ada@example.test ',
        password: ' spaced password ',
        organizationName: ' Acme ',
        timeZone: 'UTC',
        currency: ' eur',
      }),
    ).toEqual({
      setupCode: 'k7qm-2xrd',
      name: 'Ada',
      email: 'ada@example.test',
      password: ' spaced password ',
      organizationName: 'Acme',
      timeZone: 'UTC',
      currency: 'EUR',
    });
  });
});
