import { WeaponIssuePageResponse, WeaponIssueResponse, WeaponPageResponse } from '@vigie/shared';

import { Agent } from '../../src/modules/agents/agent.entity';
import { Weapon } from '../../src/modules/armoury/weapon.entity';
import { WeaponIssue } from '../../src/modules/armoury/weapon-issue.entity';
import { WeaponIssueCorrection } from '../../src/modules/armoury/weapon-issue-correction.entity';
import { WeaponReturn } from '../../src/modules/armoury/weapon-return.entity';
import { RetentionService } from '../../src/modules/retention/retention.service';
import { bearer, createSignedInApp, TestApp } from '../support/test-app';

/** A Monday; the clock stands at 12:00 in Paris. */
const TODAY = '2026-06-15';

describe('the armoury register and its daily log', () => {
  let t: TestApp;
  let supervisor: string;
  let counter = 0;

  beforeAll(async () => {
    [t, supervisor] = await createSignedInApp({ today: TODAY }, 'superviseur');
  });
  afterAll(() => t.close());

  const serial = (): string => `ESSAI-${++counter}`;
  const newWeapon = async (kind = 'HANDGUN'): Promise<string> => {
    const response = await t.http
      .post('/api/weapons')
      .set(...bearer(supervisor))
      .send({ kind, model: 'Glock 17', serialNumber: serial() })
      .expect(201);
    return response.body.id as string;
  };
  const issue = (weaponId: string, agentId: string, ammunition = 30, token = supervisor) =>
    t.http
      .post(`/api/weapons/${weaponId}/issues`)
      .set(...bearer(token))
      .send({ agentId, ammunition });
  const giveBack = (issueId: string, ammunitionReturned: number) =>
    t.http
      .post(`/api/weapon-issues/${issueId}/return`)
      .set(...bearer(supervisor))
      .send({ ammunitionReturned });
  const rows = async () => ({
    weapons: await t.dataSource.getRepository(Weapon).count(),
    issues: await t.dataSource.getRepository(WeaponIssue).count(),
    returns: await t.dataSource.getRepository(WeaponReturn).count(),
    corrections: await t.dataSource.getRepository(WeaponIssueCorrection).count(),
  });
  const setStatus = (weaponId: string, status: string, reason = 'Contrôle de l’armurier') =>
    t.http
      .post(`/api/weapons/${weaponId}/status`)
      .set(...bearer(supervisor))
      .send({ status, reason });
  const correct = (issueId: string, body: object) =>
    t.http
      .post(`/api/weapon-issues/${issueId}/corrections`)
      .set(...bearer(supervisor))
      .send(body);
  const statusOf = async (weaponId: string) =>
    (await t.dataSource.getRepository(Weapon).findOneByOrFail({ id: weaponId })).status;

  /** Agents the demo roster has on a shift now, with a valid firearm permit (the préfet suspended none of theirs). */
  async function onDuty(): Promise<string[]> {
    const found = await t.dataSource.query<{ id: string }[]>(
      `SELECT DISTINCT a.agent_id AS id FROM assignment a
         JOIN agent_qualification q ON q.agent_id = a.agent_id AND q.kind = 'FIREARM'
          AND q.obtained_on <= $2 AND (q.expires_on IS NULL OR q.expires_on > $2)
        WHERE a.starts_at <= $1 AND a.ends_at > $1
          AND NOT EXISTS (SELECT 1 FROM firearm_decision d WHERE d.agent_id = a.agent_id)`,
      [t.clock.now(), TODAY],
    );
    return found.map((row) => row.id);
  }

  it('holds the demo’s register: 18 handguns, PIE, LBD, batons, aerosols; today’s issues to those on duty', async () => {
    const page: WeaponPageResponse = (
      await t.http
        .get('/api/weapons?limit=200')
        .set(...bearer(supervisor))
        .expect(200)
    ).body;
    const count = (kind: string) => page.items.filter((weapon) => weapon.kind === kind).length;
    expect([count('HANDGUN'), count('TASER'), count('LBD')]).toEqual([18, 4, 2]);
    expect(count('BATON')).toBeGreaterThan(0);
    expect(count('TEAR_GAS')).toBeGreaterThan(0);
    const log: WeaponIssuePageResponse = (
      await t.http
        .get(`/api/weapon-issues?date=${TODAY}`)
        .set(...bearer(supervisor))
        .expect(200)
    ).body;
    expect(log.items.length).toBeGreaterThan(0);
    const out = page.items.filter((weapon) => weapon.issuedTo !== null).length;
    expect(out).toBe(log.items.filter((line) => line.returnedAt === null).length);
  });

  it('issues a handgun to an agent on duty (201, audited) and takes it back with the count', async () => {
    const [agentId] = await onDuty();
    const weaponId = await newWeapon();
    const issued: WeaponIssueResponse = (await issue(weaponId, agentId).expect(201)).body;
    expect(issued).toMatchObject({
      weaponId,
      agentId,
      ammunition: 30,
      issuedBy: 'Karim Benali',
      returnedAt: null,
      overdue: false,
    });
    const returned: WeaponIssueResponse = (await giveBack(issued.id, 28).expect(201)).body;
    expect(returned).toMatchObject({ ammunitionReturned: 28, returnedBy: 'Karim Benali' });
    expect(returned.returnedAt).not.toBeNull();
    const audit = await t.dataSource.query<{ action: string }[]>(
      `SELECT action FROM audit_event WHERE entity = 'weapon' AND entity_id = $1 ORDER BY at`,
      [weaponId],
    );
    expect(audit.map((event) => event.action)).toEqual(['CREATE', 'ISSUE', 'RETURN']);
  });

  it('refuses a weapon already out, naming the rule (422), then issues it again once returned', async () => {
    const [first, second] = await onDuty();
    const weaponId = await newWeapon();
    const issued = (await issue(weaponId, first).expect(201)).body as WeaponIssueResponse;
    const refused = await issue(weaponId, second ?? first).expect(422);
    expect(refused.body).toMatchObject({ reason: 'WEAPON_ISSUE_REFUSED' });
    expect(refused.body.violations.map((v: { rule: string }) => v.rule)).toEqual(['WEAPON_ALREADY_OUT']);
    expect(refused.body.detail).toMatch(/déjà sortie/);
    await giveBack(issued.id, 30).expect(201);
    await issue(weaponId, second ?? first).expect(201);
  });

  it('refuses an agent whose firearm permit the préfet suspended (Caron) and one off duty, naming each rule', async () => {
    const caron = await t.dataSource.getRepository(Agent).findOneByOrFail({ lastName: 'Caron' });
    const weaponId = await newWeapon();
    const before = await rows();
    const refused = await issue(weaponId, caron.id).expect(422);
    const rules = refused.body.violations.map((v: { rule: string }) => v.rule);
    expect(rules).toContain('WEAPON_PERMIT_INVALID');
    expect(refused.body.detail).toMatch(/suspendue par le préfet|aucune autorisation/);
    // An ASVP holds no firearm permit, and the demo puts no ASVP on a shift at this hour on Monday? Whatever: both rules are checked.
    const administrative = await t.dataSource
      .getRepository(Agent)
      .findOneByOrFail({ grade: 'ADMINISTRATIVE' as never });
    const off = await issue(weaponId, administrative.id).expect(422);
    expect(off.body.violations.map((v: { rule: string }) => v.rule)).toEqual([
      'WEAPON_PERMIT_INVALID',
      'AGENT_NOT_ON_DUTY',
    ]);
    expect(off.body.detail).toMatch(/n’est pas de service/);
    expect(await rows()).toEqual(before);
  });

  it('refuses an expired permit for that kind of weapon (a PIE: the demo’s Benali’s expires in 25 days, Dubois holds none)', async () => {
    // Who is on duty depends on the hour the suite runs; prefer an agent without a PIE permit,
    // otherwise let the holder's own permit lapse, so the permit recorded below is his only one.
    const onDutyNow = await onDuty();
    const holders = await t.dataSource.query<{ id: string }[]>(
      `SELECT DISTINCT agent_id AS id FROM agent_qualification WHERE kind = 'TASER' AND agent_id = ANY($1)`,
      [onDutyNow],
    );
    const agentId = onDutyNow.find((id) => !holders.some((h) => h.id === id)) ?? onDutyNow[0];
    const taser = await newWeapon('TASER');
    if (holders.some((h) => h.id === agentId)) {
      await t.dataSource.query(
        `UPDATE agent_qualification SET expires_on = '2026-05-01' WHERE agent_id = $1 AND kind = 'TASER'`,
        [agentId],
      );
    } else {
      const refused = await issue(taser, agentId, 4).expect(422);
      expect(refused.body.violations[0]).toMatchObject({ rule: 'WEAPON_PERMIT_INVALID' });
      expect(refused.body.violations[0].message).toMatch(
        /Pistolet à impulsion électrique : aucune autorisation/,
      );
    }
    await t.http
      .post(`/api/agents/${agentId}/qualifications`)
      .set(...bearer(await t.tokenOf('chef')))
      .send({ kind: 'TASER', obtainedOn: '2023-01-01', expiresOn: '2026-06-01' })
      .expect(201);
    const expired = await issue(taser, agentId, 4).expect(422);
    expect(expired.body.violations[0].message).toMatch(/expirée/);
  });

  it('refuses bad input with 400 and writes nothing; an unknown weapon is 404; a duplicate serial number 409', async () => {
    const [agentId] = await onDuty();
    const weaponId = await newWeapon();
    const before = await rows();
    await issue(weaponId, agentId, -1).expect(400);
    await issue(weaponId, agentId, 201).expect(400);
    await issue(weaponId, 'pas-un-uuid').expect(400);
    await t.http
      .post(`/api/weapons/${weaponId}/issues`)
      .set(...bearer(supervisor))
      .send({ agentId, ammunition: '30' })
      .expect(400);
    await issue('00000000-0000-4000-8000-000000000000', agentId).expect(404);
    await t.http
      .post('/api/weapons')
      .set(...bearer(supervisor))
      .send({ kind: 'CANON', model: 'X', serialNumber: 'A1' })
      .expect(400);
    await t.http
      .post('/api/weapons')
      .set(...bearer(supervisor))
      .send({ kind: 'HANDGUN', model: 'X', serialNumber: 'minuscules et espaces' })
      .expect(400);
    expect(await rows()).toEqual(before);
    await t.http
      .post('/api/weapons')
      .set(...bearer(supervisor))
      .send({ kind: 'HANDGUN', model: 'Glock 17', serialNumber: 'BDUX-0101' })
      .expect(409);
    expect(await rows()).toEqual(before);
  });

  it('refuses a second return and more cartridges back than went out, writing nothing', async () => {
    const [agentId] = await onDuty();
    const issued = (await issue(await newWeapon(), agentId, 10).expect(201)).body as WeaponIssueResponse;
    const tooMany = await giveBack(issued.id, 11).expect(400);
    expect(tooMany.body.errors[0].field).toBe('ammunitionReturned');
    await giveBack(issued.id, 10).expect(201);
    const before = await rows();
    const again = await giveBack(issued.id, 10).expect(409);
    expect(again.body.reason).toBe('WEAPON_ALREADY_RETURNED');
    expect(await rows()).toEqual(before);
  });

  it('lets the database refuse two issues of one weapon raced at once: one 201, one 422', async () => {
    const agents = await onDuty();
    const weaponId = await newWeapon();
    const answers = await Promise.all([
      issue(weaponId, agents[0]),
      issue(weaponId, agents[1] ?? agents[0]),
      issue(weaponId, agents[0]),
    ]);
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([201, 422, 422]);
    for (const answer of answers.filter((a) => a.status === 422)) {
      expect(answer.body.violations.map((v: { rule: string }) => v.rule)).toEqual(['WEAPON_ALREADY_OUT']);
    }
    expect(await t.dataSource.getRepository(WeaponIssue).countBy({ weaponId })).toBe(1);
  });

  it('keeps the log append-only in the database: no UPDATE, DELETE or TRUNCATE of an issue or a return', async () => {
    await expect(t.dataSource.query(`UPDATE weapon_issue SET ammunition = 0`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`DELETE FROM weapon_return`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`TRUNCATE weapon_issue CASCADE`)).rejects.toThrow();
  });

  it('lets an agent read his own issues only, and flags on the dashboard a weapon out after its shift ended', async () => {
    const lefebvre = await t.dataSource.getRepository(Agent).findOneByOrFail({ matricule: 'PM-0131' });
    const own: WeaponIssuePageResponse = (
      await t.http
        .get('/api/weapon-issues')
        .set(...bearer(await t.tokenOf('agent')))
        .expect(200)
    ).body;
    expect(own.items.every((line) => line.agentId === lefebvre.id)).toBe(true);
    const [agentId] = await onDuty();
    const issued = (await issue(await newWeapon(), agentId).expect(201)).body as WeaponIssueResponse;
    const overdue = async () =>
      (
        await t.http
          .get('/api/dashboard/armoury')
          .set(...bearer(supervisor))
          .expect(200)
      ).body.overdue as WeaponIssueResponse[];
    expect((await overdue()).map((line) => line.id)).not.toContain(issued.id);
    t.clock.set(new Date(Date.parse(issued.dueBy) + 60_000));
    try {
      const flagged = (await overdue()).find((line) => line.id === issued.id);
      expect(flagged).toMatchObject({ overdue: true, agentId });
      const week = await t.http
        .get('/api/dashboard/week')
        .set(...bearer(supervisor))
        .expect(200);
      expect(week.body.unreturnedWeapons.map((line: WeaponIssueResponse) => line.id)).toContain(issued.id);
    } finally {
      t.clock.set(`${TODAY}T10:00:00Z`);
    }
  });

  it('sends a weapon to repair and back to service (audited with the reason); a retired one never changes again', async () => {
    const weaponId = await newWeapon();
    const repair = await setStatus(weaponId, 'UNDER_REPAIR', 'Détente dure, envoyée à l’armurier').expect(
      200,
    );
    expect(repair.body).toMatchObject({ id: weaponId, status: 'UNDER_REPAIR' });
    const [agentId] = await onDuty();
    const refused = await issue(weaponId, agentId).expect(422);
    expect(refused.body.violations.map((v: { rule: string }) => v.rule)).toContain('WEAPON_NOT_IN_SERVICE');
    await setStatus(weaponId, 'IN_SERVICE', 'Revenue de réparation').expect(200);
    await setStatus(weaponId, 'RETIRED', 'Réformée après expertise').expect(200);
    const again = await setStatus(weaponId, 'IN_SERVICE').expect(422);
    expect(again.body).toMatchObject({ reason: 'WEAPON_STATUS_REFUSED' });
    expect(again.body.violations[0].rule).toBe('WEAPON_RETIRED');
    expect(await statusOf(weaponId)).toBe('RETIRED');
    const audit = await t.dataSource.query<{ action: string; details: { to: string; reason: string } }[]>(
      `SELECT action, details FROM audit_event WHERE entity = 'weapon' AND entity_id = $1 ORDER BY at`,
      [weaponId],
    );
    expect(audit.map((event) => event.action)).toEqual(['CREATE', 'STATUS', 'STATUS', 'STATUS']);
    expect(audit[1].details).toMatchObject({
      to: 'UNDER_REPAIR',
      reason: 'Détente dure, envoyée à l’armurier',
    });
  });

  it('refuses a status change while the weapon is out, the same status, bad input, an unknown weapon — writing nothing', async () => {
    const [agentId] = await onDuty();
    const weaponId = await newWeapon();
    const issued = (await issue(weaponId, agentId).expect(201)).body as WeaponIssueResponse;
    const out = await setStatus(weaponId, 'UNDER_REPAIR').expect(422);
    expect(out.body.violations[0].rule).toBe('WEAPON_ALREADY_OUT');
    expect((await setStatus(weaponId, 'IN_SERVICE').expect(409)).body.reason).toBe('WEAPON_STATUS_UNCHANGED');
    await setStatus(weaponId, 'HORS_SERVICE').expect(400);
    await setStatus(weaponId, 'UNDER_REPAIR', '  ').expect(400);
    await setStatus(weaponId, 'UNDER_REPAIR', 'x'.repeat(301)).expect(400);
    await setStatus('00000000-0000-4000-8000-000000000000', 'UNDER_REPAIR').expect(404);
    await setStatus('pas-un-uuid', 'UNDER_REPAIR').expect(404);
    expect(await statusOf(weaponId)).toBe('IN_SERVICE');
    await giveBack(issued.id, 30).expect(201);
    await setStatus(weaponId, 'UNDER_REPAIR').expect(200);
  });

  it('corrects a return recorded with the wrong count: a new row with who and why; the line shows the corrected count and its history', async () => {
    const [agentId] = await onDuty();
    const issued = (await issue(await newWeapon(), agentId, 30).expect(201)).body as WeaponIssueResponse;
    await giveBack(issued.id, 3).expect(201);
    const before = await rows();
    const corrected: WeaponIssueResponse = (
      await correct(issued.id, {
        ammunitionReturned: 30,
        reason: 'Saisie de 3 au lieu de 30 à la réintégration',
      }).expect(201)
    ).body;
    expect(corrected).toMatchObject({ id: issued.id, ammunition: 30, ammunitionReturned: 30 });
    expect(corrected.corrections).toEqual([
      expect.objectContaining({
        ammunitionBefore: 30,
        ammunitionAfter: 30,
        ammunitionReturnedBefore: 3,
        ammunitionReturnedAfter: 30,
        reason: 'Saisie de 3 au lieu de 30 à la réintégration',
        correctedBy: 'Karim Benali',
      }),
    ]);
    expect(await rows()).toEqual({ ...before, corrections: before.corrections + 1 });
    // The original rows are untouched: the return still says 3.
    expect(
      (await t.dataSource.getRepository(WeaponReturn).findOneByOrFail({ issueId: issued.id }))
        .ammunitionReturned,
    ).toBe(3);
    // The daily log reads the corrected count, with its history.
    const log: WeaponIssuePageResponse = (
      await t.http
        .get('/api/weapon-issues?limit=200')
        .set(...bearer(supervisor))
        .expect(200)
    ).body;
    const line = log.items.find((item) => item.id === issued.id)!;
    expect(line.ammunitionReturned).toBe(30);
    expect(line.corrections).toHaveLength(1);
    // A second correction of the issued count is checked against the corrected return.
    const tooFew = await correct(issued.id, { ammunition: 20, reason: 'Remise recomptée' }).expect(400);
    expect(tooFew.body.reason).toBe('AMMUNITION_RETURNED_EXCEEDS');
    const audit = await t.dataSource.query<{ action: string }[]>(
      `SELECT action FROM audit_event WHERE entity = 'weapon' AND entity_id = $1 ORDER BY at`,
      [issued.weaponId],
    );
    expect(audit.map((event) => event.action)).toEqual(['CREATE', 'ISSUE', 'RETURN', 'CORRECT']);
  });

  it('refuses a correction that changes nothing, corrects a return not made, exceeds the issue, or is malformed — writing nothing', async () => {
    const [agentId] = await onDuty();
    const issued = (await issue(await newWeapon(), agentId, 10).expect(201)).body as WeaponIssueResponse;
    const before = await rows();
    expect(
      (await correct(issued.id, { ammunitionReturned: 5, reason: 'Pas encore rendue' }).expect(409)).body
        .reason,
    ).toBe('WEAPON_NOT_RETURNED');
    expect(
      (await correct(issued.id, { ammunition: 10, reason: 'Même nombre' }).expect(400)).body.reason,
    ).toBe('CORRECTION_CHANGES_NOTHING');
    expect((await correct(issued.id, { reason: 'Rien à corriger' }).expect(400)).body.reason).toBe(
      'CORRECTION_CHANGES_NOTHING',
    );
    await correct(issued.id, { ammunition: 12 }).expect(400);
    await correct(issued.id, { ammunition: 12, reason: 'abc' }).expect(400);
    await correct(issued.id, { ammunition: -1, reason: 'Nombre négatif' }).expect(400);
    await correct(issued.id, { ammunition: 201, reason: 'Trop de cartouches' }).expect(400);
    await correct(issued.id, { ammunition: '12', reason: 'Texte au lieu d’un nombre' }).expect(400);
    await correct('00000000-0000-4000-8000-000000000000', {
      ammunition: 12,
      reason: 'Ligne inconnue',
    }).expect(404);
    expect(await rows()).toEqual(before);
    // Corrected to 12 issued, the return may now count up to 12.
    await correct(issued.id, { ammunition: 12, reason: 'Deux cartouches oubliées à la remise' }).expect(201);
    await giveBack(issued.id, 12).expect(201);
  });

  it('keeps corrections append-only in the database', async () => {
    await expect(t.dataSource.query(`UPDATE weapon_issue_correction SET reason = 'x'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.dataSource.query(`DELETE FROM weapon_issue_correction`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`TRUNCATE weapon_issue_correction`)).rejects.toThrow();
  });

  it('purges the log 5 years after the issue once returned, with its return and corrections; a weapon still out stays', async () => {
    const [agentId] = await onDuty();
    const weaponId = await newWeapon();
    const insert = async (issuedAt: string, sequence: number): Promise<string> => {
      const [row] = await t.dataSource.query<{ id: string }[]>(
        `INSERT INTO weapon_issue (weapon_id, sequence, agent_id, shift_id, due_by, ammunition, issued_at, issued_by)
         VALUES ($1, $2, $3, gen_random_uuid(), $4::timestamptz + interval '8 hours', 30, $4, 'Archives') RETURNING id`,
        [weaponId, sequence, agentId, issuedAt],
      );
      return row.id;
    };
    const returned = async (issueId: string, at: string) =>
      t.dataSource.query(
        `INSERT INTO weapon_return (issue_id, ammunition_returned, returned_at, returned_by) VALUES ($1, 30, $2::timestamptz + interval '8 hours', 'Archives')`,
        [issueId, at],
      );
    const expired = await insert('2021-06-14T06:00:00Z', 101);
    await returned(expired, '2021-06-14T06:00:00Z');
    await t.dataSource.query(
      `INSERT INTO weapon_issue_correction (issue_id, ammunition_returned, reason, corrected_at, corrected_by) VALUES ($1, 29, 'Recompté le lendemain', '2021-06-15T08:00:00Z', 'Archives')`,
      [expired],
    );
    const kept = await insert('2021-06-16T06:00:00Z', 102);
    await returned(kept, '2021-06-16T06:00:00Z');
    const stillOut = await insert('2020-01-10T06:00:00Z', 103);
    const report = await t.app.get(RetentionService).purge(new Date('2026-06-15T10:00:00Z'));
    expect(report.armouryLog).toBeGreaterThanOrEqual(1);
    const left = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM weapon_issue WHERE weapon_id = $1`,
      [weaponId],
    );
    expect(left.map((row) => row.id).sort()).toEqual([kept, stillOut].sort());
    expect(await t.dataSource.getRepository(WeaponIssueCorrection).countBy({ issueId: expired })).toBe(0);
    expect(await t.dataSource.getRepository(WeaponReturn).countBy({ issueId: expired })).toBe(0);
  });
});
