import { addDays, weekStart } from '../common/calendar/local-date';
import { toHours, toMillis } from '../common/calendar/zone-calendar';
import { RosterRule } from './planning.enum';
import { DerogableRule, RosterAgent, RuleSet } from './roster.types';
import {
  AgentRoster,
  dayMonth,
  finding,
  merge,
  RankedFinding,
  RosterContext,
  ShiftInfo,
  Span,
  unionLength,
  whose,
} from './roster-context';
import { formatHoursFr } from './shift-time.rules';

/**
 * The working-time guarantees of décret 2000-815 art. 3 I for one agent: daily work, span, break
 * and rest of each working day (the shifts starting on one local date), hours of each calendar
 * week, average over consecutive weeks and continuous weekly rest within each calendar week. A
 * derogation in force (art. 3 II) turns what it covers into a warning naming it.
 */
export function checkWorkingTime(ctx: RosterContext, roster: AgentRoster, out: RankedFinding[]): void {
  if (roster.shifts.length === 0) return;
  checkWorkingDays(ctx, roster, out);
  const work = merge(roster.shifts);
  const weekly = weeklyMillis(ctx, work);
  checkWeeklyHours(ctx, roster, weekly, out);
  checkAverageHours(ctx, roster, weekly, out);
  checkWeeklyRest(ctx, roster, work, weekly, out);
}

/** The agent's shifts grouped by working day (local start date), in order. */
function workingDays(shifts: readonly ShiftInfo[]): ShiftInfo[][] {
  const days: ShiftInfo[][] = [];
  for (const info of shifts) {
    const last = days[days.length - 1] as ShiftInfo[] | undefined;
    if (last?.[0].date === info.date) last.push(info);
    else days.push([info]);
  }
  return days;
}

/** What a broken rule is about, to report it as a violation or, under a derogation, a warning. */
interface Breach {
  rule: DerogableRule;
  agent: RosterAgent;
  /** The local dates it is about (a derogation covering one of them applies). */
  from: string;
  to: string;
  /** Whether the roster keeps within a limit (hours; minutes for the break). */
  admits: (limit: number) => boolean;
  message: string;
  at: number;
  shift?: ShiftInfo;
}

/** A violation, unless a derogation in force admits it: then a warning naming the derogation. */
function report(ctx: RosterContext, breach: Breach, out: RankedFinding[]): void {
  const { rule, agent, message, at, shift } = breach;
  const derogation = ctx.derogation(rule, agent.id, breach.from, breach.to, breach.admits);
  if (!derogation) {
    out.push(finding(rule, 'violation', message, at, agent, shift));
    return;
  }
  const granted = derogationLimitFr(rule, derogation.limit);
  const ranked = finding(
    rule,
    'warning',
    `${message} — dérogation « ${derogation.title} » : ${granted}`,
    at,
    agent,
    shift,
  );
  ranked.finding.derogationId = derogation.id;
  out.push(ranked);
}

/** « 54 h maximum », « 9 h minimum », « pause de 15 min minimum »: the limit a derogation grants. */
export function derogationLimitFr(rule: DerogableRule, limit: number): string {
  if (rule === RosterRule.BREAK) return `pause de ${limit} min minimum`;
  const minimum = rule === RosterRule.DAILY_REST || rule === RosterRule.WEEKLY_REST;
  return `${formatHoursFr(limit)} ${minimum ? 'minimum' : 'maximum'}`;
}

/** A piece of one working day's work: its instants and the break taken within it. */
export interface WorkPiece {
  start: number;
  end: number;
  breakMinutes: number;
}

/**
 * The longest break of a working day, in minutes: a shift's own break, or the time between two of
 * the day's shifts (the agent is free then). Pieces sorted by start.
 */
export function longestBreakMinutes(day: readonly WorkPiece[]): number {
  let longest = Math.max(0, ...day.map((piece) => piece.breakMinutes));
  const spans = merge(day);
  for (let k = 1; k < spans.length; k++) {
    longest = Math.max(longest, (spans[k].start - spans[k - 1].end) / 60_000);
  }
  return longest;
}

