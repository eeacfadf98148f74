// Embedded PostgreSQL clusters and Vigie servers for the scenarios: temporary data directories,
// free ports, everything registered for clean-up (bench/support/processes.mjs).
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { freePort, onCleanUp, sleep, startProcess } from './processes.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const require = createRequire(import.meta.url);
export const API_MAIN = join(ROOT, 'dist/apps/api/apps/api/src/main.js');
const dist = (file) => join(ROOT, 'dist/apps/api/apps/api/src', file);

export const DEMO_PASSWORD = 'vigie-demo';

/** A temporary directory removed at clean-up. */
export function tempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), `vigie-bench-${prefix}-`));
  onCleanUp(`temp dir ${dir}`, () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * A throwaway embedded PostgreSQL (the one Vigie ships), ephemeral: fsync and synchronous commit
 * off, as in the integration tests. Destroyed at clean-up.
 */
export async function startPostgres(label = 'bench') {
  const { EmbeddedPostgres } = require(dist('database/embedded-postgres.js'));
  const dir = tempDir(`pg-${label}`);
  const server = await EmbeddedPostgres.start({ dataDir: join(dir, 'pg'), ephemeral: true });
  onCleanUp(`postgres ${label}`, () => server.destroy());
  return server;
}

/** Environment of a bench server: development mode, demo data, JSON logs at info like production. */
export function vigieEnv({ port, databaseUrl, dataDir, extra = {} }) {
  return {
    NODE_ENV: 'development',
    PORT: String(port),
    HOST: '127.0.0.1',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl, VIGIE_DEMO: '1' } : { DATABASE_URL: '' }),
    ...(dataDir ? { VIGIE_DATA_DIR: dataDir } : {}),
    LOG_LEVEL: 'info',
    LOG_FORMAT: 'json',
    // The bench signs in more often than a person would.
    LOGIN_LIMIT_PER_LOGIN_IP: '10000',
    LOGIN_LIMIT_PER_LOGIN: '100000',
    LOGIN_LIMIT_PER_IP: '100000',
    ACCESS_TOKEN_TTL_SECONDS: '7200',
    ...extra,
  };
}

/** Polls `url` until it answers 200; returns the milliseconds since `since`. */
export async function waitFor200(url, { since = Date.now(), timeoutMs = 120_000, process: child } = {}) {
  for (;;) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      await response.arrayBuffer();
      if (response.status === 200) return Date.now() - since;
    } catch {
      // not listening yet
    }
    if (child && !child.isRunning()) throw new Error(`the server stopped before answering ${url}`);
    if (Date.now() - since > timeoutMs) throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
    await sleep(25);
  }
}

/**
 * Starts Vigie (`node dist/.../main.js`) as a separate process; resolves once /api/health is 200.
 * With `databaseUrl` the demo data are seeded in that database; without, Vigie starts its own
 * embedded PostgreSQL under `dataDir`.
 */
export async function startVigie({
  databaseUrl,
  dataDir,
  label = 'vigie',
  nodeArgs = [],
  extraEnv = {},
  logDir,
  script = API_MAIN,
}) {
  const port = await freePort();
  const logs = logDir ?? tempDir(`log-${label}`);
  const started = Date.now();
  const proc = startProcess(process.execPath, [...nodeArgs, script], {
    env: vigieEnv({ port, databaseUrl, dataDir, extra: extraEnv }),
    cwd: ROOT,
    logFile: join(logs, `${label}.log`),
    label,
    graceMs: 60_000,
  });
  const url = `http://127.0.0.1:${port}`;
  const startupMs = await waitFor200(`${url}/api/health`, { since: started, process: proc });
  return { url, port, pid: proc.pid, startupMs, stop: proc.stop, logFile: join(logs, `${label}.log`) };
}

/** Signs in; returns the access token, the user, the refresh cookie (name=value) and all the cookies set. */
export async function signIn(url, login, password = DEMO_PASSWORD) {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
  if (response.status !== 200)
    throw new Error(`sign-in of ${login}: ${response.status} ${await response.text()}`);
  const body = await response.json();
  const lines = response.headers.getSetCookie?.() ?? [];
  const cookie = lines.map((line) => line.split(';')[0]).find((pair) => pair.startsWith('vigie_refresh='));
  // Every cookie of the answer (the refresh cookie and the web app's session hint), to set in a browser.
  const cookies = lines.map((line) => {
    const [pair] = line.split(';');
    const at = pair.indexOf('=');
    const path = /;\s*Path=([^;]+)/i.exec(line)?.[1] ?? '/';
    return { name: pair.slice(0, at), value: pair.slice(at + 1), path };
  });
  return { token: body.accessToken, user: body.user, cookie, cookies };
}

/** A JSON request with a bearer token; throws unless the status is the expected one. */
export async function api(url, token, path, { method = 'GET', body, expect = [200, 201, 204] } = {}) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!expect.includes(response.status))
    throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 500)}`);
  return text ? JSON.parse(text) : undefined;
}
