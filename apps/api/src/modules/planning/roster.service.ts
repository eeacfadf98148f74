import { Readable } from 'node:stream';

import { Inject, Injectable } from '@nestjs/common';
import {
  checkRoster,
  formatDateFr,
  GRADE_LABELS,
  localDateOf,
  localTimeOf,
  PeriodQueryDto,
  PublicationPageResponse,
  PublicationQueryDto,
  PublicationResponse,
  RosterCheckResponse,
  RosterInput,
} from '@vigie/shared';
import { DataSource, EntityManager } from 'typeorm';

import { AuditService } from '../../common/audit/audit.service';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { DomainException } from '../../common/errors/domain.exception';
import { frenchExcelCsv } from '../../common/http/csv';
import { decodeCursor, pageSize, toPage } from '../../common/http/cursor';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { AgentsRepository } from '../agents/agents.repository';
import { RosterRepository, shiftLabel } from './roster.repository';
import { checkPeriod, publishedDays } from './roster-period';
import { RosterPublication } from './roster-publication.entity';
import type { Shift } from './shift.entity';

@Injectable()
export class RosterService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly rosters: RosterRepository,
    private readonly agents: AgentsRepository,
  ) {}

  /** These shifts with the label a reader sees (the dashboard names the ones findings point at). */
  labelledShifts(ids: readonly string[]): Promise<{ shift: Shift; label: string }[]> {
    return this.rosters.labelled(ids, this.dataSource.manager);
  }

  /** The agent's shifts overlapping [from, to), draft or published (the armoury's « on duty »). */
  dutyOf(
    agentId: string,
    from: Date,
    to: Date,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ shiftId: string; startsAt: Date; endsAt: Date }[]> {
    return this.rosters.dutyOf(manager, agentId, from, to);
  }

  /** How many days of the period are published. */
  async publishedDayCount(from: string, to: string): Promise<number> {
    return (await publishedDays(this.dataSource.manager, from, to)).size;
  }

  /** Every violation (hard) and warning (soft) of the period. */
  async check(period: PeriodQueryDto): Promise<RosterCheckResponse> {
    const { from, to } = checkPeriod(period);
    const loaded = await this.rosters.load(this.dataSource.manager, { from, to });
    return { from, to, ...checkRoster(loaded.input) };
  }

  /** What the web app needs to run the same rules in the browser while the chief edits. */
  async context(period: PeriodQueryDto): Promise<RosterInput> {
    const { from, to } = checkPeriod(period, 42);
    return (await this.rosters.load(this.dataSource.manager, { from, to })).input;
  }

  /** Publishes a period; refused (422) while hard violations remain. */
  async publish(period: PeriodQueryDto, actor: AuthenticatedUser): Promise<PublicationResponse> {
    const { from, to } = checkPeriod(period);
    return this.dataSource.transaction(async (manager) => {
      // One publication at a time: the check and the write see the same roster.
      await this.rosters.lockPublications(manager);
      const loaded = await this.rosters.load(manager, { from, to });
      const { violations } = checkRoster(loaded.input);
      if (violations.length > 0) {
        throw DomainException.rule(
          `Publication du ${formatDateFr(from)} au ${formatDateFr(to)} refusée : ${violations.length} règle(s) enfreinte(s) à corriger d’abord.`,
          violations.map(({ rule, message, agentId, shiftId }) => ({ rule, message, agentId, shiftId })),
          'ROSTER_HAS_VIOLATIONS',
        );
      }
      const publication = await manager.save(
        manager.create(RosterPublication, {
          fromDate: from,
          toDate: to,
          publishedById: actor.id,
          publishedByLogin: actor.login,
        }),
      );
      await this.audit.record(
        { actor, action: 'PUBLISH', entity: 'roster', entityId: publication.id, details: { from, to } },
        manager,
      );
      return toPublicationResponse(publication);
    });
  }

  /** Those overlapping the period, latest first (exact instant, then id), keyset-paginated. */
  async publications(query: PublicationQueryDto): Promise<PublicationPageResponse> {
    const { from, to } = checkPeriod(query, 366);
    const limit = pageSize(query.limit);
    const after = query.cursor ? decodeCursor(query.cursor, ['integer', 'uuid']) : undefined;
    const rows = await this.rosters.publications(
      this.dataSource.manager,
      from,
      to,
      limit + 1,
      after && { at: Number(after[0]), id: String(after[1]) },
    );
    return toPage(
      rows,
      limit,
      (row) => toPublicationResponse(row.publication),
      (row) => [row.at, row.publication.id],
    );
  }

  /** UTF-8 CSV with BOM, `;` separated (French Excel), one line per agent on a shift. */
  async exportCsv(period: PeriodQueryDto): Promise<Readable> {
    const { from, to } = checkPeriod(period);
    const loaded = await this.rosters.load(this.dataSource.manager, { from, to });
    const zone = this.config.ruleSet.timeZone;
    const agents = new Map((await this.agents.all()).map((agent) => [agent.id, agent]));
    const time = (instant: Date): string => localTimeOf(instant, zone);
    const csv = frenchExcelCsv(['Date', 'Début', 'Fin', 'Créneau', 'Matricule', 'Nom', 'Prénom', 'Grade']);
    const shifts = loaded.shifts
      .filter((shift) => {
        const day = localDateOf(shift.startsAt, zone);
        return day >= from && day <= to;
      })
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    for (const shift of shifts) {
      const label = shiftLabel(shift, loaded.types.get(shift.shiftTypeId));
      for (const assignment of loaded.assignments.filter((a) => a.shiftId === shift.id)) {
        const agent = agents.get(assignment.agentId);
        if (!agent) continue;
        csv.write([
          formatDateFr(localDateOf(shift.startsAt, zone)),
          time(shift.startsAt),
          time(shift.endsAt),
          label,
          agent.matricule,
          agent.lastName,
          agent.firstName,
          GRADE_LABELS[agent.grade],
        ]);
      }
    }
    csv.end();
    return csv;
  }
}

function toPublicationResponse(publication: RosterPublication): PublicationResponse {
  return {
    id: publication.id,
    from: publication.fromDate,
    to: publication.toDate,
    publishedAt: publication.publishedAt.toISOString(),
    publishedBy: publication.publishedByLogin,
  };
}
