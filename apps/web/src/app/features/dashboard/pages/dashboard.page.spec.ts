import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture } from '@angular/core/testing';
import {
  type DashboardBackupResponse,
  FootageStatus,
  Role,
  RosterRule,
  type UserResponse,
} from '@vigie/shared';

import { openOnFakeBackend, settled } from '../../../testing/page-testing';
import {
  deploymentOf,
  expiringOf,
  footageOf,
  incidentOf,
  incidentsOf,
  issueOf,
  qualificationsOf,
  recruitmentTileOf,
  staffingOf,
  weekOf,
} from '../testing/dashboard.builders';
import { words } from '../testing/words';
import { DashboardPage } from './dashboard.page';

function backupOf(state: DashboardBackupResponse['state']): DashboardBackupResponse {
  const at = '2026-06-15T01:31:00.000Z';
  const run = {
    startedAt: at,
    finishedAt: at,
    ok: true,
    trigger: 'NIGHTLY' as const,
    archive: 'vigie-2026-06-15T01-30-00Z.vigie-backup',
    bytes: 3_460_000,
    encrypted: true,
    error: null,
  };
  return {
    state,
    message:
      state === 'OK'
        ? 'Dernière sauvegarde le 15/06/2026 03:31.'
        : 'Dernière sauvegarde le 15/06/2026 03:31, il y a plus de 36 heures.',
    lastSuccess: run,
    lastAttempt: run,
    staleAfterHours: 36,
  };
}

const HOUR = 3_600_000;
const inHours = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

const TILE_URLS = [
  '/api/dashboard/staffing',
  '/api/dashboard/week',
  '/api/dashboard/incidents',
  '/api/footage-requests',
  '/api/cameras/deployment',
  '/api/dashboard/qualifications',
];

