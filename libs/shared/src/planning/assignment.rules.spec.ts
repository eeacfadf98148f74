import { AgentStatus, Grade, QualificationKind, StaffCategory } from '../agents/agent.enum';
import { eligibilityGaps, hasValidQualification, isEligible } from './assignment.rules';
import { RosterRule } from './planning.enum';
import { absence, agent, only, qualified, roster, shift } from './roster.builders';
import { checkRoster } from './roster.rules';
import { RosterInput } from './roster.types';

const { VIDEO_OPERATOR, FIREARM } = QualificationKind;

function violations(input: RosterInput, rule: RosterRule) {
  return only(checkRoster(input).violations, rule);
}

describe('assignment rules', () => {
  describe('overlap', () => {
    it('accepts two shifts of one agent where one ends when the next starts', () => {
      const input = roster(
        [shift('2026-06-12 06:00-14:00'), shift('2026-06-12 14:00-18:00')],
        '2026-06-12',
        '2026-06-12',
      );
      expect(violations(input, RosterRule.OVERLAP)).toEqual([]);
    });

    it('refuses two overlapping shifts, on the later one, saying which', () => {
      const day = shift('2026-06-12 06:00-14:00', { label: 'Patrouille du matin' });
      const csu = shift('2026-06-12 13:00-17:00', { label: 'CSU' });
      expect(violations(roster([csu, day], '2026-06-12', '2026-06-12'), RosterRule.OVERLAP)).toEqual([
        {
          rule: RosterRule.OVERLAP,
          severity: 'violation',
          agentId: 'julien',
          shiftId: csu.id,
          message:
            'Julien Lefebvre est affecté à deux services qui se chevauchent : ' +
            'Patrouille du matin du 12/06 (06:00 – 14:00) et CSU du 12/06 (13:00 – 17:00)',
        },
      ]);
    });

    it('sees a night shift overlapping the next morning', () => {
      const night = shift('2026-06-12 21:00-07:00');
      const morning = shift('2026-06-13 06:00-09:00');
      const found = violations(roster([night, morning], '2026-06-13', '2026-06-13'), RosterRule.OVERLAP);
      expect(found.map((f) => f.shiftId)).toEqual([morning.id]);
    });

    it('sees a short shift inside a long one that started earlier, and two shifts at the same time', () => {
      const long = shift('2026-06-12 06:00-16:00');
      const inner = shift('2026-06-12 08:00-09:00');
      const after = shift('2026-06-12 10:00-11:00');
      const twin = shift('2026-06-12 10:00-11:00', { id: 'twin' });
      const found = violations(
        roster([long, inner, after, twin], '2026-06-12', '2026-06-12'),
        RosterRule.OVERLAP,
      );
      expect(found).toHaveLength(4); // long/inner, long/after, long/twin, after/twin
    });

    it('ignores one agent assigned twice to the same shift, and two agents on one shift', () => {
      const s = shift('2026-06-12 06:00-14:00');
      const input = roster([s], '2026-06-12', '2026-06-12', {
        agents: [agent(), agent({ id: 'camille', name: 'Camille Martin' })],
        assignments: [
          { shiftId: s.id, agentId: 'julien' },
          { shiftId: s.id, agentId: 'julien' },
          { shiftId: s.id, agentId: 'camille' },
        ],
      });
      expect(violations(input, RosterRule.OVERLAP)).toEqual([]);
    });
  });

  describe('approved absences', () => {
    it('refuses a shift during leave, naming the leave and its days', () => {
      const s = shift('2026-06-13 06:00-14:00', { label: 'Patrouille du matin' });
      const input = roster([s], '2026-06-01', '2026-06-30', {
        absences: [absence('julien', '2026-06-12T00:00', '2026-06-15T00:00')],
      });
      expect(violations(input, RosterRule.ABSENCE)).toEqual([
        {
          rule: RosterRule.ABSENCE,
          severity: 'violation',
          agentId: 'julien',
          shiftId: s.id,
          message: 'Julien Lefebvre est en congé annuel du 12/06 au 14/06 (Patrouille du matin du 13/06)',
        },
      ]);
    });

    it('refuses a night that runs into the first day of leave, and accepts a shift starting when leave ends', () => {
      const night = shift('2026-06-11 22:00-06:00');
      const back = shift('2026-06-15 00:00-06:00');
      const input = roster([night, back], '2026-06-01', '2026-06-30', {
        absences: [absence('julien', '2026-06-12T00:00', '2026-06-15T00:00')],
      });
      expect(violations(input, RosterRule.ABSENCE).map((f) => f.shiftId)).toEqual([night.id]);
    });

    it('names a part-day absence by its hours, and an acronym as it is', () => {
      const s = shift('2026-06-12 11:00-19:00');
      const input = roster([s], '2026-06-12', '2026-06-12', {
        absences: [
          absence('julien', '2026-06-12T09:00', '2026-06-12T12:00', 'Séance de tir'),
          absence('julien', '2026-06-12T00:00', '2026-06-13T00:00', 'RTT'),
          absence('julien', '2026-06-12T18:00', '2026-06-13T02:00', 'Récupération'),
        ],
      });
      expect(violations(input, RosterRule.ABSENCE).map((f) => f.message)).toEqual([
        'Julien Lefebvre est en RTT le 12/06 (Patrouille du 12/06)',
        'Julien Lefebvre est en séance de tir le 12/06 de 09:00 à 12:00 (Patrouille du 12/06)',
        'Julien Lefebvre est en récupération du 12/06 18:00 au 13/06 02:00 (Patrouille du 12/06)',
      ]);
    });

    it('ignores the absences of other agents', () => {
      const input = roster([shift('2026-06-13 06:00-14:00')], '2026-06-13', '2026-06-13', {
        absences: [absence('camille', '2026-06-12T00:00', '2026-06-15T00:00')],
      });
      expect(violations(input, RosterRule.ABSENCE)).toEqual([]);
    });
  });

  describe('agent status', () => {
    const s = shift('2026-06-12 06:00-14:00', { allowsTrainees: false });

    it('rosters an operational agent', () => {
      expect(checkRoster(roster([s], '2026-06-12', '2026-06-12')).violations).toEqual([]);
    });

    it('never rosters an agent on long absence, nor one who has left', () => {
      const away = roster([s], '2026-06-12', '2026-06-12', {
        agents: [agent({ status: AgentStatus.LONG_ABSENCE })],
      });
      const gone = roster([s], '2026-06-12', '2026-06-12', {
        agents: [agent({ status: AgentStatus.DEPARTED })],
      });
      expect(violations(away, RosterRule.AGENT_STATUS).map((f) => f.message)).toEqual([
        'Julien Lefebvre est en absence longue : aucune affectation possible (Patrouille du 12/06)',
      ]);
      expect(violations(gone, RosterRule.AGENT_STATUS).map((f) => f.message)).toEqual([
        'Julien Lefebvre a quitté le service : aucune affectation possible (Patrouille du 12/06)',
      ]);
    });

    it('rosters a trainee only on a shift that allows trainees', () => {
      const trainee = agent({ status: AgentStatus.IN_TRAINING });
      const open = shift('2026-06-13 06:00-14:00', { allowsTrainees: true });
      const found = checkRoster(
        roster([s, open], '2026-06-12', '2026-06-13', { agents: [trainee] }),
      ).violations;
      expect(found).toEqual([
        {
          rule: RosterRule.TRAINEE_NOT_ALLOWED,
          severity: 'violation',
          agentId: 'julien',
          shiftId: s.id,
          message: 'Julien Lefebvre est stagiaire : Patrouille du 12/06 n’accepte pas de stagiaire',
        },
      ]);
    });
  });

  describe('categories', () => {
    it('keeps administrative staff off a patrol reserved to police officers and ASVP', () => {
      const patrol = shift('2026-06-12 06:00-14:00', {
        categories: [StaffCategory.POLICE, StaffCategory.ASVP],
      });
      const clerk = agent({ category: StaffCategory.ADMINISTRATIVE });
      expect(
        violations(
          roster([patrol], '2026-06-12', '2026-06-12', { agents: [clerk] }),
          RosterRule.CATEGORY_NOT_ALLOWED,
        ),
      ).toEqual([
        {
          rule: RosterRule.CATEGORY_NOT_ALLOWED,
          severity: 'violation',
          agentId: 'julien',
          shiftId: patrol.id,
          message:
            'Julien Lefebvre ne peut pas être affecté à Patrouille du 12/06, service réservé aux policiers municipaux et ASVP',
        },
      ]);
    });

    it('lets anyone on a shift listing no category, and an ASVP on a shift allowing ASVP', () => {
      const open = shift('2026-06-12 06:00-14:00', { categories: [] });
      const market = shift('2026-06-13 06:00-12:00', { categories: [StaffCategory.ASVP] });
      const asvp = agent({ category: StaffCategory.ASVP });
      const input = roster([open, market], '2026-06-12', '2026-06-13', { agents: [asvp] });
      expect(violations(input, RosterRule.CATEGORY_NOT_ALLOWED)).toEqual([]);
    });
  });

  describe('grades', () => {
    const { CHEF_DE_SERVICE_PRINCIPAL_1, GARDIEN_BRIGADIER, BRIGADIER_CHEF_PRINCIPAL } = Grade;
    const night = shift('2026-06-12 21:00-23:59', {
      label: 'Patrouille de nuit',
      grades: [GARDIEN_BRIGADIER, BRIGADIER_CHEF_PRINCIPAL],
    });

    it('refuses the head of service on a night patrol that excludes her grade, naming her and the shift', () => {
      const chief = agent({ id: 'sophie', name: 'Sophie Delattre', grade: CHEF_DE_SERVICE_PRINCIPAL_1 });
      expect(
        violations(
          roster([night], '2026-06-12', '2026-06-12', { agents: [chief] }),
          RosterRule.GRADE_NOT_ALLOWED,
        ),
      ).toEqual([
        {
          rule: RosterRule.GRADE_NOT_ALLOWED,
          severity: 'violation',
          agentId: 'sophie',
          shiftId: night.id,
          message:
            'Sophie Delattre (chef de service principal de 1re classe) ne peut pas être affecté à Patrouille de nuit du 12/06 : ce grade n’est pas admis sur ce service',
        },
      ]);
    });

    it('lets a listed grade on it, and every grade on a shift listing none', () => {
      const keeper = agent({ grade: GARDIEN_BRIGADIER });
      const chief = agent({ id: 'sophie', grade: CHEF_DE_SERVICE_PRINCIPAL_1 });
      expect(
        violations(
          roster([night], '2026-06-12', '2026-06-12', { agents: [keeper] }),
          RosterRule.GRADE_NOT_ALLOWED,
        ),
      ).toEqual([]);
      const open = shift('2026-06-12 21:00-23:59', { grades: null });
      expect(isEligible(chief, open, '2026-06-12')).toBe(true);
      expect(isEligible(chief, night, '2026-06-12')).toBe(false);
      expect(eligibilityGaps(chief, night, '2026-06-12').grade).toBe(true);
    });

    it('keeps an agent of unknown grade off a shift that lists grades', () => {
      expect(isEligible(agent(), night, '2026-06-12')).toBe(false);
      expect(isEligible(agent(), shift('2026-06-12 21:00-23:59'), '2026-06-12')).toBe(true);
    });

    it('reports the category alone when the category already keeps the agent off', () => {
      const asvp = agent({ category: StaffCategory.ASVP, grade: Grade.ASVP });
      const input = roster([{ ...night, categories: [StaffCategory.POLICE] }], '2026-06-12', '2026-06-12', {
        agents: [asvp],
      });
      expect(violations(input, RosterRule.CATEGORY_NOT_ALLOWED)).toHaveLength(1);
      expect(violations(input, RosterRule.GRADE_NOT_ALLOWED)).toEqual([]);
    });
  });

  describe('qualifications required of every agent', () => {
    const csu = (spec: string) => shift(spec, { label: 'CSU', requiredForAll: [VIDEO_OPERATOR] });

    it('refuses an agent without the qualification the shift requires of everyone', () => {
      const s = csu('2026-06-12 09:00-17:00');
      expect(violations(roster([s], '2026-06-12', '2026-06-12'), RosterRule.QUALIFICATION_MISSING)).toEqual([
        {
          rule: RosterRule.QUALIFICATION_MISSING,
          severity: 'violation',
          agentId: 'julien',
          shiftId: s.id,
          message:
            'Julien Lefebvre n’a pas la qualification « Opérateur vidéo » valide le 12/06, exigée de chaque agent (CSU du 12/06)',
        },
      ]);
    });

    it('names every qualification missing', () => {
      const s = shift('2026-06-12 09:00-17:00', { label: 'CSU', requiredForAll: [VIDEO_OPERATOR, FIREARM] });
      expect(
        violations(roster([s], '2026-06-12', '2026-06-12'), RosterRule.QUALIFICATION_MISSING)[0].message,
      ).toBe(
        'Julien Lefebvre n’a pas les qualifications « Opérateur vidéo » et « Arme à feu » valides le 12/06, ' +
          'exigées de chaque agent (CSU du 12/06)',
      );
    });

    it('counts a qualification expiring in the period on the day before it ends, not after', () => {
      const operator = agent({
        qualifications: [{ kind: VIDEO_OPERATOR, from: '2024-01-01', to: '2026-06-15' }],
      });
      const before = csu('2026-06-14 21:00-05:00');
      const on = csu('2026-06-15 09:00-17:00');
      const input = roster([before, on], '2026-06-01', '2026-06-30', { agents: [operator] });
      expect(violations(input, RosterRule.QUALIFICATION_MISSING).map((f) => f.shiftId)).toEqual([on.id]);
    });

    it('does not count a qualification before it is obtained', () => {
      const operator = agent({ qualifications: [{ kind: VIDEO_OPERATOR, from: '2026-06-13', to: null }] });
      const shifts = [csu('2026-06-12 09:00-17:00'), csu('2026-06-13 09:00-17:00')];
      const input = roster(shifts, '2026-06-01', '2026-06-30', { agents: [operator] });
      expect(violations(input, RosterRule.QUALIFICATION_MISSING).map((f) => f.shiftId)).toEqual([
        shifts[0].id,
      ]);
    });

    it('tells when an agent holds a kind on a date', () => {
      const holder = qualified([FIREARM]);
      const lapsing = agent({ qualifications: [{ kind: FIREARM, from: '2026-01-01', to: '2026-06-15' }] });
      expect(hasValidQualification(holder, FIREARM, '2026-06-12')).toBe(true);
      expect(hasValidQualification(holder, VIDEO_OPERATOR, '2026-06-12')).toBe(false);
      expect(hasValidQualification(lapsing, FIREARM, '2026-01-01')).toBe(true);
      expect(hasValidQualification(lapsing, FIREARM, '2026-06-14')).toBe(true);
      expect(hasValidQualification(lapsing, FIREARM, '2026-06-15')).toBe(false);
      expect(hasValidQualification(lapsing, FIREARM, '2025-12-31')).toBe(false);
    });
  });
});

