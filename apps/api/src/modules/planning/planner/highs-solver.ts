import { Worker } from 'node:worker_threads';

import { SparseModel } from './planning-model';

export interface SolveOptions {
  timeLimitSeconds: number;
  /** A starting point (the current roster): column index → value. */
  start?: { indices: Int32Array; values: Float64Array };
}

export interface SolveResult {
  /** HiGHS model status, e.g. « optimal », « timeLimit ». */
  status: string;
  optimal: boolean;
  colValue: Float64Array | null;
  objective: number | null;
  mipGap: number | null;
  runSeconds: number;
}

/**
 * HiGHS (compiled to WebAssembly) in a worker thread: the solve is synchronous, so it runs off
 * the API's event loop; the worker serves the successive solves of one planning and is terminated
 * when the planning is done or outlives its time limit.
 * The worker code is inline so that it runs the same from the build and from the tests.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const ready = require(workerData.highsPath)();
parentPort.on('message', ({ model: m, options }) => ready.then((highs) => {
  const model = highs.createModel({
    numCols: m.numCols, numRows: m.numRows,
    colCost: m.colCost, colLower: m.colLower, colUpper: m.colUpper,
    rowLower: m.rowLower, rowUpper: m.rowUpper, integrality: m.integrality,
    matrix: { format: 'csr', numRows: m.numRows, numCols: m.numCols, starts: m.starts, indices: m.indices, values: m.values },
  });
  try {
    model.options.set({ output_flag: false, time_limit: options.timeLimitSeconds, mip_rel_gap: 0.002 });
    if (options.start) model.setSolution({ indices: options.start.indices, values: options.start.values });
    const started = Date.now();
    model.run();
    const status = model.getModelStatus();
    const statusName = Object.entries(highs.constants.modelStatus).find(([, code]) => code === status)?.[0] ?? String(status);
    let primal = 0;
    try { primal = model.info.get('primal_solution_status'); } catch { primal = 0; }
    let solution = null;
    if (primal === 2) try { solution = model.getSolution(); } catch { solution = null; }
    const hasSolution = !!solution && !!solution.colValue && solution.colValue.length === m.numCols;
    let mipGap = null;
    try { mipGap = model.info.get('mip_gap'); } catch { mipGap = null; }
    parentPort.postMessage({
      status: statusName,
      optimal: status === highs.constants.modelStatus.optimal,
      colValue: hasSolution ? Float64Array.from(solution.colValue) : null,
      objective: hasSolution ? model.getObjectiveValue() : null,
      mipGap: typeof mipGap === 'number' && Number.isFinite(mipGap) ? mipGap : null,
      runSeconds: (Date.now() - started) / 1000,
    });
  } finally {
    model.dispose();
  }
}).catch((error) => parentPort.postMessage({ error: String((error && error.stack) || error) })));
`;

/** A solver worker for the successive solves of one planning. */
export class HighsSession {
  private readonly worker = new Worker(WORKER, {
    eval: true,
    workerData: { highsPath: require.resolve('highs') },
  });
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
      const onMessage = (message: SolveResult & { error?: string }): void =>
        settle(() => (message.error ? reject(new Error(`HiGHS : ${message.error}`)) : resolve(message)));
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
