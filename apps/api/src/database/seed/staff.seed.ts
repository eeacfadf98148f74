import {
  addDays,
  AgentStatus,
  CONTINUING_TRAINING_RULES,
  FirearmDecision,
  Grade,
  isTrainedWeapon,
  Milestone,
  QualificationKind,
  RecruitmentExit,
  RecruitmentRoute,
  WEAPON_TRAINING_RULES,
  weaponFiresCartridges,
} from '@vigie/shared';
import { EntityManager } from 'typeorm';

import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { Agent } from '../../modules/agents/agent.entity';
import { ContinuingTrainingRecord } from '../../modules/agents/continuing-training.entity';
import { FirearmDecisionRecord } from '../../modules/agents/firearm-decision.entity';
import { Qualification } from '../../modules/agents/qualification.entity';
import { ShootingSession } from '../../modules/agents/shooting-session.entity';
import { User } from '../../modules/auth/user.entity';
import { RecruitmentService } from '../../modules/recruitment/recruitment.service';
import { StaffingTarget } from '../../modules/staffing/staffing-target.entity';

/** Dates of the demo are relative to the day it is seeded: `d(-30)` is 30 days ago. */
type Day = (offset: number) => string;

const { FIREARM, BATON, TASER, FIRST_AID, VIDEO_OPERATOR, DRIVER_CAR, MOTORBIKE, BIKE_PATROL } =
  QualificationKind;

interface StaffMember {
  matricule: string;
  lastName: string;
  firstName: string;
  grade: Grade;
  brigade: string | null;
  hiredDaysAgo: number;
  status?: AgentStatus;
  contractRatio?: number;
  /** Days from today (negative: past). */
  departure?: number;
  phone: string;
  /** Kind → [obtained days ago, expires in days (null: never)]. */
  qualifications: [QualificationKind, number, number | null][];
  /** Shooting sessions (see `Session`). */
  sessions?: Session[];
  /** The préfet's decision on the firearm permit: years back, `MM-DD`, decision, reference. */
  decision?: [number, string, FirearmDecision, string];
  login?: string;
}

const ARMED: [QualificationKind, number, number | null][] = [
  [FIREARM, 900, 925],
  [BATON, 1200, null],
  [FIRST_AID, 300, 430],
  [DRIVER_CAR, 3000, null],
];
/**
 * A shooting session: calendar years back (0: this year), `MM-DD`, rounds. The training is counted
 * per calendar year, so the demo's sessions sit in this year and the two before it and the demo
 * reads the same whatever day it is seeded (this year's sessions still ahead are left out).
 */
type Session = [number, string, number];

const TRAINED: Session[] = [
  [2, '03-14', 30],
  [2, '10-10', 30],
  [1, '03-13', 30],
  [1, '10-09', 30],
  [0, '03-12', 30],
];

