import {
  AbsenceKind,
  AbsenceStatus,
  addDays,
  checkRoster,
  defaultBreakMinutes,
  Grade,
  greedyRoster,
  localInstant,
  QualificationKind,
  RuleSet,
  shiftTypeRunsOn,
  StaffCategory,
  typeMinutes,
  weekStart,
} from '@vigie/shared';
import { Between, EntityManager, In } from 'typeorm';

import { Agent } from '../../modules/agents/agent.entity';
import { AgentsRepository } from '../../modules/agents/agents.repository';
import { User } from '../../modules/auth/user.entity';
import { Absence } from '../../modules/planning/absence.entity';
import { Assignment } from '../../modules/planning/assignment.entity';
import { RosterRepository } from '../../modules/planning/roster.repository';
import { RosterPublication } from '../../modules/planning/roster-publication.entity';
import { publicHolidaysBetween } from '../../modules/planning/school-calendar.service';
import { SchoolHoliday } from '../../modules/planning/school-holiday.entity';
import { Shift } from '../../modules/planning/shift.entity';
import { shiftOfType } from '../../modules/planning/shift-needs';
import { ShiftType } from '../../modules/planning/shift-type.entity';
import { SecondmentsRepository } from '../../modules/secondments/secondments.repository';

const { POLICE, ASVP } = StaffCategory;
const { FIREARM, VIDEO_OPERATOR } = QualificationKind;

interface TypeSeed {
  code: string;
  label: string;
  startTime: string;
  endTime: string;
  minAgents: number;
  requirements?: { kind: QualificationKind; count: number }[];
  requiredForAll?: QualificationKind[];
  categories: StaffCategory[];
  allowsTrainees: boolean;
  colour: string;
  /** ISO weekdays it runs on (1 = Monday). */
  weekdays: number[];
  /** Runs on public holidays (default true). */
  publicHolidays?: boolean;
  schoolDaysOnly?: boolean;
  /** Grades that may staff it (default: every grade of its categories). */
  grades?: Grade[];
}

const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

/**
 * Night patrols: every police grade but the head of service's. In the demo only the cheffe de
 * service (Sophie Delattre) is chef de service principal de 1re classe; the directeur grade, the
 * other head-of-service grade, is left out with it.
 */
const NIGHT_GRADES = [
  Grade.GARDIEN_BRIGADIER,
  Grade.BRIGADIER_CHEF_PRINCIPAL,
  Grade.CHEF_DE_SERVICE,
  Grade.CHEF_DE_SERVICE_PRINCIPAL_2,
];

