// Bulk loading of the main courante for the scenarios: generated entries written with COPY, as
// the database owner, consistent with the design — numbers from the per-year counters, presence
// rows, the full-text documents filled by the table's own trigger, and every entry and status
// change linked into the hash chain after the current head (hashes computed by Vigie's code).
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, createWriteStream } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

import { DateTime } from 'luxon';
import pg from 'pg';

import { tempDir } from './vigie.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const chain = require(join(ROOT, 'dist/apps/api/apps/api/src/modules/incidents/incident-chain.js'));
const shared = require(join(ROOT, 'dist/apps/api/libs/shared/src/index.js'));

const ZONE = 'Europe/Paris';

/** The words the full-text scenario looks for: one in a good share of entries, one in very few. */
export const COMMON_WORD = 'stationnement';
export const RARE_WORD = 'trottinette';
export const RARE_SHARE = 0.0002;

const QUARTIERS = ['BOURG', 'MITTERIE', 'DELIVRANCE', 'MONT_A_CAMP', 'MARAIS', 'CANTELEU'];
const STREETS = [
  'rue du Bourg',
  'avenue de Dunkerque',
  'rue de la Mitterie',
  'rue Guy Môquet',
  'rue de la Délivrance',
  'rue Jean Jaurès',
  'rue du Mont-à-Camp',
  'rue Victor Hugo',
  'rue du Marais',
  'avenue Foch',
  'rue de Canteleu',
  'boulevard de la Liberté',
];
// [category, weight, first hour, last hour, summaries, description, action]
const KINDS = [
  [
    'PUBLIC_PEACE.NOISE',
    16,
    20,
    26,
    [
      'Tapage nocturne, musique forte',
      'Bruit de fête dans un appartement',
      'Nuisances sonores devant un bar',
    ],
    'Appel d’un riverain pour des nuisances sonores. Sur place, constat du bruit depuis la voie publique, les occupants ont été invités à cesser le tapage.',
    'VERBAL_WARNING',
  ],
  [
    'PUBLIC_PEACE.GATHERING',
    6,
    18,
    23,
    ['Rassemblement de jeunes dans un hall', 'Groupe bruyant devant la supérette'],
    'Groupe d’une dizaine de personnes signalé par le bailleur. Contrôle et dispersion sans incident, rappel des règles de tranquillité.',
    'REMINDER_OF_LAW',
  ],
  [
    'TRAFFIC.PARKING',
    18,
    7,
    19,
    [
      'Stationnement gênant devant l’école',
      'Stationnement sur emplacement PMR',
      'Véhicule sur le trottoir, passage bloqué',
    ],
    'Constat d’un stationnement gênant aux heures de sortie. Le conducteur absent, un avis de contravention a été apposé.',
    'FINE',
  ],
  [
    'TRAFFIC.ACCIDENT',
    5,
    7,
    19,
    ['Accrochage matériel au carrefour', 'Chute d’un cycliste'],
    'Accident matériel sans blessé. Sécurisation des lieux, aide au constat amiable, régulation de la circulation.',
    'ASSISTANCE',
  ],
  [
    'TRAFFIC.ABANDONED_VEHICLE',
    4,
    9,
    16,
    ['Véhicule en stationnement abusif depuis plus de sept jours', 'Épave sans plaque sur le parking'],
    'Véhicule signalé par les riverains. Recherche du titulaire, procédure de mise en fourrière engagée.',
    'IMPOUND',
  ],
  [
    'PROPERTY.DAMAGE',
    7,
    0,
    23,
    ['Dégradation d’un abribus', 'Vitre brisée à l’école'],
    'Constat de dégradations sur le domaine public. Photographies prises, services techniques informés.',
    'REPORT',
  ],
  [
    'PROPERTY.GRAFFITI',
    5,
    8,
    12,
    ['Tags sur le mur de la salle de sport', 'Graffitis sur un transformateur'],
    'Inscriptions à la bombe de peinture constatées lors de la patrouille.',
    'INFORMATION',
  ],
  [
    'PERSONS.NEIGHBOUR_DISPUTE',
    5,
    10,
    21,
    ['Différend de voisinage au sujet d’une haie', 'Conflit entre voisins'],
    'Médiation sur place, les parties ont été orientées vers le conciliateur de justice.',
    'VERBAL_WARNING',
  ],
  [
    'ENVIRONMENT.ILLEGAL_DUMPING',
    9,
    8,
    17,
    ['Dépôt sauvage de gravats', 'Encombrants abandonnés sur le trottoir'],
    'Dépôt sauvage constaté, recherche d’éléments d’identification, services de propreté prévenus.',
    'FINE',
  ],
  [
    'ANIMALS.STRAY',
    5,
    7,
    20,
    ['Chien errant sur la chaussée', 'Chat blessé signalé par un riverain'],
    'Animal conduit à la fourrière animale conventionnée, recherche du propriétaire par la puce.',
    'ASSISTANCE',
  ],
  [
    'ASSISTANCE.VULNERABLE',
    5,
    6,
    22,
    ['Personne âgée désorientée', 'Personne en détresse sur la voie publique'],
    'Prise en charge, contact avec la famille et les secours, accompagnement jusqu’au domicile.',
    'ASSISTANCE',
  ],
  [
    'LOST_PROPERTY.FOUND',
    4,
    9,
    18,
    ['Portefeuille trouvé sur la voie publique', 'Trousseau de clés rapporté au poste'],
    'Objet déposé au poste et enregistré au registre des objets trouvés.',
    null,
  ],
];
const TOTAL_WEIGHT = KINDS.reduce((sum, kind) => sum + kind[1], 0);

