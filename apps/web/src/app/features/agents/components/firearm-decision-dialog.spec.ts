import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { openDialogOnFakeBackend } from '../../../testing/dialog-testing';
import { FirearmDecisionDialog } from './firearm-decision-dialog';

describe('FirearmDecisionDialog', () => {
  it('says nothing of the unchosen decision when the group loses focus, and everything missing once sent', async () => {
    const { fixture, element } = await openDialogOnFakeBackend(FirearmDecisionDialog, {
      data: { id: 'a-leclercq', firstName: 'Antoine', lastName: 'Leclercq' },
      close: jest.fn(),
    });

    // Focus leaves the radios (the chief reaches for « Enregistrer »): no line appears to push the
    // button from under his click.
    fixture.componentInstance.form.controls.decision.markAsTouched();
    await fixture.whenStable();
    expect(element.textContent).not.toContain('Choisissez la décision du préfet.');

    void fixture.componentInstance.save();
    await fixture.whenStable();
    expect(element.textContent).toContain('Choisissez la décision du préfet.');
    expect(element.textContent).toContain('La référence de la décision est obligatoire.');
    TestBed.inject(HttpTestingController).verify();
  });
});
