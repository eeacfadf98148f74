import { Injectable } from '@nestjs/common';
import { Milestone, RecruitmentStatus } from '@vigie/shared';
import { DataSource, In } from 'typeorm';

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