/**
 * Whether a working day (its pieces sorted by start) reaches `breakAfterHours` of work without a
 * break of `minBreakMinutes`: the rule of the engine, and of the planner's programme.
 */
export function missesBreak(
  day: readonly WorkPiece[],
  rules: Pick<RuleSet, 'breakAfterHours' | 'minBreakMinutes'>,
): boolean {
  return (
    unionLength(day) >= toMillis(rules.breakAfterHours) && longestBreakMinutes(day) < rules.minBreakMinutes
  );
}

function checkWorkingDays(ctx: RosterContext, roster: AgentRoster, out: RankedFinding[]): void {
  const { agent } = roster;
  const rules = ctx.rules;
  const days = workingDays(roster.shifts);
  for (let d = 0; d < days.length; d++) {
    const day = days[d];
    const { date, start } = day[0];
    const last = day[day.length - 1];
    const end = Math.max(...day.map((info) => info.end));
    if (ctx.inPeriod(date)) {
      const worked = unionLength(day);
      const onDay = { agent, from: date, to: date, at: start, shift: last };
      if (worked > toMillis(rules.maxDailyWorkHours)) {
        const message =
          `${formatHoursFr(toHours(worked), 'ceil')} de travail le ${dayMonth(date)} : ` +
          `${formatHoursFr(rules.maxDailyWorkHours)} maximum ${whose(agent)}`;
        report(
          ctx,
          { ...onDay, rule: RosterRule.DAILY_WORK, message, admits: (limit) => worked <= toMillis(limit) },
          out,
        );
      }
      if (end - start > toMillis(rules.maxDaySpanHours)) {
        const message =
          `Amplitude de ${formatHoursFr(toHours(end - start), 'ceil')} du ${ctx.dayTime(start)} ` +
          `au ${ctx.dayTime(end)} : ${formatHoursFr(rules.maxDaySpanHours)} maximum ${whose(agent)}`;
        report(
          ctx,
          { ...onDay, rule: RosterRule.DAY_SPAN, message, admits: (limit) => end - start <= toMillis(limit) },
          out,
        );
      }
      // Six hours of work reached: a break of 20 minutes is due (art. 3 I), counted in the span.
      const pieces = day.map(({ start: from, end: to, shift }) => ({
        start: from,
        end: to,
        breakMinutes: shift.breakMinutes,
      }));
      const longest = worked >= toMillis(rules.breakAfterHours) ? longestBreakMinutes(pieces) : Infinity;
      if (longest < rules.minBreakMinutes) {
        const message =
          `${formatHoursFr(toHours(worked), 'floor')} de travail le ${dayMonth(date)} sans pause de ` +
          `${rules.minBreakMinutes} min` +
          (longest > 0 ? ` (la plus longue : ${Math.floor(longest)} min)` : '') +
          ` : pause due dès ${formatHoursFr(rules.breakAfterHours)} de travail ${whose(agent)}`;
        report(ctx, { ...onDay, rule: RosterRule.BREAK, message, admits: (limit) => longest >= limit }, out);
      }
    }
    const next = days[d + 1]?.[0];
    if (!next || !(ctx.inPeriod(date) || ctx.inPeriod(next.date))) continue;
    const rest = next.start - end;
    // A negative rest is an overlap, reported as such.
    if (rest >= 0 && rest < toMillis(rules.minDailyRestHours)) {
      const message =
        `Repos de ${formatHoursFr(toHours(rest), 'floor')} entre le ${ctx.dayTime(end)} et le ` +
        `${ctx.dayTime(next.start)} : ${formatHoursFr(rules.minDailyRestHours)} minimum ${whose(agent)}`;
      report(
        ctx,
        {
          rule: RosterRule.DAILY_REST,
          agent,
          from: date,
          to: next.date,
          admits: (limit) => rest >= toMillis(limit),
          message,
          at: next.start,
          shift: next,
        },
        out,
      );
    }
  }
}

