import { SERVICE_TIME_ZONE } from '@vigie/shared';

/** The greeting of the homes, by the hour of the day. */
export function greeting(now: Date): string {
  const hour = Number(
    new Intl.DateTimeFormat('fr-FR', {
      timeZone: SERVICE_TIME_ZONE,
      hour: '2-digit',
      hourCycle: 'h23',
    }).format(now),
  );
  return hour >= 18 || hour < 5 ? $localize`Bonsoir` : $localize`Bonjour`;
}

/** « Mercredi 25 novembre 2026 » (Paris). */
export function longToday(now: Date): string {
  const text = new Intl.DateTimeFormat('fr-FR', {
    timeZone: SERVICE_TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(now);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
