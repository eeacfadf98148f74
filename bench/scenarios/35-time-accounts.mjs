// The time accounts (issue 22), pure computation: a year of 23 agents and of a pooled 150.
// Each account: hours due, planned / worked / overtime by kind and month (hour by hour into day,
// night, Sunday, holiday), the four leave balances, and the month's payroll hours by kind.
// Baseline in the same run: a structured clone of the same input (a fixed, memory-bound job), so
// that the ratio speaks of the computation, not of the machine.
import { median, ms, quantile, timeSync } from '../stats.mjs';

export const name = 'time-accounts';
export const title = 'Time accounts — a year of 23 agents, and of 150';

const YEAR = 2026;
const HOUR = 3_600_000;
/** The French public holidays of 2026 (fixed: the scenario computes, it does not look them up). */
const HOLIDAYS = new Set([
  '2026-01-01',
  '2026-04-06',
  '2026-05-01',
  '2026-05-08',
  '2026-05-14',
  '2026-05-25',
  '2026-07-14',
  '2026-08-15',
  '2026-11-01',
  '2026-11-11',
  '2026-12-25',
]);
const SHIFTS = [
  ['06:00', 8],
  ['13:00', 8],
  ['21:00', 8],
];

/**
 * A year of `count` agents: five shifts a week in a rotation of mornings, afternoons and nights,
 * published until mid-December and drafted after; 1 in 12 shifts overrun (a third turned into
 * rest), a recall a month, 25 days of annual leave, RTT and a week of sickness.
 */
function buildYear(shared, count, seed) {
  const calendar = shared.calendarOf('Europe/Paris');
  const next = shared.mulberry32(seed);
  const agents = [];
  for (let a = 0; a < count; a++) {
    const shifts = [];
    const records = [];
    const absences = [];
    const onLeave = new Set();
    const leaveWeeks = [6 + (a % 5), 28 + (a % 4), 31 + (a % 4), 44 + (a % 3), 51];
    for (const week of leaveWeeks) {
      const monday = shared.addDays('2025-12-29', week * 7);
      absences.push({
        kind: 'ANNUAL_LEAVE',
        start: calendar.dayStart(monday),
        end: calendar.dayStart(shared.addDays(monday, 5)),
      });
      for (let d = 0; d < 7; d++) onLeave.add(shared.addDays(monday, d));
    }
    const sick = shared.addDays('2026-03-02', (a % 20) * 7);
    absences.push({
      kind: 'SICKNESS',
      start: calendar.dayStart(sick),
      end: calendar.dayStart(shared.addDays(sick, 5)),
    });
    for (let d = 0; d < 7; d++) onLeave.add(shared.addDays(sick, d));
    for (let r = 0; r < 8; r++) {
      const day = shared.addDays('2026-01-07', r * 41 + (a % 7));
      if (onLeave.has(day)) continue;
      absences.push({
        kind: 'RTT',
        start: calendar.dayStart(day),
        end: calendar.dayStart(shared.addDays(day, 1)),
      });
      onLeave.add(day);
    }
    for (let day = `${YEAR}-01-01`, i = 0; day <= `${YEAR}-12-31`; day = shared.addDays(day, 1), i++) {
      if ((i + a) % 7 >= 5 || onLeave.has(day)) continue;
      const [time, hours] = SHIFTS[Math.floor((i + a) / 7) % 3];
      const start = calendar.at(day, time);
      const shiftId = `${a}-${day}`;
      shifts.push({ shiftId, start, end: start + hours * HOUR, published: day < '2026-12-14' });
      if (next() < 1 / 12) {
        records.push({
          shiftId,
          start,
          end: start + (hours + 1 + Math.floor(next() * 3)) * HOUR,
          compensation: next() < 1 / 3 ? 'REST' : 'PAYMENT',
        });
      }
    }
    for (let m = 1; m <= 12; m++) {
      const day = `${YEAR}-${String(m).padStart(2, '0')}-${String(3 + (a % 20)).padStart(2, '0')}`;
      const start = calendar.at(day, '14:00');
      if (!shifts.some((s) => s.start < start + 6 * HOUR && s.end > start)) {
        records.push({ shiftId: `recall-${a}-${m}`, start, end: start + 6 * HOUR, compensation: 'PAYMENT' });
      }
    }
    agents.push({
      hireDate: a % 9 === 0 ? '2026-04-01' : '2015-09-01',
      departureDate: null,
      contractRatio: a % 6 === 0 ? 0.8 : 1,
      shifts,
      records,
      absences,
    });
  }
  return agents;
}

