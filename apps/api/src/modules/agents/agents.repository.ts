import { Injectable } from '@nestjs/common';
import { AgentStatus, Grade, QualificationKind } from '@vigie/shared';
import { Brackets, DataSource, EntityManager, In, Not } from 'typeorm';

import { Agent } from './agent.entity';
import { ContinuingTrainingRecord } from './continuing-training.entity';
import { FirearmDecisionRecord } from './firearm-decision.entity';
import { Qualification } from './qualification.entity';
import { ShootingSession } from './shooting-session.entity';

/** What an appointment brings into the service (recruitment): the agent's first record. */
export interface NewAgent {
  matricule: string;
  firstName: string;
  lastName: string;
  grade: Grade;
  status: AgentStatus;
  hireDate: string;
}

/**
 * The rows this repository answers, as types for the modules that read them: they depend on the
 * repository, the agents module keeps its entities.
 */
export type { Agent, Qualification };

/** The agents' list filters. */
export interface AgentFilter {
  status?: AgentStatus;
  grade?: Grade;
  q?: string;
}

/** A qualification recorded for an agent outside the agents' own screens (an appointment). */
export interface NewQualification {
  agentId: string;
  kind: QualificationKind;
  obtainedOn: string;
  expiresOn: string | null;
  pendingApproval: boolean;
  reference: string;
}

/**
 * The agents' tables as the other modules read them. The owner of the `agent`, `qualification`
 * `shooting_session` and `firearm_decision` tables is this module: others go through here, inside their own
 * transaction when they pass its manager.
 */
