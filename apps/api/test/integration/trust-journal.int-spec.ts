import { Agent } from '../../src/modules/agents/agent.entity';
import { bearer, createTestApp, DemoLogin, TestApp } from '../support/test-app';

const TODAY = '2026-06-15';

interface JournaledRecord {
  entity: string;
  path: (id: string) => string;
  id: string;
  readers: DemoLogin[];
  /** A value of the record: it must not reach a caller whose read could not be journaled. */
  secret: string;
}

/**
 * Reads of personal and sensitive records — an agent's record, a main courante entry, a
 * candidate's file, a footage request — are journaled in the same transaction as the answer
 * (no journal, no answer), and the chief lists who consulted a record.
 */
describe('the access journal', () => {
  let t: TestApp;
  const records: JournaledRecord[] = [];

  beforeAll(async () => {
    t = await createTestApp({ today: TODAY });
    const chief = await t.tokenOf('chef');
    const agent = await t.dataSource.getRepository(Agent).findOneByOrFail({ lastName: 'Haddad' });
    records.push({
      entity: 'agent',
      path: (id) => `/api/agents/${id}`,
      id: agent.id,
      readers: ['chef', 'rh', 'superviseur'],
      secret: agent.matricule,
    });
    const me = (await t.http.get('/api/auth/me').set(...bearer(chief))).body as { agentId: string };
    const incident = (
      await t.http
        .post('/api/incidents')
        .set(...bearer(chief))
        .send({
          occurredAt: `${TODAY}T08:00:00+02:00`,
          category: 'PERSONS.THREAT',
          location: { address: '3 rue Pasteur', quartier: 'DELIVRANCE' },
          summary: 'Menaces envers un commerçant',
          description: 'Récit détaillé des menaces.',
          agentIds: [me.agentId],
        })
        .expect(201)
    ).body as { id: string };
    records.push({
      entity: 'incident',
      path: (id) => `/api/incidents/${id}`,
      id: incident.id,
      readers: ['chef', 'superviseur', 'agent'],
      secret: 'Récit détaillé des menaces.',
    });
    const recruitment = (
      await t.http
        .post('/api/recruitments')
        .set(...bearer(chief))
        .send({ candidateName: 'Camille Candidate', route: 'TRANSFER', grade: 'GARDIEN_BRIGADIER' })
        .expect(201)
    ).body as { id: string };
    records.push({
      entity: 'recruitment',
      path: (id) => `/api/recruitments/${id}`,
      id: recruitment.id,
      readers: ['chef', 'rh'],
      secret: 'Camille Candidate',
    });
    const [camera] = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM camera WHERE status = 'ACTIVE' ORDER BY code LIMIT 1`,
    );
    const footage = (
      await t.http
        .post('/api/footage-requests')
        .set(...bearer(chief))
        .send({
          cameraId: camera.id,
          from: '2026-06-14T20:00:00+02:00',
          to: '2026-06-14T21:00:00+02:00',
          authority: 'PROSECUTOR',
          reason: 'Réquisition du parquet n° 26/1234',
        })
        .expect(201)
    ).body as { id: string };
    records.push({
      entity: 'footage_request',
      path: (id) => `/api/footage-requests/${id}`,
      id: footage.id,
      readers: ['chef', 'superviseur'],
      secret: 'Réquisition du parquet n° 26/1234',
    });
  });
  afterAll(() => t.close());

  const consultations = async (entity: string, id: string) =>
    (
      (
        await t.http
          .get('/api/audit')
          .query({ entity, entityId: id, action: 'READ' })
          .set(...bearer(await t.tokenOf('chef')))
          .expect(200)
      ).body as { items: { actorLogin: string; action: string; at: string }[] }
    ).items;

  it('journals every read, and the chief lists who consulted each record', async () => {
    for (const record of records) {
      for (const reader of record.readers) {
        await t.http
          .get(record.path(record.id))
          .set(...bearer(await t.tokenOf(reader)))
          .expect(200);
      }
      const readers = (await consultations(record.entity, record.id)).map((event) => event.actorLogin);
      expect({ entity: record.entity, readers: readers.sort() }).toEqual({
        entity: record.entity,
        readers: [...record.readers].sort(),
      });
    }
  });

  it('lets only the chief list the consultations', async () => {
    for (const login of ['superviseur', 'agent', 'rh'] as const) {
      await t.http
        .get('/api/audit')
        .query({ entity: 'incident', entityId: records[1].id, action: 'READ' })
        .set(...bearer(await t.tokenOf(login)))
        .expect(403);
    }
  });

  it('answers no read whose journal line could not be written: journal and answer are one transaction', async () => {
    await t.owner.query(`
      CREATE FUNCTION refuse_read_journal() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.action = 'READ' THEN RAISE EXCEPTION 'journal unavailable' USING ERRCODE = 'disk_full'; END IF;
        RETURN NEW;
      END $$`);
    await t.owner.query(
      `CREATE TRIGGER trg_refuse_read_journal BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION refuse_read_journal()`,
    );
    try {
      for (const record of records) {
        const before = (await consultations(record.entity, record.id)).length;
        const response = await t.http.get(record.path(record.id)).set(...bearer(await t.tokenOf('chef')));
        expect({ entity: record.entity, refused: response.status >= 500 }).toEqual({
          entity: record.entity,
          refused: true,
        });
        expect(JSON.stringify(response.body)).not.toContain(record.secret);
        expect(await consultations(record.entity, record.id)).toHaveLength(before);
      }
    } finally {
      await t.owner.query(`DROP TRIGGER trg_refuse_read_journal ON audit_event`);
      await t.owner.query(`DROP FUNCTION refuse_read_journal()`);
    }
    // Back to normal: read and journaled.
    await t.http
      .get(records[1].path(records[1].id))
      .set(...bearer(await t.tokenOf('chef')))
      .expect(200);
  });
});
