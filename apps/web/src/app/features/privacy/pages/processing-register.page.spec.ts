import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { processingRegister, type ProcessingRegisterResponse } from '@vigie/shared';

import { ProcessingRegisterPage } from './processing-register.page';

const REGISTER: ProcessingRegisterResponse = {
  controller: 'Commune de Lomme — le maire, responsable du traitement ; service de police municipale',
  generatedAt: '2026-06-15T08:30:00.000Z',
  processings: processingRegister({
    incidentYears: 3,
    footageImageDays: 30,
    footageRegisterYears: 3,
    candidateMonths: 3,
    auditMonths: 12,
  }),
};

describe('ProcessingRegisterPage', () => {
  it('shows each processing with its purpose, basis, data, recipients and durations, and prints', async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ProcessingRegisterPage);
    fixture.detectChanges();
    backend.expectOne('/api/processing-register').flush(REGISTER);
    await fixture.whenStable();
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const text = (selector: string) =>
      element.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

    expect(text('h1')).toBe('Registre des traitements');
    expect(text('[data-testid="register-meta"]')).toContain('Établi le : 15/06/2026 10:30');
    expect(
      [...element.querySelectorAll('h2')].map((h) => h.textContent?.replace(/\s+/g, ' ').trim()),
    ).toEqual([
      '1. Planning du service',
      '2. Main courante',
      '3. Vidéoprotection : registre des réquisitions d’images',
      '4. Recrutement',
      '5. Journal des accès',
      '6. Armurerie : registre d’inventaire et état journalier des armes',
      '7. Comptes de temps',
    ]);
    const video = text('[data-testid="processing-VIDEO_REGISTER"]');
    expect(video).toContain('Base légale');
    expect(video).toContain(
      'Registre des réquisitions : 3 ans après l’écrasement des images, puis supprimé.',
    );
    expect(video).toContain('Source : CSI art. R252-11');

    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    element.querySelector<HTMLButtonElement>('[data-testid="print-register"]')!.click();
    expect(print).toHaveBeenCalled();
    backend.verify();
  });
});
