import { inject, Injectable, signal } from '@angular/core';
import type { IncidentSummaryResponse } from '@vigie/shared';

import { problemOf } from '../../../core/http/problem';
import { type IncidentFilters, NO_FILTERS } from '../incident-filters';
import { IncidentsApi } from './incidents.api';

/**
 * The entries of the list for the current filters, page after page (keyset: a page loaded stays
 * as it is when new entries arrive). An answer to filters no longer shown is dropped.
 * Provided by the « Main courante » page.
 */
@Injectable()
export class IncidentListStore {
  private readonly api = inject(IncidentsApi);

  readonly filters = signal<IncidentFilters>(NO_FILTERS);
  readonly items = signal<IncidentSummaryResponse[]>([]);
  readonly nextCursor = signal<string | null>(null);
  /** The first page is loading (the list is replaced). */
  readonly loading = signal(false);
  /** A further page is loading (the list grows). */
  readonly loadingMore = signal(false);
  readonly loaded = signal(false);
  readonly error = signal<string | null>(null);

  private request = 0;

  async load(filters: IncidentFilters): Promise<void> {
    const request = ++this.request;
    this.filters.set(filters);
    this.loading.set(true);
    this.loadingMore.set(false);
    this.error.set(null);
    try {
      const page = await this.api.list(filters);
      if (request !== this.request) return;
      this.items.set(page.items);
      this.nextCursor.set(page.nextCursor);
      this.loaded.set(true);
    } catch (error) {
      if (request !== this.request) return;
      this.items.set([]);
      this.nextCursor.set(null);
      this.error.set(problemOf(error).detail);
    } finally {
      if (request === this.request) this.loading.set(false);
    }
  }

  /** The next page, appended. */
  async more(): Promise<void> {
    const cursor = this.nextCursor();
    if (!cursor || this.loading() || this.loadingMore()) return;
    const request = this.request;
    this.loadingMore.set(true);
    this.error.set(null);
    try {
      const page = await this.api.list(this.filters(), cursor);
      if (request !== this.request) return;
      const known = new Set(this.items().map((item) => item.id));
      this.items.update((items) => [...items, ...page.items.filter((item) => !known.has(item.id))]);
      this.nextCursor.set(page.nextCursor);
    } catch (error) {
      if (request === this.request) this.error.set(problemOf(error).detail);
    } finally {
      if (request === this.request) this.loadingMore.set(false);
    }
  }

  retry(): Promise<void> {
    return this.items().length > 0 && this.nextCursor() ? this.more() : this.load(this.filters());
  }
}
