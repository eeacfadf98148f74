import { randomUUID } from 'node:crypto';

import { IncidentResponse } from '@vigie/shared';

import { Incident } from '../../src/modules/incidents/incident.entity';
import { IncidentAmendment } from '../../src/modules/incidents/incident-amendment.entity';
import { Absence } from '../../src/modules/planning/absence.entity';
import { bearer, createTestApp, TestApp } from '../support/test-app';

/**
 * Issue 24 point 3: a phone that lost its answer sends its entry again with the same
 * `Idempotency-Key`; Vigie answers the entry it already made — same number — and makes no second
 * one, also when the retries race.
 */
describe('exactly-once creations (Idempotency-Key)', () => {
  let t: TestApp;
  let agent: string;
  let chief: string;
  let agentId: string;
  let chiefAgentId: string;

  beforeAll(async () => {
    t = await createTestApp({ today: '2026-06-15' });
    agent = await t.tokenOf('agent');
    chief = await t.tokenOf('chef');
    agentId = (await t.meOf('agent')).agentId!;
    chiefAgentId = (await t.meOf('chef')).agentId!;
  });
  afterAll(() => t.close());

  const entry = (summary = 'Tag sur le mur de l’école', agentIds = [agentId]) => ({
    occurredAt: '2026-06-15T09:30:00+02:00',
    category: 'TRAFFIC.PARKING',
    location: { address: '12 rue du Bourg', quartier: 'BOURG' },
    summary,
    description: 'Constaté en patrouille, photographié.',
    agentIds,
  });
  const post = (token: string, body: object, key?: string, path = '/api/incidents') => {
    const request = t.http
      .post(path)
      .set(...bearer(token))
      .send(body);
    return key === undefined ? request : request.set('Idempotency-Key', key);
  };
  const entries = () => t.dataSource.getRepository(Incident).count();

  it('answers a retry with the entry the key made (200, same number) and makes no second one', async () => {
    const key = randomUUID();
    const before = await entries();
    const first = await post(agent, entry(), key).expect(201);
    const again = await post(agent, entry(), key).expect(200);
    expect((again.body as IncidentResponse).id).toBe((first.body as IncidentResponse).id);
    expect((again.body as IncidentResponse).number).toBe((first.body as IncidentResponse).number);
    expect(await entries()).toBe(before + 1);
    // The key is read whatever its case.
    await post(agent, entry(), key.toUpperCase()).expect(200);
    expect(await entries()).toBe(before + 1);
  });

  it('makes exactly one entry out of 20 concurrent retries with one key, all answering its number', async () => {
    const key = randomUUID();
    const before = await entries();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => post(agent, entry('Rodéo urbain'), key)),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([200, ...Array<number>(18).fill(200), 201].sort());
    expect(new Set(answers.map((answer) => (answer.body as IncidentResponse).number)).size).toBe(1);
    expect(await entries()).toBe(before + 1);
    // Numbers stay gap-free: the next entry takes the next number.
    const next = await post(agent, entry('Dépôt sauvage'), randomUUID()).expect(201);
    const number = (answers[0].body as IncidentResponse).number;
    expect((next.body as IncidentResponse).number).toBe(
      `MC-2026-${String(Number(number.slice(-6)) + 1).padStart(6, '0')}`,
    );
  });

  it('refuses the same key for another body (422) and writes nothing', async () => {
    const key = randomUUID();
    await post(agent, entry('Chien errant'), key).expect(201);
    const before = await entries();
    const reused = await post(agent, entry('Chien errant, place de la mairie'), key).expect(422);
    expect(reused.body).toMatchObject({ status: 422, reason: 'IDEMPOTENCY_KEY_REUSED' });
    expect(reused.body.detail).toContain('a déjà servi pour une autre demande');
    expect(await entries()).toBe(before);
  });

  it('refuses a key that is not a UUID (400, in French) and writes nothing', async () => {
    const before = await entries();
    for (const key of ['42', 'x'.repeat(300), `${randomUUID()}-x`]) {
      const refused = await post(agent, entry(), key).expect(400);
      expect(refused.body).toMatchObject({ status: 400, reason: 'IDEMPOTENCY_KEY_INVALID' });
      expect(refused.body.detail).toContain('doit être un UUID');
    }
    expect(await entries()).toBe(before);
  });

  it('keeps each account’s keys apart: the same key from another account is a request of its own', async () => {
    const key = randomUUID();
    const before = await entries();
    const mine = await post(agent, entry('Véhicule ventouse'), key).expect(201);
    const theirs = await post(chief, entry('Véhicule ventouse', [chiefAgentId]), key).expect(201);
    expect((theirs.body as IncidentResponse).id).not.toBe((mine.body as IncidentResponse).id);
    expect(await entries()).toBe(before + 2);
  });

  it('adds a complement once, whatever the retries, and the same key on another entry is refused', async () => {
    const made = (await post(agent, entry('Nuisances sonores'), randomUUID()).expect(201))
      .body as IncidentResponse;
    const other = (await post(agent, entry('Feu de poubelle'), randomUUID()).expect(201))
      .body as IncidentResponse;
    const key = randomUUID();
    const text = { text: 'Le plaignant rappelle : le bruit a cessé à 23 h 40.' };
    const path = `/api/incidents/${made.id}/amendments`;
    const answers = await Promise.all(Array.from({ length: 5 }, () => post(agent, text, key, path)));
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(await t.dataSource.getRepository(IncidentAmendment).countBy({ incidentId: made.id })).toBe(1);
    await post(agent, text, key, `/api/incidents/${other.id}/amendments`).expect(422);
    expect(await t.dataSource.getRepository(IncidentAmendment).countBy({ incidentId: other.id })).toBe(0);
  });

  it('records an absence request once, whatever the retries (10 racing: one 201, nine 200, one row)', async () => {
    const key = randomUUID();
    const request = {
      agentId,
      kind: 'TRAINING',
      startsAt: '2026-07-08T08:00:00+02:00',
      endsAt: '2026-07-08T17:00:00+02:00',
      note: 'Formation premiers secours',
    };
    const count = () => t.dataSource.getRepository(Absence).countBy({ agentId, note: request.note });
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => post(agent, request, key, '/api/absences')),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([...Array<number>(9).fill(200), 201]);
    expect(new Set(answers.map((answer) => (answer.body as { id: string }).id)).size).toBe(1);
    expect(await count()).toBe(1);
    await post(agent, { ...request, note: 'Autre formation' }, key, '/api/absences').expect(422);
    expect(await count()).toBe(1);
  });

  it('leaves the chain valid after the retries', async () => {
    const integrity = await t.http
      .get('/api/incidents/integrity')
      .set(...bearer(chief))
      .expect(200);
    expect(integrity.body).toMatchObject({ ok: true });
  });
});
