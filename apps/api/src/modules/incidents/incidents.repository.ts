import type { ReadStream } from 'node:fs';

import { Inject, Injectable } from '@nestjs/common';
import { addDays, IncidentFiltersDto, POSITION_CELL, startOfLocalDay } from '@vigie/shared';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';

import { SqlClause, whereOf } from '../../common/db/sql-clauses';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { Incident } from './incident.entity';
import { IncidentListRow, SUMMARY_SELECT } from './incidents.mapper';

/** The statistics' slice of time when the zone's offsets are whole hours: the counts kept per hour. */
export const HOUR_SLICE = '1 hour';

/** The statistics' period: local days, both included (statistics take no other filter). */
export type StatsPeriod = Pick<IncidentFiltersDto, 'from' | 'to'>;

/** A statistics bucket as counted: its key and how many entries. */
export interface StatsRow {
  key: string;
  count: number;
}

/** The main courante's SQL: its numbering, its filters, its hottest read. No rule lives here. */
@Injectable()
export class IncidentsRepository {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The next number of `year`, without gaps: the per-year counter row is taken in the caller's
   * transaction, so a rollback gives the number back.
   */
  async nextNumber(manager: EntityManager, year: number): Promise<number> {
    const [{ last }] = await manager.query<{ last: number }[]>(
      `INSERT INTO incident_counter (year, last) VALUES ($1, 1)
       ON CONFLICT (service_id, year) DO UPDATE SET last = incident_counter.last + 1 RETURNING last`,
      [year],
    );
    return last;
  }

  /** Entries recorded before `before` whose content is still there, oldest first. */
  async dueForErasure(manager: EntityManager, before: Date): Promise<string[]> {
    const rows = await manager.query<{ id: string }[]>(
      `SELECT id FROM incident WHERE recorded_at < $1 AND erased_at IS NULL ORDER BY recorded_at, id`,
      [before],
    );
    return rows.map((row) => row.id);
  }

  /**
   * Erases the content of the entries `ids`, in the caller's transaction (chain locked, purge
   * allowed): what names or describes people (text, address, position, agents, cameras, actions,
   * authors) is blanked; number, dates, category, quartier and status stay. Their complements,
   * status changes, presence rows and search documents are deleted; their links stay.
   */
  async erase(manager: EntityManager, ids: string[], at: Date): Promise<void> {
    if (ids.length === 0) return;
    await manager.query(
      `UPDATE incident SET address = '', lat = NULL, lng = NULL, summary = '', description = '',
              agent_ids = '{}', camera_ids = '{}', actions = '[]', author_id = NULL, author_login = NULL,
              erased_at = $2
        WHERE id = ANY($1::uuid[])`,
      [ids, at],
    );
    for (const table of [
      'incident_agent',
      'incident_amendment',
      'incident_status_change',
      'incident_search',
    ]) {
      await manager.query(`DELETE FROM ${table} WHERE incident_id = ANY($1::uuid[])`, [ids]);
    }
  }

  /** Entries by status, and how many happened since `since` (the dashboard's counters). */
  async tally(since: Date): Promise<{ byStatus: Map<string, number>; since: number }> {
    const counts = await this.dataSource.query<{ status: string; count: number }[]>(
      'SELECT status, count(*)::int AS count FROM incident GROUP BY status',
    );
    const [{ recent }] = await this.dataSource.query<{ recent: number }[]>(
      'SELECT count(*)::int AS recent FROM incident WHERE occurred_at >= $1',
      [since],
    );
    return { byStatus: new Map(counts.map((row) => [row.status, row.count])), since: recent };
  }

  /**
   * One page of lines, most recent first, one more than `limit` (to know whether another follows),
   * after the line `after` (its date and id). One statement, written out (the page is the log's
   * hottest read): the names and counts come with the lines, as raw rows — no query builder to
   * render, no entities to build.
   */
  page(
    filters: IncidentFiltersDto,
    after: PageCursor | undefined,
    limit: number,
  ): Promise<IncidentListRow[]> {
    if (byWordsAlone(filters)) return this.searchPage(filters, after, limit);
    const clauses = this.filterClauses(filters);
    if (after) clauses.push(afterClause('i.occurred_at', 'i.id', after));
    const { where, params } = whereOf(clauses);
    return this.dataSource.query<IncidentListRow[]>(
      `SELECT ${SUMMARY_SELECT} FROM incident i ${where} ORDER BY i.occurred_at DESC, i.id DESC LIMIT ${limit + 1}`,
      params,
    );
  }

