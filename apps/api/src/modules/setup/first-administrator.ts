import { DataSource } from 'typeorm';
import {
  MembershipEntity,
  OrganizationEntity,
  UserEntity,
} from '@esm-planner/api-data-access-db';
import { AppError, FieldProblem } from '../../common/app-error';
import { hashPassword } from '../auth/password-hasher';
import { organizationProblems } from '../organizations/organization-draft';
import { normaliseEmail, userProblems } from '../people/user-draft';

/** The first ADMIN and their organisation, as the setup page and `cli admin create` give them. */
export type FirstAdministratorDraft = {
  email: string;
  name: string;
  password: string;
  organizationName: string;
  timeZone: string;
  currency: string;
};

export type FirstAdministrator = {
  user: UserEntity;
  organization: OrganizationEntity;
};

// The organisation's own rules name its field `name`; here that is `organizationName`.
const ORGANIZATION_FIELDS: Record<string, string> = {
  name: 'organizationName',
};

function tidy(draft: FirstAdministratorDraft): FirstAdministratorDraft {
  return {
    email: normaliseEmail(draft.email),
    name: draft.name.trim(),
    password: draft.password,
    organizationName: draft.organizationName.trim(),
    timeZone: draft.timeZone.trim(),
    currency: draft.currency.trim().toUpperCase(),
  };
}

/** Field problems of the draft, named as CompleteSetupInput names its fields (empty when valid). */
export function firstAdministratorProblems(
  draft: FirstAdministratorDraft,
): FieldProblem[] {
  const tidied = tidy(draft);
  const organization = organizationProblems({
    name: tidied.organizationName,
    timeZone: tidied.timeZone,
    currency: tidied.currency,
  });
  return [
    ...userProblems(tidied),
    ...organization.map((problem) => ({
      ...problem,
      field: ORGANIZATION_FIELDS[problem.field] ?? problem.field,
    })),
  ];
}

export const SETUP_DONE_MESSAGE =
  'this instance is already set up: sign in, or ask an ADMIN for an account';

/**
 * Creates the first user, the first organisation and the user's ADMIN
 * membership in one transaction — only while no user exists at all
 * (CONFLICT after). An advisory lock makes two attempts at once create one
 * administrator, whether they come from the setup page or the CLI.
 */
export async function createFirstAdministrator(
  dataSource: DataSource,
  draft: FirstAdministratorDraft,
): Promise<FirstAdministrator> {
  const problems = firstAdministratorProblems(draft);
  if (problems.length > 0) throw AppError.badInput(problems);
  const tidied = tidy(draft);
  // Hashed before the transaction: argon2 takes a while, the lock should not.
  const passwordHash = await hashPassword(tidied.password);
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
      'esm-planner:first-administrator',
    ]);
    if ((await manager.count(UserEntity)) > 0)
      throw new AppError('CONFLICT', SETUP_DONE_MESSAGE);
    const user = await manager.save(
      manager.create(UserEntity, {
        email: tidied.email,
        name: tidied.name,
        passwordHash,
      }),
    );
    const organization = await manager.save(
      manager.create(OrganizationEntity, {
        name: tidied.organizationName,
        timeZone: tidied.timeZone,
        currency: tidied.currency,
      }),
    );
    await manager.save(
      manager.create(MembershipEntity, {
        organizationId: organization.id,
        userId: user.id,
        role: 'ADMIN',
      }),
    );
    return { user, organization };
  });
}
