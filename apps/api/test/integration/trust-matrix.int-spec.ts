import { LOMME_CAMERA_PLAN, PROBLEM_CONTENT_TYPE } from '@vigie/shared';
import type { Response } from 'supertest';

import { DEMO_PASSWORD } from '../../src/database/seed/demo-seed';
import { DEMO_SERVICES } from '../../src/database/seed/services.seed';
import { Agent } from '../../src/modules/agents/agent.entity';
import { User } from '../../src/modules/auth/user.entity';
import { WorkCycle } from '../../src/modules/planning/cycles/work-cycle.entity';
import { Shift } from '../../src/modules/planning/shift.entity';
import { ShiftType } from '../../src/modules/planning/shift-type.entity';
import { WorkedTime } from '../../src/modules/time-accounts/worked-time.entity';
import { Camera } from '../../src/modules/video/camera.entity';
import { fillPath, liveOperations, Operation } from '../support/openapi';
import { bearer, createTestApp, TestApp } from '../support/test-app';

/**
 * Who may do what, proven on the live OpenAPI document: every operation is called by an
 * anonymous caller, each demo role and a second agent, and each answer is compared with the
 * decision written in MATRIX. A route that is not in MATRIX fails the test: no route ships
 * without its access decision.
 */

const CALLERS = ['anonymous', 'chef', 'superviseur', 'agent', 'rh', 'agent2'] as const;
type Caller = (typeof CALLERS)[number];

