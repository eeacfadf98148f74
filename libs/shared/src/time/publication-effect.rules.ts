import { compareFrench } from '../common/french-order.rules';

/** One agent's account as the publication reads it. */
export interface AccountBalance {
  agentId: string;
  agentName: string;
  /** Hours worked + published hours to come − hours due (see `projectedBalance`). */
  projectedBalance: number;
}

/** What publishing a period does to one agent's account. */
export interface PublicationEffect {
  agentId: string;
  agentName: string;
  /** The period's draft hours that publication turns into promised hours. */
  periodHours: number;
  /** The projected balance once they are promised. */
  balanceAfter: number;
}

/**
 * The effect of publishing a period on each account: its draft hours join the published hours to
 * come, so the projected balance moves by them. Those drifting most from their due hours after
 * publication come first (the chief's eye goes there), then by name. Agents with no hours in the
 * period are left out: publication changes nothing for them.
 */
export function publicationEffects(
  accounts: readonly AccountBalance[],
  periodHours: ReadonlyMap<string, number>,
): PublicationEffect[] {
  return accounts
    .filter((account) => (periodHours.get(account.agentId) ?? 0) > 0)
    .map((account) => {
      const hours = round1(periodHours.get(account.agentId) ?? 0);
      return {
        agentId: account.agentId,
        agentName: account.agentName,
        periodHours: hours,
        balanceAfter: round1(account.projectedBalance + hours),
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
