import { AbsenceKind, LeaveKind } from '@vigie/shared';

import { accountOf, workedOf } from '../testing/time-accounts.builders';
import {
  absenceBalance,
  balanceText,
  balanceToDateText,
  balanceToDateTitle,
  balanceTone,
  ceilingPercent,
  ceilingText,
  correctionText,
  daysFr,
  hoursFr,
  leaveKindOf,
  monthChoices,
  monthOf,
  openedText,
  openingText,
  plannedPercent,
  progressText,
  recordedText,
  remainingText,
  signedHoursFr,
  workedPercent,
} from './time-words';

describe('the words of the time accounts', () => {
  it('write hours one way everywhere: « 7 h 30 », a balance with its sign', () => {
    expect(hoursFr(7.5)).toBe('7 h 30');
    expect(hoursFr(1607)).toBe('1\u202f607 h');
    expect(hoursFr(0.25)).toBe('0 h 15');
    expect(signedHoursFr(12.5)).toBe('+12 h 30');
    expect(signedHoursFr(-8)).toBe('−8 h');
    expect(signedHoursFr(0.001)).toBe('0 h');
  });

  it('count days with a decimal comma and the plural from two', () => {
    expect(daysFr(12)).toBe('12 jours');
    expect(daysFr(1)).toBe('1 jour');
    expect(daysFr(1.5)).toBe('1,5 jour');
    expect(daysFr(2.5)).toBe('2,5 jours');
    expect(daysFr(0)).toBe('0 jour');
  });

  it('say how far the year is worked toward its due hours, the planned rest behind it', () => {
    const account = accountOf();
    expect(workedPercent(account)).toBe(92);
    expect(plannedPercent(account)).toBe(100);
    expect(progressText(account)).toBe('1\u202f480 h 30 réalisées sur 1\u202f607 h dues (92 %)');
    expect(workedPercent({ hoursDue: 0, hoursWorked: 10 })).toBe(0);
    expect(plannedPercent(accountOf({ projectedBalance: -803.5 }))).toBe(50);
  });

  it('say the projected balance over, under or even with the due hours', () => {
    expect(balanceText(12.5)).toBe('+12 h 30 au-delà des heures dues d’ici la fin de l’année.');
    expect(balanceText(-8)).toBe('8 h restent à planifier pour atteindre les heures dues.');
    expect(balanceText(0)).toContain('équilibre');
    expect([balanceTone(3), balanceTone(-3), balanceTone(0.001)]).toEqual(['over', 'under', 'even']);
  });

  it('says the balance to date against the hours due over the account’s period', () => {
    const opened = accountOf({
      countedFrom: '2026-11-30',
      countedTo: '2026-12-13',
      hoursDueToDate: 61.64,
      balanceToDate: -4.5,
    });
    expect(balanceToDateTitle(opened)).toBe('Solde au 13/12/2026 : −4 h 30');
    expect(balanceToDateText(opened)).toBe(
      '4 h 30 de moins que les 61 h 38 dues du 30/11/2026 – 13/12/2026.',
    );
    expect(balanceToDateText({ ...opened, balanceToDate: 2 })).toBe(
      '2 h de plus que les 61 h 38 dues du 30/11/2026 – 13/12/2026.',
    );
    expect(balanceToDateText({ ...opened, balanceToDate: 0 })).toContain('équilibre');
    expect(openedText(opened)).toBe(
      'Compte ouvert le 30/11/2026, premier jour du planning publié dans Vigie : les heures d’avant n’y sont pas.',
    );
    expect(openedText(accountOf())).toBeNull();
  });

  it('measure a month against the 25 h ceiling, and warn past it', () => {
    const december = monthOf(accountOf(), '2026-12');
    expect(ceilingText(december)).toBe('Décembre 2026 : 7 h 30 sur 25 h');
    expect(ceilingText({ ...december, rested: 20, overCeiling: true })).toBe(
      'Décembre 2026 : 26 h 30, au-delà du plafond de 25 h (décret 2002-60)',
    );
    expect(monthOf(accountOf(), '2026-03')).toEqual({
      month: '2026-03',
      paid: { day: 0, night: 0, sunday: 0, holiday: 0 },
      rested: 0,
      ceiling: 25,
      overCeiling: false,
    });
  });

  it('measure a part-timer’s month against his own ceiling (20 h at 80 %)', () => {
    const month = { ...monthOf(accountOf(), '2026-12'), ceiling: 20 };
    expect(ceilingText(month)).toBe('Décembre 2026 : 7 h 30 sur 20 h');
    expect(ceilingPercent(month)).toBe(38);
  });

  it('say the balance carried in at the opening, with the days already taken', () => {
    expect(openingText(accountOf())).toBeNull();
    const opening = {
      year: 2026,
      hours: 12.5,
      annualLeaveTaken: 5,
      rttTaken: 1,
      reason: 'Reprise du tableur',
      recordedByName: 'Sophie Martin',
      recordedAt: '2026-03-02T09:00:00.000Z',
      version: 1,
    };
    expect(openingText(accountOf({ opening }))).toBe(
      'Solde d’ouverture : +12 h 30 · 5 jours de congés et 1 jour de RTT déjà pris',
    );
    expect(
      openingText(accountOf({ opening: { ...opening, hours: -3, annualLeaveTaken: 0, rttTaken: 0 } })),
    ).toBe('Solde d’ouverture : −3 h');
  });

  it('tell the agent what is left of the balance his absence draws on', () => {
    const [annual, , rtt, recovery] = accountOf().leave;
    expect(remainingText(annual)).toBe('Il vous reste 12 jours de congés annuels.');
    expect(remainingText(recovery)).toBe('Il vous reste 1 h de récupération.');
    expect(remainingText(rtt)).toBe('Il ne vous reste plus de RTT : la demande sera refusée.');
    expect(remainingText(annual, false)).toBe('Il lui reste 12 jours de congés annuels.');
    expect(leaveKindOf(AbsenceKind.ANNUAL_LEAVE)).toBe(LeaveKind.ANNUAL_LEAVE);
    expect(leaveKindOf(AbsenceKind.RECOVERY)).toBe(LeaveKind.RECOVERY);
    expect(leaveKindOf(AbsenceKind.SICKNESS)).toBeNull();
  });

  it('describe a correction in 24-hour times and dd/MM/yyyy, and a recall as such', () => {
    expect(correctionText(workedOf())).toBe('Prévu 07:00–15:00, réalisé 05/12/2026, 07:00–16:30');
    expect(correctionText(workedOf({ plannedStartsAt: null, plannedEndsAt: null }))).toBe(
      'Rappel sur repos : 05/12/2026, 07:00–16:30',
    );
    expect(recordedText(workedOf())).toBe('Saisi par Karim Benali le 05/12/2026');
  });

  it('offer the payroll months back a year, this one first', () => {
    const months = monthChoices('2026-12-06');
    expect(months).toHaveLength(13);
    expect(months[0]).toEqual({ value: '2026-12', label: 'Décembre 2026' });
    expect(months[1].value).toBe('2026-11');
    expect(months[12].value).toBe('2025-12');
  });
});

describe('the balance an absence request draws on', () => {
  it('counts the fractionnement days with annual leave, as the rule does', () => {
    expect(absenceBalance(accountOf(), AbsenceKind.ANNUAL_LEAVE)).toEqual({
      text: 'Il vous reste 12 jours de congés annuels, et 1 jour de fractionnement.',
      empty: false,
    });
  });

  it('warns when nothing is left, and says nothing for an absence that draws on no balance', () => {
    expect(absenceBalance(accountOf(), AbsenceKind.RTT)).toEqual({
      text: 'Il ne vous reste plus de RTT : la demande sera refusée.',
      empty: true,
    });
    expect(absenceBalance(accountOf(), AbsenceKind.SICKNESS)).toBeNull();
  });
});