/** COPY text format: backslash, tab, newline and carriage return escaped; null as \N. */
const field = (value) =>
  value === null || value === undefined
    ? '\\N'
    : String(value).replace(
        /[\\\t\n\r]/g,
        (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c],
      );
const line = (values) => `${values.map(field).join('\t')}\n`;

/** A writable file that PostgreSQL's server process (another user) can read. */
function copyFile(dir, name) {
  const path = join(dir, name);
  const stream = createWriteStream(path, { mode: 0o644 });
  let buffer = '';
  return {
    path,
    async write(text) {
      buffer += text;
      if (buffer.length > 1 << 20) {
        const chunk = buffer;
        buffer = '';
        if (!stream.write(chunk)) await new Promise((resolve) => stream.once('drain', resolve));
      }
    },
    async close() {
      stream.end(buffer);
      await new Promise((resolve, reject) => stream.once('finish', resolve).once('error', reject));
      chmodSync(path, 0o644);
    },
  };
}

/** A small binary heap of pending status changes, by time. */
class Heap {
  items = [];
  push(item) {
    const a = this.items;
    a.push(item);
    for (let i = a.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (a[parent].at <= a[i].at) break;
      [a[parent], a[i]] = [a[i], a[parent]];
      i = parent;
    }
  }
  peek() {
    return this.items[0];
  }
  pop() {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0) {
      a[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l].at < a[m].at) m = l;
        if (r < a.length && a[r].at < a[m].at) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}

/** The demo's Lomme (database/seed/services.seed.ts). */
export const LOMME_SERVICE = '00000000-0000-4000-8000-000000059355';

/**
 * Appends `count` entries spread over the `years` before now (closed or transferred after a few
 * hours, except the last three days) to the main courante of each of `services` (Lomme's alone by
 * default), in the database at `url`, which already holds Vigie's schema, and agents and users in
 * each service. Returns what was written and how long it took.
 */
