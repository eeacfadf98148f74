import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture } from '@angular/core/testing';
import { Milestone, Role, type UserResponse } from '@vigie/shared';

import { openOnFakeBackend, settled } from '../../../testing/page-testing';
import { expiringOf, qualificationsOf, recruitmentOf, staffingOf } from '../testing/dashboard.builders';
import { words } from '../testing/words';
import { HrHomePage } from './hr-home.page';

describe('HR’s home', () => {
  let fixture: ComponentFixture<HrHomePage>;
  let element: HTMLElement;
  let backend: HttpTestingController;

  beforeEach(() => {
    const user: UserResponse = {
      id: 'u',
      login: 'rh',
      displayName: 'Nathalie Vandamme',
      roles: [Role.HR],
      agentId: null,
    };
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    ({ fixture, element, backend } = openOnFakeBackend(HrHomePage, user));
  });

  afterEach(() => {
    backend.verify();
    jest.restoreAllMocks();
  });

  const settle = () => settled(fixture);

  it('shows the headcount by category and its forecast, the pipeline by phase, and what expires — never an incident', async () => {
    backend.expectOne('/api/dashboard/staffing').flush(staffingOf(17, '2027-03'));
    backend
      .expectOne((r) => r.url === '/api/recruitments')
      .flush({
        items: [
          recruitmentOf('r-1', 'Léa Martin', [Milestone.APPLICATION]),
          recruitmentOf(
            'r-2',
            'Kevin Dumont',
            [Milestone.APPLICATION, Milestone.INTERVIEW, Milestone.APPOINTED],
            {
              stalled: true,
              daysWaiting: 150,
              nextMilestones: [Milestone.PROSECUTOR_APPROVAL],
            },
          ),
        ],
        nextCursor: null,
      });
    backend
      .expectOne('/api/dashboard/qualifications')
      .flush(qualificationsOf([expiringOf('a-7', 'Mathilde Devos', 5, '2026-11-30')]));
    // Nothing of the main courante, the footage or the week's roster is asked for.
    backend.expectNone(
      (r) => r.url.includes('incidents') || r.url.includes('footage') || r.url.includes('week'),
    );
    await settle();

    expect(words(element.querySelector('[data-testid="greeting"]'))).toMatch(
      /^(Bonjour|Bonsoir), Nathalie Vandamme$/,
    );
    expect(words(element.querySelector('[data-testid="staffing-POLICE"]'))).toBe(
      'Policiers municipaux 12 / 19',
    );
    // The tile's sentence names the target; the missed deadline is said in short.
    expect(element.querySelector('[data-testid="target-line"]')).toBeNull();
    expect(words(element.querySelector('[data-testid="missed-target"]'))).toBe(
      'Objectif de 23 au 31/12/2025 manqué de 7 agents',
    );
    expect(words(element.querySelector('[data-testid="staffing-forecast"]'))).toBe(
      'Objectif de 24 au 31/12/2026 atteint en mars 2027',
    );
    expect(words(element.querySelector('[data-testid="pipeline-APPLICATION"]'))).toBe('Candidature 1');
    expect(words(element.querySelector('[data-testid="pipeline-TRAINING"]'))).toBe(
      'Formation et agréments 1',
    );
    expect(words(element.querySelector('[data-testid="stalled-recruitment"]'))).toBe(
      'Kevin Dumont Attend : Agrément du procureur 150 j',
    );
    const expiring = element.querySelector('[data-testid="expiring-qualification"]')!;
    expect(words(expiring)).toContain('Secourisme · expire le 30/11/2026');
    expect(expiring.getAttribute('href')).toBe('/effectif/a-7');
    expect(element.textContent).not.toContain('Main courante');
  });

  it('says so when there is no recruitment under way, and when the headcount cannot be read', async () => {
    backend
      .expectOne('/api/dashboard/staffing')
      .flush(
        { type: 'about:blank', title: 'Erreur', status: 500, detail: 'Une erreur inattendue est survenue.' },
        { status: 500, statusText: 'Erreur' },
      );
    backend.expectOne((r) => r.url === '/api/recruitments').flush({ items: [], nextCursor: null });
    backend.expectOne('/api/dashboard/qualifications').flush(qualificationsOf());
    await settle();
    expect(words(element.querySelector('[data-testid="tile-staffing"] [role="alert"]'))).toContain(
      'Une erreur inattendue est survenue.',
    );
    expect(words(element.querySelector('[data-testid="pipeline-empty"]'))).toBe(
      'Aucun recrutement en cours.',
    );
    expect(words(element.querySelector('[data-testid="qualifications-empty"]'))).toBe(
      'Habilitations, entraînements et formations à jour.',
    );
  });
});
