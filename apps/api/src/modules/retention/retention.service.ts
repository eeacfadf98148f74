import { Inject, Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource, EntityManager } from 'typeorm';

import { AuditService } from '../../common/audit/audit.service';
import { Clock } from '../../common/clock';
import { allowPurge } from '../../common/db/purge';
import { IdempotencyKeys } from '../../common/idempotency/idempotency';
import { eachService } from '../../common/tenancy/each-service';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { ArmouryRepository } from '../armoury/armoury.repository';
import { AuditRepository } from '../audit/audit.repository';
import { IncidentChain } from '../incidents/incident-chain';
import { IncidentPhotosService } from '../incidents/incident-photos.service';
import { IncidentsRepository } from '../incidents/incidents.repository';
import { RecruitmentRepository } from '../recruitment/recruitment.repository';
import { FootageRequestsRepository } from '../video/footage-requests.repository';

export interface PurgeReport {
  at: string;
  footageRequests: number;
  candidates: number;
  auditEvents: number;
  /** Main courante entries whose content was erased. */
  incidents: number;
  /** Expired entries left as they are because their links no longer match them (tampered: the chief must see it). */
  tampered: number;
  /** Keys of creations older than a phone's retries. */
  idempotencyKeys: number;
  /** Lines of the armoury's daily log (with their returns and corrections) past their time. */
  armouryLog: number;
  /** Photos whose bytes were deleted: their entries were erased, or no entry named them within a day. */
  photos: number;
}

/** A phone's outbox retries within days; a key kept a month outlives any retry, and no longer. */
export const IDEMPOTENCY_KEY_DAYS = 30;

/**
 * What Vigie keeps, and for how long (GDPR/RGPD, durations in the configuration): the footage
 * register 3 years after its images were overwritten, rejected or withdrawn candidates 3 months
 * after that decision, the audit trail a year, each main courante entry 3 years from its
 * recording (its content erased, its links kept), the armoury's daily log 5 years after the
 * issue (a prudent choice: no text found sets it). Each part runs in its own transaction; the
 * append-only tables accept it because the transaction says so (`vigie.purge`), which nothing
 * else does.
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
    private readonly keys: IdempotencyKeys,
    private readonly footage: FootageRequestsRepository,
    private readonly recruitments: RecruitmentRepository,
    private readonly auditTrail: AuditRepository,
    private readonly armoury: ArmouryRepository,
    private readonly photos: IncidentPhotosService,
  ) {}

  /** Every service's purge, one service after the other (each in its scope); the figures summed. */
  async purge(now: Date = this.clock.now()): Promise<PurgeReport> {
    const reports = await eachService(this.dataSource, () => this.purgeService(now));
    const total: PurgeReport = {
      at: now.toISOString(),
      footageRequests: 0,
      candidates: 0,
      auditEvents: 0,
      incidents: 0,
      tampered: 0,
      idempotencyKeys: 0,
      armouryLog: 0,
      photos: 0,
    };
    for (const report of reports) {
      for (const key of Object.keys(total) as (keyof PurgeReport)[]) {
        if (key !== 'at') total[key] += report[key];
      }
    }
    return total;
  }

  /** One service's purge (the current scope's), audited in its own trail. */
  private async purgeService(now: Date): Promise<PurgeReport> {
    const { retention } = this.config;
    const zone = this.config.ruleSet.timeZone;
    const local = DateTime.fromJSDate(now, { zone });
    const report: PurgeReport = {
      at: now.toISOString(),
      footageRequests: await this.purgeFootage(
        local.minus({ years: retention.footageRegisterYears }).toJSDate(),
      ),
      candidates: await this.purgeCandidates(local.minus({ months: retention.candidateMonths }).toISODate()!),
      auditEvents: await this.purgeAudit(local.minus({ months: retention.auditMonths }).toJSDate()),
      incidents: 0,
      tampered: 0,
      idempotencyKeys: await this.purging((manager) =>
        this.keys.purge(manager, local.minus({ days: IDEMPOTENCY_KEY_DAYS }).toJSDate()),
      ),
      armouryLog: await this.purging((manager) =>
        this.armoury.purgeLog(manager, local.minus({ years: retention.armouryLogYears }).toJSDate()),
      ),
      photos: 0,
    };
    Object.assign(
      report,
      await this.eraseIncidents(local.minus({ years: retention.incidentYears }).toJSDate(), now),
    );
    // The photos follow their entries: once erased, their bytes go (their hashes stay in the chain).
    report.photos = await this.photos.release(now);
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
      await allowPurge(manager);
      return work(manager);
    });
  }

  /** The register of the requests whose images were overwritten before `before` (CSI R252-11). */
  private purgeFootage(before: Date): Promise<number> {
    return this.purging((manager) => this.footage.purgeOverwrittenBefore(manager, before));
  }

  /** Candidates who left the process (rejected or withdrawn) before `before` (a local date). */
  private purgeCandidates(before: string): Promise<number> {
    return this.purging((manager) => this.recruitments.purgeLeftBefore(manager, before));
  }

  private purgeAudit(before: Date): Promise<number> {
    return this.purging((manager) => this.auditTrail.purgeBefore(manager, before));
  }

  /**
   * Each entry recorded before `before` is erased on its own, whatever comes after it in the chain:
   * its content, complements, status changes and presence rows go, its row (number, dates,
   * category, quartier, status) and its links stay, so the chain still verifies. An entry whose
   * links no longer match its content is left for the integrity check to show.
   */
  private eraseIncidents(before: Date, now: Date): Promise<Pick<PurgeReport, 'incidents' | 'tampered'>> {
    return this.purging(async (manager) => {
      await this.chain.lock(manager);
      const due = await this.incidents.dueForErasure(manager, before);
      if (due.length === 0) return { incidents: 0, tampered: 0 };
      const intact = await this.chain.intact(manager, due);
      const erasable = due.filter((id) => intact.has(id));
      await this.incidents.erase(manager, erasable, now);
      return { incidents: erasable.length, tampered: due.length - erasable.length };
    });
  }
}
