import { progressText, STEP_TEXT } from './getting-started-steps';

describe('getting started steps', () => {
  it('links every step to its page in the organisation', () => {
    expect(STEP_TEXT.DEPARTMENTS.path('org-1')).toBe(
      '/organizations/org-1/departments',
    );
    expect(STEP_TEXT.AUDIT.path('org-1')).toBe('/organizations/org-1/imports');
    expect(STEP_TEXT.REQUESTS_OR_METRICS.path('org-1')).toBe(
      '/organizations/org-1/imports',
    );
    expect(STEP_TEXT.ROLLOUT_PLAN.path('org-1')).toBe(
      '/organizations/org-1/rollout',
    );
    expect(STEP_TEXT.BUSINESS_CASE.path('org-1')).toBe(
      '/organizations/org-1/business-cases',
    );
  });

  it('counts the steps done in words', () => {
    expect(progressText(0, 5)).toBe('0 of 5 steps done');
    expect(progressText(1, 1)).toBe('1 of 1 step done');
  });
});
