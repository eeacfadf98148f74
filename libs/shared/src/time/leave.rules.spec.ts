import { AbsenceKind } from '../planning/planning.enum';
import {
  annualLeaveEntitlement,
  fractionnementDays,
  leaveBalanceProblem,
  leaveBalances,
  rttDaysForWeek,
  rttEntitlement,
  rttLostToSickness,
} from './leave.rules';
import { LeaveKind } from './time-account.response';

const at = (iso: string): number => Date.parse(iso);
/** A whole-day absence from `from` to `to` included (Paris, winter time). */
const days = (kind: AbsenceKind, from: string, to: string) => ({
  kind,
  start: at(`${from}T00:00:00+01:00`),
  end: at(`${to}T00:00:00+01:00`) + 86_400_000,
});
const base = {
  year: 2026,
  now: at('2026-12-06T10:00:00Z'),
  contractRatio: 1,
  serviceShare: 1,
  cycleWeeklyHours: 35,
  restedHours: 0,
  holidays: new Set(['2026-12-25', '2026-11-11']),
};

describe('annual leave (décret 85-1250 art. 1)', () => {
  it('is 25 days for a full-time 5-day week, 20 at 80 %', () => {
    expect(annualLeaveEntitlement(1, 1)).toBe(25);
    expect(annualLeaveEntitlement(0.8, 1)).toBe(20);
  });

  it('is pro rata of the year in the service, up to the half day', () => {
    // Arrived 1 July 2026: 184/365 of 25 days = 12.6 → 13.
    expect(annualLeaveEntitlement(1, 184 / 365)).toBe(13);
    expect(annualLeaveEntitlement(1, 0.5)).toBe(12.5);
  });
});

describe('fractionnement (décret 85-1250 art. 1)', () => {
  it('gives nothing under 5 days outside 1 May–31 October, 1 day from 5 to 7, 2 from 8', () => {
    expect([4, 5, 7, 8, 12].map(fractionnementDays)).toEqual([0, 1, 1, 2, 2]);
  });

  it('counts the working days of annual leave taken outside the season', () => {
    // 2–13 February 2026: 10 working days.
    const balances = leaveBalances({
      ...base,
      absences: [days(AbsenceKind.ANNUAL_LEAVE, '2026-02-02', '2026-02-13')],
    });
    expect(balances.find((b) => b.kind === LeaveKind.FRACTIONNEMENT)?.entitled).toBe(2);
    expect(balances.find((b) => b.kind === LeaveKind.ANNUAL_LEAVE)).toMatchObject({
      taken: 10,
      remaining: 15,
    });
  });

  it('does not count leave in July', () => {
    const balances = leaveBalances({
      ...base,
      absences: [days(AbsenceKind.ANNUAL_LEAVE, '2026-07-06', '2026-07-17')],
    });
    expect(balances.find((b) => b.kind === LeaveKind.FRACTIONNEMENT)?.entitled).toBe(0);
  });
});

describe('RTT', () => {
  it('follows the usual table for a 5-day week', () => {
    expect([35, 36, 37, 38, 39].map(rttDaysForWeek)).toEqual([0, 6, 12, 18, 23]);
    expect(rttDaysForWeek(36.5)).toBe(9);
    expect(rttDaysForWeek(34)).toBe(0);
  });

  it('is pro rata of the contract and of the year in the service', () => {
    expect(rttEntitlement(39, 0.8, 1)).toBe(18.5);
    expect(rttEntitlement(37, 1, 0.5)).toBe(6);
  });
});

describe('RTT and sick leave (loi 2010-1657 art. 115, circulaire of 18 January 2012)', () => {
  it('loses one day per 228 ÷ RTT days (rounded down) of working days sick', () => {
    // 12 days (37 h): quotient 19.
    expect(rttLostToSickness(12, 18)).toBe(0);
    expect(rttLostToSickness(12, 19)).toBe(1);
    expect(rttLostToSickness(12, 38)).toBe(2);
    // 23 days (39 h): 228 / 23 = 9.9 → 9.
    expect(rttLostToSickness(23, 9)).toBe(1);
    expect(rttLostToSickness(0, 100)).toBe(0);
  });

  it('lowers the RTT balance by the sick days of the year', () => {
    const sick = days(AbsenceKind.SICKNESS, '2026-03-02', '2026-03-27');
    const rtt = (sickness: { start: number; end: number }[]) =>
      leaveBalances({ ...base, cycleWeeklyHours: 37, absences: [], sickness }).find(
        (balance) => balance.kind === LeaveKind.RTT,
      )!.entitled;
    // 20 working days sick in March 2026: one day of 12 lost.
    expect(rtt([])).toBe(12);
    expect(rtt([sick])).toBe(11);
  });
});

