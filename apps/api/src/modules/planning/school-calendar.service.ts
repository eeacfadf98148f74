import { Inject, Injectable } from '@nestjs/common';
import {
  addDays,
  DayCalendar,
  ReplaceSchoolCalendarDto,
  SchoolCalendarResponse,
  schoolCalendarSpan,
  todayInParis,
} from '@vigie/shared';
import Holidays from 'date-holidays';
import { DataSource, EntityManager } from 'typeorm';

import { AuditService } from '../../common/audit/audit.service';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { DomainException } from '../../common/errors/domain.exception';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { SchoolHoliday } from './school-holiday.entity';

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

/**
 * The school calendar of the service's academic zone (data, updated by the chief) and the
 * public holidays (computed): what the shift types' patterns are read against.
 */
@Injectable()
export class SchoolCalendarService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get zone(): string {
    return this.config.schoolZone;
  }

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

  /** Replaces the zone's periods (the chief pastes next year's calendar). */
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
    periods.sort((a, b) => a.start.localeCompare(b.start));
    for (let i = 1; i < periods.length; i++) {
      if (periods[i].start <= periods[i - 1].end) {
        throw DomainException.invalid(
          [
            {
              field: `periods.${periods[i].index}.start`,
              message: `chevauche la période « ${periods[i - 1].label.trim()} »`,
            },
          ],
          'SCHOOL_PERIODS_OVERLAP',
        );
      }
    }
    return this.dataSource.transaction(async (manager) => {
      await manager.delete(SchoolHoliday, { zone: this.zone });
      if (periods.length > 0) {
        await manager.insert(
          SchoolHoliday,
          periods.map((period) => ({
            zone: this.zone,
            startDate: period.start,
            endDate: period.end,
            label: period.label.trim(),
            source: period.source.trim(),
          })),
        );
      }
      await this.audit.record(
        {
          actor,
          action: 'UPDATE',
          entity: 'school_calendar',
          details: { zone: this.zone, periods: periods.length },
        },
        manager,
      );
      return this.respond(manager);
    });
  }

  private periods(manager: EntityManager): Promise<SchoolHoliday[]> {
    return manager.find(SchoolHoliday, { where: { zone: this.zone }, order: { startDate: 'ASC' } });
  }

  private async respond(manager: EntityManager): Promise<SchoolCalendarResponse> {
    const periods = await this.periods(manager);
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
      zone: this.zone,
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
