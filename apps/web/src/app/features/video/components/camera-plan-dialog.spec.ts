import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture } from '@angular/core/testing';
import { CameraKind, type DeploymentResponse } from '@vigie/shared';

import { openDialogOnFakeBackend, removeDialog } from '../../../testing/dialog-testing';
import { panelOptions } from '../../../testing/page-testing';
import { refusal } from '../../../testing/problem.builders';
import { DEPLOYMENT } from '../testing/video.builders';
import { CameraPlanDialog } from './camera-plan-dialog';

describe('CameraPlanDialog', () => {
  let fixture: ComponentFixture<CameraPlanDialog>;
  let element: HTMLElement;
  let backend: HttpTestingController;
  let close: jest.Mock;

  const open = async (deployment: DeploymentResponse = DEPLOYMENT): Promise<void> => {
    close = jest.fn();
    ({ fixture, element, backend } = await openDialogOnFakeBackend(CameraPlanDialog, {
      data: deployment,
      close,
      inDocument: true,
    }));
  };
  afterEach(() => {
    backend.verify();
    removeDialog(element);
  });

  const rows = () => [...element.querySelectorAll<HTMLElement>('[data-testid="plan-line"]')];
  const field = (row: number, id: string) =>
    rows()[row].querySelector<HTMLInputElement>(`[data-testid="${id}"]`)!;
  const type = (row: number, id: string, value: string) => {
    field(row, id).value = value;
    field(row, id).dispatchEvent(new Event('input'));
  };
  const render = async () => {
    fixture.detectChanges();
    await fixture.whenStable();
  };
  const save = async () => {
    element.querySelector<HTMLButtonElement>('[data-testid="camera-plan-save"]')!.click();
    await render();
  };

  it('opens on the plan’s lines and sends the council’s revision: a line added, a count changed', async () => {
    await open();
    expect(rows()).toHaveLength(2);
    expect(field(0, 'plan-year').value).toBe('2025');
    expect(field(1, 'plan-count').value).toBe('14');

    element.querySelector<HTMLButtonElement>('[data-testid="plan-add"]')!.click();
    await render();
    // The year after the last one, fixed cameras.
    expect(field(2, 'plan-year').value).toBe('2027');
    type(2, 'plan-count', '16');
    type(1, 'plan-count', '12');
    await save();
    const request = backend.expectOne({ method: 'PUT', url: '/api/cameras/plan' });
    expect(request.request.body).toEqual({
      lines: [
        { year: 2025, kind: CameraKind.NOMAD, planned: 6 },
        { year: 2026, kind: CameraKind.FIXED, planned: 12 },
        { year: 2027, kind: CameraKind.FIXED, planned: 16 },
      ],
    });
    request.flush(DEPLOYMENT);
    await render();
    expect(close).toHaveBeenCalledWith(DEPLOYMENT);
  });

  it('says which line repeats a year and kind, and sends nothing', async () => {
    await open();
    element.querySelector<HTMLButtonElement>('[data-testid="plan-add"]')!.click();
    await render();
    type(2, 'plan-year', '2026');
    await save();
    backend.expectNone('/api/cameras/plan');
    expect(rows()[2].querySelector('[data-testid="plan-repeated"]')?.textContent?.trim()).toBe(
      '2026 : les caméras de type fixe ont déjà leur ligne.',
    );
    // Another kind for that year is a line of its own.
    rows()[2].querySelector<HTMLElement>('.mat-mdc-select-trigger')!.click();
    await render();
    panelOptions(field(2, 'plan-kind'))
      .find((option) => option.textContent?.trim() === 'Nomade')!
      .click();
    await save();
    backend.expectOne('/api/cameras/plan').flush(DEPLOYMENT);
    await render();
    expect(close).toHaveBeenCalled();
  });

  it('refuses a count out of bounds before sending, and shows what the API refused', async () => {
    await open();
    type(0, 'plan-count', '-1');
    await save();
    backend.expectNone('/api/cameras/plan');
    expect(rows()[0].textContent).toContain('De 0 à 1000.');

    type(0, 'plan-count', '6');
    await save();
    backend
      .expectOne('/api/cameras/plan')
      .flush(...refusal('FORBIDDEN', 'Seul le chef de service modifie le plan.'));
    await render();
    await render();
    expect(element.querySelector('[data-testid="camera-plan-error"]')?.textContent?.trim()).toBe(
      'Seul le chef de service modifie le plan.',
    );
    expect(close).not.toHaveBeenCalled();
  });

  it('starts an empty plan on this year, and removes a line', async () => {
    await open({ rows: [], totals: [] });
    expect(element.querySelector('[data-testid="plan-empty"]')?.textContent?.trim()).toBe(
      'Aucune caméra prévue au plan.',
    );
    element.querySelector<HTMLButtonElement>('[data-testid="plan-add"]')!.click();
    await render();
    expect(field(0, 'plan-year').value).toBe(String(new Date().getFullYear()));
    rows()[0].querySelector<HTMLButtonElement>('[data-testid="plan-remove"]')!.click();
    await save();
    backend.expectOne('/api/cameras/plan').flush({ rows: [], totals: [] });
    await render();
    expect(close).toHaveBeenCalledWith({ rows: [], totals: [] });
  });
});
