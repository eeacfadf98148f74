import { computed, inject, Injectable, signal } from '@angular/core';
import { compareFootageUrgency, type FootageRequestResponse, isOpenFootage } from '@vigie/shared';

import { problemOf } from '../../../core/http/problem';
import { updatedAtOf } from '../video-words';
import { VideoApi } from './video.api';

export type FootageView = 'open' | 'all';

/** Most urgent first: still to extract by overwrite time, then extracted, then closed (latest first). */
export function sortByUrgency(requests: readonly FootageRequestResponse[]): FootageRequestResponse[] {
  return [...requests].sort((a, b) =>
    compareFootageUrgency(
      { status: a.status, overwriteAt: a.overwriteAt, updatedAt: updatedAtOf(a) },
      { status: b.status, overwriteAt: b.overwriteAt, updatedAt: updatedAtOf(b) },
    ),
  );
}

/**
 * The register of footage requests: the whole register (it is short), the open ones first and
 * most urgent first; a status change puts the request back in its place. Provided by the page.
 */
@Injectable()
export class FootageRequestsStore {
  private readonly api = inject(VideoApi);

  readonly requests = signal<FootageRequestResponse[]>([]);
  readonly view = signal<FootageView>('open');
  readonly loading = signal(false);
  readonly loaded = signal(false);
  readonly error = signal<string | null>(null);

  readonly open = computed(() => this.requests().filter((request) => isOpenFootage(request.status)));
  readonly shown = computed(() => (this.view() === 'open' ? this.open() : this.requests()));

  private request = 0;

  async load(): Promise<void> {
    const request = ++this.request;
    this.loading.set(true);
    this.error.set(null);
    try {
      const requests = await this.api.footageRequests();
      if (request !== this.request) return;
      this.requests.set(sortByUrgency(requests));
      this.loaded.set(true);
    } catch (error) {
      if (request === this.request) this.error.set(problemOf(error).detail);
    } finally {
      if (request === this.request) this.loading.set(false);
    }
  }

  /** A request created or moved on: back in its place in the order of urgency. */
  replace(updated: FootageRequestResponse): void {
    this.requests.update((requests) =>
      sortByUrgency([...requests.filter((r) => r.id !== updated.id), updated]),
    );
  }
}
