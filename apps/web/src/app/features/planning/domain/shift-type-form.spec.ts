import { Grade, StaffCategory } from '@vigie/shared';

import {
  dayCalendarOf,
  durationText,
  gradesOf,
  patternFeedback,
  type ShiftTypeDraft,
} from './shift-type-form';

const calendar = dayCalendarOf({
  zone: 'B',
  periods: [
    { start: '2026-02-14', end: '2026-03-01', label: 'Vacances d’hiver', source: 'Arrêté' },
    { start: '2026-04-11', end: '2026-04-26', label: 'Vacances de printemps', source: 'Arrêté' },
    { start: '2026-07-04', end: '2026-08-31', label: 'Vacances d’été', source: 'Arrêté' },
  ],
  publicHolidays: [
    { date: '2026-05-01', label: 'Fête du travail' },
    { date: '2026-05-08', label: 'Fête de la Victoire 1945' },
    { date: '2026-05-14', label: 'Ascension' },
  ],
});

const draft = (overrides: Partial<ShiftTypeDraft> = {}): ShiftTypeDraft => ({
  startTime: '16:15',
  endTime: '17:00',
  minAgents: 1,
  requirements: [],
  weekdays: [1, 2, 3, 4, 5],
  publicHolidays: false,
  schoolDaysOnly: true,
  categories: [StaffCategory.POLICE, StaffCategory.ASVP],
  grades: [],
  ...overrides,
});

describe('the shift type form’s live feedback', () => {
  it('counts the school days of the next four weeks, without the spring holidays and public holidays', () => {
    // From Monday 6 April 2026: week 1 has school (Easter Monday is not in this calendar), weeks 2–3
    // are holidays, week 4 has Friday 1 May off.
    const feedback = patternFeedback(draft(), calendar, '2026-04-06');
    expect(feedback.days).toHaveLength(9);
    expect(feedback.summary).toBe(
      'Tourne 9 jours sur les 4 prochaines semaines : du lundi au vendredi, jours d’école seulement, sauf jours fériés.',
    );
    expect(feedback.warnings).toEqual([]);
  });

  it('warns of a school type on weekends only, and of a school calendar that ends too soon', () => {
    expect(patternFeedback(draft({ weekdays: [6, 7] }), calendar, '2026-06-01').warnings).toContain(
      'Il n’y a pas d’école le week-end : ce type ne serait jamais généré.',
    );
    expect(patternFeedback(draft(), calendar, '2026-08-20').warnings).toEqual([
      'Le calendrier scolaire s’arrête le 31/08/2026 : au-delà, ce type n’est pas généré.',
    ]);
  });

  it('warns of a grade outside the categories and of a requirement above the minimum', () => {
    const feedback = patternFeedback(
      draft({
        categories: [StaffCategory.POLICE],
        grades: [Grade.ASVP],
        requirements: [{ kind: 'FIRST_AID', count: 3 }],
      }),
      calendar,
      '2026-06-01',
    );
    expect(feedback.warnings).toEqual([
      'Le grade « ASVP » n’appartient à aucune catégorie choisie (Policiers municipaux).',
      'Une qualification est demandée à plus d’agents que le minimum du créneau.',
    ]);
  });

  it('offers the grades of the chosen categories only', () => {
    expect(gradesOf([StaffCategory.ASVP])).toEqual([Grade.ASVP]);
    expect(gradesOf([StaffCategory.POLICE])).not.toContain(Grade.ASVP);
  });

  it('says how long a shift lasts, and when it ends the next day', () => {
    expect(durationText('06:00', '14:00')).toBe('8 h');
    expect(durationText('21:00', '05:30')).toBe('8 h 30, finit le lendemain');
    expect(durationText('21', '05:30')).toBeNull();
  });
});
