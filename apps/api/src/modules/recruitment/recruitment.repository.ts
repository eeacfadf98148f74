import { Injectable } from '@nestjs/common';
import { Milestone, RecruitmentStatus } from '@vigie/shared';
import { DataSource, EntityManager, In } from 'typeorm';

import { Recruitment } from './recruitment.entity';
import { RecruitmentEvent } from './recruitment-event.entity';

export interface RecruitmentWithEvents {
  recruitment: Recruitment;
  events: RecruitmentEvent[];
}

/** The recruitments' tables as the headcount and the forecast read them. */
@Injectable()
export class RecruitmentRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** `take` recruitments, most recent first (creation, then id), before `before` when given. */
  page(
    status: RecruitmentStatus | undefined,
    take: number,
    before?: { createdAt: string; id: string },
  ): Promise<Recruitment[]> {
    const qb = this.dataSource
      .getRepository(Recruitment)
      .createQueryBuilder('r')
      .orderBy('r.createdAt', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .limit(take);
    if (status) qb.andWhere('r.status = :status', { status });
    if (before) {
      qb.andWhere('(r.created_at, r.id) < (CAST(:createdAt AS timestamptz), CAST(:id AS uuid))', before);
    }
    return qb.getMany();
  }

  /**
   * Deletes the candidates who left the process (rejected or withdrawn, never appointed) before
   * `before` (a local date), with their milestones; answers how many.
   */
  async purgeLeftBefore(manager: EntityManager, before: string): Promise<number> {
    const gone = (
      await manager.query<{ id: string }[]>(
        `SELECT r.id FROM recruitment r
           JOIN recruitment_milestone m ON m.recruitment_id = r.id AND m.milestone = r.status
          WHERE r.status IN ('REJECTED', 'WITHDRAWN') AND r.agent_id IS NULL AND m.date < $1::date`,
        [before],
      )
    ).map((row) => row.id);
    if (gone.length === 0) return 0;
    await manager.query(`DELETE FROM recruitment_milestone WHERE recruitment_id = ANY($1::uuid[])`, [gone]);
    await manager.query(`DELETE FROM recruitment WHERE id = ANY($1::uuid[])`, [gone]);
    return gone.length;
  }

  /** Open recruitments with their milestones so far. */
  async open(): Promise<RecruitmentWithEvents[]> {
    const recruitments = await this.dataSource
      .getRepository(Recruitment)
      .findBy({ status: RecruitmentStatus.OPEN });
    if (recruitments.length === 0) return [];
    const events = await this.dataSource
      .getRepository(RecruitmentEvent)
      .findBy({ recruitmentId: In(recruitments.map((recruitment) => recruitment.id)) });
    return recruitments.map((recruitment) => ({
      recruitment,
      events: events.filter((event) => event.recruitmentId === recruitment.id),
    }));
  }

  /** Agents recruited through Vigie: the date each became operational (OPERATIONAL recorded). */
  async operationalSince(): Promise<Map<string, string>> {
    const events = await this.dataSource
      .getRepository(RecruitmentEvent)
      .findBy({ milestone: Milestone.OPERATIONAL });
    if (events.length === 0) return new Map();
    const recruitments = await this.dataSource
      .getRepository(Recruitment)
      .findBy({ id: In(events.map((event) => event.recruitmentId)) });
    const agentOf = new Map(recruitments.map((recruitment) => [recruitment.id, recruitment.agentId]));
    return new Map(
      events.flatMap((event) => {
        const agentId = agentOf.get(event.recruitmentId);
        return agentId ? [[agentId, event.date] as const] : [];
      }),
    );
  }
}
