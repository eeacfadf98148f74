import {
  addDays,
  addWeeks,
  calendarOf,
  countsTowardCoverage,
  hasValidQualification,
  inLoadHere,
  isEligible,
  isNightShift,
  isWeekendShift,
  localDate,
  missesBreak,
  QualificationKind,
  ratioHere,
  RosterAgent,
  RosterAssignment,
  RosterInput,
  RosterShift,
  shiftHours,
  weekStart,
} from '@vigie/shared';

/**
 * The automatic roster as a mixed-integer programme:
 * - x[a,s] ∈ {0,1}: agent a on shift s, for every lawful-looking pair (status, category,
 *   qualifications required of all, absences, clashes with the assignments already made);
 * - hard rules as linear inequalities: pairwise conflicts (overlap, 11 h rest, 12 h span,
 *   10 h a day for two shifts), 10 h per day, the 20-minute break of a day of 6 h (each set of
 *   the day's shifts that misses it, unless a shift that brings one is worked too), 48 h per
 *   calendar week, 44 h on average over 12 weeks (the weeks before count), 35 h of continuous
 *   rest within every calendar week (one free window among those starting at the week's start or
 *   a shift's end);
 * - the standing rule set only: a derogation covers what the chief places by hand, the planner
 *   never relies on one;
 * - coverage with slack (places and required qualifications), no overstaffing;
 * - fairness: the spread (max − min) of hours, nights and weekend shifts relative to contract
 *   and availability, within each category, the period's nights kept within
 *   PERIOD_NIGHTS_WITHIN first; runs of more than five working days; wishes
 *   (pending absence requests) respected where free.
 * Coverage first (heavy slack costs), then fairness.
 */

const HOUR = 3_600_000;
export const WEIGHTS = {
  uncoveredPlace: 1000,
  unmetRequirement: 400,
  hoursSpread: 4,
  nightsSpread: 40,
  weekendsSpread: 25,
  holidaysSpread: 25,
  // Each agent's distance to the group's level: the spread alone only sees the two extremes, so
  // a search that moves a few agents at a time would not see most of its progress.
  hoursDeviation: 2,
  nightsDeviation: 20,
  weekendsDeviation: 6,
  holidaysDeviation: 6,
  // The period's own nights, beside the year's (issue 21: within 2 over the month the chief reads).
  periodNightsSpread: 40,
  // Each night of the period's spread beyond PERIOD_NIGHTS_WITHIN: dominant over every other
  // fairness term (the year's included, which may only break ties within it), under coverage.
  periodNightsExcess: 300,
  longRun: 15,
  wish: 60,
};

/**
 * The spread of the period's nights (per full-time equivalent present) the plan keeps within among
 * those able to work nights: the service's goal for a month, read by the chief on the roster.
 */
export const PERIOD_NIGHTS_WITHIN = 2;

/** The measures fairness evens out. */
export const FAIRNESS_MEASURES = ['hours', 'nights', 'weekends', 'holidays'] as const;
export type FairnessMeasure = (typeof FAIRNESS_MEASURES)[number];

/**
 * What an agent already worked this year before the period (hours, nights, weekend shifts,
 * public-holiday shifts), and the days he was there to work them (in the service, not absent):
 * fairness evens out the year, not the period alone, so a month after a heavy one is lighter.
 */
export interface WorkedHistory {
  hours: number;
  nights: number;
  weekends: number;
  holidays: number;
  availableDays: number;
  /**
   * The agent's time account over the same days, where it is known: its hours done or planned
   * (records, credited absences and corrections included) and the days in service they are due
   * over (its due hours in days of his contract). Hours-to-contract fairness reads these instead
   * of `hours` and `availableDays`.
   */
  account?: { hours: number; days: number };
}

export interface PlannerInput {
  /** The whole period; its assignments are fixed (made by hand, or outside the neighbourhood). */
  input: RosterInput;
  /** Shifts the planner may fill (unpublished days of the period, or a neighbourhood of them). */
  plannableShiftIds: ReadonlySet<string>;
  /** Agents the planner may place (all when absent). */
  agentIds?: ReadonlySet<string>;
  /** Pending absence requests: days off wished. */
  wishes: readonly { agentId: string; startsAt: string; endsAt: string }[];
  /** The year before the period, per agent (none: the period alone is evened out). */
  history?: ReadonlyMap<string, WorkedHistory>;
  /** Public holidays (local dates) of the period. */
  publicHolidays?: ReadonlySet<string>;
}

