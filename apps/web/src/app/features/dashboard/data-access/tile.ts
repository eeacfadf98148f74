import { computed, signal } from '@angular/core';

import { problemOf } from '../../../core/http/problem';

/**
 * What one tile shows: loading, its data, or the reason it failed in French. Each tile loads on
 * its own, so a slow or failing call leaves the others readable.
 */
export class Tile<T> {
  readonly value = signal<T | null>(null);
  readonly loading = signal(false);
  readonly error = signal<string | null>(null);
  readonly ready = computed(() => !this.loading() && this.error() === null && this.value() !== null);
  private run = 0;

  constructor(private readonly fetch: () => Promise<T>) {}

  /** Loads (or reloads); an answer overtaken by a newer load is dropped. */
  async load(): Promise<void> {
    const run = ++this.run;
    this.loading.set(true);
    this.error.set(null);
    try {
      const value = await this.fetch();
      if (run === this.run) this.value.set(value);
    } catch (error) {
      if (run === this.run) this.error.set(problemOf(error).detail);
    } finally {
      if (run === this.run) this.loading.set(false);
    }
  }

  /** Changes the data shown after a change made here (e.g. notifications marked as read). */
  update(change: (value: T) => T): void {
    const value = this.value();
    if (value !== null) this.value.set(change(value));
  }
}
