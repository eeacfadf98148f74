import { Inject, Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource, EntityManager } from 'typeorm';

import { AuditService } from '../../common/audit/audit.service';
import { Clock } from '../../common/clock';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { IncidentChain } from '../incidents/incident-chain';
import { IncidentsRepository } from '../incidents/incidents.repository';

export interface PurgeReport {
  at: string;
  footageRequests: number;
  candidates: number;
  auditEvents: number;
  incidents: number;
  links: number;
  /** The new anchor of the chain, when entries were purged. */
  anchor: { seq: number; hash: string } | null;
}

/**
 * What Vigie keeps, and for how long (GDPR/RGPD, durations in the configuration): footage
 * requests until 30 days after their images were overwritten, rejected or withdrawn candidates
 * 3 months after that decision, the audit trail a year, main courante entries 3 years. Each part
 * is purged in its own transaction; the append-only tables accept it because the transaction
 * says so (`vigie.purge`), which nothing else does.
 */
@Injectable()
export class RetentionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly chain: IncidentChain,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly incidents: IncidentsRepository,
  ) {}

  async purge(now: Date = this.clock.now()): Promise<PurgeReport> {
    const { retention } = this.config;
    const zone = this.config.ruleSet.timeZone;
    const local = DateTime.fromJSDate(now, { zone });
    const report: PurgeReport = {
      at: now.toISOString(),
      footageRequests: await this.purgeFootage(
        local.minus({ days: retention.footageDaysAfterOverwrite }).toJSDate(),
      ),
      candidates: await this.purgeCandidates(local.minus({ months: retention.candidateMonths }).toISODate()!),
      auditEvents: await this.purgeAudit(local.minus({ months: retention.auditMonths }).toJSDate()),
      incidents: 0,
      links: 0,
      anchor: null,
    };
    const incidents = await this.purgeIncidents(
      local.minus({ years: retention.incidentYears }).toJSDate(),
      now,
    );
    Object.assign(report, incidents);
    await this.audit.record({
      actor: null,
      action: 'PURGE',
      entity: 'retention',
      details: { ...report, retention },
    });
    return report;
  }

  private purging<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL vigie.purge = 'on'`);
      return work(manager);
    });
  }

  /** Requests (and their register) whose images were overwritten before `before`. */
  private purgeFootage(before: Date): Promise<number> {
    return this.purging(async (manager) => {
      const [, count] = await manager.query<[unknown[], number]>(
        `DELETE FROM footage_request WHERE overwrite_at < $1`,
        [before],
      );
      return count;
    });
  }

  /** Candidates who left the process (rejected or withdrawn) before `before` (a local date). */
  private purgeCandidates(before: string): Promise<number> {
    return this.purging(async (manager) => {
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
    });
  }

  private purgeAudit(before: Date): Promise<number> {
    return this.purging(async (manager) => {
      const [, count] = await manager.query<[unknown[], number]>(`DELETE FROM audit_event WHERE at < $1`, [
        before,
      ]);
      return count;
    });
  }

  /**
   * Entries recorded before `before`, as a whole prefix of the chain only: the purge stops at the
   * first link of an entry still kept, and never takes part of an entry (an old entry completed
   * or re-statused recently stays, with everything after it), nor an entry a footage request
   * still refers to. The last link purged becomes the chain's anchor.
   */
  private purgeIncidents(
    before: Date,
    now: Date,
  ): Promise<Pick<PurgeReport, 'incidents' | 'links' | 'anchor'>> {
    return this.purging(async (manager) => {
      await this.chain.lock(manager);
      return this.incidents.purgeRecordedBefore(manager, await this.chain.anchorOf(manager), before, now);
    });
  }
}