export interface Column {
  kind: 'x' | 'slack' | 'aux';
  agentId?: string;
  shiftId?: string;
}

export interface SparseModel {
  numCols: number;
  numRows: number;
  colCost: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  integrality: Int32Array;
  starts: Int32Array;
  indices: Int32Array;
  values: Float64Array;
}

export interface BuiltModel {
  model: SparseModel;
  columns: Column[];
  /** Index of x[a,s] by `${agentId}|${shiftId}`. */
  xIndex: Map<string, number>;
}

interface Times {
  start: number;
  end: number;
  day: string;
  hours: number;
  breakMinutes: number;
  /** 1 for a night shift, else 0 (computed once). */
  night(shift: RosterShift): number;
  weekend(shift: RosterShift): number;
}

class ModelBuilder {
  readonly columns: Column[] = [];
  readonly cost: number[] = [];
  readonly lower: number[] = [];
  readonly upper: number[] = [];
  readonly integer: number[] = [];
  readonly rows: { lo: number; hi: number; terms: Map<number, number> }[] = [];

  column(column: Column, cost: number, lo: number, hi: number, integer: boolean): number {
    this.columns.push(column);
    this.cost.push(cost);
    this.lower.push(lo);
    this.upper.push(hi);
    this.integer.push(integer ? 1 : 0);
    return this.columns.length - 1;
  }

  row(terms: [number, number][], lo: number, hi: number): void {
    const merged = new Map<number, number>();
    for (const [index, value] of terms) merged.set(index, (merged.get(index) ?? 0) + value);
    for (const [index, value] of merged) if (value === 0) merged.delete(index);
    if (merged.size === 0) return;
    this.rows.push({ lo, hi, terms: merged });
  }

  build(): SparseModel {
    const starts = new Int32Array(this.rows.length + 1);
    const nnz = this.rows.reduce((sum, row) => sum + row.terms.size, 0);
    const indices = new Int32Array(nnz);
    const values = new Float64Array(nnz);
    let k = 0;
    this.rows.forEach((row, i) => {
      starts[i] = k;
      for (const [index, value] of [...row.terms].sort((a, b) => a[0] - b[0])) {
        indices[k] = index;
        values[k] = value;
        k++;
      }
    });
    starts[this.rows.length] = k;
    return {
      numCols: this.columns.length,
      numRows: this.rows.length,
      colCost: Float64Array.from(this.cost),
      colLower: Float64Array.from(this.lower),
      colUpper: Float64Array.from(this.upper),
      rowLower: Float64Array.from(this.rows.map((row) => row.lo)),
      rowUpper: Float64Array.from(this.rows.map((row) => row.hi)),
      integrality: Int32Array.from(this.integer),
      starts,
      indices,
      values,
    };
  }
}

const INF = 1e30;

