import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error';
import { AuthService } from '../auth/auth.service';
import { RateLimitsService } from '../auth/rate-limits.service';
import { Session } from '../auth/dto/session.object';
import { normaliseEmail } from '../people/user-draft';
import { CompleteSetupInput } from './dto/complete-setup.input';
import {
  createFirstAdministrator,
  firstAdministratorProblems,
  SETUP_DONE_MESSAGE,
} from './first-administrator';
import { newSetupCode, setupCodeMatches } from './setup-code';

const ANY_USER_SQL = 'SELECT EXISTS (SELECT 1 FROM app_user) AS "exists"';

/**
 * The first run on a real database (api.md "Who may do what"): while no
 * user exists, each start makes a setup code and prints it to the log; whoever
 * can read the log claims the instance with it on the setup page.
 *
 * The code lives in this process only: behind several replicas, the code a
 * replica printed works on that replica (docs/access.md says to run the first
 * start with one, or to use `npm run cli -- admin create`). The processes of
 * one `npm start` share the first one's code (cluster/api-cluster.ts).
 */
@Injectable()
export class SetupService {
  private readonly logger = new Logger('FirstRun');
  private code: string | null = null;
  // Users are never deleted, so once one exists setup is never required again.
  private done = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly rateLimits: RateLimitsService,
  ) {}

  /** Whether the instance still needs its first administrator. */
  async required(): Promise<boolean> {
    if (this.done) return false;
    const [row]: { exists: boolean }[] =
      await this.dataSource.query(ANY_USER_SQL);
    if (row.exists) {
      this.done = true;
      this.code = null;
    }
    return !row.exists;
  }

  /**
   * Called once the server has started (after any demo seeding): makes this
   * start's code and logs it, when no user exists. Returns the code, or null.
   * `shared`: the code another process of this start made and logged already.
   */
  async announceIfRequired(shared?: string): Promise<string | null> {
    if (!(await this.required())) return null;
    if (shared) {
      this.code = shared;
      return this.code;
    }
    this.code = newSetupCode();
    this.logger.log(`Setup code: ${this.code}`);
    return this.code;
  }

  async complete(
    input: CompleteSetupInput,
    clientAddress: string,
  ): Promise<Session> {
    if (!(await this.required()))
      throw new AppError('CONFLICT', SETUP_DONE_MESSAGE);
    const problems = firstAdministratorProblems(input);
    // An empty code is a form left incomplete, not a guess: said beside the field, not counted.
    if (input.setupCode.trim() === '')
      problems.unshift({
        field: 'setupCode',
        message: 'enter the setup code from the server log',
      });
    if (problems.length > 0) throw AppError.badInput(problems);
    // Counted like a sign-in, before the code is compared: guessing codes
    // uses up the same attempts as guessing passwords.
    const attempt = await this.rateLimits.beginSignIn(
      normaliseEmail(input.email),
      clientAddress,
    );
    if (this.code === null || !setupCodeMatches(input.setupCode, this.code)) {
      throw new AppError(
        'FORBIDDEN',
        'wrong setup code: use the code this start of the server printed in its log ("Setup code: …")',
        {
          fields: [
            { field: 'setupCode', message: 'not the code in the server log' },
          ],
        },
      );
    }
    const { user } = await createFirstAdministrator(this.dataSource, input);
    await attempt.succeeded();
    this.done = true;
    this.code = null;
    this.logger.log(`Setup complete: ${user.email} is the first ADMIN`);
    return this.auth.startSession(user);
  }
}
