import { AgentResponse, RecruitmentResponse } from '@vigie/shared';

import { RecruitmentEvent } from '../../src/modules/recruitment/recruitment-event.entity';
import { bearer, createSignedInApp, TestApp } from '../support/test-app';

const TODAY = '2026-06-15';

describe('recruitment pipeline (HR, CHIEF)', () => {
  let t: TestApp;
  let hr: string;

  beforeAll(async () => {
    [t, hr] = await createSignedInApp({ today: TODAY }, 'rh');
  });
  afterAll(() => t.close());

  async function open(
    route: string,
    applicationDate = '2026-01-05',
    grade = 'GARDIEN_BRIGADIER',
  ): Promise<RecruitmentResponse> {
    const response = await t.http
      .post('/api/recruitments')
      .set(...bearer(hr))
      .send({ candidateName: 'Camille Dubreuil', route, grade, applicationDate, note: 'Lauréate 2025' })
      .expect(201);
    return response.body as RecruitmentResponse;
  }

  const record = (id: string, milestone: string, date: string, extra: Record<string, string> = {}) =>
    t.http
      .post(`/api/recruitments/${id}/milestones`)
      .set(...bearer(hr))
      .send({ milestone, date, ...extra });

  async function eventsOf(id: string): Promise<number> {
    return t.dataSource.getRepository(RecruitmentEvent).countBy({ recruitmentId: id });
  }

  it('opens a recruitment with its application recorded and the interview next', async () => {
    const created = await open('COMPETITIVE_EXAM');
    expect(created).toMatchObject({
      status: 'OPEN',
      agentId: null,
      milestones: [{ milestone: 'APPLICATION', date: '2026-01-05', recordedBy: 'rh' }],
      nextMilestones: ['INTERVIEW'],
      pendingMilestones: [
        'INTERVIEW',
        'APPOINTED',
        'TRAINING_STARTED',
        'PREFECT_APPROVAL',
        'PROSECUTOR_APPROVAL',
        'SWORN_IN',
        'TRAINING_COMPLETED',
        'OPERATIONAL',
      ],
      expectedOperationalDate: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
    });
  });

  it('follows the exam route to the end: the agent is created at appointment and made active when operational', async () => {
    const { id } = await open('COMPETITIVE_EXAM');
    await record(id, 'INTERVIEW', '2026-01-20').expect(201);
    const appointed = (
      await record(id, 'APPOINTED', '2026-02-01', { note: 'Arrêté n° 2026-114' }).expect(201)
    ).body as RecruitmentResponse;
    expect(appointed.agentId).toEqual(expect.any(String));
    expect(appointed.nextMilestones.sort()).toEqual([
      'PREFECT_APPROVAL',
      'PROSECUTOR_APPROVAL',
      'TRAINING_STARTED',
    ]);
    const trainee = await t.http
      .get(`/api/agents/${appointed.agentId}`)
      .set(...bearer(hr))
      .expect(200);
    expect(trainee.body).toMatchObject({
      status: 'IN_TRAINING',
      firstName: 'Camille',
      lastName: 'Dubreuil',
      hireDate: '2026-02-01',
      grade: 'GARDIEN_BRIGADIER',
    });

    for (const [milestone, date] of [
      ['TRAINING_STARTED', '2026-02-10'],
      ['PREFECT_APPROVAL', '2026-03-15'],
      ['PROSECUTOR_APPROVAL', '2026-03-20'],
      ['SWORN_IN', '2026-04-02'],
      ['TRAINING_COMPLETED', '2026-06-10'],
    ]) {
      await record(id, milestone, date).expect(201);
    }
    const done = (await record(id, 'OPERATIONAL', '2026-06-12').expect(201)).body as RecruitmentResponse;
    expect(done).toMatchObject({
      status: 'COMPLETED',
      nextMilestones: [],
      expectedOperationalDate: '2026-06-12',
      stalled: false,
    });
    const agent = await t.http
      .get(`/api/agents/${appointed.agentId}`)
      .set(...bearer(hr))
      .expect(200);
    expect((agent.body as AgentResponse).status).toBe('ACTIVE');

    const closed = await record(id, 'INTERVIEW', '2026-06-13').expect(422);
    expect(closed.body.violations.map((v: { rule: string }) => v.rule)).toEqual(['RECRUITMENT_CLOSED']);
  });

  it.each([
    [
      'a milestone whose prerequisite is missing',
      'COMPETITIVE_EXAM',
      [],
      'APPOINTED',
      '2026-02-01',
      'PREREQUISITE_MISSING',
    ],
    [
      'a milestone the route does not have',
      'TRANSFER',
      [
        ['INTERVIEW', '2026-01-10'],
        ['APPOINTED', '2026-02-01'],
      ],
      'TRAINING_STARTED',
      '2026-02-05',
      'MILESTONE_NOT_ON_ROUTE',
    ],
    [
      'a date before its prerequisite',
      'COMPETITIVE_EXAM',
      [['INTERVIEW', '2026-01-20']],
      'APPOINTED',
      '2026-01-19',
      'DATE_BEFORE_PREREQUISITE',
    ],
    [
      'a milestone recorded twice',
      'COMPETITIVE_EXAM',
      [['INTERVIEW', '2026-01-20']],
      'INTERVIEW',
      '2026-01-21',
      'MILESTONE_ALREADY_RECORDED',
    ],
    ['a date in the future', 'COMPETITIVE_EXAM', [], 'INTERVIEW', '2026-06-16', 'DATE_IN_FUTURE'],
    [
      'the oath before both approvals',
      'SECONDMENT',
      [
        ['INTERVIEW', '2026-01-10'],
        ['APPOINTED', '2026-02-01'],
        ['PREFECT_APPROVAL', '2026-03-01'],
      ],
      'SWORN_IN',
      '2026-03-05',
      'PREREQUISITE_MISSING',
    ],
  ])(
    'refuses %s with a 422 in French, and writes nothing',
    async (_, route, steps, milestone, date, rule) => {
      const { id } = await open(route);
      for (const [step, on] of steps) await record(id, step, on).expect(201);
      const before = await eventsOf(id);
      const response = await record(id, milestone, date).expect(422);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.violations.map((v: { rule: string }) => v.rule)).toContain(rule);
      expect(response.body.detail).toMatch(/[éèàç«]/);
      expect(await eventsOf(id)).toBe(before);
    },
  );

  it('closes a recruitment on withdrawal (reason required) and accepts nothing after', async () => {
    const { id } = await open('COMPETITIVE_EXAM');
    const noReason = await record(id, 'WITHDRAWN', '2026-02-01').expect(400);
    expect(noReason.body.errors).toEqual([{ field: 'reason', message: 'est obligatoire' }]);
    await record(id, 'WITHDRAWN', '2026-02-01', { reason: '   ' }).expect(422);
    const withdrawn = (
      await record(id, 'WITHDRAWN', '2026-02-01', { reason: 'A accepté un poste à Lille' }).expect(201)
    ).body;
    expect(withdrawn).toMatchObject({
      status: 'WITHDRAWN',
      nextMilestones: [],
      expectedOperationalDate: null,
      stalled: false,
    });
    await record(id, 'INTERVIEW', '2026-02-02').expect(422);
    await record(id, 'REJECTED', '2026-02-02', { reason: 'Doublon' }).expect(422);
  });

  it('lets a refused approval after the appointment make the stagiaire leave the service', async () => {
    const { id } = await open('COMPETITIVE_EXAM');
    await record(id, 'INTERVIEW', '2026-01-20').expect(201);
    const { agentId } = (await record(id, 'APPOINTED', '2026-02-01').expect(201)).body as RecruitmentResponse;
    await record(id, 'REJECTED', '2026-04-01', { reason: 'Agrément du procureur refusé' }).expect(201);
    const agent = await t.http
      .get(`/api/agents/${agentId}`)
      .set(...bearer(hr))
      .expect(200);
    expect(agent.body).toMatchObject({ status: 'DEPARTED', departureDate: '2026-04-01' });
  });

  it('appoints a transferred officer as operational with a firearm permit to request again', async () => {
    const { id } = await open('TRANSFER', '2026-03-01', 'BRIGADIER_CHEF_PRINCIPAL');
    await record(id, 'INTERVIEW', '2026-03-20').expect(201);
    const { agentId, nextMilestones } = (await record(id, 'APPOINTED', '2026-05-01').expect(201))
      .body as RecruitmentResponse;
    expect(nextMilestones).toEqual(['OPERATIONAL']);
    const agent = (
      await t.http
        .get(`/api/agents/${agentId}`)
        .set(...bearer(hr))
        .expect(200)
    ).body as AgentResponse;
    expect(agent.status).toBe('ACTIVE');
    expect(agent.qualifications).toEqual([
      expect.objectContaining({
        kind: 'FIREARM',
        pendingApproval: true,
        valid: false,
        issue: 'PENDING_APPROVAL',
      }),
    ]);
  });

  it('flags a recruitment waiting longer than the typical duration as stalled', async () => {
    const waiting = await open('COMPETITIVE_EXAM', '2026-05-16');
    expect(waiting).toMatchObject({ stalled: false, daysWaiting: 30 });
    const late = await open('COMPETITIVE_EXAM', '2026-05-15');
    expect(late).toMatchObject({ stalled: true, daysWaiting: 31 });
    const demo = await t.http
      .get('/api/recruitments?status=OPEN&limit=200')
      .set(...bearer(hr))
      .expect(200);
    const stalled = (demo.body.items as RecruitmentResponse[])
      .filter((r) => r.stalled)
      .map((r) => r.candidateName);
    expect(stalled).toContain('Kevin Dumont');
  });

  it('records one of two simultaneous identical milestones, and refuses the other', async () => {
    const { id } = await open('COMPETITIVE_EXAM');
    const results = await Promise.all([
      record(id, 'INTERVIEW', '2026-01-20'),
      record(id, 'INTERVIEW', '2026-01-21'),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual([201, 422]);
    expect(await eventsOf(id)).toBe(2);
  });

  it('keeps the history append-only, even against a hand-written statement', async () => {
    const { id } = await open('COMPETITIVE_EXAM');
    await expect(
      t.dataSource.query(`UPDATE recruitment_milestone SET date = '2020-01-01' WHERE recruitment_id = $1`, [
        id,
      ]),
    ).rejects.toThrow(/append-only/);
    await expect(
      t.dataSource.query(`DELETE FROM recruitment_milestone WHERE recruitment_id = $1`, [id]),
    ).rejects.toThrow(/append-only/);
  });

  it('refuses malformed input with 400 and unknown recruitments with 404', async () => {
    await t.http
      .post('/api/recruitments')
      .set(...bearer(hr))
      .send({ candidateName: 'X', route: 'TRANSFER', grade: 'ASVP' })
      .expect(400);
    await t.http
      .post('/api/recruitments')
      .set(...bearer(hr))
      .send({ candidateName: 'Yann Leroy', route: 'PISTON', grade: 'ASVP' })
      .expect(400);
    await t.http
      .post('/api/recruitments')
      .set(...bearer(hr))
      .send({ candidateName: 'Yann Leroy', route: 'TRANSFER', grade: 'ASVP', applicationDate: '2026-07-01' })
      .expect(400);
    const { id } = await open('COMPETITIVE_EXAM');
    await record(id, 'PROMOTED', '2026-02-01').expect(400);
    await record(id, 'INTERVIEW', '01/02/2026').expect(400);
    await t.http
      .post('/api/recruitments/00000000-0000-4000-8000-000000000000/milestones')
      .set(...bearer(hr))
      .send({ milestone: 'INTERVIEW', date: '2026-02-01' })
      .expect(404);
  });

  it.each(['superviseur', 'agent'] as const)('is closed to %s', async (login) => {
    const token = await t.tokenOf(login);
    await t.http
      .get('/api/recruitments')
      .set(...bearer(token))
      .expect(403);
    await t.http
      .post('/api/recruitments')
      .set(...bearer(token))
      .send({ candidateName: 'Yann Leroy', route: 'TRANSFER', grade: 'ASVP' })
      .expect(403);
  });
});
