import { Injectable } from '@nestjs/common';
import {
  addDays,
  ChangeWeaponStatusDto,
  correctedCounts,
  correctionProblems,
  CorrectWeaponIssueDto,
  CreateWeaponDto,
  dutyShift,
  issueRefusalText,
  IssueViolation,
  issueViolations,
  IssueWeaponDto,
  ReturnWeaponDto,
  SERVICE_TIME_ZONE,
  startOfLocalDay,
  WeaponIssuePageResponse,
  WeaponIssueQueryDto,
  WeaponIssueResponse,
  WeaponPageResponse,
  WeaponQueryDto,
  WeaponResponse,
  weaponStatusRefusal,
} from '@vigie/shared';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';

import { AuditService } from '../../common/audit/audit.service';
import { allowed, AuthenticatedUser } from '../../common/auth/authenticated-user';
import { Clock } from '../../common/clock';
import { saveUnique, UniqueField } from '../../common/db/save-unique';
import { DomainException } from '../../common/errors/domain.exception';
import { decodeCursor, pageSize, toPage } from '../../common/http/cursor';
import { AgentsRepository } from '../agents/agents.repository';
import { RosterService } from '../planning/roster.service';
import { toWeaponIssueResponse, toWeaponResponse } from './armoury.mapper';
import { ArmouryRepository, IssueRow } from './armoury.repository';
import { Weapon } from './weapon.entity';
import { WeaponIssue } from './weapon-issue.entity';
import { WeaponIssueCorrection } from './weapon-issue-correction.entity';
import { WeaponReturn } from './weapon-return.entity';

const SERIAL: UniqueField = {
  constraint: 'uq_weapon_serial_number',
  field: 'serialNumber',
  message: 'déjà au registre',
  detail: 'Une arme de ce numéro de série est déjà au registre.',
  code: 'SERIAL_NUMBER_TAKEN',
};

function isUniqueViolation(error: unknown, constraint: string): boolean {
  return (
    error instanceof QueryFailedError &&
    (error.driverError as { constraint?: string }).constraint === constraint
  );
}

/**
 * The armoury register and its daily log (état journalier). The log is append-only: an issue
 * and its return are two rows, neither ever changed; the database refuses UPDATE and DELETE.
 */