/** Every account of the year, as the API computes them (and one month's payroll hours). */
function accounts(shared, agents, now) {
  return agents.map((agent) => {
    const hours = shared.accountHours({
      year: YEAR,
      now,
      shifts: agent.shifts,
      records: agent.records,
      credited: agent.absences.filter((absence) => absence.kind === 'SICKNESS'),
      contractRatio: agent.contractRatio,
      holidays: HOLIDAYS,
    });
    const due = shared.hoursDue(agent, YEAR);
    const leave = shared.leaveBalances({
      year: YEAR,
      now,
      contractRatio: agent.contractRatio,
      serviceShare: shared.daysInService(agent, YEAR) / shared.daysInYear(YEAR),
      cycleWeeklyHours: 37,
      restedHours: hours.rested,
      absences: agent.absences,
      holidays: HOLIDAYS,
    });
    const payroll = shared.workedHoursOfMonth(
      shared.workedIntervals(agent.shifts, agent.records, now),
      HOLIDAYS,
      '2026-11',
    );
    return { due, balance: shared.projectedBalance(hours, due), hours, leave, payroll };
  });
}

export async function run({ shared, quick, log }) {
  const now = Date.parse('2026-12-06T10:00:00Z');
  const runs = quick ? 20 : 60;
  const small = buildYear(shared, 23, 1);
  const large = buildYear(shared, 150, 2);

  const time23 = timeSync(() => accounts(shared, small, now), { runs });
  const time150 = timeSync(() => accounts(shared, large, Number(now)), { runs: Math.ceil(runs / 2) });
  const clone23 = timeSync(() => structuredClone(small), { runs });
  const clone150 = timeSync(() => structuredClone(large), { runs: Math.ceil(runs / 2) });
  const sample = accounts(shared, small, now)[1];

  const count = (agents, key) => agents.reduce((sum, agent) => sum + agent[key].length, 0);
  const metrics = {
    agents_small: small.length,
    agents_large: large.length,
    shifts_small: count(small, 'shifts'),
    records_small: count(small, 'records'),
    shifts_large: count(large, 'shifts'),
    records_large: count(large, 'records'),
    accounts_23_ms_p50: median(time23),
    accounts_23_ms_p95: quantile(time23, 0.95),
    accounts_150_ms_p50: median(time150),
    accounts_150_ms_p95: quantile(time150, 0.95),
    clone_23_ms_p50: median(clone23),
    clone_150_ms_p50: median(clone150),
    accounts_23_vs_clone_ratio: median(time23) / median(clone23),
    accounts_150_vs_clone_ratio: median(time150) / median(clone150),
    sample_hours_worked: sample.hours.hoursWorked,
    sample_overtime_night: sample.hours.overtime.night,
  };
  log(
    `23 agents ${ms(metrics.accounts_23_ms_p50)} (goal < 50 ms), 150 agents ${ms(metrics.accounts_150_ms_p50)} ` +
      `(goal < 300 ms); ratios to a clone of the input ${metrics.accounts_23_vs_clone_ratio.toFixed(1)} and ` +
      `${metrics.accounts_150_vs_clone_ratio.toFixed(1)}`,
  );
  const markdown = [
    `Fixture: a year of ${metrics.agents_small} agents (${metrics.shifts_small} shifts, ${metrics.records_small} worked`,
    `records) and of ${metrics.agents_large} (${metrics.shifts_large} shifts, ${metrics.records_large} records), with`,
    'leave, RTT and a week of sickness each. Each account: hours due, planned / worked / overtime by kind and month,',
    "the four leave balances, and the month's payroll hours by kind.",
    '',
    '| measure | p50 | p95 |',
    '|---|---|---|',
    `| accounts of 23 agents for a year | ${ms(metrics.accounts_23_ms_p50)} | ${ms(metrics.accounts_23_ms_p95)} |`,
    `| baseline: \`structuredClone\` of the 23 agents' input | ${ms(metrics.clone_23_ms_p50)} | ${ms(quantile(clone23, 0.95))} |`,
    `| accounts of 150 agents for a year | ${ms(metrics.accounts_150_ms_p50)} | ${ms(metrics.accounts_150_ms_p95)} |`,
    `| baseline: \`structuredClone\` of the 150 agents' input | ${ms(metrics.clone_150_ms_p50)} | ${ms(quantile(clone150, 0.95))} |`,
    '',
    `Ratios accounts / clone: ${metrics.accounts_23_vs_clone_ratio.toFixed(1)} (23 agents), ` +
      `${metrics.accounts_150_vs_clone_ratio.toFixed(1)} (150). Goals: < 50 ms and < 300 ms at the median.`,
  ].join('\n');
  return { metrics, markdown };
}
