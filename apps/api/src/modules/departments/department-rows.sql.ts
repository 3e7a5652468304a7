// Department reads on the dashboard's hot paths, as plain SQL: rows shaped
// like DepartmentEntity (camelCase aliases), no query building or hydration.
const DEPARTMENT_COLUMNS = `id, organization_id AS "organizationId", name, name_key AS "nameKey", kind, status, vocabulary,
       service_owner AS "serviceOwner", created_at AS "createdAt", updated_at AS "updatedAt"`;

/** The department $1. */
export const DEPARTMENT_BY_ID_SQL = `SELECT ${DEPARTMENT_COLUMNS} FROM department WHERE id = $1`;

/** The departments of the organisations $1 (uuid[]), by name. */
export const DEPARTMENTS_OF_ORGANIZATIONS_SQL = `SELECT ${DEPARTMENT_COLUMNS} FROM department WHERE organization_id = ANY($1::uuid[]) ORDER BY name`;

/** The ids of the organisation $1's departments. */
export const DEPARTMENT_IDS_SQL = `SELECT id FROM department WHERE organization_id = $1`;
