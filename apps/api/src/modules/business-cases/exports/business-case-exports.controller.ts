import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Response } from 'express';
import { Repository } from 'typeorm';
import { OrganizationEntity } from '@esm-planner/api-data-access-db';
import { AppError } from '../../../common/app-error';
import { AccessPolicy } from '../../auth/access-policy.service';
import { CurrentRequest } from '../../auth/current-principal.decorator';
import { ApiRequest } from '../../auth/request-context';
import { ComputePool } from '../../compute/compute-pool';
import { SavedCasesService } from '../saved/saved-cases.service';
import { AppErrorHttpFilter } from './app-error-http.filter';
import { Audience, AUDIENCES } from './business-case-pdf';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// A file name made of the case name's safe characters.
const fileName = (name: string, suffix: string) => `${name.replace(/[^A-Za-z0-9 _-]+/g, '').trim().replace(/\s+/g, '-') || 'business-case'}${suffix}`;

/**
 * Saved cases as files, with the same bearer token as /graphql (the global
 * guard authenticates; anyone who may read the whole organisation may
 * download — not a department head, docs/access.md):
 *   GET /exports/business-cases/:id.xlsx
 *   GET /exports/business-cases/:id/:audience.pdf   (cio | department-head | finance)
 */
@Controller('exports/business-cases')
@UseFilters(AppErrorHttpFilter)
export class BusinessCaseExportsController {
  constructor(
    private readonly saved: SavedCasesService,
    private readonly policy: AccessPolicy,
    @InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>,
    private readonly compute: ComputePool,
  ) {}

  @Get(':id.xlsx')
  async xlsx(@Param('id') id: string, @CurrentRequest() req: ApiRequest, @Res() res: Response): Promise<void> {
    const { name, assembled } = await this.readable(req, id);
    // Evaluated and written in the worker pool: a workbook of a large case is seconds of CPU.
    const buffer = Buffer.from(await this.compute.run('businessCaseXlsx', { name, input: assembled.input, sources: assembled.sources }));
    res.setHeader('Content-Type', XLSX);
    res.setHeader('Content-Disposition', `attachment; filename="${fileName(name, '.xlsx')}"`);
    res.send(buffer);
  }

  @Get(':id/:audience.pdf')
  async pdf(@Param('id') id: string, @Param('audience') audience: string, @CurrentRequest() req: ApiRequest, @Res() res: Response): Promise<void> {
    if (!(AUDIENCES as readonly string[]).includes(audience)) {
      throw new AppError('BAD_USER_INPUT', `audience must be one of ${AUDIENCES.join(', ')}`);
    }
    const { name, organizationId, assembled } = await this.readable(req, id);
    const organization = await this.organizations.findOneBy({ id: organizationId });
    const pdf = Buffer.from(
      await this.compute.run('businessCasePdf', {
        name,
        audience: audience as Audience,
        currency: organization?.currency ?? 'USD',
        input: assembled.input,
        sources: assembled.sources,
      }),
    );
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="${fileName(name, `-${audience}.pdf`)}"`);
    res.send(pdf);
  }

  private async readable(req: ApiRequest, id: string) {
    const organizationId = await this.saved.organizationOf(id);
    try {
      await this.policy.requireInOrganization(req, organizationId, 'organization:read');
    } catch (error) {
      if (error instanceof AppError && error.code === 'NOT_FOUND') throw AppError.notFound('business case');
      throw error;
    }
    // Every file carries every department's figures (the workbook's formulas
    // need them all); a department head reads their own lines on the case page.
    if ((await this.policy.visibleDepartments(req, organizationId)) !== 'ALL') {
      throw new AppError('FORBIDDEN', 'a department head cannot download a business case: its files hold every department’s figures. The case page shows your departments’ lines');
    }
    const stored = await this.saved.load(id);
    const assembled = await this.saved.assemble(stored);
    return { name: stored.entity.name, organizationId, assembled };
  }
}
