import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** The built product, as `npm start` runs it once built. */
export const ROOT = join(__dirname, '../../../..');
export const API_MAIN = join(ROOT, 'dist/apps/api/apps/api/src/main.js');

const SOURCES = ['apps/api/src', 'libs/shared/src', 'apps/api/tsconfig.app.json', 'nest-cli.json'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (latest, entry) => Math.max(latest, newest(join(path, entry))),
    stat.mtimeMs,
  );
}

/** Builds the API (`npm run build:api`) when dist/ is missing or older than its sources. */
export function ensureApiBuilt(): void {
  if (
    existsSync(API_MAIN) &&
    SOURCES.every((source) => newest(join(ROOT, source)) <= statSync(API_MAIN).mtimeMs)
  ) {
    return;
  }
  const result = spawnSync('npm', ['run', 'build:api', '--silent'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run build:api failed:\n${result.stdout}\n${result.stderr}`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface Running {
  child: ChildProcess;
  url: string;
  /** Everything the process wrote on stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code (or the signal) once the process is gone. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts `node dist/…/main.js` on its own data directory and port, resolved once it is ready.
 * The port is free when chosen, not reserved: the product's embedded PostgreSQL, which starts
 * first and picks a free port too, may be handed the same one (seen once in CI). The product then
 * stops before being ready, having written nothing; it is started again on another port.
 */
export async function startProduct(dataDir: string, env: Record<string, string> = {}): Promise<Running> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(dataDir, env);
    } catch (error) {
      if (attempt >= 3 || !String(error).includes('EADDRINUSE')) throw error;
    }
  }
}

async function startOnce(dataDir: string, env: Record<string, string>): Promise<Running> {
  const port = await freePort();
  const child = spawn(process.execPath, [API_MAIN], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      VIGIE_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (text.includes('Vigie est prêt')) {
        clearInterval(timer);
        resolve();
      }
    }, 50);
    void exited.then(({ code, signal }) => {
      clearInterval(timer);
      reject(new Error(`Vigie exited before it was ready (${code ?? signal}):\n${text}`));
    });
  });
  await ready;
  return { child, url: `http://127.0.0.1:${port}`, output: () => text, exited };
}
