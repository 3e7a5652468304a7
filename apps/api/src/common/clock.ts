import { Injectable } from '@nestjs/common';

/**
 * The time, as an injectable, so code whose behaviour depends on elapsed time
 * (cache lifetimes, expiry) is tested with a fake clock instead of sleeps.
 */
@Injectable()
export class Clock {
  now(): number {
    return Date.now();
  }
}
