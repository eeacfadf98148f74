/** Grades of the cadres d'emplois, plus ASVP and administrative staff. */
export enum Grade {
  GARDIEN_BRIGADIER = 'GARDIEN_BRIGADIER',
  BRIGADIER_CHEF_PRINCIPAL = 'BRIGADIER_CHEF_PRINCIPAL',
  CHEF_DE_SERVICE = 'CHEF_DE_SERVICE',
  CHEF_DE_SERVICE_PRINCIPAL_2 = 'CHEF_DE_SERVICE_PRINCIPAL_2',
  CHEF_DE_SERVICE_PRINCIPAL_1 = 'CHEF_DE_SERVICE_PRINCIPAL_1',
  DIRECTEUR = 'DIRECTEUR',
  ASVP = 'ASVP',
  ADMINISTRATIVE = 'ADMINISTRATIVE',
}

/** Lomme's target counts the whole service: police officers, ASVP and administrative staff. */
export enum StaffCategory {
  POLICE = 'POLICE',
  ASVP = 'ASVP',
  ADMINISTRATIVE = 'ADMINISTRATIVE',
}

export enum AgentStatus {
  /** Operational. */
  ACTIVE = 'ACTIVE',
  /** Initial training: only on shifts allowing trainees, never counted operational. */
  IN_TRAINING = 'IN_TRAINING',
  LONG_ABSENCE = 'LONG_ABSENCE',
  /** Left the service; records are never deleted. */
  DEPARTED = 'DEPARTED',
}

export enum QualificationKind {
  FIREARM = 'FIREARM',
  BATON = 'BATON',
  TASER = 'TASER',
  /** Lanceur de balles de défense (CSI R. 511-12 1° c). */
  LBD = 'LBD',
  /** Générateur d'aérosol incapacitant ou lacrymogène (CSI R. 511-12 1° e, 2° b). */
  TEAR_GAS = 'TEAR_GAS',
  FIRST_AID = 'FIRST_AID',
  VIDEO_OPERATOR = 'VIDEO_OPERATOR',
  DRIVER_CAR = 'DRIVER_CAR',
  MOTORBIKE = 'MOTORBIKE',
  BIKE_PATROL = 'BIKE_PATROL',
  DOG_HANDLER = 'DOG_HANDLER',
}

export const GRADES: readonly Grade[] = Object.values(Grade);
export const AGENT_STATUSES: readonly AgentStatus[] = Object.values(AgentStatus);
export const QUALIFICATION_KINDS: readonly QualificationKind[] = Object.values(QualificationKind);
export const STAFF_CATEGORIES: readonly StaffCategory[] = Object.values(StaffCategory);

export const GRADE_CATEGORY: Record<Grade, StaffCategory> = {
  [Grade.GARDIEN_BRIGADIER]: StaffCategory.POLICE,
  [Grade.BRIGADIER_CHEF_PRINCIPAL]: StaffCategory.POLICE,
  [Grade.CHEF_DE_SERVICE]: StaffCategory.POLICE,
  [Grade.CHEF_DE_SERVICE_PRINCIPAL_2]: StaffCategory.POLICE,
  [Grade.CHEF_DE_SERVICE_PRINCIPAL_1]: StaffCategory.POLICE,
  [Grade.DIRECTEUR]: StaffCategory.POLICE,
  [Grade.ASVP]: StaffCategory.ASVP,
  [Grade.ADMINISTRATIVE]: StaffCategory.ADMINISTRATIVE,
};

export const GRADE_LABELS: Record<Grade, string> = {
  [Grade.GARDIEN_BRIGADIER]: 'Gardien-brigadier',
  [Grade.BRIGADIER_CHEF_PRINCIPAL]: 'Brigadier-chef principal',
  [Grade.CHEF_DE_SERVICE]: 'Chef de service',
  [Grade.CHEF_DE_SERVICE_PRINCIPAL_2]: 'Chef de service principal de 2e classe',
  [Grade.CHEF_DE_SERVICE_PRINCIPAL_1]: 'Chef de service principal de 1re classe',
  [Grade.DIRECTEUR]: 'Directeur de police municipale',
  [Grade.ASVP]: 'ASVP',
  [Grade.ADMINISTRATIVE]: 'Agent administratif',
};

export const CATEGORY_LABELS: Record<StaffCategory, string> = {
  [StaffCategory.POLICE]: 'Policiers municipaux',
  [StaffCategory.ASVP]: 'ASVP',
  [StaffCategory.ADMINISTRATIVE]: 'Administratifs',
};

export const STATUS_LABELS: Record<AgentStatus, string> = {
  [AgentStatus.ACTIVE]: 'Opérationnel',
  [AgentStatus.IN_TRAINING]: 'En formation',
  [AgentStatus.LONG_ABSENCE]: 'Absence longue',
  [AgentStatus.DEPARTED]: 'Parti',
};

export const QUALIFICATION_LABELS: Record<QualificationKind, string> = {
  [QualificationKind.FIREARM]: 'Arme à feu',
  [QualificationKind.BATON]: 'Bâton de défense',
  [QualificationKind.TASER]: 'Pistolet à impulsion électrique',
  [QualificationKind.LBD]: 'Lanceur de balles de défense',
  [QualificationKind.TEAR_GAS]: 'Aérosol lacrymogène',
  [QualificationKind.FIRST_AID]: 'Secourisme',
  [QualificationKind.VIDEO_OPERATOR]: 'Opérateur vidéo',
  [QualificationKind.DRIVER_CAR]: 'Conduite véhicule',
  [QualificationKind.MOTORBIKE]: 'Moto',
  [QualificationKind.BIKE_PATROL]: 'Patrouille VTT',
  [QualificationKind.DOG_HANDLER]: 'Maître-chien',
};

/** The préfet's decision on a firearm carry permit after a training lapse (CSI art. R. 511-21). */
export enum FirearmDecision {
  SUSPENDED = 'SUSPENDED',
  MAINTAINED = 'MAINTAINED',
}

export const FIREARM_DECISION_LABELS: Record<FirearmDecision, string> = {
  [FirearmDecision.SUSPENDED]: 'Port d’arme suspendu',
  [FirearmDecision.MAINTAINED]: 'Port d’arme maintenu',
};