/** Worked milliseconds of each calendar week (by its Monday), a span crossing Monday 00:00 split at it. */
function weeklyMillis(ctx: RosterContext, work: readonly Span[]): Map<string, number> {
  const weekly = new Map<string, number>();
  for (const span of work) {
    for (let start = span.start; start < span.end;) {
      const monday = weekStart(ctx.calendar.localDate(start));
      const end = Math.min(span.end, ctx.weekSpan(monday).end);
      weekly.set(monday, (weekly.get(monday) ?? 0) + end - start);
      start = end;
    }
  }
  return weekly;
}

/** The shift a weekly finding points at: the agent's last one in `span` starting in the period, else his last one in it. */
function lastShiftIn(ctx: RosterContext, roster: AgentRoster, span: Span): ShiftInfo | undefined {
  let fallback: ShiftInfo | undefined;
  for (let i = roster.shifts.length - 1; i >= 0; i--) {
    const info = roster.shifts[i];
    if (info.start >= span.end || info.end <= span.start) continue;
    if (ctx.inPeriod(info.date)) return info;
    fallback ??= info;
  }
  return fallback;
}

/** « la semaine du 08/06 au 14/06 ». */
function weekName(monday: string): string {
  return `la semaine du ${dayMonth(monday)} au ${dayMonth(addDays(monday, 6))}`;
}

function checkWeeklyHours(
  ctx: RosterContext,
  roster: AgentRoster,
  weekly: Map<string, number>,
  out: RankedFinding[],
): void {
  const max = ctx.rules.maxWeeklyHours;
  for (const monday of ctx.periodWeeks()) {
    const worked = weekly.get(monday) ?? 0;
    if (worked <= toMillis(max)) continue;
    const week = ctx.weekSpan(monday);
    const message =
      `${formatHoursFr(toHours(worked), 'ceil')} de travail ${weekName(monday)} : ` +
      `${formatHoursFr(max)} maximum ${whose(roster.agent)}`;
    report(
      ctx,
      {
        rule: RosterRule.WEEKLY_HOURS,
        agent: roster.agent,
        from: monday,
        to: addDays(monday, 6),
        admits: (limit) => worked <= toMillis(limit),
        message,
        at: week.start,
        shift: lastShiftIn(ctx, roster, week),
      },
      out,
    );
  }
}

/**
 * Every window of `averageWindowWeeks` consecutive calendar weeks including a week of the period
 * and a shift of the agent starting in the period; the worst one is reported.
 */
function checkAverageHours(
  ctx: RosterContext,
  roster: AgentRoster,
  weekly: Map<string, number>,
  out: RankedFinding[],
): void {
  const { averageWindowWeeks: size, maxAverageWeeklyHours: max } = ctx.rules;
  if (size < 1) return;
  // Mondays from `size` - 1 weeks before the period to `size` - 1 weeks after its last week.
  const mondays = ctx.averageWeeks();
  const hours = mondays.map((monday) => weekly.get(monday) ?? 0);
  const inPeriod = roster.shifts.filter((info) => ctx.inPeriod(info.date));
  let worst: { first: string; total: number; shift: ShiftInfo } | null = null;
  let total = hours.slice(0, size).reduce((sum, h) => sum + h, 0);
  for (let k = 0; k + size <= mondays.length; k++) {
    if (k > 0) total += hours[k + size - 1] - hours[k - 1];
    if (total <= toMillis(max * size) || (worst && total <= worst.total)) continue;
    const span = {
      start: ctx.calendar.dayStart(mondays[k]),
      end: ctx.calendar.dayStart(addDays(mondays[k], 7 * size)),
    };
    const shift = inPeriod.filter((info) => info.start >= span.start && info.start < span.end).pop();
    if (shift) worst = { first: mondays[k], total, shift };
  }
  if (!worst) return;
  const message =
    `Moyenne de ${formatHoursFr(toHours(worst.total / size), 'ceil')} par semaine sur les ${size} semaines ` +
    `du ${dayMonth(worst.first)} au ${dayMonth(addDays(worst.first, 7 * size - 1))} : ` +
    `${formatHoursFr(max)} maximum ${whose(roster.agent)}`;
  const { first } = worst;
  const worstTotal = worst.total;
  report(
    ctx,
    {
      rule: RosterRule.AVERAGE_WEEKLY_HOURS,
      agent: roster.agent,
      from: first,
      to: addDays(first, 7 * size - 1),
      admits: (limit) => worstTotal <= toMillis(limit * size),
      message,
      at: ctx.calendar.dayStart(first),
      shift: worst.shift,
    },
    out,
  );
}

