// The raw baseline of the api scenario: a minimal Fastify + pg server, run as its own process,
// answering GET /api/incidents and POST /api/incidents with the very SQL statements Vigie runs
// (captured from PostgreSQL's statement log), on the same database, with the same pool size,
// the same HS256 token check and session query, and the same JSON. What it does not have is the
// framework: no Nest, no TypeORM, no class-validator (a JSON schema instead), no request logs.
// Like Vigie it connects as the app role, under row-level security, with its service set on each
// connection (the bench's database holds one service: Vigie too sets it once per connection then).
//   DATABASE_URL=<owner's> VIGIE_SERVICE=<id> PORT=… JWT_SECRET=… node bench/support/raw-server.mjs
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';

import Fastify from 'fastify';
import pg from 'pg';

const ROOT = new URL('../..', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const shared = require(join(ROOT, 'dist/apps/api/libs/shared/src/index.js'));
const { entryContent, linkHash } = require(
  join(ROOT, 'dist/apps/api/apps/api/src/modules/incidents/incident-chain.js'),
);

const SECRET = process.env.JWT_SECRET;
const ZONE = 'Europe/Paris';
const { managedAppUrl } = require(join(ROOT, 'dist/apps/api/apps/api/src/database/app-role.js'));
const ownerRole = decodeURIComponent(new URL(process.env.DATABASE_URL).username);
const pool = new pg.Pool({ connectionString: managedAppUrl(process.env.DATABASE_URL, ownerRole), max: 20 });
pool.on('connect', (client) => {
  client.query(`SELECT set_config('vigie.service', $1, false)`, [process.env.VIGIE_SERVICE]);
});
const app = Fastify({ logger: false, bodyLimit: 1024 * 1024 });

const INCIDENT_COLUMNS =
  '"i"."id" AS "i_id", "i"."number" AS "i_number", "i"."year" AS "i_year", "i"."sequence" AS "i_sequence", ' +
  '"i"."occurred_at" AS "i_occurred_at", "i"."recorded_at" AS "i_recorded_at", "i"."category" AS "i_category", ' +
  '"i"."quartier" AS "i_quartier", "i"."address" AS "i_address", "i"."lat" AS "i_lat", "i"."lng" AS "i_lng", ' +
  '"i"."summary" AS "i_summary", "i"."description" AS "i_description", "i"."agent_ids" AS "i_agent_ids", ' +
  '"i"."camera_ids" AS "i_camera_ids", "i"."actions" AS "i_actions", "i"."author_id" AS "i_author_id", ' +
  '"i"."author_login" AS "i_author_login", "i"."status" AS "i_status"';
/** A line of the list, in one statement: Vigie's own selection (incidents.mapper.ts). */
const { SUMMARY_SELECT } = require(
  join(ROOT, 'dist/apps/api/apps/api/src/modules/incidents/incidents.mapper.js'),
);

const problem = (reply, status, title) =>
  reply.code(status).type('application/problem+json').send({ type: 'about:blank', title, status });

/** HS256 only, issuer vigie, not expired; then the user and session, as Vigie's guard does. */
async function authenticate(request, reply) {
  const header = request.headers.authorization;
  const token = typeof header === 'string' && /^Bearer [\w.-]+$/.test(header) ? header.slice(7) : null;
  const parts = token?.split('.') ?? [];
  if (parts.length !== 3) return problem(reply, 401, 'Connectez-vous.');
  const expected = createHmac('sha256', SECRET).update(`${parts[0]}.${parts[1]}`).digest();
  const given = Buffer.from(parts[2], 'base64url');
  let payload;
  try {
    const head = JSON.parse(Buffer.from(parts[0], 'base64url').toString());
    payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString());
    if (head.alg !== 'HS256' || given.length !== expected.length || !timingSafeEqual(given, expected))
      throw new Error('signature');
    if (payload.iss !== 'vigie' || !(payload.exp * 1000 > Date.now())) throw new Error('claims');
  } catch {
    return problem(reply, 401, 'Jeton invalide.');
  }
  const { rows } = await pool.query(
    `SELECT u.id, u.login, u.display_name, u.roles, u.agent_id
         FROM app_user u JOIN auth_session s ON s.user_id = u.id
        WHERE u.id = $1 AND s.id = $2 AND NOT u.disabled AND s.revoked_at IS NULL`,
    [payload.sub, payload.sid],
  );
  if (!rows[0]) return problem(reply, 401, 'Session terminée.');
  request.caller = { id: rows[0].id, login: rows[0].login, roles: rows[0].roles, agentId: rows[0].agent_id };
}

