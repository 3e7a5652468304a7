import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Readable } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import {
  DepartmentEntity,
  MembershipDepartmentEntity,
  MembershipEntity,
  OrganizationEntity,
  UserEntity,
} from '@esm-planner/api-data-access-db';
import type { Role } from '@esm-planner/domain-access';
import { departmentNameKey } from '@esm-planner/domain-departments';
import { APP_CONFIG, AppConfig } from '../config/env.schema';
import { hashPassword } from '../modules/auth/password-hasher';
import { ImportsService } from '../modules/imports/imports.service';
import { DEMO_AUDIT_CSV, DEMO_AUDIT_WINDOW } from './demo-audit';
import { seedDemoBusinessCase } from './demo-business-case';
import { seedDemoMaturity } from './demo-maturity';
import { demoRequestsCsv } from './demo-requests';
import {
  DEMO_DEPARTMENTS,
  DEMO_ORGANIZATION,
  DEMO_PEOPLE,
} from './demo-organization';
import { seedDemoRollouts } from './demo-rollouts';
import { demoSeedDecision } from './demo-seed-policy';

export type DemoSeedResult = {
  created: boolean;
  email: string;
  password: string;
} | null;

@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly imports: ImportsService,
  ) {}

  /**
   * Seeds the demo organisation into an empty database (first start only:
   * once anything exists, the data is the user's and is left alone).
   * Returns the demo login while the demo account exists.
   */
  async seedOnFirstStart(): Promise<DemoSeedResult> {
    const decision = demoSeedDecision({
      seedDemo: this.config.SEED_DEMO,
      embeddedDatabase: this.config.DATABASE_EMBEDDED,
      demoPassword: this.config.DEMO_PASSWORD,
      production: this.config.NODE_ENV === 'production',
    });
    if (!decision.seed) return null;
    const email = this.config.DEMO_EMAIL.toLowerCase();
    const { password } = decision;
    // One clock for the plans, the case and the request records, so their weeks and months line up.
    const now = new Date();
    const seeded = await this.dataSource.transaction(async (manager) => {
      // One seeder at a time, even with several API replicas starting.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        'esm-planner:demo-seed',
      ]);
      if ((await manager.count(OrganizationEntity)) > 0) return null;
      return this.seed(manager, email, password, now);
    });
    const created = seeded !== null;
    if (seeded) {
      // The audit and six months of IT requests go through the ordinary
      // import pipeline, so they show in the import history like any other.
      await this.imports.enqueue({
        organizationId: seeded.organizationId,
        kind: 'AUDIT',
        format: 'GENERIC',
        fileName: 'demo-audit-2026-03-02_2026-03-15.csv',
        source: Readable.from([Buffer.from(DEMO_AUDIT_CSV, 'utf8')]),
        options: {
          ...DEMO_AUDIT_WINDOW,
          createDepartments: false,
          departmentMapping: [],
          allowedDepartmentIds: 'ALL',
        },
        createdBy: seeded.adminId,
      });
      await this.imports.enqueue({
        organizationId: seeded.organizationId,
        kind: 'REQUESTS',
        format: 'GENERIC',
        fileName: 'demo-requests-it-and-hr-pilot.csv',
        source: Readable.from([
          Buffer.from(demoRequestsCsv({ today: now }), 'utf8'),
        ]),
        options: {
          createDepartments: false,
          departmentMapping: [],
          allowedDepartmentIds: 'ALL',
        },
        createdBy: seeded.adminId,
      });
      this.logger.log(
        `Seeded the demo organisation "${DEMO_ORGANIZATION.name}"`,
      );
    }
    const demoExists = await this.dataSource
      .getRepository(UserEntity)
      .existsBy({ email });
    return demoExists ? { created, email, password } : null;
  }

  private async seed(
    manager: EntityManager,
    email: string,
    password: string,
    now: Date,
  ): Promise<{ organizationId: string; adminId: string }> {
    const organization = await manager.save(
      manager.create(OrganizationEntity, DEMO_ORGANIZATION),
    );
    const departments = await manager.save(
      DEMO_DEPARTMENTS.map((department) =>
        manager.create(DepartmentEntity, {
          ...department,
          organizationId: organization.id,
          nameKey: departmentNameKey(department.name),
        }),
      ),
    );
    const departmentId = (name: string) =>
      departments.find((department) => department.name === name)!.id;
    await seedDemoRollouts(manager, {
      organizationId: organization.id,
      timeZone: organization.timeZone,
      departments,
      now,
    });
    const passwordHash = await hashPassword(password);
    const people: {
      email: string;
      name: string;
      role: Role;
      departments: string[];
    }[] = [
      { email, name: 'Demo Administrator', role: 'ADMIN', departments: [] },
      ...DEMO_PEOPLE,
    ];
    let adminId = '';
    for (const person of people) {
      const user = await manager.save(
        manager.create(UserEntity, {
          email: person.email,
          name: person.name,
          passwordHash,
        }),
      );
      if (person.email === email) adminId = user.id;
      const membership = await manager.save(
        manager.create(MembershipEntity, {
          organizationId: organization.id,
          userId: user.id,
          role: person.role,
        }),
      );
      for (const name of person.departments) {
        await manager.save(
          manager.create(MembershipDepartmentEntity, {
            membershipId: membership.id,
            departmentId: departmentId(name),
            organizationId: organization.id,
          }),
        );
      }
    }
    await seedDemoBusinessCase(manager, {
      organizationId: organization.id,
      departmentId,
      savedBy: adminId,
      now,
    });
    await seedDemoMaturity(manager, { organization, departmentId });
    return { organizationId: organization.id, adminId };
  }
}
