import { IncidentResponse } from '@vigie/shared';

import { bearer, createTestApp, TestApp } from '../support/test-app';

/** Its own database: it tampers with the log behind the API's back, as the database owner. */
describe('the main courante is tamper-evident', () => {
  let t: TestApp;
  let chief: string;

  beforeAll(async () => {
    t = await createTestApp({ today: '2026-06-15' });
    chief = await t.tokenOf('chef');
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
    await t.dataSource.transaction(async (manager) => {
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
      await fresh.dataSource.transaction(async (manager) => {
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
    const me = (
      await t.http
        .get('/api/auth/me')
        .set(...bearer(agent))
        .expect(200)
    ).body as { agentId: string };
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