describe('the dashboard', () => {
  let fixture: ComponentFixture<DashboardPage>;
  let element: HTMLElement;
  let backend: HttpTestingController;

  function open(roles: Role[]): void {
    const user: UserResponse = {
      id: 'u',
      login: 'chef',
      displayName: 'Sophie Delattre',
      roles,
      agentId: 'a-1',
    };
    // jsdom draws no canvas: the chart steps aside, its table stays.
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    ({ fixture, element, backend } = openOnFakeBackend(DashboardPage, user));
  }

  afterEach(() => {
    // The backups' line (the chief's) asks its own question; tests of the tiles leave it unanswered.
    for (const request of backend.match((r) => r.url === '/api/dashboard/backup'))
      request.flush(backupOf('OK'));
    backend.verify();
    jest.restoreAllMocks();
  });

  const settle = () => settled(fixture);

  const tile = (name: string) => element.querySelector<HTMLElement>(`[data-testid="tile-${name}"]`)!;
  const text = (name: string) => words(tile(name));

  async function answerAll(overrides: Partial<Record<string, unknown>> = {}): Promise<void> {
    const answers: Record<string, unknown> = {
      '/api/dashboard/staffing': staffingOf(17),
      '/api/dashboard/week': weekOf(
        [issueOf('s-1', RosterRule.UNDERSTAFFED, 'Il manque 1 agent armé.')],
        [issueOf('s-2', RosterRule.DAILY_REST, 'Repos de 8 h entre le 26/11 et le 27/11 : 11 h minimum.')],
      ),
      '/api/dashboard/incidents': incidentsOf([incidentOf('i-1', 'MC-2026-000301', 'Tapage place du Bourg')]),
      '/api/footage-requests': [
        footageOf('f-1', inHours(41.5)),
        footageOf('f-2', inHours(24 * 20 - 0.5)),
        footageOf('f-3', inHours(24 * 25), FootageStatus.EXTRACTED),
      ],
      '/api/cameras/deployment': deploymentOf(),
      '/api/dashboard/qualifications': qualificationsOf([
        expiringOf('a-7', 'Mathilde Devos', 20, '2026-12-15'),
      ]),
      '/api/dashboard/recruitment': recruitmentTileOf(['Kevin Dumont']),
      '/api/dashboard/backup': backupOf('OK'),
      ...overrides,
    };
    for (const [url, body] of Object.entries(answers)) {
      const requests = backend.match((request) => request.url === url);
      // The footage requests are a list: `{items, nextCursor}` like every list of the API.
      const answer = url === '/api/footage-requests' ? { items: body, nextCursor: null } : body;
      for (const request of requests) request.flush(answer as object);
    }
    await settle();
  }

  it('asks each tile’s own question once, and shows each tile loading meanwhile', () => {
    open([Role.CHIEF]);
    for (const url of [...TILE_URLS, '/api/dashboard/recruitment']) {
      expect(backend.match((request) => request.url === url)).toHaveLength(1);
    }
    expect(element.querySelectorAll('[data-testid="tile-loading"]')).toHaveLength(7);
  });

  it('opens the planning at the week of a broken rule or an uncovered shift', async () => {
    open([Role.CHIEF]);
    await answerAll();
    expect(element.querySelector('[data-testid="greeting"]')?.textContent).toContain('Sophie Delattre');
    expect(text('staffing')).toContain('17 opérationnels sur 24');
    expect(text('staffing')).toContain('Objectif de 24 au 31/12/2026');
    expect(text('staffing')).toContain(
      'Objectif de 24 au 31/12/2026 non atteint d’ici décembre 2026 : il manquera 5 agents',
    );
    expect(text('staffing')).toContain('Objectif de 23 au 31/12/2025 manqué de 7 agents');
    expect(words(element.querySelector('[data-testid="uncovered-count"]'))).toBe('1 non couvert');
    expect(words(element.querySelector('[data-testid="violation-count"]'))).toBe('1 règle enfreinte');
    const violation = element.querySelector<HTMLAnchorElement>('[data-testid="week-violation"]')!;
    expect(violation.textContent).toContain('Repos de 8 h');
    expect(violation.getAttribute('href')).toBe('/planning?semaine=2026-11-23');
    expect(element.querySelector('[data-testid="week-uncovered"]')?.getAttribute('href')).toBe(
      '/planning?semaine=2026-11-23',
    );
  });

  it('shows the open entries by status, each opening the filtered list, and the last 24 hours', async () => {
    open([Role.SUPERVISOR]);
    await answerAll({
      '/api/dashboard/incidents': incidentsOf([
        incidentOf('i-1', 'MC-2026-000301', 'Tapage place du Bourg'),
        incidentOf('i-2', 'MC-2026-000300', 'Dépôt sauvage rue Roger Salengro'),
        incidentOf('i-3', 'MC-2026-000299', 'Véhicule abandonné'),
      ]),
    });
    expect(element.querySelectorAll('[data-testid="incident-recent"]')).toHaveLength(2);
    expect(text('incidents')).toContain('Dernières 24 heures : 3 entrées');
    expect(text('incidents')).toContain('et 1 autre');
    expect(text('incidents')).toContain('7 ouvertes ou en cours');
    expect(element.querySelector('[data-testid="incidents-OPEN"]')?.getAttribute('href')).toBe(
      '/main-courante?statut=OPEN',
    );
    const recent = element.querySelector('[data-testid="incident-recent"]')!;
    expect(recent.textContent).toContain('Tapage place du Bourg');
    expect(recent.getAttribute('href')).toBe('/main-courante/i-1');
  });

  it('counts down to the overwrite of each waiting footage, red under 72 hours', async () => {
    open([Role.CHIEF]);
    await answerAll();
    const countdowns = [...element.querySelectorAll('[data-testid="footage-countdown"]')];
    expect(countdowns.map((c) => c.textContent?.trim())).toEqual([
      'dans 1 j 17 h',
      'dans 19 j 23 h',
      'extraites',
    ]);
    expect(countdowns.map((c) => c.className.includes('red'))).toEqual([true, false, false]);
    expect(element.querySelector('[data-testid="footage-request"]')?.getAttribute('href')).toBe(
      '/videoprotection/requisitions',
    );
    expect(text('deployment')).toContain('8 / 14');
    expect(text('qualifications')).toContain('Mathilde Devos');
    expect(text('recruitment')).toContain('Kevin Dumont');
  });

  it('keeps the other tiles readable when one call fails, and retries it alone', async () => {
    open([Role.CHIEF]);
    backend
      .expectOne('/api/dashboard/incidents')
      .flush(
        { type: 'about:blank', title: 'Erreur', status: 503, detail: 'La main courante est indisponible.' },
        { status: 503, statusText: 'Service Unavailable' },
      );
    await answerAll();
    expect(tile('incidents').querySelector('[role="alert"]')?.textContent).toContain(
      'La main courante est indisponible.',
    );
    expect(text('week')).toContain('Repos de 8 h');
    tile('incidents').querySelector<HTMLButtonElement>('button')!.click();
    backend.expectOne('/api/dashboard/incidents').flush(incidentsOf());
    await settle();
    expect(tile('incidents').querySelector('[role="alert"]')).toBeNull();
    expect(text('incidents')).toContain('Aucune entrée ces dernières 24 heures.');
  });

  it('says when all is well: every shift covered, no footage waiting, nothing expiring', async () => {
    open([Role.CHIEF]);
    await answerAll({
      '/api/dashboard/week': weekOf(),
      '/api/footage-requests': [],
      '/api/dashboard/qualifications': qualificationsOf(),
      '/api/dashboard/recruitment': recruitmentTileOf(),
    });
    expect(text('week')).toContain('Tous les créneaux sont couverts, aucune règle enfreinte.');
    expect(text('footage')).toContain('Aucune réquisition en attente.');
    expect(text('qualifications')).toContain('Habilitations, entraînements et formations à jour.');
    expect(text('recruitment')).toContain('Aucun recrutement en retard.');
  });

  it('leaves the recruitments out for a chief de brigade, who does not follow them', async () => {
    open([Role.SUPERVISOR]);
    expect(backend.match('/api/dashboard/recruitment')).toHaveLength(0);
    await answerAll();
    expect(element.querySelector('[data-testid="tile-recruitment"]')).toBeNull();
  });

  it('reloads every tile on « Actualiser »', async () => {
    open([Role.CHIEF]);
    await answerAll();
    element.querySelector<HTMLButtonElement>('[data-testid="refresh"]')!.click();
    for (const url of [...TILE_URLS, '/api/dashboard/recruitment']) {
      expect(backend.match((request) => request.url === url)).toHaveLength(1);
    }
  });

  it('tells the chief when the last backup was made, and warns when it is too old', async () => {
    open([Role.CHIEF]);
    await answerAll({ '/api/dashboard/backup': backupOf('STALE') });
    const line = element.querySelector<HTMLElement>('[data-testid="backup-state"]')!;
    expect(line.getAttribute('role')).toBe('alert');
    expect(words(line)).toContain('il y a plus de 36 heures');
    expect(words(line)).toContain('3,3 Mo · chiffrée');
  });

  it('says nothing of the backups to a chief de brigade', async () => {
    open([Role.SUPERVISOR]);
    await answerAll();
    expect(backend.match((request) => request.url === '/api/dashboard/backup')).toHaveLength(0);
    expect(element.querySelector('[data-testid="backup-state"]')).toBeNull();
  });
});
