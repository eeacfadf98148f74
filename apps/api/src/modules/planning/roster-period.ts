import { daysBetween, eachDay, PeriodQueryDto } from '@vigie/shared';
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
