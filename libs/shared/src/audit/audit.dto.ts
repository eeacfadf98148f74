import { IsOptional, IsUUID, Matches } from 'class-validator';

import { PageQueryDto } from '../common/page.dto';
import { IsText } from '../common/validators';

export class AuditQueryDto extends PageQueryDto {
  /** Entity kind, e.g. `user`, `agent`, `incident`. */
  @IsOptional()
  @IsText({ max: 64 })
  entity?: string;

  @IsOptional()
  @IsText({ max: 64 })
  entityId?: string;

  @IsOptional()
  @IsUUID()
  actorId?: string;

  /** e.g. `READ`: who consulted a record (with `entity` and `entityId`). */
  @IsOptional()
  @Matches(/^[A-Z_]{2,40}$/, { message: 'action : lettres capitales et « _ », par exemple READ' })
  action?: string;
}
