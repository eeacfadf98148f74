import {
  addDays,
  AgentStatus,
  checkRoster,
  countsTowardCoverage,
  findingKeys,
  greedyRoster,
  inLoadHere,
  introducedFindings,
  isNightShift,
  isWeekendShift,
  localDate,
  PlanQualityResponse,
  PlanStatsResponse,
  ratioHere,
  RosterAgent,
  RosterAssignment,
  RosterInput,
  shiftHours,
  StaffCategory,
  weekStart,
} from '@vigie/shared';

import { HighsSession } from './highs-solver';
import {
  buildPlanningModel,
  BuiltModel,
  decode,
  fairnessPool,
  SparseModel,
  WorkedHistory,
} from './planning-model';

/**
 * The automatic roster, without the database: a greedy lawful roster first, then the
 * mixed-integer programme of `planning-model` solved by HiGHS — as a whole when it is small
 * enough to be solved within the time limit, else by large-neighbourhood search: the roster is
 * improved one neighbourhood at a time (a week with every agent, or a group of agents over the
 * whole period, the most and least loaded among them), everything else kept as it is. Each step
 * starts from the current roster, so the plan only gets better; the rules engine has the last
 * word on the result.
 */
export interface PlannerRequest {
  /** The period, its shifts, agents, absences and the assignments already made (kept). */
  input: RosterInput;
  /** The shifts the planner may fill. */
  plannable: ReadonlySet<string>;
  /** Pending absence requests: days off wished, respected where free. */
  wishes: readonly { agentId: string; startsAt: string; endsAt: string }[];
  /** What each agent worked this year before the period: the year is evened out. */
  history?: ReadonlyMap<string, WorkedHistory>;
  /** Public holidays of the period (local dates). */
  publicHolidays?: ReadonlySet<string>;
  /**
   * The work budget: neighbourhoods searched (DEFAULT_STEPS when absent). The search's progress
   * depends on it, not on the clock, so the same request gives the same plan on an idle or a
   * loaded machine.
   */
  steps?: number;
  /** A safety cap: the search stops there whatever its budget (the plan then depends on the load). */
  timeLimitSeconds: number;
  /** Reports a proposal the rules engine refuses (a bug of the model, never returned). */
  onBug?: (message: string) => void;
  /** Follows the search, step by step (benchmarks, diagnosis). */
  trace?: (message: string) => void;
}

export interface PlannerResult {
  proposal: RosterAssignment[];
  greedy: RosterAssignment[];
  stats: Omit<PlanStatsResponse, 'agents'>;
}

/** Programmes up to this size are first solved whole, within WHOLE_NODES branch-and-bound nodes. */
const WHOLE_MAX_COLUMNS = 150;
const WHOLE_NODES = 100;
/**
 * The default work budget: neighbourhoods searched, each within STEP_NODES nodes. Calibrated on
 * the demo month (23 agents, 4 weeks, about 3,000 columns): its whole request stays within 10 s on
 * a 2-core machine, idle, and meets its fairness goals.
 */
export const DEFAULT_STEPS = 60;
const STEP_NODES = 50;
/** Kept free at the end of the time limit for the final checks and the answer. */
const MARGIN_SECONDS = 0.4;
/**
 * Agents in a neighbourhood. The size adapts, between MIN_GROUP_SIZE and MAX_GROUP_SIZE: a step
 * stopped by its node budget without a better plan shrinks it (a smaller one is solved whole in
 * milliseconds), a step solved to optimality without a better plan grows it. Beyond four agents a
 * week of neighbourhood costs HiGHS seconds at its root node (cuts, heuristics) for little gain:
 * many small steps improve the month more than a few large ones.
 */
const GROUP_SIZE = 4;
const MIN_GROUP_SIZE = 2;
const MAX_GROUP_SIZE = 4;
/** Neighbourhoods in a row without improvement before the search stops early. */
const STALL_STEPS = 25;

interface Neighbourhood {
  shiftIds: ReadonlySet<string>;
  agentIds: ReadonlySet<string>;
  /** Agents of the pool the group was drawn from (the largest group worth asking for). */
  poolSize: number;
}

