import { SchedulerRegistry } from '@nestjs/schedule';
import {
  ERASED_ENTRY_LABEL,
  IncidentResponse,
  IncidentSummaryResponse,
  IntegrityResponse,
} from '@vigie/shared';

import { AuditEvent } from '../../src/common/audit/audit-event.entity';
import { Incident } from '../../src/modules/incidents/incident.entity';
import { IncidentAmendment } from '../../src/modules/incidents/incident-amendment.entity';
import {
  amendmentContent,
  entryContent,
  linkHash,
  statusContent,
} from '../../src/modules/incidents/incident-chain';
import { IncidentLink } from '../../src/modules/incidents/incident-link.entity';
import { IncidentStatusChange } from '../../src/modules/incidents/incident-status-change.entity';
import { RetentionJob } from '../../src/modules/retention/retention.job';
import { RetentionService } from '../../src/modules/retention/retention.service';
import { FootageRequest } from '../../src/modules/video/footage-request.entity';
import { bearer, createTestApp, TestApp } from '../support/test-app';

const TODAY = '2026-06-15';

/**
 * The daily purge (GDPR/RGPD) with a clock the test moves: the footage register 3 years after
 * its images were overwritten, rejected and withdrawn candidates 3 months after the decision,
 * the audit trail after a year, each main courante entry 3 years after its recording — its
 * content erased, its links kept so that the chain still verifies — and the exported head of
 * the chain checked against truncation and re-computation.
 */