describe('eligibility, one rule for the rules engine and the planner', () => {
  const armedNight = {
    allowsTrainees: false,
    categories: [StaffCategory.POLICE],
    requiredForAll: [QualificationKind.FIREARM],
  };
  const officer = {
    status: AgentStatus.ACTIVE,
    category: StaffCategory.POLICE,
    qualifications: [{ kind: QualificationKind.FIREARM, from: '2026-01-01', to: '2026-12-31' }],
  };

  it('lets an armed officer hold an armed police shift up to the day before his authorisation ends', () => {
    expect(isEligible(officer, armedNight, '2026-12-30')).toBe(true);
    expect(eligibilityGaps(officer, armedNight, '2026-12-31')).toEqual({
      trainee: false,
      category: false,
      missing: [QualificationKind.FIREARM],
    });
  });

  it('keeps a trainee off a shift that takes none, and an ASVP off a police-only shift', () => {
    expect(
      eligibilityGaps({ ...officer, status: AgentStatus.IN_TRAINING }, armedNight, '2026-06-01').trainee,
    ).toBe(true);
    expect(
      isEligible(
        { ...officer, status: AgentStatus.IN_TRAINING },
        { ...armedNight, allowsTrainees: true },
        '2026-06-01',
      ),
    ).toBe(true);
    expect(
      eligibilityGaps({ ...officer, category: StaffCategory.ASVP }, armedNight, '2026-06-01').category,
    ).toBe(true);
    expect(
      isEligible(
        { ...officer, category: StaffCategory.ASVP },
        { ...armedNight, categories: [] },
        '2026-06-01',
      ),
    ).toBe(true);
  });
});
