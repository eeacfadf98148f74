import type { SchoolZone } from './shift-pattern.rules';

/**
 * The holiday zone of each metropolitan académie, by département (arrêté du 15 décembre 2020
 * fixant le calendrier scolaire 2021-2022, art. 2; unchanged by the later calendars' arrêtés).
 * Corsica and overseas have their own calendars (code de l'éducation, D. 521-6 and D. 521-7):
 * no zone.
 */
const ZONE_DEPARTEMENTS: Record<SchoolZone, string> = {
  // Besançon, Bordeaux, Clermont-Ferrand, Dijon, Grenoble, Limoges, Lyon, Poitiers.
  A: '25 39 70 90 24 33 40 47 64 03 15 43 63 21 58 71 89 07 26 38 73 74 19 23 87 01 42 69 16 17 79 86',
  // Aix-Marseille, Amiens, Lille, Nancy-Metz, Nantes, Nice, Normandie, Orléans-Tours, Reims, Rennes, Strasbourg.
  B:
    '04 05 13 84 02 60 80 59 62 54 55 57 88 44 49 53 72 85 06 83 14 27 50 61 76 18 28 36 37 41 45 ' +
    '08 10 51 52 22 29 35 56 67 68',
  // Créteil, Montpellier, Paris, Toulouse, Versailles.
  C: '77 93 94 11 30 34 48 66 75 09 12 31 32 46 65 81 82 78 91 92 95',
};

const ZONE_OF_DEPARTEMENT = new Map<string, SchoolZone>(
  (Object.entries(ZONE_DEPARTEMENTS) as [SchoolZone, string][]).flatMap(([zone, departements]) =>
    departements.split(' ').map((departement) => [departement, zone] as [string, SchoolZone]),
  ),
);

/** The school holiday zone of a commune (INSEE code), or null where the académie has its own calendar. */
export function schoolZoneOfCommune(inseeCode: string): SchoolZone | null {
  return ZONE_OF_DEPARTEMENT.get(inseeCode.slice(0, 2)) ?? null;
}

/** « Zone B », or the calendar of an académie outside the zones. */
export function schoolZoneLabel(zone: SchoolZone | null): string {
  return zone === null ? 'Calendrier propre à l’académie' : `Zone ${zone}`;
}

/**
 * Of a school calendar's periods, the first (by its first day) that starts within the one before
 * it, and that one; null when none does. Days are ISO dates, the last one included. The API
 * refuses such a calendar and the web form says it before sending.
 */
export function firstOverlap<T extends { start: string; end: string }>(
  periods: readonly T[],
): { period: T; before: T } | null {
  const byStart = [...periods].sort((a, b) => a.start.localeCompare(b.start));
  for (let i = 1; i < byStart.length; i++) {
    if (byStart[i].start <= byStart[i - 1].end) return { period: byStart[i], before: byStart[i - 1] };
  }
  return null;
}