/** Lomme's staff: 15 police officers (and 3 trainees, seeded by the recruitments), 3 ASVP, 2 administrative. */
const STAFF: StaffMember[] = [
  {
    matricule: 'PM-0101',
    lastName: 'Delattre',
    firstName: 'Sophie',
    grade: Grade.CHEF_DE_SERVICE_PRINCIPAL_1,
    brigade: 'Encadrement',
    hiredDaysAgo: 5200,
    phone: '03 20 22 41 01',
    qualifications: [...ARMED, [VIDEO_OPERATOR, 500, 1300]],
    sessions: TRAINED,
    login: 'chef',
  },
  {
    matricule: 'PM-0107',
    lastName: 'Mercier',
    firstName: 'Nicolas',
    grade: Grade.CHEF_DE_SERVICE,
    brigade: 'Encadrement',
    hiredDaysAgo: 3400,
    phone: '06 12 45 78 07',
    qualifications: [...ARMED, [VIDEO_OPERATOR, 400, 1400]],
    sessions: TRAINED,
  },
  {
    matricule: 'PM-0112',
    lastName: 'Benali',
    firstName: 'Karim',
    grade: Grade.BRIGADIER_CHEF_PRINCIPAL,
    brigade: 'Jour A',
    hiredDaysAgo: 4100,
    phone: '06 31 22 90 12',
    qualifications: [...ARMED, [TASER, 700, 25], [MOTORBIKE, 2000, null]],
    sessions: TRAINED,
    login: 'superviseur',
  },
  {
    matricule: 'PM-0118',
    lastName: 'Martin',
    firstName: 'Élodie',
    grade: Grade.BRIGADIER_CHEF_PRINCIPAL,
    brigade: 'Jour B',
    hiredDaysAgo: 3650,
    phone: '06 44 18 27 18',
    qualifications: [...ARMED, [TASER, 300, 800]],
    sessions: TRAINED,
  },
  {
    matricule: 'PM-0123',
    lastName: 'Vandewalle',
    firstName: 'Pierre',
    grade: Grade.BRIGADIER_CHEF_PRINCIPAL,
    brigade: 'Nuit',
    hiredDaysAgo: 8900,
    departure: 120,
    phone: '06 70 11 52 23',
    qualifications: ARMED,
    sessions: TRAINED,
  },
  {
    matricule: 'PM-0131',
    lastName: 'Lefebvre',
    firstName: 'Julien',
    grade: Grade.GARDIEN_BRIGADIER,
    brigade: 'Jour A',
    hiredDaysAgo: 1900,
    phone: '06 58 33 14 31',
    qualifications: [...ARMED, [BIKE_PATROL, 600, null]],
    sessions: TRAINED,
    login: 'agent',
  },
  {
    matricule: 'PM-0134',
    lastName: 'Haddad',
    firstName: 'Yasmine',
    grade: Grade.GARDIEN_BRIGADIER,
    brigade: 'Jour A',
    hiredDaysAgo: 1500,
    phone: '06 22 87 65 34',
    qualifications: [...ARMED, [TASER, 200, 900]],
    sessions: TRAINED,
  },
  {
    matricule: 'PM-0138',
    lastName: 'Devos',
    firstName: 'Mathilde',
    grade: Grade.GARDIEN_BRIGADIER,
    brigade: 'Jour A',
    hiredDaysAgo: 1300,
    phone: '06 19 40 73 38',
    qualifications: [
      [FIREARM, 800, 1025],
      [BATON, 1200, null],
      [FIRST_AID, 710, 20],
      [VIDEO_OPERATOR, 250, 1100],
      [BIKE_PATROL, 400, null],
    ],
    sessions: TRAINED,
  },
  {
    matricule: 'PM-0142',
    lastName: 'Dubois',
    firstName: 'Thomas',
    grade: Grade.GARDIEN_BRIGADIER,
    brigade: 'Jour B',
    hiredDaysAgo: 2200,
    phone: '06 85 26 41 42',
    qualifications: [
      [FIREARM, 1000, 825],
      [BATON, 1900, null],
      [FIRST_AID, 800, -60],
      [DRIVER_CAR, 3000, null],
    ],
    sessions: TRAINED,
  },
  {
    matricule: 'PM-0145',
    lastName: 'Leclercq',
    firstName: 'Antoine',
    grade: Grade.GARDIEN_BRIGADIER,
    brigade: 'Jour B',
    hiredDaysAgo: 1100,
    contractRatio: 0.8,
    phone: '06 63 52 08 45',
    qualifications: ARMED,
    // One session missed last year (a long sick leave): the préfet's decision is awaited.
    sessions: TRAINED.filter(([years, day]) => !(years === 1 && day === '10-09')),
  },
  {
    matricule: 'PM-0149',
    lastName: 'Roussel',
    firstName: 'Camille',
    grade: Grade.GARDIEN_BRIGADIER,
    brigade: 'Nuit',
    hiredDaysAgo: 950,
    phone: '06 47 91 36 49',
    qualifications: [...ARMED, [VIDEO_OPERATOR, 180, 1200]],
    sessions: TRAINED,
  },
  // His training fell short two years running: the préfet suspended his firearm permit.
  {
    matricule: 'PM-0153',
    lastName: 'Caron',
    firstName: 'Maxime',
    grade: Grade.GARDIEN_BRIGADIER,
    brigade: 'Nuit',
    hiredDaysAgo: 1700,
    phone: '06 38 14 62 53',
    qualifications: ARMED,
    sessions: [
      [2, '06-20', 40],
      [1, '05-22', 40],
    ],
    decision: [1, '02-17', FirearmDecision.SUSPENDED, 'Arrêté préfectoral n° 153/S'],
  },
  // Three officers who joined by transfer (mutation): Lomme's 18 police officers counting the
  // three trainees, enough to run its patrols without every officer above his contract.
  {
    matricule: 'PM-0161',
    lastName: 'Dumortier',
    firstName: 'Claire',
    grade: Grade.BRIGADIER_CHEF_PRINCIPAL,
    brigade: 'Nuit',
    hiredDaysAgo: 640,
    phone: '06 27 55 19 61',
    qualifications: ARMED,
    sessions: TRAINED,
  },
  {
    matricule: 'PM-0164',
    lastName: 'Boulanger',
    firstName: 'Mehdi',
    grade: Grade.GARDIEN_BRIGADIER,
    brigade: 'Jour A',
    hiredDaysAgo: 520,
    phone: '06 81 40 33 64',
    qualifications: [...ARMED, [VIDEO_OPERATOR, 300, 1100]],
    sessions: TRAINED,
  },
  {
    matricule: 'PM-0167',
    lastName: 'Wallart',
    firstName: 'Lucie',
    grade: Grade.GARDIEN_BRIGADIER,
    brigade: 'Jour B',
    hiredDaysAgo: 410,
    phone: '06 14 92 70 67',
    qualifications: ARMED,
    sessions: TRAINED,
  },
  {
    matricule: 'PM-0156',
    lastName: 'Morel',
    firstName: 'Alexandre',
    grade: Grade.GARDIEN_BRIGADIER,
    brigade: null,
    hiredDaysAgo: 2600,
    status: AgentStatus.DEPARTED,
    departure: -150,
    phone: '06 90 73 25 56',
    qualifications: [[FIREARM, 1500, 325]],
  },
  {
    matricule: 'AS-0201',
    lastName: 'Petit',
    firstName: 'Chloé',
    grade: Grade.ASVP,
    brigade: 'Stationnement',
    hiredDaysAgo: 2100,
    phone: '06 14 63 27 01',
    qualifications: [
      [FIRST_AID, 400, 330],
      [DRIVER_CAR, 2500, null],
    ],
  },
  {
    matricule: 'AS-0204',
    lastName: 'Gérard',
    firstName: 'Hugo',
    grade: Grade.ASVP,
    brigade: 'Stationnement',
    hiredDaysAgo: 800,
    phone: '06 27 84 50 04',
    qualifications: [
      [FIRST_AID, 100, 630],
      [BIKE_PATROL, 300, null],
    ],
  },
  {
    matricule: 'AS-0207',
    lastName: 'Lambert',
    firstName: 'Inès',
    grade: Grade.ASVP,
    brigade: 'Stationnement',
    hiredDaysAgo: 450,
    contractRatio: 0.8,
    phone: '06 51 36 92 07',
    qualifications: [[FIRST_AID, 200, 530]],
  },
  {
    matricule: 'AD-0301',
    lastName: 'Dupont',
    firstName: 'Martine',
    grade: Grade.ADMINISTRATIVE,
    brigade: 'Secrétariat',
    hiredDaysAgo: 6000,
    phone: '03 20 22 41 00',
    qualifications: [],
  },
  {
    matricule: 'AD-0302',
    lastName: 'Boucher',
    firstName: 'Sandrine',
    grade: Grade.ADMINISTRATIVE,
    brigade: 'Secrétariat',
    hiredDaysAgo: 1400,
    contractRatio: 0.5,
    phone: '03 20 22 41 02',
    qualifications: [],
  },
];

