import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

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

  /** e.g. `READ`: who consulted a record (with `entity` and `entityId`). */
  @IsOptional()
  @Matches(/^[A-Z_]{2,40}$/, { message: 'action : lettres capitales et « _ », par exemple READ' })
  action?: string;
}
