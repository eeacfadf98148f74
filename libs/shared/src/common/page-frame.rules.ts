import { frenchDayAndMonth } from './calendar/french-format';
import { addDays, isIsoDate, weekStart } from './calendar/local-date';
import { todayInParis } from './calendar/zone-clock';

/**
 * The header a page opens with, painted from the HTML before the application has started: the
 * server writes it into the page (a « frame », with the toolbar), the application draws the
 * same header and then takes the frame away, so a phone shows the title well before the app has
 * started. The pages' headers are checked against these words in their specs.
 */
export interface PageFrame {
  /** The page's title (its `h1`). */
  readonly title: string;
  /** The line under the title. */
  readonly lede: string;
  /** The page uses the full width (`.vg-page.wide`). */
  readonly wide: boolean;
}

/** « du 30 novembre au 6 décembre 2026 », the years written out when they differ. */
export function frenchWeekRange(monday: string): string {
  const sunday = addDays(monday, 6);
  const year = (date: string): string => date.slice(0, 4);
  const first =
    year(monday) === year(sunday)
      ? frenchDayAndMonth(monday)
      : `${frenchDayAndMonth(monday)} ${year(monday)}`;
  return `du ${first} au ${frenchDayAndMonth(sunday)} ${year(sunday)}`;
}

/** The week the planning shows: the one of `?semaine=` when it is a date, else this week in Paris. */
export function planningMonday(semaine: string | null | undefined, now: Date = new Date()): string {
  return weekStart(semaine && isIsoDate(semaine) ? semaine : todayInParis(now));
}

/** The month the planning's « Mois » view shows: `?mois=YYYY-MM` when it is one, else this month in Paris. */
export function planningMonth(mois: string | null | undefined, now: Date = new Date()): string {
  return mois && /^\d{4}-(0[1-9]|1[0-2])$/.test(mois) ? mois : todayInParis(now).slice(0, 7);
}

let monthAndYear: Intl.DateTimeFormat | undefined;

/** « Décembre 2026 » for `2026-12`. */
export function frenchMonthTitle(month: string): string {
  monthAndYear ??= new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', month: 'long', year: 'numeric' });
  const text = monthAndYear.format(new Date(`${month}-15T12:00:00Z`));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const MAIN_COURANTE_FRAME: PageFrame = {
  title: 'Main courante',
  lede: 'Les faits constatés ou signalés, les plus récents d’abord.',
  wide: false,
};

/** The planning's header for the week starting on `monday`. */
export function planningFrame(monday: string): PageFrame {
  return { title: 'Planning', lede: `Semaine ${frenchWeekRange(monday)}`, wide: true };
}

/** The planning's header for its « Mois » view. */
export function planningMonthFrame(month: string): PageFrame {
  return { title: 'Planning', lede: frenchMonthTitle(month), wide: true };
}

/**
 * The planning's header for its address: the month of `?vue=mois`, else the week of `?jour=` (a
 * phone's day) or of `?semaine=`.
 */
function planningFrameOf(query: URLSearchParams, now: Date): PageFrame {
  if (query.get('vue') === 'mois') return planningMonthFrame(planningMonth(query.get('mois'), now));
  const jour = query.get('jour');
  return planningFrame(planningMonday(jour && isIsoDate(jour) ? jour : query.get('semaine'), now));
}

/** A page's address as the app's router reads it: one trailing slash left out (`/planning/`). */
export function pagePath(path: string): string {
  return path.replace(/(.)\/$/, '$1');
}

/**
 * The frame of the page at `path` (without its query), `null` for a page drawn without one.
 * Only the pages an agent or a chief opens first and most, on a phone: the others start as before.
 */
export function pageFrame(path: string, query: URLSearchParams, now: Date = new Date()): PageFrame | null {
  switch (pagePath(path)) {
    case '/main-courante':
      return MAIN_COURANTE_FRAME;
    case '/planning':
      return planningFrameOf(query, now);
    default:
      return null;
  }
}
