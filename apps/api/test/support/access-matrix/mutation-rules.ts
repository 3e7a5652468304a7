import { randomUUID } from 'node:crypto';
import {
  AccessRule,
  ADMINS,
  CASE_WRITERS,
  DEPARTMENT_WRITERS,
  EVERYONE,
  MANAGERS,
} from './access-rule';
import {
  freshMember,
  MatrixWorld,
  requestsFile,
  secondSession,
  Target,
} from './matrix-world';
import { TEST_PASSWORD } from '../test-api';

const unique = (prefix: string) => `${prefix} ${randomUUID().slice(0, 8)}`;

/** A minimal saved column mapping for request records. */
function mappingInput(organizationId: string, name = 'Matrix mapping') {
  return {
    organizationId,
    name,
    kind: 'REQUESTS',
    fields: [
      { field: 'external_id', column: 'Number' },
      { field: 'department', constant: 'HR' },
      { field: 'request_type', column: 'Type' },
      { field: 'channel', constant: 'EMAIL' },
      { field: 'opened_at', column: 'Opened' },
    ],
  };
}

async function catalogItem(
  world: MatrixWorld,
  target: Target,
): Promise<string> {
  const { upsertCatalogItem } = await world.api.ok(
    `mutation($input: CatalogItemInput!) { upsertCatalogItem(input: $input) { id } }`,
    {
      input: { departmentId: target.departmentId, name: unique('Item') },
    },
  );
  return upsertCatalogItem.id;
}

async function savedMapping(
  world: MatrixWorld,
  target: Target,
): Promise<string> {
  const { saveColumnMapping } = await world.api.ok(
    `mutation($input: ColumnMappingInput!) { saveColumnMapping(input: $input) { id } }`,
    {
      input: mappingInput(target.organizationId, unique('Mapping')),
    },
  );
  return saveColumnMapping.id;
}

async function coeAssignment(world: MatrixWorld, target: Target) {
  const input = {
    organizationId: target.organizationId,
    role: 'TRAINING',
    assignee: unique('Trainer'),
  };
  await world.api.ok(
    `mutation($input: CoeRoleInput!) { assignCoeRole(input: $input) { __typename } }`,
    { input },
  );
  return input;
}

const organizationWrite = (
  roles: AccessRule['roles'],
  request: AccessRule['request'],
): AccessRule => ({ roles, scope: 'organization', request });
const departmentWrite = (
  roles: AccessRule['roles'],
  request: AccessRule['request'],
): AccessRule => ({ roles, scope: 'department', request });

/**
 * Every root mutation: who may call it and how it is scoped (api.md "Who
 * may do what", docs/access.md, decisions/0002). Operations that delete or
 * end something act on a record made for that one call, so every case
 * starts from the same world.
 */
