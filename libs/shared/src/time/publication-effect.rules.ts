import { daysBetween } from '../common/calendar/local-date';
import { compareFrench } from '../common/french-order.rules';

/** One agent's account as the publication reads it. */
export interface AccountBalance {
  agentId: string;
  agentName: string;
  /** Hours worked + published hours to come − hours due to `countedTo` (see `balanceToDate`). */
  balanceToDate: number;
  /** The account's last day: the last published day, or today. */
  countedTo: string;
  /** Hours one more day of the year makes due (contract ratio × annual hours ÷ days of the year). */
  hoursDuePerDay: number;
}

/** What publishing a period does to one agent's account. */
export interface PublicationEffect {
  agentId: string;
  agentName: string;
  /** The period's draft hours that publication turns into promised hours. */
  periodHours: number;
  /** The balance to date once they are promised, its date moved to the period's end. */
  balanceAfter: number;
  /** The account's year, given when the period spans two (a week across the new year). */
  year?: number;
}

/**
 * The effect of publishing a period ending on `periodEnd` on each account: its draft hours join the
 * published hours, and the account's date moves to the period's end, so the days it adds become due.
 * Those drifting most from their due hours after publication come first (the chief's eye goes
 * there), then by name. Agents with no hours in the period are left out: they are shown no change.
 */
export function publicationEffects(
  accounts: readonly AccountBalance[],
  periodHours: ReadonlyMap<string, number>,
  periodEnd: string,
): PublicationEffect[] {
  return accounts
    .filter((account) => (periodHours.get(account.agentId) ?? 0) > 0)
    .map((account) => {
      const hours = periodHours.get(account.agentId) ?? 0;
      const addedDays = Math.max(0, daysBetween(account.countedTo, periodEnd));
      return {
        agentId: account.agentId,
        agentName: account.agentName,
        periodHours: round1(hours),
        balanceAfter: round1(account.balanceToDate + hours - addedDays * account.hoursDuePerDay),
      };
    })
    .sort(
      (a, b) =>
        Math.abs(b.balanceAfter) - Math.abs(a.balanceAfter) || compareFrench(a.agentName, b.agentName),
    );
}

/** « +35 h → solde −12 h », « +7,5 h → solde +3 h » (French decimal comma, true minus sign). */
export function publicationEffectWords(
  effect: Pick<PublicationEffect, 'periodHours' | 'balanceAfter'>,
): string {
  return `${signed(effect.periodHours)} h → solde ${signed(effect.balanceAfter)} h`;
}

function signed(value: number): string {
  const rounded = round1(value);
  const digits = Math.abs(rounded).toString().replace('.', ',');
  return rounded > 0 ? `+${digits}` : rounded < 0 ? `−${digits}` : '0';
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