  /**
   * A search by words (and dates) alone: the page's entries are taken from the search table in
   * date order, where the planner weighs the word against the dates with that table's statistics
   * (migration 1797600000000), then their lines are read.
   */
  private searchPage(
    filters: IncidentFiltersDto,
    after: PageCursor | undefined,
    limit: number,
  ): Promise<IncidentListRow[]> {
    const clauses = [
      { sql: 's.document @@ vigie_fr_query(:q)', params: { q: filters.q!.trim() } },
      ...this.periodClauses(filters, 's.occurred_at'),
    ];
    if (after) clauses.push(afterClause('s.occurred_at', 's.incident_id', after));
    const { where, params } = whereOf(clauses);
    return this.dataSource.query<IncidentListRow[]>(
      `WITH hits AS MATERIALIZED (
         SELECT s.incident_id FROM incident_search_own s ${where}
          ORDER BY s.occurred_at DESC, s.incident_id DESC LIMIT ${limit + 1})
       SELECT ${SUMMARY_SELECT} FROM incident i WHERE i.id IN (SELECT incident_id FROM hits)
        ORDER BY i.occurred_at DESC, i.id DESC`,
      params,
    );
  }

  /** Entries of the period counted by category or by quartier. */
  countsBy(field: 'category' | 'quartier', period: IncidentFiltersDto): Promise<StatsRow[]> {
    return this.filtered(this.dataSource.getRepository(Incident).createQueryBuilder('i'), period)
      .select(`i.${field}`, 'key')
      .addSelect('count(*)::int', 'count')
      .groupBy('1')
      .orderBy('1')
      .getRawMany<StatsRow>();
  }

  /**
   * Entries of the period that carry a position, counted per cell of the grid (`row:column`, the
   * same rounding as `positionCellKey`); erased entries have none left.
   */
  countsByCell(period: IncidentFiltersDto): Promise<StatsRow[]> {
    const { lat, lng } = POSITION_CELL;
    return (
      this.filtered(this.dataSource.getRepository(Incident).createQueryBuilder('i'), period)
        // floor(x + 0.5) is JavaScript's Math.round; PostgreSQL's round() of a double ties to even.
        .select(`floor(i.lat / ${lat} + 0.5)::int || ':' || floor(i.lng / ${lng} + 0.5)::int`, 'key')
        .addSelect('count(*)::int', 'count')
        .andWhere('i.lat IS NOT NULL AND i.lng IS NOT NULL')
        .groupBy('1')
        .orderBy('1')
        .getRawMany<StatsRow>()
    );
  }

  /**
   * Entries of the period counted by local ISO week (`2026-W07`) or by local weekday and hour
   * (`1-8`, Monday 8 h, for `hourOfWeek`) in `zone`. Counted first by `slice`s of UTC time (date_bin is
   * arithmetic, no time zone), then the slices — a few thousand a year — are put in local weeks
   * or hours of the week: converting every entry to local time instead took a second for a year
   * of a million-entry log. Hours are read from the counts the entries' trigger keeps (migration
   * 1797800000000); a zone with quarter-hour offsets counts its entries.
   */
  countsByLocalTime(
    by: 'week' | 'hourOfWeek',
    period: StatsPeriod,
    zone: string,
    slice: string,
  ): Promise<StatsRow[]> {
    const local = `(b.at AT TIME ZONE '${zone}')`;
    const key =
      by === 'week'
        ? `to_char(${local}, 'IYYY-"W"IW')`
        : `extract(isodow FROM ${local})::int || '-' || extract(hour FROM ${local})::int`;
    const slices = slice === HOUR_SLICE ? this.hourCounts(period) : this.entriesBy(slice, period);
    return this.dataSource
      .createQueryBuilder()
      .select(key, 'key')
      .addSelect('sum(b.n)::int', 'count')
      .from(`(${slices.getQuery()})`, 'b')
      .setParameters(slices.getParameters())
      .groupBy('1')
      .orderBy('1')
      .getRawMany<StatsRow>();
  }

  /** The period's hours that counted entries (`at`, `n`): at most 8 784 a year. */
  private hourCounts(period: StatsPeriod): SelectQueryBuilder<object> {
    const hours = this.dataSource
      .createQueryBuilder()
      .select('h.hour', 'at')
      .addSelect('h.entries', 'n')
      .from('incident_hour', 'h')
      // An hour whose entries were all deleted keeps its row at 0: no bucket, as counting entries.
      .where('h.entries > 0');
    for (const { sql, params } of this.periodClauses(period, 'h.hour')) hours.andWhere(sql, params);
    return hours;
  }

  /** The period's entries counted by `slice` of UTC time (`at`, `n`). */
  private entriesBy(slice: string, period: StatsPeriod): SelectQueryBuilder<Incident> {
    return this.filtered(this.dataSource.getRepository(Incident).createQueryBuilder('i'), period)
      .select(`date_bin('${slice}', i.occurred_at, timestamptz '2000-01-01 00:00:00+00')`, 'at')
      .addSelect('count(*)', 'n')
      .groupBy('1');
  }

