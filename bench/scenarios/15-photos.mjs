// Issue 24 point 4: creating a main courante entry with two 2 MB photos through the API, as the
// phone does it (each photo sent, then the entry naming them), against creating an entry without
// photos in the same run, alternately; the storage a photo takes (file and database rows); and the
// integrity check, which reads every photo back. Its own Vigie, its photos in a temporary directory.
import { randomBytes, randomUUID } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

import { median, quantile } from '../stats.mjs';
import { api, signIn, startVigie, tempDir } from '../support/vigie.mjs';

const require = createRequire(import.meta.url);

export const name = 'photos';
export const title = 'Main courante entries with two 2 MB photos, through the API';

const PHOTO_BYTES = 2 * 1024 * 1024;

/** A JPEG's first bytes, then random ones: as incompressible as a photo. */
function photo() {
  const bytes = randomBytes(PHOTO_BYTES);
  bytes.set([0xff, 0xd8, 0xff, 0xe0], 0);
  return bytes;
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => statSync(join(entry.parentPath ?? entry.path, entry.name)));
}

export async function run({ postgres, quick, log }) {
  const server = await postgres();
  await server.ensureDatabase('photos');
  const photoDir = tempDir('photos');
  const vigie = await startVigie({
    databaseUrl: server.url('photos'),
    label: 'vigie-photos',
    extraEnv: { PHOTO_DIR: photoDir },
  });
  const agent = await signIn(vigie.url, 'agent');
  const chief = await signIn(vigie.url, 'chef');
  const entry = (summary, photos) => ({
    occurredAt: new Date(Date.now() - 60_000).toISOString(),
    category: 'PUBLIC_PEACE.NOISE',
    location: { address: '12 rue du Bourg', quartier: 'BOURG' },
    summary,
    description: 'Mesure du banc d’essai.',
    agentIds: [agent.user.agentId],
    ...(photos ? { photos } : {}),
  });
  const create = (body) =>
    fetch(`${vigie.url}/api/incidents`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${agent.token}`,
        'content-type': 'application/json',
        'idempotency-key': randomUUID(),
      },
      body: JSON.stringify(body),
    }).then(async (response) => {
      await response.arrayBuffer();
      if (response.status !== 201) throw new Error(`POST /api/incidents: ${response.status}`);
    });
  const upload = async (bytes) => {
    const response = await fetch(`${vigie.url}/api/incidents/photos`, {
      method: 'POST',
      headers: { authorization: `Bearer ${agent.token}`, 'content-type': 'image/jpeg' },
      body: bytes,
    });
    const body = await response.json();
    if (response.status !== 201) throw new Error(`POST /api/incidents/photos: ${response.status}`);
    return body.sha256;
  };

  const rounds = quick ? 15 : 50;
  const warmup = 3;
  const plain = [];
  const withPhotos = [];
  for (let round = 0; round < rounds + warmup; round++) {
    const pair = [photo(), photo()];
    let started = process.hrtime.bigint();
    await create(entry(`Sans photo ${round}`));
    const plainMs = Number(process.hrtime.bigint() - started) / 1e6;
    started = process.hrtime.bigint();
    const hashes = [];
    for (const bytes of pair) hashes.push(await upload(bytes));
    await create(entry(`Deux photos ${round}`, hashes));
    const photosMs = Number(process.hrtime.bigint() - started) / 1e6;
    if (round >= warmup) {
      plain.push(plainMs);
      withPhotos.push(photosMs);
    }
  }
  const photos = (rounds + warmup) * 2;
  const files = filesUnder(photoDir);
  const fileBytes = files.reduce((sum, file) => sum + file.size, 0);
  const diskBytes = files.reduce((sum, file) => sum + file.blocks * 512, 0);
  const client = new (require('pg').Client)({ connectionString: server.url('photos') });
  await client.connect();
  const {
    rows: [{ rows_bytes: rowsBytes }],
  } = await client.query(
    `SELECT (pg_total_relation_size('photo_object') + pg_total_relation_size('incident_photo'))::bigint AS rows_bytes`,
  );
  await client.end();
  let started = process.hrtime.bigint();
  const integrity = await api(vigie.url, chief.token, '/api/incidents/integrity');
  const integrityMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (!integrity.ok) throw new Error(`integrity: ${integrity.problem}`);

  const metrics = {
    plain_p50_ms: median(plain),
    plain_p99_ms: quantile(plain, 0.99),
    two_photos_p50_ms: median(withPhotos),
    two_photos_p99_ms: quantile(withPhotos, 0.99),
    two_photos_vs_plain_p50: median(withPhotos) / median(plain),
    photo_file_bytes: fileBytes / photos,
    photo_disk_bytes: diskBytes / photos,
    photo_rows_bytes: Number(rowsBytes) / photos,
    integrity_ms: integrityMs,
    integrity_photos: photos,
  };
  log(
    `entry ${median(plain).toFixed(1)} ms, with two 2 MB photos ${median(withPhotos).toFixed(1)} ms ` +
      `(×${metrics.two_photos_vs_plain_p50.toFixed(1)}); ${(metrics.photo_disk_bytes / 1024).toFixed(0)} KiB on disk per photo`,
  );
  const f = (value) => value.toFixed(1);
  const markdown = [
    `${rounds} rounds after ${warmup} of warm-up, alternately: an entry without photos, then two 2 MB photos sent`,
    'one after the other and the entry naming them (the phone’s order), one connection, on Vigie’s own process.',
    '',
    '| | p50 | p99 |',
    '|---|---|---|',
    `| entry without photos (baseline) | ${f(median(plain))} ms | ${f(quantile(plain, 0.99))} ms |`,
    `| entry with two 2 MB photos | ${f(median(withPhotos))} ms | ${f(quantile(withPhotos, 0.99))} ms |`,
    '',
    `Ratio of the medians: ×${metrics.two_photos_vs_plain_p50.toFixed(1)}. Storage per photo: ${(metrics.photo_file_bytes / 1024).toFixed(0)} KiB of file ` +
      `(${(metrics.photo_disk_bytes / 1024).toFixed(0)} KiB on disk), ${f(metrics.photo_rows_bytes)} bytes of database rows and indexes. ` +
      `The integrity check read the ${photos} photos back (${((photos * PHOTO_BYTES) / 2 ** 20).toFixed(0)} MiB) in ${f(integrityMs)} ms.`,
  ].join('\n');
  await vigie.stop();
  return { metrics, markdown };
}