/* prettier-ignore */
// The decision: the status each caller gets.     anon  chef  sup   agent rh    agent2
// (agent2 is another agent: the objects of the first agent are not his.)
const MATRIX: Record<string, readonly [number, number, number, number, number, number]> = {
  'GET /api/health':                                 [200, 200, 200, 200, 200, 200],
  'POST /api/auth/login':                            [200, 200, 200, 200, 200, 200],
  'POST /api/auth/refresh':                          [403, 403, 403, 403, 403, 403], // no Origin (auth.int-spec has the rest)
  'POST /api/auth/logout':                           [401, 204, 204, 204, 204, 204],
  'GET /api/auth/me':                                [401, 200, 200, 200, 200, 200],
  'POST /api/auth/service':                          [401, 404, 404, 404, 404, 404], // none of them is a member of the pooled service (tenancy.int-spec switches)
  'GET /api/platform/services':                      [401, 403, 403, 403, 403, 403], // the platform's accounts only (tenancy.int-spec)
  'POST /api/platform/services':                     [401, 403, 403, 403, 403, 403],
  'GET /api/platform/communes':                      [401, 403, 403, 403, 403, 403],
  'POST /api/auth/password':                         [401, 400, 400, 400, 400, 400],
  'GET /api/audit':                                  [401, 200, 403, 403, 403, 403],
  'GET /api/processing-register':                    [401, 200, 403, 403, 403, 403],
  'GET /api/users':                                  [401, 200, 403, 403, 403, 403],
  'POST /api/users':                                 [401, 201, 403, 403, 403, 403],
  'PATCH /api/users/{id}':                           [401, 200, 403, 403, 403, 403],
  'GET /api/agents':                                 [401, 200, 200, 200, 200, 200],
  'POST /api/agents':                                [401, 201, 403, 403, 201, 403],
  'GET /api/agents/{id}':                            [401, 200, 200, 200, 200, 404],
  'PATCH /api/agents/{id}':                          [401, 200, 403, 403, 200, 403],
  'POST /api/agents/{id}/qualifications':            [401, 201, 403, 403, 201, 403],
  'DELETE /api/agents/{id}/qualifications/{qid}':    [401, 204, 403, 403, 204, 403],
  'POST /api/agents/{id}/shooting-sessions':         [401, 201, 403, 403, 201, 403],
  'DELETE /api/agents/{id}/shooting-sessions/{sid}': [401, 204, 403, 403, 204, 403],
  'POST /api/agents/{id}/continuing-trainings':      [401, 201, 403, 403, 201, 403],
  'GET /api/agents/{id}/firearm-decisions':          [401, 200, 200, 403, 200, 403],
  'POST /api/agents/{id}/firearm-decisions':         [401, 201, 403, 403, 403, 403],
  'GET /api/territory':                              [401, 200, 200, 200, 200, 200],
  'POST /api/territory/quartiers':                   [401, 201, 403, 403, 403, 403],
  'PATCH /api/territory/quartiers/{code}':           [401, 200, 403, 403, 403, 403],
  'GET /api/secondments':                            [401, 200, 200, 403, 200, 403],
  'GET /api/secondments/hosts':                      [401, 200, 403, 403, 403, 403],
  'POST /api/secondments':                           [401, 201, 403, 403, 403, 403],
  'DELETE /api/secondments/{id}':                    [401, 204, 403, 403, 403, 403],
  'GET /api/agents/{id}/schedule':                   [401, 200, 200, 200, 403, 404],
  'POST /api/agents/{id}/calendar-token':            [401, 201, 403, 201, 403, 404],
  'GET /api/calendar/{file}':                        [200, 200, 200, 200, 200, 200],
  'GET /api/me/roster-changes':                      [401, 200, 200, 200, 200, 200],
  'POST /api/me/roster-changes/read':                [401, 204, 204, 204, 204, 204],
  'GET /api/staffing/targets':                       [401, 200, 200, 200, 200, 200],
  'PUT /api/staffing/targets':                       [401, 200, 403, 403, 200, 403],
  'GET /api/staffing/headcount':                     [401, 200, 200, 403, 200, 403],
  'GET /api/staffing/forecast':                      [401, 200, 403, 403, 200, 403],
  'GET /api/recruitments':                           [401, 200, 403, 403, 200, 403],
  'POST /api/recruitments':                          [401, 201, 403, 403, 201, 403],
  'GET /api/recruitments/{id}':                      [401, 200, 403, 403, 200, 403],
  'POST /api/recruitments/{id}/milestones':          [401, 201, 403, 403, 201, 403],
  'GET /api/shift-types':                            [401, 200, 200, 200, 200, 200],
  'POST /api/shift-types':                           [401, 201, 201, 403, 403, 403],
  'PATCH /api/shift-types/{id}':                     [401, 200, 200, 403, 403, 403],
  'GET /api/school-calendar':                        [401, 200, 200, 403, 403, 403],
  'PUT /api/school-calendar':                        [401, 200, 403, 403, 403, 403],
  'GET /api/shifts':                                 [401, 200, 200, 200, 200, 200],
  'POST /api/shifts':                                [401, 201, 201, 403, 403, 403],
  'POST /api/shifts/generate':                       [401, 201, 201, 403, 403, 403],
  'PATCH /api/shifts/{id}':                          [401, 200, 200, 403, 403, 403],
  'DELETE /api/shifts/{id}':                         [401, 204, 204, 403, 403, 403],
  'PUT /api/shifts/{id}/assignments/{agentId}':      [401, 200, 200, 403, 403, 403],
  'DELETE /api/shifts/{id}/assignments/{agentId}':   [401, 204, 204, 403, 403, 403],
  'GET /api/absences':                               [401, 200, 200, 200, 403, 200],
  'POST /api/absences':                              [401, 201, 403, 201, 403, 403],
  'POST /api/absences/{id}/decision':                [401, 200, 403, 403, 403, 403],
  'POST /api/roster/plan':                           [401, 200, 200, 403, 403, 403],
  'GET /api/roster/check':                           [401, 200, 200, 403, 403, 403],
  'GET /api/cycles':                                 [401, 200, 200, 403, 403, 403],
  'POST /api/cycles':                                [401, 201, 201, 403, 403, 403],
  'PATCH /api/cycles/{id}':                          [401, 200, 200, 403, 403, 403],
  'POST /api/cycles/{id}/rollout':                   [401, 200, 200, 403, 403, 403],
  'GET /api/agents/{id}/time-account':               [401, 200, 200, 200, 200, 404],
  'GET /api/agents/{id}/worked':                     [401, 200, 200, 200, 200, 404],
  'GET /api/time-accounts':                          [401, 200, 200, 403, 200, 403],
  'GET /api/time-accounts/export.csv':               [401, 200, 403, 403, 200, 403],
  'PUT /api/shifts/{id}/worked/{agentId}':           [401, 200, 200, 403, 403, 403],
  'GET /api/shifts/{id}/worked':                     [401, 200, 200, 403, 403, 403],
  'PUT /api/agents/{id}/time-counting':              [401, 200, 403, 403, 200, 403],
  'PUT /api/agents/{id}/time-account/opening':       [401, 200, 403, 403, 200, 403],
  'GET /api/derogations':                            [401, 200, 200, 403, 403, 403],
  'POST /api/derogations':                           [401, 201, 403, 403, 403, 403],
  'GET /api/derogations/{id}':                       [401, 200, 200, 403, 403, 403],
  'POST /api/derogations/{id}/revoke':               [401, 200, 403, 403, 403, 403],
  'POST /api/roster/copy-week':                      [401, 200, 200, 403, 403, 403],
  'GET /api/roster/context':                         [401, 200, 200, 403, 403, 403],
  'POST /api/roster/publish':                        [401, 200, 403, 403, 403, 403],
  'GET /api/roster/publications':                    [401, 200, 200, 200, 200, 200],
  'GET /api/roster/export.csv':                      [401, 200, 200, 403, 403, 403],
  'GET /api/incidents/taxonomy':                     [401, 200, 200, 200, 403, 200],
  'POST /api/incidents':                             [401, 201, 201, 201, 403, 201],
  'GET /api/incidents':                              [401, 200, 200, 200, 403, 200],
  'GET /api/incidents/stats':                        [401, 200, 200, 403, 403, 403],
  'GET /api/incidents/export.csv':                   [401, 200, 200, 403, 403, 403],
  'GET /api/incidents/integrity':                    [401, 200, 403, 403, 403, 403],
  'GET /api/incidents/{id}':                         [401, 200, 200, 200, 403, 200],
  'POST /api/incidents/photos':                      [401, 201, 201, 201, 403, 201],
  'GET /api/incidents/{id}/photos/{sha256}':         [401, 200, 200, 200, 403, 200],
  'POST /api/incidents/{id}/amendments':             [401, 201, 201, 201, 403, 403],
  'POST /api/incidents/{id}/status':                 [401, 200, 200, 403, 403, 403],
  'GET /api/cameras':                                [401, 200, 200, 200, 403, 200],
  'POST /api/cameras':                               [401, 201, 403, 403, 403, 403],
  'GET /api/cameras/deployment':                     [401, 200, 200, 403, 403, 403],
  'PUT /api/cameras/plan':                           [401, 200, 403, 403, 403, 403],
  'PATCH /api/cameras/{id}':                         [401, 200, 403, 403, 403, 403],
  'GET /api/footage-requests':                       [401, 200, 200, 403, 403, 403],
  'GET /api/footage-requests/{id}':                  [401, 200, 200, 403, 403, 403],
  'POST /api/footage-requests':                      [401, 201, 201, 403, 403, 403],
  'POST /api/footage-requests/{id}/status':          [401, 200, 200, 403, 403, 403],
  'GET /api/dashboard/staffing':                     [401, 200, 200, 403, 200, 403],
  'GET /api/dashboard/week':                         [401, 200, 200, 403, 403, 403],
  'GET /api/dashboard/incidents':                    [401, 200, 200, 403, 403, 403],
  'GET /api/dashboard/qualifications':               [401, 200, 200, 403, 200, 403],
  'GET /api/dashboard/recruitment':                  [401, 200, 403, 403, 200, 403],
  'GET /api/dashboard/backup':                       [401, 200, 403, 403, 403, 403],
  'GET /api/dashboard/armoury':                      [401, 200, 200, 403, 403, 403],
  'GET /api/weapons':                                [401, 200, 200, 403, 403, 403],
  'POST /api/weapons':                               [401, 201, 201, 403, 403, 403],
  'POST /api/weapons/{id}/issues':                   [401, 201, 201, 403, 403, 403],
  'POST /api/weapons/{id}/status':                   [401, 200, 200, 403, 403, 403],
  'GET /api/weapon-issues':                          [401, 200, 200, 200, 403, 200],
  'POST /api/weapon-issues/{id}/return':             [401, 201, 201, 403, 403, 403],
  'POST /api/weapon-issues/{id}/corrections':        [401, 201, 201, 403, 403, 403],
};

/** The signed-in user's own services, as sign-in and /api/auth/me answer them (issue 25): names and communes. */
const OWN_SERVICE_FIELDS = [
  'service',
  'services',
  'communes',
  'departement',
  'parentCode',
  'parentName',
  'platform',
  // Its territory, which every member's session carries (the entry form's quartiers, offline too).
  'territory',
  'quartiers',
  'code',
  'label',
  'outline',
  'retired',
  'area',
  'south',
  'north',
  'west',
  'east',
];

/**
 * Field names an AGENT (and the second agent) and HR may receive, anywhere in a JSON answer.
 * A new field reaches them only once it is added here. `phone` and `email` are allowed to an
 * agent on his own record only (checked apart).
 */
