import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DepartmentEntity } from '@esm-planner/api-data-access-db';
import {
  DepartmentMention,
  DepartmentResolver,
  departmentResolver,
} from './department-resolver';
import { ImportJobOptions, ReportedError } from './importers/importer';

export type {
  DepartmentMention,
  DepartmentResolver,
} from './department-resolver';

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
  async resolver(
    manager: EntityManager,
    organizationId: string,
    options: ImportJobOptions,
  ): Promise<DepartmentResolver> {
    const existing = await manager.find(DepartmentEntity, {
      where: { organizationId },
    });
    return departmentResolver(manager, organizationId, existing, options);
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
