import { workedOverlapProblem, workedTimesProblem } from './worked-time.rules';

const at = (iso: string): number => Date.parse(iso);
const shift = { start: at('2026-12-05T13:00:00Z'), end: at('2026-12-05T20:00:00Z') }; // Saturday 14:00–21:00
const now = at('2026-12-06T10:00:00Z');

describe('worked times of a shift', () => {
  it('accepts an overrun of a shift already worked', () => {
    expect(
      workedTimesProblem({ start: shift.start, end: at('2026-12-05T22:30:00Z') }, shift, now),
    ).toBeNull();
  });

  it('accepts a shift of today, begun or not yet ended', () => {
    const today = { start: at('2026-12-06T13:00:00Z'), end: at('2026-12-06T20:00:00Z') };
    expect(workedTimesProblem(today, today, now)).toBeNull();
  });

  it('refuses a shift of tomorrow', () => {
    const tomorrow = { start: at('2026-12-07T06:00:00Z'), end: at('2026-12-07T13:00:00Z') };
    expect(workedTimesProblem(tomorrow, tomorrow, now)?.code).toBe('WORKED_IN_FUTURE');
  });

  it('refuses times out of order, over 24 h, or a day away from the shift', () => {
    expect(workedTimesProblem({ start: shift.end, end: shift.start }, shift, now)?.message).toBe(
      'la fin doit suivre le début',
    );
    expect(
      workedTimesProblem({ start: shift.start, end: shift.start + 24 * 3_600_000 }, shift, now),
    ).toBeNull();
    expect(
      workedTimesProblem({ start: shift.start, end: shift.start + 24 * 3_600_000 + 60_000 }, shift, now)
        ?.message,
    ).toBe('24 heures au plus');
    expect(
      workedTimesProblem(
        { start: shift.start - 25 * 3_600_000, end: shift.start - 20 * 3_600_000 },
        shift,
        now,
      )?.field,
    ).toBe('startsAt');
  });
});

describe('a worked time overlapping the agent’s other time', () => {
  const busy = [
    { label: 'le service « Nuit »', start: at('2026-12-05T21:00:00Z'), end: at('2026-12-06T05:00:00Z') },
  ];

  it('is refused, naming what it overlaps in local time', () => {
    expect(workedOverlapProblem({ start: shift.start, end: at('2026-12-05T21:30:00Z') }, busy)).toBe(
      'Ces heures chevauchent le service « Nuit » du 05/12/2026 22:00 à 06:00 : un agent ne travaille pas à deux endroits à la fois.',
    );
  });

  it('may end exactly when the next one starts', () => {
    expect(workedOverlapProblem({ start: shift.start, end: at('2026-12-05T21:00:00Z') }, busy)).toBeNull();
  });
});