const AGENT_FIELDS = new Set<string>([
  ...OWN_SERVICE_FIELDS,
  // The photos of the entries he reads (issue 24 point 4).
  'photos',
  'sha256',
  'mediaType',
  'size',
  'ADMINISTRATIVE',
  'ASVP',
  'POLICE',
  'absences',
  'accessToken',
  'actions',
  'active',
  'address',
  'agentId',
  'agentName',
  'agents',
  'allowsTrainees',
  'amendmentCount',
  'amendments',
  'ammunition',
  'ammunitionReturned',
  'ammunitionBefore',
  'ammunitionAfter',
  'ammunitionReturnedBefore',
  'ammunitionReturnedAfter',
  'assigned',
  'assignments',
  'at',
  'author',
  'authorName',
  'breakMinutes',
  'brigade',
  'byCategory',
  'cameraIds',
  'cameras',
  'categories',
  'category',
  'categoryLabel',
  'children',
  'code',
  'colour',
  'conflicts',
  'connectedToCsu',
  'continuingTraining',
  'contractRatio',
  'count',
  'corrections',
  'correctedAt',
  'correctedBy',
  'coverage',
  'covered',
  'createdAt',
  'database',
  'date',
  'days',
  'deadline',
  'decidedAt',
  'decisionNote',
  'departureDate',
  'description',
  'details',
  'displayName',
  'dueBy',
  'effectiveDate',
  'endTime',
  'endsAt',
  'erasedAt',
  'error',
  'expiresIn',
  'expiresOn',
  'expiringSoon',
  'firstName',
  'footageRequests',
  'from',
  'grade',
  'grades',
  'headcount',
  'hireDate',
  'history',
  'id',
  'info',
  'installedOn',
  'issue',
  'issuedAt',
  'issuedBy',
  'items',
  'kind',
  'label',
  'lastName',
  'lat',
  'lng',
  'location',
  'login',
  'matricule',
  'minAgents',
  'minDays',
  'missing',
  'name',
  'nextCursor',
  'note',
  'number',
  'obtainedOn',
  'occurredAt',
  'overdue',
  'pendingApproval',
  'periodStart',
  'plannedYear',
  'previousShortfall',
  'publicHolidays',
  'published',
  'publishedAt',
  'publishedBy',
  'qualifications',
  'quartier',
  'quartiers',
  'recordedAt',
  'reference',
  'requiredForAll',
  'requirements',
  'responseTime',
  'returnedAt',
  'returnedBy',
  'roles',
  'rounds',
  'schoolDaysOnly',
  'serialNumber',
  'shiftTypeId',
  'shifts',
  'shootingSessions',
  'startTime',
  'startsAt',
  'status',
  'statusHistory',
  'statuses',
  'summary',
  'text',
  'title',
  'to',
  'trainings',
  'typeCode',
  'updatedAt',
  'url',
  'user',
  'valid',
  'version',
  'weapon',
  'weaponId',
  'weaponKind',
  'weaponModel',
  'weekdays',
  'compensation',
  'day',
  'entitled',
  'holiday',
  'hoursDraft',
  'hoursDue',
  'hoursDueToDate',
  'hoursDuePerDay',
  'balanceToDate',
  'countedFrom',
  'countedTo',
  'hoursPlanned',
  'hoursWorked',
  'leave',
  'month',
  'night',
  'overCeiling',
  'overtime',
  'overtimeMonths',
  'overtimeTotal',
  'paid',
  'planned',
  'plannedEndsAt',
  'plannedStartsAt',
  'projectedBalance',
  'reason',
  'recordedByName',
  'remaining',
  'rested',
  'shiftId',
  'sunday',
  'taken',
  'unit',
  'year',
  'countedBy',
  'basis',
  'chosen',
  'dailyHours',
  'training',
  'hoursScheduled',
  'opening',
  'openingHours',
  'ceiling',
  'annualLeaveTaken',
  'rttTaken',
  'hours',
  'balanceOverride',
  'trainingLapses',
  'sessions',
  'minSessions',
  'minRounds',
]);
/** HR manages the staff: contact data of the agents, recruitments; no incident at all. */
const HR_FIELDS = new Set<string>([
  ...OWN_SERVICE_FIELDS,
  // The agents lent to another service or received from one (a staff matter, CSI L512-1).
  'agent',
  'homeService',
  'hostService',
  'direction',
  'sharePercent',
  'convention',
  'createdBy',
  'name',
  'ADMINISTRATIVE',
  'ASVP',
  'POLICE',
  'accessToken',
  'active',
  'agentId',
  'agentName',
  'allowsTrainees',
  'assigned',
  'assignments',
  'at',
  'breakMinutes',
  'brigade',
  'byCategory',
  'candidateName',
  'categories',
  'category',
  'code',
  'colour',
  'continuingTraining',
  'contractRatio',
  'count',
  'coverage',
  'covered',
  'createdAt',
  'database',
  'date',
  'days',
  'daysLeft',
  'daysWaiting',
  'deadline',
  'decision',
  'decisionDate',
  'departureDate',
  'details',
  'displayName',
  'effectiveDate',
  'email',
  'endTime',
  'endsAt',
  'error',
  'expectedOperationalDate',
  'expiresIn',
  'expiresOn',
  'expiring',
  'expiringSoon',
  'firearm',
  'firstName',
  'forecast',
  'from',
  'grade',
  'grades',
  'headcount',
  'hireDate',
  'id',
  'inPipeline',
  'inProgress',
  'inTraining',
  'info',
  'issue',
  'items',
  'kind',
  'kindLabel',
  'label',
  'lastMilestone',
  'lastMilestoneLabel',
  'lastName',
  'login',
  'matricule',
  'milestone',
  'milestones',
  'minAgents',
  'minDays',
  'missedTarget',
  'missing',
  'month',
  'months',
  'nextCursor',
  'nextMilestones',
  'note',
  'obtainedOn',
  'operational',
  'pendingApproval',
  'pendingMilestones',
  'periodStart',
  'phone',
  'previousShortfall',
  'publicHolidays',
  'published',
  'publishedAt',
  'publishedBy',
  'qualifications',
  'reason',
  'recordedAt',
  'recordedBy',
  'reference',
  'requiredForAll',
  'requirements',
  'responseTime',
  'roles',
  'rounds',
  'route',
  'schoolDaysOnly',
  'shiftTypeId',
  'shootingSessions',
  'shortfall',
  'stalled',
  'startTime',
  'startsAt',
  'status',
  'target',
  'targetDate',
  'targetReachedIn',
  'title',
  'to',
  'training',
  'trainings',
  'typeCode',
  'updatedAt',
  'user',
  'valid',
  'version',
  'weapon',
  'weapons',
  'weekdays',
  'year',
  'compensation',
  'day',
  'entitled',
  'holiday',
  'hoursDraft',
  'hoursDue',
  'hoursDueToDate',
  'hoursDuePerDay',
  'balanceToDate',
  'countedFrom',
  'countedTo',
  'hoursPlanned',
  'hoursWorked',
  'leave',
  'night',
  'overCeiling',
  'overtime',
  'overtimeMonths',
  'overtimeTotal',
  'paid',
  'planned',
  'plannedEndsAt',
  'plannedStartsAt',
  'projectedBalance',
  'recordedByName',
  'remaining',
  'rested',
  'shiftId',
  'sunday',
  'taken',
  'unit',
  'countedBy',
  'basis',
  'chosen',
  'dailyHours',
  'training',
  'hoursScheduled',
  'opening',
  'openingHours',
  'ceiling',
  'annualLeaveTaken',
  'rttTaken',
  'hours',
  'label',
  'from',
  'to',
  'reason',
  'recordedAt',
  'version',
  'trainingLapses',
  'sessions',
  'minSessions',
  'minRounds',
]);
/** Never to HR: the text of the main courante. */
const INCIDENT_TEXT = ['summary', 'description', 'amendments', 'text', 'address'];