export function buildPlanningModel({
  input,
  plannableShiftIds,
  agentIds,
  wishes,
  history,
  publicHolidays,
}: PlannerInput): BuiltModel {
  const { ruleSet } = input;
  const b = new ModelBuilder();
  const times = new Map<string, Times>();
  for (const shift of input.shifts) times.set(shift.id, timesOf(shift, ruleSet));
  const shiftsById = new Map(input.shifts.map((shift) => [shift.id, shift]));
  const plannable = input.shifts.filter((shift) => plannableShiftIds.has(shift.id));
  const fixedByAgent = groupBy(input.assignments, (a) => a.agentId);
  const fixedByShift = groupBy(input.assignments, (a) => a.shiftId);
  const absences = groupBy(input.absences, (a) => a.agentId);
  const wishesByAgent = groupBy(wishes, (w) => w.agentId);
  // Only those who fill places are planned: a trainee is added by the chief, as an extra.
  const agents = input.agents.filter(countsTowardCoverage);
  const agentsById = new Map(input.agents.map((agent) => [agent.id, agent]));

  const xIndex = new Map<string, number>();
  const xByAgent = new Map<string, number[]>();
  const xByShift = new Map<string, number[]>();
  const conflicts = (a: Times, c: Times): boolean => pairConflict(a, c, ruleSet);

  // Places left on a shift, and qualifications still missing (a full shift may take one more
  // agent holding a missing qualification, as a chief would do).
  const openings = new Map<string, { places: number; missing: Map<QualificationKind, number> }>();
  for (const shift of plannable) {
    const t = times.get(shift.id)!;
    const on = (fixedByShift.get(shift.id) ?? [])
      .map((a) => agentsById.get(a.agentId))
      .filter((agent) => agent !== undefined && countsTowardCoverage(agent));
    const missing = new Map<QualificationKind, number>();
    for (const requirement of shift.requirements) {
      const held = on.filter(
        (agent) => agent && hasValidQualification(agent, requirement.kind, t.day),
      ).length;
      if (requirement.count > held) missing.set(requirement.kind, requirement.count - held);
    }
    const places = Math.max(
      0,
      Math.max(shift.minAgents, ...shift.requirements.map((r) => r.count), 0) - on.length,
    );
    openings.set(shift.id, { places, missing });
  }

  for (const shift of plannable) {
    const t = times.get(shift.id)!;
    const { places, missing } = openings.get(shift.id)!;
    if (places === 0 && missing.size === 0) continue;
    for (const agent of agents) {
      if (agentIds && !agentIds.has(agent.id)) continue;
      if (!isEligible(agent, shift, t.day)) continue;
      if (places === 0 && ![...missing.keys()].some((kind) => hasValidQualification(agent, kind, t.day)))
        continue;
      if ((fixedByShift.get(shift.id) ?? []).some((a) => a.agentId === agent.id)) continue;
      if (
        (absences.get(agent.id) ?? []).some(
          (ab) => Date.parse(ab.startsAt) < t.end && Date.parse(ab.endsAt) > t.start,
        )
      )
        continue;
      const fixed = (fixedByAgent.get(agent.id) ?? [])
        .map((a) => times.get(a.shiftId))
        .filter((f): f is Times => !!f);
      if (fixed.some((f) => conflicts(f, t))) continue;
      const wished = (wishesByAgent.get(agent.id) ?? []).some(
        (w) => Date.parse(w.startsAt) < t.end && Date.parse(w.endsAt) > t.start,
      );
      const index = b.column(
        { kind: 'x', agentId: agent.id, shiftId: shift.id },
        wished ? WEIGHTS.wish : 0.001 * t.hours,
        0,
        1,
        true,
      );
      xIndex.set(`${agent.id}|${shift.id}`, index);
      push(xByAgent, agent.id, index);
      push(xByShift, shift.id, index);
    }
  }
  const xOf = (index: number): { agent: RosterAgent; shift: RosterShift; t: Times } => {
    const column = b.columns[index];
    const shift = shiftsById.get(column.shiftId!)!;
    return { agent: agentsById.get(column.agentId!)!, shift, t: times.get(shift.id)! };
  };

  // Coverage: places and required qualifications, with costly slack; no overstaffing.
  // Coverage: places and required qualifications, with costly slack; no overstaffing beyond the
  // holders of a missing qualification.
  for (const shift of plannable) {
    const candidates = xByShift.get(shift.id) ?? [];
    if (candidates.length === 0) continue;
    const { places, missing: missingKinds } = openings.get(shift.id)!;
    const day = times.get(shift.id)!.day;
    const terms = (indices: number[]): [number, number][] => indices.map((i) => [i, 1]);
    if (places > 0) {
      const slack = b.column({ kind: 'slack', shiftId: shift.id }, WEIGHTS.uncoveredPlace, 0, places, true);
      b.row([...terms(candidates), [slack, 1]], places, INF);
    }
    const holdersOfMissing = candidates.filter((i) =>
      [...missingKinds.keys()].some((kind) => hasValidQualification(xOf(i).agent, kind, day)),
    );
    const extra = [...missingKinds.values()].reduce((sum, count) => sum + count, 0);
    b.row(terms(candidates), -INF, Math.max(places, extra));
    b.row(terms(candidates.filter((i) => !holdersOfMissing.includes(i))), -INF, places);
    for (const [kind, missing] of missingKinds) {
      const holders = candidates.filter((i) => hasValidQualification(xOf(i).agent, kind, day));
      const unmet = b.column(
        { kind: 'slack', shiftId: shift.id },
        WEIGHTS.unmetRequirement,
        0,
        missing,
        true,
      );
      b.row([...terms(holders), [unmet, 1]], missing, INF);
    }
  }

  const periodWeeks = weeksOf(input.from, input.to);
  for (const agent of agents) {
    const mine = xByAgent.get(agent.id) ?? [];
    if (mine.length === 0) continue;
    const fixed = (fixedByAgent.get(agent.id) ?? [])
      .map((a) => times.get(a.shiftId))
      .filter((f): f is Times => !!f);

    // Pairwise conflicts between candidates: overlap, rest, span, two shifts over 10 h a day.
    const sorted = [...mine].sort((i, j) => xOf(i).t.start - xOf(j).t.start);
    for (let p = 0; p < sorted.length; p++) {
      const tp = xOf(sorted[p]).t;
      for (let q = p + 1; q < sorted.length; q++) {
        const tq = xOf(sorted[q]).t;
        if (tq.start - tp.end > ruleSet.minDailyRestHours * HOUR && tq.day !== tp.day) break;
        if (conflicts(tp, tq))
          b.row(
            [
              [sorted[p], 1],
              [sorted[q], 1],
            ],
            -INF,
            1,
          );
      }
    }

    // 10 h a day (two candidates alone are a pair above; with fixed work of the day, not).
    for (const [day, indices] of groupBy(mine, (i) => xOf(i).t.day)) {
      const already = fixed.filter((f) => f.day === day).reduce((sum, f) => sum + f.hours, 0);
      if (indices.length < 3 && already === 0) continue;
      b.row(
        indices.map((i) => [i, xOf(i).t.hours]),
        -INF,
        ruleSet.maxDailyWorkHours - already,
      );
    }

    // The break of a day of 6 h: every set of the day's candidates that may be worked together
    // and, with the day's fixed work, misses it is forbidden unless one more candidate that brings
    // a break (its own, or a gap of 20 minutes) is worked too. A single one always can: a shift
    // with a break brings it, and a gap is bounded by a shift next to it.
    for (const [day, indices] of groupBy(mine, (i) => xOf(i).t.day)) {
      addBreakRows(
        b,
        indices,
        fixed.filter((f) => f.day === day),
        (i) => xOf(i).t,
        ruleSet,
      );
    }

    // 48 h a week, 44 h on average over 12 weeks.
    const calendar = calendarOf(ruleSet.timeZone);
    const weekHours = (t: Times, week: string): number => overlapHours(t, calendar.weekBounds(week));
    for (const week of periodWeeks) {
      const already = fixed.reduce((sum, f) => sum + weekHours(f, week), 0);
      const terms = mine
        .map((i) => [i, weekHours(xOf(i).t, week)] as [number, number])
        .filter(([, h]) => h > 0);
      b.row(terms, -INF, ruleSet.maxWeeklyHours - already);
    }
    for (const first of windowStarts(periodWeeks, ruleSet.averageWindowWeeks)) {
      const bounds = {
        start: calendar.dayStart(first),
        end: calendar.dayStart(addWeeks(first, ruleSet.averageWindowWeeks)),
      };
      const already = fixed.reduce((sum, f) => sum + overlapHours(f, bounds), 0);
      const terms = mine
        .map((i) => [i, overlapHours(xOf(i).t, bounds)] as [number, number])
        .filter(([, h]) => h > 0);
      if (terms.length > 0)
        b.row(terms, -INF, ruleSet.maxAverageWeeklyHours * ruleSet.averageWindowWeeks - already);
    }

    // 35 h of continuous rest within every week he may work: one free window of the week is
    // chosen. A week whose work is all fixed counts too: a shift of the week may be the planner's
    // while the rest of it is fixed (a neighbourhood of one week, its neighbours' weeks fixed).
    const restMs = ruleSet.minWeeklyRestHours * HOUR;
    for (const week of periodWeeks) {
      const bounds = calendar.weekBounds(week);
      const worksInWeek = (t: Times): boolean => overlapHours(t, bounds) > 0;
      if (!mine.some((i) => worksInWeek(xOf(i).t)) && !fixed.some(worksInWeek)) continue;
      // Any free gap of 35 h within the week starts at the week's start or at a shift's end (the
      // rules engine's reading: the gaps between merged work spans, clipped to the week).
      const anchors = new Set<number>([bounds.start]);
      for (const i of mine) anchors.add(xOf(i).t.end);
      for (const f of fixed) anchors.add(f.end);
      // The candidates each free window would forbid; a window forbidding a superset of another's
      // is never needed (the other is free whenever it is), so only the minimal ones are kept.
      const sets: number[][] = [];
      for (const start of anchors) {
        const end = start + restMs;
        if (start < bounds.start || end > bounds.end) continue;
        if (fixed.some((f) => f.start < end && f.end > start)) continue;
        sets.push(mine.filter((i) => xOf(i).t.start < end && xOf(i).t.end > start));
      }
      const minimal = sets.filter(
        (set, k) =>
          !sets.some(
            (other, j) =>
              j !== k && other.every((i) => set.includes(i)) && (other.length < set.length || j < k),
          ),
      );
      const windows: number[] = [];
      for (const overlapping of minimal) {
        const free = b.column({ kind: 'aux', agentId: agent.id }, 0, 0, 1, true);
        // free = 1 ⇒ none of the overlapping candidates is worked: one row each (x + free ≤ 1),
        // tighter than their sum against free × n now that the rest must lie within the week.
        for (const i of overlapping)
          b.row(
            [
              [i, 1],
              [free, 1],
            ],
            -INF,
            1,
          );
        windows.push(free);
      }
      if (windows.length > 0)
        b.row(
          windows.map((w) => [w, 1]),
          1,
          INF,
        );
    }
  }

  addFairness(b, { input, agents, xByAgent, xOf, times, history, publicHolidays });
  return { model: b.build(), columns: b.columns, xIndex };
}

