import { useEffect, useId, useRef } from 'react';
import {
  type FieldLabels,
  type FormProblems,
  summaryItems,
} from './field-problems';
import './forms.css';

/**
 * Moves to a field by its input's `name`: the summary's links are how a person
 * gets there. The summary's own form first, as one page may hold several
 * forms with the same names (a checklist's task editors).
 */
function focusField(name: string, summary: HTMLElement | null): void {
  const form = summary?.closest('form');
  const inForm = form
    ? form.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`)
    : null;
  const control = inForm ?? document.getElementsByName(name)[0];
  if (!control) return;
  control.scrollIntoView({ block: 'center' });
  control.focus();
}

export type ErrorSummaryProps = {
  problems: FormProblems;
  labels: FieldLabels;
  /** Changes on each failed submit, so the summary takes focus again. */
  attempt: number;
  title?: string;
};

/**
 * The GOV.UK Design System's error summary: at the top of a long form, after
 * a failed submit, one link per field problem (in form order) that moves to
 * the field, and any problem with no field of its own. It takes focus, so a
 * screen reader reads it and a keyboard starts from it.
 */
export function ErrorSummary({
  problems,
  labels,
  attempt,
  title = 'There is a problem',
}: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const items = summaryItems(problems.fields, labels);
  const shown = items.length + problems.other.length > 0;
  useEffect(() => {
    if (shown && attempt > 0) ref.current?.focus();
  }, [attempt, shown]);
  if (!shown) return null;
  return (
    <div
      ref={ref}
      className="ui-banner ui-banner--danger form-error-summary"
      role="alert"
      tabIndex={-1}
      aria-labelledby={titleId}
      data-testid="error-summary"
    >
      <div className="ui-banner__content">
        <h2 className="ui-banner__title form-error-summary__title" id={titleId}>
          {title}
        </h2>
        <ul className="ui-banner__list">
          {problems.other.map((message) => (
            <li key={message}>{message}</li>
          ))}
          {/* Each message already names its field in the form's words. */}
          {items.map(({ name, message }) => (
            <li key={name}>
              <a
                href={`#${name}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusField(name, ref.current);
                }}
              >
                {message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
