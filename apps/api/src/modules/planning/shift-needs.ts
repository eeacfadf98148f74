import { addDays, localInstant } from '@vigie/shared';

import { Shift } from './shift.entity';
import { ShiftType } from './shift-type.entity';

/** What a shift needs: a type's, copied onto each of its shifts, and reported as they are. */
export type ShiftNeeds = Pick<
  Shift,
  | 'minAgents'
  | 'requirements'
  | 'requiredForAll'
  | 'categories'
  | 'grades'
  | 'allowsTrainees'
  | 'breakMinutes'
>;

export function needsOf(source: ShiftNeeds): ShiftNeeds {
  return {
    minAgents: source.minAgents,
    requirements: source.requirements,
    requiredForAll: source.requiredForAll,
    categories: source.categories,
    grades: source.grades,
    allowsTrainees: source.allowsTrainees,
    breakMinutes: source.breakMinutes,
  };
}

/** The shift of a type on a local date, ending the next day when the type crosses midnight. */
export function shiftOfType(
  type: ShiftType,
  day: string,
  zone: string,
): Pick<Shift, 'shiftTypeId' | 'label' | 'startsAt' | 'endsAt'> & ShiftNeeds {
  const startsAt = localInstant(day, type.startTime, zone);
  let endsAt = localInstant(day, type.endTime, zone);
  if (endsAt <= startsAt) endsAt = localInstant(addDays(day, 1), type.endTime, zone);
  return { shiftTypeId: type.id, label: null, startsAt, endsAt, ...needsOf(type) };
}
