import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  describeApiError,
  DisableUserDocument,
  EnableUserDocument,
  EndSessionsDocument,
  type OrganizationMembersQuery,
  RemoveMembershipDocument,
} from '@esm-planner/dashboard-data-access-graphql';
import { doneText, type PersonAction } from './people-actions';

export type Member = OrganizationMembersQuery['organizationMembers'][number];
export type PendingPersonAction = { action: PersonAction; member: Member };

/** What an ADMIN asked to do to a member, its run once confirmed, and what came of it. */
export function usePersonActions(
  organizationId: string,
  refetch: () => Promise<unknown>,
) {
  const [remove] = useMutation(RemoveMembershipDocument);
  const [disable] = useMutation(DisableUserDocument);
  const [enable] = useMutation(EnableUserDocument);
  const [endSessions] = useMutation(EndSessionsDocument);
  const [pending, setPending] = useState<PendingPersonAction | null>(null);
  const [working, setWorking] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const ask = (action: PersonAction, member: Member) => {
    setDone(null);
    setFailure(null);
    setPending({ action, member });
  };

  const run = async ({ action, member }: PendingPersonAction) => {
    setWorking(true);
    setFailure(null);
    try {
      const userId = member.userId;
      let ended: number | undefined;
      if (action === 'remove')
        await remove({
          variables: { organizationId, userId },
        });
      if (action === 'disable') await disable({ variables: { userId } });
      if (action === 'enable') await enable({ variables: { userId } });
      if (action === 'end-sessions')
        ended = (await endSessions({ variables: { userId } })).data
          ?.endSessions;
      setDone(doneText(action, member.name, ended));
      setPending(null);
      await refetch();
    } catch (error) {
      setFailure(describeApiError(error));
    } finally {
      setWorking(false);
    }
  };

  const cancel = () => setPending(null);
  return { pending, working, done, failure, ask, run, cancel };
}
