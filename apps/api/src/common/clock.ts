import { Injectable } from '@nestjs/common';
import { todayInParis } from '@vigie/shared';

/**
 * The time as Vigie sees it. Everything that depends on "now" (stalled recruitments, expiring
 * qualifications, footage deadlines) asks the clock, so tests can set it.
 */
@Injectable()
export class Clock {
  private fixed: Date | null = null;

  now(): Date {
    return this.fixed ? new Date(this.fixed) : new Date();
  }

  /** Today in the service's zone (SERVICE_TIME_ZONE), YYYY-MM-DD. */
  today(): string {
    return todayInParis(this.now());
  }

  /** Tests only: freeze the clock at `instant` (null: back to the system clock). */
  set(instant: Date | string | null): void {
    this.fixed = instant === null ? null : new Date(instant);
  }
}
