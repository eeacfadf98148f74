import { Injectable } from '@nestjs/common';
import {
  addDays,
  DayCalendar,
  firstOverlap,
  ReplaceSchoolCalendarDto,
  SchoolCalendarResponse,
  schoolCalendarSpan,
  type SchoolZone,
  todayInParis,
} from '@vigie/shared';
import Holidays from 'date-holidays';
import { DataSource, EntityManager } from 'typeorm';

import { AuditService } from '../../common/audit/audit.service';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { DomainException } from '../../common/errors/domain.exception';
import { requireService } from '../../common/tenancy/tenant';
import { ServicesRepository } from '../services/services.repository';
import { SchoolHoliday } from './school-holiday.entity';
import { SHIPPED_SCHOOL_HOLIDAYS, type ShippedPeriod as SchoolHolidayInput } from './shipped-school-holidays';

// Metropolitan France at country level: Alsace-Moselle's Good Friday and 26 December are
// regional (states 57, 67, 68) and are not Lille's.
const FRANCE = new Holidays('FR');
const publicHolidaysByYear = new Map<number, { date: string; label: string }[]>();

/** The French public holidays of a year (public ones only: no Pentecost Sunday or Mother's Day). */
export function frenchPublicHolidays(year: number): { date: string; label: string }[] {
  let days = publicHolidaysByYear.get(year);
  if (!days) {
    days = FRANCE.getHolidays(year)
      .filter((holiday) => holiday.type === 'public')
      .map((holiday) => ({ date: holiday.date.slice(0, 10), label: holiday.name }));
    publicHolidaysByYear.set(year, days);
  }
  return days;
}

/** The public holidays between two local dates, both included. */
export function publicHolidaysBetween(from: string, to: string): Set<string> {
  const days = new Set<string>();
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const holiday of frenchPublicHolidays(year)) {
      if (holiday.date >= from && holiday.date <= to) days.add(holiday.date);
    }
  }
  return days;
}

/** The holidays Vigie ships for a zone (none for most). */
export function shippedHolidays(zone: SchoolZone | null): readonly SchoolHolidayInput[] {
  return zone ? (SHIPPED_SCHOOL_HOLIDAYS[zone] ?? []) : [];
}

/** The service's holidays become `periods` (in its scope). */
export async function writeSchoolHolidays(
  manager: EntityManager,
  serviceId: string,
  periods: readonly SchoolHolidayInput[],
): Promise<void> {
  await manager.delete(SchoolHoliday, { serviceId });
  if (periods.length === 0) return;
  await manager.insert(
    SchoolHoliday,
    periods.map((period) => ({
      startDate: period.start,
      endDate: period.end,
      label: period.label.trim(),
      source: period.source.trim(),
    })),
  );
}

/**
 * The service's school calendar: its academic zone and its holidays (its own copy, updated by its
 * chief), and the public holidays (computed): what the shift types' patterns are read against.
 */
@Injectable()
export class SchoolCalendarService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly services: ServicesRepository,
  ) {}

  /** The days of the period as the rule `shiftTypeRunsOn` reads them. */
  async dayCalendar(manager: EntityManager, from: string, to: string): Promise<DayCalendar> {
    const periods = await this.periods(manager);
    return {
      publicHolidays: publicHolidaysBetween(from, to),
      schoolHolidays: periods.map((period) => ({
        start: period.startDate,
        end: period.endDate,
        label: period.label,
      })),
    };
  }

  async read(): Promise<SchoolCalendarResponse> {
    return this.respond(this.dataSource.manager);
  }

  /**
   * Replaces the service's holidays (next year's calendar, a correction by the rectorat), and its
   * zone when given: a zone and its holidays change together.
   */
  async replace(dto: ReplaceSchoolCalendarDto, actor: AuthenticatedUser): Promise<SchoolCalendarResponse> {
    const periods = [...dto.periods].map((period, index) => ({ ...period, index }));
    for (const period of periods) {
      if (period.end < period.start) {
        throw DomainException.invalid(
          [{ field: `periods.${period.index}.end`, message: 'ne peut pas précéder le premier jour' }],
          'SCHOOL_PERIOD_ENDS_BEFORE_START',
        );
      }
    }
    const overlap = firstOverlap(periods);
    if (overlap) {
      throw DomainException.invalid(
        [
          {
            field: `periods.${overlap.period.index}.start`,
            message: `chevauche la période « ${overlap.before.label.trim()} »`,
          },
        ],
        'SCHOOL_PERIODS_OVERLAP',
      );
    }
    const serviceId = requireService();
    return this.dataSource.transaction(async (manager) => {
      // Two replacements at once would each delete the old periods and both insert theirs.
      await this.services.lock(manager, serviceId);
      const before = await this.services.schoolZone(manager, serviceId);
      const zone = dto.zone === undefined ? before : dto.zone;
      if (zone !== before) await this.services.setSchoolZone(manager, serviceId, zone);
      await writeSchoolHolidays(manager, serviceId, periods);
      await this.audit.record(
        {
          actor,
          action: 'UPDATE',
          entity: 'school_calendar',
          details: { zone, ...(zone !== before ? { zoneBefore: before } : {}), periods: periods.length },
        },
        manager,
      );
      return this.respond(manager);
    });
  }

  /** A new service's calendar (in its scope): the holidays Vigie ships for its zone, if any. */
  async open(manager: EntityManager, zone: SchoolZone | null): Promise<void> {
    await writeSchoolHolidays(manager, requireService(), shippedHolidays(zone));
  }

  private periods(manager: EntityManager): Promise<SchoolHoliday[]> {
    return manager.find(SchoolHoliday, { order: { startDate: 'ASC' } });
  }

  private async respond(manager: EntityManager): Promise<SchoolCalendarResponse> {
    const [periods, zone] = await Promise.all([
      this.periods(manager),
      this.services.schoolZone(manager, requireService()),
    ]);
    const today = todayInParis();
    const span = schoolCalendarSpan({
      schoolHolidays: periods.map((period) => ({ start: period.startDate, end: period.endDate })),
    });
    // The holidays of the years the calendar spans, and of the coming year at least.
    const from = span && span.from < today ? span.from : today;
    const to = span && span.to > addDays(today, 365) ? span.to : addDays(today, 365);
    const publicHolidays: { date: string; label: string }[] = [];
    for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
      publicHolidays.push(...frenchPublicHolidays(year));
    }
    return {
      zone,
      periods: periods.map((period) => ({
        start: period.startDate,
        end: period.endDate,
        label: period.label,
        source: period.source,
      })),
      publicHolidays,
    };
  }
}
