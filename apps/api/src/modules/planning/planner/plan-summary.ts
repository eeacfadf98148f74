import {
  AgentLoadResponse,
  dayMonth,
  frenchWeekday,
  localDateOf,
  localTimeOf,
  PlanQualityResponse,
  PlanSummaryResponse,
  QUALIFICATION_LABELS,
  QualificationKind,
} from '@vigie/shared';

/**
 * The words of a proposal of the automatic planning, written for the chief who reads it: what
 * was filled, what could not be and why, how fairly the work is shared. No word of the search
 * behind it (the tests scan these texts for solver jargon).
 */

function count(n: number, one: string, many: string): string {
  return `${n} ${n > 1 ? many : one}`;
}

/** « 46 places pourvues sur 49 ». */
export function filledText({
  filledPlaces,
  requiredPlaces,
}: Pick<PlanQualityResponse, 'filledPlaces' | 'requiredPlaces'>): string {
  if (requiredPlaces === 0) return 'Aucune place à pourvoir sur la période';
  return `${count(filledPlaces, 'place pourvue', 'places pourvues')} sur ${requiredPlaces}`;
}

/** « 3 créneaux non pourvus », « Tous les créneaux sont pourvus ». */
export function unfilledText(unfilled: number): string {
  if (unfilled === 0) return 'Tous les créneaux sont pourvus';
  return count(unfilled, 'créneau non pourvu', 'créneaux non pourvus');
}

function hoursFr(hours: number): string {
  return `${Math.round(hours).toString()} h`;
}

function range(values: number[]): string {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? `${low}` : `${low} à ${high}`;
}

/**
 * « Écart de charge entre agents : 6 h ; nuits par agent : 0 à 2 ; week-ends par agent : 0 à 1 ».
 * The charge of an agent is his hours over the period against his contract (absences deducted):
 * the gap is between the most and the least charged, in hours. Agents absent the whole period
 * are left out.
 */
export function fairnessText(agents: readonly AgentLoadResponse[]): string {
  const present = agents.filter((agent) => agent.contractHours > 0);
  if (present.length === 0) return 'Aucun agent disponible sur la période';
  const balance = present.map((agent) => agent.hours - agent.contractHours);
  return [
    `Écart de charge entre agents : ${hoursFr(Math.max(...balance) - Math.min(...balance))}`,
    `nuits par agent : ${range(present.map((agent) => agent.nights))}`,
    `week-ends par agent : ${range(present.map((agent) => agent.weekends))}`,
  ].join(' ; ');
}

export function planSummary(
  quality: Pick<PlanQualityResponse, 'filledPlaces' | 'requiredPlaces'>,
  unfilled: number,
  agents: readonly AgentLoadResponse[],
): PlanSummaryResponse {
  return { filled: filledText(quality), unfilled: unfilledText(unfilled), fairness: fairnessText(agents) };
}

/** Why the agents who could not take a shift could not, as counted for each of them. */
export const REASONS = {
  absent: 'en congé ou absents',
  unqualified: (kind: QualificationKind): string => `sans ${QUALIFICATION_LABELS[kind].toLowerCase()} valide`,
  busy: 'déjà affectés à ce moment',
  resting: 'en repos obligatoire',
  maxHours: 'au maximum d’heures de la semaine',
  elsewhere: 'disponibles mais retenus sur d’autres créneaux',
  otherRule: 'empêchés par une autre règle',
} as const;

/** « 2 agents armés », « 1 opérateur vidéo », « 3 agents ». */
function needed(kind: QualificationKind | undefined, n: number): string {
  if (kind === QualificationKind.FIREARM) return count(n, 'agent armé', 'agents armés');
  if (kind === QualificationKind.VIDEO_OPERATOR) return count(n, 'opérateur vidéo', 'opérateurs vidéo');
  if (kind) return `${count(n, 'agent', 'agents')} « ${QUALIFICATION_LABELS[kind]} »`;
  return count(n, 'agent', 'agents');
}

/**
 * « Patrouille de nuit, dimanche 06/12 de 22:00 à 06:00 : 2 agents armés requis, 1 affecté —
 * les autres sont en repos obligatoire (3), en congé ou absents (1). »
 */
export function uncoveredMessage(shift: {
  label: string;
  startsAt: string;
  endsAt: string;
  zone: string;
  /** The qualification short first, if any. */
  kind?: QualificationKind;
  required: number;
  holding: number;
  /** Counts of the reasons, the most frequent first. */
  reasons: readonly (readonly [string, number])[];
}): string {
  const day = localDateOf(shift.startsAt, shift.zone);
  const when = `${frenchWeekday(day)} ${dayMonth(day)} de ${localTimeOf(shift.startsAt, shift.zone)} à ${localTimeOf(shift.endsAt, shift.zone)}`;
  const need = `${needed(shift.kind, shift.required)} requis, ${count(shift.holding, 'affecté', 'affectés')}`;
  const why =
    shift.reasons.length > 0
      ? `les autres sont ${shift.reasons.map(([reason, n]) => `${reason} (${n})`).join(', ')}`
      : shift.kind
        ? 'aucun autre agent qualifié disponible'
        : 'aucun autre agent disponible';
  return `${shift.label}, ${when} : ${need} — ${why}.`;
}