@Injectable()
export class AgentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * A page of the agents' list, by name: `take` rows after the (last name, first name, id) key,
   * filtered by status, grade and a text matched without accents against names and matricule.
   */
  page(filter: AgentFilter, take: number, after?: readonly [string, string, string]): Promise<Agent[]> {
    const qb = this.dataSource
      .getRepository(Agent)
      .createQueryBuilder('a')
      .orderBy('a.lastName')
      .addOrderBy('a.firstName')
      .addOrderBy('a.id')
      .limit(take);
    if (filter.status) qb.andWhere('a.status = :status', { status: filter.status });
    if (filter.grade) qb.andWhere('a.grade = :grade', { grade: filter.grade });
    if (filter.q?.trim()) {
      const pattern = `%${filter.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere(
        `unaccent(a.last_name || ' ' || a.first_name || ' ' || a.last_name || ' ' || a.matricule) ILIKE unaccent(:pattern)`,
        { pattern },
      );
    }
    if (after) {
      const [lastName, firstName, id] = after;
      qb.andWhere(
        new Brackets((where) =>
          where.where('(a.last_name, a.first_name, a.id) > (:lastName, :firstName, CAST(:id AS uuid))', {
            lastName,
            firstName,
            id,
          }),
        ),
      );
    }
    return qb.getMany();
  }

  /** Locks these agents' rows until the transaction ends; answers the ids that exist. */
  async lock(manager: EntityManager, ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const sorted = [...new Set(ids)].sort();
    const rows = await manager.query<{ id: string }[]>(
      'SELECT id FROM agent WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE',
      [sorted],
    );
    return rows.map((row) => row.id);
  }

  byId(id: string, manager: EntityManager = this.dataSource.manager): Promise<Agent | null> {
    return manager.findOneBy(Agent, { id });
  }

  async byIds(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Agent[]> {
    return ids.length ? manager.findBy(Agent, { id: In([...ids]) }) : [];
  }

  /** These agents by name (last, first, then id). */
  async byName(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Agent[]> {
    if (ids.length === 0) return [];
    return manager.find(Agent, {
      where: { id: In([...ids]) },
      order: { lastName: 'ASC', firstName: 'ASC', id: 'ASC' },
    });
  }

  /** One of the agents the service employs (not another's, even lent to it). */
  async isEmployed(id: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      'SELECT 1 FROM agent WHERE id = $1 AND service_id = vigie_current_service()',
      [id],
    );
    return rows.length > 0;
  }

  exists(id: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.existsBy(Agent, { id });
  }

  /** How many of these ids are agents (duplicates counted once). */
  count(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<number> {
    return ids.length ? manager.countBy(Agent, { id: In([...new Set(ids)]) }) : Promise.resolve(0);
  }

  /** Every agent the service reads, departed ones and those at its disposal included (names on a roster). */
  all(manager: EntityManager = this.dataSource.manager): Promise<Agent[]> {
    return manager.find(Agent);
  }

  /**
   * The agents the service employs, departed ones included (a headcount on a past date needs
   * them); not another service's agents at its disposal, whose post and account are their own service's.
   */
  employed(manager: EntityManager = this.dataSource.manager): Promise<Agent[]> {
    return manager
      .getRepository(Agent)
      .createQueryBuilder('a')
      .where('a.service_id = vigie_current_service()')
      .getMany();
  }

  /** Agents of the service, plus the departed ones among `alsoIds` (a past roster names them). */
  present(alsoIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Agent[]> {
    return manager
      .getRepository(Agent)
      .createQueryBuilder('a')
      .where('a.status <> :departed OR a.id = ANY(:also)', {
        departed: AgentStatus.DEPARTED,
        also: [...new Set(alsoIds)],
      })
      .getMany();
  }

  /** Serving agents the service employs: active, in training or on long absence (their papers still matter). */
  async serving(manager: EntityManager = this.dataSource.manager): Promise<Agent[]> {
    const serving = new Set([AgentStatus.ACTIVE, AgentStatus.IN_TRAINING, AgentStatus.LONG_ABSENCE]);
    return (await this.employed(manager)).filter((agent) => serving.has(agent.status));
  }

  /** The serving (not departed) agents of a brigade, by name: the people a work cycle names. */
  inBrigade(brigade: string, manager: EntityManager = this.dataSource.manager): Promise<Agent[]> {
    return manager.find(Agent, {
      where: { brigade, status: Not(AgentStatus.DEPARTED) },
      order: { lastName: 'ASC', firstName: 'ASC' },
    });
  }

  async qualificationsOf(
    agentIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
    kind?: QualificationKind,
  ): Promise<Qualification[]> {
    if (agentIds.length === 0) return [];
    return manager.findBy(Qualification, { agentId: In([...agentIds]), ...(kind ? { kind } : {}) });
  }

  async shootingSessionsOf(
    agentIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ShootingSession[]> {
    return agentIds.length ? manager.findBy(ShootingSession, { agentId: In([...agentIds]) }) : [];
  }

  /** These agents' completed continuing-training courses. */
  async continuingTrainingsOf(
    agentIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ContinuingTrainingRecord[]> {
    return agentIds.length ? manager.findBy(ContinuingTrainingRecord, { agentId: In([...agentIds]) }) : [];
  }

  /** The préfet's decisions on these agents' firearm permits, in the order they take effect and were recorded. */
  async firearmDecisionsOf(
    agentIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<FirearmDecisionRecord[]> {
    if (agentIds.length === 0) return [];
    return manager.find(FirearmDecisionRecord, {
      where: { agentId: In([...agentIds]) },
      order: { date: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** The record of a newly appointed agent; answers its id. */
  async create(manager: EntityManager, agent: NewAgent): Promise<string> {
    const saved = await manager.save(
      manager.create(Agent, {
        ...agent,
        departureDate: null,
        brigade: null,
        contractRatio: 1,
        phone: null,
        email: null,
      }),
    );
    return saved.id;
  }

  async addQualification(manager: EntityManager, qualification: NewQualification): Promise<void> {
    await manager.insert(Qualification, qualification);
  }

  /** A status change decided elsewhere (a recruitment's end); bumps the version like an edit. */
  async setStatus(
    manager: EntityManager,
    agentId: string,
    status: AgentStatus,
    departureDate: string | null,
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(Agent)
      .set({ status, ...(departureDate ? { departureDate } : {}), version: () => 'version + 1' })
      .where('id = :agentId', { agentId })
      .execute();
  }
}