const incidentOf = (row, prefix) => {
  const get = (column) => row[`${prefix}_${column}`];
  return {
    id: get('id'),
    number: get('number'),
    year: get('year'),
    sequence: get('sequence'),
    occurredAt: get('occurred_at'),
    recordedAt: get('recorded_at'),
    category: get('category'),
    quartier: get('quartier'),
    address: get('address'),
    lat: get('lat'),
    lng: get('lng'),
    summary: get('summary'),
    description: get('description'),
    agentIds: get('agent_ids'),
    cameraIds: get('camera_ids'),
    actions: get('actions'),
    authorId: get('author_id'),
    authorLogin: get('author_login'),
    status: get('status'),
  };
};

const summaryOf = (incident, agents, amendmentCount) => ({
  id: incident.id,
  number: incident.number,
  occurredAt: incident.occurredAt.toISOString(),
  recordedAt: incident.recordedAt.toISOString(),
  category: incident.category,
  categoryLabel: shared.categoryLabel(incident.category),
  location: { address: incident.address, quartier: incident.quartier, lat: incident.lat, lng: incident.lng },
  summary: incident.erasedAt ? shared.ERASED_ENTRY_LABEL : incident.summary,
  status: incident.status,
  agents: incident.agentIds.map((id) => ({ id, name: agents.get(id) ?? '—' })),
  amendmentCount,
  erasedAt: incident.erasedAt?.toISOString() ?? null,
});

const localMidnight = (day) => {
  // The instant of 00:00 in Paris on `day` (YYYY-MM-DD), as Vigie's startOfLocalDay.
  const guess = new Date(`${day}T00:00:00Z`);
  const offset = new Date(guess.toLocaleString('en-US', { timeZone: ZONE })).getTime() - guess.getTime();
  return new Date(guess.getTime() - offset);
};

const ENUM = (values) => ({ type: 'string', enum: values });
const QUARTIER = { type: 'string', pattern: shared.QUARTIER_CODE_PATTERN.source };
const listSchema = {
  querystring: {
    type: 'object',
    additionalProperties: false,
    properties: {
      limit: { type: 'integer', minimum: 1, maximum: shared.MAX_PAGE_SIZE },
      cursor: { type: 'string', maxLength: 500 },
      from: { type: 'string', format: 'date' },
      to: { type: 'string', format: 'date' },
      category: ENUM([...shared.CATEGORY_GROUP_CODES, ...shared.CATEGORY_CODES]),
      quartier: QUARTIER,
      status: ENUM(Object.values(shared.IncidentStatus)),
      agentId: { type: 'string', format: 'uuid' },
      q: { type: 'string', maxLength: 200 },
    },
  },
};