export async function proposeRoster(request: PlannerRequest): Promise<PlannerResult> {
  const started = Date.now();
  const elapsed = (): number => (Date.now() - started) / 1000;
  const deadline = Math.max(1, request.timeLimitSeconds) - MARGIN_SECONDS;
  const { plannable, wishes, history, publicHolidays } = request;
  // The planner keeps to the standing rule set: a derogation covers what the chief places by hand,
  // never what the planner proposes (the greedy pass and the programme alike).
  const input: RosterInput = { ...request.input, derogations: [] };
  const trace = request.trace ?? ((): void => undefined);

  const greedy = greedyRoster(input, { shiftIds: [...plannable] });
  const firstFeasibleSeconds = elapsed();
  let current = greedy;
  let solveSeconds = 0;
  let status: PlanStatsResponse['status'] = 'greedy';
  let mipGap: number | null = null;
  const budget = Math.max(0, Math.floor(request.steps ?? DEFAULT_STEPS));
  let steps = 0;
  let timeCapped = false;
  const remaining = (): number => Math.max(0.1, deadline - elapsed());

  const whole = buildPlanningModel({ input, plannableShiftIds: plannable, wishes, history, publicHolidays });
  const session = whole.xIndex.size > 0 ? new HighsSession() : null;
  try {
    let bound: number | null = null;
    // Nothing to decide (no shift open, or nobody who could take one): the answer is immediate.
    let optimal = session === null;
    if (session === null) status = 'optimal';
    else if (whole.model.numCols <= WHOLE_MAX_COLUMNS) {
      // Small enough to be solved whole: often to optimality, else with a bound for the gap.
      const result = await session.solve(whole.model, {
        timeLimitSeconds: remaining(),
        nodeLimit: WHOLE_NODES,
        start: startOf(whole, current),
      });
      if (result.status === 'timeLimit') timeCapped = true;
      solveSeconds += result.runSeconds;
      trace(`whole ${whole.model.numCols} columns: ${result.status} in ${result.runSeconds} s`);
      const solved = result.colValue ? decode(whole.columns, result.colValue) : null;
      if (solved && covered(input, plannable, solved) >= covered(input, plannable, current)) {
        current = solved;
        status = result.optimal ? 'optimal' : 'time_limit';
        optimal = result.optimal;
        if (result.mipGap !== null) bound = result.objective! - Math.abs(result.objective!) * result.mipGap;
      }
    }

    // Then one neighbourhood at a time, within the work budget (the clock only as a safety cap).
    const neighbourhoods = neighbourhoodsOf(input, plannable);
    let stalled = 0;
    let groupSize = Math.max(MIN_GROUP_SIZE, Math.min(GROUP_SIZE, Math.ceil(neighbourhoods.largestPool / 2)));
    for (let step = 0; session && !optimal && stalled < STALL_STEPS && step < budget; step++) {
      if (elapsed() + 0.3 >= deadline) {
        timeCapped = true;
        break;
      }
      steps = step + 1;
      const neighbourhood = neighbourhoods.next(step, current, groupSize);
      const inside = (a: RosterAssignment): boolean =>
        neighbourhood.shiftIds.has(a.shiftId) && neighbourhood.agentIds.has(a.agentId);
      const kept = current.filter((a) => !inside(a));
      const before = current.filter(inside);
      const built = buildPlanningModel({
        input: { ...input, assignments: [...input.assignments, ...kept] },
        plannableShiftIds: neighbourhood.shiftIds,
        agentIds: neighbourhood.agentIds,
        wishes,
        history,
        publicHolidays,
      });
      const result = await session.solve(built.model, {
        timeLimitSeconds: remaining(),
        nodeLimit: STEP_NODES,
        start: startOf(built, before),
      });
      solveSeconds += result.runSeconds;
      if (result.status === 'timeLimit') timeCapped = true;
      stalled++;
      // No better plan (none found, or none better than the current one): resize the next ones.
      const resize = (): void => {
        groupSize = result.optimal
          ? Math.min(groupSize + 1, MAX_GROUP_SIZE, Math.max(groupSize, neighbourhood.poolSize))
          : Math.max(MIN_GROUP_SIZE, groupSize - 2);
      };
      if (!result.colValue || result.objective === null) {
        resize();
        continue;
      }
      const baseline = await evaluate(session, built, before);
      trace(
        `step ${step}: ${neighbourhood.agentIds.size} agents, ${built.model.numCols} columns, ${result.status}, ${baseline} → ${result.objective}`,
      );
      if (baseline !== null && result.objective >= baseline - 1e-6) {
        resize();
        continue;
      }
      const next = [...kept, ...decode(built.columns, result.colValue)];
      if (covered(input, plannable, next) < covered(input, plannable, current)) continue;
      current = next;
      status = 'time_limit';
      stalled = 0;
    }

    if (optimal) mipGap = 0;
    else if (session && bound !== null) {
      // The gap of the plan against the bound the whole programme proved.
      const objective = await evaluate(session, whole, current);
      if (objective !== null) mipGap = Math.max(0, (objective - bound) / Math.max(1e-9, Math.abs(objective)));
    }
  } catch (error) {
    // The solver failed (it should not): the greedy plan, lawful, is still an answer.
    request.onBug?.(`Le solveur a échoué : ${(error as Error).message}`);
    current = greedy;
    status = 'greedy';
    mipGap = null;
  } finally {
    await session?.close();
  }

  let proposal = lawful(input, current, request.onBug);
  // Should the rules engine have dropped assignments of the solver's plan (a bug, reported
  // above), the plan could cover fewer places than the greedy one: the greedy plan, lawful by
  // construction, is then the answer — the planner never proposes less than its first plan.
  if (
    proposal !== current &&
    covered(input, plannable, proposal) < covered(input, plannable, greedy) &&
    lawful(input, greedy, request.onBug) === greedy
  ) {
    proposal = greedy;
    status = 'greedy';
    mipGap = null;
  }
  return {
    proposal,
    greedy,
    stats: {
      status,
      mipGap: mipGap === null ? null : Math.round(mipGap * 10_000) / 10_000,
      firstFeasibleSeconds: round3(firstFeasibleSeconds),
      solveSeconds: round3(solveSeconds),
      totalSeconds: round3(elapsed()),
      steps,
      timeCapped,
      solver: quality(input, plannable, proposal),
      greedy: quality(input, plannable, greedy),
    },
  };
}

