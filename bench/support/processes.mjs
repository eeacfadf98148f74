// Child processes and throwaway resources of a bench run, cleaned up whatever happens: every
// helper registers its undo here, and run.mjs calls cleanUp() at the end, on failure and on
// Ctrl-C. Children are spawned in their own process group so that a whole tree can be stopped.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { createServer } from 'node:net';

const cleanups = [];

/** Registers an undo (LIFO); returns a function that runs it early and forgets it. */
export function onCleanUp(label, undo) {
  const entry = { label, undo, done: false };
  cleanups.push(entry);
  return async () => {
    if (entry.done) return;
    entry.done = true;
    await undo();
  };
}

export async function cleanUp() {
  while (cleanups.length > 0) {
    const entry = cleanups.pop();
    if (entry.done) continue;
    entry.done = true;
    try {
      await entry.undo();
    } catch (error) {
      process.stderr.write(`  cleanup of ${entry.label} failed: ${String(error)}\n`);
    }
  }
}

/**
 * Spawns `command` in its own process group, output to `logFile` (or ignored). The returned
 * handle's `stop()` sends SIGTERM to the group, then SIGKILL after `graceMs`.
 */
export function startProcess(
  command,
  args,
  { env = {}, cwd, logFile, label = command, graceMs = 10_000 } = {},
) {
  const out = logFile ? createWriteStream(logFile, { flags: 'a' }) : null;
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', out ? 'pipe' : 'ignore', out ? 'pipe' : 'ignore'],
  });
  if (out) {
    child.stdout.pipe(out);
    child.stderr.pipe(out);
  }
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let running = true;
  void exited.then(() => {
    running = false;
  });
  const stop = onCleanUp(label, async () => {
    if (!running) return;
    const signalGroup = (signal) => {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
    };
    signalGroup('SIGTERM');
    const timer = setTimeout(() => signalGroup('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  });
  return { child, pid: child.pid, exited, stop, isRunning: () => running };
}

/** Runs a command to completion; resolves with its exit code and output, rejects on failure. */
export function runToEnd(command, args, { env = {}, cwd, allowFailure = false, label = command } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, detached: true });
    const forget = onCleanUp(label, async () => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.once('error', reject);
    child.once('exit', (code) => {
      void forget();
      if (code !== 0 && !allowFailure) {
        reject(new Error(`${label} exited with ${code}: ${(stderr || stdout).slice(-2000)}`));
      } else {
        resolve({ code, stdout, stderr });
      }
    });
  });
}

/**
 * A free TCP port for a server of the bench: taken in BENCH_PORTS (default 4440-4459, the range
 * this machine gives the bench) so that parallel jobs of other people are not disturbed.
 */
const [FIRST_PORT, LAST_PORT] = (process.env.BENCH_PORTS ?? '4440-4459').split('-').map(Number);
let nextPort = FIRST_PORT;

export async function freePort() {
  for (let tried = 0; tried <= LAST_PORT - FIRST_PORT; tried++) {
    const port = nextPort;
    nextPort = nextPort >= LAST_PORT ? FIRST_PORT : nextPort + 1;
    if (await isFree(port)) return port;
  }
  throw new Error(`no free port in ${FIRST_PORT}-${LAST_PORT} (BENCH_PORTS)`);
}

function isFree(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
