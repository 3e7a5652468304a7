import { Controller, Get, HttpCode, HttpStatus, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/public.decorator';
import { databaseAnswers } from './database-answers';
import { Draining } from './draining';

// How long /health waits for the database before answering 503: an answer
// within 2 s, inside a load balancer's usual check timeout (docs/security.md "Operations").
export const HEALTH_DATABASE_TIMEOUT_MS = 1_000;

type Health = {
  status: 'ok' | 'degraded' | 'draining';
  database: 'up' | 'down' | 'not checked';
};

@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly draining: Draining,
  ) {}

  /** Liveness and database readiness, for load balancers and the launcher. */
  @Public()
  @Get()
  @HttpCode(HttpStatus.OK)
  async health(@Res({ passthrough: true }) res: Response): Promise<Health> {
    if (this.draining.active) {
      res.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: 'draining', database: 'not checked' };
    }
    if (await databaseAnswers(this.dataSource, HEALTH_DATABASE_TIMEOUT_MS))
      return { status: 'ok', database: 'up' };
    res.status(HttpStatus.SERVICE_UNAVAILABLE);
    return { status: 'degraded', database: 'down' };
  }
}