@Injectable()
export class ArmouryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly repository: ArmouryRepository,
    private readonly agents: AgentsRepository,
    private readonly roster: RosterService,
  ) {}

  async weapons(query: WeaponQueryDto): Promise<WeaponPageResponse> {
    const limit = pageSize(query.limit);
    const after = query.cursor
      ? (decodeCursor(query.cursor, ['string', 'string', 'uuid']) as [string, string, string])
      : null;
    const weapons = await this.repository.weapons(limit, after);
    const open = new Map(
      (await this.repository.openIssuesOf(weapons.slice(0, limit).map((w) => w.id))).map((row) => [
        row.weaponId,
        row,
      ]),
    );
    const names = await this.namesOf([...open.values()].map((row) => row.agentId));
    return toPage(
      weapons,
      limit,
      (weapon) => {
        const issue = open.get(weapon.id);
        return toWeaponResponse(weapon, issue, issue ? (names.get(issue.agentId) ?? '—') : '');
      },
      (weapon) => [weapon.kind, weapon.serialNumber, weapon.id],
    );
  }

  async create(dto: CreateWeaponDto, actor: AuthenticatedUser): Promise<WeaponResponse> {
    const model = dto.model.trim();
    if (!model) throw DomainException.invalid([{ field: 'model', message: 'est obligatoire' }]);
    return this.dataSource.transaction(async (manager) => {
      const weapon = await saveUnique(SERIAL, () =>
        manager.save(manager.create(Weapon, { kind: dto.kind, model, serialNumber: dto.serialNumber })),
      );
      await this.audit.record(
        {
          actor,
          action: 'CREATE',
          entity: 'weapon',
          entityId: weapon.id,
          details: { kind: weapon.kind, serialNumber: weapon.serialNumber },
        },
        manager,
      );
      return toWeaponResponse(weapon, undefined, '');
    });
  }

  /**
   * Hands the weapon to the agent for his shift: refused (422, every rule named) when his permit
   * for that kind is not valid today, he is not on duty, or the weapon is out or not in service.
   * Two issues of one weapon raced at once take the same sequence number: the database keeps one.
   */
  async issue(weaponId: string, dto: IssueWeaponDto, actor: AuthenticatedUser): Promise<WeaponIssueResponse> {
    const now = this.clock.now();
    const today = this.clock.today();
    try {
      const id = await this.dataSource.transaction(async (manager) => {
        // Locked: a status change of the weapon waits for the issue, and the reverse.
        const weapon = await this.repository.lockWeapon(manager, weaponId);
        if (!weapon) throw DomainException.notFound('Arme');
        const agent = await this.agents.byId(dto.agentId, manager);
        if (!agent) throw DomainException.invalid([{ field: 'agentId', message: 'agent inconnu' }]);
        const dayStart = startOfLocalDay(today, SERVICE_TIME_ZONE);
        const dayEnd = startOfLocalDay(addDays(today, 1), SERVICE_TIME_ZONE);
        const shifts = (await this.roster.dutyOf(agent.id, dayStart, dayEnd, manager)).map((s) => ({
          shiftId: s.shiftId,
          startsAt: new Date(s.startsAt).toISOString(),
          endsAt: new Date(s.endsAt).toISOString(),
        }));
        const violations = issueViolations({
          weaponKind: weapon.kind,
          weaponStatus: weapon.status,
          weaponOut: (await this.repository.openIssuesOf([weapon.id], manager)).length > 0,
          permits: await this.agents.qualificationsOf([agent.id], manager),
          decisions: await this.agents.firearmDecisionsOf([agent.id], manager),
          shifts,
          today,
          now: now.toISOString(),
        });
        if (violations.length > 0) {
          throw DomainException.rule(issueRefusalText(violations), violations, 'WEAPON_ISSUE_REFUSED');
        }
        const shift = dutyShift(shifts, now.toISOString())!;
        const issue = await manager.save(
          manager.create(WeaponIssue, {
            weaponId: weapon.id,
            sequence: await this.repository.nextSequence(manager, weapon.id),
            agentId: agent.id,
            shiftId: shift.shiftId,
            dueBy: new Date(shift.endsAt),
            ammunition: dto.ammunition,
            issuedBy: actor.displayName,
          }),
        );
        await this.audit.record(
          {
            actor,
            action: 'ISSUE',
            entity: 'weapon',
            entityId: weapon.id,
            details: { issueId: issue.id, agentId: agent.id, ammunition: dto.ammunition },
          },
          manager,
        );
        return issue.id;
      });
      return this.view(id);
    } catch (error) {
      if (isUniqueViolation(error, 'uq_weapon_issue_sequence')) {
        const violation: IssueViolation = {
          rule: 'WEAPON_ALREADY_OUT',
          message: 'Cette arme vient d’être remise à un autre agent.',
        };
        throw DomainException.rule(issueRefusalText([violation]), [violation], 'WEAPON_ISSUE_REFUSED');
      }
      throw error;
    }
  }

  /** Takes the weapon back with the cartridges counted in; a second return of one issue is refused (409). */
  async return(
    issueId: string,
    dto: ReturnWeaponDto,
    actor: AuthenticatedUser,
  ): Promise<WeaponIssueResponse> {
    try {
      await this.dataSource.transaction(async (manager) => {
        await this.repository.lockIssue(manager, issueId);
        const issue = await this.repository.issue(issueId, manager);
        if (!issue) throw DomainException.notFound('Remise d’arme');
        if (issue.returnedAt !== null) throw this.alreadyReturned();
        const { ammunition } = correctedCounts(
          issue,
          await this.repository.correctionsOf([issueId], manager),
        );
        if (dto.ammunitionReturned > ammunition) {
          throw DomainException.invalid(
            [
              {
                field: 'ammunitionReturned',
                message: `ne peut dépasser les ${ammunition} cartouches remises`,
              },
            ],
            'AMMUNITION_RETURNED_EXCEEDS',
          );
        }
        await manager.insert(WeaponReturn, {
          issueId,
          ammunitionReturned: dto.ammunitionReturned,
          returnedBy: actor.displayName,
        });
        await this.audit.record(
          {
            actor,
            action: 'RETURN',
            entity: 'weapon',
            entityId: issue.weaponId,
            details: { issueId, ammunitionReturned: dto.ammunitionReturned, ammunition },
          },
          manager,
        );
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_weapon_return_issue')) throw this.alreadyReturned();
      throw error;
    }
    return this.view(issueId);
  }

  /**
   * Puts the weapon in service, away for repair or retires it (audited, with the reason). A
   * weapon out must come back first; a retired one never changes again (422 naming the rule).
   */
  async changeStatus(
    weaponId: string,
    dto: ChangeWeaponStatusDto,
    actor: AuthenticatedUser,
  ): Promise<WeaponResponse> {
    const reason = dto.reason.trim();
    if (reason.length < 5) {
      throw DomainException.invalid([
        { field: 'reason', message: 'doit dire pourquoi (5 caractères au moins)' },
      ]);
    }
    await this.dataSource.transaction(async (manager) => {
      const weapon = await this.repository.lockWeapon(manager, weaponId);
      if (!weapon) throw DomainException.notFound('Arme');
      if (weapon.status === dto.status) {
        throw new DomainException('WEAPON_STATUS_UNCHANGED', 'L’arme a déjà ce statut.');
      }
      const out = (await this.repository.openIssuesOf([weapon.id], manager)).length > 0;
      const refusal = weaponStatusRefusal(weapon.status, dto.status, out);
      if (refusal) {
        throw DomainException.rule(
          `Changement refusé : ${refusal.message}`,
          [refusal],
          'WEAPON_STATUS_REFUSED',
        );
      }
      await manager.update(Weapon, { id: weapon.id }, { status: dto.status });
      await this.audit.record(
        {
          actor,
          action: 'STATUS',
          entity: 'weapon',
          entityId: weapon.id,
          details: { from: weapon.status, to: dto.status, reason },
        },
        manager,
      );
    });
    return this.weaponView(weaponId);
  }

  /**
   * Corrects the counts of a line of the log: a new row naming the line, with who and why (the
   * line never changes). Refused when it changes nothing, corrects a return not made yet (409),
   * or leaves more cartridges back than out.
   */
  async correct(
    issueId: string,
    dto: CorrectWeaponIssueDto,
    actor: AuthenticatedUser,
  ): Promise<WeaponIssueResponse> {
    const reason = dto.reason.trim();
    if (reason.length < 5) {
      throw DomainException.invalid([
        { field: 'reason', message: 'doit dire pourquoi (5 caractères au moins)' },
      ]);
    }
    const correction = {
      ammunition: dto.ammunition ?? null,
      ammunitionReturned: dto.ammunitionReturned ?? null,
    };
    await this.dataSource.transaction(async (manager) => {
      await this.repository.lockIssue(manager, issueId);
      const issue = await this.repository.issue(issueId, manager);
      if (!issue) throw DomainException.notFound('Remise d’arme');
      const current = correctedCounts(issue, await this.repository.correctionsOf([issueId], manager));
      const problems = correctionProblems(current, issue.returnedAt !== null, correction);
      const early = problems.find((problem) => problem.code === 'WEAPON_NOT_RETURNED');
      if (early) {
        throw new DomainException(
          'WEAPON_NOT_RETURNED',
          'L’arme n’est pas encore réintégrée : les cartouches rendues se corrigent après la réintégration.',
        );
      }
      if (problems.length > 0) {
        throw DomainException.invalid(
          problems.map(({ field, message }) => ({ field, message })),
          problems[0].code,
        );
      }
      const saved = await manager.save(
        manager.create(WeaponIssueCorrection, {
          issueId,
          ...correction,
          reason,
          correctedBy: actor.displayName,
        }),
      );
      await this.audit.record(
        {
          actor,
          action: 'CORRECT',
          entity: 'weapon',
          entityId: issue.weaponId,
          details: { issueId, correctionId: saved.id, before: current, ...correction, reason },
        },
        manager,
      );
    });
    return this.view(issueId);
  }

  /** The log, the latest first; an AGENT reads his own issues only. */
  async issues(query: WeaponIssueQueryDto, caller: AuthenticatedUser): Promise<WeaponIssuePageResponse> {
    const limit = pageSize(query.limit);
    let agentId: string | undefined;
    if (!allowed(caller, 'readAnyWeaponIssue')) {
      if (!caller.agentId) return { items: [], nextCursor: null };
      agentId = caller.agentId;
    }
    const after = query.cursor ? decodeCursor(query.cursor, ['integer', 'uuid']) : null;
    const rows = await this.repository.issues({
      date: query.date,
      agentId,
      limit,
      after: after ? { micros: after[0] as number, id: after[1] as string } : undefined,
    });
    return this.page(rows, limit);
  }

  /** Weapons still out after their shift ended: the dashboard's flag. */
  async overdue(): Promise<WeaponIssueResponse[]> {
    const now = this.clock.now();
    const rows = await this.repository.overdue(now);
    const names = await this.namesOf(rows.map((row) => row.agentId));
    const corrections = await this.correctionsByIssue(rows.map((row) => row.id));
    return rows.map((row) =>
      toWeaponIssueResponse(row, names.get(row.agentId) ?? '—', now, corrections.get(row.id)),
    );
  }

  private async page(rows: IssueRow[], limit: number): Promise<WeaponIssuePageResponse> {
    const names = await this.namesOf(rows.slice(0, limit).map((row) => row.agentId));
    const corrections = await this.correctionsByIssue(rows.slice(0, limit).map((row) => row.id));
    const now = this.clock.now();
    return toPage(
      rows,
      limit,
      (row) => toWeaponIssueResponse(row, names.get(row.agentId) ?? '—', now, corrections.get(row.id)),
      (row) => [Number(row.issuedMicros), row.id],
    );
  }

  private async view(
    issueId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<WeaponIssueResponse> {
    const row = (await this.repository.issue(issueId, manager))!;
    const names = await this.namesOf([row.agentId]);
    const corrections = await this.repository.correctionsOf([issueId], manager);
    return toWeaponIssueResponse(row, names.get(row.agentId) ?? '—', this.clock.now(), corrections);
  }

  private async weaponView(weaponId: string): Promise<WeaponResponse> {
    const weapon = (await this.dataSource.manager.findOneBy(Weapon, { id: weaponId }))!;
    const [open] = await this.repository.openIssuesOf([weaponId]);
    const names = open ? await this.namesOf([open.agentId]) : new Map<string, string>();
    return toWeaponResponse(weapon, open, open ? (names.get(open.agentId) ?? '—') : '');
  }

  private async correctionsByIssue(
    issueIds: readonly string[],
  ): Promise<Map<string, WeaponIssueCorrection[]>> {
    const map = new Map<string, WeaponIssueCorrection[]>();
    for (const correction of await this.repository.correctionsOf(issueIds)) {
      map.set(correction.issueId, [...(map.get(correction.issueId) ?? []), correction]);
    }
    return map;
  }

  private async namesOf(agentIds: readonly string[]): Promise<Map<string, string>> {
    const agents = await this.agents.byIds([...new Set(agentIds)]);
    return new Map(agents.map((agent) => [agent.id, `${agent.firstName} ${agent.lastName}`]));
  }

  private alreadyReturned(): DomainException {
    return new DomainException('WEAPON_ALREADY_RETURNED', 'Cette arme a déjà été réintégrée.');
  }
}
