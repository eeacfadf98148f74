import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { shiftOf } from '../../planning/testing/planning.builders';
import { workedOf } from '../testing/time-accounts.builders';
import { TimeAccountsApi } from './time-accounts.api';
import { WorkedStore } from './worked.store';

const MORNING = shiftOf('s-morning', 'MATIN', '2026-12-05T06:00:00.000Z', '2026-12-05T14:00:00.000Z', {
  assignments: [
    { agentId: 'a-julien', agentName: 'Julien Lefebvre' },
    { agentId: 'a-yasmine', agentName: 'Yasmine Haddad' },
  ],
});

describe('the worked hours of a shift, as the supervisor records them', () => {
  let store: WorkedStore;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), TimeAccountsApi, WorkedStore],
    });
    store = TestBed.inject(WorkedStore);
    backend = TestBed.inject(HttpTestingController);
    const loading = store.load(MORNING);
    backend.expectOne('/api/shifts/s-morning/worked').flush({ items: [], nextCursor: null });
    await loading;
  });
  afterEach(() => backend.verify());

  it('lists the agents on the shift as planned until something is recorded', () => {
    expect(store.rows().map((row) => [row.name, row.worked])).toEqual([
      ['Julien Lefebvre', null],
      ['Yasmine Haddad', null],
    ]);
  });

  it('shows a correction in place once the API has recorded it', async () => {
    const body = {
      startsAt: '2026-12-05T07:00:00+01:00',
      endsAt: '2026-12-05T16:30:00+01:00',
      reason: 'Interpellation en fin de service',
      compensation: 'PAYMENT' as const,
    };
    const saving = store.record('a-julien', body);
    const request = backend.expectOne({ method: 'PUT', url: '/api/shifts/s-morning/worked/a-julien' });
    expect(request.request.body).toEqual(body);
    request.flush(workedOf());
    await saving;

    expect(store.rows()[0].worked?.reason).toBe('Interpellation en fin de service');
    expect(store.rows()).toHaveLength(2);
  });

  it('adds a recalled agent after those on the shift', async () => {
    const recall = workedOf({
      id: 'w-2',
      agentId: 'a-karim',
      agentName: 'Karim Benali',
      plannedStartsAt: null,
      plannedEndsAt: null,
    });
    const saving = store.record('a-karim', {
      startsAt: recall.startsAt,
      endsAt: recall.endsAt,
      reason: 'Rappelé pour un renfort',
    });
    backend.expectOne('/api/shifts/s-morning/worked/a-karim').flush(recall);
    await saving;
    expect(store.rows().map((row) => [row.name, row.planned === null])).toEqual([
      ['Julien Lefebvre', false],
      ['Yasmine Haddad', false],
      ['Karim Benali', true],
    ]);
  });

  it('leaves the list as it was when the API refuses, and hands the refusal to the form', async () => {
    const saving = store.record('a-julien', {
      startsAt: '2026-12-05T07:00:00+01:00',
      endsAt: '2026-12-05T06:00:00+01:00',
      reason: 'Erreur',
    });
    backend.expectOne('/api/shifts/s-morning/worked/a-julien').flush(
      {
        type: 'about:blank',
        title: 'Requête invalide',
        status: 400,
        detail: 'la fin doit suivre le début',
        code: 'WORKED_TIMES_INVALID',
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await expect(saving).rejects.toMatchObject({ status: 400 });
    expect(store.rows().every((row) => row.worked === null)).toBe(true);
  });
});
