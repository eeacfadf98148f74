import { inject, Injectable, signal } from '@angular/core';
import type { IntegrityResponse } from '@vigie/shared';

import { problemOf } from '../../../core/http/problem';
import { IncidentsApi } from './incidents.api';

/**
 * The chief's integrity check of the hash chain. It re-computes the whole chain (and is journaled),
 * so it runs once when first asked for and again on demand, not on every entry opened.
 */
@Injectable({ providedIn: 'root' })
export class IntegrityStore {
  private readonly api = inject(IncidentsApi);

  readonly result = signal<IntegrityResponse | null>(null);
  readonly checkedAt = signal<Date | null>(null);
  readonly checking = signal(false);
  readonly error = signal<string | null>(null);

  /** Checks unless a result is already known. */
  ensure(): Promise<void> {
    return this.result() || this.checking() ? Promise.resolve() : this.check();
  }

  async check(): Promise<void> {
    this.checking.set(true);
    this.error.set(null);
    try {
      this.result.set(await this.api.integrity());
      this.checkedAt.set(new Date());
    } catch (error) {
      this.error.set(problemOf(error).detail);
    } finally {
      this.checking.set(false);
    }
  }
}
