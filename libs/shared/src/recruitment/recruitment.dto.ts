import { IsEnum, IsOptional, ValidateIf } from 'class-validator';

import { Grade } from '../agents/agent.enum';
import { PageQueryDto } from '../common/page.dto';
import { IsIsoDate, IsText } from '../common/validators';
import { Milestone, RecruitmentExit, RecruitmentRoute, RecruitmentStatus } from './recruitment.enum';
import { RECRUITMENT_LIMITS } from './recruitment.limits';

export class CreateRecruitmentDto {
  /** First name then last name, e.g. "Camille Dubois". */
  @IsText(RECRUITMENT_LIMITS.candidateName)
  candidateName!: string;

  @IsEnum(RecruitmentRoute)
  route!: RecruitmentRoute;

  @IsEnum(Grade)
  grade!: Grade;

  @IsOptional()
  @IsText(RECRUITMENT_LIMITS.note)
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
  @IsText(RECRUITMENT_LIMITS.note)
  note?: string;

  /** Required for WITHDRAWN and REJECTED. */
  @ValidateIf((dto: RecordMilestoneDto) => dto.milestone in RecruitmentExit || dto.reason !== undefined)
  @IsText(RECRUITMENT_LIMITS.exitReason)
  reason?: string;
}

export class RecruitmentQueryDto extends PageQueryDto {
  @IsOptional()
  @IsEnum(RecruitmentStatus)
  status?: RecruitmentStatus;
}
