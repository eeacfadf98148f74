import { Grade } from '../agents/agent.enum';
import { addDays } from '../common/calendar/local-date';
import { Milestone, RecruitmentExit, RecruitmentRoute, RecruitmentStatus } from './recruitment.enum';
import {
  checkMilestone,
  DEFAULT_DURATIONS,
  DEFAULT_MILESTONE_DAYS,
  durationOf,
  DurationSettings,
  expectedDates,
  expectedOperationalDate,
  MilestoneCandidate,
  milestonesOf,
  nextMilestones,
  pendingMilestones,
  prerequisitesOf,
  RecruitmentFacts,
  recruitmentStatus,
  ROUTE_MILESTONES,
  stalledInfo,
} from './recruitment.rules';

const {
  APPLICATION,
  INTERVIEW,
  APPOINTED,
  TRAINING_STARTED,
  PREFECT_APPROVAL,
  PROSECUTOR_APPROVAL,
  SWORN_IN,
  TRAINING_COMPLETED,
  OPERATIONAL,
} = Milestone;
const { COMPETITIVE_EXAM, TRANSFER, SECONDMENT } = RecruitmentRoute;
const { WITHDRAWN, REJECTED } = RecruitmentExit;

const TODAY = '2026-06-01';

/** A recruitment on `route` with the milestones recorded at the dates given. */
function recruitment(
  route: RecruitmentRoute,
  dates: Partial<Record<Milestone, string>> = {},
  exit: RecruitmentFacts['exit'] = null,
): RecruitmentFacts {
  const milestones = Object.entries(dates).map(([milestone, date]) => ({
    milestone: milestone as Milestone,
    date,
  }));
  return { route, milestones, exit };
}

/** The same dates, less those of `milestones`. */
function without(
  dates: Partial<Record<Milestone, string>>,
  ...milestones: Milestone[]
): Partial<Record<Milestone, string>> {
  return Object.fromEntries(Object.entries(dates).filter(([m]) => !milestones.includes(m as Milestone)));
}

/** Application, interview and appointment recorded. */
function appointed(on = '2026-01-05'): Partial<Record<Milestone, string>> {
  return { [APPLICATION]: '2025-09-01', [INTERVIEW]: '2025-10-01', [APPOINTED]: on };
}

/** Every milestone of the exam route but OPERATIONAL. */
const READY: Partial<Record<Milestone, string>> = {
  ...appointed(),
  [TRAINING_STARTED]: '2026-01-20',
  [PREFECT_APPROVAL]: '2026-03-01',
  [PROSECUTOR_APPROVAL]: '2026-03-15',
  [SWORN_IN]: '2026-03-20',
  [TRAINING_COMPLETED]: '2026-05-20',
};

function step(milestone: Milestone | RecruitmentExit, date: string, reason?: string): MilestoneCandidate {
  return { milestone, date, reason };
}

function rules(facts: RecruitmentFacts, candidate: MilestoneCandidate, today = TODAY): string[] {
  return checkMilestone(facts, candidate, today).map((v) => v.rule);
}

function messages(facts: RecruitmentFacts, candidate: MilestoneCandidate, today = TODAY): string[] {
  return checkMilestone(facts, candidate, today).map((v) => v.message);
}

