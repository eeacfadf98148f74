import { CameraKind } from '@vigie/shared';
import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

import { ServiceKeyed } from '../../common/tenancy/service-owned';

/** How many cameras of a kind the service plans to install in a year (its council's plan). */
@Entity({ name: 'camera_plan' })
@Check('ck_camera_plan_year', 'year BETWEEN 2020 AND 2040')
@Check('ck_camera_plan_kind', "kind IN ('NOMAD', 'FIXED')")
@Check('ck_camera_plan_planned', 'planned BETWEEN 0 AND 1000')
export class CameraPlanLine extends ServiceKeyed {
  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @PrimaryColumn({ type: 'text' })
  kind!: CameraKind;

  @Column({ type: 'integer' })
  planned!: number;
}
