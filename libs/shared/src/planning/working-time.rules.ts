import { addDays, weekStart } from '../common/calendar/local-date';
import { toHours, toMillis } from '../common/calendar/zone-calendar';
import { RosterRule } from './planning.enum';
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
 * The working-time guarantees of décret 2000-815 for one agent: daily work, span and rest of each
 * working day (the shifts starting on one local date), hours of each calendar week, average over
 * consecutive weeks and continuous weekly rest.
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
      if (worked > toMillis(rules.maxDailyWorkHours)) {
        const message =
          `${formatHoursFr(toHours(worked), 'ceil')} de travail le ${dayMonth(date)} : ` +
          `${formatHoursFr(rules.maxDailyWorkHours)} maximum ${whose(agent)}`;
        out.push(finding(RosterRule.DAILY_WORK, 'violation', message, start, agent, last));
      }
      if (end - start > toMillis(rules.maxDaySpanHours)) {
        const message =
          `Amplitude de ${formatHoursFr(toHours(end - start), 'ceil')} du ${ctx.dayTime(start)} ` +
          `au ${ctx.dayTime(end)} : ${formatHoursFr(rules.maxDaySpanHours)} maximum ${whose(agent)}`;
        out.push(finding(RosterRule.DAY_SPAN, 'violation', message, start, agent, last));
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
      out.push(finding(RosterRule.DAILY_REST, 'violation', message, next.start, agent, next));
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
    out.push(
      finding(
        RosterRule.WEEKLY_HOURS,
        'violation',
        message,
        week.start,
        roster.agent,
        lastShiftIn(ctx, roster, week),
      ),
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
  out.push(
    finding(
      RosterRule.AVERAGE_WEEKLY_HOURS,
      'violation',
      message,
      ctx.calendar.dayStart(worst.first),
      roster.agent,
      worst.shift,
    ),
  );
}

/**
 * In every week of the period the agent works, some free interval of `minWeeklyRestHours` must
 * intersect the week: the gaps between his merged work spans, open before the first and after the last.
 */
function checkWeeklyRest(
  ctx: RosterContext,
  roster: AgentRoster,
  work: readonly Span[],
  weekly: Map<string, number>,
  out: RankedFinding[],
): void {
  const min = ctx.rules.minWeeklyRestHours;
  for (const monday of ctx.periodWeeks()) {
    if (!weekly.get(monday)) continue;
    const week = ctx.weekSpan(monday);
    let longest = 0;
    for (let k = 0; k <= work.length && longest < Infinity; k++) {
      const from = k === 0 ? -Infinity : work[k - 1].end;
      const to = k === work.length ? Infinity : work[k].start;
      if (from < week.end && to > week.start) longest = Math.max(longest, to - from);
    }
    if (longest >= toMillis(min)) continue;
    const message =
      `Plus long repos de ${formatHoursFr(toHours(longest), 'floor')} ${weekName(monday)} : ` +
      `${formatHoursFr(min)} minimum ${whose(roster.agent)}`;
    out.push(
      finding(
        RosterRule.WEEKLY_REST,
        'violation',
        message,
        week.start,
        roster.agent,
        lastShiftIn(ctx, roster, week),
      ),
    );
  }
}
