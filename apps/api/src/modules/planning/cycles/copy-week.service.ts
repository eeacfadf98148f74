import { Inject, Injectable } from '@nestjs/common';
import {
  addDays,
  CopyWeekDto,
  CopyWeekResponse,
  daysBetween,
  FieldError,
  isoWeekday,
  localDateOf,
} from '@vigie/shared';
import { DataSource } from 'typeorm';

import { AuditService } from '../../../common/audit/audit.service';
import { AuthenticatedUser } from '../../../common/auth/authenticated-user';
import { DomainException } from '../../../common/errors/domain.exception';
import { AppConfig } from '../../../config/app-config';
import { APP_CONFIG } from '../../../config/config.module';
import { AgentsRepository } from '../../agents/agents.repository';
import { AssignmentGuard } from '../assignment-guard';
import { CyclesRepository } from './cycles.repository';
import { AgentPlan, PlacementWriter } from './placement-writer';

/**
 * « Copier une semaine » (issue 21, point 5): each agent of the source week is put, in every target
 * week, on the shift of the same type the same weekday, through the same writer as a cycle's
 * roll-out (every rule checked, refusals and published days reported). Event shifts (their own
 * label) are one-offs, not part of a week's pattern: they are not copied.
 */
@Injectable()
export class CopyWeekService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly guard: AssignmentGuard,
    private readonly cycles: CyclesRepository,
    private readonly agents: AgentsRepository,
    private readonly writer: PlacementWriter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async copy(dto: CopyWeekDto, actor: AuthenticatedUser): Promise<CopyWeekResponse> {
    checkWeeks(dto);
    const zone = this.config.ruleSet.timeZone;
    const targets = [...dto.targets].sort();
    return this.dataSource.transaction(async (manager) => {
      const source = await this.cycles.weekAssignments(manager, dto.source, addDays(dto.source, 6), zone);
      const agentIds = [...new Set(source.map((row) => row.agentId))];
      await this.guard.lockAgents(manager, agentIds);
      const agents = (await this.agents.byIds(agentIds, manager)).sort(
        (a, b) => a.lastName.localeCompare(b.lastName, 'fr') || a.firstName.localeCompare(b.firstName, 'fr'),
      );
      const plans: AgentPlan[] = agents.map((agent) => ({
        agent,
        days: targets
          .flatMap((monday) =>
            source
              .filter((row) => row.agentId === agent.id)
              .map((row) => ({
                date: addDays(monday, daysBetween(dto.source, localDateOf(row.shift.startsAt, zone))),
                shiftTypeId: row.shift.shiftTypeId,
              })),
          )
          .sort((a, b) => a.date.localeCompare(b.date)),
      }));
      const report = await this.writer.write(manager, plans, {
        from: targets[0],
        to: addDays(targets[targets.length - 1], 6),
        actor,
        what: 'une copie de semaine',
      });
      await this.audit.record(
        {
          actor,
          action: 'COPY_WEEK',
          entity: 'assignment',
          details: { source: dto.source, targets, created: report.created, skipped: report.skipped.length },
        },
        manager,
      );
      return report;
    });
  }
}

function checkWeeks(dto: CopyWeekDto): void {
  const errors: FieldError[] = [];
  if (isoWeekday(dto.source) !== 1) errors.push({ field: 'source', message: 'doit être un lundi' });
  dto.targets.forEach((target, index) => {
    if (isoWeekday(target) !== 1) errors.push({ field: `targets.${index}`, message: 'doit être un lundi' });
    else if (target === dto.source) {
      errors.push({ field: `targets.${index}`, message: 'ne peut pas être la semaine copiée' });
    }
  });
  if (errors.length > 0) throw DomainException.invalid(errors);
}
