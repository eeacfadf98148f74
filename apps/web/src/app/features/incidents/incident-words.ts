import {
  ACTION_LABELS,
  dateFormat,
  type IncidentActionResponse,
  IncidentStatus,
  localTimeOf,
  SERVICE_TIME_ZONE,
} from '@vigie/shared';

import type { PillTone } from '../../shared/ui/status-pill';

/** The words of the main courante: statuses, dates in Paris, categories' icons, actions. */

export const STATUS_TONES: Record<IncidentStatus, PillTone> = {
  [IncidentStatus.OPEN]: 'warning',
  [IncidentStatus.IN_PROGRESS]: 'info',
  [IncidentStatus.CLOSED]: 'ok',
  [IncidentStatus.TRANSFERRED]: 'external',
};

const LONG = dateFormat('fr-FR', {
  timeZone: SERVICE_TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** « samedi 14 juin 2026 à 22:15 », in Paris. */
export function longDateTime(instant: string): string {
  return $localize`${LONG(new Date(instant))} à ${localTimeOf(instant)}`;
}

/** An icon per group of the taxonomy, to find one's way in the picker at a glance. */
const GROUP_ICONS: Record<string, string> = {
  PUBLIC_PEACE: 'volume_up',
  TRAFFIC: 'directions_car',
  PROPERTY: 'home_repair_service',
  PERSONS: 'groups',
  ENVIRONMENT: 'delete',
  ANIMALS: 'pets',
  ASSISTANCE: 'medical_services',
  LOST_PROPERTY: 'luggage',
  ADMIN_POLICE: 'gavel',
  PREVENTION: 'school',
  NATIONAL_POLICE_SUPPORT: 'local_police',
};

/** The group of a category code: `PUBLIC_PEACE.NOISE` → `PUBLIC_PEACE`. */
export function groupOf(code: string): string {
  return code.split('.')[0];
}

export function groupIcon(code: string): string {
  return GROUP_ICONS[groupOf(code)] ?? 'label';
}

/** What the button of a status change says: « Clore », « Rouvrir »… */
export function transitionLabel(from: IncidentStatus, to: IncidentStatus): string {
  switch (to) {
    case IncidentStatus.IN_PROGRESS:
      return from === IncidentStatus.CLOSED ? $localize`Rouvrir` : $localize`Passer en cours`;
    case IncidentStatus.CLOSED:
      return $localize`Clore`;
    case IncidentStatus.TRANSFERRED:
      return $localize`Transmettre`;
    case IncidentStatus.OPEN:
      return $localize`Rouvrir`;
  }
}

/** « Verbalisation (NATINF 35008) — note ». */
export function actionText(action: IncidentActionResponse): string {
  let text = ACTION_LABELS[action.kind] ?? action.kind;
  if (action.natinf) text += ` (NATINF ${action.natinf})`;
  if (action.note) text += ` — ${action.note}`;
  return text;
}

/** « 1 complément », « 3 compléments ». */
export function amendmentCountLabel(count: number): string {
  return count === 1 ? $localize`1 complément` : $localize`${count} compléments`;
}
