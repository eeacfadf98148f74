import {
  addDays,
  checkAgentNeighbourhood,
  checkRoster,
  defaultBreakMinutes,
  greedyRoster,
  RuleSet,
  shiftTypeRunsOn,
  StaffCategory,
  typeMinutes,
  weekStart,
} from '@vigie/shared';
import { EntityManager } from 'typeorm';

import { Agent } from '../../modules/agents/agent.entity';
import { User } from '../../modules/auth/user.entity';
import { Assignment } from '../../modules/planning/assignment.entity';
import { RosterPublication } from '../../modules/planning/roster-publication.entity';
import { publicHolidaysBetween } from '../../modules/planning/school-calendar.service';
import { Shift } from '../../modules/planning/shift.entity';
import { shiftOfType } from '../../modules/planning/shift-needs';
import { ShiftType } from '../../modules/planning/shift-type.entity';
import { Secondment } from '../../modules/secondments/secondment.entity';
import { seedRosters } from './planning.seed';
import { DEMO_SERVICES } from './services.seed';

/** The Lomme agent the demo lends to the pooled service (a name no journey of the tests uses). */
export const SECONDED_MATRICULE = 'PM-0167';

/**
 * Lomme puts Lucie Wallart at the pooled service's disposal for this year and the next, a fifth
 * of her time, under the communes' convention (CSI L512-1). Run in Lomme's scope.
 */
export async function seedSecondment(manager: EntityManager, today: string): Promise<void> {
  const agent = await manager.findOneByOrFail(Agent, { matricule: SECONDED_MATRICULE });
  const year = Number(today.slice(0, 4));
  await manager.insert(Secondment, {
    agentId: agent.id,
    hostServiceId: DEMO_SERVICES.pooled.id,
    startDate: `${year}-01-01`,
    endDate: `${year + 1}-12-31`,
    sharePercent: 20,
    convention: `Convention de mise en commun d’agents de police municipale du 02/01/${year}`,
    createdById: null,
    createdByName: 'Sophie Delattre',
  });
}

/** The pooled service's shift types: a day patrol Monday to Saturday, the ASVP on weekdays. */
const POOLED_TYPES = [
  {
    code: 'JOUR',
    label: 'Patrouille de jour',
    startTime: '08:00',
    endTime: '16:00',
    minAgents: 2,
    categories: [StaffCategory.POLICE],
    allowsTrainees: true,
    colour: '#1e88e5',
    weekdays: [1, 2, 3, 4, 5, 6],
  },
  {
    code: 'STAT',
    label: 'Stationnement et écoles',
    startTime: '08:30',
    endTime: '16:30',
    minAgents: 1,
    categories: [StaffCategory.ASVP],
    allowsTrainees: true,
    colour: '#6d4c41',
    weekdays: [1, 2, 3, 4, 5],
  },
];

/**
 * The pooled service's two weeks: its shifts, Lucie Wallart (lent by Lomme) on the first day patrol
 * of this week her Lomme roster leaves lawful, the rest filled by the same rules, this week
 * published. Run in the pooled service's scope, after Lomme's roster and the secondment.
 */
export async function seedPooledRoster(
  manager: EntityManager,
  today: string,
  ruleSet: RuleSet,
): Promise<void> {
  const zone = ruleSet.timeZone;
  const types = await manager.save(
    POOLED_TYPES.map((type) =>
      manager.create(ShiftType, {
        ...type,
        breakMinutes: defaultBreakMinutes(typeMinutes(type.startTime, type.endTime), ruleSet),
        requirements: [],
        requiredForAll: [],
        grades: null,
        publicHolidays: false,
        schoolDaysOnly: false,
      }),
    ),
  );
  const thisWeek = weekStart(today);
  const lastDay = addDays(thisWeek, 13);
  const calendar = { publicHolidays: publicHolidaysBetween(thisWeek, lastDay), schoolHolidays: [] };
  const shifts: Partial<Shift>[] = [];
  for (let day = thisWeek; day <= lastDay; day = addDays(day, 1)) {
    for (const type of types)
      if (shiftTypeRunsOn(type, day, calendar)) shifts.push(shiftOfType(type, day, zone));
  }
  await manager.insert(Shift, shifts);

  const rosters = seedRosters(manager, ruleSet);
  const lent = await manager.findOneByOrFail(Agent, { matricule: SECONDED_MATRICULE });
  let loaded = await rosters.load(manager, { from: thisWeek, to: lastDay });
  const own = loaded.input.shifts.filter((shift) => !shift.elsewhere);
  const patrols = own
    .filter((shift) => shift.label === POOLED_TYPES[0].label && shift.startsAt < addDays(thisWeek, 7))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  for (const patrol of patrols) {
    const trial = { shiftId: patrol.id, agentId: lent.id };
    const input = { ...loaded.input, assignments: [...loaded.input.assignments, trial] };
    if (checkAgentNeighbourhood(input, lent.id).length === 0) {
      await manager.insert(Assignment, trial);
      break;
    }
  }
  loaded = await rosters.load(manager, { from: thisWeek, to: lastDay });
  const proposal = greedyRoster(loaded.input, { shiftIds: own.map((shift) => shift.id) });
  if (proposal.length > 0) await manager.insert(Assignment, proposal);
  const week = checkRoster({
    ...loaded.input,
    assignments: [...loaded.input.assignments, ...proposal],
    to: addDays(thisWeek, 6),
  });
  if (week.violations.length === 0) {
    const chief = await manager.findOneBy(User, { login: 'chef.pluri' });
    await manager.insert(RosterPublication, {
      fromDate: thisWeek,
      toDate: addDays(thisWeek, 6),
      publishedById: chief?.id ?? null,
      publishedByLogin: 'chef.pluri',
    });
  }
}
