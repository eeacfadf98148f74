import { Role } from './role.enum';

const { CHIEF, SUPERVISOR, AGENT, HR } = Role;

/**
 * Who may do what: the single role map used by the API guards (`@Roles(...ACCESS.x)`)
 * and by the web app to hide what a role may not do. Row-level rules (an agent reads
 * his own record only…) live in the services, not here.
 */
export const ACCESS = {
  manageUsers: [CHIEF],
  readAudit: [CHIEF],
  /** The record of processing (RGPD art. 30), for the chief and the commune's DPO. */
  readProcessingRegister: [CHIEF],
  readAgents: [CHIEF, SUPERVISOR, HR, AGENT],
  writeAgents: [CHIEF, HR],
  /** Agents put at another service's disposal (CSI L512-1): the chief records them, planners and HR read. */
  readSecondments: [CHIEF, SUPERVISOR, HR],
  /** The service's quartiers and area: every member reads them (with his session); the chief keeps them. */
  manageTerritory: [CHIEF],
  manageSecondments: [CHIEF],
  /** The préfet's decisions on firearm permits: the chief records them, those who plan and manage read. */
  readFirearmDecisions: [CHIEF, SUPERVISOR, HR],
  writeFirearmDecisions: [CHIEF],
  readTargets: [CHIEF, SUPERVISOR, AGENT, HR],
  readHeadcount: [CHIEF, SUPERVISOR, HR],
  writeStaffing: [CHIEF, HR],
  readForecast: [CHIEF, HR],
  manageRecruitment: [CHIEF, HR],
  readPlanning: [CHIEF, SUPERVISOR, AGENT, HR],
  editPlanning: [CHIEF, SUPERVISOR],
  publishRoster: [CHIEF],
  /** The school holidays the shift types' patterns read (the supervisor reads them). */
  manageSchoolCalendar: [CHIEF],
  /** Work cycles: define them and roll them out into the draft roster. */
  manageCycles: [CHIEF, SUPERVISOR],
  /** Derogations to the working-time guarantees (décret 2000-815 art. 3 II): the chief decides them. */
  manageDerogations: [CHIEF],
  readDerogations: [CHIEF, SUPERVISOR],
  /** Time accounts (hours due, planned, worked, overtime, leave): an agent reads his own only. */
  readTimeAccounts: [CHIEF, SUPERVISOR, HR, AGENT],
  /** What an agent actually worked on a shift: the supervisor confirms or corrects it. */
  recordWorked: [CHIEF, SUPERVISOR],
  /** The monthly payroll CSV for the commune's human resources. */
  exportPayroll: [CHIEF, HR],
  /** How an agent's hours are counted (roster or fixed week) and the balance carried in at an account's opening. */
  manageTimeAccounts: [CHIEF, HR],
  /** An agent requests his own absence; the chief records one, approved, for anybody. */
  requestAbsence: [CHIEF, AGENT],
  readAbsences: [CHIEF, SUPERVISOR, AGENT],
  decideAbsence: [CHIEF],
  readSchedule: [CHIEF, SUPERVISOR, AGENT],
  calendarLink: [CHIEF, AGENT],
  readIncidents: [CHIEF, SUPERVISOR, AGENT],
  reviewIncidents: [CHIEF, SUPERVISOR],
  checkIntegrity: [CHIEF],
  readCameras: [CHIEF, SUPERVISOR, AGENT],
  writeCameras: [CHIEF],
  readDeployment: [CHIEF, SUPERVISOR],
  manageCameraPlan: [CHIEF],
  manageFootage: [CHIEF, SUPERVISOR],
  readDashboard: [CHIEF, SUPERVISOR],
  /** The last backup's time and state (the chief answers for the service's records). */
  readBackups: [CHIEF],
  /** Aggregated headcount and forecast, qualification alerts: the dashboard and HR's home. */
  readStaffingAlerts: [CHIEF, SUPERVISOR, HR],
  /** The armoury register and its daily log: those who run the shifts hand weapons out and take them back. */
  readWeapons: [CHIEF, SUPERVISOR],
  writeArmoury: [CHIEF, SUPERVISOR],
  /** The daily log of issues: an agent reads his own only (row scope below); HR nothing. */
  readWeaponIssues: [CHIEF, SUPERVISOR, AGENT],

  // Row scope: who acts on anybody's rows; the others act on their own agent's only.
  /** Any agent's record with its contact data. */
  readAnyAgent: [CHIEF, SUPERVISOR, HR],
  /** Draft (unpublished) days of the roster. */
  readDraftRoster: [CHIEF, SUPERVISOR],
  /** Anybody's time account. */
  readAnyTimeAccount: [CHIEF, SUPERVISOR, HR],
  /** Anybody's absences. */
  readAnyAbsence: [CHIEF, SUPERVISOR],
  /** Record an absence for anybody, approved directly. */
  recordAnyAbsence: [CHIEF],
  /** Anybody's schedule (planning view of one agent). */
  readAnySchedule: [CHIEF, SUPERVISOR],
  /** Anybody's calendar subscription link. */
  anyCalendarLink: [CHIEF],
  /** Complement any entry, and back-date an entry beyond the agents' limit. */
  amendAnyIncident: [CHIEF, SUPERVISOR],
  /** Anybody's weapon issues. */
  readAnyWeaponIssue: [CHIEF, SUPERVISOR],
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof ACCESS;

/** True when one of `roles` is allowed the capability. */
export function can(roles: readonly Role[], capability: Capability): boolean {
  const allowed: readonly Role[] = ACCESS[capability];
  return roles.some((role) => allowed.includes(role));
}
