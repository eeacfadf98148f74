import {
  CameraKind,
  type DashboardIncidentsResponse,
  type DashboardQualificationsResponse,
  type DashboardRecruitmentResponse,
  type DashboardStaffingResponse,
  type DashboardWeekResponse,
  type DeploymentResponse,
  FootageAuthority,
  type FootageRequestResponse,
  FootageStatus,
  Grade,
  IncidentStatus,
  LommeQuartier,
  Milestone,
  MILESTONE_LABELS,
  QualificationKind,
  type RecruitmentResponse,
  RecruitmentRoute,
  RecruitmentStatus,
  RosterRule,
} from '@vigie/shared';

/** Test data of the dashboard and homes: one answer per tile, as the API writes them. */

export function staffingOf(
  operational: number,
  targetReachedIn: string | null = null,
): DashboardStaffingResponse {
  const category = (op: number, target: number) => ({
    operational: op,
    inTraining: 0,
    inPipeline: 0,
    target,
  });
  return {
    headcount: {
      at: '2026-11-25',
      target: 24,
      targetDate: '2026-12-31',
      missedTarget: {
        effectiveDate: '2025-12-31',
        headcount: 23,
        operational: operational - 1,
        shortfall: 24 - operational,
      },
      operational,
      inTraining: 3,
      inPipeline: 2,
      byCategory: {
        POLICE: category(operational - 5, 19),
        ASVP: category(3, 3),
        ADMINISTRATIVE: category(2, 2),
      },
    },
    forecast: {
      months: [
        { month: '2026-11', operational, target: 24 },
        { month: '2026-12', operational: operational + 2, target: 24 },
        ...(targetReachedIn ? [{ month: targetReachedIn, operational: 24, target: 24 }] : []),
      ],
      target: 24,
      targetDate: '2026-12-31',
      targetReachedIn,
      shortfall: targetReachedIn ? 0 : 24 - operational - 2,
    },
  };
}

export function weekOf(
  uncovered: DashboardWeekResponse['uncovered'] = [],
  violations: DashboardWeekResponse['violations'] = [],
): DashboardWeekResponse {
  return {
    from: '2026-11-23',
    to: '2026-11-29',
    publishedDays: 7,
    uncovered,
    violations,
    unreturnedWeapons: [],
  };
}

export function issueOf(
  shiftId: string,
  rule: RosterRule,
  message: string,
  startsAt = '2026-11-27T20:00:00Z',
): DashboardWeekResponse['uncovered'][number] {
  return {
    shiftId,
    label: 'Patrouille de nuit',
    startsAt,
    endsAt: new Date(Date.parse(startsAt) + 8 * 3_600_000).toISOString(),
    week: '2026-11-23',
    rule,
    agentId: null,
    message,
  };
}

export function incidentsOf(last24h: DashboardIncidentsResponse['last24h'] = []): DashboardIncidentsResponse {
  return {
    byStatus: [
      { status: IncidentStatus.OPEN, label: 'Ouverte', count: 2 },
      { status: IncidentStatus.IN_PROGRESS, label: 'En cours', count: 5 },
      { status: IncidentStatus.CLOSED, label: 'Close', count: 270 },
      { status: IncidentStatus.TRANSFERRED, label: 'Transmise', count: 30 },
    ],
    open: 7,
    last24hCount: last24h.length,
    last24h,
  };
}

export function incidentOf(
  id: string,
  number: string,
  summary: string,
): DashboardIncidentsResponse['last24h'][number] {
  return {
    id,
    number,
    occurredAt: '2026-11-25T17:30:00Z',
    recordedAt: '2026-11-25T17:45:00Z',
    category: 'PUBLIC_PEACE.NOISE',
    categoryLabel: 'Bruit',
    location: { address: 'Place du Bourg', quartier: LommeQuartier.BOURG, lat: null, lng: null },
    summary,
    status: IncidentStatus.OPEN,
    agents: [],
    amendmentCount: 0,
    erasedAt: null,
  };
}

export function footageOf(
  id: string,
  overwriteAt: string,
  status: FootageStatus = FootageStatus.REQUESTED,
): FootageRequestResponse {
  return {
    id,
    camera: {
      id: `cam-${id}`,
      code: 'NOM-03',
      label: 'Rue de la Délivrance',
      quartier: LommeQuartier.DELIVRANCE,
    },
    from: '2026-10-28T14:00:00Z',
    to: '2026-10-28T17:00:00Z',
    authority: FootageAuthority.POLICE_NATIONALE,
    reason: 'Vol à l’arraché',
    reference: null,
    incident: null,
    status,
    overwriteAt,
    urgency: 'critical',
    requestedAt: '2026-10-29T13:00:00Z',
    requestedBy: 'superviseur',
    extractedAt: null,
    operator: null,
    deliveredAt: null,
    recipient: null,
    version: 1,
    events: [],
  };
}

export function deploymentOf(): DeploymentResponse {
  const row = (year: number, kind: CameraKind, planned: number, installed: number) => ({
    year,
    kind,
    planned,
    registered: planned,
    installed,
    active: installed,
    connected: installed,
  });
  return {
    rows: [row(2025, CameraKind.NOMAD, 6, 6), row(2026, CameraKind.FIXED, 14, 8)],
    totals: [row(0, CameraKind.NOMAD, 6, 6), row(0, CameraKind.FIXED, 14, 8)],
  };
}

export function qualificationsOf(
  expiring: DashboardQualificationsResponse['expiring'] = [],
  firearm: DashboardQualificationsResponse['firearm'] = [],
): DashboardQualificationsResponse {
  return { expiring, firearm, weapons: [], training: [] };
}

export function expiringOf(agentId: string, agentName: string, daysLeft: number, expiresOn: string) {
  return {
    agentId,
    agentName,
    kind: QualificationKind.FIRST_AID,
    kindLabel: 'Secourisme',
    expiresOn,
    daysLeft,
  };
}

export function recruitmentTileOf(stalledNames: string[] = []): DashboardRecruitmentResponse {
  return {
    inProgress: 5,
    stalled: stalledNames.map((candidateName, index) => ({
      id: `r-${index}`,
      candidateName,
      lastMilestone: Milestone.PREFECT_APPROVAL,
      lastMilestoneLabel: MILESTONE_LABELS[Milestone.PREFECT_APPROVAL],
      daysWaiting: 150,
      expectedOperationalDate: '2026-12-17',
    })),
  };
}

export function recruitmentOf(
  id: string,
  candidateName: string,
  milestones: Milestone[],
  overrides: Partial<RecruitmentResponse> = {},
): RecruitmentResponse {
  return {
    id,
    candidateName,
    route: RecruitmentRoute.COMPETITIVE_EXAM,
    grade: Grade.GARDIEN_BRIGADIER,
    note: null,
    status: RecruitmentStatus.OPEN,
    agentId: null,
    milestones: milestones.map((milestone, index) => ({
      milestone,
      date: `2026-0${index + 1}-10`,
      note: null,
      reason: null,
      recordedBy: 'rh',
      recordedAt: `2026-0${index + 1}-10T08:00:00Z`,
    })),
    pendingMilestones: [],
    nextMilestones: [],
    expectedOperationalDate: null,
    stalled: false,
    daysWaiting: 10,
    version: milestones.length,
    createdAt: '2026-01-10T08:00:00Z',
    ...overrides,
  };
}
