import { DOCUMENT } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { computed, DestroyRef, inject, Injectable, signal } from '@angular/core';

/** How often an offline phone asks whether the API answers again. */
export const PROBE_MS = 10_000;

/** Where the last moment the phone reached Vigie is kept (a time, nothing personal). */
export const LAST_ONLINE_KEY = 'vigie.derniere-connexion';

/**
 * Whether an HTTP failure means the API could not be reached: no answer at all (status 0), or
 * the service worker's own 504 when it has no network (Angular's worker answers so instead of
 * failing), or a proxy's 502/503 — not a refusal by Vigie itself.
 */
export function isUnreachable(error: unknown): boolean {
  if (!(error instanceof HttpErrorResponse)) return false;
  return error.status === 0 || error.status === 502 || error.status === 504;
}

/**
 * The phone's connection as the app knows it: the browser's online/offline events, corrected by
 * what requests meet (a request that fails for want of network says so even while the browser
 * believes it is online). `since`: when the phone was last known to reach Vigie.
 */
@Injectable({ providedIn: 'root' })
export class Connectivity {
  private readonly window = inject(DOCUMENT).defaultView;
  private readonly state = signal<boolean>(this.window?.navigator.onLine ?? true);
  private readonly lastOnline = signal<number | null>(this.readLastOnline());
  /** Called when the network comes back (the session is renewed, the outbox sent). */
  private readonly listeners = new Set<() => void>();

  readonly online = this.state.asReadonly();
  readonly offline = computed(() => !this.state());
  /** The last moment the phone reached Vigie (null: never on this phone). */
  readonly since = this.lastOnline.asReadonly();

  /** While offline, the API is asked every PROBE_MS whether it answers again (see probe). */
  private probing: ReturnType<typeof setInterval> | null = null;

  constructor() {
    const onOnline = (): void => this.cameOnline();
    // The browser has just lost the network: the phone was online until now.
    const onOffline = (): void => {
      if (this.state()) this.markReached();
      this.goOffline();
    };
    this.window?.addEventListener('online', onOnline);
    this.window?.addEventListener('offline', onOffline);
    inject(DestroyRef).onDestroy(() => {
      this.window?.removeEventListener('online', onOnline);
      this.window?.removeEventListener('offline', onOffline);
      this.stopProbing();
    });
  }

  /** A request reached the API. */
  reached(): void {
    this.markReached();
    if (!this.state()) this.cameOnline();
  }

  /** A request could not reach the API: offline since the last request that did. */
  unreachable(): void {
    this.goOffline();
  }

  whenOnline(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private cameOnline(): void {
    this.stopProbing();
    this.state.set(true);
    for (const listener of [...this.listeners]) listener();
  }

  private goOffline(): void {
    this.state.set(false);
    this.probing ??= setInterval(() => void this.probe(), PROBE_MS);
  }

  /**
   * The browser's « online » event does not always come (a network back without it, a captive
   * portal let through): the API's health is asked instead, and its answer counts as the return.
   */
  private async probe(): Promise<void> {
    if (typeof fetch !== 'function') return;
    try {
      const response = await fetch('/api/health', { cache: 'no-store' });
      if (response.ok) this.reached();
    } catch {
      // Still no network.
    }
  }

  private stopProbing(): void {
    if (this.probing) clearInterval(this.probing);
    this.probing = null;
  }

  private markReached(): void {
    const time = Date.now();
    this.lastOnline.set(time);
    try {
      this.window?.localStorage.setItem(LAST_ONLINE_KEY, String(time));
    } catch {
      // Private browsing without storage: the time is known for this visit only.
    }
  }

  private readLastOnline(): number | null {
    try {
      const kept = Number(this.window?.localStorage.getItem(LAST_ONLINE_KEY));
      return Number.isFinite(kept) && kept > 0 ? kept : null;
    } catch {
      return null;
    }
  }
}