export async function seedStaff(manager: EntityManager, d: Day): Promise<void> {
  for (const member of STAFF) {
    const agent = await manager.save(
      manager.create(Agent, {
        matricule: member.matricule,
        lastName: member.lastName,
        firstName: member.firstName,
        grade: member.grade,
        status: member.status ?? AgentStatus.ACTIVE,
        brigade: member.brigade,
        hireDate: d(-member.hiredDaysAgo),
        departureDate: member.departure === undefined ? null : d(member.departure),
        contractRatio: member.contractRatio ?? 1,
        phone: member.phone,
        email:
          `${member.firstName}.${member.lastName}`
            .toLowerCase()
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, '') + '@mairie-lomme.fr',
      }),
    );
    for (const [kind, obtained, expires] of member.qualifications) {
      await manager.insert(Qualification, {
        agentId: agent.id,
        kind,
        obtainedOn: d(-obtained),
        expiresOn: expires === null ? null : d(expires),
        pendingApproval: false,
        reference:
          kind === FIREARM
            ? `Arrêté préfectoral n° ${member.matricule.slice(-3)}/${d(-obtained).slice(0, 4)}`
            : null,
      });
    }
    const today = d(0);
    const inYearsBack = (years: number, day: string): string => `${Number(today.slice(0, 4)) - years}-${day}`;
    for (const [years, day, rounds] of member.sessions ?? []) {
      const date = inYearsBack(years, day);
      if (date > today) continue;
      await manager.insert(ShootingSession, { agentId: agent.id, date, rounds, note: 'Stand de Lille-Sud' });
    }
    // The other weapons' training, in order (2 sessions a year, cartridges where the weapon fires any).
    for (const [kind, obtained] of member.qualifications) {
      if (kind === FIREARM || !isTrainedWeapon(kind) || WEAPON_TRAINING_RULES[kind] === null) continue;
      const rounds = weaponFiresCartridges(kind) ? 2 : 0;
      for (const [years, day] of TRAINED) {
        const date = inYearsBack(years, day);
        if (date > today || date < d(-obtained)) continue;
        await manager.insert(ShootingSession, {
          agentId: agent.id,
          date,
          weapon: kind,
          rounds,
          note: 'Gymnase du poste',
        });
      }
    }
    // Continuing training: two courses of 2 days a year since the hire (on pace for every grade),
    // but for Leclercq, who has done none yet (behind, on the dashboard).
    if (member.matricule !== 'PM-0145' && CONTINUING_TRAINING_RULES[member.grade]) {
      const hired = d(-member.hiredDaysAgo);
      for (let year = Number(hired.slice(0, 4)); year <= Number(today.slice(0, 4)); year += 1) {
        for (const day of ['03-20', '10-15']) {
          const date = `${year}-${day}`;
          if (date < hired || date > today) continue;
          await manager.insert(ContinuingTrainingRecord, {
            agentId: agent.id,
            date,
            days: 2,
            title:
              day === '03-20'
                ? 'Cadre juridique des interventions (CNFPT)'
                : 'Gestes et techniques professionnels (CNFPT)',
          });
        }
      }
    }
    if (member.decision) {
      const [years, day, decision, reference] = member.decision;
      await manager.insert(FirearmDecisionRecord, {
        agentId: agent.id,
        date: inYearsBack(years, day),
        decision,
        reference,
        note: 'Entraînement au tir insuffisant deux années de suite.',
      });
    }
    if (member.login) await manager.update(User, { login: member.login }, { agentId: agent.id });
  }
}

