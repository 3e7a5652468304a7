import { randomUUID } from 'node:crypto';
import type { Role } from '@esm-planner/domain-access';
import { TEST_PASSWORD, TestApi } from './test-api';

const CREATE_ORGANIZATION = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name } }`;
const CREATE_DEPARTMENT = `mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id name kind } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email } }`;
const ADD_MEMBERSHIP = `mutation($input: MembershipInput!) { addMembership(input: $input) { id role departmentIds } }`;
const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token expiresAt } }`;

export type OrganizationFixture = {
  id: string;
  departments: { it: string; hr: string; finance: string };
};

/** An organisation with IT, HR and Finance, created by the instance admin. */
export async function buildOrganization(
  api: TestApi,
  name = `Org ${randomUUID()}`,
): Promise<OrganizationFixture> {
  const { createOrganization } = await api.ok(CREATE_ORGANIZATION, {
    input: { name },
  });
  const department = async (departmentName: string, kind: string) =>
    (
      await api.ok(CREATE_DEPARTMENT, {
        input: {
          organizationId: createOrganization.id,
          name: departmentName,
          kind,
        },
      })
    ).createDepartment.id as string;
  return {
    id: createOrganization.id,
    departments: {
      it: await department('IT', 'IT'),
      hr: await department('HR', 'HR'),
      finance: await department('Finance', 'FINANCE'),
    },
  };
}

/** A user with the role in the organisation, logged in: returns their session token. */
export async function buildMember(
  api: TestApi,
  organizationId: string,
  role: Role,
  departmentIds: string[] = [],
): Promise<{ userId: string; email: string; token: string }> {
  const email = `${role.toLowerCase()}-${randomUUID()}@example.test`;
  const { createUser } = await api.ok(CREATE_USER, {
    input: { email, name: `${role} person`, password: TEST_PASSWORD },
  });
  await api.ok(ADD_MEMBERSHIP, {
    input: { organizationId, userId: createUser.id, role, departmentIds },
  });
  const { login } = await api.ok(
    LOGIN,
    { email, password: TEST_PASSWORD },
    null,
  );
  return { userId: createUser.id, email, token: login.token };
}

export const QUERIES = {
  CREATE_ORGANIZATION,
  CREATE_DEPARTMENT,
  CREATE_USER,
  ADD_MEMBERSHIP,
  LOGIN,
};
