import {
  addDays,
  breakProblem,
  breakTooShort,
  CATEGORY_LABELS,
  type DayCalendar,
  DEFAULT_RULE_SET,
  describeWeekdays,
  formatDateFr,
  Grade,
  GRADE_CATEGORY,
  GRADE_LABELS,
  GRADES,
  PLANNING_PATTERNS,
  type SchoolCalendarResponse,
  schoolCalendarSpan,
  shiftTypeRunsOn,
  type StaffCategory,
  typeMinutes as typeMinutesOf,
} from '@vigie/shared';

/** What the shift type form holds, as the rules read it. */
export interface ShiftTypeDraft {
  startTime: string;
  endTime: string;
  minAgents: number;
  requirements: readonly { kind: string; count: number }[];
  weekdays: readonly number[];
  publicHolidays: boolean;
  schoolDaysOnly: boolean;
  categories: readonly StaffCategory[];
  /** Empty: every grade of the categories. */
  grades: readonly Grade[];
}

/** Days of the live count: the four weeks ahead, a month of planning. */
export const FEEDBACK_DAYS = 28;

/** The calendar the API sends, as the shared rule reads it. */
export function dayCalendarOf(response: SchoolCalendarResponse): DayCalendar {
  return {
    publicHolidays: new Set(response.publicHolidays.map((holiday) => holiday.date)),
    schoolHolidays: response.periods,
  };
}

/** The grades a type of these categories may list, in the order of the enum. */
export function gradesOf(categories: readonly StaffCategory[]): Grade[] {
  return GRADES.filter((grade) => categories.includes(GRADE_CATEGORY[grade]));
}

/** « 8 h », « 7 h 30, finit le lendemain »; null while a time is not `HH:mm`. */
export function durationText(startTime: string, endTime: string): string | null {
  const { localTime } = PLANNING_PATTERNS;
  if (!localTime.test(startTime) || !localTime.test(endTime)) return null;
  const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  const crosses = minutes(endTime) <= minutes(startTime);
  const length = minutes(endTime) - minutes(startTime) + (crosses ? 24 * 60 : 0);
  const hours = Math.floor(length / 60);
  const rest = length % 60;
  const text = rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')}`;
  return crosses ? $localize`${text}, finit le lendemain` : text;
}

export interface PatternFeedback {
  /** Local dates it runs on within the next four weeks. */
  days: string[];
  /** « Tourne 16 jours sur les 4 prochaines semaines : du lundi au vendredi, jours d’école seulement. » */
  summary: string;
  /** What makes the type useless or surprising, in French. */
  warnings: string[];
}

/**
 * What the type will do, said as the chief edits it: the days it runs over the four weeks from
 * `today` (the same rule as « Générer les créneaux »), and what would surprise him. Pure.
 */
export function patternFeedback(
  draft: ShiftTypeDraft,
  calendar: DayCalendar | null,
  today: string,
): PatternFeedback {
  const warnings: string[] = [];
  const known = calendar ?? { publicHolidays: new Set<string>(), schoolHolidays: [] };
  const days: string[] = [];
  for (let i = 0; i < FEEDBACK_DAYS; i++) {
    const day = addDays(today, i);
    if (shiftTypeRunsOn(draft, day, known)) days.push(day);
  }
  const parts = [describeWeekdays(draft.weekdays)];
  if (draft.schoolDaysOnly) parts.push($localize`jours d’école seulement`);
  if (!draft.publicHolidays) parts.push($localize`sauf jours fériés`);
  const count = days.length === 1 ? $localize`1 jour` : $localize`${days.length} jours`;
  const summary = $localize`Tourne ${count} sur les 4 prochaines semaines : ${parts.join(', ')}.`;

  if (draft.weekdays.length === 0) warnings.push($localize`Choisissez au moins un jour.`);
  else if (draft.schoolDaysOnly && draft.weekdays.every((day) => day > 5)) {
    warnings.push($localize`Il n’y a pas d’école le week-end : ce type ne serait jamais généré.`);
  }
  if (draft.schoolDaysOnly) {
    const span = calendar ? schoolCalendarSpan(calendar) : null;
    if (!span) {
      warnings.push($localize`Le calendrier scolaire est vide : aucun jour d’école n’est connu.`);
    } else if (span.to < addDays(today, FEEDBACK_DAYS - 1)) {
      warnings.push(
        $localize`Le calendrier scolaire s’arrête le ${formatDateFr(span.to)} : au-delà, ce type n’est pas généré.`,
      );
    }
  }
  if (draft.categories.length === 0) warnings.push($localize`Choisissez au moins une catégorie d’agents.`);
  const outside = draft.grades.filter((grade) => !draft.categories.includes(GRADE_CATEGORY[grade]));
  for (const grade of outside) {
    warnings.push(
      $localize`Le grade « ${GRADE_LABELS[grade]} » n’appartient à aucune catégorie choisie (${draft.categories
        .map((category) => CATEGORY_LABELS[category])
        .join(', ')}).`,
    );
  }
  const excessive = draft.requirements.find(
    (requirement) => requirement.count > Math.max(draft.minAgents, 1),
  );
  if (excessive) {
    warnings.push($localize`Une qualification est demandée à plus d’agents que le minimum du créneau.`);
  }
  return { days, summary, warnings };
}

/** What the break field says under itself: the rule, or what is wrong with the break. */
export interface BreakHint {
  text: string;
  warning: boolean;
}

/**
 * The hint of the break field for a shift of `minutes` (null while its times are incomplete): a
 * break as long as the shift, one missing on a shift of 6 h, else what the rule asks. Pure.
 */
export function breakHint(minutes: number | null, breakMinutes: number): BreakHint {
  const { breakAfterHours, minBreakMinutes } = DEFAULT_RULE_SET;
  if (minutes !== null) {
    const problem = breakProblem(breakMinutes, minutes);
    if (problem) return { text: $localize`La pause doit être plus courte que le créneau.`, warning: true };
    if (breakTooShort(breakMinutes, minutes)) {
      return {
        text: $localize`${minBreakMinutes} min de pause dues dès ${breakAfterHours} h de travail : les agents ne pourraient pas être affectés.`,
        warning: true,
      };
    }
  }
  return {
    text: $localize`Prise pendant le créneau : ${minBreakMinutes} min dues dès ${breakAfterHours} h de travail dans la journée.`,
    warning: false,
  };
}

/** Minutes of a type's times, null while one is not `HH:mm`. */
export function typeLength(startTime: string, endTime: string): number | null {
  const { localTime } = PLANNING_PATTERNS;
  return localTime.test(startTime) && localTime.test(endTime) ? typeMinutesOf(startTime, endTime) : null;
}
