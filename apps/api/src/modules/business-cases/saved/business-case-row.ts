import type { OwningRow } from '../../auth/authorize.decorator';

/**
 * A saved case, for @Authorize on the operations that name one: it belongs
 * to its organisation as a whole (no department), and another
 * organisation's case answers NOT_FOUND like one that does not exist.
 */
export const BUSINESS_CASE_ROW: OwningRow = {
  name: 'business case',
  ownerSql:
    'SELECT organization_id, NULL AS department_id FROM business_case WHERE id = $1',
};
