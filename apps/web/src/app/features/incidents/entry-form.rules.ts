import {
  type Bounds,
  type CreateIncidentDto,
  IncidentActionKind,
  insideArea,
  MAX_BACKDATING_DAYS,
  occurredAtProblem,
  quartierAt,
  type QuartierResponse,
} from '@vigie/shared';

import { DATE_TIME_UNREADABLE, instantOfDateTimeField } from '../../shared/time/date-time-field';
import { sentence } from '../../shared/ui/sentence';

/** Rules of the entry form, checked in the browser before the API checks them again. Pure. */

// The occurred-at rule is the API's own (libs/shared occurred-at.rules).

export type OccurredAtError = 'required' | 'invalid' | 'future' | 'tooOld';

export const OCCURRED_AT_MESSAGES: Record<OccurredAtError, string> = {
  required: $localize`Indiquez la date et l’heure des faits.`,
  invalid: DATE_TIME_UNREADABLE,
  future: $localize`Les faits ne peuvent pas être dans le futur.`,
  tooOld: $localize`Plus de ${MAX_BACKDATING_DAYS} jours en arrière : à saisir par un chef de brigade.`,
};

/** What is wrong with the time of the facts, or null. */
export function occurredAtError(value: string, now: Date, mayBackdate: boolean): OccurredAtError | null {
  if (!value) return 'required';
  const instant = instantOfDateTimeField(value);
  if (!instant) return 'invalid';
  return occurredAtProblem(new Date(instant), now, mayBackdate);
}

export interface Position {
  lat: number;
  lng: number;
  /** Metres, as the browser reports it. */
  accuracy: number | null;
}

/**
 * The quartier to put in the form once the phone gives its position (issue 24 point 6): the one
 * of the service's `quartiers` (those offered) whose outline holds it, unless the agent chose a
 * quartier himself (`current` is neither empty nor what was proposed before). Null: leave the
 * field as it is (a service without outlines proposes nothing).
 */
export function proposedQuartier(
  position: Position | null,
  current: string,
  proposedBefore: string | null,
  quartiers: readonly Pick<QuartierResponse, 'code' | 'outline'>[],
): string | null {
  if (!position) return null;
  if (current !== '' && current !== proposedBefore) return null;
  return quartierAt([position.lat, position.lng], quartiers);
}

/** What the browser's geolocation answered, in words an agent understands. */
export function geolocationMessage(code: number): string {
  switch (code) {
    case 1:
      return $localize`Localisation refusée : l’adresse suffit, la position est facultative.`;
    case 3:
      return $localize`La position n’a pas pu être relevée à temps : réessayez ou indiquez l’adresse.`;
    default:
      return $localize`Position indisponible : indiquez l’adresse, la position est facultative.`;
  }
}

/**
 * A position the API accepts (inside the service's `area`; any while it is unknown), rounded to
 * about ten centimetres; null outside.
 */
export function acceptedPosition(
  lat: number,
  lng: number,
  accuracy: number | null,
  area: Bounds | null,
): Position | null {
  if (!insideArea(area, lat, lng)) return null;
  const round = (value: number): number => Math.round(value * 1e6) / 1e6;
  return { lat: round(lat), lng: round(lng), accuracy: accuracy === null ? null : Math.round(accuracy) };
}

export interface EntryFormValue {
  occurredAt: string;
  category: string;
  address: string;
  /** A quartier's code, '' while none is chosen. */
  quartier: string;
  position: Position | null;
  summary: string;
  description: string;
  agentIds: string[];
  cameraIds: string[];
  actions: IncidentActionKind[];
  natinf: string;
}

/** The body of `POST /api/incidents`. */
export function toCreateDto(value: EntryFormValue): CreateIncidentDto {
  const dto: CreateIncidentDto = {
    occurredAt: instantOfDateTimeField(value.occurredAt) ?? value.occurredAt,
    category: value.category,
    location: {
      address: value.address.trim(),
      quartier: value.quartier,
      ...(value.position ? { lat: value.position.lat, lng: value.position.lng } : {}),
    },
    summary: value.summary.trim(),
    description: value.description.trim(),
    agentIds: value.agentIds,
  };
  if (value.cameraIds.length > 0) dto.cameraIds = value.cameraIds;
  if (value.actions.length > 0) {
    dto.actions = value.actions.map((kind) =>
      kind === IncidentActionKind.FINE && value.natinf.trim()
        ? { kind, natinf: value.natinf.trim() }
        : { kind },
    );
  }
  return dto;
}

/** The form field next to which an error of the API is shown (`location.address` → `address`). */
export function formFieldOf(apiField: string): string {
  if (apiField === 'location.address') return 'address';
  if (apiField === 'location.quartier') return 'quartier';
  if (apiField.startsWith('location')) return 'position';
  if (/^actions\.\d+\.natinf$/.test(apiField)) return 'natinf';
  if (apiField.startsWith('actions')) return 'actions';
  if (apiField.startsWith('agentIds')) return 'agentIds';
  if (apiField.startsWith('cameraIds')) return 'cameraIds';
  return apiField;
}

/** The API's field errors by form field, as sentences. */
export function formErrorsOf(errors: readonly { field: string; message: string }[]): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const error of errors) {
    const field = formFieldOf(error.field);
    const message = sentence(error.message);
    byField[field] = byField[field] ? `${byField[field]} ${message}` : message;
  }
  return byField;
}