/** The shift types of a police municipale like Lomme's, with the days each runs (README, demo). */
const TYPES: TypeSeed[] = [
  {
    code: 'MATIN',
    label: 'Patrouille du matin',
    startTime: '06:00',
    endTime: '14:00',
    minAgents: 3,
    requirements: [{ kind: FIREARM, count: 2 }],
    categories: [POLICE],
    allowsTrainees: true,
    colour: '#1e88e5',
    weekdays: EVERY_DAY,
  },
  {
    code: 'APREM',
    label: 'Patrouille d’après-midi',
    startTime: '13:00',
    endTime: '21:00',
    minAgents: 3,
    requirements: [{ kind: FIREARM, count: 2 }],
    categories: [POLICE],
    allowsTrainees: true,
    colour: '#43a047',
    weekdays: EVERY_DAY,
  },
  {
    code: 'NUIT',
    label: 'Patrouille de nuit',
    startTime: '21:00',
    endTime: '05:00',
    minAgents: 2,
    requirements: [{ kind: FIREARM, count: 2 }],
    requiredForAll: [FIREARM],
    categories: [POLICE],
    allowsTrainees: false,
    colour: '#3949ab',
    weekdays: EVERY_DAY,
    grades: NIGHT_GRADES,
  },
  {
    code: 'CSU',
    label: 'Salle vidéo (CSU)',
    startTime: '08:00',
    endTime: '16:00',
    minAgents: 1,
    requiredForAll: [VIDEO_OPERATOR],
    categories: [POLICE],
    allowsTrainees: false,
    colour: '#8e24aa',
    weekdays: [1, 2, 3, 4, 5, 6],
  },
  {
    code: 'ECOLE',
    label: 'Sortie d’écoles',
    startTime: '11:15',
    endTime: '12:45',
    minAgents: 2,
    categories: [POLICE, ASVP],
    allowsTrainees: true,
    colour: '#fb8c00',
    // The four-day school week most communes keep: no class on Wednesday (README, demo).
    weekdays: [1, 2, 4, 5],
    publicHolidays: false,
    schoolDaysOnly: true,
  },
  {
    code: 'STAT',
    label: 'Stationnement',
    startTime: '09:00',
    endTime: '17:00',
    minAgents: 1,
    categories: [ASVP],
    allowsTrainees: false,
    colour: '#00897b',
    // Paid parking is free on public holidays: no round.
    weekdays: [1, 2, 3, 4, 5, 6],
    publicHolidays: false,
  },
  {
    code: 'MARCHE',
    label: 'Marché du Bourg',
    startTime: '07:00',
    endTime: '13:00',
    minAgents: 2,
    categories: [POLICE, ASVP],
    allowsTrainees: true,
    colour: '#6d4c41',
    weekdays: [6],
  },
];

/** The rules engine's loader, as the seeds build rosters with it (outside Nest). */
export function seedRosters(manager: EntityManager, ruleSet: RuleSet): RosterRepository {
  return new RosterRepository(
    { ruleSet },
    new AgentsRepository(manager.connection),
    new SecondmentsRepository(manager.connection),
  );
}

/**
 * Shift types, this week published and next week in draft (with one deliberate rest violation
 * and one uncovered night), and a few absences.
 */
