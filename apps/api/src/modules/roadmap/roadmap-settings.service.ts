import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { RoadmapSettingsEntity } from '@esm-planner/api-data-access-db';
import {
  DEFAULT_IT_STABILITY_THRESHOLDS,
  DEFAULT_MAX_CONCURRENT_ROLLOUTS,
  ItStabilityThresholds,
} from '@esm-planner/domain-roadmap';
import { AppError, FieldProblem } from '../../common/app-error';
import { isUuid } from '../../common/is-uuid';
import { AccessPolicy } from '../auth/access-policy.service';
import { ApiRequest } from '../auth/request-context';
import { DepartmentsService } from '../departments/departments.service';

export type RoadmapSettings = {
  organizationId: string;
  maxConcurrentRollouts: number;
  thresholds: ItStabilityThresholds;
  loadedHourlyCost: number;
  /** The CoE's saved order of department ids; empty = the default sequence. */
  order: string[];
};

export type RoadmapSettingsChange = {
  organizationId: string;
  maxConcurrentRollouts?: number | null;
  stabilityMinWeeklyRequests?: number | null;
  stabilityMinMeanDeflection?: number | null;
  stabilityMaxStdDeviation?: number | null;
  loadedHourlyCost?: number | null;
  order?: string[] | null;
};

/** Beyond this many overlapping rollouts a CoE is not running a programme but a flood. */
export const MAX_CONCURRENT_ROLLOUTS_LIMIT = 20;
const DEFAULT_LOADED_HOURLY_COST = 50;

function defaults(organizationId: string): RoadmapSettings {
  return {
    organizationId,
    maxConcurrentRollouts: DEFAULT_MAX_CONCURRENT_ROLLOUTS,
    thresholds: { ...DEFAULT_IT_STABILITY_THRESHOLDS },
    loadedHourlyCost: DEFAULT_LOADED_HOURLY_COST,
    order: [],
  };
}

/** The organisation's roadmap settings (domain §6); the defaults until it saves any. */
@Injectable()
export class RoadmapSettingsService {
  constructor(
    @InjectRepository(RoadmapSettingsEntity)
    private readonly settings: Repository<RoadmapSettingsEntity>,
    private readonly departments: DepartmentsService,
    private readonly policy: AccessPolicy,
  ) {}

  /** The settings as the caller may see them: a department head's order lists only their own departments. */
  async visibleTo(
    req: ApiRequest,
    organizationId: string,
  ): Promise<RoadmapSettings> {
    const settings = await this.get(organizationId);
    const visible = await this.policy.visibleDepartments(req, organizationId);
    return visible === 'ALL'
      ? settings
      : {
          ...settings,
          order: settings.order.filter((id) => visible.includes(id)),
        };
  }

  async get(organizationId: string): Promise<RoadmapSettings> {
    const row = await this.settings.findOneBy({ organizationId });
    if (!row) return defaults(organizationId);
    return {
      organizationId,
      maxConcurrentRollouts: row.maxConcurrentRollouts,
      thresholds: {
        minRequestsPerWeek: row.stabilityMinWeeklyRequests,
        minMeanDeflection: row.stabilityMinMeanDeflection,
        maxStdDeflection: row.stabilityMaxStdDeviation,
      },
      loadedHourlyCost: row.loadedHourlyCost,
      order: row.departmentOrder,
    };
  }

  /** Validates every field (BAD_USER_INPUT naming each), then saves only the fields given. */
  async update(change: RoadmapSettingsChange): Promise<RoadmapSettings> {
    await this.validate(change);
    const current = await this.get(change.organizationId);
    await this.settings.save(
      this.settings.create({
        organizationId: change.organizationId,
        maxConcurrentRollouts:
          change.maxConcurrentRollouts ?? current.maxConcurrentRollouts,
        stabilityMinWeeklyRequests:
          change.stabilityMinWeeklyRequests ??
          current.thresholds.minRequestsPerWeek,
        stabilityMinMeanDeflection:
          change.stabilityMinMeanDeflection ??
          current.thresholds.minMeanDeflection,
        stabilityMaxStdDeviation:
          change.stabilityMaxStdDeviation ??
          current.thresholds.maxStdDeflection,
        loadedHourlyCost: change.loadedHourlyCost ?? current.loadedHourlyCost,
        departmentOrder: change.order ?? current.order,
      }),
    );
    return this.get(change.organizationId);
  }

  /** Problems with a what-if or saved capacity and order, by field name. */
  async orderAndCapacityProblems(
    organizationId: string,
    order?: string[] | null,
    maxConcurrentRollouts?: number | null,
  ): Promise<FieldProblem[]> {
    const problems: FieldProblem[] = [];
    if (
      maxConcurrentRollouts != null &&
      !(
        Number.isInteger(maxConcurrentRollouts) &&
        maxConcurrentRollouts >= 1 &&
        maxConcurrentRollouts <= MAX_CONCURRENT_ROLLOUTS_LIMIT
      )
    ) {
      problems.push({
        field: 'maxConcurrentRollouts',
        message: `maxConcurrentRollouts must be a whole number from 1 to ${MAX_CONCURRENT_ROLLOUTS_LIMIT}, got ${maxConcurrentRollouts}`,
      });
    }
    if (order != null) {
      if (new Set(order).size !== order.length)
        problems.push({
          field: 'order',
          message: 'order lists a department more than once',
        });
      const valid = order.filter(isUuid);
      const known = await this.departments.idsInOrganization(
        organizationId,
        valid,
      );
      const unknown = order.filter((id) => !known.has(id));
      if (unknown.length > 0)
        problems.push({
          field: 'order',
          message: `order names departments that are not in this organisation: ${unknown.join(', ')}`,
        });
    }
    return problems;
  }

  private async validate(change: RoadmapSettingsChange): Promise<void> {
    const problems = await this.orderAndCapacityProblems(
      change.organizationId,
      change.order,
      change.maxConcurrentRollouts,
    );
    const requests = change.stabilityMinWeeklyRequests;
    if (requests != null && !(Number.isInteger(requests) && requests >= 0)) {
      problems.push({
        field: 'stabilityMinWeeklyRequests',
        message: `stabilityMinWeeklyRequests must be a whole number of requests, 0 or more, got ${requests}`,
      });
    }
    for (const field of [
      'stabilityMinMeanDeflection',
      'stabilityMaxStdDeviation',
    ] as const) {
      const value = change[field];
      if (
        value != null &&
        !(Number.isFinite(value) && value >= 0 && value <= 1)
      ) {
        problems.push({
          field,
          message: `${field} must be a fraction between 0 and 1, got ${value}`,
        });
      }
    }
    const cost = change.loadedHourlyCost;
    if (cost != null && !(Number.isFinite(cost) && cost > 0)) {
      problems.push({
        field: 'loadedHourlyCost',
        message: `loadedHourlyCost must be a positive amount per hour, got ${cost}`,
      });
    }
    if (problems.length > 0) throw AppError.badInput(problems);
  }
}
