import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

import { PageQueryDto } from '../common/page.dto';

export class AuditQueryDto extends PageQueryDto {
  /** Entity kind, e.g. `user`, `agent`, `incident`. */
  @IsOptional()
  @IsString()
  @MaxLength(64)
  entity?: string;

  @IsOptional()
  @IsString()
  @MaxLength(64)
  entityId?: string;

  @IsOptional()
  @IsUUID()
  actorId?: string;
}
