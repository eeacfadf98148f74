/**
 * Lengths of the agent record's fields, read by the DTOs' decorators (API) and by the dialogs'
 * validators (web). The matricule and phone patterns are in agent.rules. Pure.
 */
export const AGENT_LIMITS = {
  lastName: { min: 1, max: 80 },
  firstName: { min: 1, max: 80 },
  brigade: { max: 40 },
  email: { max: 120 },
  search: { max: 80 },
  qualificationReference: { max: 80 },
  shootingNote: { max: 200 },
  trainingTitle: { min: 1, max: 200 },
  trainingDays: { min: 1, max: 60 },
  decisionReference: { max: 80 },
  decisionNote: { max: 500 },
} as const;
