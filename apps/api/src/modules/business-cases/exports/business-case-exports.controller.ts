import { Controller, Get, Param, Query, Res, UseFilters } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Response } from 'express';
import { Repository } from 'typeorm';
import { OrganizationEntity } from '@esm-planner/api-data-access-db';
import { AppError } from '../../../common/app-error';
import { AccessPolicy } from '../../auth/access-policy.service';
import { CurrentRequest } from '../../auth/current-principal.decorator';
import { ApiRequest } from '../../auth/request-context';
import { isIsoDate } from '../../../graphql/date.scalar';
import { ComputePool } from '../../compute/compute-pool';
import { SavedCasesService } from '../saved/saved-cases.service';
import { ValueRealisationService } from '../value/value-realisation.service';
import { AppErrorHttpFilter } from './app-error-http.filter';
import { Audience, AUDIENCES } from './business-case-pdf';

const XLSX =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// A file name made of the case name's safe characters.
const fileName = (name: string, suffix: string) =>
  `${
    name
      .replace(/[^A-Za-z0-9 _-]+/g, '')
      .trim()
      .replace(/\s+/g, '-') || 'business-case'
  }${suffix}`;

/**
 * Saved cases as files, with the same bearer token as /graphql (the global
 * guard authenticates; anyone who may read the whole organisation may
 * download the case files — not a department head, docs/access.md):
 *   GET /exports/business-cases/:id.xlsx[?asOf=YYYY-MM-DD]
 *   GET /exports/business-cases/:id/:audience.pdf   (cio | department-head | finance)
 *   GET /exports/business-cases/:id/value-report.pdf[?version=N&asOf=YYYY-MM-DD]
 * The workbook carries an Actuals sheet (domain §9) for callers who see every
 * department; the value report shows a department head their own only.
 */
@Controller('exports/business-cases')
@UseFilters(AppErrorHttpFilter)
export class BusinessCaseExportsController {
  constructor(
    private readonly saved: SavedCasesService,
    private readonly policy: AccessPolicy,
    private readonly value: ValueRealisationService,
    @InjectRepository(OrganizationEntity)
    private readonly organizations: Repository<OrganizationEntity>,
    private readonly compute: ComputePool,
  ) {}

  @Get(':id.xlsx')
  async xlsx(
    @Param('id') id: string,
    @Query('asOf') asOf: string | undefined,
    @CurrentRequest() req: ApiRequest,
    @Res() res: Response,
  ): Promise<void> {
    const { name, organizationId, assembled } = await this.readable(req, id);
    if (asOf !== undefined && !isIsoDate(asOf))
      throw AppError.badInput([
        { field: 'asOf', message: 'asOf must be a date YYYY-MM-DD' },
      ]);
    // Another department's actuals are its request data: the sheet only for those who see them all.
    const measured =
      (await this.policy.visibleDepartments(req, organizationId)) === 'ALL'
        ? await this.value.measureCase({
            businessCaseId: id,
            asOf: asOf ?? null,
          })
        : null;
    const actuals = measured
      ? {
          input: measured.assembled.input,
          value: measured.value,
          version: measured.stored.version.version,
        }
      : null;
    // Evaluated and written in the worker pool: a workbook of a large case is seconds of CPU.
    const buffer = Buffer.from(
      await this.compute.run('businessCaseXlsx', {
        name,
        input: assembled.input,
        sources: assembled.sources,
        actuals,
      }),
    );
    res.setHeader('Content-Type', XLSX);
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${fileName(name, '.xlsx')}"`,
    );
    res.send(buffer);
  }

  // Declared before :audience.pdf, which would take "value-report" for an audience.
  @Get(':id/value-report.pdf')
  async valueReport(
    @Param('id') id: string,
    @Query('version') versionText: string | undefined,
    @Query('asOf') asOf: string | undefined,
    @CurrentRequest() req: ApiRequest,
    @Res() res: Response,
  ): Promise<void> {
    const problems = [
      ...(versionText !== undefined && !/^[1-9]\d{0,8}$/.test(versionText)
        ? [{ field: 'version', message: 'version must be a whole number ≥ 1' }]
        : []),
      ...(asOf !== undefined && !isIsoDate(asOf)
        ? [{ field: 'asOf', message: 'asOf must be a date YYYY-MM-DD' }]
        : []),
    ];
    const organizationId = await this.saved.organizationOf(id);
    await this.requireReadable(req, organizationId);
    if (problems.length > 0) throw AppError.badInput(problems);
    const visible = await this.policy.visibleDepartments(req, organizationId);
    const measured = await this.value.measureCase({
      businessCaseId: id,
      version: versionText ? Number(versionText) : null,
      asOf: asOf ?? null,
      visible,
    });
    const pdf = Buffer.from(
      await this.compute.run('valueReportPdf', {
        name: measured.stored.entity.name,
        currency: measured.organization.currency,
        version: measured.stored.version.version,
        value: measured.value,
        input: measured.assembled.input,
      }),
    );
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${fileName(measured.stored.entity.name, '-value-report.pdf')}"`,
    );
    res.send(pdf);
  }

  @Get(':id/:audience.pdf')
  async pdf(
    @Param('id') id: string,
    @Param('audience') audience: string,
    @CurrentRequest() req: ApiRequest,
    @Res() res: Response,
  ): Promise<void> {
    if (!(AUDIENCES as readonly string[]).includes(audience)) {
      throw new AppError(
        'BAD_USER_INPUT',
        `audience must be one of ${AUDIENCES.join(', ')}`,
      );
    }
    const { name, organizationId, assembled, version } = await this.readable(
      req,
      id,
    );
    const organization = await this.organizations.findOneBy({
      id: organizationId,
    });
    const pdf = Buffer.from(
      await this.compute.run('businessCasePdf', {
        name,
        audience: audience as Audience,
        currency: organization?.currency ?? 'USD',
        version: version.version,
        savedAt: version.savedAt.toISOString(),
        timeZone: organization?.timeZone ?? 'UTC',
        input: assembled.input,
        sources: assembled.sources,
      }),
    );
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${fileName(name, `-${audience}.pdf`)}"`,
    );
    res.send(pdf);
  }

  // Another organisation's case answers NOT_FOUND, like one that does not exist.
  private async requireReadable(
    req: ApiRequest,
    organizationId: string,
  ): Promise<void> {
    try {
      await this.policy.requireInOrganization(
        req,
        organizationId,
        'organization:read',
      );
    } catch (error) {
      if (error instanceof AppError && error.code === 'NOT_FOUND')
        throw AppError.notFound('business case');
      throw error;
    }
  }

  private async readable(req: ApiRequest, id: string) {
    const organizationId = await this.saved.organizationOf(id);
    await this.requireReadable(req, organizationId);
    // Every case file carries every department's figures (the workbook's
    // formulas need them all); a department head reads their own lines on the
    // case page, and the value report shows them their own departments.
    if ((await this.policy.visibleDepartments(req, organizationId)) !== 'ALL') {
      throw new AppError(
        'FORBIDDEN',
        'a department head cannot download a business case: its files hold every department’s figures. The case page shows your departments’ lines',
      );
    }
    const stored = await this.saved.load(id);
    const assembled = await this.saved.assemble(stored);
    return {
      name: stored.entity.name,
      organizationId,
      assembled,
      version: stored.version,
    };
  }
}
