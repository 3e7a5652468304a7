import { useEffect, useRef } from 'react';
import { Button, FormActions } from '@esm-planner/dashboard-ui';
import type { confirmText } from './people-actions';
import type { PendingPersonAction } from './usePersonActions';

/** Asks before a person action runs: the question, its consequence, confirm or cancel. */
export function PersonActionConfirm({
  pending,
  question,
  working,
  onConfirm,
  onCancel,
}: {
  pending: PendingPersonAction;
  question: ReturnType<typeof confirmText>;
  working: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const confirmRef = useRef<HTMLDivElement>(null);
  // The question takes the focus, so a keyboard user answers it next.
  useEffect(() => {
    confirmRef.current?.focus();
  }, [pending]);
  return (
    <div
      className="people-confirm"
      role="group"
      aria-label={question.question}
      tabIndex={-1}
      ref={confirmRef}
      data-testid="people-confirm"
    >
      <p className="people-confirm__question">{question.question}</p>
      <p className="muted">{question.consequence}</p>
      <FormActions>
        <Button
          variant={pending.action === 'enable' ? 'primary' : 'danger'}
          loading={working}
          onClick={onConfirm}
          testId="people-confirm-yes"
        >
          {question.confirm}
        </Button>
        <Button variant="ghost" onClick={onCancel} disabled={working}>
          Cancel
        </Button>
      </FormActions>
    </div>
  );
}