function startOf(built: BuiltModel, assignments: readonly RosterAssignment[]): SolveStart {
  const indices = assignments
    .map((a) => built.xIndex.get(`${a.agentId}|${a.shiftId}`))
    .filter((i): i is number => i !== undefined);
  return { indices: Int32Array.from(indices), values: new Float64Array(indices.length).fill(1) };
}
type SolveStart = { indices: Int32Array; values: Float64Array };

/**
 * The objective of a given roster in a model: the programme with every x fixed, solved for the
 * auxiliary variables alone. Null when the roster is not a solution of the model.
 */
export async function evaluate(
  session: HighsSession,
  built: BuiltModel,
  assignments: readonly RosterAssignment[],
): Promise<number | null> {
  const chosen = new Set(startOf(built, assignments).indices);
  const lower = Float64Array.from(built.model.colLower);
  const upper = Float64Array.from(built.model.colUpper);
  built.columns.forEach((column, index) => {
    if (column.kind !== 'x') return;
    const value = chosen.has(index) ? 1 : 0;
    lower[index] = value;
    upper[index] = value;
  });
  const fixed: SparseModel = { ...built.model, colLower: lower, colUpper: upper };
  const result = await session.solve(fixed, { timeLimitSeconds: 2 });
  return result.colValue ? result.objective : null;
}

/**
 * The neighbourhoods, in turn: one week of the period and a group of agents of one category
 * (police officers mostly, they hold most shifts) — the most and the least loaded by hours, then
 * by nights, then by weekends, and some at random — `groupSize` of them (it adapts, see
 * GROUP_SIZE). Small enough to be solved to optimality in a fraction of a second, many of them fit
 * in the time limit.
 */
