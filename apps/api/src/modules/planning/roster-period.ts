import { addDays, daysBetween, isIsoDate, PeriodQueryDto } from '@vigie/shared';
import { DateTime } from 'luxon';
import { EntityManager } from 'typeorm';

import { DomainException } from '../../common/errors/domain.exception';
import { RosterPublication } from './roster-publication.entity';

export const MAX_PERIOD_DAYS = 92;

/** A period of local dates, checked: `to` not before `from`, at most 92 days. */
export function checkPeriod(period: PeriodQueryDto, maxDays = MAX_PERIOD_DAYS): { from: string; to: string } {
  if (period.to < period.from) {
    throw DomainException.invalid(
      [{ field: 'to', message: 'ne peut pas précéder la date de début' }],
      'PERIOD_REVERSED',
    );
  }
  if (daysBetween(period.from, period.to) >= maxDays) {
    throw DomainException.invalid(
      [{ field: 'to', message: `la période est limitée à ${maxDays} jours` }],
      'PERIOD_TOO_LONG',
    );
  }
  return { from: period.from, to: period.to };
}

/** The instant a local date starts in the zone. */
export function startOfLocalDay(date: string, zone: string): Date {
  return DateTime.fromISO(date, { zone }).startOf('day').toJSDate();
}

/** The instant of a local date and time `HH:mm` in the zone (DST-correct). */
export function localInstant(date: string, time: string, zone: string): Date {
  return DateTime.fromISO(`${date}T${time}`, { zone }).toJSDate();
}

export function localDateOf(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toISODate() ?? '';
}

export function eachDay(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to && isIsoDate(day); day = addDays(day, 1)) days.push(day);
  return days;
}

/** The published days between `from` and `to`. */
export async function publishedDays(manager: EntityManager, from: string, to: string): Promise<Set<string>> {
  const publications = await manager
    .getRepository(RosterPublication)
    .createQueryBuilder('p')
    .where('p.from_date <= :to AND p.to_date >= :from', { from, to })
    .getMany();
  const days = new Set<string>();
  for (const publication of publications) {
    const start = publication.fromDate > from ? publication.fromDate : from;
    const end = publication.toDate < to ? publication.toDate : to;
    for (const day of eachDay(start, end)) days.add(day);
  }
  return days;
}