export async function seedPlanning(manager: EntityManager, today: string, ruleSet: RuleSet): Promise<void> {
  const zone = ruleSet.timeZone;
  const types = await manager.save(
    TYPES.map((type) =>
      manager.create(ShiftType, {
        ...type,
        // The statutory 20 minutes on every type of 6 h or more: the demo plans its breaks.
        breakMinutes: defaultBreakMinutes(typeMinutes(type.startTime, type.endTime), ruleSet),
        requirements: type.requirements ?? [],
        requiredForAll: type.requiredForAll ?? [],
        grades: type.grades ?? null,
        publicHolidays: type.publicHolidays ?? true,
        schoolDaysOnly: type.schoolDaysOnly ?? false,
      }),
    ),
  );
  const thisWeek = weekStart(today);
  const nextWeek = addDays(thisWeek, 7);
  const lastDay = addDays(nextWeek, 6);

  // The same rule as « Générer les créneaux », on Lomme's calendar (zone B).
  const holidays = await manager.find(SchoolHoliday);
  const calendar = {
    publicHolidays: publicHolidaysBetween(thisWeek, lastDay),
    schoolHolidays: holidays.map((period) => ({ start: period.startDate, end: period.endDate })),
  };
  const shifts: Partial<Shift>[] = [];
  for (let day = thisWeek; day <= lastDay; day = addDays(day, 1)) {
    for (const type of types) {
      if (shiftTypeRunsOn(type, day, calendar)) shifts.push(shiftOfType(type, day, zone));
    }
  }
  await manager.insert(Shift, shifts);

  const agents = await manager.find(Agent);
  const byName = (last: string): Agent => agents.find((agent) => agent.lastName === last)!;
  const chief = await manager.findOneBy(User, { login: 'chef' });
  const at = (day: string, time: string): Date => localInstant(day, time, zone);
  const day = (week: string, offset: number, time = '00:00'): Date => at(addDays(week, offset), time);
  /** One absence of the demo: an approved one was decided by the chief now, a requested one waits. */
  const absence = (
    last: string,
    kind: AbsenceKind,
    startsAt: Date,
    endsAt: Date,
    note: string,
    approved = false,
  ) => ({
    agentId: byName(last).id,
    kind,
    startsAt,
    endsAt,
    status: approved ? AbsenceStatus.APPROVED : AbsenceStatus.REQUESTED,
    note,
    ...(approved ? { decidedById: chief?.id ?? null, decidedAt: new Date() } : {}),
  });
  await manager.insert(Absence, [
    absence('Devos', AbsenceKind.ANNUAL_LEAVE, day(nextWeek, 2), day(nextWeek, 5), 'Vacances', true),
    absence('Roussel', AbsenceKind.SICKNESS, day(thisWeek, 1), day(thisWeek, 3), 'Arrêt maladie', true),
    absence('Haddad', AbsenceKind.RTT, day(nextWeek, 0), day(nextWeek, 1), 'RTT'),
    absence('Lefebvre', AbsenceKind.ANNUAL_LEAVE, day(nextWeek, 14), day(nextWeek, 19), 'Congés d’hiver'),
    absence(
      'Leclercq',
      AbsenceKind.TRAINING,
      day(nextWeek, 9, '08:00'),
      day(nextWeek, 9, '17:00'),
      'Formation continue CNFPT',
    ),
  ]);

  // A lawful roster for the two weeks, built by the same rules as manual edits.
  const rosters = seedRosters(manager, ruleSet);
  const loaded = await rosters.load(manager, { from: thisWeek, to: lastDay });
  const proposal = greedyRoster(loaded.input);
  if (proposal.length > 0) await manager.insert(Assignment, proposal);

  const published = checkRoster({ ...loaded.input, assignments: proposal, to: addDays(thisWeek, 6) });
  if (published.violations.length === 0) {
    await manager.insert(RosterPublication, {
      fromDate: thisWeek,
      toDate: addDays(thisWeek, 6),
      publishedById: chief?.id ?? null,
      publishedByLogin: 'chef',
    });
  }

  // Next week, two things for the chief to fix before publishing.
  const nightShifts = await manager.findBy(Shift, { shiftTypeId: types[2].id });
  const nights = nightShifts
    .filter((shift) => shift.startsAt >= at(nextWeek, '00:00'))
    .sort((a, b) => +a.startsAt - +b.startsAt);
  const saturdayNight = nights.find((shift) => +shift.startsAt === +at(addDays(nextWeek, 5), '21:00'));
  if (saturdayNight) await manager.delete(Assignment, { shiftId: saturdayNight.id });
  const tuesdayNight = nights.find((shift) => +shift.startsAt === +at(addDays(nextWeek, 1), '21:00'));
  const nightAgent = tuesdayNight ? await manager.findOneBy(Assignment, { shiftId: tuesdayNight.id }) : null;
  const wednesdayMorning = await manager.findOneBy(Shift, {
    shiftTypeId: types[0].id,
    startsAt: at(addDays(nextWeek, 2), '06:00'),
  });
  if (nightAgent && wednesdayMorning) {
    const already = await manager.existsBy(Assignment, {
      shiftId: wednesdayMorning.id,
      agentId: nightAgent.agentId,
    });
    if (!already) {
      // His whole Wednesday makes way for the morning: the rest of 1 h is then the one rule broken
      // (a Wednesday night of his as well would add a day of 16 h).
      await manager.delete(Assignment, {
        agentId: nightAgent.agentId,
        shiftId: In(
          (
            await manager.findBy(Shift, {
              startsAt: Between(at(addDays(nextWeek, 2), '00:00'), at(addDays(nextWeek, 3), '00:00')),
            })
          ).map((shift) => shift.id),
        ),
      });
      await manager.insert(Assignment, { shiftId: wednesdayMorning.id, agentId: nightAgent.agentId });
    }
  }
}
