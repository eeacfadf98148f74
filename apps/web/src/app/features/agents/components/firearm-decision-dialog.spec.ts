import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';

import { FirearmDecisionDialog } from './firearm-decision-dialog';

describe('FirearmDecisionDialog', () => {
  it('says nothing of the unchosen decision when the group loses focus, and everything missing once sent', async () => {
    await TestBed.configureTestingModule({
      imports: [FirearmDecisionDialog],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        {
          provide: MAT_DIALOG_DATA,
          useValue: { id: 'a-leclercq', firstName: 'Antoine', lastName: 'Leclercq' },
        },
        { provide: MatDialogRef, useValue: { close: jest.fn() } },
      ],
    }).compileComponents();
    const fixture = TestBed.createComponent(FirearmDecisionDialog);
    const element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();

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