app.get('/api/incidents', { schema: listSchema, preHandler: authenticate }, async (request, reply) => {
  const query = request.query;
  const limit = Math.min(query.limit ?? shared.DEFAULT_PAGE_SIZE, shared.MAX_PAGE_SIZE);
  const where = [];
  const params = [];
  const add = (sql, value) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  // Words alone (with dates): the page's ids from the search table in date order, as the API does.
  const wordsAlone = query.q?.trim() && !query.category && !query.quartier && !query.status && !query.agentId;
  const [at, id] = wordsAlone ? ['s.occurred_at', 's.incident_id'] : ['"i"."occurred_at"', '"i"."id"'];
  if (query.from) add(`${at} >= ?`, localMidnight(query.from));
  if (query.to) add(`${at} < ?`, localMidnight(shared.addDays(query.to, 1)));
  if (query.category) {
    if (query.category.includes('.')) add('"i"."category" = ?', query.category);
    else add('"i"."category" LIKE ?', `${query.category}.%`);
  }
  if (query.quartier) add('"i"."quartier" = ?', query.quartier);
  if (query.status) add('"i"."status" = ?', query.status);
  if (query.agentId)
    add(
      'EXISTS (SELECT 1 FROM incident_agent ia WHERE ia.incident_id = "i".id AND ia.agent_id = ?)',
      query.agentId,
    );
  if (wordsAlone) add('s.document @@ vigie_fr_query(?)', query.q.trim());
  else if (query.q?.trim())
    add(
      `EXISTS (SELECT 1 FROM incident_search_own s WHERE s.incident_id = "i".id AND s.document @@ vigie_fr_query(?))`,
      query.q.trim(),
    );
  if (query.cursor) {
    let key;
    try {
      key = JSON.parse(Buffer.from(query.cursor, 'base64url').toString('utf8'));
    } catch {
      key = null;
    }
    if (!Array.isArray(key) || key.length !== 2 || Number.isNaN(Date.parse(String(key[0]))))
      return problem(reply, 400, 'curseur invalide');
    params.push(key[0], key[1]);
    where.push(
      `(${at}, ${id}) < (CAST($${params.length - 1} AS timestamptz), CAST($${params.length} AS uuid))`,
    );
  }
  const conditions = where.length ? ` WHERE ${where.join(' AND ')}` : '';
  const { rows } = await pool.query(
    wordsAlone
      ? `WITH hits AS MATERIALIZED (SELECT s.incident_id FROM incident_search_own s${conditions} ORDER BY s.occurred_at DESC, s.incident_id DESC LIMIT ${limit + 1})
         SELECT ${SUMMARY_SELECT} FROM "incident" "i" WHERE "i"."id" IN (SELECT incident_id FROM hits) ORDER BY "i"."occurred_at" DESC, "i"."id" DESC`
      : `SELECT ${SUMMARY_SELECT} FROM "incident" "i"${conditions} ORDER BY "i"."occurred_at" DESC, "i"."id" DESC LIMIT ${limit + 1}`,
    params,
  );
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map((row) =>
      summaryOf(
        row,
        new Map(row.agentIds.map((id, n) => [id, row.agentNames[n] ?? '—'])),
        row.amendmentCount,
      ),
    ),
    nextCursor:
      rows.length > limit && last
        ? Buffer.from(JSON.stringify([last.occurredAt.toISOString(), last.id])).toString('base64url')
        : null,
  };
});

const text = (min, max) => ({ type: 'string', minLength: min, maxLength: max });
const uuids = (maxItems, minItems = 0) => ({
  type: 'array',
  minItems,
  maxItems,
  uniqueItems: true,
  items: { type: 'string', format: 'uuid' },
});
const createSchema = {
  body: {
    type: 'object',
    additionalProperties: false,
    required: ['occurredAt', 'category', 'location', 'summary', 'description', 'agentIds'],
    properties: {
      occurredAt: { type: 'string', format: 'date-time' },
      category: ENUM(shared.CATEGORY_CODES),
      location: {
        type: 'object',
        additionalProperties: false,
        required: ['address', 'quartier'],
        properties: {
          address: text(3, 200),
          quartier: QUARTIER,
          lat: { type: 'number', minimum: -90, maximum: 90 },
          lng: { type: 'number', minimum: -180, maximum: 180 },
        },
      },
      summary: text(3, 200),
      description: text(0, 10000),
      agentIds: uuids(30, 1),
      cameraIds: uuids(30),
      actions: {
        type: 'array',
        maxItems: 20,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['kind'],
          properties: {
            kind: ENUM(Object.values(shared.IncidentActionKind)),
            natinf: { type: 'string', pattern: '^\\d{1,5}$' },
            note: text(0, 500),
          },
        },
      },
    },
  },
};