interface FairnessContext {
  input: RosterInput;
  agents: RosterAgent[];
  xByAgent: Map<string, number[]>;
  xOf: (index: number) => { agent: RosterAgent; shift: RosterShift; t: Times };
  times: Map<string, Times>;
  history?: ReadonlyMap<string, WorkedHistory>;
  publicHolidays?: ReadonlySet<string>;
}

const SPREAD_WEIGHT: Record<FairnessMeasure, number> = {
  hours: WEIGHTS.hoursSpread,
  nights: WEIGHTS.nightsSpread,
  weekends: WEIGHTS.weekendsSpread,
  holidays: WEIGHTS.holidaysSpread,
};
const DEVIATION_WEIGHT: Record<FairnessMeasure, number> = {
  hours: WEIGHTS.hoursDeviation,
  nights: WEIGHTS.nightsDeviation,
  weekends: WEIGHTS.weekendsDeviation,
  holidays: WEIGHTS.holidaysDeviation,
};

/**
 * Fairness per category and measure, on the year so far plus the period, per full-time
 * equivalent and day available: the spread (max − min) and each agent's distance to the group's
 * level; then runs of more than five working days.
 */
function addFairness(b: ModelBuilder, context: FairnessContext): void {
  const { input, agents, xByAgent, xOf, times, history, publicHolidays } = context;
  const { ruleSet } = input;
  const calendar = calendarOf(ruleSet.timeZone);
  const periodStart = calendar.dayStart(input.from);
  const periodEnd = calendar.dayStart(addDays(input.to, 1));
  const periodMs = periodEnd - periodStart;
  const periodDays = periodMs / (24 * HOUR);
  const inPeriod = (shiftId: string): boolean => {
    const t = times.get(shiftId);
    return !!t && t.start >= periodStart && t.start < periodEnd;
  };
  const shiftsById = new Map(input.shifts.map((shift) => [shift.id, shift]));
  const agentsById = new Map(input.agents.map((agent) => [agent.id, agent]));
  // What each agent already holds in the period, as his load here counts it.
  const fixedInPeriod = groupBy(
    input.assignments.filter((a) => {
      const agent = agentsById.get(a.agentId);
      return inPeriod(a.shiftId) && !!agent && inLoadHere(agent, shiftsById.get(a.shiftId)!);
    }),
    (a) => a.agentId,
  );
  const value = (measure: FairnessMeasure, t: Times, shift: RosterShift): number =>
    measure === 'hours'
      ? t.hours
      : measure === 'nights'
        ? t.night(shift)
        : measure === 'weekends'
          ? t.weekend(shift)
          : publicHolidays?.has(t.day)
            ? 1
            : 0;
  for (const category of new Set(agents.map((agent) => agent.category))) {
    // Who works in the period: placeable now, or already on shifts of it (their loads are fixed).
    const pool = agents.filter(
      (agent) =>
        agent.category === category &&
        ((xByAgent.get(agent.id)?.length ?? 0) > 0 || (fixedInPeriod.get(agent.id)?.length ?? 0) > 0),
    );
    if (pool.length < 2 || !pool.some((agent) => xByAgent.has(agent.id))) continue;
    for (const measure of FAIRNESS_MEASURES) {
      const among = fairnessPool(input, pool, measure, publicHolidays);
      if (among.length < 2) continue;
      const max = b.column({ kind: 'aux' }, SPREAD_WEIGHT[measure], 0, INF, false);
      const min = b.column({ kind: 'aux' }, -SPREAD_WEIGHT[measure], 0, INF, false);
      const level = b.column({ kind: 'aux' }, 0, 0, INF, false);
      // Days available, in periods: the period's (absences deducted) and the year's before it.
      const presence = new Map(
        among.map((agent) => {
          const absentMs = input.absences
            .filter((absence) => absence.agentId === agent.id)
            .reduce(
              (sum, ab) =>
                sum +
                Math.max(
                  0,
                  Math.min(Date.parse(ab.endsAt), periodEnd) - Math.max(Date.parse(ab.startsAt), periodStart),
                ),
              0,
            );
          return [agent.id, 1 - absentMs / periodMs];
        }),
      );
      const account = (agent: RosterAgent): WorkedHistory['account'] =>
        measure === 'hours' ? history?.get(agent.id)?.account : undefined;
      const availability = new Map(
        among.map((agent) => {
          const past = account(agent)?.days ?? history?.get(agent.id)?.availableDays ?? 0;
          return [agent.id, Math.max(0.1, presence.get(agent.id)! + past / periodDays)];
        }),
      );
      // Loads are compared per period of presence: a long history does not dilute the period.
      const typical = [...availability.values()].reduce((sum, a) => sum + a, 0) / availability.size;
      for (const agent of among) {
        const past = history?.get(agent.id);
        const scale =
          typical / (Math.max(ratioHere(agent, input.from, input.to), 0.1) * availability.get(agent.id)!);
        const fixedValue =
          (account(agent)?.hours ?? past?.[measure] ?? 0) +
          (fixedInPeriod.get(agent.id) ?? []).reduce(
            (sum, a) => sum + value(measure, times.get(a.shiftId)!, shiftsById.get(a.shiftId)!),
            0,
          );
        const terms = (xByAgent.get(agent.id) ?? []).map(
          (i) => [i, value(measure, xOf(i).t, xOf(i).shift) * scale] as [number, number],
        );
        // max ≥ load ≥ min
        b.row([...terms, [max, -1]], -INF, -fixedValue * scale);
        b.row([...terms, [min, -1]], -fixedValue * scale, INF);
        // deviation ≥ |load − level|
        const deviation = b.column(
          { kind: 'aux', agentId: agent.id },
          DEVIATION_WEIGHT[measure],
          0,
          INF,
          false,
        );
        b.row([...terms, [level, -1], [deviation, -1]], -INF, -fixedValue * scale);
        b.row([...terms, [level, -1], [deviation, 1]], -fixedValue * scale, INF);
      }
      if (measure === 'nights') addPeriodSpread(b, { ...context, among, presence, inPeriod, shiftsById });
    }
  }
  // More than five working days in a row costs.
  for (const agent of agents) {
    const mine = xByAgent.get(agent.id) ?? [];
    if (mine.length === 0) continue;
    const days = groupBy(mine, (i) => xOf(i).t.day);
    const worked = new Map<string, number>();
    for (const [day, indices] of days) {
      const y = b.column({ kind: 'aux', agentId: agent.id }, 0, 0, 1, false);
      for (const i of indices)
        b.row(
          [
            [i, 1],
            [y, -1],
          ],
          -INF,
          0,
        );
      worked.set(day, y);
    }
    const fixedDays = new Set(
      input.assignments
        .filter((a) => a.agentId === agent.id)
        .map((a) => times.get(a.shiftId)?.day)
        .filter((d): d is string => !!d),
    );
    const allDays = [...new Set([...worked.keys(), ...fixedDays])].sort();
    for (const day of allDays) {
      const run = Array.from({ length: 6 }, (_, k) => addDays(day, k));
      const variables = run.filter((d) => worked.has(d)).map((d) => worked.get(d)!);
      if (variables.length === 0) continue;
      const fixedCount = run.filter((d) => fixedDays.has(d) && !worked.has(d)).length;
      const excess = b.column({ kind: 'aux', agentId: agent.id }, WEIGHTS.longRun, 0, INF, false);
      b.row([...variables.map((y) => [y, 1] as [number, number]), [excess, -1]], -INF, 5 - fixedCount);
    }
  }
}

