import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  type ForecastResponse,
  type HeadcountResponse,
  Milestone,
  type RecruitmentResponse,
} from '@vigie/shared';

import { sarah } from '../testing/recruitment.builders';
import { RecruitmentPage } from './recruitment.page';

const SARAH = sarah({ version: 2 });

const APPOINTED: RecruitmentResponse = {
  ...SARAH,
  agentId: 'a-sarah',
  milestones: [
    ...SARAH.milestones,
    {
      milestone: Milestone.APPOINTED,
      date: '2026-11-25',
      note: null,
      reason: null,
      recordedBy: 'rh',
      recordedAt: '2026-11-25T08:00:00Z',
    },
  ],
  pendingMilestones: [Milestone.OPERATIONAL],
  nextMilestones: [Milestone.OPERATIONAL],
  expectedOperationalDate: '2026-12-02',
  version: 3,
};

function headcount(operational: number): HeadcountResponse {
  const category = { operational, inTraining: 0, inPipeline: 0, target: null };
  return {
    at: '2026-11-25',
    target: 24,
    targetDate: '2026-12-31',
    missedTarget: { effectiveDate: '2025-12-31', headcount: 23, operational: 16, shortfall: 7 },
    operational,
    inTraining: 3,
    inPipeline: 1,
    byCategory: { POLICE: category, ASVP: category, ADMINISTRATIVE: category },
  };
}

function forecast(shortfall: number): ForecastResponse {
  return {
    months: [
      { month: '2026-11', operational: 24 - shortfall - 1, target: 24 },
      { month: '2026-12', operational: 24 - shortfall, target: 24 },
    ],
    target: 24,
    targetDate: '2026-12-31',
    targetReachedIn: null,
    shortfall,
  };
}

describe('RecruitmentPage', () => {
  let fixture: ComponentFixture<RecruitmentPage>;
  let element: HTMLElement;
  let backend: HttpTestingController;

  beforeEach(async () => {
    // jsdom draws no canvas: the chart steps aside, its table stays.
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    await TestBed.configureTestingModule({
      imports: [RecruitmentPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    }).compileComponents();
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(RecruitmentPage);
    element = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
  });
  afterEach(() => {
    backend.verify();
    jest.restoreAllMocks();
  });

  async function answer(items: RecruitmentResponse[], operational: number, shortfall: number): Promise<void> {
    backend
      .expectOne((r) => r.url === '/api/recruitments' && r.method === 'GET')
      .flush({ items, nextCursor: null });
    backend.expectOne('/api/staffing/headcount').flush(headcount(operational));
    backend.expectOne((r) => r.url === '/api/staffing/forecast').flush(forecast(shortfall));
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  const column = (phase: string) => element.querySelector(`[data-testid="phase-${phase}"]`)!;
  const sentence = () => element.querySelector('[data-testid="forecast-sentence"]')?.textContent;

  it('shows each candidate in the column of his phase, and the forecast in words', async () => {
    await answer([SARAH], 17, 3);
    expect(column('APPOINTMENT').textContent).toContain('Sarah Lemaire');
    expect(column('APPLICATION').textContent).toContain('Aucun candidat');
    expect(sentence()).toBe(
      'Objectif de 24 au 31/12/2026 non atteint d’ici décembre 2026 : il manquera 3 agents',
    );
  });

  it('shows the same target as the forecast, and the passed deadline as missed', async () => {
    await answer([SARAH], 17, 3);
    const text = (id: string) => element.querySelector(`[data-testid="${id}"]`)?.textContent?.trim();
    expect(text('target-line')).toBe('Objectif de 24 au 31/12/2026');
    expect(sentence()).toContain(text('target-line'));
    expect(text('missed-target')).toBe(
      'Objectif de 23 au 31/12/2025 manqué : il manquait 7 agents à cette date',
    );
  });

  it('says so when there is no recruitment yet, and when the list cannot be loaded', async () => {
    await answer([], 17, 3);
    expect(element.textContent).toContain('Aucun recrutement pour l’instant');

    void fixture.componentInstance.loadBoard();
    backend
      .expectOne('/api/recruitments?limit=200')
      .flush(
        { status: 500, detail: 'Le service est momentanément indisponible.' },
        { status: 500, statusText: 'Erreur' },
      );
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain(
      'Le service est momentanément indisponible.',
    );
  });

  it('refreshes the board and the forecast once a step is recorded', async () => {
    await answer([SARAH], 17, 3);
    column('APPOINTMENT').querySelector<HTMLButtonElement>('button.open')!.click();
    await fixture.whenStable();
    document.querySelector<HTMLButtonElement>('[data-testid="milestone-submit"]')!.click();
    await fixture.whenStable();
    backend.expectOne('/api/recruitments/r-sarah/milestones').flush(APPOINTED);
    await new Promise((resolve) => setTimeout(resolve));

    await answer([APPOINTED], 18, 2);
    expect(column('TRAINING').textContent).toContain('Sarah Lemaire');
    expect(column('APPOINTMENT').textContent).not.toContain('Sarah Lemaire');
    expect(element.querySelector('[data-testid="operational-figure"]')?.textContent).toContain('18');
    expect(sentence()).toBe(
      'Objectif de 24 au 31/12/2026 non atteint d’ici décembre 2026 : il manquera 2 agents',
    );
  });
});