/** 23 agents by 2025-12-31 (18 police, 3 ASVP, 2 administrative), raised for the current year. */
export async function seedTargets(manager: EntityManager, today: string): Promise<void> {
  const year = Number(today.slice(0, 4));
  const targets = [{ effectiveDate: '2025-12-31', headcount: 23, police: 18, asvp: 3, administrative: 2 }];
  if (year >= 2026)
    targets.push({ effectiveDate: `${year}-12-31`, headcount: 24, police: 19, asvp: 3, administrative: 2 });
  await manager.insert(StaffingTarget, targets);
}

interface Candidate {
  name: string;
  route: RecruitmentRoute;
  grade: Grade;
  note: string;
  /** Milestone (or exit) → days ago. */
  steps: [Milestone | RecruitmentExit, number, string?][];
}

/** Five or six candidates at different points of the three routes; Kevin Dumont is stalled. */
const CANDIDATES: Candidate[] = [
  {
    name: 'Lucas Fontaine',
    route: RecruitmentRoute.COMPETITIVE_EXAM,
    grade: Grade.GARDIEN_BRIGADIER,
    note: 'Lauréat du concours 2025 (CDG 59).',
    steps: [
      [Milestone.INTERVIEW, 280],
      [Milestone.APPOINTED, 250],
      [Milestone.PREFECT_APPROVAL, 170],
      [Milestone.PROSECUTOR_APPROVAL, 160],
      [Milestone.TRAINING_STARTED, 150, 'FIA au CNFPT de Lille'],
      [Milestone.SWORN_IN, 140, 'Tribunal judiciaire de Lille'],
    ],
  },
  {
    name: 'Kevin Dumont',
    route: RecruitmentRoute.SECONDMENT,
    grade: Grade.GARDIEN_BRIGADIER,
    note: 'Gardien de la paix (police nationale), détachement.',
    steps: [
      [Milestone.INTERVIEW, 180],
      [Milestone.APPOINTED, 150],
      [Milestone.PREFECT_APPROVAL, 100],
      [Milestone.TRAINING_STARTED, 120, 'Formation d’adaptation raccourcie'],
    ],
  },
  {
    name: 'Rachid Amrani',
    route: RecruitmentRoute.COMPETITIVE_EXAM,
    grade: Grade.GARDIEN_BRIGADIER,
    note: 'Lauréat du concours 2025.',
    steps: [
      [Milestone.INTERVIEW, 70],
      [Milestone.APPOINTED, 45],
      [Milestone.TRAINING_STARTED, 30],
    ],
  },
  {
    name: 'Sarah Lemaire',
    route: RecruitmentRoute.TRANSFER,
    grade: Grade.BRIGADIER_CHEF_PRINCIPAL,
    note: 'Mutation depuis la police municipale de Roubaix.',
    steps: [[Milestone.INTERVIEW, 20, 'Avis favorable du jury']],
  },
  {
    name: 'Manon Lefort',
    route: RecruitmentRoute.COMPETITIVE_EXAM,
    grade: Grade.GARDIEN_BRIGADIER,
    note: 'Candidature spontanée après le concours 2026.',
    steps: [],
  },
  {
    name: 'Julie Carpentier',
    route: RecruitmentRoute.COMPETITIVE_EXAM,
    grade: Grade.GARDIEN_BRIGADIER,
    note: '',
    steps: [
      [Milestone.INTERVIEW, 100],
      [RecruitmentExit.REJECTED, 95, 'Avis défavorable du jury'],
    ],
  },
];

const APPLIED_DAYS_AGO: Record<string, number> = {
  'Lucas Fontaine': 300,
  'Kevin Dumont': 200,
  'Rachid Amrani': 90,
  'Sarah Lemaire': 40,
  'Manon Lefort': 25,
  'Julie Carpentier': 120,
};

export async function seedRecruitments(
  manager: EntityManager,
  recruitments: RecruitmentService,
  hr: AuthenticatedUser,
  d: Day,
): Promise<void> {
  for (const candidate of CANDIDATES) {
    const created = await recruitments.create(
      {
        candidateName: candidate.name,
        route: candidate.route,
        grade: candidate.grade,
        note: candidate.note || undefined,
        applicationDate: d(-APPLIED_DAYS_AGO[candidate.name]),
      },
      hr,
      manager,
    );
    for (const [milestone, daysAgo, note] of candidate.steps) {
      const exit = milestone in RecruitmentExit;
      await recruitments.recordMilestone(
        created.id,
        { milestone, date: d(-daysAgo), note, reason: exit ? note : undefined },
        hr,
        manager,
      );
    }
  }
}

export function dayFrom(today: string): Day {
  return (offset) => addDays(today, offset);
}
