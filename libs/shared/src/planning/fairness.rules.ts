import { AgentStatus } from '../agents/agent.enum';
import { addDays, daysBetween, isoWeekday } from '../common/calendar/local-date';
import { toHours, toMillis } from '../common/calendar/zone-calendar';
import { RosterRule } from './planning.enum';
import { RosterAgent } from './roster.types';
import {
  count,
  decimalFr,
  enumerate,
  finding,
  merge,
  RankedFinding,
  RosterContext,
  ShiftInfo,
  unionLength,
  whose,
} from './roster-context';
import { inLoadHere, ratioHere, secondedDays } from './secondment-share.rules';
import { formatHoursFr } from './shift-time.rules';

/**
 * Soft rules over the period: nights and weekend shifts spread in proportion to each agent's
 * contract ratio and availability, and hours close to the contract.
 */
export function checkFairness(ctx: RosterContext, out: RankedFinding[]): void {
  const shifts = ctx.periodShifts();
  const absent = absentDays(ctx);
  const nights = shifts.filter((info) => ctx.isNight(info));
  const weekends = shifts.filter((info) => ctx.isWeekend(info));
  checkShare(ctx, nights, absent, out, RosterRule.UNFAIR_NIGHTS, ['nuit', 'nuits']);
  checkShare(ctx, weekends, absent, out, RosterRule.UNFAIR_WEEKENDS, [
    'service de week-end',
    'services de week-end',
  ]);
  checkContractHours(ctx, shifts, absent, out);
  checkSecondmentShares(ctx, out);
}

function allows(info: ShiftInfo, agent: RosterAgent): boolean {
  return info.shift.categories.length === 0 || info.shift.categories.includes(agent.category);
}

/**
 * Who takes part in a spread: agents neither departed nor on long absence, who either are
 * rostered on one of `shifts` or are operational and of a category allowed on one of them.
 */
function pool(ctx: RosterContext, shifts: readonly ShiftInfo[], counts: Map<string, number>): RosterAgent[] {
  return [...ctx.agents.values()].filter(
    (agent) =>
      agent.status !== AgentStatus.DEPARTED &&
      agent.status !== AgentStatus.LONG_ABSENCE &&
      ((counts.get(agent.id) ?? 0) > 0 ||
        (agent.status === AgentStatus.ACTIVE && shifts.some((info) => allows(info, agent)))),
  );
}

/**
 * Each agent's fair share of `shifts` is total × weight / Σ weights, the weight being his contract
 * ratio times the share of the period he is not absent; a warning when he is off by at least
 * `fairnessTolerance` and by at least half his share.
 */
function checkShare(
  ctx: RosterContext,
  shifts: readonly ShiftInfo[],
  absent: Map<string, Set<string>>,
  out: RankedFinding[],
  rule: RosterRule,
  [singular, plural]: [string, string],
): void {
  if (shifts.length === 0) return;
  const counts = new Map<string, number>();
  for (const info of shifts) {
    for (const agent of ctx.assignedTo.get(info.shift.id) ?? []) {
      if (inLoadHere(agent, info.shift)) counts.set(agent.id, (counts.get(agent.id) ?? 0) + 1);
    }
  }
  const agents = pool(ctx, shifts, counts);
  const days = daysBetween(ctx.from, ctx.to) + 1;
  const weight = (agent: RosterAgent) =>
    ratioHere(agent, ctx.from, ctx.to) * (1 - (absent.get(agent.id)?.size ?? 0) / days);
  const total = agents.reduce((sum, agent) => sum + (counts.get(agent.id) ?? 0), 0);
  const weights = agents.reduce((sum, agent) => sum + weight(agent), 0);
  if (total === 0 || weights <= 0) return;
  const at = ctx.periodSpan.start;
  for (const agent of agents) {
    const actual = counts.get(agent.id) ?? 0;
    const share = (total * weight(agent)) / weights;
    const gap = Math.abs(actual - share);
    if (gap < ctx.rules.fairnessTolerance || gap < share / 2) continue;
    const message =
      `${count(actual, singular, plural)} sur la période pour une part équitable de ` +
      `${decimalFr(share)} ${whose(agent)}`;
    out.push(finding(rule, 'warning', message, at, agent));
  }
}

/**
 * When the period lasts a week or more: hours worked (shifts starting in the period) against
 * `fullTimeWeeklyHours` × ratio × days / 7, less `fullTimeWeeklyHours` / 5 × ratio per weekday of
 * approved absence.
 */
