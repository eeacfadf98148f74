import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialog, MatDialogRef } from '@angular/material/dialog';
import { type ShiftResponse, type ShiftTypeResponse } from '@vigie/shared';
import { of } from 'rxjs';

import type { ConfirmData } from '../../../shared/ui/confirm-dialog';
import { refusal } from '../../../testing/problem.builders';
import { shiftOf } from '../testing/planning.builders';
import { ShiftDialog, type ShiftDialogData } from './shift-dialog';

const MARKET = {
  id: 'type-MARCHE',
  code: 'MARCHE',
  label: 'Marché du Bourg',
  startTime: '07:00',
  endTime: '13:00',
  minAgents: 2,
  requirements: [],
  active: true,
} as unknown as ShiftTypeResponse;

const party = (names: string[] = []): ShiftResponse =>
  shiftOf('s-fete', 'MARCHE', '2026-06-21T16:00:00.000Z', '2026-06-21T23:00:00.000Z', {
    shiftTypeId: MARKET.id,
    label: 'Fête de la Musique',
    minAgents: 2,
    version: 3,
    assignments: names.map((agentName, index) => ({ agentId: `a-${index}`, agentName })),
  });

describe('ShiftDialog', () => {
  let fixture: ComponentFixture<ShiftDialog>;
  let element: HTMLElement;
  let backend: HttpTestingController;
  let close: jest.Mock;
  let asked: ConfirmData[];
  let answer: boolean;

  async function open(data: ShiftDialogData): Promise<void> {
    close = jest.fn();
    asked = [];
    answer = true;
    const dialogs = {
      open: jest.fn((_component: unknown, config: { data: ConfirmData }) => {
        asked.push(config.data);
        return { afterClosed: () => of(answer) };
      }),
    };
    await TestBed.configureTestingModule({
      imports: [ShiftDialog],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MAT_DIALOG_DATA, useValue: data },
        { provide: MatDialogRef, useValue: { close } },
      ],
    })
      .overrideProvider(MatDialog, { useValue: dialogs })
      .compileComponents();
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ShiftDialog);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }
  afterEach(() => backend.verify());

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  function type(testId: string, value: string): void {
    const input = element.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  it('creates « Fête de la Musique » from a type, its evening ending the next day', async () => {
    await open({ shift: null, types: [MARKET], date: '2026-06-21' });
    type('shift-label', 'Fête de la Musique');
    type('shift-start', '18:00');
    type('shift-end', '01:00');
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="shift-when"]')?.textContent).toContain(
      'Le 21/06/2026, de 18:00 à 01:00 le lendemain',
    );
    expect(element.querySelector('[data-testid="shift-duration"]')?.textContent).toContain(
      '7 h, finit le lendemain',
    );
    void fixture.componentInstance.save();
    const request = backend.expectOne('/api/shifts');
    expect(request.request.body).toEqual({
      shiftTypeId: 'type-MARCHE',
      startsAt: '2026-06-21T18:00:00+02:00',
      endsAt: '2026-06-22T01:00:00+02:00',
      label: 'Fête de la Musique',
      minAgents: 2,
      requirements: [],
    });
    const created = party();
    request.flush(created);
    await settle();
    expect(close).toHaveBeenCalledWith({ shift: created, created: true, told: 0 });
  });

  it('says what is wrong beside the fields, live, and sends nothing', async () => {
    await open({ shift: null, types: [MARKET], date: '2026-06-21' });
    type('shift-start', '25:00');
    fixture.componentInstance.form.controls.minAgents.setValue(1);
    fixture.componentInstance.addRequirement();
    fixture.componentInstance.requirements.at(0).controls.count.setValue(2);
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="shift-needs-problem"]')?.textContent).toContain(
      'Une qualification est demandée à plus d’agents que le minimum du créneau.',
    );
    await fixture.componentInstance.save();
    await fixture.whenStable();
    expect(element.textContent).toContain('Une heure hh:mm, de 00:00 à 23:59.');
    expect(element.textContent).toContain('De 2 à 120 caractères.');
    backend.expectNone('/api/shifts');
    expect(close).not.toHaveBeenCalled();
  });

  it('asks before new times of a shift agents are on, naming them, then sends the confirmation', async () => {
    await open({ shift: party(['Karim Benali', 'Élodie Martin']), types: [MARKET], date: '2026-06-21' });
    expect(element.querySelector('[data-testid="shift-staffed"]')?.textContent).toContain(
      'Affectés : Karim Benali et Élodie Martin',
    );
    type('shift-start', '19:00');
    void fixture.componentInstance.save();
    await settle();
    expect(asked).toHaveLength(1);
    expect(asked[0].message).toContain(
      '(Karim Benali et Élodie Martin) : confirmez le changement d’horaires',
    );
    const request = backend.expectOne('/api/shifts/s-fete?confirm=true');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({
      version: 3,
      startsAt: '2026-06-21T19:00:00+02:00',
      endsAt: '2026-06-22T01:00:00+02:00',
    });
    request.flush(party(['Karim Benali', 'Élodie Martin']));
    await settle();
    expect(close).toHaveBeenCalledWith(expect.objectContaining({ created: false, told: 2 }));
  });

  it('sends nothing when the chief says no', async () => {
    await open({ shift: party(['Karim Benali']), types: [MARKET], date: '2026-06-21' });
    type('shift-end', '23:30');
    answer = false;
    await fixture.componentInstance.save();
    await settle();
    expect(asked).toHaveLength(1);
    backend.expectNone(() => true);
    expect(close).not.toHaveBeenCalled();
  });

  it('asks again with the API’s names when agents were put on the shift meanwhile', async () => {
    await open({ shift: party(), types: [MARKET], date: '2026-06-21' });
    type('shift-start', '19:00');
    void fixture.componentInstance.save();
    await settle();
    expect(asked).toHaveLength(0);
    backend.expectOne('/api/shifts/s-fete').flush(
      ...refusal(
        'SHIFT_HAS_AGENTS',
        '1 agent est affecté à ce créneau (Julien Lefebvre) : confirmez le changement d’horaires.',
        {
          violations: [
            { rule: 'SHIFT_HAS_AGENTS', message: 'Julien Lefebvre est affecté à ce créneau', agentId: 'a' },
          ],
        },
      ),
    );
    await settle();
    expect(asked.map((question) => question.message)).toEqual([
      '1 agent est affecté à ce créneau (Julien Lefebvre) : confirmez le changement d’horaires.',
    ]);
    backend.expectOne('/api/shifts/s-fete?confirm=true').flush(party(['Julien Lefebvre']));
    await settle();
    expect(close).toHaveBeenCalledWith(expect.objectContaining({ told: 1 }));
  });

  it('shows a rule the move breaks for an agent, and stays open', async () => {
    await open({ shift: party(['Julien Lefebvre']), types: [MARKET], date: '2026-06-21' });
    type('shift-end', '06:00');
    void fixture.componentInstance.save();
    await settle();
    backend.expectOne('/api/shifts/s-fete?confirm=true').flush(
      ...refusal('REST_TOO_SHORT', 'Le déplacement enfreint une règle.', {
        violations: [{ rule: 'DAILY_REST', message: 'Julien Lefebvre : repos de 5 h au lieu de 11 h.' }],
      }),
    );
    await settle();
    expect(element.querySelector('[data-testid="shift-error"]')?.textContent).toContain(
      'Julien Lefebvre : repos de 5 h au lieu de 11 h.',
    );
    expect(close).not.toHaveBeenCalled();
  });
});
