import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture } from '@angular/core/testing';
import {
  AbsenceKind,
  AbsenceStatus,
  addDays,
  Role,
  type RosterChangeResponse,
  type ScheduleResponse,
  todayInParis,
  type UserResponse,
} from '@vigie/shared';

import { timeRange } from '../../../shared/time/date-words';
import { openOnFakeBackend, settled } from '../../../testing/page-testing';
import { absenceOf, agentOf, shiftOf } from '../../planning/testing/planning.builders';
import { words } from '../testing/words';
import { AgentHomePage } from './agent-home.page';

const today = todayInParis();
const julien = agentOf('a-2', 'Lefebvre', 'Julien');

function scheduleOf(shifts: ScheduleResponse['shifts']): ScheduleResponse {
  return { agentId: julien.id, from: today, to: addDays(today, 13), shifts, absences: [] };
}

function changeOf(id: string, summary: string, read: boolean): RosterChangeResponse {
  return { id, at: `${today}T09:00:00.000Z`, action: 'ASSIGNED', summary, by: 'chef', read };
}

describe('the agent’s home, on his phone', () => {
  let fixture: ComponentFixture<AgentHomePage>;
  let element: HTMLElement;
  let backend: HttpTestingController;

  beforeEach(() => {
    const user: UserResponse = {
      id: 'u',
      login: 'agent',
      displayName: 'Julien Lefebvre',
      roles: [Role.AGENT],
      agentId: julien.id,
    };
    ({ fixture, element, backend } = openOnFakeBackend(AgentHomePage, user));
  });

  afterEach(() => backend.verify());

  const settle = () => settled(fixture);

  const schedule = () => backend.expectOne((r) => r.url === `/api/agents/${julien.id}/schedule`);
  const changes = () => backend.expectOne((r) => r.url === '/api/me/roster-changes');
  /** A whole list in one page, as the API answers it. */
  const page = <T>(items: T[]) => ({ items, nextCursor: null });
  const absences = () => backend.expectOne((r) => r.url === '/api/absences');
  const all = (selector: string) => [...element.querySelectorAll(selector)].map((node) => words(node));

  it('puts a new main courante one tap away, then his next shifts, his changes and his requests', async () => {
    const request = schedule();
    expect(request.request.params.get('from')).toBe(today);
    expect(request.request.params.get('to')).toBe(addDays(today, 13));
    const morning = shiftOf(
      's-1',
      'MATIN',
      `${addDays(today, 1)}T05:00:00Z`,
      `${addDays(today, 1)}T13:00:00Z`,
    );
    const afternoon = shiftOf(
      's-2',
      'APREM',
      `${addDays(today, 3)}T12:00:00Z`,
      `${addDays(today, 3)}T20:00:00Z`,
    );
    request.flush(scheduleOf([morning, afternoon]));
    changes().flush(
      page([
        changeOf('c-1', 'Ajouté à Patrouille du matin', false),
        changeOf('c-2', 'Retiré de Patrouille de nuit', false),
        changeOf('c-3', 'Ajouté à Patrouille de nuit', true),
      ]),
    );
    const asked = absences();
    expect(asked.request.params.get('agentId')).toBe(julien.id);
    expect(asked.request.params.get('from')).toBe(addDays(today, -30));
    asked.flush(
      page([
        absenceOf('ab-1', julien, `${addDays(today, 20)}T23:00:00Z`, `${addDays(today, 25)}T23:00:00Z`, {
          status: AbsenceStatus.APPROVED,
        }),
        absenceOf('ab-2', julien, `${addDays(today, 35)}T23:00:00Z`, `${addDays(today, 36)}T23:00:00Z`, {
          kind: AbsenceKind.RTT,
          status: AbsenceStatus.REQUESTED,
        }),
      ]),
    );
    await settle();

    expect(element.querySelector('[data-testid="home-new-incident"]')?.getAttribute('href')).toBe(
      '/main-courante/nouvelle',
    );
    expect(all('[data-testid="home-shift"]')).toEqual([
      `Patrouille du matin ${timeRange(morning.startsAt, morning.endsAt)}`,
      `Patrouille d’après-midi ${timeRange(afternoon.startsAt, afternoon.endsAt)}`,
    ]);
    expect(words(element.querySelector('[data-testid="home-day"] h3'))).toContain('Demain');
    expect(words(element.querySelector('[data-testid="unread-badge"]'))).toBe('2');
    expect(words(element.querySelector('[data-testid="home-unread"]'))).toBe('2 modifications non lues');
    // The pending request first.
    expect(all('[data-testid="home-absence"]').map((text) => text.split(' ')[0])).toEqual(['RTT', 'Congé']);
  });

  it('marks the changes read: the badge goes', async () => {
    schedule().flush(scheduleOf([]));
    changes().flush(page([changeOf('c-1', 'Ajouté à Patrouille du matin', false)]));
    absences().flush(page([]));
    await settle();
    expect(words(element.querySelector('[data-testid="home-unread"]'))).toBe('1 modification non lue');
    element.querySelector<HTMLButtonElement>('[data-testid="mark-read"]')!.click();
    backend.expectOne({ method: 'POST', url: '/api/me/roster-changes/read' }).flush(null);
    await settle();
    expect(element.querySelector('[data-testid="unread-badge"]')).toBeNull();
    expect(element.querySelector('[data-testid="home-unread"]')).toBeNull();
    expect(element.querySelector('[data-testid="roster-change"]')?.className).not.toContain('unread');
  });

  it('says when nothing is planned or asked, and when his shifts cannot be read', async () => {
    schedule().flush(
      {
        type: 'about:blank',
        title: 'Erreur',
        status: 503,
        detail: 'Le planning est momentanément indisponible.',
      },
      { status: 503, statusText: 'Service Unavailable' },
    );
    changes().flush(page([]));
    absences().flush(page([]));
    await settle();
    expect(words(element.querySelector('[data-testid="tile-my-shifts"] [role="alert"]'))).toContain(
      'Le planning est momentanément indisponible.',
    );
    expect(words(element.querySelector('[data-testid="tile-my-changes"]'))).toContain(
      'Aucune modification de votre planning publié.',
    );
    expect(words(element.querySelector('[data-testid="tile-my-absences"]'))).toContain(
      'Aucune demande d’absence récente.',
    );

    element.querySelector<HTMLButtonElement>('[data-testid="tile-my-shifts"] [role="alert"] button')!.click();
    schedule().flush(scheduleOf([]));
    await settle();
    expect(words(element.querySelector('[data-testid="tile-my-shifts"]'))).toContain(
      'Aucun créneau publié pour les deux prochaines semaines.',
    );
  });
});
