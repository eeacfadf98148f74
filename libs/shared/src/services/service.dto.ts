import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsObject,
  IsString,
  IsUUID,
  Matches,
  ValidateNested,
} from 'class-validator';

import { Nested } from '../common/transforms';
import { IsText } from '../common/validators';
import { NewAccountDto } from '../users/user.dto';
import { INSEE_CODE_PATTERN, SERVICE_LIMITS } from './service.limits';
import { ServiceKind } from './service.response';

/** The first chief of a new service: the account that will create the others. */
export class FirstChiefDto extends NewAccountDto {}

/** What the platform gives to open a service for a commune, or for communes pooling their police. */
export class CreateServiceDto {
  @IsText(SERVICE_LIMITS.name)
  name!: string;

  @IsEnum(ServiceKind)
  kind!: ServiceKind;

  /** INSEE codes of the communes served; exactly one for a commune's service. */
  @IsArray()
  @ArrayMinSize(SERVICE_LIMITS.communes.min)
  @ArrayMaxSize(SERVICE_LIMITS.communes.max)
  @ArrayUnique()
  @IsString({ each: true })
  @Matches(INSEE_CODE_PATTERN, {
    each: true,
    message: 'inseeCodes : des codes INSEE de communes (5 caractères)',
  })
  inseeCodes!: string[];

  @IsObject()
  @ValidateNested()
  @Nested(() => FirstChiefDto)
  chief!: FirstChiefDto;
}

/** The service a member of several chooses to work in. */
export class ChooseServiceDto {
  @IsUUID()
  serviceId!: string;
}

/** The platform's commune search: `?q=lom`. */
export class CommuneQueryDto {
  @IsText(SERVICE_LIMITS.communeQuery)
  q!: string;
}
