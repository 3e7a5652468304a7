/**
 * The sign that a save worked, beside the button that saved: a polite live
 * region, so a screen reader says it too ("Saved as version 3.").
 */
export function SaveConfirmation({ message }: { message: string | null }) {
  return (
    <span className="form-status" role="status" data-testid="save-confirmation">
      {message ?? ''}
    </span>
  );
}
