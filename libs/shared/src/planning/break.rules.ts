import { DEFAULT_RULE_SET, RuleSet } from './roster.types';

/**
 * The break of a shift type or a shift (décret 2000-815 art. 3 I: 20 minutes once the day's work
 * reaches 6 hours). Pure: the API's defaults and checks, the forms' defaults and hints.
 */

/** Minutes of a type's times `HH:mm`–`HH:mm` (an end not after the start is the next day's). */
export function typeMinutes(startTime: string, endTime: string): number {
  const minutes = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  const length = minutes(endTime) - minutes(startTime);
  return length > 0 ? length : length + 24 * 60;
}

/**
 * The break given when none is said: the statutory one on a shift long enough to need it alone,
 * none on a shorter one (a day of several short shifts takes its break between them).
 */
export function defaultBreakMinutes(
  minutes: number,
  rules: Pick<RuleSet, 'breakAfterHours' | 'minBreakMinutes'> = DEFAULT_RULE_SET,
): number {
  return minutes >= rules.breakAfterHours * 60 ? rules.minBreakMinutes : 0;
}

/** Why a break does not fit its shift, in French (null when it does): it must be shorter than the shift. */
export function breakProblem(breakMinutes: number, minutes: number): string | null {
  return breakMinutes > 0 && breakMinutes >= minutes ? 'la pause doit être plus courte que le créneau' : null;
}

/** Whether a shift of `minutes` with this break would break the rule on its own (a day of that shift alone). */
export function breakTooShort(
  breakMinutes: number,
  minutes: number,
  rules: Pick<RuleSet, 'breakAfterHours' | 'minBreakMinutes'> = DEFAULT_RULE_SET,
): boolean {
  return minutes >= rules.breakAfterHours * 60 && breakMinutes < rules.minBreakMinutes;
}
