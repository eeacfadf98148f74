import { DateTime } from 'luxon';

import { AgentStatus, QualificationKind, StaffCategory } from '../agents/agent.enum';
import { addDays, isoWeekday, weekStart } from '../common/calendar/local-date';
import { mulberry32 } from '../common/random';
import { ABSENCE_KIND_LABELS, AbsenceKind } from './planning.enum';
import {
  DEFAULT_RULE_SET,
  QualificationPeriod,
  RosterAbsence,
  RosterAgent,
  RosterAssignment,
  RosterInput,
  RosterShift,
} from './roster.types';

/**
 * A realistic month of a police municipale, to benchmark the roster check and to sanity-test it:
 * not used by the application. Deterministic for a seed (no Math.random).
 */
export interface MonthFixtureOptions {
  agents?: number;
  days?: number;
  seed?: number;
  /** First day of the checked period. */
  from?: string;
}

const { FIREARM, VIDEO_OPERATOR, FIRST_AID, DRIVER_CAR } = QualificationKind;
const { POLICE, ASVP, ADMINISTRATIVE } = StaffCategory;
const HOUR = 3_600_000;

const FIRST_NAMES = [
  'Julien', 'Camille', 'Nicolas', 'Sophie', 'Thomas', 'Julie', 'Mehdi', 'Claire', 'Antoine', 'Laura',
  'Karim', 'Emma', 'Pierre', 'Léa', 'Hugo', 'Sarah', 'Maxime', 'Inès', 'Romain', 'Chloé', 'Yanis',
  'Manon', 'Lucas',
]; // prettier-ignore
const LAST_NAMES = [
  'Lefebvre', 'Martin', 'Dubois', 'Leroy', 'Moreau', 'Lambert', 'Bonnet', 'Fontaine', 'Rousseau',
  'Vincent', 'Muller', 'Faure', 'Mercier', 'Blanc', 'Guerin', 'Boyer', 'Garnier', 'Chevalier',
  'François', 'Legrand', 'Gauthier', 'Perrin', 'Robin',
]; // prettier-ignore

function instant(date: string, time: string): string {
  return DateTime.fromISO(`${date}T${time}`, { zone: DEFAULT_RULE_SET.timeZone }).toISO({
    suppressMilliseconds: true,
  })!;
}

function buildAgents(count: number, from: string, random: () => number): RosterAgent[] {
  return Array.from({ length: count }, (_, i) => {
    const slot = i % 23;
    const category = slot >= 21 ? ADMINISTRATIVE : slot >= 17 ? ASVP : POLICE;
    const status =
      slot === 5 ? AgentStatus.IN_TRAINING : slot === 11 ? AgentStatus.LONG_ABSENCE : AgentStatus.ACTIVE;
    const qualifications: QualificationPeriod[] = [{ kind: FIRST_AID, from: '2020-01-01', to: null }];
    if (category === POLICE && status !== AgentStatus.IN_TRAINING && slot !== 8) {
      // One permit lapses in the middle of the period.
      qualifications.push({ kind: FIREARM, from: '2019-09-01', to: slot === 2 ? addDays(from, 14) : null });
    }
    if (slot % 4 === 1 || slot === 18)
      qualifications.push({ kind: VIDEO_OPERATOR, from: '2021-03-01', to: null });
    if (category !== ADMINISTRATIVE && random() < 0.7) {
      qualifications.push({ kind: DRIVER_CAR, from: '2018-01-01', to: null });
    }
    return {
      id: `agent-${String(i + 1).padStart(2, '0')}`,
      name: `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[(i * 7) % LAST_NAMES.length]}`,
      status,
      category,
      contractRatio: slot === 3 || slot === 14 ? 0.8 : slot === 19 ? 0.5 : 1,
      qualifications,
    };
  });
}

interface ShiftPlan {
  shift: RosterShift;
  /** How many agents the planner tries to put on it. */
  wanted: number;
}