/**
 * The spread of the period's own nights among those able to work them, per full-time equivalent
 * present: the year's terms even out who did more before, but the chief reads the month too, and a
 * month of 10 nights for one and 1 for another is not fair whatever came before.
 */
function addPeriodSpread(
  b: ModelBuilder,
  context: FairnessContext & {
    among: RosterAgent[];
    presence: Map<string, number>;
    inPeriod: (shiftId: string) => boolean;
    shiftsById: Map<string, RosterShift>;
  },
): void {
  const { input, among, presence, xByAgent, xOf, times, inPeriod, shiftsById } = context;
  const max = b.column({ kind: 'aux' }, WEIGHTS.periodNightsSpread, 0, INF, false);
  const min = b.column({ kind: 'aux' }, -WEIGHTS.periodNightsSpread, 0, INF, false);
  // max − min ≤ PERIOD_NIGHTS_WITHIN + excess: a soft row, so that a neighbourhood whose fixed
  // part already breaks it still has a solution, at a cost that outweighs any other fairness.
  const excess = b.column({ kind: 'aux' }, WEIGHTS.periodNightsExcess, 0, INF, false);
  b.row(
    [
      [max, 1],
      [min, -1],
      [excess, -1],
    ],
    -INF,
    PERIOD_NIGHTS_WITHIN,
  );
  for (const agent of among) {
    const scale =
      1 / (Math.max(ratioHere(agent, input.from, input.to), 0.1) * Math.max(0.1, presence.get(agent.id)!));
    const fixed = input.assignments
      .filter(
        (a) => a.agentId === agent.id && inPeriod(a.shiftId) && inLoadHere(agent, shiftsById.get(a.shiftId)!),
      )
      .reduce((sum, a) => sum + times.get(a.shiftId)!.night(shiftsById.get(a.shiftId)!), 0);
    const terms = (xByAgent.get(agent.id) ?? []).map(
      (i) => [i, xOf(i).t.night(xOf(i).shift) * scale] as [number, number],
    );
    b.row([...terms, [max, -1]], -INF, -fixed * scale);
    b.row([...terms, [min, -1]], -fixed * scale, INF);
  }
}