const PROBLEM_MEMBERS = new Set([
  'type',
  'title',
  'status',
  'detail',
  'code',
  'instance',
  'errors',
  'violations',
]);

interface Call {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  /** The body's media type when it is not JSON (a photo's bytes). */
  type?: string;
  /** A token of its own (logout: a fresh session, not the shared one). */
  token?: string;
}

const TODAY = '2026-06-15';
const AGENT2_PASSWORD = 'mot-de-passe-du-second';

describe('the role × operation matrix, from the live OpenAPI document', () => {
  let t: TestApp;
  let operations: Operation[];
  const tokens = {} as Record<Exclude<Caller, 'anonymous'>, string>;
  const agentIdOf = {} as Record<Caller, string>;
  /** Values of the objects the callers aim at: none may appear in a denial. */
  const secrets: string[] = [];
  let counter = 0;
  const next = (): number => ++counter;
  const ids = {} as {
    agent: string;
    colleague: string;
    agent2User: string;
    recruitment: string;
    incident: string;
    photo: string;
    camera: string;
    footage: string;
    stat: string;
    shift: string;
    shiftType: string;
    asvp: string;
    cycle: string;
    derogation: string;
    workedShift?: string;
  };

  const chef = () => bearer(tokens.chef);
  /** A secondment of the agent to the pooled service, a year of its own each time (none overlaps). */
  const secondmentBody = () => {
    const year = 2040 + next();
    return {
      agentId: ids.agent,
      hostServiceId: DEMO_SERVICES.pooled.id,
      from: `${year}-01-01`,
      to: `${year}-03-31`,
      sharePercent: 10,
      convention: 'Convention de mise en commun',
    };
  };
  const derogationBody = () => ({
    kind: 'EXCEPTIONAL',
    rule: 'WEEKLY_HOURS',
    limit: 52,
    title: `Braderie ${next()}`,
    reason: 'Renfort exceptionnel pour la braderie',
    decidedBy: 'Sophie Delattre, cheffe de service',
    agentIds: [ids.agent],
    from: '2026-09-01',
    to: '2026-09-06',
  });

  async function signIn(
    login: string,
    password = login === 'agent2' ? AGENT2_PASSWORD : DEMO_PASSWORD,
  ): Promise<string> {
    const response = await t.http.post('/api/auth/login').send({ login, password }).expect(200);
    return (response.body as { accessToken: string }).accessToken;
  }

  async function created<T>(response: Promise<Response>): Promise<T> {
    const answer = await response;
    if (answer.status >= 300) throw new Error(`fixture: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body as T;
  }

  const versionOf = async (
    entity: typeof User | typeof Agent | typeof ShiftType | typeof Shift | typeof Camera,
    id: string,
  ) =>
    String(
      ((await t.dataSource.getRepository(entity).findOneByOrFail({ id })) as { version: number }).version,
    );

  async function newShift(day: string, typeId = ids.stat): Promise<string> {
    const shift = await created<{ id: string }>(
      t.http
        .post('/api/shifts')
        .set(...chef())
        .send({ shiftTypeId: typeId, startsAt: `${day}T09:00:00+02:00`, endsAt: `${day}T17:00:00+02:00` }),
    );
    return shift.id;
  }

  /** A distinct past day per call (qualifications, shooting sessions). */
  const past = (n: number): string =>
    new Date(Date.UTC(2025, 6, 1) + n * 86_400_000).toISOString().slice(0, 10);

  const day = (n: number): string => {
    const date = new Date(Date.UTC(2026, 8, 1) + n * 86_400_000);
    return date.toISOString().slice(0, 10);
  };

  async function newIncident(): Promise<string> {
    const incident = await created<{ id: string }>(
      t.http
        .post('/api/incidents')
        .set(...chef())
        .send(incidentBody(agentIdOf.chef, `Entrée ${next()}`)),
    );
    return incident.id;
  }

  /** JPEG's first bytes, then a tail that makes each photo distinct. */
  function photoBytes(tag: string): Buffer {
    return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), Buffer.from(`JFIF ${tag}`)]);
  }

  function incidentBody(agentId: string, summary: string): object {
    return {
      occurredAt: `${TODAY}T09:00:00+02:00`,
      category: 'PUBLIC_PEACE.NOISE',
      location: { address: '12 rue du Bourg', quartier: 'BOURG' },
      summary,
      description: 'Musique forte signalée par un voisin.',
      agentIds: [agentId],
    };
  }

  /** A new baton in the register (each issue takes its own). */
  async function newWeapon(): Promise<string> {
    const weapon = await created<{ id: string }>(
      t.http
        .post('/api/weapons')
        .set(...chef())
        .send({ kind: 'BATON', model: 'Tonfa', serialNumber: `MATRICE-${next()}` }),
    );
    return weapon.id;
  }

  /** An agent the demo roster has on a shift now, holding a baton permit. */
  async function agentOnDuty(): Promise<string> {
    const rows = await t.dataSource.query<{ id: string }[]>(
      `SELECT a.agent_id AS id FROM assignment a
         JOIN agent_qualification q ON q.agent_id = a.agent_id AND q.kind = 'BATON'
        WHERE a.starts_at <= $1 AND a.ends_at > $1 ORDER BY a.agent_id LIMIT 1`,
      [t.clock.now()],
    );
    if (!rows[0]) throw new Error('fixture: nobody on duty now in the demo roster');
    return rows[0].id;
  }

  async function newIssue(): Promise<string> {
    const issue = await created<{ id: string }>(
      t.http
        .post(`/api/weapons/${await newWeapon()}/issues`)
        .set(...chef())
        .send({ agentId: await agentOnDuty(), ammunition: 0 }),
    );
    return issue.id;
  }

  /** How each operation is called: real objects, a valid body; fresh objects where a call consumes one. */
  const RECIPES: Record<string, (who: Caller) => Promise<Call> | Call> = {
    'GET /api/health': () => ({}),
    'GET /api/dashboard/armoury': () => ({}),
    'GET /api/weapons': () => ({}),
    'POST /api/weapons': () => ({
      body: { kind: 'BATON', model: 'Tonfa', serialNumber: `MATRICE-${next()}` },
    }),
    'POST /api/weapons/{id}/issues': async () => ({
      params: { id: await newWeapon() },
      body: { agentId: await agentOnDuty(), ammunition: 0 },
    }),
    'POST /api/weapons/{id}/status': async () => ({
      params: { id: await newWeapon() },
      body: { status: 'UNDER_REPAIR', reason: 'Détente dure, envoyée à l’armurier' },
    }),
    'GET /api/weapon-issues': () => ({}),
    'POST /api/weapon-issues/{id}/corrections': async () => ({
      params: { id: await newIssue() },
      body: { ammunition: 1, reason: 'Erreur de saisie à la remise' },
    }),
    'POST /api/weapon-issues/{id}/return': async () => ({
      params: { id: await newIssue() },
      body: { ammunitionReturned: 0 },
    }),
    'POST /api/auth/login': () => ({ body: { login: 'rh', password: DEMO_PASSWORD } }),
    'POST /api/auth/refresh': () => ({}),
    'POST /api/auth/logout': async (who) => (who === 'anonymous' ? {} : { token: await signIn(who) }),
    'GET /api/auth/me': () => ({}),
    'POST /api/auth/service': () => ({ body: { serviceId: DEMO_SERVICES.pooled.id } }),
    'GET /api/platform/services': () => ({}),
    'POST /api/platform/services': () => ({
      body: {
        name: `Police municipale d’essai ${next()}`,
        kind: 'COMMUNE',
        inseeCodes: ['59457'],
        chief: { login: `chef${next()}`, displayName: 'Chef Essai', password: 'Brume-Canal-Orties-59' },
      },
    }),
    'GET /api/platform/communes': () => ({ query: { q: 'lomme' } }),
    'POST /api/auth/password': () => ({
      body: { currentPassword: 'pas-le-bon-mot-de-passe', newPassword: 'un-nouveau-mot-de-passe' },
    }),
    'GET /api/audit': () => ({ query: { entity: 'agent', entityId: ids.agent } }),
    'GET /api/processing-register': () => ({}),
    'GET /api/users': () => ({}),
    'POST /api/users': () => ({
      body: {
        login: `compte${next()}`,
        displayName: 'Compte Essai',
        roles: ['HR'],
        password: 'mot-de-passe-solide',
      },
    }),
    'PATCH /api/users/{id}': async () => ({
      params: { id: ids.agent2User },
      body: { version: Number(await versionOf(User, ids.agent2User)), displayName: `Agent deux ${next()}` },
    }),
    'GET /api/agents': () => ({}),
    'POST /api/agents': () => ({
      body: {
        matricule: `TST-${next()}`,
        lastName: 'Essai',
        firstName: 'Test',
        grade: 'GARDIEN_BRIGADIER',
        status: 'ACTIVE',
        hireDate: '2026-01-05',
      },
    }),
    'GET /api/agents/{id}': () => ({ params: { id: ids.agent } }),
    'PATCH /api/agents/{id}': async () => ({
      params: { id: ids.agent },
      body: { version: Number(await versionOf(Agent, ids.agent)), brigade: `B${next()}` },
    }),
    'POST /api/agents/{id}/qualifications': () => ({
      params: { id: ids.colleague },
      body: { kind: 'BATON', obtainedOn: past(next()) },
    }),
    'DELETE /api/agents/{id}/qualifications/{qid}': async () => {
      const qualification = await created<{ id: string }>(
        t.http
          .post(`/api/agents/${ids.colleague}/qualifications`)
          .set(...chef())
          .send({ kind: 'TASER', obtainedOn: past(next()) }),
      );
      return { params: { id: ids.colleague, qid: qualification.id } };
    },
    'POST /api/agents/{id}/shooting-sessions': () => ({
      params: { id: ids.colleague },
      body: { date: past(next()), rounds: 50 },
    }),
    'DELETE /api/agents/{id}/shooting-sessions/{sid}': async () => {
      const session = await created<{ id: string }>(
        t.http
          .post(`/api/agents/${ids.colleague}/shooting-sessions`)
          .set(...chef())
          .send({ date: past(next()), rounds: 30 }),
      );
      return { params: { id: ids.colleague, sid: session.id } };
    },
    'POST /api/agents/{id}/continuing-trainings': () => ({
      params: { id: ids.colleague },
      body: { date: past(next()), days: 2, title: `Formation ${next()}` },
    }),
    'GET /api/agents/{id}/firearm-decisions': () => ({ params: { id: ids.colleague } }),
    'POST /api/agents/{id}/firearm-decisions': () => ({
      params: { id: ids.colleague },
      // Maintained: the colleague stays armed for the other recipes.
      body: { date: past(next()), decision: 'MAINTAINED', reference: `AP ${next()}` },
    }),
    'GET /api/agents/{id}/schedule': () => ({
      params: { id: ids.agent },
      query: { from: TODAY, to: '2026-06-21' },
    }),
    'POST /api/agents/{id}/calendar-token': () => ({ params: { id: ids.agent } }),
    'GET /api/calendar/{file}': async () => {
      const link = await created<{ url: string }>(
        t.http.post(`/api/agents/${ids.agent}/calendar-token`).set(...chef()),
      );
      return { params: { file: link.url.split('/').pop()! } };
    },
    'GET /api/me/roster-changes': () => ({}),
    'POST /api/me/roster-changes/read': () => ({}),
    'GET /api/staffing/targets': () => ({}),
    'PUT /api/staffing/targets': async () => {
      const current = await created<{ items: { effectiveDate: string; headcount: number }[] }>(
        t.http.get('/api/staffing/targets?limit=200').set(...chef()),
      );
      return { body: current.items.map(({ effectiveDate, headcount }) => ({ effectiveDate, headcount })) };
    },
    'GET /api/staffing/headcount': () => ({ query: { at: TODAY } }),
    'GET /api/staffing/forecast': () => ({ query: { months: '12' } }),
    'GET /api/recruitments': () => ({}),
    'POST /api/recruitments': () => ({
      body: { candidateName: `Candidat ${next()}`, route: 'COMPETITIVE_EXAM', grade: 'GARDIEN_BRIGADIER' },
    }),
    'GET /api/recruitments/{id}': () => ({ params: { id: ids.recruitment } }),
    'POST /api/recruitments/{id}/milestones': async () => {
      const recruitment = await created<{ id: string }>(
        t.http
          .post('/api/recruitments')
          .set(...chef())
          .send({
            candidateName: `Candidate ${next()}`,
            route: 'COMPETITIVE_EXAM',
            grade: 'GARDIEN_BRIGADIER',
          }),
      );
      return { params: { id: recruitment.id }, body: { milestone: 'INTERVIEW', date: TODAY } };
    },
    'GET /api/shift-types': () => ({}),
    'POST /api/shift-types': () => ({
      body: {
        code: `ESSAI_${next()}`,
        label: 'Créneau d’essai',
        startTime: '08:00',
        endTime: '12:00',
        minAgents: 1,
      },
    }),
    'PATCH /api/shift-types/{id}': async () => ({
      params: { id: ids.shiftType },
      body: { version: Number(await versionOf(ShiftType, ids.shiftType)), label: `Essai ${next()}` },
    }),
    'GET /api/school-calendar': () => ({}),
    'PUT /api/school-calendar': async () => {
      // The shipped calendar, written back as it is: the other recipes' generations keep it.
      const current = await created<{
        periods: { start: string; end: string; label: string; source: string }[];
      }>(t.http.get('/api/school-calendar').set(...chef()));
      return { body: { periods: current.periods } };
    },
    'GET /api/shifts': () => ({ query: { from: TODAY, to: '2026-06-21' } }),
    'POST /api/shifts': () => ({
      body: {
        shiftTypeId: ids.stat,
        startsAt: `${day(next())}T09:00:00+02:00`,
        endsAt: `${day(counter)}T17:00:00+02:00`,
      },
    }),
    'POST /api/shifts/generate': () => ({
      body: { from: day(next()), to: day(counter), shiftTypeIds: [ids.stat] },
    }),
    'PATCH /api/shifts/{id}': async () => ({
      params: { id: ids.shift },
      body: { version: Number(await versionOf(Shift, ids.shift)), label: `Renfort ${next()}` },
    }),
    'DELETE /api/shifts/{id}': async () => ({ params: { id: await newShift(day(next())) } }),
    'PUT /api/shifts/{id}/assignments/{agentId}': async () => ({
      params: { id: await newShift(day(next())), agentId: ids.asvp },
    }),
    'DELETE /api/shifts/{id}/assignments/{agentId}': async () => {
      const shift = await newShift(day(next()));
      await created(t.http.put(`/api/shifts/${shift}/assignments/${ids.asvp}`).set(...chef()));
      return { params: { id: shift, agentId: ids.asvp } };
    },
    'GET /api/absences': () => ({}),
    'POST /api/absences': () => {
      const start = day(40 + next());
      return {
        body: {
          agentId: ids.agent,
          kind: 'ANNUAL_LEAVE',
          startsAt: `${start}T00:00:00+02:00`,
          endsAt: `${start}T23:00:00+02:00`,
        },
      };
    },
    'POST /api/absences/{id}/decision': async () => {
      const start = day(40 + next());
      const absence = await created<{ id: string }>(
        t.http
          .post('/api/absences')
          .set(...bearer(tokens.agent))
          .send({
            agentId: ids.agent,
            kind: 'RTT',
            startsAt: `${start}T00:00:00+02:00`,
            endsAt: `${start}T23:00:00+02:00`,
          }),
      );
      return { params: { id: absence.id }, body: { approved: true, note: 'Accordé' } };
    },
    'POST /api/roster/plan': () => ({ body: { from: '2026-09-07', to: '2026-09-07', apply: false } }),
    'GET /api/cycles': () => ({}),
    'POST /api/cycles': () => ({
      body: {
        name: `Cycle ${next()}`,
        startDate: '2026-09-01',
        days: [ids.stat, null],
        agentIds: [ids.asvp],
      },
    }),
    'PATCH /api/cycles/{id}': async () => ({
      params: { id: ids.cycle },
      body: {
        version: (await t.dataSource.getRepository(WorkCycle).findOneByOrFail({ id: ids.cycle })).version,
        name: `Cycle secret ${next()}`,
      },
    }),
    'POST /api/cycles/{id}/rollout': () => ({
      params: { id: ids.cycle },
      body: { from: day(next()), to: day(counter) },
    }),
    'GET /api/agents/{id}/time-account': () => ({ params: { id: ids.agent }, query: { year: '2026' } }),
    'GET /api/agents/{id}/worked': () => ({ params: { id: ids.agent }, query: { year: '2026' } }),
    'GET /api/time-accounts': () => ({ query: { year: '2026' } }),
    'GET /api/time-accounts/export.csv': () => ({ query: { month: '2026-06' } }),
    'PUT /api/shifts/{id}/worked/{agentId}': async () => {
      // A shift of yesterday (a Sunday the parking brigade rests), corrected again at each call.
      ids.workedShift ??= await newShift('2026-06-14');
      const existing = await t.dataSource
        .getRepository(WorkedTime)
        .findOneBy({ shiftId: ids.workedShift, agentId: ids.asvp });
      return {
        params: { id: ids.workedShift, agentId: ids.asvp },
        body: {
          startsAt: '2026-06-14T09:00:00+02:00',
          endsAt: '2026-06-14T18:00:00+02:00',
          reason: 'Rappelé pour la brocante',
          version: existing?.version,
        },
      };
    },
    'GET /api/shifts/{id}/worked': () => ({ params: { id: ids.shift } }),
    // Back to his grade's default each call: nothing changes but the audit trail.
    'PUT /api/agents/{id}/time-counting': () => ({
      params: { id: ids.asvp },
      body: { reason: 'Décompte par défaut de son grade' },
    }),
    'PUT /api/agents/{id}/time-account/opening': () => ({
      params: { id: ids.agent },
      body: { year: 2026, hours: 0, annualLeaveTaken: 0, rttTaken: 0, reason: 'Aucun report à l’ouverture' },
    }),
    'GET /api/territory': () => ({}),
    'POST /api/territory/quartiers': () => ({ body: { label: `Secteur ${next()}` } }),
    // Its own name again: nothing changes but the audit trail.
    'PATCH /api/territory/quartiers/{code}': async () => {
      const [{ version }] = await t.owner.query(
        `SELECT version FROM service_quartier WHERE code = 'BOURG' AND service_id = $1`,
        [DEMO_SERVICES.lomme.id],
      );
      return { params: { code: 'BOURG' }, body: { label: 'Bourg', version } };
    },
    'GET /api/secondments': () => ({}),
    'GET /api/secondments/hosts': () => ({ query: { q: 'pluri' } }),
    'POST /api/secondments': () => ({ body: secondmentBody() }),
    'DELETE /api/secondments/{id}': async () => {
      const secondment = await created<{ id: string }>(
        t.http
          .post('/api/secondments')
          .set(...chef())
          .send(secondmentBody()),
      );
      return { params: { id: secondment.id } };
    },
    'GET /api/derogations': () => ({}),
    'POST /api/derogations': () => ({ body: derogationBody() }),
    'GET /api/derogations/{id}': () => ({ params: { id: ids.derogation } }),
    'POST /api/derogations/{id}/revoke': async () => {
      const derogation = await created<{ id: string; version: number }>(
        t.http
          .post('/api/derogations')
          .set(...chef())
          .send(derogationBody()),
      );
      return {
        params: { id: derogation.id },
        body: { reason: 'Circonstances passées', version: derogation.version },
      };
    },
    'POST /api/roster/copy-week': () => ({ body: { source: '2027-03-01', targets: ['2027-03-08'] } }),
    'GET /api/roster/check': () => ({ query: { from: TODAY, to: '2026-06-21' } }),
    'GET /api/roster/context': () => ({ query: { from: TODAY, to: '2026-06-21' } }),
    'POST /api/roster/publish': () => ({ body: { from: '2027-01-04', to: '2027-01-10' } }),
    'GET /api/roster/publications': () => ({ query: { from: TODAY, to: '2026-06-21' } }),
    'GET /api/roster/export.csv': () => ({ query: { from: TODAY, to: '2026-06-21' } }),
    'GET /api/incidents/taxonomy': () => ({}),
    'POST /api/incidents': (who) => ({
      body: incidentBody(agentIdOf[who], `Signalement ${next()}`),
    }),
    'GET /api/incidents': () => ({ query: { limit: '5' } }),
    'GET /api/incidents/stats': () => ({ query: { from: '2026-01-01', to: TODAY, by: 'category' } }),
    'GET /api/incidents/export.csv': () => ({ query: { from: TODAY, to: TODAY } }),
    'GET /api/incidents/integrity': () => ({}),
    'GET /api/incidents/{id}': () => ({ params: { id: ids.incident } }),
    'POST /api/incidents/photos': () => ({ type: 'image/jpeg', body: photoBytes(`Photo ${next()}`) }),
    'GET /api/incidents/{id}/photos/{sha256}': () => ({ params: { id: ids.incident, sha256: ids.photo } }),
    'POST /api/incidents/{id}/amendments': () => ({
      params: { id: ids.incident },
      body: { text: `Complément ${next()}` },
    }),
    'POST /api/incidents/{id}/status': async () => ({
      params: { id: await newIncident() },
      body: { to: 'IN_PROGRESS', note: 'Prise en charge' },
    }),
    'GET /api/cameras': () => ({}),
    'POST /api/cameras': () => ({
      body: {
        code: `ESS-${next()}`,
        kind: 'NOMAD',
        label: 'Caméra d’essai',
        quartier: 'BOURG',
        status: 'PLANNED',
        plannedYear: 2026,
      },
    }),
    'GET /api/cameras/deployment': () => ({}),
    // The council's plan, written back as it is.
    'PUT /api/cameras/plan': () => ({
      body: { lines: LOMME_CAMERA_PLAN.map((line) => ({ ...line })) },
    }),
    'PATCH /api/cameras/{id}': async () => ({
      params: { id: ids.camera },
      body: { version: Number(await versionOf(Camera, ids.camera)), label: `Caméra secrète ${next()}` },
    }),
    'GET /api/footage-requests': () => ({}),
    'GET /api/footage-requests/{id}': () => ({ params: { id: ids.footage } }),
    'POST /api/footage-requests': () => ({
      body: footageBody(),
    }),
    'POST /api/footage-requests/{id}/status': async () => {
      const request = await created<{ id: string }>(
        t.http
          .post('/api/footage-requests')
          .set(...chef())
          .send(footageBody()),
      );
      return { params: { id: request.id }, body: { to: 'REFUSED', note: 'Hors champ de la caméra' } };
    },
    'GET /api/dashboard/staffing': () => ({}),
    'GET /api/dashboard/week': () => ({}),
    'GET /api/dashboard/incidents': () => ({}),
    'GET /api/dashboard/qualifications': () => ({}),
    'GET /api/dashboard/recruitment': () => ({}),
    'GET /api/dashboard/backup': () => ({}),
  };

  function footageBody(): object {
    return {
      cameraId: ids.camera,
      from: '2026-06-14T10:00:00+02:00',
      to: '2026-06-14T11:00:00+02:00',
      authority: 'POLICE_NATIONALE',
      reason: 'Réquisition pour vol à l’étalage',
    };
  }

  beforeAll(async () => {
    t = await createTestApp({ today: TODAY, env: { PLANNER_TIME_LIMIT_SECONDS: '1' } });
    ({ operations } = await liveOperations(t.http));
    for (const login of ['chef', 'superviseur', 'agent', 'rh'] as const)
      tokens[login] = await t.tokenOf(login);
    const agents = t.dataSource.getRepository(Agent);
    const byName = async (lastName: string) => (await agents.findOneByOrFail({ lastName })).id;
    ids.agent = await byName('Lefebvre');
    ids.colleague = await byName('Haddad');
    ids.asvp = await byName('Petit');
    const second = await byName('Martin');
    const agent2 = await created<{ id: string }>(
      t.http
        .post('/api/users')
        .set(...chef())
        .send({
          login: 'agent2',
          displayName: 'Second Agent',
          roles: ['AGENT'],
          password: AGENT2_PASSWORD,
          agentId: second,
        }),
    );
    ids.agent2User = agent2.id;
    tokens.agent2 = await signIn('agent2');
    const users = t.dataSource.getRepository(User);
    for (const login of ['chef', 'superviseur', 'agent', 'rh'] as const) {
      agentIdOf[login] = (await users.findOneByOrFail({ login })).agentId ?? ids.agent;
    }
    agentIdOf.agent2 = second;
    agentIdOf.anonymous = ids.agent;

    const types = t.dataSource.getRepository(ShiftType);
    ids.stat = (await types.findOneByOrFail({ code: 'STAT' })).id;
    ids.shiftType = (await types.findOneByOrFail({ code: 'MARCHE' })).id;
    ids.shift = await newShift('2026-09-30');
    ids.cycle = (
      await created<{ id: string }>(
        t.http
          .post('/api/cycles')
          .set(...chef())
          .send({
            name: 'Cycle du stationnement',
            startDate: '2026-09-01',
            days: [ids.stat],
            agentIds: [ids.asvp],
          }),
      )
    ).id;
    ids.derogation = (
      await created<{ id: string }>(
        t.http
          .post('/api/derogations')
          .set(...chef())
          .send(derogationBody()),
      )
    ).id;
    ids.recruitment = (
      await created<{ id: string }>(
        t.http
          .post('/api/recruitments')
          .set(...chef())
          .send({ candidateName: 'Candidate Confidentielle', route: 'TRANSFER', grade: 'GARDIEN_BRIGADIER' }),
      )
    ).id;
    ids.photo = (
      await created<{ sha256: string }>(
        t.http
          .post('/api/incidents/photos')
          .set(...bearer(tokens.agent))
          .set('Content-Type', 'image/jpeg')
          .send(photoBytes('Photo confidentielle')),
      )
    ).sha256;
    ids.incident = (
      await created<{ id: string }>(
        t.http
          .post('/api/incidents')
          .set(...bearer(tokens.agent))
          .send({
            ...incidentBody(ids.agent, 'Tapage très confidentiel'),
            description: 'Détails réservés au service.',
            photos: [ids.photo],
          }),
      )
    ).id;
    ids.camera = (
      await created<{ id: string }>(
        t.http
          .post('/api/cameras')
          .set(...chef())
          .send({
            code: 'SECRET-01',
            kind: 'FIXED',
            label: 'Caméra du parking confidentiel',
            quartier: 'MARAIS',
            status: 'ACTIVE',
            plannedYear: 2025,
            installedOn: '2025-06-01',
          }),
      )
    ).id;
    ids.footage = (
      await created<{ id: string }>(
        t.http
          .post('/api/footage-requests')
          .set(...chef())
          .send({ ...footageBody(), reason: 'Réquisition très confidentielle' }),
      )
    ).id;
    const agent = await agents.findOneByOrFail({ id: ids.agent });
    secrets.push(
      'Réquisition très confidentielle',
      agent.lastName,
      agent.matricule,
      ...[agent.phone, agent.email].filter((value): value is string => Boolean(value)),
      'Candidate Confidentielle',
      'Tapage très confidentiel',
      'Détails réservés',
      'Caméra du parking confidentiel',
      'Second Agent',
    );
  });
  afterAll(() => t.close());

  it('has a decision and a way to call it for every operation of the document, and no stale row', () => {
    const keys = operations.map((operation) => operation.key).sort();
    expect(keys.filter((key) => !(key in MATRIX))).toEqual([]);
    expect(keys.filter((key) => !(key in RECIPES))).toEqual([]);
    expect(Object.keys(MATRIX).filter((key) => !keys.includes(key))).toEqual([]);
  });

  it('answers every caller of every operation as decided; denials carry nothing of the object', async () => {
    const answers: { key: string; who: Caller; status: number; body: unknown; type: string }[] = [];
    for (const operation of operations) {
      const recipe = RECIPES[operation.key];
      if (!recipe) continue;
      for (const who of CALLERS) {
        const call = await recipe(who);
        let request = t.http[operation.method](fillPath(operation.path, call.params ?? {}));
        const token = call.token ?? (who === 'anonymous' ? undefined : tokens[who]);
        if (token) request = request.set(...bearer(token));
        if (call.query) request = request.query(call.query);
        if (call.type) request = request.set('Content-Type', call.type);
        const response = call.body === undefined ? await request : await request.send(call.body as object);
        answers.push({
          key: operation.key,
          who,
          status: response.status,
          body: response.body,
          type: String(response.headers['content-type'] ?? ''),
        });
      }
    }
    const table = (pick: (who: Caller, key: string) => number | undefined) =>
      Object.fromEntries(
        operations.map((operation) => [operation.key, CALLERS.map((who) => pick(who, operation.key))]),
      );
    const actual = table(
      (who, key) => answers.find((answer) => answer.key === key && answer.who === who)?.status,
    );
    const expected = table((who, key) => MATRIX[key]?.[CALLERS.indexOf(who)]);
    expect(actual).toEqual(expected);

    for (const answer of answers.filter((a) => [401, 403, 404].includes(a.status))) {
      expect({ ...answer, type: answer.type.startsWith(PROBLEM_CONTENT_TYPE) }).toMatchObject({ type: true });
      const members = Object.keys(answer.body as object).filter((member) => !PROBLEM_MEMBERS.has(member));
      expect({ key: answer.key, who: answer.who, members }).toEqual({
        key: answer.key,
        who: answer.who,
        members: [],
      });
      const text = JSON.stringify(answer.body);
      const leaked = secrets.filter((secret) => text.includes(secret));
      expect({ key: answer.key, who: answer.who, leaked }).toEqual({
        key: answer.key,
        who: answer.who,
        leaked: [],
      });
    }

    // What the agents and HR receive: only fields of their allow-list.
    const seen = { agent: new Set<string>(), rh: new Set<string>() };
    for (const answer of answers.filter((a) => a.status < 300 && a.type.includes('json'))) {
      const role =
        answer.who === 'agent' || answer.who === 'agent2' ? 'agent' : answer.who === 'rh' ? 'rh' : null;
      if (!role) continue;
      walk(answer.body, (key, owner) => {
        seen[role].add(key);
        if (role === 'agent' && (key === 'phone' || key === 'email')) {
          expect({ key: answer.key, who: answer.who, field: key, of: owner.id }).toEqual({
            key: answer.key,
            who: answer.who,
            field: key,
            of: agentIdOf[answer.who],
          });
        }
      });
    }
    expect(
      [...seen.agent].filter((key) => !AGENT_FIELDS.has(key) && key !== 'phone' && key !== 'email'),
    ).toEqual([]);
    expect([...seen.rh].filter((key) => !HR_FIELDS.has(key))).toEqual([]);
    expect([...seen.rh].filter((key) => INCIDENT_TEXT.includes(key))).toEqual([]);
  });
});

/** Calls `visit` with every property name of a JSON value and the object holding it. */
function walk(value: unknown, visit: (key: string, owner: Record<string, unknown>) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, visit);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      visit(key, value as Record<string, unknown>);
      walk(child, visit);
    }
  }
}
