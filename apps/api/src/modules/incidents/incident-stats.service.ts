import { Readable, Transform } from 'node:stream';

import { Inject, Injectable } from '@nestjs/common';
import {
  addDays,
  addMonths,
  categoryLabel,
  daysBetween,
  ERASED_ENTRY_LABEL,
  INCIDENT_STATUS_LABELS,
  IncidentExportQueryDto,
  IncidentStatsQueryDto,
  IncidentStatsResponse,
  IncidentStatus,
  Quartier,
  QUARTIER_LABELS,
} from '@vigie/shared';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';

import { AuditService } from '../../common/audit/audit.service';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/errors/domain.exception';
import { frenchExcelCsv } from '../../common/http/csv';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { Incident } from './incident.entity';
import { IncidentsRepository } from './incidents.repository';

const MAX_STATS_DAYS = 3 * 366;
const DAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];

/** Statistics for the CLSPD reports, and the CSV export streamed from the database. */
@Injectable()
export class IncidentStatsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly incidents: IncidentsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async stats(period: IncidentStatsQueryDto): Promise<IncidentStatsResponse> {
    // Without a period, the last twelve months up to today (a report's usual span).
    const to = period.to ?? this.clock.today();
    const query = { ...period, to, from: period.from ?? addDays(addMonths(to, -12), 1) };
    if (query.to < query.from)
      throw DomainException.invalid(
        [{ field: 'to', message: 'ne peut pas précéder la date de début' }],
        'PERIOD_REVERSED',
      );
    if (daysBetween(query.from, query.to) > MAX_STATS_DAYS) {
      throw DomainException.invalid(
        [{ field: 'to', message: 'la période est limitée à trois ans' }],
        'PERIOD_TOO_LONG',
      );
    }
    const zone = this.config.ruleSet.timeZone.replace(/'/g, '');
    const filtered = this.incidents.filtered(
      this.dataSource.getRepository(Incident).createQueryBuilder('i'),
      {
        from: query.from,
        to: query.to,
      },
    );
    let rows: { key: string; count: number }[];
    if (query.by === 'category' || query.by === 'quartier') {
      rows = await filtered
        .select(`i.${query.by}`, 'key')
        .addSelect('count(*)::int', 'count')
        .groupBy('1')
        .orderBy('1')
        .getRawMany();
    } else {
      // Counted first by slices of UTC time (date_bin is arithmetic, no time zone), then the
      // slices — a few thousand a year — are put in local weeks or hours of the week. Converting
      // every entry to local time instead took a second for a year of a million-entry log.
      const local = `(b.at AT TIME ZONE '${zone}')`;
      const key =
        query.by === 'week'
          ? `to_char(${local}, 'IYYY-"W"IW')`
          : `extract(isodow FROM ${local})::int || '-' || extract(hour FROM ${local})::int`;
      const slices = filtered
        .select(`date_bin('${sliceOf(zone)}', i.occurred_at, timestamptz '2000-01-01 00:00:00+00')`, 'at')
        .addSelect('count(*)', 'n')
        .groupBy('1');
      rows = await this.dataSource
        .createQueryBuilder()
        .select(key, 'key')
        .addSelect('sum(b.n)::int', 'count')
        .from(`(${slices.getQuery()})`, 'b')
        .setParameters(slices.getParameters())
        .groupBy('1')
        .orderBy('1')
        .getRawMany<{ key: string; count: number }>();
    }
    const buckets = rows.map((row) => ({
      key: row.key,
      label: labelOf(query.by, row.key),
      count: row.count,
    }));
    if (query.by === 'category' || query.by === 'quartier')
      buckets.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
    return {
      from: query.from,
      to: query.to,
      by: query.by,
      total: buckets.reduce((sum, bucket) => sum + bucket.count, 0),
      buckets,
    };
  }

  /** UTF-8 with BOM, `;` separated, French headers; rows streamed from a database cursor. */
  async exportCsv(query: IncidentExportQueryDto, caller: AuthenticatedUser): Promise<Readable> {
    await this.audit.record({ actor: caller, action: 'EXPORT', entity: 'incident', details: { ...query } });
    const zone = this.config.ruleSet.timeZone.replace(/'/g, '');
    const qb = this.incidents
      .filtered(this.dataSource.getRepository(Incident).createQueryBuilder('i'), query)
      .select('i.number', 'number')
      .addSelect(`to_char(i.occurred_at AT TIME ZONE '${zone}', 'DD/MM/YYYY')`, 'day')
      .addSelect(`to_char(i.occurred_at AT TIME ZONE '${zone}', 'HH24:MI')`, 'time')
      .addSelect('i.category', 'category')
      .addSelect('i.quartier', 'quartier')
      .addSelect('i.address', 'address')
      .addSelect('i.summary', 'summary')
      .addSelect('i.erased_at IS NOT NULL', 'erased')
      .addSelect('i.status', 'status')
      .addSelect(
        `(SELECT string_agg(a.first_name || ' ' || a.last_name, ', ' ORDER BY a.last_name) FROM agent a WHERE a.id = ANY(i.agent_ids))`,
        'agents',
      )
      .orderBy('i.occurred_at', 'DESC')
      .addOrderBy('i.id', 'DESC');
    const rows = await qb.stream();
    const toLine = new Transform({
      objectMode: true,
      transform(row: Record<string, string> & { erased: boolean }, _encoding, done) {
        done(null, [
          row.number,
          row.day,
          row.time,
          categoryLabel(row.category),
          QUARTIER_LABELS[row.quartier as Quartier] ?? row.quartier,
          row.address,
          row.erased ? ERASED_ENTRY_LABEL : row.summary,
          INCIDENT_STATUS_LABELS[row.status as IncidentStatus] ?? row.status,
          row.agents ?? '',
        ]);
      },
    });
    const csv = frenchExcelCsv([
      'Numéro',
      'Date',
      'Heure',
      'Catégorie',
      'Quartier',
      'Adresse',
      'Résumé',
      'Statut',
      'Agents',
    ]);
    rows.on('error', (error) => csv.destroy(error));
    return rows.pipe(toLine).pipe(csv);
  }
}

/** An hour, unless the zone has (had, or will have) offsets that are not whole hours. */
function sliceOf(zone: string): string {
  const year = DateTime.now().year;
  const offsets = [year - 3, year, year + 1].flatMap((y) =>
    [1, 7].map((month) => DateTime.fromObject({ year: y, month, day: 1 }, { zone }).offset),
  );
  return offsets.every((offset) => offset % 60 === 0) ? '1 hour' : '15 minutes';
}

function labelOf(by: IncidentStatsQueryDto['by'], key: string): string {
  switch (by) {
    case 'category':
      return categoryLabel(key);
    case 'quartier':
      return QUARTIER_LABELS[key as Quartier] ?? key;
    case 'week':
      return `Semaine ${key.slice(6)} de ${key.slice(0, 4)}`;
    case 'hourOfWeek': {
      const [day, hour] = key.split('-').map(Number);
      return `${DAYS[day - 1]} ${hour} h`;
    }
  }
}
