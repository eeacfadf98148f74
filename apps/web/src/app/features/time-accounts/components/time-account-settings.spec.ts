import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { TimeBasis } from '@vigie/shared';

import { refusal } from '../../../testing/problem.builders';
import { accountOf } from '../testing/time-accounts.builders';
import { TimeAccountSettings } from './time-account-settings';

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('the chief’s and HR’s settings of an account', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<TimeAccountSettings>;
  const byTestId = <T extends HTMLElement>(id: string) =>
    (fixture.nativeElement as HTMLElement).querySelector<T>(`[data-testid="${id}"]`)!;
  const type = async (id: string, value: string) => {
    const input = byTestId<HTMLInputElement>(id);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await settle();
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(TimeAccountSettings);
    fixture.componentRef.setInput('account', accountOf());
    fixture.detectChanges();
    await fixture.whenStable();
  });
  afterEach(() => backend.verify());

  it('sends the balance carried in with its reason and hands the new account on', async () => {
    const changed: unknown[] = [];
    fixture.componentInstance.changed.subscribe((account) => changed.push(account));
    await type('opening-hours', '-4.5');
    await type('opening-leave', '3');
    await type('opening-reason', 'Reprise du tableur');
    byTestId<HTMLButtonElement>('opening-save').click();
    const request = backend.expectOne('/api/agents/a-julien/time-account/opening');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({
      year: 2026,
      hours: -4.5,
      annualLeaveTaken: 3,
      rttTaken: 0,
      reason: 'Reprise du tableur',
      version: undefined,
    });
    const answer = accountOf({ balanceToDate: 77.44 });
    request.flush(answer);
    await settle();
    expect(changed).toEqual([answer]);
  });

  it('asks for a reason before sending anything', () => {
    byTestId<HTMLButtonElement>('opening-save').click();
    fixture.detectChanges();
    expect(byTestId('opening-error').textContent).toContain('Donnez le motif du report');
    backend.expectNone('/api/agents/a-julien/time-account/opening');
  });

  it('refuses a week above 48 h (six days of 9 h) before the server does, and sends a fixed week', async () => {
    fixture.componentInstance.basis.set(TimeBasis.SCHEDULE);
    fixture.detectChanges();
    await fixture.whenStable();
    byTestId<HTMLButtonElement>('counting-day-6').click();
    await type('counting-hours', '9');
    await type('counting-reason', 'Accueil du poste');
    byTestId<HTMLButtonElement>('counting-save').click();
    fixture.detectChanges();
    expect(byTestId('counting-error').textContent).toBe('48 h par semaine au plus.');
    backend.expectNone('/api/agents/a-julien/time-counting');

    await type('counting-hours', '8');
    byTestId<HTMLButtonElement>('counting-save').click();
    const request = backend.expectOne('/api/agents/a-julien/time-counting');
    expect(request.request.body).toEqual({
      basis: 'SCHEDULE',
      weekdays: [1, 2, 3, 4, 5, 6],
      dailyHours: 8,
      reason: 'Accueil du poste',
    });
    request.flush(accountOf());
    await settle();
  });

  it('hides the week of an agent counted on the roster', () => {
    expect(byTestId('counting-day-1')).toBeNull();
    expect(byTestId('counting-hours')).toBeNull();
  });

  it('shows the server’s field message when it refuses', async () => {
    await type('counting-reason', 'Retour au planning');
    byTestId<HTMLButtonElement>('counting-save').click();
    backend.expectOne('/api/agents/a-julien/time-counting').flush(
      ...refusal('VALIDATION', 'La requête contient des champs invalides.', {
        errors: [{ field: 'weekdays', message: 'un jour figure deux fois' }],
      }),
    );
    await settle();
    fixture.detectChanges();
    expect(byTestId('counting-error').textContent).toBe('Un jour figure deux fois.');
  });
});
