import {
  ABSENCE_KIND_LABELS,
  type AbsenceKind,
  AbsenceStatus,
  addDays,
  dayMonth,
  formatDateFr,
  type GenerateShiftsResponse,
  HARD_RULES,
  localDateOf,
  type PublicationResponse,
  QUALIFICATION_LABELS,
  QualificationKind,
  ROSTER_RULE_LABELS,
  type RosterRule,
  type ShiftResponse,
} from '@vigie/shared';

import { dayMonthAt } from '../../../shared/time/date-words';

/** How the planning reads on screen: coverage, absences, findings, publication. Pure, tested. */

function plural(count: number, one: string, many: string): string {
  return `${count} ${count > 1 ? many : one}`;
}

/** « 1 agent armé manquant », « 2 opérateurs vidéo manquants ». */
export function missingHolders(kind: QualificationKind, count: number): string {
  switch (kind) {
    case QualificationKind.FIREARM:
      return plural(count, $localize`agent armé manquant`, $localize`agents armés manquants`);
    case QualificationKind.VIDEO_OPERATOR:
      return plural(count, $localize`opérateur vidéo manquant`, $localize`opérateurs vidéo manquants`);
    default:
      return plural(
        count,
        $localize`agent « ${QUALIFICATION_LABELS[kind]} » manquant`,
        $localize`agents « ${QUALIFICATION_LABELS[kind]} » manquants`,
      );
  }
}

/**
 * What « Générer les créneaux » did, from the API's counts (never the shifts listed, which include
 * those already there): « 1 créneau créé. », « 3 créneaux créés, 46 déjà présents. »,
 * « Aucun créneau créé, 49 déjà présents. ».
 */
export function generatedLabel({
  created,
  alreadyPresent,
  notices = [],
}: Pick<GenerateShiftsResponse, 'created' | 'alreadyPresent'> & { notices?: readonly string[] }): string {
  // What was not generated and why (a school calendar that ends too soon) follows the counts.
  const after = notices.length > 0 ? ` ${notices.join(' ')}` : '';
  if (created === 0 && alreadyPresent === 0) {
    return $localize`Aucun créneau créé : aucun type de créneau actif pour cette semaine.` + after;
  }
  const made =
    created === 0
      ? $localize`Aucun créneau créé`
      : plural(created, $localize`créneau créé`, $localize`créneaux créés`);
  if (alreadyPresent === 0) return `${made}.${after}`;
  return `${made}, ${plural(alreadyPresent, $localize`déjà présent`, $localize`déjà présents`)}.${after}`;
}

/** Who was told of a change, after its snack bar's first words: « ; 2 agents prévenus ». */
function toldText(told: number): string {
  if (told === 0) return '';
  return told === 1 ? $localize` ; 1 agent prévenu` : $localize` ; ${told} agents prévenus`;
}

/**
 * The snack bar after the shift dialog: « Créneau « Fête de la Musique » créé le 21/06/2026. »,
 * « Créneau « Bal » modifié ; 2 agents prévenus. ».
 */
export function shiftSavedLabel({
  shift,
  created,
  told,
}: {
  shift: Pick<ShiftResponse, 'label' | 'startsAt'>;
  created: boolean;
  told: number;
}): string {
  const day = formatDateFr(localDateOf(shift.startsAt));
  return created
    ? $localize`Créneau « ${shift.label} » créé le ${day}.`
    : $localize`Créneau « ${shift.label} » modifié${toldText(told)}.`;
}

/** « Créneau « Bal » supprimé ; 1 agent prévenu. » */
export function shiftDeletedLabel(label: string, told: number): string {
  return $localize`Créneau « ${label} » supprimé${toldText(told)}.`;
}

/** What an uncovered shift lacks, in words: « 1 agent manquant, 1 agent armé manquant »; null when covered. */
export function missingText(shift: Pick<ShiftResponse, 'minAgents' | 'coverage'>): string | null {
  if (shift.coverage.covered) return null;
  const parts: string[] = [];
  const short = shift.minAgents - shift.coverage.assigned;
  if (short > 0) parts.push(plural(short, $localize`agent manquant`, $localize`agents manquants`));
  for (const { kind, count } of shift.coverage.missing) parts.push(missingHolders(kind, count));
  return parts.length > 0 ? parts.join(', ') : $localize`Créneau non couvert`;
}

export const ABSENCE_STATUS_LABELS: Record<AbsenceStatus, string> = {
  [AbsenceStatus.REQUESTED]: $localize`Demandée`,
  [AbsenceStatus.APPROVED]: $localize`Acceptée`,
  [AbsenceStatus.REJECTED]: $localize`Refusée`,
};

/** An absence in a month's cell, a few letters wide; the legend spells it out. */
export const ABSENCE_SHORT_LABELS: Record<AbsenceKind, string> = {
  ANNUAL_LEAVE: $localize`CA`,
  RTT: $localize`RTT`,
  SICKNESS: $localize`MAL`,
  TRAINING: $localize`FOR`,
  SHOOTING_SESSION: $localize`TIR`,
  RECOVERY: $localize`REC`,
};

export function absenceKindLabel(kind: AbsenceKind): string {
  return ABSENCE_KIND_LABELS[kind];
}

export interface FindingLike {
  rule: string;
  message: string;
  agentId?: string;
  shiftId?: string;
}

export interface FindingGroup<T extends FindingLike> {
  rule: string;
  label: string;
  items: T[];
}

/** Findings grouped by rule, in the order they came (the engine sorts hard rules first). */
export function groupByRule<T extends FindingLike>(findings: readonly T[]): FindingGroup<T>[] {
  const groups = new Map<string, FindingGroup<T>>();
  for (const finding of findings) {
    let group = groups.get(finding.rule);
    if (!group) {
      const label = ROSTER_RULE_LABELS[finding.rule as RosterRule] ?? finding.rule;
      group = { rule: finding.rule, label, items: [] };
      groups.set(finding.rule, group);
    }
    group.items.push(finding);
  }
  return [...groups.values()];
}

export function isHardRule(rule: string): boolean {
  return (HARD_RULES as readonly string[]).includes(rule);
}

export interface PublicationState {
  state: 'draft' | 'partial' | 'published';
  label: string;
}

/** Whether the week starting `monday` is published: « Publiée le 25/11 à 20:10 par chef », « Brouillon ». */
export function publicationState(
  publications: readonly PublicationResponse[],
  monday: string,
): PublicationState {
  const sunday = addDays(monday, 6);
  const covering = publications.filter((p) => p.from <= sunday && p.to >= monday);
  const days = new Set(publishedDays(publications, monday));
  if (days.size === 0) return { state: 'draft', label: $localize`Brouillon` };
  const latest = [...covering].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))[0];
  const by = latest.publishedBy ? $localize` par ${latest.publishedBy}` : '';
  if (days.size < 7) {
    const sorted = [...days].sort();
    return {
      state: 'partial',
      label: $localize`Publiée du ${dayMonth(sorted[0])} au ${dayMonth(sorted[sorted.length - 1])}, le reste en brouillon`,
    };
  }
  return { state: 'published', label: $localize`Publiée le ${dayMonthAt(latest.publishedAt)}${by}` };
}

/** The days of the week starting `monday` that are published, in order. */
export function publishedDays(publications: readonly PublicationResponse[], monday: string): string[] {
  const days: string[] = [];
  for (let day = monday; day <= addDays(monday, 6); day = addDays(day, 1)) {
    if (publications.some((p) => p.from <= day && day <= p.to)) days.push(day);
  }
  return days;
}
