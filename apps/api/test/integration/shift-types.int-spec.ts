import {
  GenerateShiftsResponse,
  PlanResponse,
  SchoolCalendarResponse,
  ShiftResponse,
  ShiftTypeResponse,
} from '@vigie/shared';

import { DEMO_PASSWORD } from '../../src/database/seed/demo-seed';
import { PLATFORM_LOGIN, POOLED_CHIEF } from '../../src/database/seed/services.seed';
import { Agent } from '../../src/modules/agents/agent.entity';
import { SchoolHoliday } from '../../src/modules/planning/school-holiday.entity';
import { Shift } from '../../src/modules/planning/shift.entity';
import { ShiftType } from '../../src/modules/planning/shift-type.entity';
import { bearer, createSignedInApp, TestApp } from '../support/test-app';

const TODAY = '2026-06-15';

/** Shift types' patterns (weekdays, public holidays, school days), grades, archive; the school calendar. */
describe('shift types, their patterns and the school calendar', () => {
  let t: TestApp;
  let chief: string;
  let supervisor: string;

  beforeAll(async () => {
    [t, chief, supervisor] = await createSignedInApp(
      { today: TODAY, env: { PLANNER_TIME_LIMIT_SECONDS: '3' } },
      'chef',
      'superviseur',
    );
  });
  afterAll(() => t.close());

  let counter = 0;
  const code = () => `ESSAI_${++counter}`;
  const typeCount = () => t.dataSource.getRepository(ShiftType).count();
  const createType = (body: object, token = chief) =>
    t.http
      .post('/api/shift-types')
      .set(...bearer(token))
      .send({
        code: code(),
        label: 'Sortie d’école Bourg',
        startTime: '16:15',
        endTime: '17:00',
        minAgents: 1,
        ...body,
      });
  const patch = (id: string, body: object, token = chief) =>
    t.http
      .patch(`/api/shift-types/${id}`)
      .set(...bearer(token))
      .send(body);
  const generate = (from: string, to: string, shiftTypeIds?: string[]) =>
    t.http
      .post('/api/shifts/generate')
      .set(...bearer(chief))
      .send({ from, to, ...(shiftTypeIds ? { shiftTypeIds } : {}) });
  const ofType = (response: GenerateShiftsResponse, typeId: string): ShiftResponse[] =>
    response.shifts.filter((shift) => shift.shiftTypeId === typeId);

  describe('creating and editing a type', () => {
    it('creates a type running every day, holidays included, for every grade, unless told otherwise', async () => {
      const type = (await createType({}).expect(201)).body as ShiftTypeResponse;
      expect(type).toMatchObject({
        weekdays: [1, 2, 3, 4, 5, 6, 7],
        grades: null,
        publicHolidays: true,
        schoolDaysOnly: false,
        active: true,
      });
    });

    it('keeps every field of the creation, and changes each of them with PATCH', async () => {
      const type = (
        await createType({
          weekdays: [5, 1, 2, 4],
          grades: ['GARDIEN_BRIGADIER', 'ASVP'],
          categories: ['POLICE', 'ASVP'],
          publicHolidays: false,
          schoolDaysOnly: true,
          allowsTrainees: true,
        }).expect(201)
      ).body as ShiftTypeResponse;
      expect(type).toMatchObject({
        weekdays: [1, 2, 4, 5],
        grades: ['GARDIEN_BRIGADIER', 'ASVP'],
        categories: ['POLICE', 'ASVP'],
        publicHolidays: false,
        schoolDaysOnly: true,
        allowsTrainees: true,
      });

      const changed = (
        await patch(type.id, {
          version: type.version,
          label: '  Sortie d’école Mitterie ',
          startTime: '11:20',
          endTime: '12:10',
          minAgents: 2,
          requirements: [{ kind: 'FIRST_AID', count: 1 }],
          requiredForAll: ['BATON'],
          categories: ['ASVP'],
          grades: null,
          allowsTrainees: false,
          colour: '#ff8800',
          weekdays: [1, 2, 3, 4, 5],
          publicHolidays: true,
          schoolDaysOnly: false,
        }).expect((response) => expect(response.body).toMatchObject({ version: type.version + 1 }))
      ).body as ShiftTypeResponse;
      expect(changed).toMatchObject({
        label: 'Sortie d’école Mitterie',
        startTime: '11:20',
        endTime: '12:10',
        minAgents: 2,
        requirements: [{ kind: 'FIRST_AID', count: 1 }],
        requiredForAll: ['BATON'],
        categories: ['ASVP'],
        grades: null,
        allowsTrainees: false,
        colour: '#ff8800',
        weekdays: [1, 2, 3, 4, 5],
        publicHolidays: true,
        schoolDaysOnly: false,
        version: type.version + 1,
      });

      // A stale version is refused and changes nothing.
      await patch(type.id, { version: type.version, label: 'Trop tard' }).expect(409);
      expect((await t.dataSource.getRepository(ShiftType).findOneByOrFail({ id: type.id })).label).toBe(
        'Sortie d’école Mitterie',
      );
    });

    it.each([
      ['no weekday', { weekdays: [] }, 'weekdays'],
      ['a weekday 0', { weekdays: [0, 1] }, 'weekdays'],
      ['a weekday 8', { weekdays: [8] }, 'weekdays'],
      ['a weekday twice', { weekdays: [1, 1] }, 'weekdays'],
      ['a weekday as text', { weekdays: ['lundi'] }, 'weekdays'],
      ['an unknown grade', { grades: ['GENERAL'] }, 'grades'],
      ['an empty grade list', { grades: [] }, 'grades'],
      ['a grade outside the categories', { grades: ['ASVP'], categories: ['POLICE'] }, 'grades.0'],
      ['a school-days flag as text', { schoolDaysOnly: 'oui' }, 'schoolDaysOnly'],
      ['a holidays flag as text', { publicHolidays: 'non' }, 'publicHolidays'],
    ])('refuses %s with a French 400 and writes nothing', async (_, body, field) => {
      const before = await typeCount();
      const response = await createType(body).expect(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
      expect(response.body.detail).toMatch(/^Données invalides/);
      expect(await typeCount()).toBe(before);
    });

    it('names the refusal of a grade outside the categories, on a creation and on a PATCH', async () => {
      const created = await createType({ grades: ['ASVP'], categories: ['POLICE'] }).expect(400);
      expect(created.body).toMatchObject({
        code: 'VALIDATION',
        reason: 'SHIFT_TYPE_GRADE_OUTSIDE_CATEGORIES',
      });
      const type = (await createType({ categories: ['POLICE', 'ASVP'], grades: ['ASVP'] }).expect(201))
        .body as ShiftTypeResponse;
      const patched = await patch(type.id, { version: type.version, categories: ['POLICE'] }).expect(400);
      expect(patched.body).toMatchObject({
        code: 'VALIDATION',
        reason: 'SHIFT_TYPE_GRADE_OUTSIDE_CATEGORIES',
      });
    });

    it('refuses a PATCH listing a grade its categories exclude, and leaves the type as it was', async () => {
      const type = (await createType({ categories: ['POLICE'] }).expect(201)).body as ShiftTypeResponse;
      const response = await patch(type.id, { version: type.version, grades: ['ADMINISTRATIVE'] }).expect(
        400,
      );
      expect(response.body.errors[0]).toMatchObject({ field: 'grades.0' });
      expect(response.body.errors[0].message).toContain('Agent administratif');
      await patch(type.id, { version: type.version, weekdays: [9] }).expect(400);
      await patch(type.id, { version: type.version, inconnu: true }).expect(400);
      const stored = await t.dataSource.getRepository(ShiftType).findOneByOrFail({ id: type.id });
      expect(stored).toMatchObject({ version: type.version, grades: null, weekdays: [1, 2, 3, 4, 5, 6, 7] });
    });

    it('lets a supervisor create and edit, refuses an agent and HR (403) and writes nothing', async () => {
      const type = (await createType({}, supervisor).expect(201)).body as ShiftTypeResponse;
      await patch(type.id, { version: type.version, weekdays: [6, 7] }, supervisor).expect(200);
      const before = await typeCount();
      for (const login of ['agent', 'rh'] as const) {
        const token = await t.tokenOf(login);
        await createType({}, token).expect(403);
        await patch(type.id, { version: type.version + 1, weekdays: [1] }, token).expect(403);
      }
      expect(await typeCount()).toBe(before);
      const stored = await t.dataSource.getRepository(ShiftType).findOneByOrFail({ id: type.id });
      expect(stored.weekdays).toEqual([6, 7]);
    });
  });

  describe('generating shifts from the patterns', () => {
    it('puts a Monday–Friday school-days type on school days only, honestly counted', async () => {
      const type = (
        await createType({ weekdays: [1, 2, 3, 4, 5], schoolDaysOnly: true, publicHolidays: false }).expect(
          201,
        )
      ).body as ShiftTypeResponse;
      // 11–17 May 2026: Ascension on Thursday 14, no class on Friday 15 (bridge).
      const may = (await generate('2026-05-11', '2026-05-17', [type.id]).expect(201))
        .body as GenerateShiftsResponse;
      expect(may.created).toBe(3);
      expect(ofType(may, type.id).map((shift) => shift.startsAt)).toEqual([
        '2026-05-11T14:15:00.000Z',
        '2026-05-12T14:15:00.000Z',
        '2026-05-13T14:15:00.000Z',
      ]);
      const again = (await generate('2026-05-11', '2026-05-17', [type.id]).expect(201))
        .body as GenerateShiftsResponse;
      expect(again).toMatchObject({ created: 0, alreadyPresent: 3, notices: [] });

      // Spring holidays of zone B: 11–26 April 2026. The first Monday of classes after them counts.
      const spring = (await generate('2026-04-20', '2026-04-27', [type.id]).expect(201))
        .body as GenerateShiftsResponse;
      expect(spring.created).toBe(1);
      expect(ofType(spring, type.id)[0].startsAt).toBe('2026-04-27T14:15:00.000Z');
    });

    it('keeps a type off a public holiday falling on a weekday unless it works holidays', async () => {
      const off = (await createType({ weekdays: [1, 2, 3, 4, 5], publicHolidays: false }).expect(201))
        .body as ShiftTypeResponse;
      const on = (await createType({ weekdays: [1, 2, 3, 4, 5] }).expect(201)).body as ShiftTypeResponse;
      // Tuesday 14 July 2026, in the summer holidays (no school rule here).
      const week = (await generate('2026-07-13', '2026-07-19', [off.id, on.id]).expect(201))
        .body as GenerateShiftsResponse;
      expect(ofType(week, off.id)).toHaveLength(4);
      expect(ofType(week, on.id)).toHaveLength(5);
      expect(week.created).toBe(9);
    });

    it('keeps local times across the change to summer time', async () => {
      const night = (
        await createType({
          weekdays: [6],
          startTime: '21:00',
          endTime: '05:00',
          label: 'Nuit du samedi',
        }).expect(201)
      ).body as ShiftTypeResponse;
      // Saturday 28 March 2026, clocks go forward at 02:00: a night of 7 hours.
      const week = (await generate('2026-03-23', '2026-03-29', [night.id]).expect(201))
        .body as GenerateShiftsResponse;
      expect(ofType(week, night.id).map(({ startsAt, endsAt }) => ({ startsAt, endsAt }))).toEqual([
        { startsAt: '2026-03-28T20:00:00.000Z', endsAt: '2026-03-29T03:00:00.000Z' },
      ]);
    });

    it('says when the school calendar does not reach the period, and generates no school shift there', async () => {
      const type = (await createType({ weekdays: [1, 2, 3, 4, 5], schoolDaysOnly: true }).expect(201))
        .body as ShiftTypeResponse;
      const response = (await generate('2027-09-06', '2027-09-12', [type.id]).expect(201))
        .body as GenerateShiftsResponse;
      expect(response.created).toBe(0);
      expect(response.notices).toEqual([
        'Calendrier scolaire inconnu du 06/09/2027 au 12/09/2027 : « Sortie d’école Bourg » n’y a pas été généré. ' +
          'Mettez à jour le calendrier scolaire.',
      ]);
    });

    it('stops generating and offering an archived type, and keeps the shifts it already has', async () => {
      const type = (await createType({ label: 'Parc des sports' }).expect(201)).body as ShiftTypeResponse;
      const first = (await generate('2026-08-03', '2026-08-04', [type.id]).expect(201))
        .body as GenerateShiftsResponse;
      expect(first.created).toBe(2);
      const archived = (await patch(type.id, { version: type.version, active: false }).expect(200))
        .body as ShiftTypeResponse;
      expect(archived.active).toBe(false);

      const all = (await generate('2026-08-10', '2026-08-11').expect(201)).body as GenerateShiftsResponse;
      expect(ofType(all, type.id)).toEqual([]);
      const refused = await generate('2026-08-10', '2026-08-11', [type.id]).expect(422);
      expect(refused.body.detail).toContain('« Parc des sports » est archivé');
      const shifts = t.dataSource.getRepository(Shift);
      const before = await shifts.count();
      const manual = await t.http
        .post('/api/shifts')
        .set(...bearer(chief))
        .send({
          shiftTypeId: type.id,
          startsAt: '2026-08-12T08:00:00+02:00',
          endsAt: '2026-08-12T12:00:00+02:00',
        })
        .expect(422);
      expect(manual.body.errors[0]).toMatchObject({ field: 'shiftTypeId' });
      expect(await shifts.count()).toBe(before);
      expect(await shifts.countBy({ shiftTypeId: type.id })).toBe(2);

      const listed = await t.http
        .get('/api/shift-types')
        .set(...bearer(chief))
        .expect(200);
      expect(listed.body.items.find((item: ShiftTypeResponse) => item.id === type.id)).toMatchObject({
        active: false,
      });
    });
  });

  describe('grades', () => {
    const agentId = async (lastName: string) =>
      (await t.dataSource.getRepository(Agent).findOneByOrFail({ lastName })).id;
    const nightType = () => t.dataSource.getRepository(ShiftType).findOneByOrFail({ code: 'NUIT' });

    it('refuses the cheffe de service on a demo night patrol (422 naming the rule, her and the shift)', async () => {
      const type = await nightType();
      expect(type.grades).not.toContain('CHEF_DE_SERVICE_PRINCIPAL_1');
      const night = (
        await t.http
          .post('/api/shifts')
          .set(...bearer(chief))
          .send({
            shiftTypeId: type.id,
            startsAt: '2026-07-01T21:00:00+02:00',
            endsAt: '2026-07-02T05:00:00+02:00',
            label: 'Nuit de renfort',
          })
          .expect(201)
      ).body as ShiftResponse;
      expect(night.grades).toEqual(type.grades);
      const delattre = await agentId('Delattre');
      const response = await t.http
        .put(`/api/shifts/${night.id}/assignments/${delattre}`)
        .set(...bearer(chief))
        .expect(422);
      expect(response.body.violations).toEqual([
        expect.objectContaining({ rule: 'GRADE_NOT_ALLOWED', agentId: delattre, shiftId: night.id }),
      ]);
      expect(response.body.detail).toBe(
        'Sophie Delattre (chef de service principal de 1re classe) ne peut pas être affecté à Nuit de renfort du 01/07 : ' +
          'ce grade n’est pas admis sur ce service',
      );
      const after = await t.http
        .get('/api/shifts?from=2026-07-01&to=2026-07-01')
        .set(...bearer(chief))
        .expect(200);
      expect(after.body.items.find((shift: ShiftResponse) => shift.id === night.id).assignments).toEqual([]);
    });

    it('never proposes an excluded grade in the automatic planning', async () => {
      const type = await nightType();
      // A week when the demo's firearm permits are still valid (they lapse in July).
      await generate('2026-06-29', '2026-07-05').expect(201);
      const response = await t.http
        .post('/api/roster/plan')
        .set(...bearer(chief))
        .send({ from: '2026-06-29', to: '2026-07-05', apply: false })
        .expect(200);
      const plan = response.body as PlanResponse;
      const nights = new Set(
        (await t.dataSource.getRepository(Shift).findBy({ shiftTypeId: type.id })).map((shift) => shift.id),
      );
      const delattre = await agentId('Delattre');
      expect(plan.assignments.filter((a) => nights.has(a.shiftId)).length).toBeGreaterThan(0);
      expect(plan.assignments.filter((a) => nights.has(a.shiftId) && a.agentId === delattre)).toEqual([]);
    });
  });

  describe('the school calendar', () => {
    const read = async (token = chief) =>
      (
        await t.http
          .get('/api/school-calendar')
          .set(...bearer(token))
          .expect(200)
      ).body as SchoolCalendarResponse;
    const replace = (body: object, token = chief) =>
      t.http
        .put('/api/school-calendar')
        .set(...bearer(token))
        .send(body);
    const stored = () => t.dataSource.getRepository(SchoolHoliday).count();

    it('ships zone B’s holidays of two school years with their source, and metropolitan public holidays', async () => {
      const calendar = await read(supervisor);
      expect(calendar.zone).toBe('B');
      expect(calendar.periods).toContainEqual(
        expect.objectContaining({ start: '2026-02-14', end: '2026-03-01', label: 'Vacances d’hiver' }),
      );
      expect(calendar.periods.some((period) => period.start.startsWith('2027-'))).toBe(true);
      expect(calendar.periods.every((period) => period.source.includes('education.gouv.fr'))).toBe(true);
      const holidays = calendar.publicHolidays.map((holiday) => holiday.date);
      expect(holidays).toEqual(
        expect.arrayContaining(['2026-05-14', '2026-05-25', '2026-07-14', '2026-11-11']),
      );
      // Alsace-Moselle's Good Friday and Saint-Étienne are not Lille's; Pentecost Sunday is no public holiday.
      expect(holidays).not.toContain('2026-04-03');
      expect(holidays).not.toContain('2026-12-26');
      expect(holidays).not.toContain('2026-05-24');
    });

    it.each([
      [
        'an end before the start',
        [{ start: '2026-11-10', end: '2026-11-01', label: 'Essai', source: 'Rectorat' }],
        'periods.0.end',
      ],
      [
        'two overlapping periods',
        [
          { start: '2026-11-01', end: '2026-11-10', label: 'Un', source: 'Rectorat' },
          { start: '2026-11-05', end: '2026-11-12', label: 'Deux', source: 'Rectorat' },
        ],
        'periods.1.start',
      ],
      [
        'a period without source',
        [{ start: '2026-11-01', end: '2026-11-02', label: 'Essai' }],
        'periods.0.source',
      ],
      [
        'a date that is not one',
        [{ start: '2026-02-30', end: '2026-03-02', label: 'Essai', source: 'R' + 'x' }],
        'periods.0.start',
      ],
    ])('refuses %s with a French 400 and keeps the calendar', async (_, periods, field) => {
      const before = await stored();
      const response = await replace({ periods }).expect(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
      expect(await stored()).toBe(before);
    });

    it('names its refusals: a period ending before its first day, two overlapping periods', async () => {
      const before = await read();
      const reversed = await replace({
        periods: [{ start: '2026-11-10', end: '2026-11-01', label: 'Essai', source: 'Rectorat' }],
      }).expect(400);
      expect(reversed.body).toMatchObject({ code: 'VALIDATION', reason: 'SCHOOL_PERIOD_ENDS_BEFORE_START' });
      const overlapping = await replace({
        periods: [
          { start: '2026-11-01', end: '2026-11-10', label: 'Un', source: 'Rectorat' },
          { start: '2026-11-10', end: '2026-11-12', label: 'Deux', source: 'Rectorat' },
        ],
      }).expect(400);
      expect(overlapping.body).toMatchObject({ code: 'VALIDATION', reason: 'SCHOOL_PERIODS_OVERLAP' });
      // Back to back is no overlap.
      await replace({
        periods: [
          { start: '2026-11-01', end: '2026-11-10', label: 'Un', source: 'Rectorat' },
          { start: '2026-11-11', end: '2026-11-12', label: 'Deux', source: 'Rectorat' },
        ],
      }).expect(200);
      await replace({ periods: before.periods }).expect(200);
    });

    it('is each service’s own: the pooled chief’s zone and holidays leave Lomme’s as they are', async () => {
      const lomme = await read();
      const pooled = (
        await t.http
          .post('/api/auth/login')
          .send({ login: POOLED_CHIEF.login, password: DEMO_PASSWORD })
          .expect(200)
      ).body.accessToken as string;
      const own = await read(pooled);
      expect(own.zone).toBe('B');
      expect(own.periods).toEqual(lomme.periods);
      const ownClosure = {
        start: '2026-11-23',
        end: '2026-11-24',
        label: 'Fermeture',
        source: 'Mairie de Lompret',
      };

      // An académie of its own calendar (zone: null), then zone A: the zone and its holidays change together.
      const none = await replace({ zone: null, periods: [ownClosure] }, pooled).expect(200);
      expect(none.body).toMatchObject({ zone: null, periods: [ownClosure] });
      const zoneA = await replace({ zone: 'A', periods: [] }, pooled).expect(200);
      expect(zoneA.body).toMatchObject({ zone: 'A', periods: [] });
      // Without a zone, the zone is kept.
      expect((await replace({ periods: [ownClosure] }, pooled).expect(200)).body).toMatchObject({
        zone: 'A',
        periods: [ownClosure],
      });
      const wrong = await replace({ zone: 'D', periods: [] }, pooled).expect(400);
      expect(wrong.body.errors.map((error: { field: string }) => error.field)).toEqual(['zone']);
      expect(await read(pooled)).toMatchObject({ zone: 'A', periods: [ownClosure] });
      expect(await read()).toEqual(lomme);

      // Two replacements at once: one of them, whole, never both.
      const other = { ...ownClosure, start: '2026-12-01', end: '2026-12-02' };
      await Promise.all([
        replace({ periods: [ownClosure] }, pooled).expect(200),
        replace({ periods: [other] }, pooled).expect(200),
      ]);
      expect((await read(pooled)).periods).toHaveLength(1);
      await replace({ zone: 'B', periods: own.periods }, pooled).expect(200);
    });

    it('opens a new service in its académie’s zone, with the holidays shipped for it (zone B’s only)', async () => {
      const platform = (
        await t.http
          .post('/api/auth/login')
          .send({ login: PLATFORM_LOGIN, password: DEMO_PASSWORD })
          .expect(200)
      ).body.accessToken as string;
      const open = async (
        name: string,
        inseeCode: string,
        login: string,
      ): Promise<SchoolCalendarResponse> => {
        await t.http
          .post('/api/platform/services')
          .set(...bearer(platform))
          .send({
            name,
            kind: 'COMMUNE',
            inseeCodes: [inseeCode],
            chief: { login, displayName: 'Marc Dufour', password: 'Brume-Canal-Orties-59' },
          })
          .expect(201);
        const token = (
          await t.http.post('/api/auth/login').send({ login, password: 'Brume-Canal-Orties-59' }).expect(200)
        ).body.accessToken as string;
        return read(token);
      };
      const amiens = await open('Police municipale d’Amiens', '80021', 'chef.amiens');
      expect(amiens.zone).toBe('B');
      expect(amiens.periods).toEqual((await read()).periods);
      expect(await open('Police municipale de Toulouse', '31555', 'chef.toulouse')).toMatchObject({
        zone: 'C',
        periods: [],
      });
      expect(await open('Police municipale d’Ajaccio', '2A004', 'chef.ajaccio')).toMatchObject({
        zone: null,
        periods: [],
      });
    });

    it('lets only the chief replace it (403 to the others, nothing written)', async () => {
      const before = await read();
      for (const login of ['superviseur', 'agent', 'rh'] as const) {
        await replace({ periods: [] }, await t.tokenOf(login)).expect(403);
      }
      await t.http
        .get('/api/school-calendar')
        .set(...bearer(await t.tokenOf('agent')))
        .expect(403);
      expect((await read()).periods).toEqual(before.periods);
    });

    it('is followed by the next generation once the chief replaces it', async () => {
      const type = (await createType({ weekdays: [1, 2, 3, 4, 5], schoolDaysOnly: true }).expect(201))
        .body as ShiftTypeResponse;
      const before = await read();
      const closure = {
        start: '2026-06-01',
        end: '2026-06-05',
        label: 'Fermeture exceptionnelle',
        source: 'Arrêté du recteur de l’académie de Lille',
      };
      const replaced = (await replace({ periods: [...before.periods, closure] }).expect(200))
        .body as SchoolCalendarResponse;
      expect(replaced.periods).toContainEqual(closure);
      const week = (await generate('2026-06-01', '2026-06-07', [type.id]).expect(201))
        .body as GenerateShiftsResponse;
      expect(week.created).toBe(0);
      await replace({ periods: before.periods }).expect(200);
      const again = (await generate('2026-06-01', '2026-06-07', [type.id]).expect(201))
        .body as GenerateShiftsResponse;
      expect(again.created).toBe(5);
    });
  });
});
