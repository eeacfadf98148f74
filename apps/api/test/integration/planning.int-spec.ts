import {
  AbsenceResponse,
  GenerateShiftsResponse,
  PublicationResponse,
  RosterChangeResponse,
  RosterCheckResponse,
  ShiftResponse,
  ShiftTypeResponse,
} from '@vigie/shared';
import ICAL from 'ical.js';

import { Agent } from '../../src/modules/agents/agent.entity';
import { Shift } from '../../src/modules/planning/shift.entity';
import { everyPage, expectListContract } from '../support/pages';
import { bearer, createSignedInApp, TestApp } from '../support/test-app';

/** A Monday: the demo publishes this week and drafts the next one (with a violation and an uncovered night). */
const TODAY = '2026-06-15';
const THIS_WEEK = { from: '2026-06-15', to: '2026-06-21' };
const NEXT_WEEK = { from: '2026-06-22', to: '2026-06-28' };

describe('planning: shifts, publication, absences, schedules and feeds', () => {
  let t: TestApp;
  let chief: string;

  beforeAll(async () => {
    [t, chief] = await createSignedInApp({ today: TODAY }, 'chef');
  });
  afterAll(() => t.close());

  const agentId = async (lastName: string): Promise<string> =>
    (await t.dataSource.getRepository(Agent).findOneByOrFail({ lastName })).id;
  const week = ({ from, to }: { from: string; to: string }) => `from=${from}&to=${to}`;

  describe('the demo roster and its check', () => {
    it('lists this week’s shifts with their assignments, coverage and publication', async () => {
      const response = await t.http
        .get(`/api/shifts?limit=200&${week(THIS_WEEK)}`)
        .set(...bearer(chief))
        .expect(200);
      const shifts = response.body.items as ShiftResponse[];
      expect(shifts.length).toBeGreaterThan(35);
      expect(shifts.every((shift) => shift.published)).toBe(true);
      expect(shifts.filter((shift) => shift.typeCode === 'NUIT')).toHaveLength(7);
      const night = shifts.find((shift) => shift.typeCode === 'NUIT')!;
      expect(night).toMatchObject({
        label: 'Patrouille de nuit',
        startsAt: '2026-06-15T19:00:00.000Z',
        endsAt: '2026-06-16T03:00:00.000Z',
      });
    });

    it('finds next week’s deliberate rest violation and its uncovered night', async () => {
      const response = await t.http
        .get(`/api/roster/check?${week(NEXT_WEEK)}`)
        .set(...bearer(chief))
        .expect(200);
      const check = response.body as RosterCheckResponse;
      expect(check.violations.map((v) => v.rule)).toContain('DAILY_REST');
      expect(
        check.warnings.some(
          (w) => w.rule === 'UNDERSTAFFED' && w.message.includes('Patrouille de nuit du 27/06'),
        ),
      ).toBe(true);
      expect(check.violations.every((v) => /[a-zé]/.test(v.message) && v.severity === 'violation')).toBe(
        true,
      );
    });

    it('refuses to publish next week while hard violations remain, and publishes once they are fixed', async () => {
      const refused = await t.http
        .post('/api/roster/publish')
        .set(...bearer(chief))
        .send(NEXT_WEEK)
        .expect(422);
      expect(refused.body.detail).toMatch(/Publication du 22\/06\/2026 au 28\/06\/2026 refusée/);
      const rest = refused.body.violations.find((v: { rule: string }) => v.rule === 'DAILY_REST');
      await t.http
        .delete(`/api/shifts/${rest.shiftId}/assignments/${rest.agentId}`)
        .set(...bearer(chief))
        .expect(204);
      const again = await t.http
        .get(`/api/roster/check?${week(NEXT_WEEK)}`)
        .set(...bearer(chief))
        .expect(200);
      expect(again.body.violations).toEqual([]);
      const published = await t.http
        .post('/api/roster/publish')
        .set(...bearer(chief))
        .send(NEXT_WEEK)
        .expect(200);
      expect(published.body).toMatchObject({ from: '2026-06-22', to: '2026-06-28', publishedBy: 'chef' });
    });

    it('refuses publication to a supervisor (403)', async () => {
      await t.http
        .post('/api/roster/publish')
        .set(...bearer(await t.tokenOf('superviseur')))
        .send(THIS_WEEK)
        .expect(403);
    });
  });

  describe('generating the shifts of a week', () => {
    const generate = (period: { from: string; to: string }) =>
      t.http
        .post('/api/shifts/generate')
        .set(...bearer(chief))
        .send(period);
    const shiftCount = () => t.dataSource.getRepository(Shift).count();

    it('counts as created only the shifts it inserted, and the rest as already present', async () => {
      const august = { from: '2026-08-03', to: '2026-08-09' };
      const first = (await generate(august).expect(201)).body as GenerateShiftsResponse;
      expect(first.created).toBeGreaterThan(20);
      expect(first.alreadyPresent).toBe(0);
      expect(first.shifts).toHaveLength(first.created);

      const second = (await generate(august).expect(201)).body as GenerateShiftsResponse;
      expect(second).toMatchObject({ created: 0, alreadyPresent: first.created });
      expect(second.shifts.map((shift) => shift.id).sort()).toEqual(
        first.shifts.map((shift) => shift.id).sort(),
      );

      // One deleted by hand comes back, and only it is counted as created.
      await t.http
        .delete(`/api/shifts/${first.shifts[0].id}`)
        .set(...bearer(chief))
        .expect(204);
      const third = (await generate(august).expect(201)).body as GenerateShiftsResponse;
      expect(third).toMatchObject({ created: 1, alreadyPresent: first.created - 1 });
    });

    it('never counts a shift twice when two chiefs generate the same week at once', async () => {
      const september = { from: '2026-09-07', to: '2026-09-13' };
      const before = await shiftCount();
      const [a, b] = (await Promise.all([generate(september), generate(september)])).map(
        (response) => response.body as GenerateShiftsResponse,
      );
      const inserted = (await shiftCount()) - before;
      expect(a.created + b.created).toBe(inserted);
      expect(a.created + a.alreadyPresent).toBe(inserted);
      expect(b.created + b.alreadyPresent).toBe(inserted);
    });

    it('refuses a published week with 409 and a French reason, and creates nothing', async () => {
      const before = await shiftCount();
      const response = await generate(THIS_WEEK).expect(409);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.detail).toBe(
        'Planning publié du 15/06 au 21/06 : les créneaux ne sont plus générés sur une période publiée. ' +
          'Ajoutez un créneau à la main si besoin.',
      );
      expect(await shiftCount()).toBe(before);
    });

    it('names a published week PERIOD_PUBLISHED, a conflict by its category', async () => {
      const response = await generate(THIS_WEEK).expect(409);
      expect(response.body).toMatchObject({
        type: 'urn:vigie:problem:conflict',
        title: 'Conflit',
        code: 'CONFLICT',
        reason: 'PERIOD_PUBLISHED',
      });
    });
  });

  describe('what agents see', () => {
    it('shows an agent published days only, never drafts', async () => {
      const agent = await t.tokenOf('agent');
      const july = await t.http
        .post('/api/shifts/generate')
        .set(...bearer(chief))
        .send({ from: '2026-07-06', to: '2026-07-07' })
        .expect(201);
      expect(july.body.shifts.length).toBeGreaterThan(5);
      const asAgent = await t.http
        .get('/api/shifts?from=2026-07-06&to=2026-07-07')
        .set(...bearer(agent))
        .expect(200);
      expect(asAgent.body.items).toEqual([]);
      const asChief = await t.http
        .get('/api/shifts?from=2026-07-06&to=2026-07-07')
        .set(...bearer(chief))
        .expect(200);
      expect(asChief.body.items.length).toBe(july.body.shifts.length);
      const published = await t.http
        .get(`/api/shifts?${week(THIS_WEEK)}`)
        .set(...bearer(agent))
        .expect(200);
      expect(published.body.items.length).toBeGreaterThan(0);
    });

    it('records a change to a published day and lists it to the agent it touches', async () => {
      const me = (
        await t.http
          .get('/api/auth/me')
          .set(...bearer(await t.tokenOf('agent')))
          .expect(200)
      ).body as { agentId: string };
      const shifts = (
        await t.http
          .get(`/api/shifts?limit=200&${week(THIS_WEEK)}`)
          .set(...bearer(chief))
          .expect(200)
      ).body.items as ShiftResponse[];
      const mine = shifts.find((shift) => shift.assignments.some((a) => a.agentId === me.agentId))!;
      await t.http
        .delete(`/api/shifts/${mine.id}/assignments/${me.agentId}`)
        .set(...bearer(chief))
        .expect(204);
      const changes = await t.http
        .get('/api/me/roster-changes')
        .set(...bearer(await t.tokenOf('agent')))
        .expect(200);
      expect(changes.body.items[0]).toMatchObject({ action: 'UNASSIGNED', by: 'chef', read: false });
      expect(changes.body.items[0].summary).toMatch(/^Retiré de .+ du \d\d\/\d\d\/2026 \d\d:\d\d–\d\d:\d\d$/);
      await t.http
        .post('/api/me/roster-changes/read')
        .set(...bearer(await t.tokenOf('agent')))
        .expect(204);
      const read = await t.http
        .get('/api/me/roster-changes')
        .set(...bearer(await t.tokenOf('agent')))
        .expect(200);
      expect(read.body.items[0].read).toBe(true);
    });

    it('gives an agent his own schedule, not a colleague’s', async () => {
      const agent = await t.tokenOf('agent');
      const me = (
        await t.http
          .get('/api/auth/me')
          .set(...bearer(agent))
          .expect(200)
      ).body as { agentId: string };
      const schedule = await t.http
        .get(`/api/agents/${me.agentId}/schedule?${week(THIS_WEEK)}`)
        .set(...bearer(agent))
        .expect(200);
      expect(schedule.body).toMatchObject({ agentId: me.agentId, from: THIS_WEEK.from });
      expect(schedule.body.shifts.every((shift: ShiftResponse) => shift.published)).toBe(true);
      await t.http
        .get(`/api/agents/${await agentId('Dubois')}/schedule?${week(THIS_WEEK)}`)
        .set(...bearer(agent))
        .expect(404);
    });
  });

  describe('the private calendar feed', () => {
    it('serves a valid iCalendar with the Europe/Paris time zone, parsed back by ical.js, and stops the old link on renewal', async () => {
      const agent = await t.tokenOf('agent');
      const me = (
        await t.http
          .get('/api/auth/me')
          .set(...bearer(agent))
          .expect(200)
      ).body as { agentId: string };
      const link = await t.http
        .post(`/api/agents/${me.agentId}/calendar-token`)
        .set(...bearer(agent))
        .expect(201);
      const path = new URL(link.body.url).pathname;
      const feed = await t.http.get(path).expect(200);
      expect(feed.headers['content-type']).toContain('text/calendar');
      const calendar = new ICAL.Component(ICAL.parse(feed.text));
      const zone = calendar.getFirstSubcomponent('vtimezone');
      expect(zone?.getFirstPropertyValue('tzid')).toBe('Europe/Paris');
      ICAL.TimezoneService.register(zone!);
      const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
      const schedule = await t.http
        .get(`/api/agents/${me.agentId}/schedule?from=2026-05-16&to=2026-07-31`)
        .set(...bearer(agent))
        .expect(200);
      expect(events.length).toBe(schedule.body.shifts.length);
      expect(events.length).toBeGreaterThan(0);
      const first = events.sort((a, b) => a.startDate.compare(b.startDate))[0];
      expect(first.startDate.toJSDate().toISOString()).toBe(schedule.body.shifts[0].startsAt);
      expect(first.startDate.zone.tzid).toBe('Europe/Paris');
      expect(feed.text).toMatch(/^DTSTAMP:\d{8}T\d{6}Z\r$/m);

      await t.http
        .post(`/api/agents/${me.agentId}/calendar-token`)
        .set(...bearer(agent))
        .expect(201);
      await t.http.get(path).expect(404);
      await t.http.get('/api/calendar/nimportequoi.ics').expect(404);
    });

    it('does not let an agent create the link of a colleague', async () => {
      await t.http
        .post(`/api/agents/${await agentId('Dubois')}/calendar-token`)
        .set(...bearer(await t.tokenOf('agent')))
        .expect(404);
    });
  });

  describe('absences', () => {
    it('lets an agent request his own, not a colleague’s; the chief approves and sees the assignments to resolve', async () => {
      const agent = await t.tokenOf('agent');
      const me = (
        await t.http
          .get('/api/auth/me')
          .set(...bearer(agent))
          .expect(200)
      ).body as { agentId: string };
      await t.http
        .post('/api/absences')
        .set(...bearer(agent))
        .send({
          agentId: await agentId('Dubois'),
          kind: 'RTT',
          startsAt: '2026-06-24T00:00:00+02:00',
          endsAt: '2026-06-25T00:00:00+02:00',
        })
        .expect(403);
      const schedule = await t.http
        .get(`/api/agents/${me.agentId}/schedule?${week(NEXT_WEEK)}`)
        .set(...bearer(chief))
        .expect(200);
      const worked = schedule.body.shifts[0] as ShiftResponse;
      const request = await t.http
        .post('/api/absences')
        .set(...bearer(agent))
        .send({
          agentId: me.agentId,
          kind: 'RTT',
          startsAt: worked.startsAt,
          endsAt: worked.endsAt,
          note: 'Rendez-vous',
        })
        .expect(201);
      expect(request.body).toMatchObject({
        status: 'REQUESTED',
        agentName: 'Julien Lefebvre',
        conflicts: [],
      });
      await t.http
        .post(`/api/absences/${request.body.id}/decision`)
        .set(...bearer(agent))
        .send({ approved: true })
        .expect(403);
      const decided = await t.http
        .post(`/api/absences/${request.body.id}/decision`)
        .set(...bearer(chief))
        .send({ approved: true, note: 'Accordé' })
        .expect(200);
      const absence = decided.body as AbsenceResponse;
      expect(absence.status).toBe('APPROVED');
      expect(absence.conflicts).toEqual([
        expect.objectContaining({ rule: 'ABSENCE', shiftId: worked.id, agentId: me.agentId }),
      ]);
      await t.http
        .post(`/api/absences/${request.body.id}/decision`)
        .set(...bearer(chief))
        .send({ approved: false })
        .expect(409);
    });

    it('shows an agent his own absences only; supervisors all; HR none', async () => {
      const own = await t.http
        .get('/api/absences')
        .set(...bearer(await t.tokenOf('agent')))
        .expect(200);
      expect(new Set(own.body.items.map((a: AbsenceResponse) => a.agentName))).toEqual(
        new Set(['Julien Lefebvre']),
      );
      const all = await t.http
        .get('/api/absences')
        .set(...bearer(await t.tokenOf('superviseur')))
        .expect(200);
      expect(new Set(all.body.items.map((a: AbsenceResponse) => a.agentName)).size).toBeGreaterThan(2);
      await t.http
        .get('/api/absences')
        .set(...bearer(await t.tokenOf('rh')))
        .expect(403);
    });

    it('refuses an absence ending before it starts or lasting more than a year', async () => {
      const me = await agentId('Lefebvre');
      const agent = await t.tokenOf('agent');
      await t.http
        .post('/api/absences')
        .set(...bearer(agent))
        .send({
          agentId: me,
          kind: 'RTT',
          startsAt: '2026-07-02T00:00:00+02:00',
          endsAt: '2026-07-01T00:00:00+02:00',
        })
        .expect(400);
      await t.http
        .post('/api/absences')
        .set(...bearer(agent))
        .send({
          agentId: me,
          kind: 'RTT',
          startsAt: '2026-07-01T00:00:00+02:00',
          endsAt: '2027-08-01T00:00:00+02:00',
        })
        .expect(400);
      await t.http
        .post('/api/absences')
        .set(...bearer(agent))
        .send({
          agentId: me,
          kind: 'PARTY',
          startsAt: '2026-07-01T00:00:00+02:00',
          endsAt: '2026-07-02T00:00:00+02:00',
        })
        .expect(400);
    });
  });

  describe('shifts and shift types: bad input writes nothing', () => {
    it.each([
      [{ endsAt: '2026-07-01T05:00:00+02:00' }, 'endsAt', 400],
      [{ endsAt: '2026-07-15T06:00:00+02:00' }, 'endsAt', 400],
      [{ startsAt: 'demain' }, 'startsAt', 400],
      [{ minAgents: -1 }, 'minAgents', 400],
      [{ requirements: [{ kind: 'FIREARM', count: 9 }] }, 'requirements.0.count', 400],
      [{ shiftTypeId: '00000000-0000-4000-8000-000000000000' }, 'shiftTypeId', 422],
    ])('refuses %j (%s)', async (change, field, status) => {
      const types = (
        await t.http
          .get('/api/shift-types?limit=200')
          .set(...bearer(chief))
          .expect(200)
      ).body.items as ShiftTypeResponse[];
      const before = await t.dataSource.getRepository(Shift).count();
      const response = await t.http
        .post('/api/shifts')
        .set(...bearer(chief))
        .send({
          shiftTypeId: types[0].id,
          startsAt: '2026-07-01T06:00:00+02:00',
          endsAt: '2026-07-01T14:00:00+02:00',
          ...change,
        });
      expect(response.status).toBe(status);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
      expect(await t.dataSource.getRepository(Shift).count()).toBe(before);
    });

    it('creates an event shift with its own needs, and a shift type with a unique code', async () => {
      const types = (
        await t.http
          .get('/api/shift-types?limit=200')
          .set(...bearer(chief))
          .expect(200)
      ).body.items as ShiftTypeResponse[];
      const event = await t.http
        .post('/api/shifts')
        .set(...bearer(chief))
        .send({
          shiftTypeId: types.find((type) => type.code === 'MARCHE')!.id,
          startsAt: '2026-06-21T18:00:00+02:00',
          endsAt: '2026-06-22T01:00:00+02:00',
          label: 'Fête de la Musique — place du Bourg',
          minAgents: 4,
          requirements: [{ kind: 'FIREARM', count: 2 }],
        })
        .expect(201);
      expect(event.body).toMatchObject({
        label: 'Fête de la Musique — place du Bourg',
        minAgents: 4,
        coverage: { covered: false, assigned: 0 },
      });
      const created = await t.http
        .post('/api/shift-types')
        .set(...bearer(await t.tokenOf('superviseur')))
        .send({
          code: 'TOUR',
          label: 'Passage du Tour de France',
          startTime: '10:00',
          endTime: '18:00',
          minAgents: 6,
          colour: '#ffd600',
        })
        .expect(201);
      expect(created.body).toMatchObject({ categories: ['POLICE'], allowsTrainees: false, active: true });
      const duplicate = await t.http
        .post('/api/shift-types')
        .set(...bearer(chief))
        .send({ code: 'TOUR', label: 'Doublon', startTime: '10:00', endTime: '18:00', minAgents: 1 })
        .expect(409);
      expect(duplicate.body).toMatchObject({
        code: 'DUPLICATE',
        detail: 'Ce code de créneau existe déjà.',
        errors: [{ field: 'code', message: 'déjà utilisé' }],
      });
      await t.http
        .post('/api/shift-types')
        .set(...bearer(chief))
        .send({ code: 'X', label: 'Mauvais', startTime: '25:00', endTime: '18:00', minAgents: 1 })
        .expect(400);
    });

    it('names a taken shift-type code SHIFT_TYPE_CODE_TAKEN, a duplicate by its category', async () => {
      const type = {
        code: 'RONDE',
        label: 'Ronde de nuit',
        startTime: '22:00',
        endTime: '02:00',
        minAgents: 2,
      };
      await t.http
        .post('/api/shift-types')
        .set(...bearer(chief))
        .send(type)
        .expect(201);
      const duplicate = await t.http
        .post('/api/shift-types')
        .set(...bearer(chief))
        .send({ ...type, label: 'Ronde bis' })
        .expect(409);
      expect(duplicate.body).toMatchObject({
        type: 'urn:vigie:problem:duplicate',
        code: 'DUPLICATE',
        reason: 'SHIFT_TYPE_CODE_TAKEN',
        errors: [{ field: 'code', message: 'déjà utilisé' }],
      });
    });

    it('refuses to delete a published shift that has agents, and deletes a draft one', async () => {
      const published = (
        await t.http
          .get(`/api/shifts?limit=200&${week(THIS_WEEK)}`)
          .set(...bearer(chief))
          .expect(200)
      ).body.items as ShiftResponse[];
      const staffed = published.find((shift) => shift.assignments.length > 0)!;
      await t.http
        .delete(`/api/shifts/${staffed.id}`)
        .set(...bearer(chief))
        .expect(409);
      const draft = (
        await t.http
          .get('/api/shifts?from=2026-07-06&to=2026-07-06')
          .set(...bearer(chief))
          .expect(200)
      ).body.items as ShiftResponse[];
      await t.http
        .delete(`/api/shifts/${draft[0].id}`)
        .set(...bearer(chief))
        .expect(204);
    });

    it('refuses periods that are reversed or too long', async () => {
      await t.http
        .get('/api/shifts?from=2026-07-10&to=2026-07-01')
        .set(...bearer(chief))
        .expect(400);
      await t.http
        .get('/api/roster/check?from=2026-01-01&to=2026-12-31')
        .set(...bearer(chief))
        .expect(400);
      await t.http
        .get('/api/shifts?from=2026-02-30&to=2026-03-01')
        .set(...bearer(chief))
        .expect(400);
    });
  });

  it('exports a period as a French Excel CSV (BOM, semicolons)', async () => {
    const response = await t.http
      .get(`/api/roster/export.csv?${week(THIS_WEEK)}`)
      .set(...bearer(await t.tokenOf('superviseur')))
      .expect(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const text = response.text;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, first] = text.slice(1).split('\n');
    expect(header).toBe('Date;Début;Fin;Créneau;Matricule;Nom;Prénom;Grade');
    expect(first).toMatch(/^15\/06\/2026;\d\d:\d\d;\d\d:\d\d;[^;]+;[A-Z]{2}-\d{4};/);
  });

  it('exports a shift label written like a formula as text, not as a live formula', async () => {
    const types = (
      await t.http
        .get('/api/shift-types?limit=200')
        .set(...bearer(chief))
        .expect(200)
    ).body.items as ShiftTypeResponse[];
    const label = '=HYPERLINK("http://exemple.invalid/x";"Cliquez")';
    const shift = await t.http
      .post('/api/shifts')
      .set(...bearer(chief))
      .send({
        shiftTypeId: types.find((type) => type.code === 'MARCHE')!.id,
        startsAt: '2026-09-09T08:00:00+02:00',
        endsAt: '2026-09-09T12:00:00+02:00',
        label,
      })
      .expect(201);
    const me = (
      await t.http
        .get('/api/auth/me')
        .set(...bearer(await t.tokenOf('agent')))
        .expect(200)
    ).body as { agentId: string };
    await t.http
      .put(`/api/shifts/${shift.body.id}/assignments/${me.agentId}`)
      .set(...bearer(chief))
      .expect(200);
    const response = await t.http
      .get('/api/roster/export.csv?from=2026-09-07&to=2026-09-13')
      .set(...bearer(chief))
      .expect(200);
    const line = response.text.split('\n').find((row) => row.includes('HYPERLINK'));
    // Quoted by CSV (it holds `;` and `"`), and the cell starts with `'`: Excel shows it as text.
    expect(line).toContain(`;"'=HYPERLINK(""http://exemple.invalid/x"";""Cliquez"")";`);
  });

  it('lists the shift types in pages, as every list of the API', async () => {
    const all = await t.http
      .get('/api/shift-types?limit=200')
      .set(...bearer(chief))
      .expect(200);
    const types = all.body.items as ShiftTypeResponse[];
    expect(types.length).toBeGreaterThan(3);
    expect(all.body.nextCursor).toBeNull();
    const paged: ShiftTypeResponse[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: ShiftTypeResponse[]; nextCursor: string | null } } = await t.http
        .get(`/api/shift-types?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
        .set(...bearer(await t.tokenOf('agent')))
        .expect(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      paged.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(paged.map((type) => type.id)).toEqual(types.map((type) => type.id));
    const starts = types.map((type) => type.startTime);
    expect(starts).toEqual([...starts].sort());
    await t.http
      .get('/api/shift-types?cursor=pas-un-curseur')
      .set(...bearer(chief))
      .expect(400);
  });

  describe('lists in pages, as every list of the API', () => {
    const ids = (items: { id: string }[]) => items.map((item) => item.id);

    it('gives the shifts of a period by start then id, page after page, within the period', async () => {
      const fortnight = week({ from: THIS_WEEK.from, to: NEXT_WEEK.to });
      const all = (
        await t.http
          .get(`/api/shifts?limit=200&${fortnight}`)
          .set(...bearer(chief))
          .expect(200)
      ).body as { items: ShiftResponse[]; nextCursor: string | null };
      // Two weeks hold more shifts than a default page: the first page says there is more.
      expect(all.items.length).toBeGreaterThan(50);
      expect(all.nextCursor).toBeNull();
      const first = await t.http
        .get(`/api/shifts?${fortnight}`)
        .set(...bearer(chief))
        .expect(200);
      expect(first.body.items).toHaveLength(50);
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const keys = all.items.map((shift) => [shift.startsAt, shift.id].join(' '));
      expect(keys).toEqual([...keys].sort());
      expect(
        all.items.every(
          (shift) =>
            shift.startsAt >= '2026-06-14T22:00:00.000Z' && shift.startsAt < '2026-06-28T22:00:00.000Z',
        ),
      ).toBe(true);
      const paged = await everyPage<ShiftResponse>(t.http, `/api/shifts?${fortnight}`, chief, 7);
      expect(paged.pages).toBeGreaterThan(2);
      expect(ids(paged.items)).toEqual(ids(all.items));
      expect((await everyPage<ShiftResponse>(t.http, `/api/shifts?${fortnight}`, chief, 50)).items).toEqual(
        all.items,
      );
      // An agent pages through the published days only (August is a draft).
      await t.http
        .post('/api/shifts/generate')
        .set(...bearer(chief))
        .send({ from: '2026-08-03', to: '2026-08-04' })
        .expect(201);
      const summer = week({ from: THIS_WEEK.from, to: '2026-08-04' });
      const drafted = (
        await t.http
          .get(`/api/shifts?limit=200&${summer}`)
          .set(...bearer(chief))
          .expect(200)
      ).body.items as ShiftResponse[];
      const agent = await t.tokenOf('agent');
      const published = (
        await t.http
          .get(`/api/shifts?limit=200&${summer}`)
          .set(...bearer(agent))
          .expect(200)
      ).body.items as ShiftResponse[];
      expect(published.length).toBeGreaterThan(0);
      expect(published.length).toBeLessThan(drafted.length);
      expect(published.every((shift) => shift.published)).toBe(true);
      expect(ids((await everyPage<ShiftResponse>(t.http, `/api/shifts?${summer}`, agent, 5)).items)).toEqual(
        ids(published),
      );
      await expectListContract(t.http, `/api/shifts?${week(THIS_WEEK)}`, chief);
    });

    it('gives the absences latest first, page after page, with their filters', async () => {
      const supervisor = await t.tokenOf('superviseur');
      const me = await agentId('Lefebvre');
      for (const day of ['2026-10-05', '2026-10-12', '2026-10-19']) {
        await t.http
          .post('/api/absences')
          .set(...bearer(chief))
          .send({
            agentId: me,
            kind: 'ANNUAL_LEAVE',
            startsAt: `${day}T00:00:00+02:00`,
            endsAt: `${day}T23:59:00+02:00`,
          })
          .expect(201);
      }
      const all = (
        await t.http
          .get('/api/absences?limit=200')
          .set(...bearer(supervisor))
          .expect(200)
      ).body.items as AbsenceResponse[];
      expect(all.length).toBeGreaterThan(4);
      const starts = all.map((absence) => absence.startsAt);
      expect(starts).toEqual([...starts].sort().reverse());
      const paged = await everyPage<AbsenceResponse>(t.http, '/api/absences', supervisor, 2);
      expect(paged.pages).toBeGreaterThan(2);
      expect(ids(paged.items)).toEqual(ids(all));
      const approved = all.filter((absence) => absence.status === 'APPROVED');
      expect(approved.length).toBeGreaterThan(2);
      expect(
        ids((await everyPage<AbsenceResponse>(t.http, '/api/absences?status=APPROVED', supervisor, 2)).items),
      ).toEqual(ids(approved));
      await expectListContract(t.http, '/api/absences', supervisor);
    });

    it('gives the publications of a period latest first, page after page', async () => {
      for (const period of [
        { from: '2027-01-04', to: '2027-01-10' },
        { from: '2027-01-11', to: '2027-01-17' },
        { from: '2027-01-18', to: '2027-01-24' },
      ]) {
        await t.http
          .post('/api/roster/publish')
          .set(...bearer(chief))
          .send(period)
          .expect(200);
      }
      const path = '/api/roster/publications?from=2026-06-01&to=2027-01-31';
      const all = (
        await t.http
          .get(`${path}&limit=200`)
          .set(...bearer(chief))
          .expect(200)
      ).body.items as PublicationResponse[];
      expect(all.length).toBeGreaterThan(3);
      expect(all.slice(0, 3).map((publication) => publication.from)).toEqual([
        '2027-01-18',
        '2027-01-11',
        '2027-01-04',
      ]);
      const instants = all.map((publication) => publication.publishedAt);
      expect(instants).toEqual([...instants].sort().reverse());
      const agent = await t.tokenOf('agent');
      const paged = await everyPage<PublicationResponse>(t.http, path, agent, 1);
      expect(paged.pages).toBe(all.length);
      expect(ids(paged.items)).toEqual(ids(all));
      const one = await t.http
        .get('/api/roster/publications?from=2027-01-11&to=2027-01-17')
        .set(...bearer(agent))
        .expect(200);
      expect(one.body.items.map((publication: PublicationResponse) => publication.from)).toEqual([
        '2027-01-11',
      ]);
      await expectListContract(t.http, path, chief);
    });

    it('gives an agent the changes to his planning latest first, page after page', async () => {
      const agent = await t.tokenOf('agent');
      const me = await agentId('Lefebvre');
      const shifts = (
        await t.http
          .get(`/api/shifts?limit=200&${week(THIS_WEEK)}`)
          .set(...bearer(chief))
          .expect(200)
      ).body.items as ShiftResponse[];
      const mine = shifts.find((shift) => shift.assignments.some((a) => a.agentId === me))!;
      for (let round = 0; round < 2; round += 1) {
        await t.http
          .delete(`/api/shifts/${mine.id}/assignments/${me}`)
          .set(...bearer(chief))
          .expect(204);
        await t.http
          .put(`/api/shifts/${mine.id}/assignments/${me}`)
          .set(...bearer(chief))
          .expect(200);
      }
      const all = (
        await t.http
          .get('/api/me/roster-changes?limit=200')
          .set(...bearer(agent))
          .expect(200)
      ).body.items as RosterChangeResponse[];
      expect(all.length).toBeGreaterThan(3);
      expect(all.slice(0, 4).map((change) => change.action)).toEqual([
        'ASSIGNED',
        'UNASSIGNED',
        'ASSIGNED',
        'UNASSIGNED',
      ]);
      const order = all.map((change) => BigInt(change.id));
      expect(order.every((id, index) => index === 0 || id < order[index - 1])).toBe(true);
      const paged = await everyPage<RosterChangeResponse>(t.http, '/api/me/roster-changes', agent, 1);
      expect(paged.pages).toBe(all.length);
      expect(ids(paged.items)).toEqual(ids(all));
      await expectListContract(t.http, '/api/me/roster-changes', agent);
    });
  });

  it('applies the role matrix of planning routes', async () => {
    const cases: [string, 'get' | 'post', string, number][] = [
      ['rh', 'get', `/api/roster/check?${week(THIS_WEEK)}`, 403],
      ['agent', 'get', `/api/roster/check?${week(THIS_WEEK)}`, 403],
      ['superviseur', 'get', `/api/roster/check?${week(THIS_WEEK)}`, 200],
      ['agent', 'get', '/api/shift-types', 200],
      ['agent', 'post', '/api/shift-types', 403],
      ['rh', 'get', `/api/shifts?${week(THIS_WEEK)}`, 200],
      ['agent', 'get', `/api/roster/export.csv?${week(THIS_WEEK)}`, 403],
      ['agent', 'post', '/api/shifts/generate', 403],
    ];
    for (const [login, method, path, status] of cases) {
      const response = await t.http[method](path)
        .set(...bearer(await t.tokenOf(login as 'agent')))
        .send(method === 'post' ? {} : undefined);
      expect({ login, path, status: response.status }).toEqual({ login, path, status });
    }
  });
});
