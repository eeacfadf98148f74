import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { refusal } from '../../../testing/problem.builders';
import { accountOf, workedOf } from '../testing/time-accounts.builders';
import { TimeAccountStore } from './time-account.store';
import { TimeAccountsApi } from './time-accounts.api';

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('one agent’s time account', () => {
  let store: TimeAccountStore;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), TimeAccountsApi, TimeAccountStore],
    });
    store = TestBed.inject(TimeAccountStore);
    store.today.set('2026-12-06');
    store.year.set(2026);
    backend = TestBed.inject(HttpTestingController);
  });
  afterEach(() => backend.verify());

  async function answer(year: number, account = accountOf({ year }), worked = [workedOf()]): Promise<void> {
    backend.expectOne(`/api/agents/a-julien/time-account?year=${year}`).flush(account);
    await settle();
    backend
      .expectOne(`/api/agents/a-julien/worked?year=${year}&limit=200`)
      .flush({ items: worked, nextCursor: null });
    await settle();
  }

  it('shows the year’s account with this month against the ceiling and the corrections newest first', async () => {
    const older = workedOf({
      id: 'w-0',
      startsAt: '2026-11-02T06:00:00.000Z',
      endsAt: '2026-11-02T14:30:00.000Z',
    });
    const loading = store.load('a-julien');
    expect(store.loading()).toBe(true);
    await answer(2026, accountOf(), [older, workedOf()]);
    await loading;

    expect(store.loading()).toBe(false);
    expect(store.account()?.hoursWorked).toBe(1480.5);
    expect(store.month()).toMatchObject({ month: '2026-12', rested: 1 });
    expect(store.corrections().map((worked) => worked.id)).toEqual(['w-1', 'w-0']);
  });

  it('shows December of a past year, and warns of the months over the ceiling', async () => {
    const over = {
      month: '2025-07',
      paid: { day: 26, night: 0, sunday: 0, holiday: 0 },
      rested: 0,
      ceiling: 25,
      overCeiling: true,
    };
    const loading = store.load('a-julien', 2025);
    await answer(2025, accountOf({ year: 2025, overtimeMonths: [over] }), []);
    await loading;

    expect(store.month()?.month).toBe('2025-12');
    expect(store.monthsOver()).toEqual([over]);
  });

  it('keeps only the answer of the year chosen last', async () => {
    void store.load('a-julien', 2025);
    store.selectYear(2026);
    const [first, second] = backend.match((r) => r.url === '/api/agents/a-julien/time-account');
    second.flush(accountOf({ year: 2026 }));
    first.flush(accountOf({ year: 2025 }));
    await settle();
    for (const request of backend.match((r) => r.url === '/api/agents/a-julien/worked')) {
      request.flush({ items: [], nextCursor: null });
    }
    await settle();

    expect(store.year()).toBe(2026);
    expect(store.account()?.year).toBe(2026);
  });

  it('says in French why the account cannot be read', async () => {
    const loading = store.load('a-karim');
    backend
      .expectOne('/api/agents/a-karim/time-account?year=2026')
      .flush(...refusal('FORBIDDEN', 'Vous ne pouvez lire que votre propre compte d’heures.'));
    backend
      .match((r) => r.url === '/api/agents/a-karim/worked')
      .forEach((r) => r.flush({ items: [], nextCursor: null }));
    await loading;

    expect(store.account()).toBeNull();
    expect(store.error()).toBe('Vous ne pouvez lire que votre propre compte d’heures.');
  });
});
