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
  positionCellCentre,
  quartierAt,
  quartierLabel,
  type TerritoryResponse,
} from '@vigie/shared';
import { DateTime } from 'luxon';

import { AuditService } from '../../common/audit/audit.service';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/errors/domain.exception';
import { frenchExcelCsv } from '../../common/http/csv';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { TerritoryService } from '../services/territory.service';
import { HOUR_SLICE, IncidentsRepository } from './incidents.repository';

const MAX_STATS_DAYS = 3 * 366;
const DAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];

/** Statistics for the CLSPD reports, and the CSV export streamed from the database. */
@Injectable()
export class IncidentStatsService {
  constructor(
    private readonly incidents: IncidentsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly territory: TerritoryService,
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
    const range = { from: query.from, to: query.to };
    const rows =
      query.by === 'category' || query.by === 'quartier'
        ? await this.incidents.countsBy(query.by, range)
        : query.by === 'position'
          ? await this.incidents.countsByCell(range)
          : await this.incidents.countsByLocalTime(query.by, range, zone, sliceOf(zone));
    // The service's own quartiers name the buckets (a retired one still does).
    const territory =
      query.by === 'quartier' || query.by === 'position' ? await this.territory.territory() : null;
    const buckets = rows.map((row) => ({
      key: row.key,
      label: labelOf(query.by, row.key, territory),
      count: row.count,
    }));
    if (query.by === 'category' || query.by === 'quartier' || query.by === 'position')
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
    const territory = await this.territory.territory();
    const rows = await this.incidents.exportRows(query, zone);
    const toLine = new Transform({
      objectMode: true,
      transform(row: Record<string, string> & { erased: boolean }, _encoding, done) {
        done(null, [
          row.number,
          row.day,
          row.time,
          categoryLabel(row.category),
          quartierLabel(territory, row.quartier),
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
  return offsets.every((offset) => offset % 60 === 0) ? HOUR_SLICE : '15 minutes';
}

function labelOf(by: IncidentStatsQueryDto['by'], key: string, territory: TerritoryResponse | null): string {
  switch (by) {
    case 'category':
      return categoryLabel(key);
    case 'quartier':
      return quartierLabel(territory, key);
    case 'week':
      return `Semaine ${key.slice(6)} de ${key.slice(0, 4)}`;
    case 'hourOfWeek': {
      const [day, hour] = key.split('-').map(Number);
      return `${DAYS[day - 1]} ${hour} h`;
    }
    case 'position': {
      const centre = positionCellCentre(key);
      const quartier = centre && territory && quartierAt(centre, territory.quartiers);
      return quartier ? quartierLabel(territory, quartier) : 'Hors des quartiers';
    }
  }
}
