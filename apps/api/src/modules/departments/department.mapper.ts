import { DepartmentEntity } from '@esm-planner/api-data-access-db';
import {
  DepartmentKind,
  DepartmentStatus,
  vocabularyFor,
} from '@esm-planner/domain-departments';
import { Department } from './dto/department.object';

export function toDepartment(entity: DepartmentEntity): Department {
  const kind = entity.kind as DepartmentKind;
  return {
    id: entity.id,
    organizationId: entity.organizationId,
    name: entity.name,
    kind,
    status: entity.status as DepartmentStatus,
    vocabulary: vocabularyFor({ kind, vocabulary: entity.vocabulary }),
    vocabularyIsDefault: !entity.vocabulary,
    serviceOwner: entity.serviceOwner,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}

/** Lists departments in programme order: IT, HR, FINANCE, … then by name. */
export function compareDepartments(
  a: Department,
  b: Department,
  kindOrder: readonly string[],
): number {
  return (
    kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) ||
    a.name.localeCompare(b.name, 'en')
  );
}
