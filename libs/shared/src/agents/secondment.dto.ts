import { IsOptional, IsUUID } from 'class-validator';

import { IsIntWithin, IsIsoDate, IsText } from '../common/validators';
import { SECONDMENT_LIMITS } from './secondment.rules';

/**
 * One of the service's agents put at the disposal of another service for a period, under the
 * communes' convention (CSI L512-1): the home service's chief records it.
 */
export class CreateSecondmentDto {
  @IsUUID()
  agentId!: string;

  /** The service he works for besides his own (another commune's, or a pooled one). */
  @IsUUID()
  hostServiceId!: string;

  /** First day at its disposal (AAAA-MM-JJ). */
  @IsIsoDate()
  from!: string;

  /** Last day at its disposal, included. */
  @IsIsoDate()
  to!: string;

  /** The share of his working time the convention gives the host service, in percent. */
  @IsIntWithin(SECONDMENT_LIMITS.share)
  sharePercent!: number;

  /** The convention's reference: « Convention de mise en commun du 12/01/2026 ». */
  @IsText(SECONDMENT_LIMITS.convention)
  convention!: string;
}

/** `?agentId=`: one agent's secondments (else all those the service gives or receives). */
export class SecondmentQueryDto {
  @IsOptional()
  @IsUUID()
  agentId?: string;
}

/** `?q=`: a part of a service's name. */
export class ServiceNameQueryDto {
  @IsOptional()
  @IsText(SECONDMENT_LIMITS.hostQuery)
  q?: string;
}