describe('retention: the daily purge', () => {
  let t: TestApp;
  let chief: string;
  let purge: RetentionService;

  beforeAll(async () => {
    t = await createTestApp({ today: TODAY });
    chief = await t.tokenOf('chef');
    purge = t.app.get(RetentionService);
  });
  afterAll(() => t.close());

  const at = (instant: string) => t.clock.set(instant);
  const integrity = async (head?: { seq: number; hash: string }): Promise<IntegrityResponse> =>
    (
      await t.http
        .get('/api/incidents/integrity')
        .query(head ? { seq: String(head.seq), hash: head.hash } : {})
        .set(...bearer(chief))
        .expect(200)
    ).body as IntegrityResponse;

  it('runs every night at 03:30, Paris time', () => {
    const job = t.app.get(SchedulerRegistry).getCronJob('retention-purge');
    const next = job.nextDate().setZone('Europe/Paris');
    expect(next.toFormat('HH:mm:ss')).toBe('03:30:00');
    expect(t.app.get(RetentionJob)).toBeDefined();
  });

  // Issue 23: the register outlives the images (CSI R252-11): 3 years after the overwrite, not 30 days.
  it('keeps the footage register 3 years after its images were overwritten, then deletes it', async () => {
    at(`${TODAY}T10:00:00Z`);
    const camera = (
      await t.http
        .post('/api/cameras')
        .set(...bearer(chief))
        .send({
          code: 'RET-01',
          kind: 'FIXED',
          label: 'Caméra de la mairie',
          quartier: 'BOURG',
          status: 'ACTIVE',
          plannedYear: 2025,
          installedOn: '2025-03-01',
        })
        .expect(201)
    ).body as { id: string };
    const request = (
      await t.http
        .post('/api/footage-requests')
        .set(...bearer(chief))
        .send({
          cameraId: camera.id,
          from: '2026-06-14T10:00:00Z',
          to: '2026-06-14T11:00:00Z',
          authority: 'GENDARMERIE',
          reason: 'Vol de vélo devant la mairie',
        })
        .expect(201)
    ).body as { id: string; overwriteAt: string };
    expect(request.overwriteAt).toBe('2026-07-14T10:00:00.000Z');
    const requests = t.dataSource.getRepository(FootageRequest);

    // The images are gone for a month: the register stays.
    at('2026-08-13T10:01:00Z');
    await purge.purge();
    expect(await requests.existsBy({ id: request.id })).toBe(true);
    at('2029-07-14T09:59:00Z');
    await purge.purge();
    expect(await requests.existsBy({ id: request.id })).toBe(true);

    at('2029-07-14T10:01:00Z');
    const report = await purge.purge();
    expect(report.footageRequests).toBeGreaterThan(0);
    expect(await requests.existsBy({ id: request.id })).toBe(false);
    const [{ events }] = await t.dataSource.query<{ events: number }[]>(
      `SELECT count(*)::int AS events FROM footage_request_event WHERE request_id = $1`,
      [request.id],
    );
    expect(events).toBe(0);
    const [{ overdue }] = await t.dataSource.query<{ overdue: number }[]>(
      `SELECT count(*)::int AS overdue FROM footage_request WHERE overwrite_at < '2026-07-14T10:01:00Z'`,
    );
    expect(overdue).toBe(0);
  });

  it('deletes rejected and withdrawn candidates 3 months after that decision, and only them', async () => {
    at(`${TODAY}T10:00:00Z`);
    const open = async (candidateName: string): Promise<string> =>
      (
        (
          await t.http
            .post('/api/recruitments')
            .set(...bearer(chief))
            .send({
              candidateName,
              route: 'COMPETITIVE_EXAM',
              grade: 'GARDIEN_BRIGADIER',
              applicationDate: '2026-05-02',
            })
            .expect(201)
        ).body as { id: string }
      ).id;
    const exit = (id: string, milestone: string) =>
      t.http
        .post(`/api/recruitments/${id}/milestones`)
        .set(...bearer(chief))
        .send({ milestone, date: TODAY, reason: 'Ne remplit pas les conditions' })
        .expect(201);
    const rejected = await open('Candidat Refusé');
    const withdrawn = await open('Candidate Retirée');
    const pending = await open('Candidat En Cours');
    await exit(rejected, 'REJECTED');
    await exit(withdrawn, 'WITHDRAWN');
    const exists = async (id: string) =>
      (await t.dataSource.query<unknown[]>(`SELECT 1 FROM recruitment WHERE id = $1`, [id])).length === 1;

    at('2026-09-14T10:00:00Z');
    await purge.purge();
    expect([await exists(rejected), await exists(withdrawn), await exists(pending)]).toEqual([
      true,
      true,
      true,
    ]);

    at('2026-09-16T10:00:00Z');
    const report = await purge.purge();
    expect(report.candidates).toBeGreaterThanOrEqual(2);
    expect([await exists(rejected), await exists(withdrawn), await exists(pending)]).toEqual([
      false,
      false,
      true,
    ]);
    const [{ milestones }] = await t.dataSource.query<{ milestones: number }[]>(
      `SELECT count(*)::int AS milestones FROM recruitment_milestone WHERE recruitment_id = ANY($1::uuid[])`,
      [[rejected, withdrawn]],
    );
    expect(milestones).toBe(0);
  });

  it('deletes audit events after a year, keeps the younger ones, and records the purge itself', async () => {
    at(`${TODAY}T10:00:00Z`);
    const events = t.dataSource.getRepository(AuditEvent);
    const old = await events.save(
      events.create({
        at: new Date('2025-06-14T09:00:00Z'),
        action: 'READ',
        entity: 'agent',
        actorLogin: 'ancien',
      }),
    );
    const young = await events.save(
      events.create({
        at: new Date('2025-06-16T09:00:00Z'),
        action: 'READ',
        entity: 'agent',
        actorLogin: 'récent',
      }),
    );
    const report = await purge.purge();
    expect(report.auditEvents).toBeGreaterThanOrEqual(1);
    expect(await events.existsBy({ id: old.id })).toBe(false);
    expect(await events.existsBy({ id: young.id })).toBe(true);
    const last = await events.findOne({ where: { action: 'PURGE' }, order: { id: 'DESC' } });
    expect(last?.details).toMatchObject({ auditEvents: report.auditEvents, retention: { auditMonths: 12 } });
  });

  describe('main courante entries after 3 years, each on its own', () => {
    let old: { id: string; number: string; recordedAt: string };
    let later: string;
    let headBefore: { seq: number; hash: string };
    const snapshot = new Map<string, string>();

    const record = async (summary: string): Promise<string> =>
      (
        (
          await t.http
            .post('/api/incidents')
            .set(...bearer(chief))
            .send({
              occurredAt: t.clock.now().toISOString(),
              category: 'ENVIRONMENT.ILLEGAL_DUMPING',
              location: { address: 'Chemin du Marais', quartier: 'MARAIS' },
              summary,
              description: 'Dépôt sauvage de gravats.',
              agentIds: [(await t.http.get('/api/auth/me').set(...bearer(chief))).body.agentId as string],
            })
            .expect(201)
        ).body as { id: string }
      ).id;
    const entry = async (id: string): Promise<IncidentResponse> =>
      (
        await t.http
          .get(`/api/incidents/${id}`)
          .set(...bearer(chief))
          .expect(200)
      ).body as IncidentResponse;
    const line = async (id: string, day: string): Promise<IncidentSummaryResponse | undefined> =>
      (
        (
          await t.http
            .get('/api/incidents')
            .query({ from: day, to: day, limit: 200 })
            .set(...bearer(chief))
            .expect(200)
        ).body as { items: IncidentSummaryResponse[] }
      ).items.find((item) => item.id === id);

    it('keeps an entry 3 years minus a day after its recording', async () => {
      at('2026-07-20T08:00:00Z');
      const id = await record('Gravats devant le lavoir');
      await t.http
        .post(`/api/incidents/${id}/amendments`)
        .set(...bearer(chief))
        .send({ text: 'Le propriétaire du terrain a été prévenu.' })
        .expect(201);
      await t.http
        .post(`/api/incidents/${id}/status`)
        .set(...bearer(chief))
        .send({ to: 'IN_PROGRESS', note: 'Enlèvement demandé aux services techniques.' })
        .expect(200);
      const recorded = await entry(id);
      old = { id, number: recorded.number, recordedAt: recorded.recordedAt };
      // A later entry, and a complement of the old one written years later, stay after it.
      at('2027-02-01T09:00:00Z');
      later = await record('Nouveaux gravats au bout du chemin');
      at('2028-05-02T09:00:00Z');
      await t.http
        .post(`/api/incidents/${id}/amendments`)
        .set(...bearer(chief))
        .send({ text: 'Complément écrit bien plus tard.' })
        .expect(201);
      for (const link of await t.dataSource.getRepository(IncidentLink).find())
        snapshot.set(link.seq, link.hash);
      // (The checks run after 14 July 2029, when the footage test above erased the demo's old entries.)
      at('2029-07-19T08:00:00Z');
      headBefore = (await integrity()).head!;
      const report = await purge.purge();
      expect(report.tampered).toBe(0);
      const kept = await entry(id);
      expect(kept).toMatchObject({
        erasedAt: null,
        summary: 'Gravats devant le lavoir',
        status: 'IN_PROGRESS',
      });
      expect(kept.amendments).toHaveLength(2);
    });

    it('erases it 3 years and a day after, while the later entries stay, and its number shows it erased', async () => {
      at('2029-07-21T08:00:00Z');
      const report = await purge.purge();
      expect(report.incidents).toBeGreaterThanOrEqual(1);
      const erased = await entry(old.id);
      expect(erased).toMatchObject({
        number: old.number,
        recordedAt: old.recordedAt,
        erasedAt: '2029-07-21T08:00:00.000Z',
        summary: ERASED_ENTRY_LABEL,
        description: '',
        location: { address: '', lat: null, lng: null, quartier: 'MARAIS' },
        agents: [],
        actions: [],
        author: null,
        amendments: [],
        statusHistory: [],
        amendmentCount: 0,
      });
      expect(await line(old.id, '2026-07-20')).toMatchObject({
        number: old.number,
        summary: ERASED_ENTRY_LABEL,
        erasedAt: '2029-07-21T08:00:00.000Z',
      });
      // What named people is gone from every table, search included; the later entry is whole.
      const [{ left }] = await t.dataSource.query<{ left: number }[]>(
        `SELECT (SELECT count(*) FROM incident_amendment WHERE incident_id = $1)
              + (SELECT count(*) FROM incident_status_change WHERE incident_id = $1)
              + (SELECT count(*) FROM incident_agent WHERE incident_id = $1)
              + (SELECT count(*) FROM incident_search WHERE incident_id = $1) AS left`,
        [old.id],
      );
      expect(Number(left)).toBe(0);
      expect(
        (
          await t.http
            .get('/api/incidents')
            .query({ q: 'lavoir' })
            .set(...bearer(chief))
            .expect(200)
        ).body.items,
      ).toEqual([]);
      expect(await entry(later)).toMatchObject({
        erasedAt: null,
        summary: 'Nouveaux gravats au bout du chemin',
      });
      // Every link is still there with its hash: the chain verifies, the head exported before too.
      const links = await t.dataSource.getRepository(IncidentLink).find();
      expect(new Map(links.map((link) => [link.seq, link.hash]))).toEqual(snapshot);
      expect(await integrity()).toMatchObject({ ok: true, checked: links.length, problem: null });
      expect((await integrity(headBefore)).exported).toMatchObject({ status: 'FOUND' });
    });

    it('refuses a complement or a status change on an erased entry (422 INCIDENT_ERASED)', async () => {
      const amended = await t.http
        .post(`/api/incidents/${old.id}/amendments`)
        .set(...bearer(chief))
        .send({ text: 'Trop tard.' })
        .expect(422);
      expect(amended.body).toMatchObject({ reason: 'INCIDENT_ERASED' });
      expect(amended.body.detail).toMatch(/effacée le 21\/07\/2029/);
      await t.http
        .post(`/api/incidents/${old.id}/status`)
        .set(...bearer(chief))
        .send({ to: 'CLOSED', note: 'Clôture.' })
        .expect(422);
      // And the database refuses to give it back its content, even inside a purge.
      await expect(
        t.dataSource.transaction(async (manager) => {
          await manager.query(`SET LOCAL vigie.purge = 'on'`);
          await manager.query(`UPDATE incident SET summary = 'Revenu', erased_at = NULL WHERE id = $1`, [
            old.id,
          ]);
        }),
      ).rejects.toThrow(/append-only/);
    });

    it('reports an exported head the chain no longer reaches (truncation)', async () => {
      at('2034-01-10T11:00:00Z');
      await record('Entrée qui va disparaître');
      const head = (await integrity()).head!;
      // Someone deletes the tail of the log by hand, link and entry: the rest still chains.
      await t.dataSource.transaction(async (manager) => {
        await manager.query(`SET LOCAL vigie.purge = 'on'`);
        const [deleted] = await manager.query<[{ incident_id: string }[], number]>(
          `DELETE FROM incident_link WHERE seq = $1 RETURNING incident_id`,
          [String(head.seq)],
        );
        await manager.query(`DELETE FROM incident_agent WHERE incident_id = $1`, [deleted[0].incident_id]);
        await manager.query(`DELETE FROM incident WHERE id = $1`, [deleted[0].incident_id]);
      });
      expect((await integrity()).ok).toBe(true);
      const checked = await integrity(head);
      expect(checked).toMatchObject({ ok: false, exported: { status: 'MISSING' } });
      expect(checked.problem).toMatch(/tronquée/);
    });

    it('reports an exported head whose hash changed (the chain was re-computed after an edit)', async () => {
      at('2034-01-10T12:00:00Z');
      const edited = await record('Entrée qui va être réécrite');
      await record('Entrée suivante');
      const head = (await integrity()).head!;
      // Someone rewrites an entry and re-computes every hash after it: the chain alone looks whole.
      await t.owner.transaction(async (manager) => {
        await manager.query(`ALTER TABLE incident DISABLE TRIGGER USER`);
        await manager.query(`ALTER TABLE incident_link DISABLE TRIGGER USER`);
        await manager.update(Incident, { id: edited }, { summary: 'Entrée réécrite' });
        const from = await manager.findOneByOrFail(IncidentLink, { incidentId: edited, kind: 'ENTRY' });
        const links = await manager
          .getRepository(IncidentLink)
          .createQueryBuilder('l')
          .where('l.seq >= :seq', { seq: from.seq })
          .orderBy('l.seq', 'ASC')
          .getMany();
        let previous = from.previousHash;
        for (const link of links) {
          const content =
            link.kind === 'ENTRY'
              ? entryContent(await manager.findOneByOrFail(Incident, { id: link.refId }))
              : link.kind === 'AMENDMENT'
                ? amendmentContent(await manager.findOneByOrFail(IncidentAmendment, { id: link.refId }))
                : statusContent(await manager.findOneByOrFail(IncidentStatusChange, { id: link.refId }));
          const hash = linkHash(content, previous);
          await manager.update(IncidentLink, { seq: link.seq }, { previousHash: previous, hash });
          previous = hash;
        }
        await manager.query(`ALTER TABLE incident ENABLE TRIGGER USER`);
        await manager.query(`ALTER TABLE incident_link ENABLE TRIGGER USER`);
      });
      expect((await integrity()).ok).toBe(true);
      const checked = await integrity(head);
      expect(checked).toMatchObject({ ok: false, exported: { status: 'MISMATCH' } });
      expect(checked.problem).toMatch(/recalculée/);
    });

    it("detects a changed hash on an erased entry's link: the next link no longer follows it", async () => {
      const link = await t.dataSource
        .getRepository(IncidentLink)
        .findOneByOrFail({ incidentId: old.id, kind: 'ENTRY' });
      const forged = 'f'.repeat(64);
      const setHash = (hash: string) =>
        t.owner.transaction(async (manager) => {
          await manager.query(`ALTER TABLE incident_link DISABLE TRIGGER USER`);
          await manager.query(`UPDATE incident_link SET hash = $2 WHERE seq = $1`, [link.seq, hash]);
          await manager.query(`ALTER TABLE incident_link ENABLE TRIGGER USER`);
        });
      await setHash(forged);
      const checked = await integrity();
      expect(checked.ok).toBe(false);
      expect(checked.problem).toMatch(/ne suit plus le maillon précédent/);
      await setHash(link.hash);
      expect((await integrity()).ok).toBe(true);
    });

    it('detects an entry still within its 3 years erased by hand, and a live entry edited', async () => {
      at('2034-01-10T13:00:00Z');
      const young = await record('Entrée effacée trop tôt');
      await t.owner.transaction(async (manager) => {
        await manager.query(`ALTER TABLE incident DISABLE TRIGGER USER`);
        await manager.query(`UPDATE incident SET summary = 'Entrée retouchée' WHERE id = $1`, [later]);
        await manager.query(`ALTER TABLE incident ENABLE TRIGGER USER`);
      });
      const edited = await integrity();
      expect(edited).toMatchObject({ ok: false, firstBrokenId: later });
      expect(edited.problem).toMatch(/modifié/);
      await t.owner.transaction(async (manager) => {
        await manager.query(`ALTER TABLE incident DISABLE TRIGGER USER`);
        await manager.query(
          `UPDATE incident SET summary = 'Nouveaux gravats au bout du chemin' WHERE id = $1`,
          [later],
        );
        await manager.query(`ALTER TABLE incident ENABLE TRIGGER USER`);
      });
      expect((await integrity()).ok).toBe(true);
      // Through the purge's own door, but not due: the check says it was erased too early.
      await t.dataSource.transaction(async (manager) => {
        await manager.query(`SET LOCAL vigie.purge = 'on'`);
        await manager.query(
          `UPDATE incident SET summary = '', description = '', address = '', agent_ids = '{}', erased_at = now() WHERE id = $1`,
          [young],
        );
        await manager.query(`DELETE FROM incident_agent WHERE incident_id = $1`, [young]);
      });
      const early = await integrity();
      expect(early).toMatchObject({ ok: false, firstBrokenId: young });
      expect(early.problem).toMatch(/effacée avant la fin de sa durée de conservation/);
    });

    it('refuses a malformed exported head', async () => {
      for (const query of [
        'seq=1',
        'hash=abc&seq=1',
        'seq=0&hash=' + 'a'.repeat(64),
        'seq=x&hash=' + 'a'.repeat(64),
      ]) {
        const response = await t.http.get(`/api/incidents/integrity?${query}`).set(...bearer(chief));
        expect({ query, status: response.status }).toEqual({ query, status: 400 });
      }
    });
  });
});
