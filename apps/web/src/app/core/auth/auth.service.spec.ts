import 'fake-indexeddb/auto';

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { LOMME_TERRITORY, Role, SESSION_HINT_COOKIE } from '@vigie/shared';

import { Vault } from '../offline/vault';
import { AuthService, RESTORE_SCRIPT_ATTRIBUTE, VAULT } from './auth.service';

/** What the API answers a refresh with, for the chief or an agent. */
const answerFor = (login: 'chef' | 'agent') => ({
  accessToken: 'jeton',
  expiresIn: 900,
  user:
    login === 'chef'
      ? { id: 'u1', login, displayName: 'Sophie Delattre', roles: [Role.CHIEF], agentId: null }
      : { id: 'u2', login, displayName: 'Julien Lefebvre', roles: [Role.AGENT], agentId: 'a1' },
});

/** The session script's element as the API writes it, not run yet; removed after `test`. */
async function withLateScript(test: (script: HTMLScriptElement) => Promise<void>): Promise<void> {
  const script = document.createElement('script');
  script.setAttribute(RESTORE_SCRIPT_ATTRIBUTE, '');
  document.head.append(script);
  try {
    await test(script);
  } finally {
    script.remove();
  }
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve));

describe('restoring the session at start-up', () => {
  let auth: AuthService;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    auth = TestBed.inject(AuthService);
    backend = TestBed.inject(HttpTestingController);
  });
  afterEach(() => {
    document.cookie = `${SESSION_HINT_COOKIE}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
    backend.verify();
  });

  it('asks nothing of the API without the hint cookie: there is no session to restore', async () => {
    document.cookie = 'autre=1; path=/';
    await auth.restore();
    expect(auth.signedIn()).toBe(false);
  });

  it('trades the refresh cookie for a session when the hint is there', async () => {
    document.cookie = `${SESSION_HINT_COOKIE}=1; path=/`;
    const restoring = auth.restore();
    await nextTask();
    backend.expectOne({ method: 'POST', url: '/api/auth/refresh' }).flush(answerFor('chef'));
    await restoring;
    expect(auth.user()?.login).toBe('chef');
  });

  describe('when the page’s first script has asked already (restore-session.js)', () => {
    const early = window as Window & { vigieSessionRestore?: Promise<unknown> };
    afterEach(() => delete early.vigieSessionRestore);

    it('takes its answer, once, and asks the API for no other refresh', async () => {
      document.cookie = `${SESSION_HINT_COOKIE}=1; path=/`;
      early.vigieSessionRestore = Promise.resolve(answerFor('agent'));
      await auth.restore();
      expect(auth.user()?.login).toBe('agent');
      expect(auth.accessToken()).toBe('jeton');
      expect(early.vigieSessionRestore).toBeUndefined();
      backend.expectNone('/api/auth/refresh');
    });

    it('waits for that script when it has not run yet, rather than asking a second time', () =>
      withLateScript(async (script) => {
        document.cookie = `${SESSION_HINT_COOKIE}=1; path=/`;
        let restored = false;
        const restoring = auth.restore().then(() => (restored = true));
        await nextTask();
        backend.expectNone('/api/auth/refresh');
        expect(restored).toBe(false);

        // The script runs, then its element says it has loaded.
        early.vigieSessionRestore = Promise.resolve(answerFor('chef'));
        script.dispatchEvent(new Event('load'));
        await restoring;
        expect(auth.user()?.login).toBe('chef');
        backend.expectNone('/api/auth/refresh');
      }));

    it('asks itself when that script could not load', () =>
      withLateScript(async (script) => {
        document.cookie = `${SESSION_HINT_COOKIE}=1; path=/`;
        const restoring = auth.restore();
        script.dispatchEvent(new Event('error'));
        await nextTask();
        backend.expectOne({ method: 'POST', url: '/api/auth/refresh' }).flush(answerFor('chef'));
        await restoring;
        expect(auth.signedIn()).toBe(true);
      }));

    it('stays signed out when that refresh was refused, without asking again', async () => {
      document.cookie = `${SESSION_HINT_COOKIE}=1; path=/`;
      early.vigieSessionRestore = Promise.resolve(null);
      await auth.restore();
      expect(auth.signedIn()).toBe(false);
      backend.expectNone('/api/auth/refresh');
    });
  });

  it('stays signed out when the refresh is refused (the cookie expired)', async () => {
    document.cookie = `${SESSION_HINT_COOKIE}=1; path=/`;
    const restoring = auth.restore();
    await nextTask();
    backend
      .expectOne('/api/auth/refresh')
      .flush({ status: 401 }, { status: 401, statusText: 'Unauthorized' });
    await restoring;
    expect(auth.signedIn()).toBe(false);
  });
});

describe('starting without network (offline mode)', () => {
  const early = window as Window & { vigieSessionRestore?: Promise<unknown> };
  let auth: AuthService;
  let backend: HttpTestingController;
  let vault: Vault;
  let n = 0;

  beforeEach(async () => {
    vault = new Vault(`auth-offline-spec-${++n}`);
    await vault.keepIdentity(answerFor('agent').user);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: VAULT, useValue: vault },
      ],
    });
    auth = TestBed.inject(AuthService);
    backend = TestBed.inject(HttpTestingController);
  });
  afterEach(() => {
    document.cookie = `${SESSION_HINT_COOKIE}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
    delete early.vigieSessionRestore;
    vault.close();
    backend.verify();
  });

  it('shows the last identity, without a token, when the refresh could not reach the API', async () => {
    document.cookie = `${SESSION_HINT_COOKIE}=1; path=/`;
    early.vigieSessionRestore = Promise.resolve('offline');
    await auth.restore();
    expect(auth.user()?.displayName).toBe('Julien Lefebvre');
    expect(auth.offline()).toBe(true);
    expect(auth.accessToken()).toBeNull();
  });

  it('does the same when its own refresh meets no network (the service worker’s 504)', async () => {
    document.cookie = `${SESSION_HINT_COOKIE}=1; path=/`;
    const restoring = auth.restore();
    await nextTask();
    backend.expectOne('/api/auth/refresh').flush('', { status: 504, statusText: 'Gateway Timeout' });
    await restoring;
    expect(auth.offline()).toBe(true);
    expect(auth.user()?.login).toBe('agent');
  });

  it('shows no one once the refresh cookie has expired (its hint cookie went with it)', async () => {
    early.vigieSessionRestore = Promise.resolve(undefined);
    await auth.restore();
    expect(auth.signedIn()).toBe(false);
  });

  it('renews the session when the network returns; refused, it ends and the identity is forgotten', async () => {
    document.cookie = `${SESSION_HINT_COOKIE}=1; path=/`;
    early.vigieSessionRestore = Promise.resolve('offline');
    await auth.restore();

    const renewed = auth.reconnect();
    backend.expectOne('/api/auth/refresh').flush(answerFor('agent'));
    await renewed;
    expect(auth.offline()).toBe(false);
    expect(auth.accessToken()).toBe('jeton');

    const refused = auth.refresh();
    backend.expectOne('/api/auth/refresh').flush({}, { status: 401, statusText: 'Unauthorized' });
    await refused;
    expect(auth.signedIn()).toBe(false);
    await nextTask();
    expect(await vault.identity()).toBeNull();
  });

  it('keeps the territory the chief changed with the user, on the phone too, for the forms offline', async () => {
    document.cookie = `${SESSION_HINT_COOKIE}=1; path=/`;
    early.vigieSessionRestore = Promise.resolve('offline');
    await auth.restore();
    const territory = {
      ...LOMME_TERRITORY,
      quartiers: [
        ...LOMME_TERRITORY.quartiers,
        { code: 'ZONE_INNOVATION', label: 'Zone de l’Innovation', outline: null, retired: false, version: 1 },
      ],
    };

    await auth.keepTerritory(territory);

    expect(auth.user()?.territory?.quartiers.map((quartier) => quartier.code)).toContain('ZONE_INNOVATION');
    expect(auth.user()?.displayName).toBe('Julien Lefebvre');
    expect((await vault.identity())?.user.territory).toEqual(territory);
  });
});
