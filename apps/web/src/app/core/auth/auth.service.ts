import { DOCUMENT } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, InjectionToken, signal } from '@angular/core';
import { Router } from '@angular/router';
import {
  can,
  Capability,
  type ChooseServiceDto,
  LoginResponse,
  SESSION_HINT_COOKIE,
  type TerritoryResponse,
  UserResponse,
} from '@vigie/shared';
import { firstValueFrom } from 'rxjs';

import { Connectivity, isUnreachable } from '../offline/connectivity';
import { Vault } from '../offline/vault';

interface Session {
  /** Null in offline mode: the phone could not renew it. */
  accessToken: string | null;
  user: UserResponse;
  /** Started or continued without network, from the identity kept on the phone. */
  offline: boolean;
}

/** What the phone keeps for offline use (a token, so that tests give their own database). */
export const VAULT = new InjectionToken<Vault>('Vault', { providedIn: 'root', factory: () => new Vault() });

export const AUTH_ENDPOINTS = ['/api/auth/login', '/api/auth/refresh'];

/**
 * The refresh asked for by the page's first script (src/restore-session.js): its answer, `null`
 * when refused, `undefined` when there was no session hint.
 */
interface EarlyRestore {
  vigieSessionRestore?: Promise<LoginResponse | null | 'offline' | undefined>;
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
 *
 * Offline mode: when the API cannot be reached at start (or at a renewal), a phone that had a
 * session shows the last identity signed in on it, kept in IndexedDB while the session hint
 * cookie lives — it expires with the refresh cookie (REFRESH_TOKEN_TTL_DAYS, 14 days from the
 * last renewal by default) and goes at sign-out. Offline, the pages read what the phone kept and
 * entries go to the outbox; when the network returns the session is renewed, and if the API
 * refuses, the user signs in again (the outbox waits for him, see Outbox).
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly vault = inject(VAULT);
  private readonly connectivity = inject(Connectivity);
  private readonly session = signal<Session | null>(null);
  private refreshing: Promise<boolean> | null = null;

  readonly user = computed(() => this.session()?.user ?? null);
  readonly signedIn = computed(() => this.session() !== null);
  /** Signed in from the identity kept on the phone, without a token: reads what it kept, writes to the outbox. */
  readonly offline = computed(() => this.session()?.offline ?? false);

  constructor() {
    this.connectivity.whenOnline(() => {
      if (this.offline()) void this.reconnect();
    });
  }

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
    void this.signIn(response);
  }

  /**
   * Works in another of the user's services: the API ends this session and opens one there (a new
   * token; the refresh cookie rotated). The pages the phone kept were the other service's: they
   * go, and the identity kept for offline use becomes the new one before the caller reloads.
   */
  async chooseService(serviceId: string): Promise<void> {
    const body: ChooseServiceDto = { serviceId };
    const response = await firstValueFrom(
      this.http.post<LoginResponse>('/api/auth/service', body, { withCredentials: true }),
    );
    await Promise.all([
      this.signIn(response),
      this.vault.forgetPages(response.user.id).catch(() => undefined),
    ]);
  }

  /**
   * The current service's territory changed (the chief added, renamed or retired a quartier, or
   * it was read again): the session's user carries the new one, and so does the identity kept on
   * the phone, so that the forms offer it offline too. Settles once kept (never fails).
   */
  keepTerritory(territory: TerritoryResponse): Promise<void> {
    const current = this.session();
    if (!current || current.user.platform) return Promise.resolve();
    const user: UserResponse = { ...current.user, territory };
    this.session.set({ ...current, user });
    return this.vault.keepIdentity(user).catch(() => undefined);
  }

  /** One refresh at a time: concurrent 401s wait for the same one (a reused cookie revokes the session). */
  refresh(): Promise<boolean> {
    this.refreshing ??= firstValueFrom(
      this.http.post<LoginResponse>('/api/auth/refresh', null, { withCredentials: true }),
    )
      .then((response) => {
        void this.signIn(response);
        return true;
      })
      .catch(async (error: unknown) => {
        if (isUnreachable(error)) await this.continueOffline();
        else this.ended();
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
    if (early === 'offline') {
      await this.continueOffline();
      return;
    }
    if (early !== 'none') {
      if (early) void this.signIn(early);
      else this.ended();
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
  private async earlyRestore(): Promise<LoginResponse | null | 'offline' | 'none'> {
    const window = this.document.defaultView as (Window & EarlyRestore) | null;
    if (!window) return 'none';
    const take = async (): Promise<LoginResponse | null | 'offline' | 'none'> => {
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

  /** Signs out: the session ends, and what the phone kept for this user (key, outbox, pages) goes. */
  async logout(): Promise<void> {
    const user = this.user();
    try {
      await firstValueFrom(this.http.post('/api/auth/logout', null, { withCredentials: true }));
    } catch {
      // Signed out locally whatever the server said.
    }
    this.session.set(null);
    if (user) await this.vault.forget(user.id).catch(() => undefined);
    await this.router.navigate(['/connexion']);
  }

  /** The network is back: the session is renewed; refused, the user signs in again. */
  async reconnect(): Promise<void> {
    if (await this.refresh()) return;
    if (!this.signedIn()) await this.expire(this.router.url);
  }

  /** Settles once the identity is kept on the phone (never fails: without IndexedDB none is kept). */
  private signIn(response: LoginResponse): Promise<void> {
    this.session.set({ accessToken: response.accessToken, user: response.user, offline: false });
    return this.vault.keepIdentity(response.user).catch(() => undefined);
  }

  /** The API refused the session: it is over. The identity goes; an outbox waits for its owner. */
  private ended(): void {
    this.session.set(null);
    void this.vault.forgetIdentity().catch(() => undefined);
  }

  /**
   * No network: the session goes on without a token, or starts from the identity kept on the
   * phone — only while the session hint cookie says the refresh cookie is still valid.
   */
  private async continueOffline(): Promise<void> {
    const current = this.session();
    if (current) {
      this.session.set({ ...current, accessToken: null, offline: true });
      return;
    }
    if (!hasSessionHint(this.document.cookie)) return;
    const kept = await this.vault.identity().catch(() => null);
    if (kept) this.session.set({ accessToken: null, user: kept.user, offline: true });
  }

  /** The session ended server-side (revoked, expired): back to the sign-in page. */
  async expire(returnUrl: string): Promise<void> {
    this.session.set(null);
    await this.router.navigate(['/connexion'], { queryParams: { retour: returnUrl } });
  }
}
