import { Injectable } from '@nestjs/common';

/**
 * Whether this process is shutting down (SIGTERM, see shutdown.ts). While it
 * drains, /health answers 503 so the load balancer stops sending new
 * requests, and the requests still arriving are served as usual.
 */
@Injectable()
export class Draining {
  private draining = false;

  get active(): boolean {
    return this.draining;
  }

  begin(): void {
    this.draining = true;
  }
}
