import { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { ImportJobEntity } from '@esm-planner/api-data-access-db';
import {
  isVendorFormat,
  KIND_LABELS,
  VENDOR_MAPPINGS,
} from '@esm-planner/domain-imports';
import { AppError, FieldProblem } from '../../common/app-error';
import { isUuid } from '../../common/is-uuid';
import { APP_CONFIG, AppConfig } from '../../config/env.schema';
import { AccessPolicy } from '../auth/access-policy.service';
import { ApiRequest } from '../auth/request-context';
import {
  ColumnMappingsService,
  ResolvedMapping,
} from '../column-mappings/column-mappings.service';
import { ImportJob } from './dto/import-job.object';
import { StartImportInput } from './dto/start-import.input';
import { toImportJob } from './import-job.mapper';
import { EnqueueRequest, stageAndQueue } from './import-enqueue';
import { ImportQueue } from './import-queue.service';
import { ImportStorage } from './import-storage';
import { startImportProblems } from './start-import-problems';

@Injectable()
export class ImportsService {
  constructor(
    @InjectRepository(ImportJobEntity)
    private readonly jobs: Repository<ImportJobEntity>,
    private readonly policy: AccessPolicy,
    private readonly storage: ImportStorage,
    private readonly queue: ImportQueue,
    private readonly mappings: ColumnMappingsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Stages the file (streamed), records the job and queues it. */
  async start(req: ApiRequest, input: StartImportInput): Promise<ImportJob> {
    const allowedDepartmentIds = await this.policy.departmentScope(
      req,
      input.organizationId,
      'import:write',
    );
    const problems = startImportProblems(input);
    if (problems.length > 0) throw AppError.badInput(problems);
    if (input.createDepartments)
      await this.policy.requireInOrganization(
        req,
        input.organizationId,
        'department:manage',
      );
    // A vendor format without a mapping reads with the vendor's built-in mapping (the same engine).
    const builtin =
      !input.mappingId && isVendorFormat(input.format)
        ? VENDOR_MAPPINGS[input.format]
        : null;
    const mapping = input.mappingId
      ? await this.mappingFor(input, input.mappingId)
      : builtin && input.kind === 'REQUESTS'
        ? {
            id: null,
            builtIn: builtin,
            mapping: builtin.mapping,
            source: builtin.format,
          }
        : null;
    // Refused before a byte is read when the answer is already known.
    if ((input.fileSize ?? 0) > this.storage.limitFor(input.kind))
      throw this.storage.tooLarge(input.kind);
    await this.activeImports(this.jobs.manager, input.organizationId);

    const upload = input.file ? await input.file : null;
    const principal = req.principal;
    return this.enqueue({
      organizationId: input.organizationId,
      kind: input.kind,
      format: mapping?.builtIn?.format ?? input.format,
      fileName: input.fileName ?? upload?.filename ?? null,
      mappingId: mapping?.id ?? null,
      mapping: mapping
        ? {
            ...mapping.mapping,
            source: mapping.source,
            ...(mapping.builtIn ? { builtinId: mapping.builtIn.id } : {}),
          }
        : null,
      source: upload
        ? upload.createReadStream()
        : Readable.from([Buffer.from(input.csv!, 'utf8')]),
      options: {
        windowStart: input.windowStart ?? undefined,
        windowEnd: input.windowEnd ?? undefined,
        createDepartments: input.createDepartments,
        departmentMapping: input.departmentMapping ?? [],
        allowedDepartmentIds,
        invalidRows: input.invalidRows ?? 'FAIL',
        dryRun: input.dryRun ?? false,
      },
      createdBy: principal?.kind === 'user' ? principal.userId : null,
      capActive: true,
    });
  }

  /** The organisation's queued and running imports, or CONFLICT when that is the cap already. */
  private async activeImports(
    manager: EntityManager,
    organizationId: string,
  ): Promise<number> {
    const active = await manager.count(ImportJobEntity, {
      where: { organizationId, status: In(['QUEUED', 'RUNNING']) },
    });
    const max = this.config.IMPORT_MAX_ACTIVE_PER_ORGANIZATION;
    if (active >= max) {
      throw new AppError(
        'CONFLICT',
        `this organisation already has ${active} imports queued or running, the most it may have at once (${max}); start this one when one of them has finished`,
        {
          limit: 'activeImports',
          max,
        },
      );
    }
    return active;
  }

  /** Stages an already-authorised file and queues its job (also used by the demo seed; import-enqueue.ts). */
  async enqueue(request: EnqueueRequest): Promise<ImportJob> {
    return toImportJob(
      await stageAndQueue(
        {
          jobs: this.jobs,
          storage: this.storage,
          queue: this.queue,
          activeImports: (manager, organizationId) =>
            this.activeImports(manager, organizationId),
          earlyStartBytes: this.config.IMPORT_EARLY_START_BYTES,
        },
        request,
      ),
    );
  }

  /** The mapping an import names, checked against the import's kind and format. */
  private async mappingFor(
    input: StartImportInput,
    mappingId: string,
  ): Promise<ResolvedMapping> {
    const resolved = await this.mappings.resolve(
      input.organizationId,
      mappingId,
      'mappingId',
    );
    const problems: FieldProblem[] = [];
    if (resolved.mapping.kind !== input.kind) {
      problems.push({
        field: 'mappingId',
        message: `"${resolved.mapping.name}" reads ${KIND_LABELS[resolved.mapping.kind]}; this import is ${KIND_LABELS[input.kind]}`,
      });
    }
    if (
      input.format !== 'GENERIC' &&
      input.format !== resolved.builtIn?.format
    ) {
      problems.push({
        field: 'format',
        message:
          'a mapping decides how the file is read: leave format GENERIC, or give the vendor format without a mappingId',
      });
    }
    if (problems.length > 0) throw AppError.badInput(problems);
    return resolved;
  }

  async get(req: ApiRequest, id: string): Promise<ImportJob> {
    return toImportJob(await this.readableJob(req, id));
  }

  /**
   * A job the caller may read: anyone who reads the whole organisation, or
   * the person who started it (a department head sees their own imports).
   * Anything else answers NOT_FOUND, as a job that does not exist.
   */
  async readableJob(req: ApiRequest, id: string): Promise<ImportJobEntity> {
    const job = isUuid(id) ? await this.jobs.findOneBy({ id }) : null;
    if (!job) throw AppError.notFound('import job');
    await this.policy
      .requireInOrganization(req, job.organizationId, 'organization:read')
      .catch(() => {
        throw AppError.notFound('import job');
      });
    if (
      !(await this.mayListAll(req, job.organizationId)) &&
      !this.isOwn(req, job)
    )
      throw AppError.notFound('import job');
    return job;
  }

  /** The organisation's import history, newest first (a department head sees their own imports). */
  async list(
    req: ApiRequest,
    organizationId: string,
    limit: number,
  ): Promise<ImportJob[]> {
    const all = await this.mayListAll(req, organizationId);
    const principal = req.principal;
    const createdBy = principal?.kind === 'user' ? principal.userId : undefined;
    const rows = await this.jobs.find({
      where: all ? { organizationId } : { organizationId, createdBy },
      order: { createdAt: 'DESC' },
      take: Math.min(Math.max(limit, 1), 200),
    });
    return rows.map(toImportJob);
  }

  private async mayListAll(
    req: ApiRequest,
    organizationId: string,
  ): Promise<boolean> {
    return (
      (await this.policy.visibleDepartments(req, organizationId)) === 'ALL'
    );
  }

  private isOwn(req: ApiRequest, job: ImportJobEntity): boolean {
    return (
      req.principal?.kind === 'user' && req.principal.userId === job.createdBy
    );
  }
}
