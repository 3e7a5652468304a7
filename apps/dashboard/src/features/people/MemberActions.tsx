import { Button } from '@esm-planner/dashboard-ui';
import type { PersonAction } from './people-actions';
import type { Member } from './usePersonActions';

/** The buttons of one member's row; nobody disables or removes themselves. */
export function MemberActions({
  member: m,
  myUserId,
  organizationName,
  onAsk,
}: {
  member: Member;
  myUserId: string;
  organizationName: string;
  onAsk: (action: PersonAction, member: Member) => void;
}) {
  return (
    <div className="people-actions">
      <Button
        size="sm"
        onClick={() => onAsk('end-sessions', m)}
        ariaLabel={`Sign out everywhere: ${m.name}`}
      >
        Sign out everywhere
      </Button>
      {m.userId === myUserId ? null : m.disabled ? (
        <Button
          size="sm"
          onClick={() => onAsk('enable', m)}
          ariaLabel={`Enable ${m.name}’s account`}
        >
          Enable
        </Button>
      ) : (
        <Button
          size="sm"
          onClick={() => onAsk('disable', m)}
          ariaLabel={`Disable ${m.name}’s account`}
        >
          Disable
        </Button>
      )}
      {m.userId === myUserId ? null : (
        <Button
          size="sm"
          variant="ghost"
          onClick={() => onAsk('remove', m)}
          ariaLabel={`Remove ${m.name} from ${organizationName}`}
        >
          Remove
        </Button>
      )}
    </div>
  );
}
