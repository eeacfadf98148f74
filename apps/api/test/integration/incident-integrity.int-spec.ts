import { INCIDENT_STATUS_LABELS, IncidentResponse, IncidentStatus } from '@vigie/shared';

import { bearer, createSignedInApp, createTestApp, TestApp } from '../support/test-app';

/** Its own database: it tampers with the log behind the API's back, as the database owner. */
describe('the main courante is tamper-evident', () => {
  let t: TestApp;
  let chief: string;

  beforeAll(async () => {
    [t, chief] = await createSignedInApp({ today: '2026-06-15' }, 'chef');
  });
  afterAll(() => t.close());

  const integrity = async () =>
    (
      await t.http
        .get('/api/incidents/integrity')
        .set(...bearer(chief))
        .expect(200)
    ).body;

  async function asOwner(table: string, trigger: string, sql: string, params: unknown[]): Promise<void> {
    await t.owner.transaction(async (manager) => {
      await manager.query(`ALTER TABLE ${table} DISABLE TRIGGER ${trigger}`);
      await manager.query(sql, params);
      await manager.query(`ALTER TABLE ${table} ENABLE TRIGGER ${trigger}`);
    });
  }

  it('verifies the demo chain, then points at an entry whose content was altered, then at a deleted link', async () => {
    const healthy = await integrity();
    expect(healthy).toMatchObject({
      ok: true,
      firstBrokenId: null,
      head: { seq: expect.any(Number), hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    expect(healthy.checked).toBe(healthy.head.seq);

    const [victim] = await t.dataSource.query(
      `SELECT id FROM incident ORDER BY recorded_at LIMIT 1 OFFSET 100`,
    );
    await asOwner(
      'incident',
      'trg_incident_guard',
      `UPDATE incident SET summary = 'Rien à signaler' WHERE id = $1`,
      [victim.id],
    );
    const altered = await integrity();
    expect(altered).toMatchObject({ ok: false, firstBrokenId: victim.id });
    expect(altered.problem).toMatch(/son contenu a été modifié/);
    expect(altered.checked).toBeLessThan(healthy.checked);
  });

  it('points at a link removed from the chain', async () => {
    const fresh = await createTestApp({ today: '2026-06-15' });
    try {
      const token = await fresh.tokenOf('chef');
      const [link] = await fresh.dataSource.query(
        `SELECT seq, incident_id FROM incident_link ORDER BY seq LIMIT 1 OFFSET 50`,
      );
      await fresh.owner.transaction(async (manager) => {
        await manager.query(`ALTER TABLE incident_link DISABLE TRIGGER trg_incident_link_append_only`);
        await manager.query(`DELETE FROM incident_link WHERE seq = $1`, [link.seq]);
        await manager.query(`ALTER TABLE incident_link ENABLE TRIGGER trg_incident_link_append_only`);
      });
      const report = (
        await fresh.http
          .get('/api/incidents/integrity')
          .set(...bearer(token))
          .expect(200)
      ).body;
      expect(report.ok).toBe(false);
      expect(report.problem).toMatch(/manquant/);
      expect(report.checked).toBe(50);
    } finally {
      await fresh.close();
    }
  });

  describe('every stored fact of an entry, not only its hashed row', () => {
    let u: TestApp;
    let token: string;
    let healthyChecked: number;
    const check = async () =>
      (
        await u.http
          .get('/api/incidents/integrity')
          .set(...bearer(token))
          .expect(200)
      ).body;

    beforeAll(async () => {
      u = await createTestApp({ today: '2026-06-15' });
      token = await u.tokenOf('chef');
      const healthy = await check();
      expect(healthy.ok).toBe(true);
      healthyChecked = healthy.checked;
    });
    afterAll(() => u.close());

    /** An entry the demo moved through a status change (its status is not OPEN any more). */
    const reviewed = async (): Promise<{ id: string; number: string; status: IncidentStatus }> => {
      const [row] = await u.dataSource.query(
        `SELECT i.id, i.number, i.status FROM incident i
          WHERE EXISTS (SELECT 1 FROM incident_link l WHERE l.kind = 'STATUS' AND l.incident_id = i.id)
          ORDER BY i.recorded_at LIMIT 1 OFFSET 10`,
      );
      return row;
    };

    it('names the entry whose status column was changed by SQL, with both statuses', async () => {
      const entry = await reviewed();
      const forged =
        entry.status === IncidentStatus.CLOSED ? IncidentStatus.TRANSFERRED : IncidentStatus.CLOSED;
      // The row guard lets the status change (the API changes it with a chained status change):
      // the app's own role can write it without any link.
      await u.dataSource.query(`UPDATE incident SET status = $2 WHERE id = $1`, [entry.id, forged]);
      try {
        const report = await check();
        expect(report).toMatchObject({ ok: false, firstBrokenId: entry.id, checked: healthyChecked });
        expect(report.problem).toContain(`Entrée ${entry.number}`);
        expect(report.problem).toContain(`statut enregistré (« ${INCIDENT_STATUS_LABELS[forged]} »)`);
        expect(report.problem).toContain(`historique chaîné (« ${INCIDENT_STATUS_LABELS[entry.status]} »)`);
      } finally {
        await u.dataSource.query(`UPDATE incident SET status = $2 WHERE id = $1`, [entry.id, entry.status]);
      }
      expect((await check()).ok).toBe(true);
    });

    it('names the entry given an agent by SQL (what ?agentId= finds), and the agent', async () => {
      const [entry] = await u.dataSource.query(
        `SELECT id, number, agent_ids,
                to_char(occurred_at - interval '1 day', 'YYYY-MM-DD') AS "from",
                to_char(occurred_at + interval '1 day', 'YYYY-MM-DD') AS "to"
           FROM incident ORDER BY recorded_at LIMIT 1 OFFSET 40`,
      );
      const [stranger] = await u.dataSource.query(
        `SELECT id, matricule, last_name FROM agent WHERE NOT (id = ANY ($1::uuid[])) ORDER BY matricule LIMIT 1`,
        [entry.agent_ids],
      );
      await u.dataSource.query(`INSERT INTO incident_agent (incident_id, agent_id) VALUES ($1, $2)`, [
        entry.id,
        stranger.id,
      ]);
      const found = await u.http
        .get('/api/incidents')
        .query({ agentId: stranger.id, from: entry.from, to: entry.to, limit: 200 })
        .set(...bearer(token))
        .expect(200);
      expect(found.body.items.map((item: { id: string }) => item.id)).toContain(entry.id);
      try {
        const report = await check();
        expect(report).toMatchObject({ ok: false, firstBrokenId: entry.id });
        expect(report.problem).toContain(`Entrée ${entry.number}`);
        expect(report.problem).toContain(`ajouté : ${stranger.matricule} ${stranger.last_name}`);
      } finally {
        await u.owner.transaction(async (manager) => {
          await manager.query(`SET LOCAL vigie.purge = 'on'`);
          await manager.query(`DELETE FROM incident_agent WHERE incident_id = $1 AND agent_id = $2`, [
            entry.id,
            stranger.id,
          ]);
        });
      }
      expect((await check()).ok).toBe(true);
    });

    it('names the entry whose agent link was deleted by SQL, and the agent', async () => {
      const [row] = await u.dataSource.query(
        `SELECT i.id, i.number, ia.agent_id, a.matricule, a.last_name
           FROM incident i JOIN incident_agent ia ON ia.incident_id = i.id JOIN agent a ON a.id = ia.agent_id
          ORDER BY i.recorded_at LIMIT 1 OFFSET 60`,
      );
      await u.owner.transaction(async (manager) => {
        await manager.query(`ALTER TABLE incident_agent DISABLE TRIGGER trg_incident_agent_append_only`);
        await manager.query(`DELETE FROM incident_agent WHERE incident_id = $1 AND agent_id = $2`, [
          row.id,
          row.agent_id,
        ]);
        await manager.query(`ALTER TABLE incident_agent ENABLE TRIGGER trg_incident_agent_append_only`);
      });
      const report = await check();
      expect(report).toMatchObject({ ok: false, firstBrokenId: row.id });
      expect(report.problem).toContain(`Entrée ${row.number}`);
      expect(report.problem).toContain(`retiré : ${row.matricule} ${row.last_name}`);
    });
  });

  it('is a check for the chief only', async () => {
    await t.http
      .get('/api/incidents/integrity')
      .set(...bearer(await t.tokenOf('superviseur')))
      .expect(403);
    await t.http
      .get('/api/incidents/integrity')
      .set(...bearer(await t.tokenOf('agent')))
      .expect(403);
  });

  it('keeps chaining after the detection (new entries are still numbered and linked)', async () => {
    const agent = await t.tokenOf('agent');
    const me = await t.meOf('agent');
    const created = await t.http
      .post('/api/incidents')
      .set(...bearer(agent))
      .send({
        occurredAt: '2026-06-15T08:00:00+02:00',
        category: 'ANIMALS.STRAY',
        location: { address: '3 rue du Marais', quartier: 'MARAIS' },
        summary: 'Chien errant',
        description: 'Recueilli.',
        agentIds: [me.agentId],
      })
      .expect(201);
    expect((created.body as IncidentResponse).number).toMatch(/^MC-2026-\d{6}$/);
  });
});
