import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { PoliceService } from '../services/police-service.entity';
import { Secondment } from './secondment.entity';

/** A secondment with the names its readers see. */
export interface SecondmentRow {
  secondment: Secondment;
  homeServiceName: string;
  hostServiceName: string;
}

/** An agent's shift or approved absence in another service, as `vigie_duty_elsewhere` answers it. */
export interface DutyElsewhere {
  agentId: string;
  kind: 'SHIFT' | 'ABSENCE';
  itemId: string;
  startsAt: Date;
  endsAt: Date;
  breakMinutes: number;
  serviceId: string;
  serviceName: string;
  published: boolean;
}

/**
 * The `agent_secondment` table (its policy shows a row to the home service and to the host) and
 * the one look into the other services a secondment opens: the agent's duty there.
 */
@Injectable()
export class SecondmentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Those the service gives or receives (one agent's when given), by first day then id. */
  async list(
    filter: { agentId?: string; id?: string },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<SecondmentRow[]> {
    const qb = manager
      .getRepository(Secondment)
      .createQueryBuilder('s')
      .innerJoin(PoliceService, 'home', 'home.id = s.service_id')
      .innerJoin(PoliceService, 'host', 'host.id = s.host_service_id')
      .addSelect(['home.name AS "homeName"', 'host.name AS "hostName"'])
      .orderBy('s.start_date', 'DESC')
      .addOrderBy('s.id', 'ASC');
    if (filter.agentId) qb.andWhere('s.agent_id = :agentId', { agentId: filter.agentId });
    if (filter.id) qb.andWhere('s.id = :id', { id: filter.id });
    const { entities, raw } = await qb.getRawAndEntities<{
      s_id: string;
      homeName: string;
      hostName: string;
    }>();
    const names = new Map(raw.map((row) => [row.s_id, row]));
    return entities.map((secondment) => ({
      secondment,
      homeServiceName: names.get(secondment.id)!.homeName,
      hostServiceName: names.get(secondment.id)!.hostName,
    }));
  }

  async byId(id: string, manager: EntityManager = this.dataSource.manager): Promise<SecondmentRow | null> {
    return (await this.list({ id }, manager))[0] ?? null;
  }

  /** The agent's secondments to that service overlapping [from, to]. */
  overlapping(
    manager: EntityManager,
    agentId: string,
    hostServiceId: string,
    from: string,
    to: string,
  ): Promise<Secondment[]> {
    return manager
      .getRepository(Secondment)
      .createQueryBuilder('s')
      .where('s.agent_id = :agentId AND s.host_service_id = :hostServiceId', { agentId, hostServiceId })
      .andWhere('s.start_date <= :to AND s.end_date >= :from', { from, to })
      .getMany();
  }

  /** The secondments to the current service of these agents (the host's view of them). */
  toHere(manager: EntityManager, agentIds: readonly string[]): Promise<Secondment[]> {
    if (agentIds.length === 0) return Promise.resolve([]);
    return manager
      .getRepository(Secondment)
      .createQueryBuilder('s')
      .where('s.agent_id = ANY(:agentIds)', { agentIds: [...agentIds] })
      .andWhere('s.host_service_id = vigie_current_service()')
      .getMany();
  }

  async insert(manager: EntityManager, values: Partial<Secondment>): Promise<string> {
    const saved = await manager.save(manager.create(Secondment, values));
    return saved.id;
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(Secondment, { id });
  }

  /**
   * These agents' shifts and approved absences in the other services a secondment of theirs links
   * to this one, overlapping [from, to): times and a service name only (an owner function). Null:
   * every agent of a secondment the service gives or receives (no list of its agents to read first).
   */
  async dutyElsewhere(
    manager: EntityManager,
    agentIds: readonly string[] | null,
    from: Date,
    to: Date,
    zone: string,
  ): Promise<DutyElsewhere[]> {
    if (agentIds?.length === 0) return [];
    const rows = await manager.query<DutyElsewhere[]>(
      `SELECT agent_id AS "agentId", kind, item_id AS "itemId", starts_at AS "startsAt", ends_at AS "endsAt",
              break_minutes AS "breakMinutes", service_id AS "serviceId", service_name AS "serviceName", published
         FROM vigie_duty_elsewhere(COALESCE($1::uuid[], ARRAY(SELECT agent_id FROM agent_secondment)), $2, $3, $4)
        ORDER BY starts_at, item_id`,
      [agentIds && [...agentIds], from, to, zone],
    );
    return rows.map((row) => ({ ...row, startsAt: new Date(row.startsAt), endsAt: new Date(row.endsAt) }));
  }

  serviceExists(id: string): Promise<boolean> {
    return this.dataSource.getRepository(PoliceService).existsBy({ id });
  }

  /** Other services by name (not the current one), matching `q` without accents: a host to choose. */
  otherServices(q: string | undefined, take: number): Promise<PoliceService[]> {
    const qb = this.dataSource
      .getRepository(PoliceService)
      .createQueryBuilder('v')
      .where('v.id IS DISTINCT FROM vigie_current_service()')
      .orderBy('v.name')
      .limit(take);
    if (q?.trim()) {
      const pattern = `%${q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere('unaccent(v.name) ILIKE unaccent(:pattern)', { pattern });
    }
    return qb.getMany();
  }
}
