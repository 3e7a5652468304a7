import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ColumnMappingEntity } from '@esm-planner/api-data-access-db';
import { validateColumnMapping } from '@esm-planner/domain-imports';
import { AppError, FieldProblem } from '../../common/app-error';
import { isUuid } from '../../common/is-uuid';
import { AccessPolicy } from '../auth/access-policy.service';
import { ApiRequest } from '../auth/request-context';
import {
  BUILTIN_MAPPINGS,
  builtinMapping,
  BuiltinMapping,
} from './builtin-mappings';
import {
  StoredMapping,
  toColumnMapping,
  toEngineMapping,
} from './column-mapping.mapper';
import { ColumnMappingInput } from './dto/column-mapping.input';
import { ColumnMapping } from './dto/column-mapping.object';

const MAX_SOURCE_LENGTH = 100;

/** What makes two mapping names the same: case and runs of spaces ignored. */
export const mappingNameKey = (name: string) =>
  name.trim().replace(/\s+/g, ' ').toLowerCase();

/** A mapping an import or a preview runs with: saved (with its id) or built in. */
export type ResolvedMapping = {
  id: string | null;
  builtIn: BuiltinMapping | null;
  mapping: StoredMapping;
  source: string;
};

/**
 * Saved column mappings (data-formats §5) and the built-in vendor ones.
 * Reading them is reading the organisation; saving and deleting is for whoever
 * may import into it (ADMIN, COE, a department head) — docs/access.md.
 */
@Injectable()
export class ColumnMappingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  /** The organisation's saved mappings by name, then the built-in ones. */
  async list(organizationId: string): Promise<ColumnMapping[]> {
    const saved = await this.dataSource
      .getRepository(ColumnMappingEntity)
      .find({ where: { organizationId }, order: { nameKey: 'ASC' } });
    return [...saved.map(savedMapping), ...BUILTIN_MAPPINGS.map(builtinObject)];
  }

  /** Creates the mapping, or replaces the organisation's mapping of the same name. */
  async save(
    req: ApiRequest,
    input: ColumnMappingInput,
  ): Promise<ColumnMapping> {
    await this.policy.departmentScope(
      req,
      input.organizationId,
      'import:write',
    );
    const mapping = toEngineMapping(input);
    const problems = mappingProblems(mapping);
    if (problems.length > 0) throw AppError.badInput(problems);
    const userId = req.principal?.kind === 'user' ? req.principal.userId : null;
    const definition = { ...mapping, source: mapping.source || mapping.name };
    // One statement: two saves of the same name at once leave one mapping, the later one.
    const [row] = await this.dataSource.query(
      `INSERT INTO column_mapping (organization_id, name, name_key, kind, definition, created_by, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $6)
       ON CONFLICT (organization_id, name_key) DO UPDATE
         SET name = EXCLUDED.name, kind = EXCLUDED.kind, definition = EXCLUDED.definition, updated_by = EXCLUDED.updated_by, updated_at = now()
       RETURNING id`,
      [
        input.organizationId,
        mapping.name,
        mappingNameKey(mapping.name),
        mapping.kind,
        definition,
        userId,
      ],
    );
    const entity = await this.dataSource
      .getRepository(ColumnMappingEntity)
      .findOneByOrFail({ id: row.id });
    return savedMapping(entity);
  }

  /** Deletes a saved mapping; a built-in one cannot be (BAD_USER_INPUT: copy it instead). */
  async delete(req: ApiRequest, id: string): Promise<boolean> {
    const builtin = builtinMapping(id);
    if (builtin) {
      throw AppError.badInput([
        {
          field: 'id',
          message: `${builtin.mapping.name} is built in: it cannot be deleted (copy it to make a mapping of your own)`,
        },
      ]);
    }
    const entity = isUuid(id)
      ? await this.dataSource
          .getRepository(ColumnMappingEntity)
          .findOneBy({ id })
      : null;
    if (!entity) throw AppError.notFound('column mapping');
    await this.policy
      .requireInOrganization(req, entity.organizationId, 'organization:read')
      .catch(() => {
        throw AppError.notFound('column mapping');
      });
    await this.policy.departmentScope(
      req,
      entity.organizationId,
      'import:write',
    );
    await this.dataSource
      .getRepository(ColumnMappingEntity)
      .delete({ id, organizationId: entity.organizationId });
    return true;
  }

  /**
   * The mapping `id` names for an import or a preview in the organisation: a
   * built-in one, or one the organisation saved; anything else is
   * BAD_USER_INPUT on `field` (another organisation's id reads as unknown).
   */
  async resolve(
    organizationId: string,
    id: string,
    field: string,
  ): Promise<ResolvedMapping> {
    const builtin = builtinMapping(id);
    if (builtin)
      return {
        id: null,
        builtIn: builtin,
        mapping: builtin.mapping,
        source: builtin.format,
      };
    const entity = isUuid(id)
      ? await this.dataSource
          .getRepository(ColumnMappingEntity)
          .findOneBy({ id, organizationId })
      : null;
    if (!entity)
      throw AppError.badInput([
        {
          field,
          message: `there is no column mapping ${id} in this organisation`,
        },
      ]);
    const mapping = entity.definition as StoredMapping;
    return {
      id: entity.id,
      builtIn: null,
      mapping,
      source: mapping.source || mapping.name,
    };
  }
}

/** Every problem of a mapping to save or run, by its path in ColumnMappingInput. */
export function mappingProblems(
  mapping: StoredMapping,
  header?: readonly string[],
): FieldProblem[] {
  const problems: FieldProblem[] = validateColumnMapping(
    mapping,
    header ? { header } : {},
  );
  if (
    mapping.source !== undefined &&
    (mapping.source === '' || mapping.source.length > MAX_SOURCE_LENGTH)
  ) {
    problems.push({
      field: 'source',
      message: `must be 1 to ${MAX_SOURCE_LENGTH} characters`,
    });
  }
  if (
    BUILTIN_MAPPINGS.some(
      (builtin) =>
        mappingNameKey(builtin.mapping.name) ===
        mappingNameKey(mapping.name ?? ''),
    )
  ) {
    problems.push({
      field: 'name',
      message: `"${mapping.name}" is the name of a built-in mapping: give your copy a name of its own`,
    });
  }
  return problems;
}

function savedMapping(entity: ColumnMappingEntity): ColumnMapping {
  const mapping = entity.definition as StoredMapping;
  return toColumnMapping(mapping, {
    id: entity.id,
    organizationId: entity.organizationId,
    builtIn: false,
    source: mapping.source || mapping.name,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
    createdBy: entity.createdBy,
    updatedBy: entity.updatedBy,
  });
}

function builtinObject(builtin: BuiltinMapping): ColumnMapping {
  return toColumnMapping(builtin.mapping, {
    id: builtin.id,
    organizationId: null,
    builtIn: true,
    source: builtin.format,
  });
}
