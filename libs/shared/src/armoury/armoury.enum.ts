import { QualificationKind } from '../agents/agent.enum';

/** The kinds of weapons in the service's armoury (CSI R. 511-12). */
export enum WeaponKind {
  /** Arme de poing (revolver or pistol, R. 511-12 1° a-b). */
  HANDGUN = 'HANDGUN',
  /** Pistolet à impulsion électrique (1° d). */
  TASER = 'TASER',
  /** Lanceur de balles de défense (1° c). */
  LBD = 'LBD',
  /** Bâton de défense, tonfa (2° a). */
  BATON = 'BATON',
  /** Aérosol lacrymogène (1° e, 2° b). */
  TEAR_GAS = 'TEAR_GAS',
}

/** In service, away for repair, or retired (kept in the register, never issued again). */
export enum WeaponStatus {
  IN_SERVICE = 'IN_SERVICE',
  UNDER_REPAIR = 'UNDER_REPAIR',
  RETIRED = 'RETIRED',
}

export const WEAPON_KINDS: readonly WeaponKind[] = Object.values(WeaponKind);
export const WEAPON_STATUSES: readonly WeaponStatus[] = Object.values(WeaponStatus);

/** The permit (qualification) an agent must hold, valid on the day, to be issued a weapon of this kind. */
export const WEAPON_PERMIT: Record<WeaponKind, QualificationKind> = {
  [WeaponKind.HANDGUN]: QualificationKind.FIREARM,
  [WeaponKind.TASER]: QualificationKind.TASER,
  [WeaponKind.LBD]: QualificationKind.LBD,
  [WeaponKind.BATON]: QualificationKind.BATON,
  [WeaponKind.TEAR_GAS]: QualificationKind.TEAR_GAS,
};

export const WEAPON_KIND_LABELS: Record<WeaponKind, string> = {
  [WeaponKind.HANDGUN]: 'Arme de poing',
  [WeaponKind.TASER]: 'Pistolet à impulsion électrique',
  [WeaponKind.LBD]: 'Lanceur de balles de défense',
  [WeaponKind.BATON]: 'Bâton de défense',
  [WeaponKind.TEAR_GAS]: 'Aérosol lacrymogène',
};

export const WEAPON_STATUS_LABELS: Record<WeaponStatus, string> = {
  [WeaponStatus.IN_SERVICE]: 'En service',
  [WeaponStatus.UNDER_REPAIR]: 'En réparation',
  [WeaponStatus.RETIRED]: 'Réformée',
};
