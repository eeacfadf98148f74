import { Inject, Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource, EntityManager } from 'typeorm';

import { AuditService } from '../../common/audit/audit.service';
import { Clock } from '../../common/clock';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { IncidentChain } from '../incidents/incident-chain';
import { IncidentChainAnchor } from '../incidents/incident-chain-anchor.entity';

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
      const anchor = await this.chain.anchorOf(manager);
      const from = anchor ? BigInt(anchor.seq) : 0n;
      const [{ kept, last }] = await manager.query<{ kept: string | null; last: string | null }[]>(
        `SELECT (SELECT min(l.seq) FROM incident_link l JOIN incident i ON i.id = l.incident_id
                  WHERE i.recorded_at >= $1)::text AS kept,
                (SELECT max(seq) FROM incident_link)::text AS last`,
        [before],
      );
      if (last === null) return { incidents: 0, links: 0, anchor: null };
      let end = kept === null ? BigInt(last) : BigInt(kept) - 1n;
      // Pull the end back before any entry that would be cut in two or is still referred to.
      for (;;) {
        const [{ cut }] = await manager.query<{ cut: string | null }[]>(
          `SELECT min(first)::text AS cut FROM (
             SELECT l.incident_id, min(l.seq) AS first, max(l.seq) AS last
               FROM incident_link l
              WHERE l.incident_id IN (SELECT incident_id FROM incident_link WHERE seq <= $1)
              GROUP BY l.incident_id) entries
            WHERE last > $1
               OR EXISTS (SELECT 1 FROM footage_request f WHERE f.incident_id = entries.incident_id)`,
          [String(end)],
        );
        if (cut === null) break;
        end = BigInt(cut) - 1n;
      }
      if (end <= from) return { incidents: 0, links: 0, anchor: null };
      const upTo = String(end);
      const [head] = await manager.query<{ hash: string }[]>(
        `SELECT hash FROM incident_link WHERE seq = $1`,
        [upTo],
      );
      const [{ incidents, links }] = await manager.query<{ incidents: number; links: number }[]>(
        `SELECT count(DISTINCT incident_id)::int AS incidents, count(*)::int AS links FROM incident_link WHERE seq <= $1`,
        [upTo],
      );
      // Every link of these entries is in the prefix (see above): entries, their parts, then the links.
      const doomed = `SELECT incident_id FROM incident_link WHERE seq <= $1`;
      await manager.query(`DELETE FROM incident WHERE id IN (${doomed})`, [upTo]);
      await manager.query(`DELETE FROM incident_agent WHERE incident_id IN (${doomed})`, [upTo]);
      await manager.query(
        `DELETE FROM incident_amendment WHERE id IN (SELECT ref_id FROM incident_link WHERE kind = 'AMENDMENT' AND seq <= $1)`,
        [upTo],
      );
      await manager.query(
        `DELETE FROM incident_status_change WHERE id IN (SELECT ref_id FROM incident_link WHERE kind = 'STATUS' AND seq <= $1)`,
        [upTo],
      );
      await manager.query(`DELETE FROM incident_link WHERE seq <= $1`, [upTo]);
      await manager.insert(IncidentChainAnchor, {
        seq: upTo,
        hash: head.hash,
        purgedAt: now,
        entries: incidents,
        links,
        recordedBefore: before,
      });
      return { incidents, links, anchor: { seq: Number(end), hash: head.hash } };
    });
  }
}
