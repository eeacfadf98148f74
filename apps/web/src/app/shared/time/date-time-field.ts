import { DATE_TIME_FR_PATTERN, localIso, parseDateTimeFr, SERVICE_TIME_ZONE } from '@vigie/shared';

// A date and time field shows an instant as formatInstantFr writes it (`15/06/2026 09:30`, Paris): a
// text field, not `<input type="datetime-local">`, which follows the browser's locale (month first,
// am/pm in an American browser). The incident and the footage forms both read theirs here.

/** The instant, with its offset, of a Paris wall-clock time typed `dd/MM/yyyy HH:mm`; null when unreadable. */
export function instantOfDateTimeField(value: string): string | null {
  const local = parseDateTimeFr(value);
  return local === null ? null : localIso(local, SERVICE_TIME_ZONE);
}

/** What a date and time field says when it cannot read what was typed. */
export const DATE_TIME_UNREADABLE = $localize`Date ou heure illisible : écrivez-la jour d’abord, au format ${DATE_TIME_FR_PATTERN} (par exemple 04/12/2026 16:55).`;