describe('days taken before the account opened', () => {
  it('count as taken on annual leave and RTT', () => {
    const balances = leaveBalances({
      ...base,
      cycleWeeklyHours: 37,
      absences: [],
      carried: { annualLeave: 10.5, rtt: 4 },
    });
    expect(balances.find((b) => b.kind === LeaveKind.ANNUAL_LEAVE)).toMatchObject({
      taken: 10.5,
      remaining: 14.5,
    });
    expect(balances.find((b) => b.kind === LeaveKind.RTT)).toMatchObject({ taken: 4, remaining: 8 });
  });
});

describe('balances of the year', () => {
  it('splits taken (before today) and planned (today on), weekends and holidays not counted', () => {
    const balances = leaveBalances({
      ...base,
      cycleWeeklyHours: 37,
      absences: [
        days(AbsenceKind.RTT, '2026-11-09', '2026-11-13'), // 11 November a holiday: 4 days
        days(AbsenceKind.RTT, '2026-12-21', '2026-12-27'), // 25 December a holiday: 4 days
      ],
    });
    expect(balances.find((b) => b.kind === LeaveKind.RTT)).toEqual({
      kind: LeaveKind.RTT,
      unit: 'DAY',
      entitled: 12,
      taken: 4,
      planned: 4,
      remaining: 4,
    });
  });

  it('counts recovery in hours, at most a standard day each day', () => {
    const balances = leaveBalances({
      ...base,
      restedHours: 10,
      absences: [
        { kind: AbsenceKind.RECOVERY, start: at('2026-12-14T13:00:00Z'), end: at('2026-12-14T16:00:00Z') },
        days(AbsenceKind.RECOVERY, '2026-12-15', '2026-12-15'),
      ],
    });
    expect(balances.find((b) => b.kind === LeaveKind.RECOVERY)).toMatchObject({
      unit: 'HOUR',
      entitled: 10,
      planned: 10,
      remaining: 0,
    });
  });

  it('lets annual leave past its days draw on the fractionnement days', () => {
    const balances = leaveBalances({
      ...base,
      absences: [
        days(AbsenceKind.ANNUAL_LEAVE, '2026-02-02', '2026-02-13'), // 10, outside the season: +2
        days(AbsenceKind.ANNUAL_LEAVE, '2026-07-06', '2026-07-31'), // 20
      ],
    });
    expect(balances.find((b) => b.kind === LeaveKind.FRACTIONNEMENT)).toMatchObject({
      entitled: 2,
      taken: 2,
      remaining: 0,
    });
    expect(balances.find((b) => b.kind === LeaveKind.ANNUAL_LEAVE)).toMatchObject({
      taken: 28,
      remaining: -3,
    });
  });
});

describe('an absence that would take its balance below zero', () => {
  it('is refused with the balance left and the days asked, and accepted when it fits exactly', () => {
    const input = {
      ...base,
      cycleWeeklyHours: 36,
      absences: [days(AbsenceKind.RTT, '2026-03-02', '2026-03-04')],
    };
    expect(leaveBalanceProblem(days(AbsenceKind.RTT, '2026-12-14', '2026-12-16'), input)).toBeNull();
    expect(leaveBalanceProblem(days(AbsenceKind.RTT, '2026-12-14', '2026-12-17'), input)).toBe(
      'Solde insuffisant (RTT) : il reste 3 j, cette absence en demande 4 j.',
    );
  });

  it('never concerns sickness or training', () => {
    expect(
      leaveBalanceProblem(days(AbsenceKind.SICKNESS, '2026-01-05', '2026-06-30'), { ...base, absences: [] }),
    ).toBeNull();
  });
});
