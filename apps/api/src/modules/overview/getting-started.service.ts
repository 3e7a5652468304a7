import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  GETTING_STARTED_STEPS,
  GettingStarted,
  GettingStartedStepName,
} from './getting-started.object';

// One round trip, each step an indexed EXISTS on the organisation's rows.
const STEPS_SQL = `
SELECT EXISTS (SELECT 1 FROM department WHERE organization_id = $1) AS "DEPARTMENTS",
       EXISTS (SELECT 1 FROM audit WHERE organization_id = $1) AS "AUDIT",
       (EXISTS (SELECT 1 FROM request_fact WHERE organization_id = $1)
         OR EXISTS (SELECT 1 FROM weekly_metric WHERE organization_id = $1)) AS "REQUESTS_OR_METRICS",
       EXISTS (SELECT 1 FROM rollout_plan WHERE organization_id = $1) AS "ROLLOUT_PLAN",
       EXISTS (SELECT 1 FROM business_case WHERE organization_id = $1) AS "BUSINESS_CASE"`;

/**
 * Whether the organisation has the data of each first step. Counted over the
 * whole organisation, like the overview's other organisation-level figures:
 * it says that something exists, never what.
 */
@Injectable()
export class GettingStartedService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async checklist(organizationId: string): Promise<GettingStarted> {
    const [row]: Record<GettingStartedStepName, boolean>[] =
      await this.dataSource.query(STEPS_SQL, [organizationId]);
    const steps = GETTING_STARTED_STEPS.map((step) => ({
      step,
      done: row[step],
    }));
    return {
      steps,
      complete: steps.every((item) => item.done),
      empty: steps.every((item) => !item.done),
    };
  }
}
