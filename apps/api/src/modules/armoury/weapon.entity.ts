import { WEAPON_KINDS, WEAPON_STATUSES, WeaponKind, WeaponStatus } from '@vigie/shared';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import { ServiceOwned } from '../../common/tenancy/service-owned';
import { oneOf } from '../../database/checks';

/** A weapon of the service's register (registre d'inventaire): kind, model and serial number. */
@Entity({ name: 'weapon' })
@Index('uq_weapon_serial_number', ['serviceId', 'serialNumber'], { unique: true })
@Check('ck_weapon_kind', oneOf('kind', WEAPON_KINDS))
@Check('ck_weapon_status', oneOf('status', WEAPON_STATUSES))
export class Weapon extends ServiceOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: WeaponKind;

  @Column({ type: 'text' })
  model!: string;

  @Column({ type: 'text' })
  serialNumber!: string;

  @Column({ type: 'text', default: WeaponStatus.IN_SERVICE })
  status!: WeaponStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
