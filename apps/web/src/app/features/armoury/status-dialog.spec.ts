import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { WeaponKind, type WeaponResponse, WeaponStatus } from '@vigie/shared';

import { WeaponStatusDialog } from './status-dialog';

const GLOCK: WeaponResponse = {
  id: 'w-1',
  kind: WeaponKind.HANDGUN,
  model: 'Glock 17 Gen 5',
  serialNumber: 'BDUX-0101',
  status: WeaponStatus.IN_SERVICE,
  issuedTo: null,
  createdAt: '2026-01-01T00:00:00Z',
};

describe('WeaponStatusDialog', () => {
  let fixture: ComponentFixture<WeaponStatusDialog>;
  let element: HTMLElement;
  let backend: HttpTestingController;
  let close: jest.Mock;

  beforeEach(async () => {
    close = jest.fn();
    TestBed.configureTestingModule({
      imports: [WeaponStatusDialog],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MAT_DIALOG_DATA, useValue: GLOCK },
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(WeaponStatusDialog);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });
  afterEach(() => backend.verify());

  const reason = () => element.querySelector<HTMLTextAreaElement>('[data-testid="weapon-status-reason"]')!;

  function type(text: string): void {
    reason().value = text;
    reason().dispatchEvent(new Event('input'));
  }

  async function save(): Promise<void> {
    void fixture.componentInstance.save();
    await fixture.whenStable();
  }

  it('asks for the reason under « Motif » and sends nothing while it is under five characters', async () => {
    expect(element.textContent).toContain('Motif');
    expect(reason().maxLength).toBe(300);
    type('  ab ');
    await save();
    expect(element.textContent).toContain('Dites pourquoi (5 caractères au moins).');
    backend.expectNone('/api/weapons/w-1/status');
  });

  it('sends the new status with the reason trimmed, and closes on the weapon', async () => {
    type('  Détente dure, envoyée à l’armurier ');
    await save();
    const request = backend.expectOne('/api/weapons/w-1/status');
    expect(request.request.body).toEqual({
      status: fixture.componentInstance.choices[0],
      reason: 'Détente dure, envoyée à l’armurier',
    });
    const updated = { ...GLOCK, status: fixture.componentInstance.choices[0] };
    request.flush(updated);
    await fixture.whenStable();
    expect(close).toHaveBeenCalledWith(updated);
  });
});
