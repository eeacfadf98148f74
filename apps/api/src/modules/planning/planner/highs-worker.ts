/**
 * The solver's thread: HiGHS (WebAssembly) solves synchronously, so it runs here, off the API's
 * event loop. It serves the successive solves of one planning (see HighsSession).
 */
import { parentPort, workerData } from 'node:worker_threads';

import type { Highs, ModelData } from 'highs';

import type { SparseModel } from './planning-model';

export interface SolveOptions {
  /** A safety cap only: a solve stopped by it depends on the machine's load. */
  timeLimitSeconds: number;
  /**
   * The work budget: branch-and-bound nodes. Single-threaded HiGHS stopped by a node count gives
   * the same answer on an idle or a loaded machine, which a time limit does not.
   */
  nodeLimit?: number;
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

export interface SolveRequest {
  model: SparseModel;
  options: SolveOptions;
}

export type SolveReply = SolveResult | { error: string };

/** Solves one model; the model is freed whatever happens. */
export function solveWith(highs: Highs, { model: m, options }: SolveRequest): SolveResult {
  const data: ModelData = {
    numCols: m.numCols,
    numRows: m.numRows,
    colCost: m.colCost,
    colLower: m.colLower,
    colUpper: m.colUpper,
    rowLower: m.rowLower,
    rowUpper: m.rowUpper,
    integrality: m.integrality,
    matrix: {
      format: 'csr',
      numRows: m.numRows,
      numCols: m.numCols,
      starts: m.starts,
      indices: m.indices,
      values: m.values,
    },
  };
  const model = highs.createModel(data);
  try {
    model.options.set({
      output_flag: false,
      time_limit: options.timeLimitSeconds,
      mip_rel_gap: 0.002,
      ...(options.nodeLimit !== undefined ? { mip_max_nodes: options.nodeLimit } : {}),
    });
    if (options.start) model.setSolution({ indices: options.start.indices, values: options.start.values });
    const started = Date.now();
    model.run();
    const status = model.getModelStatus();
    const statusName =
      Object.entries(highs.constants.modelStatus).find(([, code]) => code === status)?.[0] ?? String(status);
    // A solution is read only when HiGHS says it has a feasible one (primal status 2).
    const primal = attempt(() => Number(model.info.get('primal_solution_status')), 0);
    const solution = primal === 2 ? attempt(() => model.getSolution(), null) : null;
    const colValue = solution?.colValue;
    const hasSolution = !!colValue && colValue.length === m.numCols;
    const mipGap = attempt(() => Number(model.info.get('mip_gap')), Number.NaN);
    return {
      status: statusName,
      optimal: status === highs.constants.modelStatus.optimal,
      colValue: hasSolution ? Float64Array.from(colValue) : null,
      objective: hasSolution ? model.getObjectiveValue() : null,
      mipGap: Number.isFinite(mipGap) ? mipGap : null,
      runSeconds: (Date.now() - started) / 1000,
    };
  } finally {
    model.dispose();
  }
}

/** Some of HiGHS's readings throw when there is nothing to read (no solution, no MIP). */
function attempt<T>(read: () => T, otherwise: T): T {
  try {
    return read();
  } catch {
    return otherwise;
  }
}

// Run as a worker: load HiGHS once, then answer each request.
if (parentPort) {
  const port = parentPort;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const load = require((workerData as { highsPath: string }).highsPath) as () => Promise<Highs>;
  const ready = load();
  port.on('message', (request: SolveRequest) => {
    ready
      .then((highs) => port.postMessage(solveWith(highs, request) satisfies SolveReply))
      .catch((error: unknown) =>
        port.postMessage({ error: String((error as Error | null)?.stack ?? error) } satisfies SolveReply),
      );
  });
}
