import { Injectable } from '@nestjs/common';
import {
  CreateUserDto,
  PageQueryDto,
  UpdateUserDto,
  UserAdminResponse,
  UserPageResponse,
} from '@vigie/shared';
import { DataSource, EntityManager } from 'typeorm';

import { AuditService } from '../../common/audit/audit.service';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { DomainException } from '../../common/errors/domain.exception';
import { decodeTextCursor, pageSize, toPage } from '../../common/http/cursor';
import { AgentsRepository } from '../agents/agents.repository';
import { AccountsRepository } from '../auth/accounts.repository';
import { PasswordService } from '../auth/password.service';
import { assertAcceptablePassword } from '../auth/password-policy';
import { SessionService } from '../auth/session.service';
import { toUserAdminResponse } from '../auth/user.mapper';

@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountsRepository,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly agents: AgentsRepository,
  ) {}

  async list(query: PageQueryDto): Promise<UserPageResponse> {
    const limit = pageSize(query.limit);
    const afterLogin = decodeTextCursor(query.cursor);
    const users = await this.accounts.page(limit + 1, afterLogin);
    return toPage(users, limit, toUserAdminResponse, (user) => [user.login]);
  }

  async create(dto: CreateUserDto, actor: AuthenticatedUser): Promise<UserAdminResponse> {
    assertAcceptablePassword('password', dto.password, dto);
    const passwordHash = await this.passwords.hash(dto.password);
    return this.dataSource.transaction(async (manager) => {
      const login = dto.login.toLowerCase();
      if (await this.accounts.loginTaken(manager, login)) {
        throw new DomainException('LOGIN_TAKEN', `L’identifiant « ${login} » est déjà utilisé.`, {
          errors: [{ field: 'login', message: 'déjà utilisé' }],
        });
      }
      await this.requireOwnAgent(manager, dto.agentId);
      const created = await this.accounts.insert(manager, {
        login,
        displayName: dto.displayName.trim(),
        passwordHash,
        roles: dto.roles,
        agentId: dto.agentId ?? null,
      });
      const { id } = created;
      await this.audit.record(
        { actor, action: 'CREATE', entity: 'user', entityId: id, details: { login, roles: dto.roles } },
        manager,
      );
      return toUserAdminResponse(created);
    });
  }

  async update(id: string, dto: UpdateUserDto, actor: AuthenticatedUser): Promise<UserAdminResponse> {
    return this.dataSource.transaction(async (manager) => {
      const { version, ...changes } = dto;
      const before = await this.accounts.byId(id, manager);
      if (!before) throw DomainException.notFound('Compte');
      if (changes.displayName !== undefined) changes.displayName = changes.displayName.trim();
      await this.requireOwnAgent(manager, changes.agentId);
      const updated = await this.accounts.update(manager, id, version, changes);
      await this.ensureAChiefRemains(manager);
      if (changes.disabled === true && !before.disabled) {
        await this.sessions.revokeAllOf({ userId: id }, 'ACCOUNT_DISABLED', manager);
      }
      await this.audit.record(
        { actor, action: 'UPDATE', entity: 'user', entityId: id, details: { ...changes } },
        manager,
      );
      return toUserAdminResponse(updated);
    });
  }

  /**
   * An account is linked to one of the service's own agents: the foreign key alone would accept
   * any service's agent (it is checked by the table's owner, above row security).
   */
  private async requireOwnAgent(manager: EntityManager, agentId: string | null | undefined): Promise<void> {
    if (agentId && !(await this.agents.isEmployed(agentId, manager))) {
      throw DomainException.invalid(
        [{ field: 'agentId', message: 'n’est pas un agent de ce service' }],
        'USER_AGENT_UNKNOWN',
      );
    }
  }

  /** Nobody may lock the service out of its own accounts. */
  private async ensureAChiefRemains(manager: EntityManager): Promise<void> {
    if ((await this.accounts.activeChiefs(manager)) === 0) {
      throw DomainException.rule(
        'Il doit rester au moins un compte actif avec le rôle CHIEF.',
        [{ rule: 'LAST_CHIEF', message: 'Il doit rester au moins un compte actif avec le rôle CHIEF.' }],
        'LAST_CHIEF',
      );
    }
  }
}