function plannedShifts(first: string, last: string, to: string, random: () => number): ShiftPlan[] {
  const plans: ShiftPlan[] = [];
  const add = (
    date: string,
    code: string,
    times: [string, string],
    shift: Partial<RosterShift>,
    wanted: number,
  ) => {
    const end = times[1] <= times[0] ? addDays(date, 1) : date;
    plans.push({
      shift: {
        id: `${code}-${date}`,
        label: 'Service',
        startsAt: instant(date, times[0]),
        endsAt: instant(end, times[1]),
        minAgents: 1,
        requirements: [],
        requiredForAll: [],
        categories: [POLICE],
        allowsTrainees: false,
        breakMinutes: 20,
        ...shift,
      },
      wanted,
    });
  };
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  for (let date = first; date <= last; date = addDays(date, 1)) {
    const patrol = { requirements: [{ kind: FIREARM, count: 2 }], allowsTrainees: true };
    add(
      date,
      'matin',
      ['06:00', '14:00'],
      { ...patrol, label: 'Patrouille du matin', minAgents: 2 },
      between(2, 3),
    );
    add(
      date,
      'soir',
      ['14:00', '22:00'],
      { ...patrol, label: 'Patrouille du soir', minAgents: 3 },
      between(2, 4),
    );
    add(
      date,
      'nuit',
      ['22:00', '06:00'],
      { ...patrol, label: 'Patrouille de nuit', minAgents: 2, allowsTrainees: false },
      between(2, 3),
    );
    add(
      date,
      'csu',
      ['09:00', '17:00'],
      { label: 'CSU', requiredForAll: [VIDEO_OPERATOR], categories: [POLICE, ASVP] },
      1,
    );
    if (isoWeekday(date) === 7) {
      add(date, 'marche', ['07:00', '13:00'], { label: 'Marché du dimanche', categories: [ASVP, POLICE] }, 2);
    }
    if (date.endsWith('-06-21')) {
      add(
        date,
        'fete',
        ['18:00', '02:00'],
        {
          label: 'Fête de la musique',
          minAgents: 5,
          requirements: [{ kind: FIREARM, count: 3 }],
          allowsTrainees: true,
        },
        5,
      );
    }
    if (date <= to && random() < 0.06) {
      add(
        date,
        'event',
        ['15:00', '21:00'],
        { label: 'Brocante', minAgents: 3, categories: [POLICE, ASVP] },
        3,
      );
    }
  }
  return plans.sort(
    (a, b) => a.shift.startsAt.localeCompare(b.shift.startsAt) || a.shift.id.localeCompare(b.shift.id),
  );
}

function buildAbsences(
  agents: readonly RosterAgent[],
  from: string,
  to: string,
  random: () => number,
): RosterAbsence[] {
  const absences: RosterAbsence[] = [];
  const add = (agent: RosterAgent, kind: AbsenceKind, startsAt: string, endsAt: string) =>
    absences.push({
      id: `absence-${absences.length + 1}`,
      agentId: agent.id,
      startsAt,
      endsAt,
      label: ABSENCE_KIND_LABELS[kind],
    });
  agents.forEach((agent, i) => {
    if (agent.status === AgentStatus.LONG_ABSENCE) {
      add(
        agent,
        AbsenceKind.SICKNESS,
        instant(addDays(from, -60), '00:00'),
        instant(addDays(to, 30), '00:00'),
      );
      return;
    }
    if (i % 4 === 0) {
      const start = addDays(weekStart(from), 7 * Math.floor(random() * 4));
      add(agent, AbsenceKind.ANNUAL_LEAVE, instant(start, '00:00'), instant(addDays(start, 7), '00:00'));
    } else if (i % 4 === 1) {
      const start = addDays(from, Math.floor(random() * 28));
      add(agent, AbsenceKind.SICKNESS, instant(start, '00:00'), instant(addDays(start, 2), '00:00'));
    } else if (i % 4 === 2) {
      const day = addDays(from, Math.floor(random() * 28));
      add(agent, AbsenceKind.SHOOTING_SESSION, instant(day, '09:00'), instant(day, '12:00'));
    }
  });
  return absences;
}

