import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog, MatDialogModule } from '@angular/material/dialog';

import { DialogActions } from './dialog-actions';

@Component({
  selector: 'vg-test-form-dialog',
  imports: [DialogActions, MatDialogModule],
  template: `
    <mat-dialog-content>
      <form id="test-form" (submit)="$event.preventDefault(); sent.set(sent() + 1)"></form>
    </mat-dialog-content>
    <vg-dialog-actions form="test-form" [saving]="saving()">Enregistrer</vg-dialog-actions>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class TestFormDialog {
  readonly saving = signal(false);
  readonly sent = signal(0);
}

@Component({
  selector: 'vg-test-stale-dialog',
  imports: [DialogActions, MatDialogModule],
  template: `
    <mat-dialog-content><form id="test-form"></form></mat-dialog-content>
    <vg-dialog-actions form="test-form" [stale]="stale()" testId="test-save">
      @if (stale()) {
        <p vgDialogProblem role="alert">Modifié entre-temps.</p>
      }
      Enregistrer
    </vg-dialog-actions>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class TestStaleDialog {
  readonly stale = signal(false);
}

describe('the actions of a form dialog', () => {
  function open() {
    TestBed.configureTestingModule({});
    const ref = TestBed.inject(MatDialog).open(TestFormDialog);
    TestBed.tick();
    const overlay = document.querySelector<HTMLElement>('.cdk-overlay-container')!;
    const submit = overlay.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    return { ref, overlay, submit };
  }

  afterEach(() => TestBed.inject(MatDialog).closeAll());

  it('submits the form named, with the label given', () => {
    const { ref, submit } = open();
    expect(submit.textContent?.trim()).toBe('Enregistrer');
    expect(submit.getAttribute('form')).toBe('test-form');
    submit.click();
    expect(ref.componentInstance.sent()).toBe(1);
  });

  it('cannot be sent again while the form is being saved', () => {
    const { ref, submit } = open();
    ref.componentInstance.saving.set(true);
    TestBed.tick();
    expect(submit.disabled).toBe(true);
  });

  it('closes the dialog on « Annuler », sending nothing', async () => {
    const { ref, overlay } = open();
    const closed = jest.fn();
    ref.beforeClosed().subscribe(closed);
    [...overlay.querySelectorAll('button')]
      .find((button) => button.textContent?.trim() === 'Annuler')!
      .click();
    await new Promise((resolve) => setTimeout(resolve));
    expect(closed).toHaveBeenCalled();
    expect(ref.componentInstance.sent()).toBe(0);
  });

  it('says the problem before its buttons, and cannot send a record changed meanwhile', () => {
    TestBed.configureTestingModule({});
    const ref = TestBed.inject(MatDialog).open(TestStaleDialog);
    TestBed.tick();
    const overlay = document.querySelector<HTMLElement>('.cdk-overlay-container')!;
    const submit = overlay.querySelector<HTMLButtonElement>('[data-testid="test-save"]')!;
    expect(submit.disabled).toBe(false);
    expect(overlay.querySelector('[role="alert"]')).toBeNull();
    ref.componentInstance.stale.set(true);
    TestBed.tick();
    expect(submit.disabled).toBe(true);
    const actions = overlay.querySelector('mat-dialog-actions')!;
    expect(actions.firstElementChild?.textContent).toBe('Modifié entre-temps.');
    expect(submit.textContent?.trim()).toBe('Enregistrer');
  });
});
