/** What the People page can do to a member, and what it asks before doing it. */
export type PersonAction = 'remove' | 'disable' | 'enable' | 'end-sessions';

export type ConfirmText = {
  question: string;
  consequence: string;
  confirm: string;
};

/** The question, its consequence in plain words, and the confirm button's label. */
export function confirmText(
  action: PersonAction,
  name: string,
  organizationName: string,
): ConfirmText {
  switch (action) {
    case 'remove':
      return {
        question: `Remove ${name} from ${organizationName}?`,
        consequence:
          'They lose their role and every view of this organisation at once. Their account stays.',
        confirm: 'Remove from organisation',
      };
    case 'disable':
      return {
        question: `Disable ${name}’s account?`,
        consequence:
          'They cannot sign in, they are signed out everywhere, and their API tokens stop working until the account is enabled again.',
        confirm: 'Disable account',
      };
    case 'enable':
      return {
        question: `Enable ${name}’s account again?`,
        consequence: 'They can sign in again and their API tokens work again.',
        confirm: 'Enable account',
      };
    case 'end-sessions':
      return {
        question: `Sign ${name} out everywhere?`,
        consequence:
          'Every dashboard session of theirs ends; they can sign in again. Their API tokens keep working.',
        confirm: 'Sign out everywhere',
      };
  }
}

/** What to say once it is done. */
export function doneText(
  action: PersonAction,
  name: string,
  ended?: number,
): string {
  switch (action) {
    case 'remove':
      return `${name} was removed from the organisation.`;
    case 'disable':
      return `${name}’s account is disabled.`;
    case 'enable':
      return `${name}’s account is enabled.`;
    case 'end-sessions':
      return ended === 1
        ? `${name} was signed out of 1 session.`
        : `${name} was signed out of ${ended ?? 0} sessions.`;
  }
}