const timesCache = new WeakMap<RosterShift, { ruleSet: RosterInput['ruleSet']; times: Times }>();
/** A shift's instants and measures (memoised per shift object: the search rebuilds models often). */
function timesOf(shift: RosterShift, ruleSet: RosterInput['ruleSet']): Times {
  const cached = timesCache.get(shift);
  if (cached?.ruleSet === ruleSet) return cached.times;
  let night: number | undefined;
  let weekend: number | undefined;
  const times: Times = {
    start: Date.parse(shift.startsAt),
    end: Date.parse(shift.endsAt),
    day: localDate(shift.startsAt, ruleSet),
    hours: shiftHours(shift, ruleSet),
    breakMinutes: shift.breakMinutes,
    night: (s) => (night ??= isNightShift(s, ruleSet) ? 1 : 0),
    weekend: (s) => (weekend ??= isWeekendShift(s, ruleSet) ? 1 : 0),
  };
  timesCache.set(shift, { ruleSet, times });
  return times;
}

type Span = Pick<Times, 'start' | 'end' | 'day' | 'hours'>;

/** At most this many candidates of one agent worked together on one day (10 h, 12 h of span). */
const MAX_DAY_SET = 6;

/**
 * The rows of the 20-minute break for one agent's candidates of one day (`indices`) with that
 * day's fixed work. Each set T of candidates that may be worked together (no pairwise conflict)
 * and misses the break with the fixed work gets Σ_T x − Σ_R x ≤ |T| − 1, R the other candidates
 * that bring the break to T: exact, since a set lawful as a whole brings it to each of its parts
 * through one of its shifts (see above).
 */
