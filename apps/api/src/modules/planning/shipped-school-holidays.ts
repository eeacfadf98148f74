import type { SchoolZone } from '@vigie/shared';

const OFFICIAL = 'https://www.education.gouv.fr/calendrier-scolaire-100148';
const ARRETE_2022 = `Arrêté du 7 décembre 2022 fixant le calendrier scolaire (années 2023-2024 à 2025-2026), ${OFFICIAL}`;
const ARRETE_2025 = `Arrêté du 22 octobre 2025 fixant le calendrier scolaire de l’année 2026-2027, ${OFFICIAL}`;
const TO_CHECK = ' (dates à vérifier sur le texte officiel)';

export interface ShippedPeriod {
  start: string;
  end: string;
  label: string;
  source: string;
}

/**
 * The school holidays a new service starts with, per zone: first and last day without class,
 * both included. Zone B only (Lille's, checked as the migration that first shipped it says: 2025-2026
 * against several publications; for 2026-2027 the rentrée, the start of the summer and the arrêté's
 * date, the rest marked « à vérifier »). A service of zone A or C, or of an académie with its own
 * calendar, starts with none: its chief enters them (Types de créneaux › Calendrier scolaire).
 */
export const SHIPPED_SCHOOL_HOLIDAYS: Partial<Record<SchoolZone, readonly ShippedPeriod[]>> = {
  B: [
    ['2025-07-05', '2025-08-31', 'Vacances d’été', ARRETE_2022],
    ['2025-10-18', '2025-11-02', 'Vacances de la Toussaint', ARRETE_2022],
    ['2025-12-20', '2026-01-04', 'Vacances de Noël', ARRETE_2022],
    ['2026-02-14', '2026-03-01', 'Vacances d’hiver', ARRETE_2022],
    ['2026-04-11', '2026-04-26', 'Vacances de printemps', ARRETE_2022],
    ['2026-05-15', '2026-05-16', 'Pont de l’Ascension', ARRETE_2022],
    ['2026-07-04', '2026-08-31', 'Vacances d’été', ARRETE_2025],
    ['2026-10-17', '2026-11-01', 'Vacances de la Toussaint', ARRETE_2025 + TO_CHECK],
    ['2026-12-19', '2027-01-03', 'Vacances de Noël', ARRETE_2025 + TO_CHECK],
    ['2027-02-20', '2027-03-07', 'Vacances d’hiver', ARRETE_2025 + TO_CHECK],
    ['2027-04-17', '2027-05-02', 'Vacances de printemps', ARRETE_2025 + TO_CHECK],
    ['2027-05-07', '2027-05-08', 'Pont de l’Ascension', ARRETE_2025 + TO_CHECK],
    ['2027-07-03', '2027-08-31', 'Vacances d’été', `${ARRETE_2025} (fin : rentrée 2027 non encore fixée)`],
  ].map(([start, end, label, source]) => ({ start, end, label, source })),
};