describe('recruitment rules', () => {
  describe('routes and prerequisites', () => {
    it('takes a lauréat de concours and a seconded agent through all nine milestones, in table order', () => {
      const all = [
        APPLICATION,
        INTERVIEW,
        APPOINTED,
        TRAINING_STARTED,
        PREFECT_APPROVAL,
        PROSECUTOR_APPROVAL,
        SWORN_IN,
        TRAINING_COMPLETED,
        OPERATIONAL,
      ];
      expect(ROUTE_MILESTONES[COMPETITIVE_EXAM]).toEqual(all);
      expect(ROUTE_MILESTONES[SECONDMENT]).toEqual(all);
    });

    it('spares a transferred agent the training, the approvals and the oath', () => {
      expect(ROUTE_MILESTONES[TRANSFER]).toEqual([APPLICATION, INTERVIEW, APPOINTED, OPERATIONAL]);
    });

    it('follows the table of what each milestone needs first', () => {
      expect(prerequisitesOf(COMPETITIVE_EXAM, APPLICATION)).toEqual([]);
      expect(prerequisitesOf(COMPETITIVE_EXAM, INTERVIEW)).toEqual([APPLICATION]);
      expect(prerequisitesOf(COMPETITIVE_EXAM, APPOINTED)).toEqual([INTERVIEW]);
      expect(prerequisitesOf(COMPETITIVE_EXAM, TRAINING_STARTED)).toEqual([APPOINTED]);
      expect(prerequisitesOf(COMPETITIVE_EXAM, PREFECT_APPROVAL)).toEqual([APPOINTED]);
      expect(prerequisitesOf(COMPETITIVE_EXAM, PROSECUTOR_APPROVAL)).toEqual([APPOINTED]);
      expect(prerequisitesOf(COMPETITIVE_EXAM, SWORN_IN)).toEqual([PREFECT_APPROVAL, PROSECUTOR_APPROVAL]);
      expect(prerequisitesOf(COMPETITIVE_EXAM, TRAINING_COMPLETED)).toEqual([TRAINING_STARTED]);
    });

    it('makes OPERATIONAL wait for every other milestone of the route', () => {
      expect(prerequisitesOf(SECONDMENT, OPERATIONAL)).toEqual(ROUTE_MILESTONES[SECONDMENT].slice(0, -1));
      expect(prerequisitesOf(TRANSFER, OPERATIONAL)).toEqual([APPLICATION, INTERVIEW, APPOINTED]);
    });

    it('gives no prerequisites to a milestone the route does not go through', () => {
      expect(prerequisitesOf(TRANSFER, SWORN_IN)).toEqual([]);
    });
  });

  describe('recording a milestone', () => {
    it('accepts the application of a new recruitment', () => {
      expect(checkMilestone(recruitment(COMPETITIVE_EXAM), step(APPLICATION, '2026-05-01'), TODAY)).toEqual(
        [],
      );
    });

    it('accepts the interview after the application, dated the same day or today', () => {
      const facts = recruitment(COMPETITIVE_EXAM, { [APPLICATION]: '2026-05-01' });
      expect(rules(facts, step(INTERVIEW, '2026-05-01'))).toEqual([]);
      expect(rules(facts, step(INTERVIEW, TODAY))).toEqual([]);
    });

    it('accepts the training and both approvals in any order once appointed', () => {
      const facts = recruitment(COMPETITIVE_EXAM, appointed());
      for (const milestone of [TRAINING_STARTED, PREFECT_APPROVAL, PROSECUTOR_APPROVAL]) {
        expect(rules(facts, step(milestone, '2026-02-01'))).toEqual([]);
      }
    });

    it('accepts OPERATIONAL once every milestone of the route is recorded', () => {
      expect(rules(recruitment(COMPETITIVE_EXAM, READY), step(OPERATIONAL, '2026-05-25'))).toEqual([]);
      expect(rules(recruitment(TRANSFER, appointed()), step(OPERATIONAL, '2026-02-01'))).toEqual([]);
    });

    it('refuses the interview before the application is received', () => {
      const violations = checkMilestone(recruitment(COMPETITIVE_EXAM), step(INTERVIEW, '2026-05-01'), TODAY);
      expect(violations).toEqual([
        {
          rule: 'PREREQUISITE_MISSING',
          message:
            'L’étape « Jury / entretien » ne peut pas encore être enregistrée : il manque l’étape « Candidature reçue ».',
        },
      ]);
    });

    it('refuses the oath before both approvals', () => {
      const facts = recruitment(COMPETITIVE_EXAM, appointed());
      expect(messages(facts, step(SWORN_IN, '2026-05-01'))).toEqual([
        'L’étape « Assermentation » ne peut pas encore être enregistrée : ' +
          'il manque les étapes « Agrément du préfet » et « Agrément du procureur ».',
      ]);
    });

    it('refuses the oath while the prosecutor’s approval is missing, naming only that one', () => {
      const facts = recruitment(COMPETITIVE_EXAM, {
        ...appointed(),
        [PREFECT_APPROVAL]: '2026-03-01',
      });
      expect(messages(facts, step(SWORN_IN, '2026-05-01'))).toEqual([
        'L’étape « Assermentation » ne peut pas encore être enregistrée : il manque l’étape « Agrément du procureur ».',
      ]);
    });

    it('refuses OPERATIONAL before the end of training, listing every milestone missing', () => {
      const facts = recruitment(COMPETITIVE_EXAM, appointed());
      expect(messages(facts, step(OPERATIONAL, '2026-05-01'))).toEqual([
        'L’étape « Opérationnel » ne peut pas encore être enregistrée : il manque les étapes ' +
          '« Début de formation (FIA) », « Agrément du préfet », « Agrément du procureur », ' +
          '« Assermentation » et « Fin de formation (FIA) ».',
      ]);
    });

    it('refuses a milestone the route does not go through', () => {
      const facts = recruitment(TRANSFER, appointed());
      expect(checkMilestone(facts, step(TRAINING_STARTED, '2026-02-01'), TODAY)).toEqual([
        {
          rule: 'MILESTONE_NOT_ON_ROUTE',
          message: 'L’étape « Début de formation (FIA) » ne s’applique pas à une mutation.',
        },
      ]);
      expect(messages(facts, step(SWORN_IN, '2026-02-01'))).toEqual([
        'L’étape « Assermentation » ne s’applique pas à une mutation.',
      ]);
    });

    it('refuses a milestone dated before one it needs, naming it and its date', () => {
      const facts = recruitment(COMPETITIVE_EXAM, appointed());
      expect(checkMilestone(facts, step(PREFECT_APPROVAL, '2026-01-04'), TODAY)).toEqual([
        {
          rule: 'DATE_BEFORE_PREREQUISITE',
          message:
            'L’étape « Agrément du préfet » ne peut pas être datée du 04/01/2026 : ' +
            'elle suit l’étape « Arrêté de nomination », enregistrée le 05/01/2026.',
        },
      ]);
    });

    it('names the later of the two approvals when the oath is dated between them', () => {
      const facts = recruitment(COMPETITIVE_EXAM, without(READY, SWORN_IN, TRAINING_COMPLETED));
      const [violation] = checkMilestone(facts, step(SWORN_IN, '2026-03-10'), TODAY);
      expect(violation.message).toBe(
        'L’étape « Assermentation » ne peut pas être datée du 10/03/2026 : ' +
          'elle suit l’étape « Agrément du procureur », enregistrée le 15/03/2026.',
      );
    });

    it('refuses OPERATIONAL dated before the end of training', () => {
      expect(rules(recruitment(COMPETITIVE_EXAM, READY), step(OPERATIONAL, '2026-05-19'))).toEqual([
        'DATE_BEFORE_PREREQUISITE',
      ]);
    });

    it('records each milestone once, saying when it was recorded', () => {
      const facts = recruitment(COMPETITIVE_EXAM, appointed());
      expect(checkMilestone(facts, step(INTERVIEW, '2025-10-02'), TODAY)).toEqual([
        {
          rule: 'MILESTONE_ALREADY_RECORDED',
          message: 'L’étape « Jury / entretien » a déjà été enregistrée le 01/10/2025.',
        },
      ]);
    });

    it('refuses a date still to come', () => {
      const facts = recruitment(COMPETITIVE_EXAM, { [APPLICATION]: '2026-05-01' });
      expect(checkMilestone(facts, step(INTERVIEW, addDays(TODAY, 1)), TODAY)).toEqual([
        {
          rule: 'DATE_IN_FUTURE',
          message: 'Le 02/06/2026 est une date à venir : on n’enregistre que ce qui a déjà eu lieu.',
        },
      ]);
    });

    it('reports every rule broken at once', () => {
      expect(rules(recruitment(COMPETITIVE_EXAM), step(INTERVIEW, '2026-07-01'))).toEqual([
        'PREREQUISITE_MISSING',
        'DATE_IN_FUTURE',
      ]);
      const facts = recruitment(COMPETITIVE_EXAM, appointed());
      expect(rules(facts, step(APPOINTED, '2025-09-15'))).toEqual([
        'MILESTONE_ALREADY_RECORDED',
        'DATE_BEFORE_PREREQUISITE',
      ]);
    });
  });

  describe('a closed recruitment', () => {
    it('accepts nothing after a withdrawal, saying when the candidate withdrew', () => {
      const facts = recruitment(COMPETITIVE_EXAM, appointed(), {
        kind: WITHDRAWN,
        date: '2026-04-02',
      });
      expect(checkMilestone(facts, step(TRAINING_STARTED, '2026-05-01'), TODAY)).toEqual([
        {
          rule: 'RECRUITMENT_CLOSED',
          message:
            'Ce recrutement est clos (désistement le 02/04/2026) : aucune étape ne peut plus être enregistrée.',
        },
      ]);
    });

    it('answers only that it is closed, whatever else is wrong with the step', () => {
      const facts = recruitment(TRANSFER, appointed(), { kind: REJECTED, date: '2026-04-02' });
      expect(messages(facts, step(SWORN_IN, '2027-01-01'))).toEqual([
        'Ce recrutement est clos (refus le 02/04/2026) : aucune étape ne peut plus être enregistrée.',
      ]);
      expect(rules(facts, step(WITHDRAWN, '2026-05-01', 'Autre poste'))).toEqual(['RECRUITMENT_CLOSED']);
    });

    it('accepts nothing once the agent is operational, not even an exit', () => {
      const facts = recruitment(COMPETITIVE_EXAM, { ...READY, [OPERATIONAL]: '2026-05-25' });
      expect(messages(facts, step(WITHDRAWN, TODAY, 'Démission'))).toEqual([
        'Ce recrutement est clos (agent opérationnel depuis le 25/05/2026) : ' +
          'aucune étape ne peut plus être enregistrée.',
      ]);
    });
  });

  describe('recording a side exit', () => {
    const facts = recruitment(COMPETITIVE_EXAM, appointed());

    it('accepts a withdrawal or a rejection with a reason, at any point', () => {
      expect(rules(facts, step(WITHDRAWN, '2026-02-01', 'A accepté un poste à Roubaix'))).toEqual([]);
      expect(rules(facts, step(REJECTED, '2026-02-01', 'Agrément du préfet refusé'))).toEqual([]);
      expect(rules(recruitment(TRANSFER), step(WITHDRAWN, '2026-02-01', 'Plus de nouvelles'))).toEqual([]);
    });

    it('requires a reason for a withdrawal or a rejection', () => {
      expect(checkMilestone(facts, step(WITHDRAWN, '2026-02-01'), TODAY)).toEqual([
        { rule: 'EXIT_REASON_REQUIRED', message: 'Indiquez le motif du désistement : il est obligatoire.' },
      ]);
      expect(messages(facts, step(REJECTED, '2026-02-01', '   '))).toEqual([
        'Indiquez le motif du refus : il est obligatoire.',
      ]);
    });

    it('refuses an exit dated before the latest milestone recorded', () => {
      expect(checkMilestone(facts, step(REJECTED, '2026-01-04', 'Agrément refusé'), TODAY)).toEqual([
        {
          rule: 'DATE_BEFORE_PREREQUISITE',
          message:
            'La date du refus (04/01/2026) ne peut pas précéder l’étape « Arrêté de nomination », ' +
            'enregistrée le 05/01/2026.',
        },
      ]);
      expect(rules(facts, step(REJECTED, '2026-01-05', 'Agrément refusé'))).toEqual([]);
    });

    it('refuses an exit dated in the future', () => {
      expect(rules(facts, step(WITHDRAWN, addDays(TODAY, 1), 'Mutation ailleurs'))).toEqual([
        'DATE_IN_FUTURE',
      ]);
    });
  });

  it('writes every message in French, with dates as dd/MM/yyyy and French quotes', () => {
    const all = [
      ...messages(recruitment(TRANSFER, appointed()), step(TRAINING_STARTED, '2026-07-01')),
      ...messages(recruitment(COMPETITIVE_EXAM, appointed()), step(APPOINTED, '2025-09-15')),
      ...messages(recruitment(COMPETITIVE_EXAM, appointed()), step(SWORN_IN, '2025-09-15')),
      ...messages(recruitment(COMPETITIVE_EXAM, appointed()), step(WITHDRAWN, '2025-09-15')),
    ];
    expect(all).toHaveLength(7);
    for (const message of all) {
      expect(message).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(message).not.toMatch(/["_]|[A-Z]{4,}/);
    }
  });

  describe('status, pending and next milestones', () => {
    it('is open until the agent is operational, then completed', () => {
      expect(recruitmentStatus(recruitment(COMPETITIVE_EXAM, READY))).toBe(RecruitmentStatus.OPEN);
      expect(
        recruitmentStatus(recruitment(COMPETITIVE_EXAM, { ...READY, [OPERATIONAL]: '2026-05-25' })),
      ).toBe(RecruitmentStatus.COMPLETED);
    });

    it('takes the status of its side exit', () => {
      const withdrawn = recruitment(COMPETITIVE_EXAM, {}, { kind: WITHDRAWN, date: '2026-01-01' });
      const rejected = recruitment(COMPETITIVE_EXAM, {}, { kind: REJECTED, date: '2026-01-01' });
      expect(recruitmentStatus(withdrawn)).toBe(RecruitmentStatus.WITHDRAWN);
      expect(recruitmentStatus(rejected)).toBe(RecruitmentStatus.REJECTED);
    });

    it('lists the milestones still to come, in route order', () => {
      expect(pendingMilestones(recruitment(TRANSFER))).toEqual(ROUTE_MILESTONES[TRANSFER]);
      expect(
        pendingMilestones(
          recruitment(COMPETITIVE_EXAM, { ...appointed(), [PROSECUTOR_APPROVAL]: '2026-02-01' }),
        ),
      ).toEqual([TRAINING_STARTED, PREFECT_APPROVAL, SWORN_IN, TRAINING_COMPLETED, OPERATIONAL]);
    });

    it('starts with the application', () => {
      expect(nextMilestones(recruitment(COMPETITIVE_EXAM))).toEqual([APPLICATION]);
      expect(nextMilestones(recruitment(COMPETITIVE_EXAM, { [APPLICATION]: '2026-01-01' }))).toEqual([
        INTERVIEW,
      ]);
    });

    it('opens the training and both approvals in parallel once a lauréat is appointed', () => {
      expect(nextMilestones(recruitment(COMPETITIVE_EXAM, appointed()))).toEqual([
        TRAINING_STARTED,
        PREFECT_APPROVAL,
        PROSECUTOR_APPROVAL,
      ]);
    });

    it('opens the oath once both approvals are in, while the training is still to start', () => {
      const facts = recruitment(SECONDMENT, {
        ...appointed(),
        [PREFECT_APPROVAL]: '2026-03-01',
        [PROSECUTOR_APPROVAL]: '2026-03-15',
      });
      expect(nextMilestones(facts)).toEqual([TRAINING_STARTED, SWORN_IN]);
    });

    it('goes straight to OPERATIONAL once a transferred agent is appointed', () => {
      expect(nextMilestones(recruitment(TRANSFER, appointed()))).toEqual([OPERATIONAL]);
    });

    it('expects nothing more of a closed recruitment', () => {
      expect(
        nextMilestones(recruitment(COMPETITIVE_EXAM, appointed(), { kind: WITHDRAWN, date: TODAY })),
      ).toEqual([]);
      expect(nextMilestones(recruitment(COMPETITIVE_EXAM, { ...READY, [OPERATIONAL]: TODAY }))).toEqual([]);
    });
  });

  describe('typical durations', () => {
    it('defaults to one month between steps, three months for the approvals and six for the FIA', () => {
      expect(durationOf(DEFAULT_DURATIONS, COMPETITIVE_EXAM, APPOINTED)).toBe(30);
      expect(durationOf(DEFAULT_DURATIONS, COMPETITIVE_EXAM, PREFECT_APPROVAL)).toBe(90);
      expect(durationOf(DEFAULT_DURATIONS, COMPETITIVE_EXAM, TRAINING_COMPLETED)).toBe(183);
    });

    it('shortens the FIA of a seconded agent', () => {
      // Décret n° 2020-1243 du 9 octobre 2020: three months (it was 60 days before issue 23).
      expect(durationOf(DEFAULT_DURATIONS, SECONDMENT, TRAINING_COMPLETED)).toBe(91);
      expect(durationOf(DEFAULT_DURATIONS, SECONDMENT, TRAINING_STARTED)).toBe(30);
    });

    it('lets a service set its own durations, by route or for all', () => {
      const settings: DurationSettings = {
        days: { ...DEFAULT_MILESTONE_DAYS, INTERVIEW: 45 },
        byRoute: { TRANSFER: { APPOINTED: 60 } },
      };
      expect(durationOf(settings, TRANSFER, APPOINTED)).toBe(60);
      expect(durationOf(settings, COMPETITIVE_EXAM, APPOINTED)).toBe(30);
      expect(durationOf(settings, SECONDMENT, INTERVIEW)).toBe(45);
    });
  });

  describe('expected dates', () => {
    it('expects a lauréat just appointed operational after the longest branch: the FIA', () => {
      const facts = recruitment(COMPETITIVE_EXAM, appointed('2026-01-05'));
      expect(expectedDates(facts, DEFAULT_DURATIONS, '2026-01-05')).toEqual({
        APPLICATION: '2025-09-01',
        INTERVIEW: '2025-10-01',
        APPOINTED: '2026-01-05',
        TRAINING_STARTED: '2026-02-04',
        PREFECT_APPROVAL: '2026-04-05',
        PROSECUTOR_APPROVAL: '2026-04-05',
        SWORN_IN: '2026-04-20',
        TRAINING_COMPLETED: '2026-08-06',
        OPERATIONAL: '2026-08-13',
      });
      // APPOINTED + max(30 + 183, 90 + 15) + 7 days.
      expect(expectedOperationalDate(facts, DEFAULT_DURATIONS, '2026-01-05')).toBe(
        addDays('2026-01-05', 220),
      );
    });

    it('expects a transferred agent appointed a month after the interview and operational a week later', () => {
      const facts = recruitment(TRANSFER, { [APPLICATION]: '2026-01-05', [INTERVIEW]: '2026-02-02' });
      expect(expectedDates(facts, DEFAULT_DURATIONS, '2026-02-02')).toEqual({
        APPLICATION: '2026-01-05',
        INTERVIEW: '2026-02-02',
        APPOINTED: '2026-03-04',
        OPERATIONAL: '2026-03-11',
      });
    });

    it('shortens the FIA of a seconded agent to three months, which ends after the approvals', () => {
      // Issue 23: décret n° 2020-1243 sets three months, not the 60 days assumed before.
      const facts = recruitment(SECONDMENT, appointed('2026-01-05'));
      const expected = expectedDates(facts, DEFAULT_DURATIONS, '2026-01-05');
      expect(expected.TRAINING_COMPLETED).toBe('2026-05-06');
      expect(expected.SWORN_IN).toBe('2026-04-20');
      expect(expected.OPERATIONAL).toBe('2026-05-13');
    });

    it('expects an overdue milestone a whole typical wait from today, and what follows from there', () => {
      const facts = recruitment(COMPETITIVE_EXAM, appointed('2026-01-05'));
      const expected = expectedDates(facts, DEFAULT_DURATIONS, TODAY);
      expect(expected.TRAINING_STARTED).toBe('2026-07-01');
      expect(expected.PREFECT_APPROVAL).toBe('2026-08-30');
      expect(expected.SWORN_IN).toBe('2026-09-14');
      expect(expected.TRAINING_COMPLETED).toBe('2026-12-31');
      expect(expected.OPERATIONAL).toBe('2027-01-07');
    });

    it('does not expect a recruitment 150 days late with three milestones to go operational in 22 days', () => {
      // The prosecutor's approval was due on 30/12/2025 (90 days after the appointment); the FIA is over.
      const facts = recruitment(COMPETITIVE_EXAM, {
        ...appointed('2025-10-01'),
        [TRAINING_STARTED]: '2025-10-20',
        [PREFECT_APPROVAL]: '2025-12-01',
        [TRAINING_COMPLETED]: '2026-04-20',
      });
      const today = addDays('2025-12-30', 150);
      expect(pendingMilestones(facts)).toEqual([PROSECUTOR_APPROVAL, SWORN_IN, OPERATIONAL]);
      expect(expectedOperationalDate(facts, DEFAULT_DURATIONS, today)).not.toBe(addDays(today, 22));
      // Today + approval (90) + oath (15) + operational (7).
      expect(expectedOperationalDate(facts, DEFAULT_DURATIONS, today)).toBe(addDays(today, 90 + 15 + 7));
    });

    it('keeps a milestone due today on today, and pushes one a day overdue a whole wait later', () => {
      // The appointment is due 30 days after the interview, on 04/03/2026.
      const facts = recruitment(TRANSFER, { [APPLICATION]: '2026-01-05', [INTERVIEW]: '2026-02-02' });
      expect(expectedDates(facts, DEFAULT_DURATIONS, '2026-03-04').APPOINTED).toBe('2026-03-04');
      expect(expectedDates(facts, DEFAULT_DURATIONS, '2026-03-05').APPOINTED).toBe(addDays('2026-03-05', 30));
      expect(expectedOperationalDate(facts, DEFAULT_DURATIONS, '2026-03-04')).toBe(addDays('2026-03-04', 7));
      expect(expectedOperationalDate(facts, DEFAULT_DURATIONS, '2026-03-05')).toBe(
        addDays('2026-03-05', 30 + 7),
      );
    });

    it('keeps the typical date of a milestone not yet due, however close', () => {
      const facts = recruitment(COMPETITIVE_EXAM, {
        ...appointed('2026-03-03'),
        [TRAINING_STARTED]: '2026-03-10',
        [TRAINING_COMPLETED]: '2026-05-20',
      });
      const expected = expectedDates(facts, DEFAULT_DURATIONS, '2026-05-31');
      expect(expected.PREFECT_APPROVAL).toBe('2026-06-01');
      expect(expected.OPERATIONAL).toBe(addDays('2026-06-01', 15 + 7));
    });

    it('starts from the recorded dates of the milestones already reached', () => {
      const facts = recruitment(COMPETITIVE_EXAM, without(READY, TRAINING_COMPLETED));
      const expected = expectedDates(facts, DEFAULT_DURATIONS, '2026-03-20');
      expect(expected.TRAINING_STARTED).toBe('2026-01-20');
      expect(expected.TRAINING_COMPLETED).toBe(addDays('2026-01-20', 183));
      expect(expected.OPERATIONAL).toBe(addDays('2026-01-20', 190));
    });

    it('expects the application today on an empty recruitment', () => {
      const expected = expectedDates(recruitment(TRANSFER), DEFAULT_DURATIONS, TODAY);
      expect(expected.APPLICATION).toBe(TODAY);
      expect(expected.OPERATIONAL).toBe(addDays(TODAY, 30 + 30 + 7));
    });

    it('follows the durations the service has set', () => {
      const settings: DurationSettings = {
        days: DEFAULT_MILESTONE_DAYS,
        byRoute: { TRANSFER: { APPOINTED: 90 } },
      };
      const facts = recruitment(TRANSFER, { [APPLICATION]: '2026-01-05', [INTERVIEW]: '2026-02-02' });
      expect(expectedOperationalDate(facts, settings, '2026-02-02')).toBe(addDays('2026-02-02', 97));
    });

    it('gives the recorded date of an agent already operational', () => {
      const facts = recruitment(COMPETITIVE_EXAM, { ...READY, [OPERATIONAL]: '2026-05-25' });
      expect(expectedOperationalDate(facts, DEFAULT_DURATIONS, TODAY)).toBe('2026-05-25');
    });

    it('expects nothing of a candidate who left', () => {
      const facts = recruitment(COMPETITIVE_EXAM, appointed(), { kind: WITHDRAWN, date: '2026-02-01' });
      expect(expectedDates(facts, DEFAULT_DURATIONS, TODAY)).toEqual({});
      expect(expectedOperationalDate(facts, DEFAULT_DURATIONS, TODAY)).toBeNull();
    });
  });

  describe('stalled recruitments', () => {
    const justAppointed = recruitment(COMPETITIVE_EXAM, appointed('2026-01-05'));

    it('is not stalled on the very day the typical duration is reached', () => {
      expect(stalledInfo(justAppointed, DEFAULT_DURATIONS, '2026-02-04')).toEqual({
        stalled: false,
        milestone: TRAINING_STARTED,
        daysWaiting: 30,
        overdueBy: 0,
      });
    });

    it('is stalled one day later', () => {
      expect(stalledInfo(justAppointed, DEFAULT_DURATIONS, '2026-02-05')).toEqual({
        stalled: true,
        milestone: TRAINING_STARTED,
        daysWaiting: 31,
        overdueBy: 1,
      });
    });

    it('reports the most overdue of the milestones waited on', () => {
      const facts = recruitment(COMPETITIVE_EXAM, {
        ...appointed('2026-01-05'),
        [TRAINING_STARTED]: '2026-01-20',
      });
      // Approvals waited 95 days for 90; the end of FIA 80 days for 183.
      expect(stalledInfo(facts, DEFAULT_DURATIONS, '2026-04-10')).toEqual({
        stalled: true,
        milestone: PREFECT_APPROVAL,
        daysWaiting: 95,
        overdueBy: 5,
      });
    });

    it('waits on the oath from the later of the two approvals', () => {
      const facts = recruitment(COMPETITIVE_EXAM, without(READY, SWORN_IN, TRAINING_COMPLETED));
      expect(stalledInfo(facts, DEFAULT_DURATIONS, '2026-04-05')).toEqual({
        stalled: true,
        milestone: SWORN_IN,
        daysWaiting: 21,
        overdueBy: 6,
      });
    });

    it('flags an FIA running past its six months', () => {
      const facts = recruitment(COMPETITIVE_EXAM, without(READY, TRAINING_COMPLETED));
      expect(stalledInfo(facts, DEFAULT_DURATIONS, '2026-08-01')).toEqual({
        stalled: true,
        milestone: TRAINING_COMPLETED,
        daysWaiting: 193,
        overdueBy: 10,
      });
    });

    it('measures the shortened FIA of a seconded agent by its own duration', () => {
      const facts = recruitment(SECONDMENT, {
        ...appointed('2026-01-05'),
        [TRAINING_STARTED]: '2026-01-20',
        [PREFECT_APPROVAL]: '2026-02-01',
        [PROSECUTOR_APPROVAL]: '2026-02-01',
        [SWORN_IN]: '2026-02-10',
      });
      // Three months (décret n° 2020-1243), not the 60 days assumed before issue 23.
      expect(stalledInfo(facts, DEFAULT_DURATIONS, addDays('2026-01-20', 91)).stalled).toBe(false);
      expect(stalledInfo(facts, DEFAULT_DURATIONS, addDays('2026-01-20', 92))).toMatchObject({
        stalled: true,
        milestone: TRAINING_COMPLETED,
        overdueBy: 1,
      });
    });

    it('is never stalled waiting for an application', () => {
      expect(stalledInfo(recruitment(TRANSFER), DEFAULT_DURATIONS, TODAY)).toEqual({
        stalled: false,
        milestone: null,
        daysWaiting: 0,
        overdueBy: 0,
      });
    });

    it('is never stalled once closed, and tells how long ago it closed', () => {
      const withdrawn = recruitment(COMPETITIVE_EXAM, appointed('2026-01-05'), {
        kind: WITHDRAWN,
        date: '2026-05-01',
      });
      expect(stalledInfo(withdrawn, DEFAULT_DURATIONS, TODAY)).toEqual({
        stalled: false,
        milestone: null,
        daysWaiting: 31,
        overdueBy: 0,
      });
      const completed = recruitment(COMPETITIVE_EXAM, { ...READY, [OPERATIONAL]: '2026-05-25' });
      expect(stalledInfo(completed, DEFAULT_DURATIONS, TODAY)).toEqual({
        stalled: false,
        milestone: null,
        daysWaiting: 7,
        overdueBy: 0,
      });
    });
  });

  describe('milestones by grade (issue 23)', () => {
    const graded = (
      route: RecruitmentRoute,
      grade: Grade,
      dates: Partial<Record<Milestone, string>> = {},
    ): RecruitmentFacts => ({ ...recruitment(route, dates), grade });

    it("keeps the police officer's route as it was, by route", () => {
      for (const route of [COMPETITIVE_EXAM, TRANSFER, SECONDMENT]) {
        expect(milestonesOf(route, Grade.GARDIEN_BRIGADIER)).toEqual(ROUTE_MILESTONES[route]);
        expect(milestonesOf(route, Grade.DIRECTEUR)).toEqual(ROUTE_MILESTONES[route]);
        expect(milestonesOf(route)).toEqual(ROUTE_MILESTONES[route]);
      }
    });

    it('takes an ASVP through the prosecutor and the oath only, whatever the route', () => {
      for (const route of [COMPETITIVE_EXAM, TRANSFER, SECONDMENT]) {
        expect(milestonesOf(route, Grade.ASVP)).toEqual([
          APPLICATION,
          INTERVIEW,
          APPOINTED,
          PROSECUTOR_APPROVAL,
          SWORN_IN,
          OPERATIONAL,
        ]);
      }
      expect(prerequisitesOf(COMPETITIVE_EXAM, SWORN_IN, Grade.ASVP)).toEqual([PROSECUTOR_APPROVAL]);
      expect(nextMilestones(graded(COMPETITIVE_EXAM, Grade.ASVP, appointed()))).toEqual([
        PROSECUTOR_APPROVAL,
      ]);
    });

    it('takes administrative staff from appointment to work, with neither approval nor oath', () => {
      for (const route of [COMPETITIVE_EXAM, TRANSFER, SECONDMENT]) {
        expect(milestonesOf(route, Grade.ADMINISTRATIVE)).toEqual([
          APPLICATION,
          INTERVIEW,
          APPOINTED,
          OPERATIONAL,
        ]);
      }
      expect(nextMilestones(graded(COMPETITIVE_EXAM, Grade.ADMINISTRATIVE, appointed()))).toEqual([
        OPERATIONAL,
      ]);
    });

    it('refuses the préfet and the FIA for an ASVP, naming the rule and its source', () => {
      const asvp = graded(COMPETITIVE_EXAM, Grade.ASVP, appointed());
      for (const milestone of [PREFECT_APPROVAL, TRAINING_STARTED, TRAINING_COMPLETED]) {
        expect(rules(asvp, step(milestone, TODAY))).toContain('MILESTONE_NOT_FOR_GRADE');
      }
      expect(messages(asvp, step(PREFECT_APPROVAL, TODAY))[0]).toBe(
        'L’étape « Agrément du préfet » ne s’applique pas à un ASVP : agréé par le procureur et assermenté, ' +
          'il n’a ni agrément du préfet ni FIA (code de la route, art. L130-4 et L130-7).',
      );
      expect(rules(asvp, step(PROSECUTOR_APPROVAL, TODAY))).toEqual([]);
      // The oath waits for the prosecutor, not for the préfet.
      expect(rules(asvp, step(SWORN_IN, TODAY))).toEqual(['PREREQUISITE_MISSING']);
      expect(
        rules(
          graded(COMPETITIVE_EXAM, Grade.ASVP, { ...appointed(), [PROSECUTOR_APPROVAL]: '2026-03-01' }),
          step(SWORN_IN, TODAY),
        ),
      ).toEqual([]);
    });

    it('refuses every approval, the oath and the FIA for administrative staff', () => {
      const clerk = graded(TRANSFER, Grade.ADMINISTRATIVE, appointed());
      for (const milestone of [PREFECT_APPROVAL, PROSECUTOR_APPROVAL, SWORN_IN, TRAINING_STARTED]) {
        expect(rules(clerk, step(milestone, TODAY))).toEqual(['MILESTONE_NOT_FOR_GRADE']);
      }
      expect(rules(clerk, step(OPERATIONAL, TODAY))).toEqual([]);
    });

    it('makes an ASVP operational once sworn in, and a police officer still needs the FIA', () => {
      const sworn = { ...appointed(), [PROSECUTOR_APPROVAL]: '2026-03-01', [SWORN_IN]: '2026-03-10' };
      expect(rules(graded(COMPETITIVE_EXAM, Grade.ASVP, sworn), step(OPERATIONAL, TODAY))).toEqual([]);
      expect(
        rules(graded(COMPETITIVE_EXAM, Grade.GARDIEN_BRIGADIER, sworn), step(OPERATIONAL, TODAY)),
      ).toEqual(['PREREQUISITE_MISSING']);
    });

    it("forecasts a seconded agent's FIA at three months, a seconded chef de service's at four", () => {
      expect(durationOf(DEFAULT_DURATIONS, SECONDMENT, TRAINING_COMPLETED, Grade.GARDIEN_BRIGADIER)).toBe(91);
      expect(
        durationOf(DEFAULT_DURATIONS, SECONDMENT, TRAINING_COMPLETED, Grade.BRIGADIER_CHEF_PRINCIPAL),
      ).toBe(91);
      expect(durationOf(DEFAULT_DURATIONS, SECONDMENT, TRAINING_COMPLETED, Grade.CHEF_DE_SERVICE)).toBe(122);
      expect(durationOf(DEFAULT_DURATIONS, SECONDMENT, TRAINING_COMPLETED, Grade.DIRECTEUR)).toBe(122);
      expect(
        durationOf(DEFAULT_DURATIONS, COMPETITIVE_EXAM, TRAINING_COMPLETED, Grade.GARDIEN_BRIGADIER),
      ).toBe(183);
      // Training started on 2026-01-20: three months later, then a week to operational.
      const started = {
        ...appointed(),
        [TRAINING_STARTED]: '2026-01-20',
        [PREFECT_APPROVAL]: '2026-01-10',
        [PROSECUTOR_APPROVAL]: '2026-01-10',
        [SWORN_IN]: '2026-01-15',
      };
      const expected = expectedDates(
        graded(SECONDMENT, Grade.GARDIEN_BRIGADIER, started),
        DEFAULT_DURATIONS,
        '2026-01-21',
      );
      expect(expected.TRAINING_COMPLETED).toBe(addDays('2026-01-20', 91));
      expect(expected.OPERATIONAL).toBe(addDays('2026-01-20', 91 + 7));
      expect(
        expectedOperationalDate(
          graded(COMPETITIVE_EXAM, Grade.GARDIEN_BRIGADIER, started),
          DEFAULT_DURATIONS,
          '2026-01-21',
        ),
      ).toBe(addDays('2026-01-20', 183 + 7));
    });

    it('forecasts an ASVP without FIA: the oath after the prosecutor, then operational', () => {
      const expected = expectedDates(
        graded(COMPETITIVE_EXAM, Grade.ASVP, appointed('2026-01-05')),
        DEFAULT_DURATIONS,
        '2026-01-05',
      );
      expect(expected).toEqual({
        APPLICATION: '2025-09-01',
        INTERVIEW: '2025-10-01',
        APPOINTED: '2026-01-05',
        PROSECUTOR_APPROVAL: addDays('2026-01-05', 90),
        SWORN_IN: addDays('2026-01-05', 105),
        OPERATIONAL: addDays('2026-01-05', 112),
      });
    });
  });
});