  /** The filtered entries as the export's raw rows (local day and time in `zone`), newest first, streamed. */
  exportRows(filters: IncidentFiltersDto, zone: string): Promise<ReadStream> {
    return this.filtered(this.dataSource.getRepository(Incident).createQueryBuilder('i'), filters)
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
      .addOrderBy('i.id', 'DESC')
      .stream();
  }

  /** The filters on a query builder whose entries are aliased `alias` (statistics, export). */
  filtered<T extends object>(
    qb: SelectQueryBuilder<T>,
    filters: IncidentFiltersDto,
    alias = 'i',
  ): SelectQueryBuilder<T> {
    for (const { sql, params } of this.filterClauses(filters, alias)) qb.andWhere(sql, params);
    return qb;
  }

  /** The period's conditions (local days, from the first to the last included) on the instant `column`. */
  private periodClauses(filters: StatsPeriod, column: string): SqlClause[] {
    const zone = this.config.ruleSet.timeZone;
    const clauses: SqlClause[] = [];
    if (filters.from)
      clauses.push({
        sql: `${column} >= :from`,
        params: { from: startOfLocalDay(filters.from, zone) },
      });
    if (filters.to)
      clauses.push({
        sql: `${column} < :to`,
        params: { to: startOfLocalDay(addDays(filters.to, 1), zone) },
      });
    return clauses;
  }

  /** The conditions of the filters on the entries aliased `alias`, with named parameters. */
  filterClauses(filters: IncidentFiltersDto, alias = 'i'): SqlClause[] {
    const clauses: SqlClause[] = [];
    const where = (sql: string, params: Record<string, unknown>): void => {
      clauses.push({ sql, params });
    };
    clauses.push(...this.periodClauses(filters, `${alias}.occurred_at`));
    if (filters.category) {
      if (filters.category.includes('.'))
        where(`${alias}.category = :category`, { category: filters.category });
      else where(`${alias}.category LIKE :group`, { group: `${filters.category}.%` });
    }
    if (filters.quartier) where(`${alias}.quartier = :quartier`, { quartier: filters.quartier });
    if (filters.status) where(`${alias}.status = :status`, { status: filters.status });
    if (filters.agentId) {
      where(
        `EXISTS (SELECT 1 FROM incident_agent ia WHERE ia.incident_id = ${alias}.id AND ia.agent_id = :agentId)`,
        { agentId: filters.agentId },
      );
    }
    if (filters.q?.trim()) {
      where(
        `EXISTS (SELECT 1 FROM incident_search_own s WHERE s.incident_id = ${alias}.id AND s.document @@ vigie_fr_query(:q))`,
        { q: filters.q.trim() },
      );
    }
    return clauses;
  }

  /** The position in the hash chain of each record of the entry (amendments, status changes). */
  async chainOrder(manager: EntityManager, incidentId: string): Promise<Map<string, bigint>> {
    const links = await manager.query<{ ref_id: string; seq: string }[]>(
      'SELECT ref_id, seq FROM incident_link WHERE incident_id = $1',
      [incidentId],
    );
    return new Map(links.map((link) => [link.ref_id, BigInt(link.seq)]));
  }

  /** Names of the agents present and display names of the authors, in one round trip. */
  async names(
    manager: EntityManager,
    agentIds: string[],
    userIds: string[],
  ): Promise<{ agents: Map<string, string>; users: Map<string, string> }> {
    const rows = await manager.query<{ kind: 'agent' | 'user'; id: string; name: string }[]>(
      `SELECT 'agent' AS kind, id, first_name || ' ' || last_name AS name FROM agent WHERE id = ANY($1::uuid[])
       UNION ALL
       SELECT 'user' AS kind, id, display_name AS name FROM app_user WHERE id = ANY($2::uuid[])`,
      [[...new Set(agentIds)], [...new Set(userIds)]],
    );
    const of = (kind: 'agent' | 'user') =>
      new Map(rows.filter((row) => row.kind === kind).map((row) => [row.id, row.name]));
    return { agents: of('agent'), users: of('user') };
  }
}

/** The last line of the page before: its date (ISO) and id. */
export interface PageCursor {
  at: string;
  id: string;
}

/** The lines after `after` in the order (date, id) descending. */
function afterClause(at: string, id: string, after: PageCursor): SqlClause {
  return {
    sql: `(${at}, ${id}) < (CAST(:at AS timestamptz), CAST(:id AS uuid))`,
    params: { at: after.at, id: after.id },
  };
}

/** What a search by words alone may carry besides its words: its period and its page. */
const WORDS_ALONE_KEYS = new Set(['q', 'from', 'to', 'cursor', 'limit']);

/** Words, with or without a period, and no other filter (one added later goes the general way). */
export function byWordsAlone(filters: IncidentFiltersDto): boolean {
  return (
    Boolean(filters.q?.trim()) &&
    Object.entries(filters).every(
      ([key, value]) => WORDS_ALONE_KEYS.has(key) || value === undefined || value === '',
    )
  );
}