function addBreakRows(
  b: ModelBuilder,
  indices: readonly number[],
  fixed: readonly Times[],
  timesOf: (index: number) => Times,
  ruleSet: RosterInput['ruleSet'],
): void {
  const misses = (set: readonly number[]): boolean =>
    missesBreak(
      [...fixed, ...set.map(timesOf)]
        .sort((p, q) => p.start - q.start || p.end - q.end)
        .map(({ start, end, breakMinutes }) => ({ start, end, breakMinutes })),
      ruleSet,
    );
  const compatible = (i: number, j: number): boolean => !pairConflict(timesOf(i), timesOf(j), ruleSet);
  const visit = (set: number[], from: number): void => {
    if (set.length > 0 && misses(set)) {
      const rescuers = indices.filter(
        (u) => !set.includes(u) && set.every((i) => compatible(i, u)) && !misses([...set, u]),
      );
      b.row(
        [...set.map((i) => [i, 1] as [number, number]), ...rescuers.map((u) => [u, -1] as [number, number])],
        -INF,
        set.length - 1,
      );
    }
    if (set.length >= MAX_DAY_SET) return;
    for (let k = from; k < indices.length; k++) {
      if (set.every((i) => compatible(i, indices[k]))) visit([...set, indices[k]], k + 1);
    }
  };
  visit([], 0);
}

