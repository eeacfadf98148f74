import { SchedulerRegistry } from '@nestjs/schedule';
import { IntegrityResponse } from '@vigie/shared';

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
 * The daily purge (GDPR/RGPD) with a clock the test moves: footage requests 30 days after
 * their images were overwritten, rejected and withdrawn candidates 3 months after the
 * decision, the audit trail after a year, main courante entries after 3 years — whole prefixes
 * of the chain only, anchored so that what remains still verifies — and the exported head of
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

  it('deletes footage requests, and their register, 30 days after their images were overwritten', async () => {
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

    at('2026-08-13T09:59:00Z');
    await purge.purge();
    expect(await requests.existsBy({ id: request.id })).toBe(true);

    at('2026-08-13T10:01:00Z');
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

  describe('main courante entries after 3 years, whole chained prefixes only', () => {
    const snapshot = new Map<string, { hash: string; incidentId: string }>();
    let headBefore: { seq: number; hash: string };
    let expected = 0;
    let lateAmended: string;
    let recent: string;

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

    it('purges the expired prefix, stops before an entry completed later, and anchors the chain', async () => {
      at(`${TODAY}T10:00:00Z`);
      const before = await integrity();
      expect(before.ok).toBe(true);
      headBefore = before.head!;
      // The latest demo entry: it gets a complement years later, after a recent entry.
      const [last] = await t.dataSource.query<{ incident_id: string }[]>(
        `SELECT incident_id FROM incident_link WHERE kind = 'ENTRY' ORDER BY seq DESC LIMIT 1`,
      );
      lateAmended = last.incident_id;
      at('2027-03-01T10:00:00Z');
      recent = await record('Gravats au bout du chemin');
      await t.http
        .post(`/api/incidents/${lateAmended}/amendments`)
        .set(...bearer(chief))
        .send({ text: 'Complément ajouté bien plus tard.' })
        .expect(201);
      for (const link of await t.dataSource.getRepository(IncidentLink).find()) {
        snapshot.set(link.seq, { hash: link.hash, incidentId: link.incidentId });
      }
      // The longest prefix the rule allows, worked out here in another way: scanning the links in
      // order, a prefix may end at k when every entry met is past 3 years and has no link after k.
      const recordedAt = new Map(
        (
          await t.dataSource.query<{ id: string; recorded_at: Date }[]>(
            `SELECT id, recorded_at FROM incident`,
          )
        ).map((row) => [row.id, new Date(row.recorded_at).getTime()]),
      );
      const lastOf = new Map<string, number>();
      for (const [seq, link] of snapshot)
        lastOf.set(link.incidentId, Math.max(lastOf.get(link.incidentId) ?? 0, Number(seq)));
      let reach = 0;
      for (const seq of [...snapshot.keys()].map(Number).sort((a, b) => a - b)) {
        const { incidentId } = snapshot.get(String(seq))!;
        if (recordedAt.get(incidentId)! >= Date.parse('2026-09-01T10:00:00Z')) break;
        reach = Math.max(reach, lastOf.get(incidentId)!);
        if (reach === seq) expected = seq;
      }

      at('2029-09-01T10:00:00Z');
      const report = await purge.purge();
      const anchor = report.anchor!;
      expect(anchor).not.toBeNull();
      expect(anchor.seq).toBe(expected);
      expect(report.incidents).toBeGreaterThan(100);
      // The anchor is the last link purged, with the hash it had.
      expect(anchor.hash).toBe(snapshot.get(String(anchor.seq))?.hash);
      const links = await t.dataSource.getRepository(IncidentLink).find({ order: { seq: 'ASC' } });
      expect(Number(links[0].seq)).toBe(anchor.seq + 1);
      // Whole entries: no remaining entry lost a link; no purged entry kept one.
      const remaining = new Set(links.map((link) => link.incidentId));
      const purgedEntries = new Set(
        [...snapshot].filter(([seq]) => Number(seq) <= anchor.seq).map(([, link]) => link.incidentId),
      );
      expect([...purgedEntries].filter((id) => remaining.has(id))).toEqual([]);
      expect(purgedEntries.size).toBe(report.incidents);
      for (const [seq, link] of snapshot) {
        if (remaining.has(link.incidentId)) expect(Number(seq)).toBeGreaterThan(anchor.seq);
      }
      // It stopped before the entry completed in 2027, which stays with what follows it.
      expect(remaining.has(lateAmended)).toBe(true);
      expect(remaining.has(recent)).toBe(true);
      const [{ count }] = await t.dataSource.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM incident i
          WHERE NOT EXISTS (SELECT 1 FROM incident_link l WHERE l.incident_id = i.id)`,
      );
      expect(count).toBe(0);
      const [{ orphans }] = await t.dataSource.query<{ orphans: number }[]>(
        `SELECT (SELECT count(*) FROM incident_amendment a WHERE NOT EXISTS (SELECT 1 FROM incident i WHERE i.id = a.incident_id))
              + (SELECT count(*) FROM incident_status_change s WHERE NOT EXISTS (SELECT 1 FROM incident i WHERE i.id = s.incident_id))
              + (SELECT count(*) FROM incident_agent g WHERE NOT EXISTS (SELECT 1 FROM incident i WHERE i.id = g.incident_id))
              + (SELECT count(*) FROM incident_search f WHERE NOT EXISTS (SELECT 1 FROM incident i WHERE i.id = f.incident_id))
              AS orphans`,
      );
      expect(Number(orphans)).toBe(0);

      // What remains verifies from the anchor.
      const after = await integrity();
      expect(after).toMatchObject({
        ok: true,
        checked: links.length,
        anchor: { seq: anchor.seq, hash: anchor.hash },
      });
    });

    it('still finds a head exported before the purge, and says which ones were purged', async () => {
      const anchor = (await integrity()).anchor!;
      expect((await integrity(headBefore)).exported).toMatchObject({ status: 'FOUND' });
      expect((await integrity({ seq: anchor.seq, hash: anchor.hash })).exported).toMatchObject({
        status: 'FOUND',
      });
      const purged = await integrity({
        seq: anchor.seq - 1,
        hash: snapshot.get(String(anchor.seq - 1))!.hash,
      });
      expect(purged).toMatchObject({ ok: true, exported: { status: 'PURGED' } });
    });

    it('goes on from the anchor when every link was purged', async () => {
      at('2029-09-01T10:00:00Z');
      await record('Après la première purge');
      at('2034-01-10T10:00:00Z');
      const report = await purge.purge();
      expect(await t.dataSource.getRepository(IncidentLink).count()).toBe(0);
      const fresh = await record('Première entrée après la purge complète');
      const link = await t.dataSource.getRepository(IncidentLink).findOneByOrFail({ incidentId: fresh });
      expect(Number(link.seq)).toBe(report.anchor!.seq + 1);
      expect(link.previousHash).toBe(report.anchor!.hash);
      expect(await integrity()).toMatchObject({ ok: true, checked: 1 });
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
