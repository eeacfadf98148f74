import { validate } from 'class-validator';

import { CreateAgentDto } from './agents/agent.dto';
import { AGENT_LIMITS } from './agents/agent.limits';
import { AUTH_LIMITS } from './auth/auth.limits';
import { ChangePasswordDto } from './auth/login.dto';
import { CreateIncidentDto, IncidentActionDto, IncidentLocationDto } from './incidents/incident.dto';
import { INCIDENT_LIMITS, NATINF_PATTERN } from './incidents/incident.limits';
import {
  CreateAbsenceDto,
  CreateShiftDto,
  CreateShiftTypeDto,
  RequirementDto,
  UpdateShiftDto,
  UpdateShiftTypeDto,
} from './planning/planning.dto';
import { PLANNING_LIMITS } from './planning/planning.limits';
import { CreateRecruitmentDto, RecordMilestoneDto } from './recruitment/recruitment.dto';
import { RECRUITMENT_LIMITS } from './recruitment/recruitment.limits';
import { CreateUserDto, UpdateUserDto } from './users/user.dto';
import { USER_LIMITS } from './users/user.limits';
import { CreateCameraDto, CreateFootageRequestDto, UpdateCameraDto } from './video/video.dto';
import { VIDEO_LIMITS } from './video/video.limits';

/** Whether class-validator finds something wrong with `field` (the other fields are not looked at). */
async function refuses<T extends object>(
  type: new () => T,
  field: keyof T & string,
  value: unknown,
): Promise<boolean> {
  const errors = await validate(Object.assign(new type(), { [field]: value }));
  return errors.some((error) => error.property === field);
}

/** Every case: a value of the limit's length passes, one character more (or less) is refused. */
const cases: [string, new () => object, string, { min?: number; max: number }][] = [
  ['incident summary', CreateIncidentDto, 'summary', INCIDENT_LIMITS.summary],
  ['incident address', IncidentLocationDto, 'address', INCIDENT_LIMITS.address],
  ['incident description', CreateIncidentDto, 'description', INCIDENT_LIMITS.description],
  ['user display name', CreateUserDto, 'displayName', USER_LIMITS.displayName],
  ['user display name (update)', UpdateUserDto, 'displayName', USER_LIMITS.displayName],
  ['user password', CreateUserDto, 'password', USER_LIMITS.password],
  ['new password', ChangePasswordDto, 'newPassword', AUTH_LIMITS.newPassword],
  ['agent last name', CreateAgentDto, 'lastName', AGENT_LIMITS.lastName],
  ['recruitment note', CreateRecruitmentDto, 'note', RECRUITMENT_LIMITS.note],
  ['milestone note', RecordMilestoneDto, 'note', RECRUITMENT_LIMITS.note],
  ['candidate name', CreateRecruitmentDto, 'candidateName', RECRUITMENT_LIMITS.candidateName],
  ['absence note', CreateAbsenceDto, 'note', PLANNING_LIMITS.absenceNote],
  ['footage reason', CreateFootageRequestDto, 'reason', VIDEO_LIMITS.footageReason],
];

describe('field limits drive the DTOs', () => {
  it.each(cases)('%s: at most its max', async (_, type, field, limit) => {
    expect(await refuses(type, field as never, 'x'.repeat(limit.max))).toBe(false);
    expect(await refuses(type, field as never, 'x'.repeat(limit.max + 1))).toBe(true);
  });

  it.each(cases.filter(([, , , limit]) => (limit.min ?? 0) > 1))(
    '%s: at least its min',
    async (_, type, field, limit) => {
      const min = limit.min ?? 0;
      expect(await refuses(type, field as never, 'x'.repeat(min))).toBe(false);
      expect(await refuses(type, field as never, 'x'.repeat(min - 1))).toBe(true);
    },
  );

  it('checks a NATINF code with the shared pattern', async () => {
    expect(NATINF_PATTERN.test('12345')).toBe(true);
    expect(await refuses(IncidentActionDto, 'natinf', '12345')).toBe(false);
    expect(await refuses(IncidentActionDto, 'natinf', '1')).toBe(false);
    expect(await refuses(IncidentActionDto, 'natinf', '123456')).toBe(true);
    expect(await refuses(IncidentActionDto, 'natinf', '12a')).toBe(true);
  });

  it.each([
    ['new shift type', CreateShiftTypeDto],
    ['shift type', UpdateShiftTypeDto],
    ['new shift', CreateShiftDto],
    ['shift', UpdateShiftDto],
  ] as [string, new () => object][])(
    "%s: a break of 0 to 120 minutes, API.md's contract",
    async (_, type) => {
      expect(PLANNING_LIMITS.breakMinutes).toEqual({ min: 0, max: 120 });
      for (const ok of [0, 20, 120]) expect(await refuses(type, 'breakMinutes' as never, ok)).toBe(false);
      for (const bad of [-1, 121, 180]) expect(await refuses(type, 'breakMinutes' as never, bad)).toBe(true);
    },
  );

  it.each([
    ['new shift type', CreateShiftTypeDto],
    ['shift type', UpdateShiftTypeDto],
    ['new shift', CreateShiftDto],
    ['shift', UpdateShiftDto],
  ] as [string, new () => object][])('%s: 0 to 50 agents at least, the form’s bounds', async (_, type) => {
    expect(PLANNING_LIMITS.minAgents).toEqual({ min: 0, max: 50 });
    for (const ok of [0, 50]) expect(await refuses(type, 'minAgents' as never, ok)).toBe(false);
    for (const bad of [-1, 51]) expect(await refuses(type, 'minAgents' as never, bad)).toBe(true);
  });

  it('a qualification is needed by 1 to 50 agents, the form’s bounds', async () => {
    expect(PLANNING_LIMITS.requirementCount).toEqual({ min: 1, max: 50 });
    for (const ok of [1, 50]) expect(await refuses(RequirementDto, 'count', ok)).toBe(false);
    for (const bad of [0, 51]) expect(await refuses(RequirementDto, 'count', bad)).toBe(true);
  });

  it.each([
    ['new camera', CreateCameraDto],
    ['camera', UpdateCameraDto],
  ] as [string, new () => object][])(
    '%s: a plan year from 2020 to 2040, the form’s bounds',
    async (_, type) => {
      expect(VIDEO_LIMITS.plannedYear).toEqual({ min: 2020, max: 2040 });
      for (const ok of [2020, 2040]) expect(await refuses(type, 'plannedYear' as never, ok)).toBe(false);
      for (const bad of [2019, 2041]) expect(await refuses(type, 'plannedYear' as never, bad)).toBe(true);
    },
  );
});
