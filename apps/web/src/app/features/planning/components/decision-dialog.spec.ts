import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { AbsenceKind, AbsenceStatus } from '@vigie/shared';

import { absenceOf, agentOf } from '../testing/planning.builders';
import { type DecisionData, DecisionDialog } from './decision-dialog';

const YASMINE = agentOf('a-yasmine', 'Haddad', 'Yasmine');
const REQUEST = absenceOf('ab-1', YASMINE, '2027-02-03T23:00:00.000Z', '2027-04-15T22:00:00.000Z', {
  kind: AbsenceKind.ANNUAL_LEAVE,
  status: AbsenceStatus.REQUESTED,
});
const REFUSAL = {
  type: 'about:blank',
  title: 'Règle enfreinte',
  status: 422,
  detail: 'Solde insuffisant (Congés annuels) : il reste 27 j, cette absence en demande 50 j.',
  code: 'RULE_VIOLATION',
  reason: 'LEAVE_BALANCE_EXCEEDED',
};

const settle = () => new Promise((resolve) => setTimeout(resolve));
const byTestId = <T extends HTMLElement>(id: string) => document.querySelector<T>(`[data-testid="${id}"]`);

describe('the chief’s decision on an absence beyond its balance', () => {
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    const data: DecisionData = { absence: REQUEST, approved: true };
    TestBed.inject(MatDialog).open(DecisionDialog, { data });
    await settle();
    TestBed.tick();
  });
  afterEach(() => {
    backend.verify();
    TestBed.inject(MatDialog).closeAll();
  });

  it('asks no reason at first, then shows the refusal and the override field, and sends the reason', async () => {
    expect(byTestId('decision-override')).toBeNull();
    byTestId<HTMLButtonElement>('decision-confirm')!.click();
    backend
      .expectOne('/api/absences/ab-1/decision')
      .flush(REFUSAL, { status: 422, statusText: 'Unprocessable' });
    await settle();
    TestBed.tick();

    expect(document.body.textContent).toContain('il reste 27 j, cette absence en demande 50 j.');
    const override = byTestId<HTMLTextAreaElement>('decision-override')!;
    expect(override).not.toBeNull();
    expect(byTestId('decision-confirm')!.textContent).toContain('Accepter malgré le solde');
    override.value = 'Congé de longue date accordé par le maire';
    override.dispatchEvent(new Event('input'));
    byTestId<HTMLButtonElement>('decision-confirm')!.click();

    const again = backend.expectOne('/api/absences/ab-1/decision');
    expect(again.request.body).toEqual({
      approved: true,
      balanceOverride: 'Congé de longue date accordé par le maire',
    });
    again.flush({ ...REQUEST, status: AbsenceStatus.APPROVED, version: 2 });
    await settle();
  });

  it('keeps the field hidden for another refusal', async () => {
    byTestId<HTMLButtonElement>('decision-confirm')!.click();
    backend
      .expectOne('/api/absences/ab-1/decision')
      .flush(
        { ...REFUSAL, detail: 'Décidée entre-temps.', code: 'VERSION_CONFLICT', reason: undefined },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    TestBed.tick();
    expect(document.body.textContent).toContain('Décidée entre-temps.');
    expect(byTestId('decision-override')).toBeNull();
  });
});