app.post('/api/incidents', { schema: createSchema, preHandler: authenticate }, async (request, reply) => {
  const dto = request.body;
  const caller = request.caller;
  const now = new Date();
  const occurredAt = new Date(dto.occurredAt);
  if (occurredAt.getTime() > now.getTime() + 5 * 60_000)
    return problem(reply, 400, 'occurredAt dans le futur');
  if (caller.agentId && !dto.agentIds.includes(caller.agentId)) return problem(reply, 400, 'agentIds');
  let incident;
  const client = await pool.connect();
  try {
    await client.query('START TRANSACTION');
    const placeholders = (values) => values.map((_, i) => `$${i + 1}`).join(', ');
    const known = await client.query(
      `SELECT COUNT(1) AS "cnt" FROM "agent" "Agent" WHERE (("Agent"."id" IN (${placeholders(dto.agentIds)})))`,
      dto.agentIds,
    );
    if (Number(known.rows[0].cnt) !== dto.agentIds.length) {
      await client.query('ROLLBACK');
      return problem(reply, 422, 'agent inconnu');
    }
    await client.query(
      'SELECT pg_advisory_xact_lock(hashtext($1), hashtext(vigie_current_service()::text))',
      ['vigie:incident-chain'],
    );
    const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric' }).format(now));
    const counter = await client.query(
      `INSERT INTO incident_counter (year, last) VALUES ($1, 1)
         ON CONFLICT (service_id, year) DO UPDATE SET last = incident_counter.last + 1 RETURNING last`,
      [year],
    );
    const sequence = counter.rows[0].last;
    incident = {
      number: shared.incidentNumber(year, sequence),
      year,
      sequence,
      occurredAt,
      recordedAt: now,
      category: dto.category,
      quartier: dto.location.quartier,
      address: dto.location.address.trim(),
      lat: dto.location.lat ?? null,
      lng: dto.location.lng ?? null,
      summary: dto.summary.trim(),
      description: dto.description.trim(),
      agentIds: dto.agentIds,
      cameraIds: dto.cameraIds ?? [],
      actions: (dto.actions ?? []).map((a) => ({
        kind: a.kind,
        natinf: a.natinf ?? null,
        note: a.note?.trim() || null,
      })),
      authorId: caller.id,
      authorLogin: caller.login,
      status: 'OPEN',
    };
    const inserted = await client.query(
      `INSERT INTO "incident"("id", "number", "year", "sequence", "occurred_at", "recorded_at", "category", "quartier", "address", "lat", "lng", "summary", "description", "agent_ids", "camera_ids", "actions", "author_id", "author_login", "status") VALUES (DEFAULT, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) RETURNING "id", "camera_ids", "actions", "status"`,
      [
        incident.number,
        incident.year,
        incident.sequence,
        incident.occurredAt,
        incident.recordedAt,
        incident.category,
        incident.quartier,
        incident.address,
        incident.lat,
        incident.lng,
        incident.summary,
        incident.description,
        incident.agentIds,
        incident.cameraIds,
        JSON.stringify(incident.actions),
        incident.authorId,
        incident.authorLogin,
        incident.status,
      ],
    );
    incident.id = inserted.rows[0].id;
    for (const agentId of dto.agentIds) {
      await client.query('INSERT INTO "incident_agent"("incident_id", "agent_id") VALUES ($1, $2)', [
        incident.id,
        agentId,
      ]);
    }
    const lastLink = await client.query(
      'SELECT "IncidentLink"."seq" AS "IncidentLink_seq", "IncidentLink"."kind" AS "IncidentLink_kind", "IncidentLink"."ref_id" AS "IncidentLink_ref_id", "IncidentLink"."incident_id" AS "IncidentLink_incident_id", "IncidentLink"."previous_hash" AS "IncidentLink_previous_hash", "IncidentLink"."hash" AS "IncidentLink_hash", "IncidentLink"."created_at" AS "IncidentLink_created_at" FROM "incident_link" "IncidentLink" ORDER BY "IncidentLink"."seq" DESC LIMIT 1',
    );
    const previous = lastLink.rows[0];
    const previousHash = previous?.IncidentLink_hash ?? shared.GENESIS_HASH;
    await client.query(
      'INSERT INTO "incident_link"("seq", "kind", "ref_id", "incident_id", "previous_hash", "hash", "created_at") VALUES ($1, $2, $3, $4, $5, $6, DEFAULT) RETURNING "created_at"',
      [
        String(previous ? BigInt(previous.IncidentLink_seq) + 1n : 1n),
        'ENTRY',
        incident.id,
        incident.id,
        previousHash,
        linkHash(entryContent(incident), previousHash),
      ],
    );
    await client.query(
      'INSERT INTO "audit_event"("id", "at", "actor_id", "actor_login", "action", "entity", "entity_id", "ip", "details") VALUES (DEFAULT, DEFAULT, $1, $2, $3, $4, $5, $6, $7) RETURNING "id", "at"',
      [
        caller.id,
        caller.login,
        'CREATE',
        'incident',
        incident.id,
        null,
        JSON.stringify({ number: incident.number }),
      ],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
  // The detail, read back once committed as Vigie does (each statement on a connection of the pool).
  const found = await pool.query(
    `SELECT ${INCIDENT_COLUMNS.replaceAll('"i"', '"Incident"').replaceAll('"i_', '"Incident_')} FROM "incident" "Incident" WHERE (("Incident"."id" = $1)) LIMIT 1`,
    [incident.id],
  );
  const stored = incidentOf(found.rows[0], 'Incident');
  await pool.query('SELECT ref_id, seq FROM incident_link WHERE incident_id = $1', [incident.id]);
  await pool.query(
    'SELECT "IncidentAmendment"."id" AS "IncidentAmendment_id", "IncidentAmendment"."incident_id" AS "IncidentAmendment_incident_id", "IncidentAmendment"."text" AS "IncidentAmendment_text", "IncidentAmendment"."author_id" AS "IncidentAmendment_author_id", "IncidentAmendment"."author_login" AS "IncidentAmendment_author_login", "IncidentAmendment"."created_at" AS "IncidentAmendment_created_at" FROM "incident_amendment" "IncidentAmendment" WHERE (("IncidentAmendment"."incident_id" = $1))',
    [incident.id],
  );
  await pool.query(
    'SELECT "IncidentStatusChange"."id" AS "IncidentStatusChange_id", "IncidentStatusChange"."incident_id" AS "IncidentStatusChange_incident_id", "IncidentStatusChange"."from_status" AS "IncidentStatusChange_from_status", "IncidentStatusChange"."to_status" AS "IncidentStatusChange_to_status", "IncidentStatusChange"."note" AS "IncidentStatusChange_note", "IncidentStatusChange"."author_id" AS "IncidentStatusChange_author_id", "IncidentStatusChange"."author_login" AS "IncidentStatusChange_author_login", "IncidentStatusChange"."created_at" AS "IncidentStatusChange_created_at" FROM "incident_status_change" "IncidentStatusChange" WHERE (("IncidentStatusChange"."incident_id" = $1))',
    [incident.id],
  );
  const names = await pool.query(
    `SELECT 'agent' AS kind, id, first_name || ' ' || last_name AS name FROM agent WHERE id = ANY($1::uuid[])
       UNION ALL
       SELECT 'user' AS kind, id, display_name AS name FROM app_user WHERE id = ANY($2::uuid[])`,
    [[...new Set(stored.agentIds)], [stored.authorId]],
  );
  const nameOf = (kind) =>
    new Map(names.rows.filter((row) => row.kind === kind).map((row) => [row.id, row.name]));
  const agents = nameOf('agent');
  const footage = await pool.query(
    'SELECT "FootageRequest"."id" AS "FootageRequest_id", "FootageRequest"."camera_id" AS "FootageRequest_camera_id", "FootageRequest"."window_start" AS "FootageRequest_window_start", "FootageRequest"."window_end" AS "FootageRequest_window_end", "FootageRequest"."authority" AS "FootageRequest_authority", "FootageRequest"."reason" AS "FootageRequest_reason", "FootageRequest"."reference" AS "FootageRequest_reference", "FootageRequest"."incident_id" AS "FootageRequest_incident_id", "FootageRequest"."status" AS "FootageRequest_status", "FootageRequest"."overwrite_at" AS "FootageRequest_overwrite_at", "FootageRequest"."requested_at" AS "FootageRequest_requested_at", "FootageRequest"."requested_by" AS "FootageRequest_requested_by", "FootageRequest"."extracted_at" AS "FootageRequest_extracted_at", "FootageRequest"."operator_agent_id" AS "FootageRequest_operator_agent_id", "FootageRequest"."delivered_at" AS "FootageRequest_delivered_at", "FootageRequest"."recipient" AS "FootageRequest_recipient", "FootageRequest"."updated_at" AS "FootageRequest_updated_at", "FootageRequest"."version" AS "FootageRequest_version" FROM "footage_request" "FootageRequest" WHERE (("FootageRequest"."incident_id" = $1))',
    [incident.id],
  );
  // The entry's photos (issue 24), by entry or complement, as Vigie reads them.
  const photos = await pool.query(
    `SELECT ip.ref_id, ip.sha256, o.media_type, o.size
       FROM incident_photo ip JOIN photo_object o ON o.sha256 = ip.sha256
      WHERE ip.incident_id = $1 ORDER BY ip.ref_id, ip.position`,
    [incident.id],
  );
  reply.code(201);
  return {
    ...summaryOf(stored, agents, 0),
    photos: photos.rows
      .filter((row) => row.ref_id === incident.id)
      .map((row) => ({ sha256: row.sha256, mediaType: row.media_type, size: Number(row.size) })),
    description: stored.description,
    actions: stored.actions,
    cameraIds: stored.cameraIds,
    cameras: [],
    footageRequests: footage.rows,
    author: stored.authorLogin,
    authorName: nameOf('user').get(stored.authorId) ?? null,
    amendments: [],
    statusHistory: [],
  };
});
app.get('/api/health', async () => ({ status: 'ok' }));

await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, () => {
    void app
      .close()
      .then(() => pool.end())
      .finally(() => process.exit(0));
  });
}
