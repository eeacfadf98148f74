import { Inject, Injectable } from '@nestjs/common';
import {
  breakProblem,
  CreateShiftTypeDto,
  defaultBreakMinutes,
  Grade,
  GRADE_CATEGORY,
  GRADE_LABELS,
  ISO_WEEKDAYS,
  PageQueryDto,
  requirementProblem,
  ShiftTypePageResponse,
  ShiftTypeResponse,
  StaffCategory,
  typeMinutes,
  UpdateShiftTypeDto,
} from '@vigie/shared';
import { DataSource } from 'typeorm';

import { AuditService } from '../../common/audit/audit.service';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { saveUnique, UniqueField } from '../../common/db/save-unique';
import { updateVersioned } from '../../common/db/versioned-update';
import { DomainException } from '../../common/errors/domain.exception';
import { decodeCursor, pageSize, toPage } from '../../common/http/cursor';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { toShiftTypeResponse } from './planning.mapper';
import { ShiftType } from './shift-type.entity';
import { ShiftsRepository } from './shifts.repository';

const CODE: UniqueField = {
  constraint: 'uq_shift_type_code',
  field: 'code',
  message: 'déjà utilisé',
  detail: 'Ce code de créneau existe déjà.',
  code: 'SHIFT_TYPE_CODE_TAKEN',
};

@Injectable()
export class ShiftTypesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly shifts: ShiftsRepository,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'ruleSet'>,
  ) {}

  /** By start time then code (unique), keyset-paginated. */
  async list(query: PageQueryDto): Promise<ShiftTypePageResponse> {
    const limit = pageSize(query.limit);
    const after = query.cursor ? decodeCursor(query.cursor, ['string', 'string']) : undefined;
    const types = await this.shifts.typesPage(
      limit + 1,
      after && { startTime: String(after[0]), code: String(after[1]) },
    );
    return toPage(types, limit, toShiftTypeResponse, (type) => [type.startTime, type.code]);
  }

  async create(dto: CreateShiftTypeDto, actor: AuthenticatedUser): Promise<ShiftTypeResponse> {
    checkRequirements(dto.minAgents, dto.requirements ?? []);
    const categories = dto.categories ?? [StaffCategory.POLICE];
    checkGrades(dto.grades ?? null, categories);
    const minutes = typeMinutes(dto.startTime, dto.endTime);
    const breakMinutes = dto.breakMinutes ?? defaultBreakMinutes(minutes, this.config.ruleSet);
    checkBreak(breakMinutes, minutes);
    return this.dataSource.transaction(async (manager) => {
      const type = await saveUnique(CODE, () =>
        manager.save(
          manager.create(ShiftType, {
            code: dto.code,
            label: dto.label.trim(),
            startTime: dto.startTime,
            endTime: dto.endTime,
            minAgents: dto.minAgents,
            breakMinutes,
            requirements: dto.requirements ?? [],
            requiredForAll: dto.requiredForAll ?? [],
            categories,
            allowsTrainees: dto.allowsTrainees ?? false,
            colour: dto.colour ?? '#1565c0',
            weekdays: dto.weekdays ?? [...ISO_WEEKDAYS],
            grades: dto.grades ?? null,
            publicHolidays: dto.publicHolidays ?? true,
            schoolDaysOnly: dto.schoolDaysOnly ?? false,
          }),
        ),
      );
      await this.audit.record(
        { actor, action: 'CREATE', entity: 'shift_type', entityId: type.id, details: { code: dto.code } },
        manager,
      );
      return toShiftTypeResponse(type);
    });
  }

  async update(id: string, dto: UpdateShiftTypeDto, actor: AuthenticatedUser): Promise<ShiftTypeResponse> {
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOneBy(ShiftType, { id });
      if (!current) throw DomainException.notFound('Type de créneau');
      const { version, ...given } = dto;
      // Absent fields are left as they are; `grades: null` gives the type back to every grade.
      const changes = Object.fromEntries(
        Object.entries(given).filter(([, value]) => value !== undefined),
      ) as Omit<UpdateShiftTypeDto, 'version'>;
      checkRequirements(changes.minAgents ?? current.minAgents, changes.requirements ?? current.requirements);
      checkGrades(
        changes.grades === undefined ? current.grades : changes.grades,
        changes.categories ?? current.categories,
      );
      checkBreak(
        changes.breakMinutes ?? current.breakMinutes,
        typeMinutes(changes.startTime ?? current.startTime, changes.endTime ?? current.endTime),
      );
      if (changes.label !== undefined) changes.label = changes.label.trim();
      const updated = await updateVersioned(manager, ShiftType, id, version, changes, 'Type de créneau');
      await this.audit.record(
        {
          actor,
          action: 'UPDATE',
          entity: 'shift_type',
          entityId: id,
          details: { fields: Object.keys(changes) },
        },
        manager,
      );
      return toShiftTypeResponse(updated);
    });
  }
}

/** A break as long as its shift (or longer) is refused (400 BREAK_TOO_LONG); the rule is in shared. */
export function checkBreak(breakMinutes: number, minutes: number): void {
  const problem = breakProblem(breakMinutes, minutes);
  if (problem) throw DomainException.invalid([{ field: 'breakMinutes', message: problem }], 'BREAK_TOO_LONG');
}

/** Each grade listed must belong to one of the type's categories, or nobody could ever hold it. */
function checkGrades(grades: readonly Grade[] | null, categories: readonly StaffCategory[]): void {
  if (grades === null || categories.length === 0) return;
  const outside = grades.findIndex((grade) => !categories.includes(GRADE_CATEGORY[grade]));
  if (outside >= 0) {
    throw DomainException.invalid(
      [
        {
          field: `grades.${outside}`,
          message: `le grade « ${GRADE_LABELS[grades[outside]]} » n’appartient à aucune catégorie du créneau`,
        },
      ],
      'SHIFT_TYPE_GRADE_OUTSIDE_CATEGORIES',
    );
  }
}

/** A requirement of more qualified agents than the shift's minimum cannot be met (rule in shared). */
export function checkRequirements(
  minAgents: number,
  requirements: readonly { kind: string; count: number }[],
): void {
  const problem = requirementProblem(minAgents, requirements);
  if (problem)
    throw DomainException.invalid([{ field: problem.field, message: problem.message }], problem.code);
}