function neighbourhoodsOf(
  input: RosterInput,
  plannable: ReadonlySet<string>,
): {
  next: (step: number, current: readonly RosterAssignment[], groupSize: number) => Neighbourhood;
  largestPool: number;
} {
  const byWeek = new Map<string, Set<string>>();
  for (const shift of input.shifts) {
    if (!plannable.has(shift.id)) continue;
    const week = weekStart(localDate(shift.startsAt, input.ruleSet));
    byWeek.set(week, (byWeek.get(week) ?? new Set()).add(shift.id));
  }
  const weeks = [...byWeek.keys()].sort().map((week) => byWeek.get(week)!);
  const workers = input.agents.filter(countsTowardCoverage);
  const police = workers.filter((agent) => agent.category === StaffCategory.POLICE);
  const others = workers.filter(
    (agent) => agent.category !== StaffCategory.POLICE && agent.category !== StaffCategory.ADMINISTRATIVE,
  );
  let random = 0x2545f491;
  const next = (): number => {
    random = (Math.imul(random, 1_103_515_245) + 12_345) >>> 0;
    return random / 4_294_967_296;
  };
  const measures = ['hours', 'nights', 'weekends'] as const;
  const neighbourhood = (
    step: number,
    current: readonly RosterAssignment[],
    groupSize: number,
  ): Neighbourhood => {
    const pool = step % 4 === 3 && others.length > 1 ? others : police.length > 1 ? police : workers;
    const measure = measures[step % measures.length];
    const load = new Map(
      loads(input, current).map((l) => [
        l.agentId,
        measure === 'hours' ? l.hours / (l.contractHours || 1) : l[measure] / l.contractRatio,
      ]),
    );
    const ranked = [...pool].sort((a, b) => (load.get(a.id) ?? 0) - (load.get(b.id) ?? 0));
    const chosen = new Set<string>();
    const quarter = Math.max(1, Math.floor(groupSize / 4));
    ranked.slice(0, quarter).forEach((agent) => chosen.add(agent.id));
    ranked.slice(-quarter).forEach((agent) => chosen.add(agent.id));
    const rest = ranked.filter((agent) => !chosen.has(agent.id));
    while (chosen.size < Math.min(groupSize, pool.length) && rest.length > 0)
      chosen.add(rest.splice(Math.floor(next() * rest.length), 1)[0].id);
    return {
      shiftIds: weeks[Math.floor(next() * weeks.length)] ?? plannable,
      agentIds: chosen,
      poolSize: pool.length,
    };
  };
  const largestPool = Math.max(
    police.length > 1 ? police.length : workers.length,
    others.length > 1 ? others.length : 0,
  );
  return { next: neighbourhood, largestPool };
}

/** Places filled (each shift counts up to its need). */
function covered(input: RosterInput, plannable: ReadonlySet<string>, proposal: RosterAssignment[]): number {
  return quality(input, plannable, proposal).filledPlaces;
}

/**
 * The rules engine has the last word: a proposal that breaks a hard rule is a bug. Should it
 * happen, the assignments involved are dropped (and the bug reported), never returned.
 */
export function lawful(
  input: RosterInput,
  proposal: RosterAssignment[],
  onBug: (message: string) => void = () => undefined,
): RosterAssignment[] {
  const before = findingKeys(checkRoster(input).violations);
  let current = proposal;
  for (let round = 0; round < 20; round++) {
    const introduced = introducedFindings(
      before,
      checkRoster({ ...input, assignments: [...input.assignments, ...current] }).violations,
    );
    if (introduced.length === 0) return current;
    onBug(`Le plan proposé enfreint ${introduced.length} règle(s) : ${introduced[0].message}`);
    const culprits = new Set(introduced.map((f) => `${f.agentId}|${f.shiftId}`));
    const next = current.filter((a) => !culprits.has(`${a.agentId}|${a.shiftId}`));
    current =
      next.length < current.length
        ? next
        : current.filter((a) => !introduced.some((f) => f.agentId === a.agentId));
  }
  return [];
}

const round2 = (value: number): number => Math.round(value * 100) / 100;
const round3 = (value: number): number => Math.round(value * 1000) / 1000;

