import { Inject, Injectable } from '@nestjs/common';
import {
  checkAgentNeighbourhood,
  findingKeys,
  formatDateFr,
  introducedFindings,
  localDateOf,
  localTimeOf,
  RosterFinding,
  rosterRefusalCode,
  RosterRule,
} from '@vigie/shared';
import { EntityManager, In } from 'typeorm';

import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { DomainException } from '../../common/errors/domain.exception';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { AgentsRepository } from '../agents/agents.repository';
import { SecondmentsRepository } from '../secondments/secondments.repository';
import { AssignmentsRepository } from './assignments.repository';
import { RosterRepository, shiftLabel } from './roster.repository';
import { Shift } from './shift.entity';

export type FindingsByAgent = Map<string, RosterFinding[]>;

/**
 * The hard rules around one agent's assignments, enforced inside the transaction that changes
 * them: rows locked, overlaps refused by the database, the agent's neighbourhood checked by the
 * same rules engine as the roster check, new violations refused.
 */
@Injectable()
export class AssignmentGuard {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly agents: AgentsRepository,
    private readonly assignments: AssignmentsRepository,
    private readonly rosters: RosterRepository,
    private readonly secondments: SecondmentsRepository,
  ) {}

  /** Serializes every change to these agents' assignments until the transaction ends. */
  async lockAgents(manager: EntityManager, agentIds: string[], notFound?: string): Promise<void> {
    const found = await this.agents.lock(manager, agentIds);
    if (notFound && found.length !== new Set(agentIds).size) throw DomainException.notFound(notFound);
  }

  /** The hard findings around the given shifts, per agent. */
  async findingsOf(manager: EntityManager, agentIds: string[], shiftIds: string[]): Promise<FindingsByAgent> {
    const result: FindingsByAgent = new Map();
    if (agentIds.length === 0) return result;
    const shifts = await manager.findBy(Shift, { id: In(shiftIds) });
    const days = shifts.map((shift) => localDateOf(shift.startsAt, this.config.ruleSet.timeZone)).sort();
    const loaded = await this.rosters.load(manager, {
      from: days[0],
      to: days[days.length - 1],
      agentIds,
      shiftIds,
    });
    for (const agentId of agentIds) result.set(agentId, checkAgentNeighbourhood(loaded.input, agentId));
    return result;
  }

  /** Inserts the assignment; an overlap with another of the agent's shifts is a 409. */
  async insert(
    manager: EntityManager,
    shift: Shift,
    agentId: string,
    actor: AuthenticatedUser,
  ): Promise<void> {
    const clash = await this.assignments.clashOf(manager, agentId, shift.startsAt, shift.endsAt);
    // A seconded agent's shift in his other service clashes as well (the database's exclusion
    // constraint spans the services; this names the service instead of the constraint).
    const elsewhere = clash
      ? undefined
      : (
          await this.secondments.dutyElsewhere(
            manager,
            [agentId],
            shift.startsAt,
            shift.endsAt,
            this.config.ruleSet.timeZone,
          )
        ).find((item) => item.kind === 'SHIFT');
    if (clash || elsewhere) {
      const agent = (await this.agents.byId(agentId, manager))!;
      const what = clash
        ? `affecté à ${shiftLabel(clash.shift, clash.type ?? undefined)} du ${this.when(clash.shift)}`
        : `de service pour ${elsewhere!.serviceName} du ${this.when(elsewhere!)}`;
      const message = `${agent.firstName} ${agent.lastName} est déjà ${what}.`;
      throw new DomainException('ASSIGNMENT_OVERLAP', message, {
        violations: [{ rule: RosterRule.OVERLAP, agentId, shiftId: shift.id, message }],
      });
    }
    await this.assignments.insert(manager, shift, agentId, actor.id);
  }

  /** 422 with the hard violations the change introduced (those present before are not its doing). */
  async refuseNewViolations(
    manager: EntityManager,
    agentIds: string[],
    shiftIds: string[],
    before: FindingsByAgent,
  ): Promise<void> {
    const after = await this.findingsOf(manager, agentIds, shiftIds);
    const introduced: RosterFinding[] = [];
    for (const [agentId, findings] of after) {
      introduced.push(...introducedFindings(findingKeys(before.get(agentId) ?? []), findings));
    }
    if (introduced.length > 0) {
      throw DomainException.rule(
        introduced.length === 1
          ? introduced[0].message
          : `${introduced[0].message} (et ${introduced.length - 1} autre(s) règle(s))`,
        introduced.map(({ rule, message, agentId, shiftId }) => ({ rule, message, agentId, shiftId })),
        rosterRefusalCode(introduced.map(({ rule }) => rule)),
      );
    }
  }

  private when(shift: Pick<Shift, 'startsAt' | 'endsAt'>): string {
    const zone = this.config.ruleSet.timeZone;
    const time = (instant: Date): string => localTimeOf(instant, zone);
    return `${formatDateFr(localDateOf(shift.startsAt, zone))} ${time(shift.startsAt)}–${time(shift.endsAt)}`;
  }
}
