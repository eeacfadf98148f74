import {
  compareFrench,
  formatDateFr,
  localDateOf,
  localTimeOf,
  type ShiftResponse,
  WEAPON_KIND_LABELS,
  WEAPON_STATUS_LABELS,
  type WeaponIssueCorrectionResponse,
  type WeaponIssueResponse,
  type WeaponResponse,
  WeaponStatus,
} from '@vigie/shared';

/** An agent the supervisor may hand a weapon to: on a shift in progress, or starting later today. */
export interface DutyOption {
  agentId: string;
  agentName: string;
  /** « Patrouille du matin 06:00–14:00 ». */
  shift: string;
}

/**
 * The agents on duty at `now` or later on `today` (the same rule as the API's: a shift in
 * progress, else the next starting that day), by name; each once, with his shift.
 */
export function agentsOnDuty(shifts: readonly ShiftResponse[], now: Date, today: string): DutyOption[] {
  const instant = now.getTime();
  const byAgent = new Map<string, DutyOption & { startsAt: number }>();
  for (const shift of shifts) {
    const starts = Date.parse(shift.startsAt);
    const ends = Date.parse(shift.endsAt);
    const inProgress = starts <= instant && instant < ends;
    const laterToday = starts > instant && localDateOf(shift.startsAt) === today;
    if (!inProgress && !laterToday) continue;
    for (const assignment of shift.assignments) {
      const known = byAgent.get(assignment.agentId);
      if (known && known.startsAt <= starts) continue;
      byAgent.set(assignment.agentId, {
        agentId: assignment.agentId,
        agentName: assignment.agentName,
        shift: `${shift.label} ${localTimeOf(shift.startsAt)}–${localTimeOf(shift.endsAt)}`,
        startsAt: starts,
      });
    }
  }
  return [...byAgent.values()]
    .map(({ agentId, agentName, shift }) => ({ agentId, agentName, shift }))
    .sort((a, b) => compareFrench(a.agentName, b.agentName));
}

/** « Glock 17 Gen 5 · BDUX-0101 ». */
export function weaponName(weapon: Pick<WeaponResponse, 'model' | 'serialNumber'>): string {
  return `${weapon.model} · ${weapon.serialNumber}`;
}

/** Where a weapon is: « Au coffre », « Sortie — Julien Lefebvre depuis 07:02 », or its status. */
export function weaponWhereabouts(weapon: WeaponResponse): string {
  if (weapon.issuedTo)
    return `Remise à ${weapon.issuedTo.agentName} à ${localTimeOf(weapon.issuedTo.issuedAt)}`;
  if (weapon.status !== WeaponStatus.IN_SERVICE) return WEAPON_STATUS_LABELS[weapon.status];
  return 'Au coffre';
}

/** The weapons that may be handed out now: in service and in the safe, by kind then serial number. */
export function weaponsInSafe(weapons: readonly WeaponResponse[]): WeaponResponse[] {
  return weapons.filter((weapon) => weapon.status === WeaponStatus.IN_SERVICE && weapon.issuedTo === null);
}

/** « Remise à 07:02 par Karim Benali · 30 cartouches », then the return when there is one. */
export function issueLine(issue: WeaponIssueResponse): string {
  const rounds = (n: number) => `${n} cartouche${n > 1 ? 's' : ''}`;
  const out = `Remise à ${localTimeOf(issue.issuedAt)} par ${issue.issuedBy}${issue.ammunition > 0 ? ` · ${rounds(issue.ammunition)}` : ''}`;
  if (issue.returnedAt === null) return `${out} · à réintégrer avant ${localTimeOf(issue.dueBy)}`;
  const back = `réintégrée à ${localTimeOf(issue.returnedAt)}`;
  return issue.ammunition > 0
    ? `${out} · ${back}, ${rounds(issue.ammunitionReturned ?? 0)} rendues`
    : `${out} · ${back}`;
}

/** Whose weapon a dialog of the log is about: « Julien Lefebvre · Arme de poing Glock 17 · BDUX-0101 ». */
export function issueSubject(
  issue: Pick<WeaponIssueResponse, 'agentName' | 'weaponKind' | 'weaponModel' | 'serialNumber'>,
): string {
  return `${issue.agentName} · ${kindLabel(issue)} ${issue.weaponModel} · ${issue.serialNumber}`;
}

/** The kind's label, for the lists. */
export function kindLabel(issue: Pick<WeaponIssueResponse, 'weaponKind'>): string {
  return WEAPON_KIND_LABELS[issue.weaponKind];
}

/**
 * One correction as the log shows it: « Corrigé le 06/12/2026 à 10:12 par Karim Benali :
 * cartouches rendues 3 → 30 — Saisie de 3 au lieu de 30 ».
 */
export function correctionLine(correction: WeaponIssueCorrectionResponse): string {
  const changes: string[] = [];
  if (correction.ammunitionBefore !== correction.ammunitionAfter) {
    changes.push(`cartouches remises ${correction.ammunitionBefore} → ${correction.ammunitionAfter}`);
  }
  if (correction.ammunitionReturnedBefore !== correction.ammunitionReturnedAfter) {
    changes.push(
      `cartouches rendues ${correction.ammunitionReturnedBefore ?? '—'} → ${correction.ammunitionReturnedAfter ?? '—'}`,
    );
  }
  const when = `${formatDateFr(localDateOf(correction.correctedAt))} à ${localTimeOf(correction.correctedAt)}`;
  return `Corrigé le ${when} par ${correction.correctedBy} : ${changes.join(', ')} — ${correction.reason}`;
}
