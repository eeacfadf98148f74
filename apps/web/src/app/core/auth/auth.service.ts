import { DOCUMENT } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { Router } from '@angular/router';
import { can, Capability, LoginResponse, SESSION_HINT_COOKIE, UserResponse } from '@vigie/shared';
import { firstValueFrom } from 'rxjs';

interface Session {
  accessToken: string;
  user: UserResponse;
}

export const AUTH_ENDPOINTS = ['/api/auth/login', '/api/auth/refresh'];

/**
 * The refresh asked for by the page's first script (src/restore-session.js): its answer, `null`
 * when refused, `undefined` when there was no session hint.
 */
interface EarlyRestore {
  vigieSessionRestore?: Promise<LoginResponse | null | undefined>;
}

/** The attribute the API puts on that script's element (apps/api web-page.ts). */
export const RESTORE_SCRIPT_ATTRIBUTE = 'data-session-restore';
/** Whether the browser holds a session to restore (see {@link AuthService.restore}). */
export function hasSessionHint(cookie: string): boolean {
  return cookie.split(/;\s*/).some((pair) => pair.startsWith(`${SESSION_HINT_COOKIE}=`));
}

/**
 * The signed-in user. The access token lives in memory only; the refresh token is an
 * httpOnly cookie the browser sends to /api/auth, so a reload restores the session.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly session = signal<Session | null>(null);
  private refreshing: Promise<boolean> | null = null;

  readonly user = computed(() => this.session()?.user ?? null);
  readonly signedIn = computed(() => this.session() !== null);

  accessToken(): string | null {
    return this.session()?.accessToken ?? null;
  }

  can(capability: Capability): boolean {
    return can(this.user()?.roles ?? [], capability);
  }

  async login(login: string, password: string): Promise<void> {
    const response = await firstValueFrom(
      this.http.post<LoginResponse>('/api/auth/login', { login, password }, { withCredentials: true }),
    );
    this.session.set({ accessToken: response.accessToken, user: response.user });
  }

  /** One refresh at a time: concurrent 401s wait for the same one (a reused cookie revokes the session). */
  refresh(): Promise<boolean> {
    this.refreshing ??= firstValueFrom(
      this.http.post<LoginResponse>('/api/auth/refresh', null, { withCredentials: true }),
    )
      .then((response) => {
        this.session.set({ accessToken: response.accessToken, user: response.user });
        return true;
      })
      .catch(() => {
        this.session.set(null);
        return false;
      })
      .finally(() => {
        this.refreshing = null;
      });
    return this.refreshing;
  }

  /**
   * Restores the session at start-up. The API sets a script-readable hint cookie beside the
   * refresh cookie (httpOnly, unreadable here): without the hint there is no session to restore,
   * and the sign-in page shows at once instead of after a refused refresh. With it, the page's
   * first script has usually asked already, while the app downloaded: its answer is taken.
   */
  async restore(): Promise<void> {
    const early = await this.earlyRestore();
    if (early !== 'none') {
      this.session.set(early ? { accessToken: early.accessToken, user: early.user } : null);
      return;
    }
    if (!hasSessionHint(this.document.cookie)) return;
    await this.refresh();
  }

  /**
   * The answer of the page's first script, taken once (the refresh cookie it traded is no longer
   * good: a refresh of our own now would revoke the session). The script is `async`: when it has
   * not run yet, it is waited for. `'none'`: no such script, it found no hint, or it failed to load.
   */
  private async earlyRestore(): Promise<LoginResponse | null | 'none'> {
    const window = this.document.defaultView as (Window & EarlyRestore) | null;
    if (!window) return 'none';
    const take = async (): Promise<LoginResponse | null | 'none'> => {
      const early = window.vigieSessionRestore;
      if (!early) return 'none';
      delete window.vigieSessionRestore;
      const answer = await early;
      return answer === undefined ? 'none' : answer;
    };
    if (window.vigieSessionRestore) return take();
    const script = this.document.querySelector(`script[${RESTORE_SCRIPT_ATTRIBUTE}]`);
    if (!script) return 'none';
    await new Promise<void>((ran) => {
      script.addEventListener('load', () => ran(), { once: true });
      script.addEventListener('error', () => ran(), { once: true });
    });
    return take();
  }

  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.http.post('/api/auth/logout', null, { withCredentials: true }));
    } catch {
      // Signed out locally whatever the server said.
    }
    this.session.set(null);
    await this.router.navigate(['/connexion']);
  }

  /** The session ended server-side (revoked, expired): back to the sign-in page. */
  async expire(returnUrl: string): Promise<void> {
    this.session.set(null);
    await this.router.navigate(['/connexion'], { queryParams: { retour: returnUrl } });
  }
}
