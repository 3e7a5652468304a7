import { useEffect, useId, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  CancelImportDocument,
  describeApiError,
} from '@esm-planner/dashboard-data-access-graphql';
import { Button, ErrorBanner, Icon } from '@esm-planner/dashboard-ui';

export type CancelImportButtonProps = {
  jobId: string;
  fileName: string | null;
};

/**
 * "Cancel import", asked twice: the first click shows what stopping means
 * and the safe choice has the focus; Escape keeps the import going.
 */
export function CancelImportButton({
  jobId,
  fileName,
}: CancelImportButtonProps) {
  const [confirming, setConfirming] = useState(false);
  const [cancel, { loading, error }] = useMutation(CancelImportDocument);
  const keepRef = useRef<HTMLDivElement>(null);
  const openerRef = useRef<HTMLDivElement>(null);
  const questionId = useId();

  useEffect(() => {
    if (confirming) keepRef.current?.querySelector('button')?.focus();
  }, [confirming]);

  const close = () => {
    setConfirming(false);
    // Back to the button that opened the question, for keyboard users.
    requestAnimationFrame(() =>
      openerRef.current?.querySelector('button')?.focus(),
    );
  };

  const confirm = async () => {
    const result = await cancel({ variables: { id: jobId } }).catch(() => null);
    if (result?.data) setConfirming(false);
  };

  return (
    <div className="import-cancel" data-testid="import-cancel">
      {confirming ? (
        <div
          className="import-cancel__confirm"
          role="group"
          aria-labelledby={questionId}
          onKeyDown={(event) => {
            if (event.key === 'Escape') close();
          }}
        >
          <p id={questionId} className="import-cancel__question">
            Stop the import of {fileName ?? 'this file'}? Nothing of it will be
            stored; you can import the file again later.
          </p>
          <div className="import-cancel__actions">
            <div ref={keepRef}>
              <Button
                onClick={close}
                disabled={loading}
                testId="keep-importing"
              >
                Keep importing
              </Button>
            </div>
            <Button
              variant="danger"
              loading={loading}
              onClick={() => void confirm()}
              testId="confirm-cancel-import"
            >
              Stop the import
            </Button>
          </div>
        </div>
      ) : (
        <div ref={openerRef}>
          <Button
            icon={<Icon name="close" />}
            onClick={() => setConfirming(true)}
            testId="cancel-import"
          >
            Cancel import
          </Button>
        </div>
      )}
      {error ? (
        <ErrorBanner
          title="The import could not be cancelled"
          messages={[describeApiError(error)]}
        />
      ) : null}
    </div>
  );
}
