import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import {
  Milestone,
  RecruitmentExit,
  type RecruitmentResponse,
  RecruitmentRoute,
  RecruitmentStatus,
  todayInParis,
} from '@vigie/shared';

import { refusal } from '../../../testing/problem.builders';
import { sarah } from '../testing/recruitment.builders';
import { MilestoneForm } from './milestone-form';

describe('MilestoneForm', () => {
  let fixture: ComponentFixture<MilestoneForm>;
  let element: HTMLElement;
  let backend: HttpTestingController;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [MilestoneForm],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    }).compileComponents();
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(MilestoneForm);
    element = fixture.nativeElement as HTMLElement;
  });
  afterEach(() => backend.verify());

  async function show(recruitment: RecruitmentResponse): Promise<void> {
    fixture.componentRef.setInput('recruitment', recruitment);
    await fixture.whenStable();
  }

  async function openSelect(): Promise<string[]> {
    element.querySelector<HTMLElement>('.mat-mdc-select-trigger')!.click();
    await fixture.whenStable();
    return [...document.querySelectorAll('mat-option')].map((option) => option.textContent.trim());
  }

  /** Lets the rejected request reach the form, then renders. */
  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  async function submit(): Promise<void> {
    element.querySelector<HTMLButtonElement>('[data-testid="milestone-submit"]')!.click();
    await fixture.whenStable();
  }

  it('offers only the milestones allowed now, and the two exits', async () => {
    await show(
      sarah({
        route: RecruitmentRoute.COMPETITIVE_EXAM,
        nextMilestones: [
          Milestone.PREFECT_APPROVAL,
          Milestone.PROSECUTOR_APPROVAL,
          Milestone.TRAINING_STARTED,
        ],
      }),
    );
    expect(await openSelect()).toEqual([
      'Agrément du préfet',
      'Agrément du procureur',
      'Début de formation (FIA)',
      'Désistement',
      'Refus',
    ]);
  });

  it('proposes the only next milestone, dated today, and records it', async () => {
    await show(sarah());
    expect(fixture.componentInstance.form.controls.milestone.value).toBe(Milestone.APPOINTED);
    const date = element.querySelector<HTMLInputElement>('[data-testid="milestone-date"]')!;
    const today = todayInParis();
    expect(date.value).toBe(today.split('-').reverse().join('/'));

    const recorded = jest.fn();
    fixture.componentInstance.recorded.subscribe(recorded);
    await submit();
    const request = backend.expectOne({ method: 'POST', url: '/api/recruitments/r-sarah/milestones' });
    expect(request.request.body).toEqual({ milestone: 'APPOINTED', date: today });
    const saved = sarah({ nextMilestones: [Milestone.OPERATIONAL] });
    request.flush(saved);
    await fixture.whenStable();
    expect(recorded).toHaveBeenCalledWith(saved);
  });

  it('requires a reason for a withdrawal before calling the API', async () => {
    await show(sarah());
    fixture.componentInstance.form.controls.milestone.setValue(RecruitmentExit.WITHDRAWN);
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="milestone-reason"]')).not.toBeNull();
    await submit();
    backend.expectNone('/api/recruitments/r-sarah/milestones');
    expect(element.textContent).toContain('Le motif est obligatoire');

    fixture.componentInstance.form.controls.reason.setValue('A choisi une autre commune');
    await submit();
    const request = backend.expectOne('/api/recruitments/r-sarah/milestones');
    expect(request.request.body).toMatchObject({
      milestone: 'WITHDRAWN',
      reason: 'A choisi une autre commune',
    });
    request.flush(sarah({ status: RecruitmentStatus.WITHDRAWN, nextMilestones: [] }));
  });

  it('asks no reason for a milestone', async () => {
    await show(sarah());
    expect(element.querySelector('[data-testid="milestone-reason"]')).toBeNull();
  });

  it('shows why the API refuses the step', async () => {
    await show(sarah());
    await submit();
    backend.expectOne('/api/recruitments/r-sarah/milestones').flush(
      ...refusal(
        'RULE_VIOLATION',
        'L’étape « Arrêté de nomination » ne peut pas être datée du 01/11/2026 : elle suit l’étape « Jury / entretien », enregistrée le 05/11/2026.',
        {
          violations: [
            {
              rule: 'DATE_BEFORE_PREREQUISITE',
              message:
                'L’étape « Arrêté de nomination » ne peut pas être datée du 01/11/2026 : elle suit l’étape « Jury / entretien », enregistrée le 05/11/2026.',
            },
          ],
        },
      ),
    );
    await settle();
    expect(element.querySelector('[data-testid="milestone-error"]')?.textContent).toContain(
      'elle suit l’étape « Jury / entretien », enregistrée le 05/11/2026',
    );
  });

  it('lists every rule broken when there are several', async () => {
    await show(sarah());
    await submit();
    backend.expectOne('/api/recruitments/r-sarah/milestones').flush(
      ...refusal('RULE_VIOLATION', 'Étape refusée.', {
        violations: [
          { rule: 'PREREQUISITE_MISSING', message: 'Il manque l’étape « Jury / entretien ».' },
          { rule: 'DATE_IN_FUTURE', message: 'Le 01/01/2030 est une date à venir.' },
        ],
      }),
    );
    await settle();
    const items = [...element.querySelectorAll('[data-testid="milestone-error"] li')].map(
      (li) => li.textContent,
    );
    expect(items).toEqual(['Il manque l’étape « Jury / entretien ».', 'Le 01/01/2030 est une date à venir.']);
  });
});