export async function bulkLoadIncidents(
  url,
  { count, years = 3, seed = 1, log = () => undefined, services = [LOMME_SERVICE] },
) {
  const started = Date.now();
  const random = shared.mulberry32(seed);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const dir = tempDir('copy');
    chmodSync(dir, 0o755);
    await client.query('BEGIN');
    // As a bulk load is done: the secondary indexes of the tables written are dropped and built
    // again afterwards from their own definitions (faster than row by row, a GIN index above all).
    const TABLES = [
      'incident',
      'incident_agent',
      'incident_search',
      'incident_status_change',
      'incident_link',
    ];
    const indexes = (
      await client.query(
        `SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
          WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
            AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
        [TABLES],
      )
    ).rows;
    for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
    await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    const totals = { written: 0, statusChanges: 0, rare: 0, generatedMs: 0, indexMs: 0, vacuumMs: 0 };
    for (const [index, service] of services.entries()) {
      // The service's main courante: the rows written take the connection's service, and so do
      // the full-text documents the entries' trigger writes (the owner is not subject to row
      // security, so the reads say which service they mean).
      await client.query(`SELECT set_config('vigie.service', $1, true)`, [service]);
      const generating = Date.now();
      const files = {
        incident: copyFile(dir, 'incident.tsv'),
        agent: copyFile(dir, 'incident_agent.tsv'),
        status: copyFile(dir, 'incident_status_change.tsv'),
        link: copyFile(dir, 'incident_link.tsv'),
      };
      const made = await generate(client, files, {
        count,
        years,
        random,
        log: services.length === 1 ? log : () => undefined,
      });
      for (const file of Object.values(files)) await file.close();
      totals.generatedMs += Date.now() - generating;
      // Into the tables: entries (their trigger fills incident_search), presence, status changes
      // (the entries carry their resulting status), the chain, the counters.
      await client.query(
        `COPY incident (id, number, year, sequence, occurred_at, recorded_at, category, quartier, address, lat, lng, summary, description, agent_ids, camera_ids, actions, author_id, author_login, status) FROM '${files.incident.path}'`,
      );
      await client.query(`COPY incident_agent (incident_id, agent_id) FROM '${files.agent.path}'`);
      await client.query(
        `COPY incident_status_change (id, incident_id, from_status, to_status, note, author_id, author_login, created_at) FROM '${files.status.path}'`,
      );
      await client.query(
        `COPY incident_link (seq, kind, ref_id, incident_id, previous_hash, hash, created_at) FROM '${files.link.path}'`,
      );
      for (const [year, last] of made.counters) {
        await client.query(
          'INSERT INTO incident_counter (year, last) VALUES ($1, $2) ON CONFLICT (service_id, year) DO UPDATE SET last = EXCLUDED.last',
          [year, last],
        );
      }
      totals.written += made.written;
      totals.statusChanges += made.statusChanges;
      totals.rare += made.rare;
      if (services.length > 1 && (index + 1) % 50 === 0) {
        log(`  … ${index + 1} services, ${totals.written} entries`);
      }
    }
    const indexing = Date.now();
    for (const index of indexes) await client.query(index.definition);
    await client.query('COMMIT');
    totals.indexMs = Date.now() - indexing;
    const copiedMs = indexing - started - totals.generatedMs;
    const vacuuming = Date.now();
    await client.query(
      'VACUUM (ANALYZE) incident, incident_agent, incident_search, incident_link, incident_status_change',
    );
    // One transaction rewrote each hour's count once per entry of that hour (a million versions,
    // 57 MB for 26 000 rows). Vigie writes an entry per transaction, whose versions are pruned, and
    // a migration or a restore writes the counts once: the table is read as those leave it.
    await client.query('VACUUM (FULL, ANALYZE) incident_hour');
    totals.vacuumMs = Date.now() - vacuuming;
    // The load leaves ~1 GB of dirty pages (PostgreSQL's, then the kernel's: fsync is off) written
    // back in the next minute, beside the requests measured. A service serves its log long after it
    // was written: the measures start once it is on disk.
    await client.query('CHECKPOINT');
    execFileSync('sync');
    return { ...totals, copiedMs, totalMs: Date.now() - started };
  } finally {
    await client.end();
  }
}

/**
 * Writes the entries of the connection's service into `files`, linked after its chain's head and
 * numbered after its counters; answers the counters as they end.
 */
async function generate(client, files, { count, years, random, log }) {
  const agents = (
    await client.query(
      `SELECT id FROM agent WHERE status = 'ACTIVE' AND service_id = vigie_current_service() ORDER BY matricule`,
    )
  ).rows.map((row) => row.id);
  const users = (
    await client.query(
      'SELECT id, login FROM app_user WHERE service_id = vigie_current_service() ORDER BY login',
    )
  ).rows;
  const [head] = (
    await client.query(
      'SELECT seq, hash FROM incident_link WHERE service_id = vigie_current_service() ORDER BY seq DESC LIMIT 1',
    )
  ).rows;
  const counters = new Map(
    (
      await client.query('SELECT year, last FROM incident_counter WHERE service_id = vigie_current_service()')
    ).rows.map((row) => [row.year, row.last]),
  );
  let seq = head ? BigInt(head.seq) : 0n;
  let previousHash = head?.hash ?? shared.GENESIS_HASH;
  const link = async (kind, refId, incidentId, content, at) => {
    seq += 1n;
    const hash = chain.linkHash(content, previousHash);
    await files.link.write(line([seq, kind, refId, incidentId, previousHash, hash, at.toISOString()]));
    previousHash = hash;
  };
  const pending = new Heap();
  const flushUntil = async (time) => {
    while (pending.peek() && pending.peek().at <= time) {
      const change = pending.pop();
      await files.status.write(
        line([
          change.id,
          change.incidentId,
          'OPEN',
          change.toStatus,
          change.note,
          change.authorId,
          change.authorLogin,
          change.createdAt.toISOString(),
        ]),
      );
      await link('STATUS', change.id, change.incidentId, chain.statusContent(change), change.createdAt);
    }
  };

  const now = DateTime.now().setZone(ZONE);
  const first = now.minus({ years }).startOf('day');
  const days = Math.round(now.startOf('day').diff(first, 'days').days) + 1;
  const perDay = count / days;
  const nowDate = now.toJSDate();
  const cutoff = now.minus({ days: 3 }).toJSDate();
  let written = 0;
  let statusChanges = 0;
  let rare = 0;
  for (let d = 0; d < days && written < count; d++) {
    const day = first.plus({ days: d });
    const todays =
      d === days - 1 ? count - written : Math.min(count - written, Math.round(perDay * (d + 1)) - written);
    const newYear = DateTime.fromObject({ year: day.year + 1 }, { zone: ZONE }).toJSDate();
    const dayStart = day.toMillis();
    const times = [];
    for (let n = 0; n < todays; n++) {
      let roll = random() * TOTAL_WEIGHT;
      const kind = KINDS.find((candidate) => (roll -= candidate[1]) < 0) ?? KINDS[0];
      const hour = kind[2] + Math.floor(random() * (kind[3] - kind[2] + 1));
      // Local time of the day (the hour of a DST change night is off by one: no matter here).
      const occurredAt = new Date(
        dayStart + ((hour * 60 + Math.floor(random() * 60)) * 60 + Math.floor(random() * 60)) * 1000,
      );
      times.push({ kind, occurredAt });
    }
    times.sort((a, b) => a.occurredAt - b.occurredAt);
    for (const { kind, occurredAt } of times) {
      if (occurredAt > nowDate) continue;
      const recordedAt = new Date(occurredAt.getTime() + (10 + Math.floor(random() * 80)) * 60_000);
      await flushUntil(recordedAt);
      const year = recordedAt < newYear ? day.year : day.year + 1;
      const sequence = (counters.get(year) ?? 0) + 1;
      counters.set(year, sequence);
      const quartier = QUARTIERS[Math.floor(random() * QUARTIERS.length)];
      const present = [agents[Math.floor(random() * agents.length)]];
      if (random() < 0.6) {
        const other = agents[Math.floor(random() * agents.length)];
        if (other !== present[0]) present.push(other);
      }
      const author = users[Math.floor(random() * users.length)];
      const isRare = random() < RARE_SHARE;
      if (isRare) rare++;
      const summaries = kind[4];
      // Closed (or handed over) a few hours later, unless it is still too recent.
      const createdAt = new Date(recordedAt.getTime() + 3_600_000 * (1 + Math.floor(random() * 48)));
      const transferred = random() < 0.1;
      const change =
        createdAt < cutoff
          ? {
              at: createdAt,
              id: randomUUID(),
              incidentId: null,
              fromStatus: 'OPEN',
              toStatus: transferred ? 'TRANSFERRED' : 'CLOSED',
              note: transferred
                ? 'Transmis au commissariat de police nationale.'
                : 'Intervention terminée, pas de suite.',
              authorId: author.id,
              authorLogin: author.login,
              createdAt,
            }
          : null;
      const incident = {
        id: randomUUID(),
        number: shared.incidentNumber(year, sequence),
        year,
        sequence,
        occurredAt,
        recordedAt,
        category: kind[0],
        quartier,
        address: `${1 + Math.floor(random() * 120)} ${STREETS[Math.floor(random() * STREETS.length)]}`,
        lat: null,
        lng: null,
        summary: summaries[Math.floor(random() * summaries.length)],
        description: isRare ? `${kind[5]} Une trottinette électrique était en cause.` : kind[5],
        agentIds: present,
        cameraIds: [],
        actions: kind[6] ? [{ kind: kind[6], natinf: kind[6] === 'FINE' ? '35008' : null, note: null }] : [],
        authorId: author.id,
        authorLogin: author.login,
      };
      if (change) {
        change.incidentId = incident.id;
        statusChanges++;
      }
      await files.incident.write(
        line([
          incident.id,
          incident.number,
          year,
          sequence,
          occurredAt.toISOString(),
          recordedAt.toISOString(),
          incident.category,
          quartier,
          incident.address,
          null,
          null,
          incident.summary,
          incident.description,
          `{${present.join(',')}}`,
          '{}',
          JSON.stringify(incident.actions),
          author.id,
          author.login,
          change?.toStatus ?? 'OPEN',
        ]),
      );
      for (const agentId of present) await files.agent.write(line([incident.id, agentId]));
      await link('ENTRY', incident.id, incident.id, chain.entryContent(incident), recordedAt);
      written++;
      if (change) pending.push(change);
    }
    if (d % 100 === 0) log(`  … ${written} entries generated`);
  }
  await flushUntil(new Date(8.64e15));
  return { counters, written, statusChanges, rare };
}
