import 'fake-indexeddb/auto';

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { type CreateIncidentDto, LommeQuartier, Role, type UserResponse } from '@vigie/shared';

import { LOMME, POOLED, serviceUser } from '../../testing/user.builders';
import { AuthService, VAULT } from '../auth/auth.service';
import { Connectivity } from '../offline/connectivity';
import { Outbox } from '../offline/outbox';
import { Vault } from '../offline/vault';
import { RELOAD_APP, ServiceSwitcher } from './service-switcher';

/** The pooled service's chief, who is also chief de brigade at Lomme. */
const PLURI = serviceUser([Role.CHIEF], { login: 'chef.pluri', service: POOLED, services: [LOMME, POOLED] });

const entry: CreateIncidentDto = {
  occurredAt: '2026-12-06T07:15:00.000Z',
  category: 'TAG',
  location: { address: 'rue de Lille', quartier: LommeQuartier.BOURG },
  summary: 'Tag sur l’abribus',
  description: '',
  agentIds: ['a1'],
};

const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

let vaults = 0;
let vault: Vault;
let backend: HttpTestingController;
let auth: AuthService;
let reload: jest.Mock;
let element: HTMLElement;

/** Signs `user` in through the real session, then draws the toolbar's service. */
async function signedIn(user: UserResponse, before: () => Promise<void> = () => Promise.resolve()) {
  vault = new Vault(`service-switcher-spec-${++vaults}`);
  reload = jest.fn();
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: VAULT, useValue: vault },
      { provide: RELOAD_APP, useValue: reload },
    ],
  });
  backend = TestBed.inject(HttpTestingController);
  auth = TestBed.inject(AuthService);
  await before();
  const login = auth.login(user.login, 'vigie-demo');
  backend.expectOne('/api/auth/login').flush({ accessToken: 'jeton-1', expiresIn: 900, user });
  await login;
  const fixture = TestBed.createComponent(ServiceSwitcher);
  element = fixture.nativeElement as HTMLElement;
  await settle();
}

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) {
    TestBed.tick();
    await pause();
  }
}

/** The request the app makes once it has made it (IndexedDB and lazy imports answer in tasks). */
async function requestTo(url: string): Promise<TestRequest> {
  for (let i = 0; i < 200; i++) {
    TestBed.tick();
    const [found] = backend.match(url);
    if (found) return found;
    await pause();
  }
  throw new Error(`aucune requête vers ${url}`);
}

const byTestId = (id: string) => element.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const choices = () => [...document.querySelectorAll<HTMLButtonElement>('[data-testid="service-choice"]')];

async function openMenu(): Promise<void> {
  byTestId('service-switcher')!.click();
  await settle();
}

afterEach(() => {
  document.querySelector('.cdk-overlay-container')?.replaceChildren();
  vault.close();
});

describe('the service in the toolbar', () => {
  it('names the service a member of one works in, with nothing to switch to', async () => {
    await signedIn(serviceUser([Role.CHIEF]));
    expect(byTestId('service-name')!.textContent).toBe('Police municipale de Lomme');
    expect(byTestId('service-switcher')).toBeNull();
    backend.verify();
  });

  it('offers a member of several the others, and works in the chosen one from a fresh start', async () => {
    await signedIn(PLURI, async () => {
      await vault.cache(PLURI.id, 'mon-planning', { agent: 'celui de la police pluricommunale' });
    });
    expect(byTestId('service-name')!.textContent).toBe(POOLED.name);

    await openMenu();
    expect(document.querySelector('.vg-service-menu')!.textContent).toContain('Changer de service');
    // The other service, by its name and what it is; never the one worked in.
    expect(
      choices().map((choice) => [...choice.querySelectorAll('.choice-text > *')].map((e) => e.textContent)),
    ).toEqual([['Police municipale de Lomme', 'Police municipale · Lomme']]);
    choices()[0].click();

    const request = await requestTo('/api/auth/service');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ serviceId: LOMME.id });
    expect(request.request.withCredentials).toBe(true);
    const atLomme = { ...PLURI, roles: [Role.SUPERVISOR], service: LOMME };
    request.flush({ accessToken: 'jeton-lomme', expiresIn: 900, user: atLomme });
    await settle();

    expect(auth.user()?.service).toEqual(LOMME);
    expect(auth.accessToken()).toBe('jeton-lomme');
    // The app starts anew at home: no page nor store keeps the pooled service's rows.
    expect(reload).toHaveBeenCalledWith('/');
    // Offline, the phone would show Lomme's identity, not the other service's kept planning.
    expect((await vault.identity())?.user.service).toEqual(LOMME);
    expect(await vault.cached(PLURI.id, 'mon-planning')).toBeNull();
    backend.verify();
  });

  it('refuses to switch while an entry written without network waits on the phone, and says why', async () => {
    await signedIn(PLURI);
    TestBed.inject(Connectivity).unreachable();
    await TestBed.inject(Outbox).add(entry, 'cle-1');
    await settle();

    const why = `1 entrée de main courante attend encore d’être envoyée à ${POOLED.name} : changez de service une fois qu’elle est partie ou retirée.`;
    await openMenu();
    // Said before he chooses, and when he does.
    const blocked = document.querySelector('[data-testid="service-switch-blocked"]')!;
    expect(blocked.textContent.trim()).toBe(why);
    expect(choices()[0].getAttribute('aria-describedby')).toBe(blocked.id);
    choices()[0].click();
    await settle();
    expect(document.querySelector('mat-snack-bar-container')!.textContent).toContain(why);

    backend.expectNone('/api/auth/service');
    expect(reload).not.toHaveBeenCalled();
    expect(auth.user()?.service).toEqual(POOLED);
  });

  it('stays in its service and says why when Vigie refuses the other', async () => {
    await signedIn(PLURI);
    await openMenu();
    choices()[0].click();
    (await requestTo('/api/auth/service')).flush(
      { type: 'about:blank', title: 'Introuvable', status: 404, detail: 'Service introuvable.' },
      { status: 404, statusText: 'Not Found' },
    );
    await settle();

    expect(document.querySelector('mat-snack-bar-container')!.textContent).toContain('Service introuvable.');
    expect(reload).not.toHaveBeenCalled();
    expect(auth.user()?.service).toEqual(POOLED);
    expect(byTestId('service-switcher')!.hasAttribute('disabled')).toBe(false);
  });
});