/** Coverage and fairness spreads of a plan (police officers: the bulk of the shifts). */
export function quality(
  input: RosterInput,
  plannable: ReadonlySet<string>,
  proposal: RosterAssignment[],
): PlanQualityResponse {
  const all = [...input.assignments, ...proposal];
  const agentsById = new Map(input.agents.map((agent) => [agent.id, agent]));
  const countByShift = new Map<string, number>();
  for (const a of all) {
    const agent = agentsById.get(a.agentId);
    if (agent && countsTowardCoverage(agent))
      countByShift.set(a.shiftId, (countByShift.get(a.shiftId) ?? 0) + 1);
  }
  let required = 0;
  let filled = 0;
  for (const shift of input.shifts.filter((s) => plannable.has(s.id))) {
    const need = Math.max(shift.minAgents, ...shift.requirements.map((r) => r.count));
    required += need;
    filled += Math.min(need, countByShift.get(shift.id) ?? 0);
  }
  const officers = input.agents.filter(
    (agent) => agent.category === StaffCategory.POLICE && agent.status === AgentStatus.ACTIVE,
  );
  const among = (measure: 'nights' | 'weekends'): Set<string> =>
    new Set(fairnessPool(input, officers, measure).map((agent) => agent.id));
  const [nightWorkers, weekendWorkers] = [among('nights'), among('weekends')];
  const available = loads(input, proposal).filter(
    (l) => l.contractHours > 0 && officers.some((agent) => agent.id === l.agentId),
  );
  const spread = (values: number[]): number =>
    values.length ? Math.max(...values) - Math.min(...values) : 0;
  return {
    filledPlaces: filled,
    requiredPlaces: required,
    hoursSpread: round2(spread(available.map((l) => (100 * l.hours) / l.contractHours))),
    nightsSpread: round2(
      spread(available.filter((l) => nightWorkers.has(l.agentId)).map((l) => l.nights / l.contractRatio)),
    ),
    weekendsSpread: round2(
      spread(available.filter((l) => weekendWorkers.has(l.agentId)).map((l) => l.weekends / l.contractRatio)),
    ),
  };
}

/** Hours, nights and weekend shifts of each active agent over the period, against contract. */
export function loads(
  input: RosterInput,
  proposal: readonly RosterAssignment[],
): PlanStatsResponse['agents'] {
  const shifts = new Map(input.shifts.map((shift) => [shift.id, shift]));
  const byAgent = new Map<string, RosterAssignment[]>();
  for (const a of [...input.assignments, ...proposal])
    byAgent.set(a.agentId, [...(byAgent.get(a.agentId) ?? []), a]);
  const periodStart = Date.parse(`${input.from}T00:00:00Z`);
  const periodEnd = Date.parse(`${addDays(input.to, 1)}T00:00:00Z`);
  const days = Math.round((periodEnd - periodStart) / 86_400_000);
  return input.agents
    .filter(
      (agent: RosterAgent) =>
        agent.status === AgentStatus.ACTIVE && agent.category !== StaffCategory.ADMINISTRATIVE,
    )
    .map((agent) => {
      const mine = (byAgent.get(agent.id) ?? [])
        .map((a) => shifts.get(a.shiftId)!)
        .filter((shift) => {
          const day = localDate(shift.startsAt, input.ruleSet);
          return day >= input.from && day <= input.to && inLoadHere(agent, shift);
        });
      const absentDays = input.absences
        .filter((ab) => ab.agentId === agent.id)
        .reduce(
          (sum, ab) =>
            sum +
            Math.max(
              0,
              (Math.min(Date.parse(ab.endsAt), periodEnd) - Math.max(Date.parse(ab.startsAt), periodStart)) /
                86_400_000,
            ),
          0,
        );
      const contractHours = Math.max(
        0,
        (input.ruleSet.fullTimeWeeklyHours *
          ratioHere(agent, input.from, input.to) *
          (days - Math.min(days, absentDays))) /
          7,
      );
      return {
        agentId: agent.id,
        agentName: agent.name,
        contractRatio: ratioHere(agent, input.from, input.to),
        hours: Math.round(mine.reduce((sum, shift) => sum + shiftHours(shift, input.ruleSet), 0) * 10) / 10,
        contractHours: Math.round(contractHours * 10) / 10,
        nights: mine.filter((shift) => isNightShift(shift, input.ruleSet)).length,
        weekends: mine.filter((shift) => isWeekendShift(shift, input.ruleSet)).length,
      };
    });
}
