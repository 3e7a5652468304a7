import { Link } from 'react-router';
import type { GettingStartedStep } from '@esm-planner/dashboard-data-access-graphql';
import {
  Badge,
  Card,
  ProgressBar,
  VisuallyHidden,
} from '@esm-planner/dashboard-ui';
import { progressText, STEP_TEXT } from './getting-started-steps';

type Props = {
  organizationId: string;
  steps: readonly { step: GettingStartedStep; done: boolean }[];
};

/** The checklist a new organisation opens on; each step ticks itself once the organisation has its data. */
export function GettingStartedCard({ organizationId, steps }: Props) {
  const done = steps.filter((item) => item.done).length;
  return (
    <Card
      as="section"
      title="Getting started"
      testId="getting-started"
      aside={
        <Badge tone={done === 0 ? 'neutral' : 'info'}>
          {progressText(done, steps.length)}
        </Badge>
      }
      className="getting-started"
    >
      <ProgressBar
        value={(100 * done) / steps.length}
        label="Getting started"
        valueText={progressText(done, steps.length)}
        tone={done === steps.length ? 'success' : 'progress'}
      />
      <ol className="getting-started__steps">
        {steps.map(({ step, done: stepDone }) => {
          const text = STEP_TEXT[step];
          return (
            <li
              key={step}
              className={`getting-started__step${stepDone ? ' getting-started__step--done' : ''}`}
              data-testid={`getting-started-${step}`}
              data-done={stepDone}
            >
              <span className="getting-started__tick" aria-hidden="true">
                {stepDone ? '✓' : ''}
              </span>
              <div className="getting-started__text">
                <p className="getting-started__title">
                  {text.title}
                  <VisuallyHidden>
                    {stepDone ? ' (done)' : ' (to do)'}
                  </VisuallyHidden>
                </p>
                <p className="getting-started__description">
                  {text.description}
                </p>
              </div>
              <Link
                className="getting-started__link"
                to={text.path(organizationId)}
              >
                {stepDone ? `${text.link}` : `Go to ${text.link.toLowerCase()}`}
              </Link>
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
