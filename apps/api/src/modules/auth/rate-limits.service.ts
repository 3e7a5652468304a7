import { createHash } from 'node:crypto';
import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error';

/**
 * The limits of docs/security.md "Sign-in and tokens". Each is a fixed
 * window that starts at the first counted attempt.
 */
export const RATE_LIMITS = {
  /** Failed sign-ins per account (e-mail), whatever address they come from. */
  signInPerAccount: { points: 10, durationSeconds: 15 * 60 },
  /** Failed sign-ins per client address, whatever accounts they try. */
  signInPerAddress: { points: 50, durationSeconds: 15 * 60 },
  /** Bearer tokens that match nothing, per client address. */
  failedTokensPerAddress: { points: 100, durationSeconds: 15 * 60 },
} as const;

// Expired counters are deleted this often (they are ignored once expired;
// the sweep only keeps the table small).
const SWEEP_INTERVAL_MS = 5 * 60_000;
const TABLE = 'rate_limit';

/** A sign-in attempt already counted; say how it ended. */
export type SignInAttempt = { succeeded(): Promise<void> };

function minutesText(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

function refusal(what: string, ms: number): AppError {
  return new AppError(
    'UNAUTHENTICATED',
    `too many ${what}: try again in ${minutesText(ms)}`,
    {
      retryAfterSeconds: Math.max(1, Math.ceil(ms / 1000)),
    },
  );
}

// Counters name an account by a digest, so the table never holds e-mail
// addresses (or whatever an attacker typed in their place).
const accountKey = (email: string) =>
  createHash('sha256').update(email).digest('hex');

/**
 * The sign-in and token-use limits, counted in PostgreSQL (rate-limiter-
 * flexible's RateLimiterPostgres on the app's own pool) so every API replica
 * shares them. An attempt is counted *before* any password is hashed, with
 * one atomic upsert, so parallel attempts cannot slip past the limit.
 *
 * Each process also remembers a key it has seen refused until the window
 * ends (rate-limiter-flexible's in-memory block, bounded by what is blocked
 * at once), so a blocked client costs no database round trip.
 */
@Injectable()
export class RateLimitsService implements OnModuleInit, OnModuleDestroy {
  private readonly perAccount: RateLimiterPostgres;
  private readonly perAddress: RateLimiterPostgres;
  private readonly failedTokens: RateLimiterPostgres;
  private sweep: NodeJS.Timeout | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    const limiter = (
      keyPrefix: string,
      limit: { points: number; durationSeconds: number },
      blockAt: number,
    ) =>
      new RateLimiterPostgres({
        storeClient: dataSource,
        storeType: 'typeorm',
        tableName: TABLE,
        // The table comes with the migrations; the sweep is ours (below).
        tableCreated: true,
        clearExpiredByTimeout: false,
        keyPrefix,
        points: limit.points,
        duration: limit.durationSeconds,
        inMemoryBlockOnConsumed: blockAt,
      });
    const { signInPerAccount, signInPerAddress, failedTokensPerAddress } =
      RATE_LIMITS;
    // Sign-in counters are blocked in memory only once refused, because a
    // success undoes its own count (a block set at the limit would outlive it).
    this.perAccount = limiter(
      'sign-in-account',
      signInPerAccount,
      signInPerAccount.points + 1,
    );
    this.perAddress = limiter(
      'sign-in-address',
      signInPerAddress,
      signInPerAddress.points + 1,
    );
    // A token failure is never undone: the address is blocked from the last allowed one.
    this.failedTokens = limiter(
      'failed-token',
      failedTokensPerAddress,
      failedTokensPerAddress.points,
    );
  }

  onModuleInit(): void {
    // A failed sweep is retried at the next one; expired counters are ignored meanwhile.
    this.sweep = setInterval(
      () => void this.deleteExpired().catch(() => undefined),
      SWEEP_INTERVAL_MS,
    );
    this.sweep.unref();
  }

  onModuleDestroy(): void {
    if (this.sweep) clearInterval(this.sweep);
  }

  /** Deletes every counter whose window has ended. */
  async deleteExpired(now = Date.now()): Promise<number> {
    const [, deleted]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM ${TABLE} WHERE expire < $1`,
      [now],
    );
    return deleted;
  }

  /**
   * Counts one sign-in attempt for the account and the address, or throws
   * the refusal (with retryAfterSeconds) when either has no attempt left.
   * Call before checking the password; a success gives the attempts back.
   */
  async beginSignIn(email: string, address: string): Promise<SignInAttempt> {
    const account = accountKey(email);
    // A client this process already knows to be blocked costs no round trip.
    const knownWaitMs = Math.max(
      this.blockedMs(this.perAccount, account),
      this.blockedMs(this.perAddress, address),
    );
    if (knownWaitMs > 0) throw refusal('failed sign-ins', knownWaitMs);

    const counters = [
      { limiter: this.perAccount, key: account },
      { limiter: this.perAddress, key: address },
    ];
    const outcomes = await Promise.allSettled(
      counters.map(({ limiter, key }) => limiter.consume(key)),
    );
    let waitMs = 0;
    for (const outcome of outcomes) {
      if (outcome.status === 'fulfilled') continue;
      // Anything but a refusal (the database is down) fails the sign-in: closed, not open.
      if (!(outcome.reason instanceof RateLimiterRes)) throw outcome.reason;
      waitMs = Math.max(waitMs, outcome.reason.msBeforeNext);
    }
    if (waitMs > 0) {
      // A refused attempt checked no password: it gives back what it took
      // from the other counter, so a blocked address cannot use up the
      // attempts of an account (nor the reverse).
      await Promise.all(
        counters
          .filter((_, i) => outcomes[i].status === 'fulfilled')
          .map(({ limiter, key }) => limiter.reward(key, 1)),
      );
      throw refusal('failed sign-ins', waitMs);
    }
    return {
      // The account starts afresh after a success; the address only gets
      // this attempt back (many people may sign in from one office address).
      succeeded: async () => {
        await Promise.all([
          this.perAccount.delete(account),
          this.perAddress.reward(address, 1),
        ]);
      },
    };
  }

  /** Throws the refusal when this process knows the address is blocked for failed tokens (no database call). */
  refuseBlockedTokenAddress(address: string): void {
    const waitMs = this.blockedMs(this.failedTokens, address);
    if (waitMs > 0)
      throw refusal('failed token uses from this address', waitMs);
  }

  /** Counts a bearer token that matched nothing; throws the refusal once the address is over its limit. */
  async tokenFailed(address: string): Promise<void> {
    try {
      await this.failedTokens.consume(address);
    } catch (outcome) {
      if (!(outcome instanceof RateLimiterRes)) throw outcome;
      throw refusal(
        'failed token uses from this address',
        outcome.msBeforeNext,
      );
    }
  }

  private blockedMs(limiter: RateLimiterPostgres, key: string): number {
    return limiter.getInMemoryBlockMsBeforeExpire(limiter.getKey(key));
  }
}
