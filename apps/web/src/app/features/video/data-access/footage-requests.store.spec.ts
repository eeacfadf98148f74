import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { FootageStatus } from '@vigie/shared';

import { footageOf, hoursFromNow } from '../testing/video.builders';
import { FootageRequestsStore, sortByUrgency } from './footage-requests.store';

const { REQUESTED, EXTRACTED, DELIVERED, REFUSED } = FootageStatus;

describe('the register of footage requests', () => {
  let store: FootageRequestsStore;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), FootageRequestsStore],
    });
    store = TestBed.inject(FootageRequestsStore);
    backend = TestBed.inject(HttpTestingController);
  });
  afterEach(() => backend.verify());

  it('puts first the images still to extract, nearest overwrite first, then extracted, then the closed ones latest first', () => {
    const closedAt = (hours: number) => [
      { from: null, to: REQUESTED, note: null, author: 'chef', at: hoursFromNow(-100) },
      { from: REQUESTED, to: DELIVERED, note: null, author: 'chef', at: hoursFromNow(hours) },
    ];
    const sorted = sortByUrgency([
      footageOf('old-closed', DELIVERED, 50, { events: closedAt(-30) }),
      footageOf('late', REQUESTED, 400),
      footageOf('extracted', EXTRACTED, 10),
      footageOf('new-closed', REFUSED, 50, { events: closedAt(-2) }),
      footageOf('urgent', REQUESTED, 20),
    ]);
    expect(sorted.map((r) => r.id)).toEqual(['urgent', 'late', 'extracted', 'new-closed', 'old-closed']);
  });

  it('shows the open requests by default and the whole register on demand', async () => {
    const loading = store.load();
    backend
      .expectOne((r) => r.url === '/api/footage-requests')
      .flush({
        items: [
          footageOf('delivered', DELIVERED, 10),
          footageOf('late', REQUESTED, 400),
          footageOf('urgent', REQUESTED, 20),
        ],
        nextCursor: null,
      });
    await loading;
    expect(store.shown().map((r) => r.id)).toEqual(['urgent', 'late']);
    store.view.set('all');
    expect(store.shown().map((r) => r.id)).toEqual(['urgent', 'late', 'delivered']);
  });

  it('moves a request to its new place once it changes', async () => {
    const loading = store.load();
    backend
      .expectOne((r) => r.url === '/api/footage-requests')
      .flush({
        items: [footageOf('urgent', REQUESTED, 20), footageOf('late', REQUESTED, 400)],
        nextCursor: null,
      });
    await loading;
    store.replace(footageOf('urgent', EXTRACTED, 20, { version: 2 }));
    expect(store.requests().map((r) => [r.id, r.status])).toEqual([
      ['late', 'REQUESTED'],
      ['urgent', 'EXTRACTED'],
    ]);
    expect(store.open().length).toBe(2);
  });
});
