import type { GettingStartedStep } from '@esm-planner/dashboard-data-access-graphql';
import { PATHS } from '../../app/routing/paths';

export type StepText = {
  title: string;
  description: string;
  link: string;
  path: (organizationId: string) => string;
};

/** What each checklist step asks for, and the page where it is done. */
export const STEP_TEXT: Record<GettingStartedStep, StepText> = {
  DEPARTMENTS: {
    title: 'Add your departments',
    description:
      'IT and the departments you mean to bring onto service management: HR, Finance, Legal, Facilities…',
    link: 'Departments',
    path: PATHS.departments,
  },
  AUDIT: {
    title: 'Import a first audit',
    description:
      'Two weeks of how each department’s requests arrive today (e-mail, phone, walk-in): the baseline every saving is measured against.',
    link: 'Imports',
    path: PATHS.imports,
  },
  REQUESTS_OR_METRICS: {
    title: 'Import request records or weekly metrics',
    description:
      'An export from your service desk (ServiceNow, Jira Service Management, Freshservice or CSV), or weekly figures: deflection and IT stability come from them.',
    link: 'Imports',
    path: PATHS.imports,
  },
  ROLLOUT_PLAN: {
    title: 'Start a first rollout plan',
    description:
      'Pick the first department to move onto the service portal; its plan sets the phases and tasks.',
    link: 'Rollout plans',
    path: PATHS.rollouts,
  },
  BUSINESS_CASE: {
    title: 'Save a first business case',
    description:
      'What the programme costs and saves, with payback and NPV, from your own figures.',
    link: 'Business cases',
    path: PATHS.businessCases,
  },
};

/** "2 of 5 steps done". */
export function progressText(done: number, total: number): string {
  return `${done} of ${total} ${total === 1 ? 'step' : 'steps'} done`;
}
