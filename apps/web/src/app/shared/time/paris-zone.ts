import { DateTime } from 'luxon';

import { PARIS } from './paris-time';

/** The instant, with its offset, local midnight starts `date` in Paris (23 h or 25 h days included). */
export function parisMidnight(date: string): string {
  return DateTime.fromISO(date, { zone: PARIS }).toISO({ suppressMilliseconds: true }) ?? '';
}
