/** How a candidate joins: lauréat de concours, mutation, or détachement. */
export enum RecruitmentRoute {
  COMPETITIVE_EXAM = 'COMPETITIVE_EXAM',
  TRANSFER = 'TRANSFER',
  SECONDMENT = 'SECONDMENT',
}

export enum Milestone {
  APPLICATION = 'APPLICATION',
  INTERVIEW = 'INTERVIEW',
  APPOINTED = 'APPOINTED',
  TRAINING_STARTED = 'TRAINING_STARTED',
  PREFECT_APPROVAL = 'PREFECT_APPROVAL',
  PROSECUTOR_APPROVAL = 'PROSECUTOR_APPROVAL',
  SWORN_IN = 'SWORN_IN',
  TRAINING_COMPLETED = 'TRAINING_COMPLETED',
  OPERATIONAL = 'OPERATIONAL',
}

/** Side exits, at any point, with a reason. */
export enum RecruitmentExit {
  WITHDRAWN = 'WITHDRAWN',
  REJECTED = 'REJECTED',
}

export enum RecruitmentStatus {
  OPEN = 'OPEN',
  /** Reached OPERATIONAL: the agent is ACTIVE. */
  COMPLETED = 'COMPLETED',
  WITHDRAWN = 'WITHDRAWN',
  REJECTED = 'REJECTED',
}

export const RECRUITMENT_ROUTES: readonly RecruitmentRoute[] = Object.values(RecruitmentRoute);
export const MILESTONES: readonly Milestone[] = Object.values(Milestone);

export const ROUTE_LABELS: Record<RecruitmentRoute, string> = {
  [RecruitmentRoute.COMPETITIVE_EXAM]: 'Lauréat de concours',
  [RecruitmentRoute.TRANSFER]: 'Mutation',
  [RecruitmentRoute.SECONDMENT]: 'Détachement',
};

export const MILESTONE_LABELS: Record<Milestone, string> = {
  [Milestone.APPLICATION]: 'Candidature reçue',
  [Milestone.INTERVIEW]: 'Jury / entretien',
  [Milestone.APPOINTED]: 'Arrêté de nomination',
  [Milestone.TRAINING_STARTED]: 'Début de formation (FIA)',
  [Milestone.PREFECT_APPROVAL]: 'Agrément du préfet',
  [Milestone.PROSECUTOR_APPROVAL]: 'Agrément du procureur',
  [Milestone.SWORN_IN]: 'Assermentation',
  [Milestone.TRAINING_COMPLETED]: 'Fin de formation (FIA)',
  [Milestone.OPERATIONAL]: 'Opérationnel',
};

export const EXIT_LABELS: Record<RecruitmentExit, string> = {
  [RecruitmentExit.WITHDRAWN]: 'Désistement',
  [RecruitmentExit.REJECTED]: 'Refus',
};
