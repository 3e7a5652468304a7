/**
 * Who is calling. The instance administrator is the holder of ADMIN_TOKEN;
 * a user comes with a session (dashboard) or a personal API token (scripts).
 */
export type Principal =
  | { kind: 'instance-admin' }
  | {
      kind: 'user';
      userId: string;
      via: 'session' | 'api-token';
      credentialId: string;
    };

export const INSTANCE_ADMIN_USER_ID = '00000000-0000-0000-0000-000000000000';