/**
 * A month of `agents` agents (23 by default: police officers among whom a trainee and one on long
 * absence, ASVP, administrative staff, some part-time) over `days` days from `from`, with the 11
 * weeks before it that the averages need: three patrols a day of 2 to 4 agents, a CSU shift, a
 * Sunday market, a few events, leave, sickness and shooting sessions, about 1,000 assignments made
 * by a greedy planner that mostly follows the rules, plus a few careless ones.
 */
export function buildMonthFixture(options: MonthFixtureOptions = {}): RosterInput {
  const { agents: agentCount = 23, days = 31, seed = 1, from = '2026-06-01' } = options;
  const random = mulberry32(seed);
  const to = addDays(from, days - 1);
  const first = addDays(weekStart(from), -7 * (DEFAULT_RULE_SET.averageWindowWeeks - 1));
  const agents = buildAgents(agentCount, from, random);
  const absences = buildAbsences(agents, from, to, random);
  const plans = plannedShifts(first, to, to, random);

  const lastEnd = new Map<string, number>();
  const lastDay = new Map<string, string>();
  const weekDays = new Map<string, number>();
  const hours = new Map<string, number>();
  const busy = (agent: RosterAgent, start: number, end: number) =>
    absences.some(
      (a) => a.agentId === agent.id && Date.parse(a.startsAt) < end && start < Date.parse(a.endsAt),
    );
  const assignments: RosterAssignment[] = [];
  for (const { shift, wanted } of plans) {
    const start = Date.parse(shift.startsAt);
    const end = Date.parse(shift.endsAt);
    const date = shift.startsAt.slice(0, 10);
    const week = weekStart(date);
    const eligible = agents.filter(
      (agent) =>
        (agent.status === AgentStatus.ACTIVE ||
          (agent.status === AgentStatus.IN_TRAINING && shift.allowsTrainees)) &&
        shift.categories.includes(agent.category) &&
        shift.requiredForAll.every((kind) => agent.qualifications.some((q) => q.kind === kind)) &&
        lastDay.get(agent.id) !== date &&
        start - (lastEnd.get(agent.id) ?? 0) >= 11 * HOUR &&
        (weekDays.get(`${agent.id} ${week}`) ?? 0) < (agent.contractRatio < 1 ? 4 : 5) &&
        !busy(agent, start, end),
    );
    const armed = (agent: RosterAgent) => agent.qualifications.some((q) => q.kind === FIREARM);
    const needsArms = shift.requirements.some((r) => r.kind === FIREARM);
    const ranked = eligible
      .map((agent) => ({
        agent,
        score:
          (hours.get(agent.id) ?? 0) / agent.contractRatio +
          random() * 24 -
          (needsArms && armed(agent) ? 12 : 0),
      }))
      .sort((a, b) => a.score - b.score)
      .slice(0, wanted)
      .map(({ agent }) => agent);
    // Now and then a supervisor assigns someone without looking.
    if (random() < 0.04) ranked.push(agents[Math.floor(random() * agents.length)]);
    for (const agent of new Set(ranked)) {
      assignments.push({ shiftId: shift.id, agentId: agent.id });
      lastEnd.set(agent.id, Math.max(end, lastEnd.get(agent.id) ?? 0));
      lastDay.set(agent.id, date);
      weekDays.set(`${agent.id} ${week}`, (weekDays.get(`${agent.id} ${week}`) ?? 0) + 1);
      hours.set(agent.id, (hours.get(agent.id) ?? 0) + (end - start) / HOUR);
    }
  }
  return {
    ruleSet: DEFAULT_RULE_SET,
    agents,
    shifts: plans.map((plan) => plan.shift),
    assignments,
    absences,
    from,
    to,
  };
}
