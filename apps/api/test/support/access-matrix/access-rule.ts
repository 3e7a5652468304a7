import type { Role } from '@esm-planner/domain-access';
import {
  GraphQLField,
  GraphQLSchema,
  getNamedType,
  isLeafType,
  isObjectType,
} from 'graphql';
import { Caller, MatrixWorld, Target, TargetName } from './matrix-world';

/**
 * How an operation is scoped (api.md "Who may do what", docs/access.md):
 * - public: anyone, signed in or not;
 * - signedIn: anyone signed in, on their own things (me, tokens, sessions);
 * - instance: ADMIN of any organisation (creating organisations and accounts);
 * - organization: the roles listed, in the organisation the arguments name;
 * - department: the roles listed, on the department the arguments name —
 *   a department head on their own departments only.
 */
export type Scope =
  'public' | 'signedIn' | 'instance' | 'organization' | 'department';

/**
 * How a refusal is answered: an error code, or ROWS_REFUSED for an import
 * whose file names a department the caller may not write — the job is
 * accepted, then fails with a line/column error per row and stores nothing
 * (docs/access.md "Imports are scoped writes").
 */
export type RefusalCode =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'ROWS_REFUSED';

export type RuleContext = {
  world: MatrixWorld;
  target: Target;
  caller: Caller;
};

/** The request a rule makes: its arguments and, when it must not use the caller's session, another token. */
export type RuleRequest = {
  args: Record<string, unknown>;
  token?: string | null;
};

export type AccessRule = {
  roles: readonly Role[];
  scope: Scope;
  /** Minimal valid arguments against the target; may first create what the call needs (as the instance admin). */
  request: (context: RuleContext) => RuleRequest | Promise<RuleRequest>;
  /**
   * How a department head is refused another department's record when that is
   * not FORBIDDEN: an import job a head did not start answers NOT_FOUND, like
   * one that does not exist (decisions/0002); a file naming another department
   * is ROWS_REFUSED.
   */
  headOtherDepartmentAs?: RefusalCode;
};

export const EVERYONE: readonly Role[] = [
  'ADMIN',
  'EXECUTIVE',
  'COE',
  'DEPARTMENT_HEAD',
  'VIEWER',
];
export const MANAGERS: readonly Role[] = ['ADMIN', 'COE'];
/** Who imports, and edits catalogue, plan tasks and enhancement requests: the head on their own departments. */
export const DEPARTMENT_WRITERS: readonly Role[] = [
  'ADMIN',
  'COE',
  'DEPARTMENT_HEAD',
];
export const ADMINS: readonly Role[] = ['ADMIN'];
export const CASE_WRITERS: readonly Role[] = ['ADMIN', 'EXECUTIVE'];

/** Which targets a scope is tried against. */
export function targetsOf(scope: Scope): TargetName[] {
  if (scope === 'department')
    return ['ownDepartment', 'otherDepartment', 'otherOrganisation'];
  if (scope === 'organization') return ['ownOrganisation', 'otherOrganisation'];
  return ['none'];
}

export type Expected =
  { allowed: true } | { allowed: false; codes: RefusalCode[] };

const ALLOWED: Expected = { allowed: true };
const refused = (...codes: RefusalCode[]): Expected => ({
  allowed: false,
  codes,
});

/**
 * The answer api.md promises. Another organisation's ids answer NOT_FOUND,
 * exactly like ids that do not exist; a role that may not do the thing
 * anywhere may be told FORBIDDEN first (that reveals nothing about the id).
 */
export function expectedOutcome(
  rule: AccessRule,
  caller: Caller,
  target: Target,
): Expected {
  if (rule.scope === 'public') return ALLOWED;
  if (caller === 'ANONYMOUS') return refused('UNAUTHENTICATED');
  if (rule.scope === 'signedIn') return ALLOWED;
  const role: Role = caller === 'OUTSIDER' ? 'ADMIN' : caller;
  const mayAnywhere = rule.roles.includes(role);
  if (rule.scope === 'instance')
    return mayAnywhere ? ALLOWED : refused('FORBIDDEN');
  const callerOrganization = caller === 'OUTSIDER' ? 'away' : 'home';
  if (target.organization !== callerOrganization)
    return mayAnywhere
      ? refused('NOT_FOUND')
      : refused('NOT_FOUND', 'FORBIDDEN');
  if (!mayAnywhere) return refused('FORBIDDEN');
  if (
    role === 'DEPARTMENT_HEAD' &&
    rule.scope === 'department' &&
    target.name !== 'ownDepartment'
  )
    return refused(rule.headOtherDepartmentAs ?? 'FORBIDDEN');
  return ALLOWED;
}

/**
 * The operation as a document built from the schema: one variable per
 * argument given, typed as the schema types it, and `__typename` (and `id`)
 * for an object result. So a renamed argument or type fails here, not silently.
 */
export function documentFor(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
): string {
  const given = field.args.filter((arg) => arg.name in args);
  const unknown = Object.keys(args).filter(
    (name) => !field.args.some((arg) => arg.name === name),
  );
  if (unknown.length > 0)
    throw new Error(`${field.name} has no argument ${unknown.join(', ')}`);
  const variables = given
    .map((arg) => `$${arg.name}: ${arg.type.toString()}`)
    .join(', ');
  const call = given.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const named = getNamedType(field.type);
  const withId = isObjectType(named) && 'id' in named.getFields();
  const selection = isLeafType(named)
    ? ''
    : withId
      ? ' { __typename id }'
      : ' { __typename }';
  return `${kind}${variables ? `(${variables})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection} }`;
}

/** Every root Query and Mutation field of the schema, as `Query.name` / `Mutation.name`. */
export function rootOperations(
  schema: GraphQLSchema,
): { kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }[] {
  const query = Object.values(schema.getQueryType()?.getFields() ?? {}).map(
    (field) => ({ kind: 'query' as const, field }),
  );
  const mutation = Object.values(
    schema.getMutationType()?.getFields() ?? {},
  ).map((field) => ({ kind: 'mutation' as const, field }));
  return [...query, ...mutation];
}