/** Two shifts one agent cannot both work (both in time order is not required). */
export function pairConflict(a: Span, c: Span, ruleSet: RosterInput['ruleSet']): boolean {
  const [first, second] = a.start <= c.start ? [a, c] : [c, a];
  if (first.end > second.start) return true;
  if (first.day === second.day) {
    if ((Math.max(first.end, second.end) - first.start) / HOUR > ruleSet.maxDaySpanHours) return true;
    if (first.hours + second.hours > ruleSet.maxDailyWorkHours) return true;
    return false;
  }
  return (second.start - first.end) / HOUR < ruleSet.minDailyRestHours;
}

/**
 * Whether the agent can hold a place of the shift in full: allowed on it and holding what its
 * requirements ask (an unarmed officer does not count toward an armed patrol).
 */
export function canHold(agent: RosterAgent, shift: RosterShift, ruleSet: RosterInput['ruleSet']): boolean {
  const day = timesOf(shift, ruleSet).day;
  return (
    isEligible(agent, shift, day) &&
    shift.requirements.every((r) => hasValidQualification(agent, r.kind, day))
  );
}

/**
 * The agents the fairness of nights (or weekend shifts) is measured among: those who can hold at
 * least one night (weekend) shift of the period — an officer without a firearm, who cannot join an
 * armed night patrol, is not "unfairly spared" them.
 */
export function fairnessPool(
  input: RosterInput,
  agents: readonly RosterAgent[],
  measure: FairnessMeasure,
  publicHolidays?: ReadonlySet<string>,
): RosterAgent[] {
  if (measure === 'hours') return [...agents];
  const shifts = input.shifts.filter((shift) => {
    if (shift.elsewhere) return false;
    const t = timesOf(shift, input.ruleSet);
    if (t.day < input.from || t.day > input.to) return false;
    if (measure === 'holidays') return publicHolidays?.has(t.day) ?? false;
    return (measure === 'nights' ? t.night(shift) : t.weekend(shift)) === 1;
  });
  return agents.filter((agent) => shifts.some((shift) => canHold(agent, shift, input.ruleSet)));
}

function weeksOf(from: string, to: string): string[] {
  const weeks: string[] = [];
  for (let week = weekStart(from); week <= to; week = addWeeks(week, 1)) weeks.push(week);
  return weeks;
}

/** Starts of the 12-week windows that contain at least one week of the period. */
function windowStarts(periodWeeks: string[], span: number): string[] {
  const starts = new Set<string>();
  for (const week of periodWeeks) for (let k = 0; k < span; k++) starts.add(addWeeks(week, -k));
  return [...starts].sort();
}

function overlapHours(t: { start: number; end: number }, bounds: { start: number; end: number }): number {
  return Math.max(0, Math.min(t.end, bounds.end) - Math.max(t.start, bounds.start)) / HOUR;
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) push(groups, key(item), item);
  return groups;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The proposal encoded in a solution vector. */
export function decode(columns: Column[], values: ArrayLike<number>): RosterAssignment[] {
  const assignments: RosterAssignment[] = [];
  columns.forEach((column, index) => {
    if (column.kind === 'x' && values[index] > 0.5)
      assignments.push({ agentId: column.agentId!, shiftId: column.shiftId! });
  });
  return assignments;
}