export const MUTATION_RULES: Record<string, AccessRule> = {
  // First run: public, and refused with CONFLICT for everyone once the instance has a user (it has).
  completeSetup: {
    roles: EVERYONE,
    scope: 'public',
    request: () => ({
      args: {
        input: {
          setupCode: 'ABCD-EFGH-JKLM-NPQR',
          email: `${randomUUID()}@example.test`,
          name: 'First admin',
          password: TEST_PASSWORD,
          organizationName: unique('Organisation'),
        },
      },
    }),
  },
  login: {
    roles: EVERYONE,
    scope: 'public',
    request: async ({ world, target }) => ({
      args: {
        email: (await freshMember(world, target)).email,
        password: TEST_PASSWORD,
      },
    }),
  },
  // Ends the session that sent it: a second session of the caller's, not the matrix's own.
  logout: {
    roles: EVERYONE,
    scope: 'signedIn',
    request: async ({ world, caller }) => ({
      args: {},
      token: await secondSession(world, caller),
    }),
  },
  createApiToken: {
    roles: EVERYONE,
    scope: 'signedIn',
    request: () => ({ args: { name: unique('Token') } }),
  },
  revokeApiToken: {
    roles: EVERYONE,
    scope: 'signedIn',
    request: async ({ world, caller }) => {
      // The caller's own token (an ADMIN's for nobody, who is refused before it matters).
      const token = world.callers[caller].token ?? world.callers.ADMIN.token;
      const { createApiToken } = await world.api.ok(
        `mutation($name: String!) { createApiToken(name: $name) { id } }`,
        { name: unique('Token') },
        token,
      );
      return { args: { id: createApiToken.id } };
    },
  },

  // Instance level: an ADMIN of any organisation (decisions/0002).
  createOrganization: {
    roles: ADMINS,
    scope: 'instance',
    request: () => ({ args: { input: { name: unique('Organisation') } } }),
  },
  createUser: {
    roles: ADMINS,
    scope: 'instance',
    request: () => ({
      args: {
        input: {
          email: `${randomUUID()}@example.test`,
          name: 'New person',
          password: TEST_PASSWORD,
        },
      },
    }),
  },

  // People: the organisation's ADMIN, on a person of that organisation.
  addMembership: organizationWrite(ADMINS, async ({ world, target }) => {
    const { userId } = await freshMember(world, target);
    return {
      args: {
        input: {
          organizationId: target.organizationId,
          userId,
          role: 'EXECUTIVE',
          departmentIds: [],
        },
      },
    };
  }),
  removeMembership: organizationWrite(ADMINS, async ({ world, target }) => ({
    args: {
      organizationId: target.organizationId,
      userId: (await freshMember(world, target)).userId,
    },
  })),
  disableUser: organizationWrite(ADMINS, async ({ world, target }) => ({
    args: { userId: (await freshMember(world, target)).userId },
  })),
  enableUser: organizationWrite(ADMINS, async ({ world, target }) => ({
    args: { userId: (await freshMember(world, target)).userId },
  })),
  // Anyone for themselves (people.integration-spec.ts); ADMIN for another person.
  endSessions: organizationWrite(ADMINS, async ({ world, target }) => ({
    args: {
      userId: (await freshMember(world, target)).userId,
      revokeApiTokens: true,
    },
  })),
  updateOrganization: organizationWrite(ADMINS, ({ target }) => ({
    args: { id: target.organizationId, input: { name: unique('Renamed') } },
  })),

  createDepartment: organizationWrite(MANAGERS, ({ target }) => ({
    args: {
      input: {
        organizationId: target.organizationId,
        name: unique('Department'),
        kind: 'OTHER',
      },
    },
  })),
  updateDepartment: departmentWrite(MANAGERS, ({ target }) => ({
    args: { id: target.departmentId, input: { serviceOwner: unique('Owner') } },
  })),
  setDeflectionBenchmark: departmentWrite(MANAGERS, ({ target }) => ({
    args: { departmentId: target.departmentId, benchmark: 0.3 },
  })),

  saveBusinessCase: organizationWrite(CASE_WRITERS, ({ target }) => ({
    args: {
      input: {
        organizationId: target.organizationId,
        name: unique('Case'),
        inputs: {
          loadedHourlyCost: 50,
          oneTimeCosts: 10_000,
          monthlyPlatformCost: 1_000,
          departments: [
            {
              departmentId: target.departmentId,
              monthlyVolume: 100,
              handlingMinutes: 10,
              goLiveMonth: 1,
            },
          ],
        },
      },
    },
  })),

  updateRoadmapSettings: organizationWrite(MANAGERS, ({ target }) => ({
    args: {
      input: {
        organizationId: target.organizationId,
        maxConcurrentRollouts: 2,
      },
    },
  })),
  createRolloutPlan: departmentWrite(MANAGERS, ({ target }) => ({
    args: { departmentId: target.departmentId, startDate: '2026-01-05' },
  })),
  advancePhase: departmentWrite(MANAGERS, ({ target }) => ({
    args: { planId: target.planId },
  })),
  setTaskDone: departmentWrite(DEPARTMENT_WRITERS, ({ target }) => ({
    args: { taskId: target.taskIds[0], done: true },
  })),
  addRolloutTask: departmentWrite(DEPARTMENT_WRITERS, ({ target }) => ({
    args: {
      input: {
        planId: target.planId,
        title: unique('Task'),
        phase: 'AUDIT_AND_DESIGN',
      },
    },
  })),
  updateRolloutTask: departmentWrite(DEPARTMENT_WRITERS, ({ target }) => ({
    args: { id: target.taskIds[1], input: { owner: unique('Owner') } },
  })),

  submitMaturityAssessment: organizationWrite(
    MANAGERS,
    ({ world, target }) => ({
      args: {
        input: {
          organizationId: target.organizationId,
          answers: world.maturityQuestionIds.map((questionId) => ({
            questionId,
            score: 3,
          })),
        },
      },
    }),
  ),
  assignCoeRole: organizationWrite(MANAGERS, ({ target }) => ({
    args: {
      input: {
        organizationId: target.organizationId,
        role: 'REPORTING',
        assignee: unique('Analyst'),
      },
    },
  })),
  unassignCoeRole: organizationWrite(MANAGERS, async ({ world, target }) => ({
    args: { input: await coeAssignment(world, target) },
  })),
  setProgrammeGovernance: organizationWrite(MANAGERS, ({ target }) => ({
    args: {
      input: {
        organizationId: target.organizationId,
        executiveSponsor: unique('Sponsor'),
        steeringGroup: [],
      },
    },
  })),
  upsertCatalogItem: departmentWrite(DEPARTMENT_WRITERS, ({ target }) => ({
    args: {
      input: { departmentId: target.departmentId, name: unique('Item') },
    },
  })),
  deleteCatalogItem: departmentWrite(
    DEPARTMENT_WRITERS,
    async ({ world, target }) => ({
      args: { id: await catalogItem(world, target) },
    }),
  ),
  upsertEnhancementRequest: departmentWrite(
    DEPARTMENT_WRITERS,
    ({ target }) => ({
      args: {
        input: {
          departmentId: target.departmentId,
          title: unique('Enhancement'),
          value: 3,
          effort: 2,
        },
      },
    }),
  ),

  // Imports: ADMIN and COE, a department head for their own departments (every row of the file).
  startImport: {
    ...departmentWrite(DEPARTMENT_WRITERS, ({ target }) => ({
      args: {
        input: {
          organizationId: target.organizationId,
          kind: 'REQUESTS',
          csv: requestsFile(target.departmentName),
        },
      },
    })),
    headOtherDepartmentAs: 'ROWS_REFUSED',
  },
  // The seeded job has finished: who may cancel it is told CONFLICT, anyone else is refused first.
  cancelImport: {
    roles: DEPARTMENT_WRITERS,
    scope: 'department',
    headOtherDepartmentAs: 'NOT_FOUND',
    request: ({ target }) => ({ args: { id: target.importJobId } }),
  },
  createAuditFromRequests: departmentWrite(
    DEPARTMENT_WRITERS,
    ({ target }) => ({
      args: {
        input: {
          organizationId: target.organizationId,
          departmentIds: [target.departmentId],
          windowStart: '2026-03-02',
          windowEnd: '2026-03-15',
        },
      },
    }),
  ),
  // A mapping is organisation-wide: whoever may import saves and deletes any of the organisation's.
  saveColumnMapping: organizationWrite(DEPARTMENT_WRITERS, ({ target }) => ({
    args: { input: mappingInput(target.organizationId) },
  })),
  deleteColumnMapping: organizationWrite(
    DEPARTMENT_WRITERS,
    async ({ world, target }) => ({
      args: { id: await savedMapping(world, target) },
    }),
  ),
};