function checkContractHours(
  ctx: RosterContext,
  shifts: readonly ShiftInfo[],
  absent: Map<string, Set<string>>,
  out: RankedFinding[],
): void {
  const days = daysBetween(ctx.from, ctx.to) + 1;
  if (days < 7) return;
  const { fullTimeWeeklyHours: full, contractTolerance: tolerance } = ctx.rules;
  const worked = new Map<string, number>();
  for (const roster of ctx.rosters.values()) {
    const inPeriod = roster.shifts.filter((info) => ctx.inPeriod(info.date));
    if (inPeriod.length > 0) worked.set(roster.agent.id, unionLength(inPeriod));
  }
  const at = ctx.periodSpan.start;
  for (const agent of pool(ctx, shifts, worked)) {
    const actual = toHours(worked.get(agent.id) ?? 0);
    const absentWeekdays = [...(absent.get(agent.id) ?? [])].filter((date) => isoWeekday(date) <= 5).length;
    const expected = Math.max(0, agent.contractRatio * ((full * days) / 7 - (full / 5) * absentWeekdays));
    if (Math.abs(actual - expected) <= tolerance * expected) continue;
    const message =
      `${formatHoursFr(actual)} de travail sur la période pour ${formatHoursFr(expected)} attendues ` +
      `au contrat : écart de plus de ${Math.round(tolerance * 100)} % ${whose(agent)}`;
    out.push(finding(RosterRule.HOURS_FROM_CONTRACT, 'warning', message, at, agent));
  }
}

/**
 * When the period lasts a week or more, another service's agent at this one's disposal: his hours
 * on this service's shifts (those starting in the period; not those he works for his own) against
 * his convention's share of his contract's hours over the period's days of each secondment
 * (CSI L512-1: the convention sets the terms of his disposal). A warning beyond
 * `contractTolerance` more: the convention, not the law, and a week may give back another's.
 */
function checkSecondmentShares(ctx: RosterContext, out: RankedFinding[]): void {
  const days = daysBetween(ctx.from, ctx.to) + 1;
  if (days < 7) return;
  const { fullTimeWeeklyHours: full, contractTolerance: tolerance } = ctx.rules;
  for (const roster of ctx.rosters.values()) {
    const { agent } = roster;
    if (!agent.secondments) continue;
    const here = roster.shifts.filter((info) => !info.shift.elsewhere && ctx.inPeriod(info.date));
    if (here.length === 0) continue;
    const actual = toHours(unionLength(here));
    const { shared } = secondedDays(agent, ctx.from, ctx.to)!;
    // No day of a secondment in the period: his shifts here are refused as an absence already.
    if (shared === 0) continue;
    const allowed = (agent.contractRatio * full * shared) / 7;
    // To the minute: 14 h and 20 % is 16 h 48, not a float's 16.799….
    if (Math.round(actual * 60) <= Math.round(allowed * (1 + tolerance) * 60)) continue;
    const shares = [
      ...new Set(
        agent.secondments
          .filter((secondment) => secondment.from <= ctx.to && secondment.to >= ctx.from)
          .map((secondment) => `${secondment.sharePercent} %`),
      ),
    ];
    const message =
      `${formatHoursFr(actual)} de travail ici sur la période pour ${formatHoursFr(allowed)} ` +
      `que lui donne sa mise à disposition (${enumerate(shares)} de son temps) : ` +
      `plus de ${Math.round(tolerance * 100)} % au-delà ${whose(agent)}`;
    out.push(finding(RosterRule.SECONDMENT_SHARE, 'warning', message, ctx.periodSpan.start, agent));
  }
}

/**
 * The days of the period each agent is absent: local days at least `fullTimeWeeklyHours` / 5
 * hours (7 h) of which, or all of which, his approved absences cover.
 */
function absentDays(ctx: RosterContext): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  const dayWork = toMillis(ctx.rules.fullTimeWeeklyHours / 5);
  const period = ctx.periodSpan;
  for (const roster of ctx.rosters.values()) {
    const covered = new Map<string, number>();
    for (const span of merge(roster.absences)) {
      const start = Math.max(span.start, period.start);
      const end = Math.min(span.end, period.end);
      for (let date = ctx.calendar.localDate(start); start < end; date = addDays(date, 1)) {
        const dayStart = ctx.calendar.dayStart(date);
        const dayEnd = ctx.calendar.dayStart(addDays(date, 1));
        if (dayStart >= end) break;
        const part = Math.min(end, dayEnd) - Math.max(start, dayStart);
        covered.set(date, (covered.get(date) ?? 0) + part);
      }
    }
    const days = new Set<string>();
    for (const [date, ms] of covered) {
      const length = ctx.calendar.dayStart(addDays(date, 1)) - ctx.calendar.dayStart(date);
      if (ms >= Math.min(length, dayWork)) days.add(date);
    }
    if (days.size > 0) result.set(roster.agent.id, days);
  }
  return result;
}
