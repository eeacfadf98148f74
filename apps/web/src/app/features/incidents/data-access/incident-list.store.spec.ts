import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { IncidentStatus } from '@vigie/shared';

import { NO_FILTERS } from '../incident-filters';
import { summaryOf } from '../testing/incident.builders';
import { IncidentListStore } from './incident-list.store';

const FIRST = summaryOf('i-3', 'MC-2026-000003');
const SECOND = summaryOf('i-2', 'MC-2026-000002');
const THIRD = summaryOf('i-1', 'MC-2026-000001');

describe('the entries of the list, page after page', () => {
  let store: IncidentListStore;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), IncidentListStore],
    });
    store = TestBed.inject(IncidentListStore);
    backend = TestBed.inject(HttpTestingController);
  });
  afterEach(() => backend.verify());

  it('appends the next page from the cursor, with the same filters, without showing an entry twice', async () => {
    const filters = { ...NO_FILTERS, status: IncidentStatus.OPEN, q: 'tapage' };
    const loading = store.load(filters);
    backend
      .expectOne('/api/incidents?status=OPEN&q=tapage&limit=30')
      .flush({ items: [FIRST, SECOND], nextCursor: 'c-2' });
    await loading;
    expect(store.items().map((i) => i.number)).toEqual(['MC-2026-000003', 'MC-2026-000002']);

    const more = store.more();
    expect(store.loadingMore()).toBe(true);
    backend
      .expectOne('/api/incidents?status=OPEN&q=tapage&limit=30&cursor=c-2')
      .flush({ items: [SECOND, THIRD], nextCursor: null });
    await more;
    expect(store.items().map((i) => i.number)).toEqual([
      'MC-2026-000003',
      'MC-2026-000002',
      'MC-2026-000001',
    ]);
    expect(store.nextCursor()).toBeNull();

    // Nothing more to ask for.
    await store.more();
    backend.expectNone((r) => r.url === '/api/incidents');
  });

  it('shows the answer to the filters asked last, even when an older search answers after it', async () => {
    const first = store.load({ ...NO_FILTERS, q: 'tag' });
    const second = store.load({ ...NO_FILTERS, q: 'tapage' });
    const [older, newer] = [
      backend.expectOne('/api/incidents?q=tag&limit=30'),
      backend.expectOne('/api/incidents?q=tapage&limit=30'),
    ];
    newer.flush({ items: [FIRST], nextCursor: null });
    older.flush({ items: [SECOND, THIRD], nextCursor: 'c' });
    await Promise.all([first, second]);
    expect(store.items()).toEqual([FIRST]);
    expect(store.nextCursor()).toBeNull();
    expect(store.loading()).toBe(false);
  });

  it('keeps the entries shown when a further page fails, and says why', async () => {
    const loading = store.load(NO_FILTERS);
    backend.expectOne('/api/incidents?limit=30').flush({ items: [FIRST], nextCursor: 'c-1' });
    await loading;
    const more = store.more();
    backend
      .expectOne('/api/incidents?limit=30&cursor=c-1')
      .flush(
        { type: 'about:blank', title: 'Erreur', status: 400, detail: 'Curseur invalide.' },
        { status: 400, statusText: 'Bad Request' },
      );
    await more;
    expect(store.items()).toEqual([FIRST]);
    expect(store.error()).toBe('Curseur invalide.');
  });
});
