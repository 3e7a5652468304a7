import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DepartmentEntity } from '@esm-planner/api-data-access-db';
import { departmentNameKey, kindFromName } from '@esm-planner/domain-departments';
import { ImportJobOptions, ReportedError } from './importers/importer';

/** Where a department name first appears in the file, for error messages. */
export type DepartmentMention = { name: string; line: number; column: number };

export type DepartmentResolution =
  | { ok: true; idByKey: Map<string, string>; created: string[] }
  | { ok: false; errors: ReportedError[] };

/**
 * Turns the department names of a file into the organisation's departments:
 * through the import's mapping, by name (case and spacing ignored), created
 * when the import allows it — and only those the requester may import into.
 * Runs inside the import's transaction, so created departments vanish with a
 * failed import.
 */
@Injectable()
export class ImportDepartments {
  async resolve(
    manager: EntityManager,
    organizationId: string,
    mentions: Map<string, DepartmentMention>,
    options: ImportJobOptions,
  ): Promise<DepartmentResolution> {
    const existing = await manager.find(DepartmentEntity, { where: { organizationId } });
    const byKey = new Map(existing.map((department) => [department.nameKey, department]));
    const mapping = new Map((options.departmentMapping ?? []).map((m) => [departmentNameKey(m.source), m.department.trim()]));
    const allowed = options.allowedDepartmentIds ?? 'ALL';
    const idByKey = new Map<string, string>();
    const created: string[] = [];
    const errors: ReportedError[] = [];

    for (const [key, mention] of mentions) {
      const targetName = mapping.get(key) ?? mention.name;
      let department = byKey.get(departmentNameKey(targetName));
      if (!department && options.createDepartments && allowed === 'ALL') {
        department = await manager.save(
          manager.create(DepartmentEntity, {
            organizationId,
            name: targetName,
            nameKey: departmentNameKey(targetName),
            kind: kindFromName(targetName),
            status: 'PLANNED',
          }),
        );
        byKey.set(department.nameKey, department);
        created.push(department.name);
      }
      if (!department) {
        const known = existing.map((d) => d.name).join(', ') || 'none yet';
        const mapped = mapping.has(key) ? ` (mapped to "${targetName}")` : '';
        errors.push({
          line: mention.line,
          column: mention.column,
          message: `unknown department "${mention.name}"${mapped}; known departments: ${known}. Map it to one, or import with createDepartments`,
          value: mention.name,
        });
      } else if (allowed !== 'ALL' && !allowed.includes(department.id)) {
        errors.push({
          line: mention.line,
          column: mention.column,
          message: `you may import only into your own departments, not into "${department.name}"`,
          value: mention.name,
        });
      } else {
        idByKey.set(key, department.id);
      }
    }
    return errors.length > 0 ? { ok: false, errors } : { ok: true, idByKey, created };
  }
}
