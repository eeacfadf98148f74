import { IsEnum, IsOptional, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';

import { Grade } from '../agents/agent.enum';
import { PageQueryDto } from '../common/page.dto';
import { IsIsoDate } from '../common/validators';
import { Milestone, RecruitmentExit, RecruitmentRoute, RecruitmentStatus } from './recruitment.enum';
import { RECRUITMENT_LIMITS } from './recruitment.limits';

export class CreateRecruitmentDto {
  /** First name then last name, e.g. "Camille Dubois". */
  @IsString()
  @MinLength(RECRUITMENT_LIMITS.candidateName.min)
  @MaxLength(RECRUITMENT_LIMITS.candidateName.max)
  candidateName!: string;

  @IsEnum(RecruitmentRoute)
  route!: RecruitmentRoute;

  @IsEnum(Grade)
  grade!: Grade;

  @IsOptional()
  @IsString()
  @MaxLength(RECRUITMENT_LIMITS.note.max)
  note?: string;

  /** Date the application was received (YYYY-MM-DD); today when omitted. */
  @IsOptional()
  @IsIsoDate()
  applicationDate?: string;
}

/** A milestone of the route, or an exit (WITHDRAWN / REJECTED, with a reason). */
export class RecordMilestoneDto {
  @IsEnum({ ...Milestone, ...RecruitmentExit })
  milestone!: Milestone | RecruitmentExit;

  /** YYYY-MM-DD, never before the milestones it needs. */
  @IsIsoDate()
  date!: string;

  @IsOptional()
  @IsString()
  @MaxLength(RECRUITMENT_LIMITS.note.max)
  note?: string;

  /** Required for WITHDRAWN and REJECTED. */
  @ValidateIf((dto: RecordMilestoneDto) => dto.milestone in RecruitmentExit || dto.reason !== undefined)
  @IsString()
  @MinLength(RECRUITMENT_LIMITS.exitReason.min)
  @MaxLength(RECRUITMENT_LIMITS.exitReason.max)
  reason?: string;
}

export class RecruitmentQueryDto extends PageQueryDto {
  @IsOptional()
  @IsEnum(RecruitmentStatus)
  status?: RecruitmentStatus;
}
