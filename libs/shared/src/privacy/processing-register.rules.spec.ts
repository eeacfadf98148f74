import { processingRegister, RegisterSettings } from './processing-register.rules';

const DEFAULTS: RegisterSettings = {
  incidentYears: 3,
  footageImageDays: 30,
  footageRegisterYears: 3,
  candidateMonths: 3,
  auditMonths: 12,
  armouryLogYears: 5,
};

const durations = (settings: RegisterSettings, key: string): string[] =>
  processingRegister(settings)
    .find((processing) => processing.key === key)!
    .retention.map((line) => line.duration);

describe('the record of processing', () => {
  it('lists the seven processings of the service, each complete', () => {
    const register = processingRegister(DEFAULTS);
    expect(register.map((processing) => processing.name)).toEqual([
      'Planning du service',
      'Main courante',
      'Vidéoprotection : registre des réquisitions d’images',
      'Recrutement',
      'Journal des accès',
      'Armurerie : registre d’inventaire et état journalier des armes',
      'Comptes de temps',
    ]);
    for (const processing of register) {
      expect([processing.purpose, processing.legalBasis].every((text) => text.length > 20)).toBe(true);
      expect(processing.dataSubjects.length * processing.dataCategories.length).toBeGreaterThan(0);
      expect(processing.recipients.length * processing.retention.length).toBeGreaterThan(0);
    }
  });

  it('says the durations of the configuration, with their sources', () => {
    expect(durations(DEFAULTS, 'MAIN_COURANTE')[0]).toMatch(
      /^3 ans à compter de l’enregistrement de chaque entrée/,
    );
    expect(durations(DEFAULTS, 'VIDEO_REGISTER')).toEqual([
      '30 jours, puis écrasées (hors extraction remise à l’autorité judiciaire).',
      '3 ans après l’écrasement des images, puis supprimé.',
    ]);
    const video = processingRegister(DEFAULTS).find((processing) => processing.key === 'VIDEO_REGISTER')!;
    expect(video.retention.map((line) => line.source)).toEqual([
      expect.stringContaining('L252-5'),
      expect.stringContaining('R252-11'),
    ]);
  });

  it('keeps the armoury’s daily log the configured years, and says no text sets it (5 years: a choice)', () => {
    expect(durations(DEFAULTS, 'ARMOURY')[0]).toBe(
      '5 ans après la remise, l’arme une fois réintégrée, puis supprimé.',
    );
    expect(durations({ ...DEFAULTS, armouryLogYears: 1 }, 'ARMOURY')[0]).toMatch(/^1 an après la remise/);
    const armoury = processingRegister(DEFAULTS).find((processing) => processing.key === 'ARMOURY')!;
    expect(armoury.retention[0].source).toMatch(/Aucune durée trouvée dans les textes.*choix prudent/);
  });

  it('writes one year, one day in the singular', () => {
    const one = { ...DEFAULTS, incidentYears: 1, footageImageDays: 1, footageRegisterYears: 1 };
    expect(durations(one, 'MAIN_COURANTE')[0]).toMatch(/^1 an à compter/);
    expect(durations(one, 'VIDEO_REGISTER')).toEqual([
      expect.stringMatching(/^1 jour, puis/),
      expect.stringMatching(/^1 an après/),
    ]);
  });
});
