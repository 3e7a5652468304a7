import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
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

export type DepartmentResolution =
  | { ok: true; idByKey: Map<string, string>; created: string[] }
  | { ok: false; errors: ReportedError[] };

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

/**
 * Turns the department names of a file into the organisation's departments:
 * through the import's mapping, by name (case and spacing ignored), created
 * when the import allows it — and only those the requester may import into.
 * Runs inside the import's transaction, so created departments vanish with a
 * failed import.
 */
@Injectable()
export class ImportDepartments {
  async resolver(
    manager: EntityManager,
    organizationId: string,
    options: ImportJobOptions,
  ): Promise<DepartmentResolver> {
    const existing = await manager.find(DepartmentEntity, {
      where: { organizationId },
    });
    const byKey = new Map(
      existing.map((department) => [department.nameKey, department]),
    );
    const mapping = new Map(
      (options.departmentMapping ?? []).map((m) => [
        departmentNameKey(m.source),
        m.department.trim(),
      ]),
    );
    const allowed = options.allowedDepartmentIds ?? 'ALL';
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
    const created: string[] = [];
    const pending: DepartmentEntity[] = [];

    const findOrCreate = (targetName: string): DepartmentEntity | undefined => {
      const found = byKey.get(departmentNameKey(targetName));
      if (found || !options.createDepartments || allowed !== 'ALL')
        return found;
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

    return {
      created,
      async flush(used) {
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
      },
      resolve(mention) {
        const key = departmentNameKey(mention.name);
        const targetName = mapping.get(key) ?? mention.name;
        const department = findOrCreate(targetName);
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
              message: `unknown department "${mention.name}"${mapped}; ${known}. ${remedy}`,
            },
          };
        }
        return { id: department.id };
      },
    };
  }

  /** Resolves every name a file mentions; all errors, or every id. */
  async resolve(
    manager: EntityManager,
    organizationId: string,
    mentions: Map<string, DepartmentMention>,
    options: ImportJobOptions,
  ): Promise<DepartmentResolution> {
    const resolution = await this.resolveMentions(
      manager,
      organizationId,
      mentions,
      options,
    );
    if (resolution.errors.length > 0)
      return { ok: false, errors: resolution.errors };
    await resolution.flush();
    return {
      ok: true,
      idByKey: resolution.idByKey,
      created: resolution.created,
    };
  }

  /**
   * Every name a file mentions: the ids of those that resolve and an error
   * (with the name as its value) for each that does not. Nothing is written
   * until `flush` (the departments to create).
   */
  async resolveMentions(
    manager: EntityManager,
    organizationId: string,
    mentions: Map<string, DepartmentMention>,
    options: ImportJobOptions,
  ): Promise<{
    idByKey: Map<string, string>;
    errors: ReportedError[];
    created: string[];
    flush: () => Promise<void>;
  }> {
    const resolver = await this.resolver(manager, organizationId, options);
    const idByKey = new Map<string, string>();
    const errors: ReportedError[] = [];
    for (const [key, mention] of mentions) {
      const result = resolver.resolve(mention);
      if ('error' in result) errors.push(result.error);
      else idByKey.set(key, result.id);
    }
    return {
      idByKey,
      errors,
      created: resolver.created,
      flush: () => resolver.flush(),
    };
  }
}
