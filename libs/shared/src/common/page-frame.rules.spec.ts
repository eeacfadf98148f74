import {
  frenchMonthTitle,
  frenchWeekRange,
  MAIN_COURANTE_FRAME,
  pageFrame,
  planningMonday,
  planningMonth,
} from './page-frame.rules';

describe('page frames', () => {
  const thursday = new Date('2026-11-26T10:00:00Z');

  it('writes a week as a French reader says it, the years only when they differ', () => {
    expect(frenchWeekRange('2026-11-23')).toBe('du 23 novembre au 29 novembre 2026');
    expect(frenchWeekRange('2026-12-28')).toBe('du 28 décembre 2026 au 3 janvier 2027');
    expect(frenchWeekRange('2027-03-01')).toBe('du 1 mars au 7 mars 2027');
  });

  it('opens the planning on the week of ?semaine=, or on this week in Paris', () => {
    expect(planningMonday('2026-12-31', thursday)).toBe('2026-12-28');
    expect(planningMonday(null, thursday)).toBe('2026-11-23');
    expect(planningMonday('2026-02-30', thursday)).toBe('2026-11-23');
    expect(planningMonday('semaine prochaine', thursday)).toBe('2026-11-23');
    // Sunday 23:30 in Paris is still that week, though it is already Monday in no zone east of UTC.
    expect(planningMonday(undefined, new Date('2026-11-29T22:30:00Z'))).toBe('2026-11-23');
    expect(planningMonday(undefined, new Date('2026-11-29T23:30:00Z'))).toBe('2026-11-30');
  });

  it('frames the main courante and the planning, with or without a trailing slash', () => {
    expect(pageFrame('/main-courante', new URLSearchParams(), thursday)).toBe(MAIN_COURANTE_FRAME);
    expect(pageFrame('/main-courante/', new URLSearchParams(), thursday)).toBe(MAIN_COURANTE_FRAME);
    expect(pageFrame('/planning', new URLSearchParams('semaine=2026-12-02'), thursday)).toEqual({
      title: 'Planning',
      lede: 'Semaine du 30 novembre au 6 décembre 2026',
      wide: true,
    });
  });

  it('frames the planning’s month, and the week of a phone’s day', () => {
    expect(pageFrame('/planning', new URLSearchParams('vue=mois&mois=2026-12'), thursday)).toEqual({
      title: 'Planning',
      lede: 'Décembre 2026',
      wide: true,
    });
    expect(pageFrame('/planning', new URLSearchParams('vue=mois&mois=2026-13'), thursday)?.lede).toBe(
      'Novembre 2026',
    );
    expect(pageFrame('/planning', new URLSearchParams('jour=2026-12-15'), thursday)?.lede).toBe(
      'Semaine du 14 décembre au 20 décembre 2026',
    );
  });

  it('reads the month asked for, else this month in Paris', () => {
    expect(planningMonth('2027-01', thursday)).toBe('2027-01');
    expect(planningMonth('2027-1', thursday)).toBe('2026-11');
    expect(planningMonth(null, new Date('2026-11-30T23:30:00Z'))).toBe('2026-12');
    expect(frenchMonthTitle('2026-08')).toBe('Août 2026');
  });

  it('leaves every other page without a frame, the main courante’s sub-pages included', () => {
    for (const path of [
      '/',
      '/connexion',
      '/main-courante/nouvelle',
      '/main-courante/statistiques',
      '/main-courante//',
      '/effectif',
      '/planningx',
    ]) {
      expect(pageFrame(path, new URLSearchParams(), thursday)).toBeNull();
    }
  });
});
