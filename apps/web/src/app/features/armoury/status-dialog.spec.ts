import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture } from '@angular/core/testing';
import { WeaponKind, type WeaponResponse, WeaponStatus } from '@vigie/shared';

import { openDialogOnFakeBackend } from '../../testing/dialog-testing';
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
    ({ fixture, element, backend } = await openDialogOnFakeBackend(WeaponStatusDialog, {
      data: GLOCK,
      close,
    }));
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
