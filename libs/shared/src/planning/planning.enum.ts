/** Absences of PRODUCT.md §3. */
export enum AbsenceKind {
  ANNUAL_LEAVE = 'ANNUAL_LEAVE',
  RTT = 'RTT',
  SICKNESS = 'SICKNESS',
  TRAINING = 'TRAINING',
  SHOOTING_SESSION = 'SHOOTING_SESSION',
  RECOVERY = 'RECOVERY',
}

export enum AbsenceStatus {
  REQUESTED = 'REQUESTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

export const ABSENCE_KIND_LABELS: Record<AbsenceKind, string> = {
  [AbsenceKind.ANNUAL_LEAVE]: 'Congé annuel',
  [AbsenceKind.RTT]: 'RTT',
  [AbsenceKind.SICKNESS]: 'Maladie',
  [AbsenceKind.TRAINING]: 'Formation',
  [AbsenceKind.SHOOTING_SESSION]: 'Séance de tir',
  [AbsenceKind.RECOVERY]: 'Récupération',
};

/** Every rule of the roster check. Hard ones break the law or the service's rules: a
 * violation refuses an assignment and a publication. Soft ones are warnings. */
export enum RosterRule {
  // hard
  OVERLAP = 'OVERLAP',
  ABSENCE = 'ABSENCE',
  AGENT_STATUS = 'AGENT_STATUS',
  TRAINEE_NOT_ALLOWED = 'TRAINEE_NOT_ALLOWED',
  CATEGORY_NOT_ALLOWED = 'CATEGORY_NOT_ALLOWED',
  GRADE_NOT_ALLOWED = 'GRADE_NOT_ALLOWED',
  QUALIFICATION_MISSING = 'QUALIFICATION_MISSING',
  DAILY_WORK = 'DAILY_WORK',
  DAY_SPAN = 'DAY_SPAN',
  DAILY_REST = 'DAILY_REST',
  WEEKLY_HOURS = 'WEEKLY_HOURS',
  AVERAGE_WEEKLY_HOURS = 'AVERAGE_WEEKLY_HOURS',
  WEEKLY_REST = 'WEEKLY_REST',
  BREAK = 'BREAK',
  // soft
  UNDERSTAFFED = 'UNDERSTAFFED',
  REQUIREMENT_UNMET = 'REQUIREMENT_UNMET',
  UNFAIR_NIGHTS = 'UNFAIR_NIGHTS',
  UNFAIR_WEEKENDS = 'UNFAIR_WEEKENDS',
  HOURS_FROM_CONTRACT = 'HOURS_FROM_CONTRACT',
  SECONDMENT_SHARE = 'SECONDMENT_SHARE',
  WEEKLY_REST_SUNDAY = 'WEEKLY_REST_SUNDAY',
}

export type Severity = 'violation' | 'warning';

export const HARD_RULES: readonly RosterRule[] = [
  RosterRule.OVERLAP,
  RosterRule.ABSENCE,
  RosterRule.AGENT_STATUS,
  RosterRule.TRAINEE_NOT_ALLOWED,
  RosterRule.CATEGORY_NOT_ALLOWED,
  RosterRule.GRADE_NOT_ALLOWED,
  RosterRule.QUALIFICATION_MISSING,
  RosterRule.DAILY_WORK,
  RosterRule.DAY_SPAN,
  RosterRule.DAILY_REST,
  RosterRule.WEEKLY_HOURS,
  RosterRule.AVERAGE_WEEKLY_HOURS,
  RosterRule.WEEKLY_REST,
  RosterRule.BREAK,
];

export const ROSTER_RULE_LABELS: Record<RosterRule, string> = {
  [RosterRule.OVERLAP]: 'Chevauchement',
  [RosterRule.ABSENCE]: 'Agent absent',
  [RosterRule.AGENT_STATUS]: 'Agent non disponible',
  [RosterRule.TRAINEE_NOT_ALLOWED]: 'Stagiaire non autorisé',
  [RosterRule.CATEGORY_NOT_ALLOWED]: 'Catégorie non autorisée',
  [RosterRule.GRADE_NOT_ALLOWED]: 'Grade non autorisé',
  [RosterRule.QUALIFICATION_MISSING]: 'Qualification manquante',
  [RosterRule.DAILY_WORK]: 'Durée quotidienne',
  [RosterRule.DAY_SPAN]: 'Amplitude de la journée',
  [RosterRule.DAILY_REST]: 'Repos quotidien',
  [RosterRule.WEEKLY_HOURS]: 'Durée hebdomadaire',
  [RosterRule.AVERAGE_WEEKLY_HOURS]: 'Moyenne sur 12 semaines',
  [RosterRule.WEEKLY_REST]: 'Repos hebdomadaire',
  [RosterRule.BREAK]: 'Pause',
  [RosterRule.UNDERSTAFFED]: 'Effectif insuffisant',
  [RosterRule.REQUIREMENT_UNMET]: 'Qualification requise non couverte',
  [RosterRule.UNFAIR_NIGHTS]: 'Répartition des nuits',
  [RosterRule.UNFAIR_WEEKENDS]: 'Répartition des week-ends',
  [RosterRule.HOURS_FROM_CONTRACT]: 'Heures éloignées du contrat',
  [RosterRule.SECONDMENT_SHARE]: 'Au-delà de la mise à disposition',
  [RosterRule.WEEKLY_REST_SUNDAY]: '2e dimanche de suite sans repos',
};
