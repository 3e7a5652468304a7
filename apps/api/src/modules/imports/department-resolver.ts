import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { DepartmentEntity } from '@esm-planner/api-data-access-db';
import {
  departmentNameKey,
  kindFromName,
} from '@esm-planner/domain-departments';
import { ImportJobOptions, ReportedError } from './importers/importer';

/** Where a department name first appears in the file, for error messages. */
export type DepartmentMention = {
  name: string;
  line: number;
  column: number | null;
};

/**
 * Resolves names one at a time, as a streaming import meets them, without
 * touching the database (a COPY may hold the connection): departments to
 * create get their id at once and are written by `flush`.
 */
export type DepartmentResolver = {
  resolve(
    mention: DepartmentMention,
  ): { id: string } | { error: ReportedError };
  /** Writes the departments to create — with `used`, only those of these ids (the rest are forgotten). */
  flush(used?: ReadonlySet<string>): Promise<void>;
  readonly created: string[];
};

type Allowed = readonly string[] | 'ALL';

/**
 * The resolver of an organisation's department names (`existing`: its
 * departments): through the import's mapping, by name (case and spacing
 * ignored), created when the import allows it — and only those the
 * requester may import into.
 */
export function departmentResolver(
  manager: EntityManager,
  organizationId: string,
  existing: readonly DepartmentEntity[],
  options: ImportJobOptions,
): DepartmentResolver {
  const mapping = new Map(
    (options.departmentMapping ?? []).map((m) => [
      departmentNameKey(m.source),
      m.department.trim(),
    ]),
  );
  const allowed: Allowed = options.allowedDepartmentIds ?? 'ALL';
  const hint = unknownDepartmentHint(existing, allowed);
  const store = departmentStore(manager, organizationId, existing, {
    create: Boolean(options.createDepartments) && allowed === 'ALL',
  });
  return {
    created: store.created,
    flush: (used) => store.flush(used),
    resolve(mention) {
      const key = departmentNameKey(mention.name);
      const targetName = mapping.get(key) ?? mention.name;
      const department = store.findOrCreate(targetName);
      const where = {
        line: mention.line,
        column: mention.column,
        value: mention.name,
      };
      // Another department of a department head's organisation gets the
      // same answer as one that does not exist: its existence is not theirs to learn.
      if (
        !department ||
        (allowed !== 'ALL' && !allowed.includes(department.id))
      ) {
        const mapped = mapping.has(key) ? ` (mapped to "${targetName}")` : '';
        return {
          error: {
            ...where,
            message: `unknown department "${mention.name}"${mapped}; ${hint}`,
          },
        };
      }
      return { id: department.id };
    },
  };
}

/** What an unknown name's error adds: the departments one may name, and what to do. */
function unknownDepartmentHint(
  existing: readonly DepartmentEntity[],
  allowed: Allowed,
): string {
  // A department head is told only of their own departments (api.md: no
  // other department's rows, names included), never of the others.
  const known =
    allowed === 'ALL'
      ? `known departments: ${existing.map((d) => d.name).join(', ') || 'none yet'}`
      : `you may import only into your own departments: ${
          existing
            .filter((d) => allowed.includes(d.id))
            .map((d) => d.name)
            .join(', ') || 'none'
        }`;
  const remedy =
    allowed === 'ALL'
      ? 'Map it to one, or import with createDepartments'
      : 'Map it to one of them';
  return `${known}. ${remedy}`;
}

/**
 * The departments by name key: the existing ones, and (with `create`) those
 * made for new names, held until `flush` writes them.
 */
function departmentStore(
  manager: EntityManager,
  organizationId: string,
  existing: readonly DepartmentEntity[],
  { create }: { create: boolean },
) {
  const byKey = new Map(
    existing.map((department) => [department.nameKey, department]),
  );
  const created: string[] = [];
  const pending: DepartmentEntity[] = [];
  const findOrCreate = (targetName: string): DepartmentEntity | undefined => {
    const found = byKey.get(departmentNameKey(targetName));
    if (found || !create) return found;
    const department = manager.create(DepartmentEntity, {
      id: randomUUID(),
      organizationId,
      name: targetName,
      nameKey: departmentNameKey(targetName),
      kind: kindFromName(targetName),
      status: 'PLANNED',
    });
    byKey.set(department.nameKey, department);
    pending.push(department);
    created.push(department.name);
    return department;
  };
  const flush = async (used?: ReadonlySet<string>): Promise<void> => {
    let writing = pending.splice(0);
    if (used) {
      writing = writing.filter((department) => used.has(department.id));
      const names = new Set(writing.map((department) => department.name));
      created.splice(
        0,
        created.length,
        ...created.filter((name) => names.has(name)),
      );
    }
    if (writing.length > 0) await manager.insert(DepartmentEntity, writing);
  };
  return { created, findOrCreate, flush };
}
