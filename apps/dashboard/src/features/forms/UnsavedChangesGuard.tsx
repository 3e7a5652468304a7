import { useEffect, useRef } from 'react';
import { Button } from '@esm-planner/dashboard-ui';
import { useNavigationBlocker } from '../../app/routing/navigation-blocker';
import './forms.css';

export const LEAVE_QUESTION = 'Leave without saving?';

/**
 * Asks before a form with unsaved changes is left: a link inside the app or
 * the back button (useNavigationBlocker) opens a dialog to stay or leave;
 * closing the tab or reloading gets the browser's own question
 * (`beforeunload`, which the same block sets).
 * Render it inside the form's component with `when` = "the form differs
 * from what was loaded"; a save that succeeds makes it clean again.
 */
export function UnsavedChangesGuard({
  when,
  what = 'your changes',
}: {
  when: boolean;
  what?: string;
}) {
  const blocker = useNavigationBlocker(when);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (blocker.state === 'blocked' && !element.open) element.showModal();
    if (blocker.state !== 'blocked' && element.open) element.close();
  }, [blocker.state]);

  return (
    <dialog
      ref={dialog}
      className="form-leave-dialog"
      aria-labelledby="form-leave-title"
      data-testid="unsaved-changes-dialog"
      // Escape means "stay".
      onCancel={() => blocker.reset?.()}
    >
      <h2 id="form-leave-title" className="form-leave-dialog__title">
        {LEAVE_QUESTION}
      </h2>
      <p>You have not saved {what}. If you leave this page, they are lost.</p>
      <div className="form-leave-dialog__actions">
        <Button
          variant="primary"
          onClick={() => blocker.reset?.()}
          testId="unsaved-stay"
        >
          Stay on this page
        </Button>
        <Button
          variant="secondary"
          onClick={() => blocker.proceed?.()}
          testId="unsaved-leave"
        >
          Leave without saving
        </Button>
      </div>
    </dialog>
  );
}
