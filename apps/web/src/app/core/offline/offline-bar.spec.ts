import 'fake-indexeddb/auto';

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { LommeQuartier, Role } from '@vigie/shared';

import { AuthService, VAULT } from '../auth/auth.service';
import { Connectivity, LAST_ONLINE_KEY } from './connectivity';
import { OfflineBar } from './offline-bar';
import { offlineSince, pendingLabel } from './offline-words';
import { Outbox } from './outbox';
import { Vault } from './vault';

describe('the words of the offline banner', () => {
  const now = new Date('2026-12-06T09:30:00Z'); // 10:30 in Lomme

  it('says since when in the service’s time: the hour the same day, the date before', () => {
    expect(offlineSince(Date.parse('2026-12-06T07:42:00Z'), now)).toBe('depuis 08:42');
    expect(offlineSince(Date.parse('2026-12-05T21:10:00Z'), now)).toBe('depuis le 05/12/2026 à 22:10');
    // 23:30 UTC on the 5th is already the 6th in Lomme.
    expect(offlineSince(Date.parse('2026-12-05T23:30:00Z'), now)).toBe('depuis 00:30');
    expect(offlineSince(null, now)).toBeNull();
  });

  it('counts the entries waiting', () => {
    expect(pendingLabel(1)).toBe('1 entrée en attente d’envoi');
    expect(pendingLabel(2)).toBe('2 entrées en attente d’envoi');
  });
});

describe('the offline banner and the outbox under the toolbar', () => {
  let n = 0;
  let vault: Vault;

  beforeEach(async () => {
    localStorage.setItem(LAST_ONLINE_KEY, String(Date.now() - 60_000));
    vault = new Vault(`offline-bar-spec-${++n}`);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: VAULT, useValue: vault },
      ],
    });
    const login = TestBed.inject(AuthService).login('agent', 'secret');
    TestBed.inject(HttpTestingController)
      .expectOne('/api/auth/login')
      .flush({
        accessToken: 'jeton',
        expiresIn: 900,
        user: { id: 'u1', login: 'agent', displayName: 'Julien', roles: [Role.AGENT], agentId: 'a1' },
      });
    await login;
  });
  afterEach(() => {
    vault.close();
    localStorage.removeItem(LAST_ONLINE_KEY);
  });

  it('shows nothing while the phone is online with nothing waiting', async () => {
    const fixture = TestBed.createComponent(OfflineBar);
    await fixture.whenStable();
    expect(fixture.nativeElement.textContent.trim()).toBe('');
  });

  it('says the phone is offline and since when, and lists the entries « en attente »', async () => {
    TestBed.inject(Connectivity).unreachable();
    const outbox = TestBed.inject(Outbox);
    for (const summary of ['Tag école Jules Ferry', 'Véhicule sur trottoir']) {
      await outbox.add(
        {
          occurredAt: '2026-12-06T07:15:00.000Z',
          category: 'TAG',
          location: { address: 'rue Sadi Carnot', quartier: LommeQuartier.BOURG },
          summary,
          description: '',
          agentIds: ['a1'],
        },
        crypto.randomUUID(),
      );
    }
    const fixture = TestBed.createComponent(OfflineBar);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    const banner = element.querySelector('[data-testid="offline-banner"]');
    expect(banner?.getAttribute('role')).toBe('status');
    expect(banner?.textContent).toMatch(/Hors ligne\s+depuis \d\d:\d\d/);
    expect(element.querySelector('[data-testid="outbox-count"]')?.textContent).toBe(
      '2 entrées en attente d’envoi',
    );
    const entries = [...element.querySelectorAll('[data-testid="outbox-entry"]')].map((li) =>
      [...li.querySelectorAll('.chip, strong, .when')].map((part) => part.textContent?.trim()),
    );
    expect(entries).toEqual([
      ['en attente', 'Tag école Jules Ferry', '06/12/2026 08:15 · rue Sadi Carnot'],
      ['en attente', 'Véhicule sur trottoir', '06/12/2026 08:15 · rue Sadi Carnot'],
    ]);
  });
});
