import {
  LeaveKind,
  ShiftResponse,
  TimeAccountResponse,
  TimeAccountSummaryPageResponse,
  WorkedTimeResponse,
} from '@vigie/shared';

import { AuditEvent } from '../../src/common/audit/audit-event.entity';
import { Agent } from '../../src/modules/agents/agent.entity';
import { Absence } from '../../src/modules/planning/absence.entity';
import { TimeAccountOpening } from '../../src/modules/time-accounts/time-account-opening.entity';
import { TimeCounting } from '../../src/modules/time-accounts/time-counting.entity';
import { WorkedTime } from '../../src/modules/time-accounts/worked-time.entity';
import { bearer, createTestApp, TestApp } from '../support/test-app';

/** A Wednesday, 12:00 in Paris: the demo's week (published) has begun, Monday and Tuesday are past. */
const TODAY = '2026-06-17';
const HOUR = 3_600_000;
const iso = (ms: number): string => new Date(ms).toISOString();

describe('time accounts (issue 22)', () => {
  let t: TestApp;
  let chief: string;
  let supervisor: string;
  let agent: string;
  let hr: string;
  let me: string;
  let other: string;
  let shifts: ShiftResponse[];

  beforeAll(async () => {
    t = await createTestApp({ today: TODAY });
    [chief, supervisor, agent, hr] = await Promise.all(
      (['chef', 'superviseur', 'agent', 'rh'] as const).map((login) => t.tokenOf(login)),
    );
    me = (await t.meOf('agent')).agentId!;
    other = (await t.meOf('chef')).agentId!;
    const page = await t.http
      .get('/api/shifts?from=2026-06-15&to=2026-06-21&limit=100')
      .set(...bearer(chief))
      .expect(200);
    shifts = page.body.items as ShiftResponse[];
  });
  afterAll(() => t.close());

  const now = (): number => Date.parse(`${TODAY}T10:00:00Z`);
  const account = async (token = agent, id = me): Promise<TimeAccountResponse> =>
    (
      await t.http
        .get(`/api/agents/${id}/time-account?year=2026`)
        .set(...bearer(token))
        .expect(200)
    ).body as TimeAccountResponse;
  const mine = (): ShiftResponse[] =>
    shifts.filter((shift) => shift.assignments.some((assignment) => assignment.agentId === me));
  const workedCount = (): Promise<number> => t.dataSource.getRepository(WorkedTime).count();
  const overtimeOf = (a: TimeAccountResponse): number =>
    a.overtime.day + a.overtime.night + a.overtime.sunday + a.overtime.holiday;

  it('opens the account on the first published day of a roster begun in the year, its balance measured to date', async () => {
    const [span] = await t.owner.query<{ first: string; last: string }[]>(
      `SELECT to_char(min(from_date), 'YYYY-MM-DD') AS first, to_char(max(to_date), 'YYYY-MM-DD') AS last
         FROM roster_publication`,
    );
    const mineNow = await account();
    expect(mineNow.countedFrom).toBe(span.first);
    expect(mineNow.countedTo).toBe(span.last);
    // The year's due hours count from the opening; those to date up to the last published day.
    const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
    expect(mineNow.hoursDue).toBeCloseTo((1607 * days(span.first, '2026-12-31')) / 365, 1);
    expect(mineNow.hoursDueToDate).toBeCloseTo((1607 * days(span.first, span.last)) / 365, 1);
    // A week or two of the demo's roster against the same weeks' due hours: not a year's.
    expect(Math.abs(mineNow.balanceToDate)).toBeLessThan(35);
    expect(mineNow.projectedBalance).toBeLessThan(-500);
  });

  it('seeds the demo with an overrun after an arrest, a recall on a rest day and an overrun turned into rest', async () => {
    const seeded = await t.dataSource.getRepository(WorkedTime).find({ order: { startsAt: 'ASC' } });
    expect(seeded.map((record) => [record.compensation, record.reason.split(/[ ,:]/)[0]]).sort()).toEqual([
      ['PAYMENT', 'Interpellation'],
      ['PAYMENT', 'Rappelé'],
      ['REST', 'Accident'],
    ]);
    const summary = await t.http
      .get('/api/time-accounts?year=2026&limit=100')
      .set(...bearer(chief))
      .expect(200);
    const withOvertime = (summary.body as TimeAccountSummaryPageResponse).items.filter(
      (item) => item.overtimeTotal > 0,
    );
    expect(withOvertime).toHaveLength(2);
  });

  describe('who reads what', () => {
    it('lets an agent read his own account, not a colleague’s (404, as every own-row route)', async () => {
      const own = await account();
      // Its hours due count from the demo roster's first published day (see the opening test above).
      expect(own).toMatchObject({ agentId: me, year: 2026, hoursDraft: 0 });
      expect(own.leave.map((balance) => balance.kind)).toEqual(Object.values(LeaveKind));
      await t.http
        .get(`/api/agents/${other}/time-account`)
        .set(...bearer(agent))
        .expect(404);
      await t.http
        .get(`/api/agents/${other}/worked`)
        .set(...bearer(agent))
        .expect(404);
      await t.http
        .get('/api/time-accounts')
        .set(...bearer(agent))
        .expect(403);
      await t.http
        .get('/api/time-accounts/export.csv?month=2026-06')
        .set(...bearer(agent))
        .expect(403);
    });

    it('lets HR read every account and the export, still not the main courante nor write worked time', async () => {
      const page = await t.http
        .get('/api/time-accounts?year=2026&limit=5')
        .set(...bearer(hr))
        .expect(200);
      const body = page.body as TimeAccountSummaryPageResponse;
      expect(body.items).toHaveLength(5);
      expect(body.nextCursor).toEqual(expect.any(String));
      const drift = body.items.map((item) => Math.abs(item.balanceToDate));
      expect(drift).toEqual([...drift].sort((a, b) => b - a));
      await account(hr, other);
      await t.http
        .get('/api/incidents')
        .set(...bearer(hr))
        .expect(403);
      await t.http
        .put(`/api/shifts/${mine()[0].id}/worked/${me}`)
        .set(...bearer(hr))
        .send({ startsAt: mine()[0].startsAt, endsAt: mine()[0].endsAt, reason: 'Essai' })
        .expect(403);
    });

    it('pages the overview to its end without repeating anybody', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor ? `&cursor=${cursor}` : '';
        const response = await t.http
          .get(`/api/time-accounts?year=2026&limit=7${query}`)
          .set(...bearer(supervisor))
          .expect(200);
        const body = response.body as TimeAccountSummaryPageResponse;
        seen.push(...body.items.map((item) => item.agentId));
        cursor = body.nextCursor;
      } while (cursor);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toContain(me);
    });
  });

  describe('worked time', () => {
    it('records an overrun after an arrest: overtime by kind, the account follows, the agent sees the reason', async () => {
      const done = new Set(
        (await t.dataSource.getRepository(WorkedTime).findBy({ agentId: me })).map((w) => w.shiftId),
      );
      const shift = mine().find((s) => Date.parse(s.endsAt) < now() && !done.has(s.id))!;
      const before = await account();
      const end = Date.parse(shift.endsAt) + 2 * HOUR;
      const recorded = await t.http
        .put(`/api/shifts/${shift.id}/worked/${me}`)
        .set(...bearer(supervisor))
        .send({ startsAt: shift.startsAt, endsAt: iso(end), reason: 'Interpellation en fin de service' })
        .expect(200);
      const worked = recorded.body as WorkedTimeResponse;
      expect(worked).toMatchObject({
        shiftId: shift.id,
        agentId: me,
        plannedStartsAt: new Date(shift.startsAt).toISOString(),
        compensation: 'PAYMENT',
        recordedByName: expect.any(String),
        version: 1,
      });
      expect(
        worked.overtime.day + worked.overtime.night + worked.overtime.sunday + worked.overtime.holiday,
      ).toBe(2);

      const after = await account();
      expect(after.hoursWorked).toBeCloseTo(before.hoursWorked + 2, 5);
      expect(overtimeOf(after)).toBeCloseTo(overtimeOf(before) + 2, 5);

      const seen = await t.http
        .get(`/api/agents/${me}/worked?year=2026`)
        .set(...bearer(agent))
        .expect(200);
      expect(seen.body.items).toContainEqual(
        expect.objectContaining({ reason: 'Interpellation en fin de service' }),
      );
      const ofShift = await t.http
        .get(`/api/shifts/${shift.id}/worked`)
        .set(...bearer(chief))
        .expect(200);
      expect(ofShift.body).toEqual({ items: [expect.objectContaining({ id: worked.id })], nextCursor: null });
      const audit = await t.dataSource.getRepository(AuditEvent).findOneBy({ entityId: worked.id });
      expect(audit).toMatchObject({ action: 'RECORD_WORKED', entity: 'worked_time' });

      // A correction naming the version it read wins once; a stale one is a conflict (nothing written).
      const corrected = await t.http
        .put(`/api/shifts/${shift.id}/worked/${me}`)
        .set(...bearer(chief))
        .send({
          startsAt: shift.startsAt,
          endsAt: iso(end - HOUR),
          reason: 'Heure de fin corrigée',
          version: 1,
        })
        .expect(200);
      await t.http
        .put(`/api/shifts/${shift.id}/worked/${me}`)
        .set(...bearer(supervisor))
        .send({ startsAt: shift.startsAt, endsAt: iso(end + HOUR), reason: 'Autre correction', version: 1 })
        .expect(409);
      expect(corrected.body).toMatchObject({ id: worked.id, version: 2, reason: 'Heure de fin corrigée' });
      expect(overtimeOf(await account())).toBeCloseTo(overtimeOf(before) + 1, 5);
      // Without a version, a PUT is what API.md says: the same body again, the same record.
      const again = await t.http
        .put(`/api/shifts/${shift.id}/worked/${me}`)
        .set(...bearer(chief))
        .send({ startsAt: shift.startsAt, endsAt: iso(end - HOUR), reason: 'Heure de fin corrigée' })
        .expect(200);
      expect(again.body).toMatchObject({ id: worked.id, version: 3, endsAt: iso(end - HOUR) });
    });

    it('records a recall on a rest day as overtime whole, turned into recovery when chosen so', async () => {
      // Clear of his shifts, and of the hour of overrun recorded above.
      const busy = mine().map((s) => [Date.parse(s.startsAt) - 2 * HOUR, Date.parse(s.endsAt) + 2 * HOUR]);
      const recall = shifts.find(
        (s) =>
          Date.parse(s.endsAt) < now() &&
          !s.assignments.some((a) => a.agentId === me) &&
          busy.every(([from, to]) => Date.parse(s.endsAt) <= from || Date.parse(s.startsAt) >= to),
      )!;
      const before = await account();
      const recovery = (a: TimeAccountResponse) => a.leave.find((b) => b.kind === LeaveKind.RECOVERY)!;
      const response = await t.http
        .put(`/api/shifts/${recall.id}/worked/${me}`)
        .set(...bearer(supervisor))
        .send({
          startsAt: recall.startsAt,
          endsAt: recall.endsAt,
          reason: 'Rappelé sur repos',
          compensation: 'REST',
        })
        .expect(200);
      const hours = (Date.parse(recall.endsAt) - Date.parse(recall.startsAt)) / HOUR;
      expect(response.body).toMatchObject({
        plannedStartsAt: null,
        plannedEndsAt: null,
        compensation: 'REST',
      });
      const after = await account();
      expect(after.hoursWorked).toBeCloseTo(before.hoursWorked + hours, 5);
      expect(overtimeOf(after)).toBeCloseTo(overtimeOf(before), 5);
      expect(recovery(after).entitled).toBeCloseTo(recovery(before).entitled + hours, 5);
      const june = after.overtimeMonths.find((month) => month.month === '2026-06')!;
      expect(june.rested).toBeCloseTo(hours, 5);
    });

    it('keeps a shift whose worked time is on record: its deletion is refused in French', async () => {
      const [record] = await t.dataSource.getRepository(WorkedTime).find({ take: 1 });
      const refused = await t.http
        .delete(`/api/shifts/${record.shiftId}?confirm=true`)
        .set(...bearer(chief))
        .expect(422);
      expect(refused.body.detail).toBe(
        'Du temps travaillé est enregistré sur ce créneau (paie, récupération) : il ne peut plus être supprimé.',
      );
      expect(await t.dataSource.getRepository(WorkedTime).existsBy({ id: record.id })).toBe(true);
    });

    it('refuses a shift to come, overlapping time and bad input, writing nothing, in French problem+json', async () => {
      const count = await workedCount();
      const future = mine().find((s) => Date.parse(s.startsAt) > now() + 24 * HOUR)!;
      const refused = await t.http
        .put(`/api/shifts/${future.id}/worked/${me}`)
        .set(...bearer(supervisor))
        .send({ startsAt: future.startsAt, endsAt: future.endsAt, reason: 'Trop tôt' })
        .expect(422);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.body).toMatchObject({
        reason: 'WORKED_IN_FUTURE',
        detail: expect.stringContaining('pas encore'),
      });

      // A shift he was not on, at the same time as one he was on: he cannot have worked both.
      const past = mine().filter((s) => Date.parse(s.endsAt) < now());
      const elsewhere = shifts.find(
        (s) =>
          Date.parse(s.endsAt) < now() &&
          !s.assignments.some((a) => a.agentId === me) &&
          past.some(
            (m) =>
              Date.parse(m.startsAt) < Date.parse(s.endsAt) && Date.parse(m.endsAt) > Date.parse(s.startsAt),
          ),
      )!;
      expect(elsewhere).toBeDefined();
      const overlap = await t.http
        .put(`/api/shifts/${elsewhere.id}/worked/${me}`)
        .set(...bearer(supervisor))
        .send({ startsAt: elsewhere.startsAt, endsAt: elsewhere.endsAt, reason: 'Chevauche' })
        .expect(422);
      expect(overlap.body).toMatchObject({
        reason: 'WORKED_OVERLAP',
        detail: expect.stringContaining('chevauchent'),
      });

      const first = past[0];
      const shift = first;
      const cases: [Record<string, unknown>, number][] = [
        [{ startsAt: shift.endsAt, endsAt: shift.startsAt, reason: 'À l’envers' }, 400],
        [
          {
            startsAt: shift.startsAt,
            endsAt: iso(Date.parse(shift.startsAt) + 25 * HOUR),
            reason: 'Trop long',
          },
          400,
        ],
        [{ startsAt: shift.startsAt, endsAt: shift.endsAt, reason: '  a ' }, 400],
        [{ startsAt: shift.startsAt, endsAt: shift.endsAt, reason: 'Motif', compensation: 'CASH' }, 400],
        [{ startsAt: '2026-06-15T25:00:00+02:00', endsAt: shift.endsAt, reason: 'Motif' }, 400],
        [{ startsAt: shift.startsAt, endsAt: shift.endsAt, reason: 'Motif', version: 0 }, 400],
        [{ startsAt: shift.startsAt, endsAt: shift.endsAt, reason: 'x'.repeat(501) }, 400],
        [{ startsAt: 12, endsAt: null, reason: ['a'] }, 400],
      ];
      for (const [body, status] of cases) {
        const response = await t.http
          .put(`/api/shifts/${shift.id}/worked/${me}`)
          .set(...bearer(supervisor))
          .send(body)
          .expect(status);
        expect(response.body.title).toMatch(/^[A-ZÀ-Ý]/);
      }
      await t.http
        .put(`/api/shifts/not-a-uuid/worked/${me}`)
        .set(...bearer(supervisor))
        .send({ startsAt: shift.startsAt, endsAt: shift.endsAt, reason: 'Motif' })
        .expect(404);
      await t.http
        .put(`/api/shifts/${shift.id}/worked/00000000-0000-4000-8000-000000000000`)
        .set(...bearer(supervisor))
        .send({ startsAt: shift.startsAt, endsAt: shift.endsAt, reason: 'Motif' })
        .expect(404);
      for (const query of ['year=1999', 'year=abc', 'year=2026.5', 'cursor=%%%', 'limit=0']) {
        await t.http
          .get(`/api/time-accounts?${query}`)
          .set(...bearer(chief))
          .expect(400);
      }
      for (const month of ['2026-13', '2026-6', '', 'juin']) {
        await t.http
          .get(`/api/time-accounts/export.csv?month=${month}`)
          .set(...bearer(hr))
          .expect(400);
      }
      expect(await workedCount()).toBe(count);
    });
  });

  describe('the payroll export', () => {
    it('opens in French Excel and its figures equal the account’s for the month', async () => {
      const response = await t.http
        .get('/api/time-accounts/export.csv?month=2026-06')
        .set(...bearer(hr))
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(response.headers['content-type']).toContain('text/csv');
      const bytes = response.body as Buffer;
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.toString('utf8').slice(1).trim().split(/\r?\n/);
      const header = lines[0].split(';');
      expect(header.slice(0, 4)).toEqual(['Matricule', 'Nom', 'Prénom', 'HS jour']);

      const own = await account(chief, me);
      const line = lines.find((l) => l.startsWith(`${own.matricule};`))!.split(';');
      const column = (name: string): number => Number(line[header.indexOf(name)].replace(',', '.'));
      const june = own.overtimeMonths.find((month) => month.month === '2026-06')!;
      expect(column('HS jour')).toBeCloseTo(june.paid.day, 2);
      expect(column('HS nuit')).toBeCloseTo(june.paid.night, 2);
      expect(column('HS dimanche')).toBeCloseTo(june.paid.sunday, 2);
      expect(column('HS jour férié')).toBeCloseTo(june.paid.holiday, 2);
      expect(column('Heures en repos compensateur')).toBeCloseTo(june.rested, 2);
      expect(
        column('HS jour') + column('HS nuit') + column('HS dimanche') + column('HS jour férié'),
      ).toBeGreaterThan(0);
      expect(line[header.indexOf('HS jour')]).toMatch(/^\d+,\d{2}$/);
      // One line per agent in the service that month.
      const agents = await t.dataSource.getRepository(Agent).find();
      const serving = agents.filter(
        (a) => a.hireDate <= '2026-06-30' && (a.departureDate ?? '9999') >= '2026-06-01',
      );
      expect(lines.length - 1).toBe(serving.length);
    });
  });

  describe('leave balances', () => {
    const leave = (agentId: string, days: number, extra: Record<string, unknown> = {}) => ({
      agentId,
      kind: 'ANNUAL_LEAVE',
      startsAt: '2026-09-07T00:00:00+02:00',
      endsAt: new Date(Date.parse('2026-09-07T00:00:00+02:00') + days * 24 * HOUR).toISOString(),
      ...extra,
    });

    it('refuses an absence beyond its balance unless the chief gives his reason, recorded and audited', async () => {
      const absences = await t.dataSource.getRepository(Absence).count();
      const refused = await t.http
        .post('/api/absences')
        .set(...bearer(agent))
        .send(leave(me, 42))
        .expect(422);
      expect(refused.body).toMatchObject({
        reason: 'LEAVE_BALANCE_EXCEEDED',
        detail: expect.stringContaining('Solde insuffisant'),
      });
      await t.http
        .post('/api/absences')
        .set(...bearer(agent))
        .send(leave(me, 42, { balanceOverride: 'Je le veux' }))
        .expect(400);
      await t.http
        .post('/api/absences')
        .set(...bearer(chief))
        .send(leave(me, 42))
        .expect(422);
      expect(await t.dataSource.getRepository(Absence).count()).toBe(absences);

      const overridden = await t.http
        .post('/api/absences')
        .set(...bearer(chief))
        .send(leave(me, 42, { balanceOverride: 'Report exceptionnel accordé par le maire' }))
        .expect(201);
      expect(overridden.body).toMatchObject({
        status: 'APPROVED',
        balanceOverride: 'Report exceptionnel accordé par le maire',
      });
      const audit = await t.dataSource.getRepository(AuditEvent).findOneBy({ entityId: overridden.body.id });
      expect(audit?.details).toMatchObject({ balanceOverride: 'Report exceptionnel accordé par le maire' });
      const annual = (await account()).leave.find((b) => b.kind === LeaveKind.ANNUAL_LEAVE)!;
      expect(annual.remaining).toBeLessThan(0);
    });

    it('lets a request within the balance through, and the seeded absences fit theirs', async () => {
      await t.http
        .post('/api/absences')
        .set(...bearer(hr))
        .send(leave(me, 1))
        .expect(403);
      const summary = await t.http
        .get('/api/time-accounts?year=2026&limit=100')
        .set(...bearer(chief))
        .expect(200);
      for (const item of (summary.body as TimeAccountSummaryPageResponse).items) {
        if (item.agentId === me) continue;
        const own = await account(chief, item.agentId);
        for (const balance of own.leave) expect(balance.remaining).toBeGreaterThanOrEqual(0);
      }
    });
  });

  describe('staff Vigie does not roster', () => {
    const agentNamed = (lastName: string): Promise<Agent> =>
      t.dataSource.getRepository(Agent).findOneByOrFail({ lastName });
    const overview = async () =>
      (
        (
          await t.http
            .get('/api/time-accounts?year=2026&limit=100')
            .set(...bearer(chief))
            .expect(200)
        ).body as TimeAccountSummaryPageResponse
      ).items;

    it('counts administrative staff by their office week, and does not put them first for want of a roster', async () => {
      const dupont = await agentNamed('Dupont');
      const boucher = await agentNamed('Boucher');
      const own = await account(chief, dupont.id);
      expect(own.countedBy).toMatchObject({
        basis: 'SCHEDULE',
        chosen: false,
        weekdays: [1, 2, 3, 4, 5],
        dailyHours: 7,
        label: 'Horaire fixe : lundi–vendredi, 7 h par jour',
      });
      expect(own.countedBy.hoursScheduled).toBeGreaterThan(0);
      // Her RTT follow her week: 35 h earn none (the ARTT protocol's 37 h is for those on no week).
      expect(own.leave.find((balance) => balance.kind === LeaveKind.RTT)?.entitled).toBe(0);
      // Half time: 3 h 30 a day.
      expect((await account(chief, boucher.id)).countedBy.dailyHours).toBe(3.5);
      const items = await overview();
      const rank = (id: string) => items.findIndex((item) => item.agentId === id);
      expect(items.find((item) => item.agentId === dupont.id)).toMatchObject({ basis: 'SCHEDULE' });
      // Their weeks are worked as they owe them: near their due hours, far from the top.
      expect(Math.abs(own.balanceToDate)).toBeLessThan(10);
      expect(rank(dupont.id)).toBeGreaterThan(2);
      expect(rank(boucher.id)).toBeGreaterThan(2);
    });

    it('counts a recruit’s FIA days as worked, from his recruitment’s « Début de formation »', async () => {
      const [row] = await t.owner.query<{ agentId: string; started: string }[]>(
        `SELECT r.agent_id AS "agentId", to_char(m.date, 'YYYY-MM-DD') AS started
           FROM recruitment r JOIN recruitment_milestone m ON m.recruitment_id = r.id
           JOIN agent a ON a.id = r.agent_id
          WHERE m.milestone = 'TRAINING_STARTED' AND a.status = 'IN_TRAINING'
          ORDER BY m.date DESC LIMIT 1`,
      );
      const own = await account(chief, row.agentId);
      expect(own.countedBy.basis).toBe('ROSTER');
      expect(own.countedBy.training?.from).toBe(row.started < '2026-01-01' ? '2026-01-01' : row.started);
      expect(own.countedBy.label).toContain('formation initiale (FIA) depuis le');
      expect(own.countedBy.hoursScheduled).toBeGreaterThan(0);
      expect(Math.abs(own.balanceToDate)).toBeLessThan(10);
    });

    it('lets the chief or HR count an agent by a fixed week, audited with the reason, and back to his default', async () => {
      const petit = await agentNamed('Petit');
      const set = await t.http
        .put(`/api/agents/${petit.id}/time-counting`)
        .set(...bearer(hr))
        .send({ basis: 'SCHEDULE', weekdays: [1, 2, 3, 4], dailyHours: 8.75, reason: 'Affectée au guichet' })
        .expect(200);
      expect((set.body as TimeAccountResponse).countedBy).toMatchObject({
        basis: 'SCHEDULE',
        chosen: true,
        weekdays: [1, 2, 3, 4],
        dailyHours: 8.75,
        label: 'Horaire fixe : lundi–jeudi, 8 h 45 par jour',
      });
      const audit = await t.dataSource
        .getRepository(AuditEvent)
        .findOneByOrFail({ action: 'SET_TIME_COUNTING', entityId: petit.id });
      expect(audit.details).toMatchObject({ reason: 'Affectée au guichet', before: null });

      const back = await t.http
        .put(`/api/agents/${petit.id}/time-counting`)
        .set(...bearer(chief))
        .send({ reason: 'Retour en brigade' })
        .expect(200);
      expect((back.body as TimeAccountResponse).countedBy).toMatchObject({ basis: 'ROSTER', chosen: false });
      expect(await t.dataSource.getRepository(TimeCounting).countBy({ agentId: petit.id })).toBe(0);
    });

    it('refuses bad input and the roles that may not, in French, writing nothing', async () => {
      const petit = await agentNamed('Petit');
      const url = `/api/agents/${petit.id}/time-counting`;
      const count = () => t.dataSource.getRepository(TimeCounting).count();
      const before = await count();
      const twice = await t.http
        .put(url)
        .set(...bearer(chief))
        .send({ basis: 'SCHEDULE', weekdays: [1, 1], reason: 'Essai' })
        .expect(400);
      expect(twice.headers['content-type']).toContain('application/problem+json');
      expect(twice.body).toMatchObject({ reason: 'TIME_SCHEDULE_INVALID' });
      expect(JSON.stringify(twice.body)).toContain('un jour figure deux fois');
      const tooLong = await t.http
        .put(url)
        .set(...bearer(chief))
        .send({ basis: 'SCHEDULE', weekdays: [1, 2, 3, 4, 5, 6], dailyHours: 9, reason: 'Essai' })
        .expect(400);
      expect(JSON.stringify(tooLong.body)).toContain('48 h par semaine au plus');
      for (const body of [
        { basis: 'SCHEDULE', weekdays: [8], reason: 'Essai' },
        { basis: 'SCHEDULE', dailyHours: 11, reason: 'Essai' },
        { basis: 'BOTH', reason: 'Essai' },
        { basis: 'SCHEDULE' },
        { basis: 'SCHEDULE', reason: '  ' },
      ]) {
        await t.http
          .put(url)
          .set(...bearer(chief))
          .send(body)
          .expect(400);
      }
      await t.http
        .put(`/api/agents/00000000-0000-4000-8000-000000000000/time-counting`)
        .set(...bearer(chief))
        .send({ basis: 'SCHEDULE', reason: 'Essai' })
        .expect(404);
      for (const token of [agent, supervisor]) {
        await t.http
          .put(url)
          .set(...bearer(token))
          .send({ basis: 'SCHEDULE', reason: 'Essai' })
          .expect(403);
      }
      expect(await count()).toBe(before);
    });
  });

  describe('the balance carried in at the opening', () => {
    const url = () => `/api/agents/${me}/time-account/opening`;
    const opening = {
      year: 2026,
      hours: 12.5,
      annualLeaveTaken: 5,
      rttTaken: 2,
      reason: 'Reprise du tableur 2026',
    };

    it('moves the balance and the leave taken, audited, in the account and the payroll export', async () => {
      const before = await account(chief, me);
      const set = await t.http
        .put(url())
        .set(...bearer(hr))
        .send(opening)
        .expect(200);
      const after = set.body as TimeAccountResponse;
      expect(after.opening).toMatchObject({ ...opening, version: 1 });
      expect(after.balanceToDate).toBeCloseTo(before.balanceToDate + 12.5, 2);
      expect(after.projectedBalance).toBeCloseTo(before.projectedBalance + 12.5, 2);
      const taken = (a: TimeAccountResponse, kind: LeaveKind) => a.leave.find((b) => b.kind === kind)!.taken;
      expect(taken(after, LeaveKind.ANNUAL_LEAVE)).toBeCloseTo(taken(before, LeaveKind.ANNUAL_LEAVE) + 5, 2);
      expect(taken(after, LeaveKind.RTT)).toBeCloseTo(taken(before, LeaveKind.RTT) + 2, 2);
      // The agent sees it on his own account.
      expect((await account()).opening?.hours).toBe(12.5);
      const audit = await t.dataSource
        .getRepository(AuditEvent)
        .findOneByOrFail({ action: 'SET_TIME_OPENING', entityId: me });
      expect(audit.details).toMatchObject({ year: 2026, reason: 'Reprise du tableur 2026', before: null });

      const csv = await t.http
        .get('/api/time-accounts/export.csv?month=2026-06')
        .set(...bearer(hr))
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      const lines = (csv.body as Buffer).toString('utf8').slice(1).trim().split(/\r?\n/);
      const header = lines[0].split(';');
      const line = lines.find((l) => l.startsWith(`${after.matricule};`))!.split(';');
      expect(line[header.indexOf('Solde d’ouverture (h)')]).toBe('12,50');
      expect(line[header.indexOf('Solde à date (h)')]).toBe(after.balanceToDate.toFixed(2).replace('.', ','));
      expect(line[header.indexOf('Décompte')]).toBe('Planning Vigie');
    });

    it('replaces it at the version read; a stale version is 409', async () => {
      const replaced = await t.http
        .put(url())
        .set(...bearer(chief))
        .send({ ...opening, hours: -3, version: 1 })
        .expect(200);
      expect((replaced.body as TimeAccountResponse).opening).toMatchObject({ hours: -3, version: 2 });
      await t.http
        .put(url())
        .set(...bearer(chief))
        .send({ ...opening, version: 1 })
        .expect(409);
    });

    it('refuses bad input, an agent and a supervisor, in French, writing nothing', async () => {
      const count = () => t.dataSource.getRepository(TimeAccountOpening).count();
      const before = await count();
      const half = await t.http
        .put(url())
        .set(...bearer(chief))
        .send({ ...opening, annualLeaveTaken: 2.3 })
        .expect(400);
      expect(half.body).toMatchObject({ reason: 'TIME_OPENING_INVALID' });
      expect(JSON.stringify(half.body)).toContain('demi-journées');
      const hired = (await t.dataSource.getRepository(Agent).findOneByOrFail({ id: me })).hireDate;
      const early = Number(hired.slice(0, 4)) - 1;
      const notYet = await t.http
        .put(url())
        .set(...bearer(chief))
        .send({ ...opening, year: early })
        .expect(400);
      expect(JSON.stringify(notYet.body)).toContain(`n’est pas en service en ${early}`);
      for (const body of [
        { ...opening, hours: 'douze' },
        { ...opening, hours: 5000 },
        { ...opening, rttTaken: -1 },
        { ...opening, year: 1999 },
        { ...opening, reason: 'ok' },
        { hours: 1, reason: 'Sans année' },
      ]) {
        const refused = await t.http
          .put(url())
          .set(...bearer(chief))
          .send(body)
          .expect(400);
        expect(refused.headers['content-type']).toContain('application/problem+json');
      }
      for (const token of [agent, supervisor]) {
        await t.http
          .put(url())
          .set(...bearer(token))
          .send(opening)
          .expect(403);
      }
      expect(await count()).toBe(before);
    });
  });
});
