import { EntityManager } from 'typeorm';
import {
  BusinessCaseEntity,
  BusinessCaseVersionEntity,
} from '@esm-planner/api-data-access-db';
import type { SavedCaseInputs } from '@esm-planner/domain-business-case';
import { AppError } from '../../../common/app-error';
import { isUuid } from '../../../common/is-uuid';

/**
 * Stores the next version of a case inside the caller's transaction: a new
 * case when there is no id, otherwise the organisation's case renamed (its
 * row locked, so two saves number their versions one after the other).
 * Resolves to the case's id.
 */
export async function storeCaseVersion(
  manager: EntityManager,
  {
    organizationId,
    id,
    name,
    saved,
    savedBy,
  }: {
    organizationId: string;
    id: string | null;
    name: string;
    saved: SavedCaseInputs;
    savedBy: string | null;
  },
): Promise<string> {
  let caseId = id;
  if (caseId) {
    const existing = isUuid(caseId)
      ? await manager.findOne(BusinessCaseEntity, {
          where: { organizationId, id: caseId },
          lock: { mode: 'pessimistic_write' },
        })
      : null;
    if (!existing || existing.organizationId !== organizationId)
      throw AppError.notFound('business case');
    await manager.update(
      BusinessCaseEntity,
      { organizationId, id: caseId },
      { name },
    );
  } else {
    caseId = (
      await manager.save(
        manager.create(BusinessCaseEntity, { organizationId, name }),
      )
    ).id;
  }
  const latest = await manager.findOne(BusinessCaseVersionEntity, {
    where: { organizationId, businessCaseId: caseId },
    order: { version: 'DESC' },
  });
  await manager.save(
    manager.create(BusinessCaseVersionEntity, {
      organizationId,
      businessCaseId: caseId,
      version: (latest?.version ?? 0) + 1,
      input: saved as unknown as Record<string, unknown>,
      savedBy,
    }),
  );
  return caseId;
}
