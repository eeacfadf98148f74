import { HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable, signal } from '@angular/core';
import { type ProblemDetails, type TimeAccountSummaryResponse, todayInParis } from '@vigie/shared';

import { problemOf } from '../../../core/http/problem';
import { TimeAccountsApi } from './time-accounts.api';

/** « Comptes d'heures »: everybody's account for a year, drifting first, and the payroll CSV. */
@Injectable()
export class TimeAccountsStore {
  private readonly api = inject(TimeAccountsApi);

  readonly year = signal(Number(todayInParis().slice(0, 4)));
  readonly items = signal<TimeAccountSummaryResponse[]>([]);
  readonly nextCursor = signal<string | null>(null);
  readonly loading = signal(false);
  readonly error = signal<string | null>(null);
  readonly exporting = signal(false);
  readonly exportError = signal<string | null>(null);
  private run = 0;

  /** The year's first page (the API sorts: the largest drift from the due hours first). */
  async load(year = this.year()): Promise<void> {
    const run = ++this.run;
    this.year.set(year);
    this.loading.set(true);
    this.error.set(null);
    try {
      const page = await this.api.overview(year);
      if (run !== this.run) return;
      this.items.set(page.items);
      this.nextCursor.set(page.nextCursor);
    } catch (error) {
      if (run !== this.run) return;
      this.items.set([]);
      this.nextCursor.set(null);
      this.error.set(problemOf(error).detail);
    } finally {
      if (run === this.run) this.loading.set(false);
    }
  }

  async more(): Promise<void> {
    const cursor = this.nextCursor();
    if (!cursor || this.loading()) return;
    const run = this.run;
    this.loading.set(true);
    try {
      const page = await this.api.overview(this.year(), cursor);
      if (run !== this.run) return;
      this.items.update((items) => [...items, ...page.items]);
      this.nextCursor.set(page.nextCursor);
    } catch (error) {
      this.error.set(problemOf(error).detail);
    } finally {
      if (run === this.run) this.loading.set(false);
    }
  }

  /** The month's payroll CSV, or null with the API's reason in `exportError`. */
  async payroll(month: string): Promise<Blob | null> {
    this.exporting.set(true);
    this.exportError.set(null);
    try {
      return await this.api.payrollCsv(month);
    } catch (error) {
      this.exportError.set((await blobProblem(error))?.detail ?? problemOf(error).detail);
      return null;
    } finally {
      this.exporting.set(false);
    }
  }
}

/** A refusal of a file download comes as a Blob: its problem+json read back. */
async function blobProblem(error: unknown): Promise<ProblemDetails | null> {
  if (!(error instanceof HttpErrorResponse) || !(error.error instanceof Blob)) return null;
  try {
    const body = JSON.parse(await blobText(error.error)) as Partial<ProblemDetails>;
    return typeof body.detail === 'string' ? (body as ProblemDetails) : null;
  } catch {
    return null;
  }
}

/** A Blob's text through FileReader, which every browser (and the test DOM) has. */
export function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(blob);
  });
}
