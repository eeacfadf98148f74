import { addDays, addMonths, compareFrench, type StatsBucketResponse, weekStart } from '@vigie/shared';

/** The statistics of the main courante, shaped for the charts and the heat map. Pure. */

export interface StatsPeriod {
  from: string;
  to: string;
}

/** The last twelve months, today included. */
export function defaultStatsPeriod(today: string): StatsPeriod {
  return { from: addDays(addMonths(today, -12), 1), to: today };
}

/** The ISO week `2026-W24` of a date `YYYY-MM-DD`. */
export function isoWeekOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  const weekday = day.getUTCDay() || 7;
  // The Thursday of the week decides its year.
  const thursday = new Date(day.getTime() + (4 - weekday) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const firstThursday = Date.UTC(year, 0, 1);
  const week = Math.floor((thursday.getTime() - firstThursday) / (7 * 86_400_000)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export interface WeekPoint {
  key: string;
  /** Monday of the week. */
  monday: string;
  count: number;
}

/** One point per ISO week of the period, weeks without entries at zero (a line chart must not skip them). */
export function weekSeries(buckets: readonly StatsBucketResponse[], period: StatsPeriod): WeekPoint[] {
  const counts = new Map(buckets.map((bucket) => [bucket.key, bucket.count]));
  const points: WeekPoint[] = [];
  for (let monday = weekStart(period.from); monday <= period.to; monday = addDays(monday, 7)) {
    const key = isoWeekOf(monday);
    points.push({ key, monday, count: counts.get(key) ?? 0 });
  }
  return points;
}

export const HEAT_LEVELS = 5;

/**
 * The shade of a cell: 0 for none, then 1 to `levels` in proportion to the busiest hour, so that
 * a single entry still shows and only the busiest hour gets the darkest shade.
 */
export function heatLevel(count: number, max: number, levels = HEAT_LEVELS): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(levels, Math.max(1, Math.ceil((count / max) * levels)));
}

export const WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
export const WEEKDAYS_SHORT = ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.'];

export interface HeatCell {
  hour: number;
  count: number;
  level: number;
  /** « samedi 23 h : 12 entrées » */
  label: string;
}

export interface HeatRow {
  /** ISO day, 1 = Monday. */
  day: number;
  name: string;
  short: string;
  cells: HeatCell[];
}

export interface HeatMap {
  rows: HeatRow[];
  max: number;
  total: number;
}

export function entriesLabel(count: number): string {
  return count === 0
    ? $localize`aucune entrée`
    : count === 1
      ? $localize`1 entrée`
      : $localize`${count} entrées`;
}

/** The 7 × 24 grid, Monday first, of the `hourOfWeek` buckets (`isoDay-hour`, `6-23` = Saturday 23:00). */
export function heatMap(buckets: readonly StatsBucketResponse[]): HeatMap {
  const counts = new Map<string, number>();
  for (const bucket of buckets) counts.set(bucket.key, (counts.get(bucket.key) ?? 0) + bucket.count);
  const max = Math.max(0, ...counts.values());
  const rows = WEEKDAYS.map((name, index) => {
    const day = index + 1;
    return {
      day,
      name,
      short: WEEKDAYS_SHORT[index],
      cells: Array.from({ length: 24 }, (_, hour) => {
        const count = counts.get(`${day}-${hour}`) ?? 0;
        return {
          hour,
          count,
          level: heatLevel(count, max),
          label: $localize`${name} ${hour} h : ${entriesLabel(count)}`,
        };
      }),
    };
  });
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  return { rows, max, total };
}

export interface ChartRow {
  key: string;
  label: string;
  count: number;
}

/** The category buckets summed by group of the taxonomy, busiest first. */
export function byGroup(
  buckets: readonly StatsBucketResponse[],
  groups: readonly { code: string; label: string }[],
): ChartRow[] {
  const counts = new Map<string, number>();
  for (const bucket of buckets) {
    const group = bucket.key.split('.')[0];
    counts.set(group, (counts.get(group) ?? 0) + bucket.count);
  }
  return groups
    .filter((group) => (counts.get(group.code) ?? 0) > 0)
    .map((group) => ({ key: group.code, label: group.label, count: counts.get(group.code) ?? 0 }))
    .sort((a, b) => b.count - a.count || compareFrench(a.label, b.label));
}

/** A long axis label on two lines (at the space nearest its middle), so that a phone shows it whole. */
export function wrapLabel(label: string, max = 18): string | string[] {
  if (label.length <= max) return label;
  const middle = label.length / 2;
  let cut = -1;
  for (let i = 0; i < label.length; i++) {
    if (label[i] === ' ' && (cut === -1 || Math.abs(i - middle) < Math.abs(cut - middle))) cut = i;
  }
  return cut === -1 ? label : [label.slice(0, cut), label.slice(cut + 1)];
}
