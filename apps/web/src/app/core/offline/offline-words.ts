import { formatInstantFr } from '@vigie/shared';

/** « depuis 08:42 » the same day, « depuis le 05/12/2026 à 22:10 » before (service's time); null when never known. */
export function offlineSince(since: number | null, now: Date = new Date()): string | null {
  if (since === null) return null;
  const [date, time] = formatInstantFr(since).split(' ');
  if (date === formatInstantFr(now).split(' ')[0]) return $localize`depuis ${time}`;
  return $localize`depuis le ${date} à ${time}`;
}

/** « 1 entrée en attente d’envoi », « 2 entrées en attente d’envoi ». */
export function pendingLabel(count: number): string {
  return count === 1
    ? $localize`1 entrée en attente d’envoi`
    : $localize`${count} entrées en attente d’envoi`;
}