/**
 * In every calendar week of the period the agent works, a free interval of `minWeeklyRestHours`
 * lying within the week (Monday 00:00 to the next Monday 00:00, local time: 167 h or 169 h across
 * a change of time): a rest merely touching the week no longer counts for it, so two weeks cannot
 * share one rest at their border (13 working days in a row). The free intervals are the gaps
 * between his merged work spans, open before the first and after the last, clipped to the week.
 * The rest includes the Sunday in principle: a lawful week gets a warning (soft) when the agent
 * has no rest of `minWeeklyRestHours` holding the whole Sunday — that rest may begin on the Saturday
 * and end on the Monday (an agent off from Saturday 21:00 to Monday 08:00 rests on Sunday, though
 * the week's 35 h lie elsewhere) — for the second Sunday in a row, unless a derogation on the
 * weekly rest covers the Sunday. A service that patrols every day has someone on each Sunday: a
 * warning for every one of them would be said each week and read by nobody; the one who goes
 * without his Sunday week after week is what the chief can change (weekend fairness does the rest).
 */
function checkWeeklyRest(
  ctx: RosterContext,
  roster: AgentRoster,
  work: readonly Span[],
  weekly: Map<string, number>,
  out: RankedFinding[],
): void {
  const min = toMillis(ctx.rules.minWeeklyRestHours);
  const { agent } = roster;
  for (const monday of ctx.periodWeeks()) {
    if (!weekly.get(monday)) continue;
    const week = ctx.weekSpan(monday);
    const sunday = addDays(monday, 6);
    const sundayStart = ctx.calendar.dayStart(sunday);
    let longest = 0;
    for (let k = 0; k <= work.length; k++) {
      const from = Math.max(week.start, k === 0 ? -Infinity : work[k - 1].end);
      const to = Math.min(week.end, k === work.length ? Infinity : work[k].start);
      if (to > from) longest = Math.max(longest, to - from);
    }
    const rest = { agent, from: monday, to: sunday, at: week.start };
    if (longest < min) {
      const message =
        `Plus long repos de ${formatHoursFr(toHours(longest), 'floor')} ${weekName(monday)} : ` +
        `${formatHoursFr(ctx.rules.minWeeklyRestHours)} minimum ${whose(agent)}`;
      report(
        ctx,
        {
          ...rest,
          rule: RosterRule.WEEKLY_REST,
          admits: (limit) => longest >= toMillis(limit),
          message,
          shift: lastShiftIn(ctx, roster, week),
        },
        out,
      );
    } else if (
      !restsOnSunday(work, { start: sundayStart, end: week.end }, min) &&
      !restsOnSunday(work, { start: ctx.calendar.dayStart(addDays(monday, -1)), end: week.start }, min) &&
      !ctx.derogation(RosterRule.WEEKLY_REST, agent.id, sunday, sunday, () => true)
    ) {
      // Only the second Sunday in a row is reported (the one before had no rest either): say so.
      const message =
        `2e dimanche de suite sans repos (${dayMonth(addDays(sunday, -7))} et ${dayMonth(sunday)}), ` +
        `${weekName(monday)} : le repos hebdomadaire comprend en principe le dimanche ${whose(agent)}`;
      out.push(
        finding(
          RosterRule.WEEKLY_REST_SUNDAY,
          'warning',
          message,
          week.start,
          agent,
          lastShiftIn(ctx, roster, { start: sundayStart, end: week.end }),
        ),
      );
    }
  }
}

/** Whether a free gap between the merged work spans, of `min` at least, holds the whole Sunday. */
function restsOnSunday(work: readonly Span[], sunday: Span, min: number): boolean {
  for (let k = 0; k <= work.length; k++) {
    const start = k === 0 ? -Infinity : work[k - 1].end;
    const end = k === work.length ? Infinity : work[k].start;
    if (start <= sunday.start && end >= sunday.end) return end - start >= min;
  }
  return false;
}
