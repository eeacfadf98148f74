import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

import type { SolveOptions, SolveReply, SolveResult } from './highs-worker';
import { SparseModel } from './planning-model';

export type { SolveOptions, SolveResult } from './highs-worker';

/**
 * HiGHS (compiled to WebAssembly) in a worker thread (highs-worker.ts): the solve is synchronous,
 * so it runs off the API's event loop; the worker serves the successive solves of one planning
 * and is terminated when the planning is done or outlives its time limit.
 */
function startWorker(): Worker {
  const workerData = { highsPath: require.resolve('highs') };
  const built = join(__dirname, 'highs-worker.js');
  if (existsSync(built)) return new Worker(built, { workerData });
  // From the TypeScript sources (the unit tests): the same file, transpiled as it is loaded.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ts = require('typescript') as typeof import('typescript');
  const { outputText } = ts.transpileModule(readFileSync(join(__dirname, 'highs-worker.ts'), 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  });
  return new Worker(outputText, { eval: true, workerData });
}

/** A solver worker for the successive solves of one planning. */
export class HighsSession {
  private readonly worker = startWorker();
  private failure: Error | null = null;

  constructor() {
    this.worker.on('error', (error) => (this.failure = error));
    this.worker.unref();
  }

  solve(model: SparseModel, options: SolveOptions): Promise<SolveResult> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      const settle = (action: () => void): void => {
        clearTimeout(guard);
        this.worker.off('message', onMessage);
        this.worker.off('error', onError);
        this.worker.off('exit', onExit);
        action();
      };
      const onMessage = (message: SolveReply): void =>
        settle(() => ('error' in message ? reject(new Error(`HiGHS : ${message.error}`)) : resolve(message)));
      const onError = (error: Error): void => settle(() => reject(error));
      const onExit = (code: number): void =>
        settle(() => reject(new Error(`Le solveur s’est arrêté (code ${code}).`)));
      // The solver stops itself at its time limit; this is the safety net.
      const guard = setTimeout(() => void this.worker.terminate(), (options.timeLimitSeconds + 20) * 1000);
      this.worker.on('message', onMessage);
      this.worker.once('error', onError);
      this.worker.once('exit', onExit);
      this.worker.postMessage({ model, options });
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
