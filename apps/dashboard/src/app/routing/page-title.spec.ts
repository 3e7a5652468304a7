import { pageTitle } from './page-title';

describe(pageTitle.name, () => {
  it('puts the page first and the app name last', () => {
    expect(pageTitle('Overview', 'Acme Corp')).toBe(
      'Overview · Acme Corp · ESM Planner',
    );
  });

  it('skips parts that are not loaded yet', () => {
    expect(pageTitle('Overview', undefined, ' ')).toBe(
      'Overview · ESM Planner',
    );
  });

  it('is just the app name without parts', () => {
    expect(pageTitle()).toBe('ESM Planner');
  });
});
