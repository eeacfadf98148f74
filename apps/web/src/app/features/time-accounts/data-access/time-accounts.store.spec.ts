import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { summaryOf } from '../testing/time-accounts.builders';
import { TimeAccountsApi } from './time-accounts.api';
import { blobText, TimeAccountsStore } from './time-accounts.store';

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('everybody’s time accounts', () => {
  let store: TimeAccountsStore;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), TimeAccountsApi, TimeAccountsStore],
    });
    store = TestBed.inject(TimeAccountsStore);
    backend = TestBed.inject(HttpTestingController);
  });
  afterEach(() => backend.verify());

  it('lists the year’s accounts in the API’s order, those drifting first, and brings the next page', async () => {
    const loading = store.load(2026);
    backend.expectOne('/api/time-accounts?year=2026&limit=50').flush({
      year: 2026,
      items: [summaryOf('a-1', 'Yasmine Haddad', 40), summaryOf('a-2', 'Julien Lefebvre', -12)],
      nextCursor: 'c-2',
    });
    await loading;
    expect(store.items().map((item) => item.agentName)).toEqual(['Yasmine Haddad', 'Julien Lefebvre']);

    const more = store.more();
    backend
      .expectOne('/api/time-accounts?year=2026&limit=50&cursor=c-2')
      .flush({ year: 2026, items: [summaryOf('a-3', 'Karim Benali', 1)], nextCursor: null });
    await more;
    expect(store.items()).toHaveLength(3);
    expect(store.nextCursor()).toBeNull();
  });

  it('downloads the month’s payroll CSV as a file', async () => {
    const exporting = store.payroll('2026-11');
    const request = backend.expectOne('/api/time-accounts/export.csv?month=2026-11');
    expect(request.request.responseType).toBe('blob');
    request.flush(new Blob(['matricule;nom\n'], { type: 'text/csv' }));
    const blob = await exporting;
    expect(await blobText(blob!)).toBe('matricule;nom\n');
    expect(store.exportError()).toBeNull();
  });

  it('reads back the French refusal of an export, sent as a file', async () => {
    const exporting = store.payroll('2026-13');
    const problem = {
      type: 'about:blank',
      title: 'Requête invalide',
      status: 400,
      detail: 'mois attendu au format AAAA-MM',
    };
    backend
      .expectOne('/api/time-accounts/export.csv?month=2026-13')
      .flush(new Blob([JSON.stringify(problem)], { type: 'application/problem+json' }), {
        status: 400,
        statusText: 'Bad Request',
      });
    expect(await exporting).toBeNull();
    await settle();
    expect(store.exportError()).toBe('mois attendu au format AAAA-MM');
  });
});
