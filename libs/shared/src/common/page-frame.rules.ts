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

export const MAIN_COURANTE_FRAME: PageFrame = {
  title: 'Main courante',
  lede: 'Les faits constatés ou signalés, les plus récents d’abord.',
  wide: false,
};

/** The planning's header for the week starting on `monday`. */
export function planningFrame(monday: string): PageFrame {
  return { title: 'Planning', lede: `Semaine ${frenchWeekRange(monday)}`, wide: true };
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
      return planningFrame(planningMonday(query.get('semaine'), now));
    default:
      return null;
  }
}
